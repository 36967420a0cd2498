/*
 * A stand-in for Windows' bcryptprimitives.dll, for running our programs under Wine only.
 *
 * Rust's standard library for x86_64-pc-windows-gnu (Windows 10 and later) draws random
 * bytes with ProcessPrng from bcryptprimitives.dll. Wine 8 (Debian 12) has no such DLL, so
 * the program would stop at start-up. This DLL exports ProcessPrng on top of RtlGenRandom
 * (advapi32's SystemFunction036), which Wine implements. `packaging/windows/wine` installs it
 * into the Wine prefix it prepares; it is never shipped, and real Windows has its own.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
