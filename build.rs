//! Embeds the icon and the version information in the Windows program; nothing elsewhere.

fn main() -> std::io::Result<()> {
    println!("cargo:rerun-if-changed=assets/icon.ico");
    println!("cargo:rerun-if-changed=Cargo.toml");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        let mut resource = winresource::WindowsResource::new();
        resource
            .set_icon("assets/icon.ico")
            .set("FileDescription", "Mews Monitor")
            .set("ProductName", "Mews Monitor")
            .set("InternalName", "mews-monitor")
            .set("OriginalFilename", "mews-monitor.exe");
        resource.compile()?;
    }
    Ok(())
}
