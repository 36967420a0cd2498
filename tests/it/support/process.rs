//! Helpers for tests that run the real `mews-monitor` binary as child processes.
//!
//! Every child gets a cleared environment with its own `HOME`,
//! `XDG_CONFIG_HOME` and `XDG_DATA_HOME`, so nothing is read from or written
//! to the developer's own keyring or settings, and every wait is bounded.

use std::fs::{self, File};
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// A ClientToken shaped like Mews's.
pub const CLIENT_TOKEN: &str = "E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D";
/// An AccessToken shaped like Mews's, ending in the hint `…9F453D`.
pub const ACCESS_TOKEN: &str = "C66EF7B239D24632943D115EDE9CB810-EA00F8FD8A7E2E9A4B8A0E77F39F453D";
/// What staff may see of the AccessToken.
pub const ACCESS_HINT: &str = "…9F453D";

/// The environment variables a Windows child keeps (the others are cleared).
const WINDOWS_BASICS: [&str; 10] = [
    "SystemRoot",
    "SystemDrive",
    "windir",
    "ComSpec",
    "USERNAME",
    "USERPROFILE",
    "APPDATA",
    "LOCALAPPDATA",
    "TEMP",
    "TMP",
];

/// A private directory tree for one test, removed when dropped.
pub struct Sandbox {
    /// The root; holds the app's directories and the captured outputs.
    pub root: PathBuf,
}

impl Sandbox {
    /// A fresh, empty sandbox named after `test`.
    pub fn new(test: &str) -> Sandbox {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let root = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("{test}-{}-{nanos}", std::process::id()));
        for dir in ["home", "config", "data", "out"] {
            fs::create_dir_all(root.join(dir)).unwrap();
        }
        Sandbox { root }
    }

    /// `HOME`, `XDG_CONFIG_HOME` and `XDG_DATA_HOME`: where the app and the keyring may write.
    pub fn app_dirs(&self) -> [(&'static str, PathBuf); 3] {
        [
            ("HOME", self.root.join("home")),
            ("XDG_CONFIG_HOME", self.root.join("config")),
            ("XDG_DATA_HOME", self.root.join("data")),
        ]
    }

    /// A command with a cleared environment except `PATH` and the sandbox's directories.
    pub fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut command = Command::new(program);
        command.env_clear();
        if let Some(path) = std::env::var_os("PATH") {
            command.env("PATH", path);
        }
        // A Windows program needs these to start its system libraries and find its folders.
        if cfg!(windows) {
            for name in WINDOWS_BASICS {
                if let Some(value) = std::env::var_os(name) {
                    command.env(name, value);
                }
            }
        }
        for (name, dir) in self.app_dirs() {
            command.env(name, dir);
        }
        command
    }

    /// Every regular file under the app's directories whose bytes contain `needle`.
    pub fn files_containing(&self, needle: &str) -> Vec<PathBuf> {
        let mut found = Vec::new();
        for (_, dir) in self.app_dirs() {
            scan(&dir, needle.as_bytes(), &mut found);
        }
        found
    }

    /// How many regular files are under the app's directories.
    pub fn file_count(&self) -> usize {
        let mut all = Vec::new();
        for (_, dir) in self.app_dirs() {
            scan(&dir, b"", &mut all);
        }
        all.len()
    }

    /// A new file for a child's output.
    pub fn out_file(&self, name: &str) -> (PathBuf, File) {
        let path = self.root.join("out").join(name);
        let file = File::create(&path).unwrap();
        (path, file)
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.root);
    }
}

/// Every regular file under `dir` whose bytes contain `needle`, added to `found`.
pub fn scan(dir: &Path, needle: &[u8], found: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let path = entry.path();
        if kind.is_dir() {
            scan(&path, needle, found);
        } else if kind.is_file() {
            let bytes = fs::read(&path).unwrap_or_default();
            if needle.is_empty() || bytes.windows(needle.len()).any(|w| w == needle) {
                found.push(path);
            }
        }
    }
}

/// What a finished (or stopped) child left behind.
#[derive(Debug)]
pub struct Finished {
    /// The exit status; `None` when the time limit stopped it.
    pub status: Option<ExitStatus>,
    /// Everything it wrote to standard output.
    pub stdout: String,
    /// Everything it wrote to standard error.
    pub stderr: String,
}

impl Finished {
    /// Both outputs, for assertions over everything shown.
    pub fn all_output(&self) -> String {
        format!("{}\n{}", self.stdout, self.stderr)
    }

    /// Whether it exited by itself with code 0.
    pub fn succeeded(&self) -> bool {
        self.status.is_some_and(|s| s.success())
    }
}

/// Fails the test if either output of `finished` shows a token; `step` names what ran.
pub fn assert_no_token(finished: &Finished, step: &str) {
    let output = finished.all_output();
    for token in [CLIENT_TOKEN, ACCESS_TOKEN] {
        assert!(!output.contains(token), "{step} printed a token:\n{output}");
    }
}

/// Runs the app with `args`, extra environment `env` and `stdin`, for at most `limit`.
pub fn run_app(
    sandbox: &Sandbox,
    args: &[&str],
    env: &[(&str, &str)],
    stdin: &str,
    limit: Duration,
) -> Finished {
    static RUNS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let run = RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let (out_path, out_file) = sandbox.out_file(&format!("{run}.stdout"));
    let (err_path, err_file) = sandbox.out_file(&format!("{run}.stderr"));
    let mut command = sandbox.command(env!("CARGO_BIN_EXE_mews-monitor"));
    command
        // Its words on standard error in English, whatever the computer speaks.
        .env("LC_ALL", "C.UTF-8")
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(out_file)
        .stderr(err_file);
    let mut child = command.spawn().unwrap();
    if let Some(mut input) = child.stdin.take() {
        let _ = input.write_all(stdin.as_bytes());
    }
    let status = wait_for(&mut child, limit);
    Finished {
        status,
        stdout: fs::read_to_string(out_path).unwrap_or_default(),
        stderr: fs::read_to_string(err_path).unwrap_or_default(),
    }
}

/// Waits up to `limit` for `child`; kills it if still running.
pub fn wait_for(child: &mut Child, limit: Duration) -> Option<ExitStatus> {
    let deadline = Instant::now() + limit;
    loop {
        if let Ok(Some(status)) = child.try_wait() {
            return Some(status);
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        thread::sleep(Duration::from_millis(20));
    }
}

/// Waits up to `limit` until the file at `path` has a full first line.
pub fn first_line(path: &Path, limit: Duration) -> Option<String> {
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        let text = fs::read_to_string(path).unwrap_or_default();
        if let Some((line, _)) = text.split_once('\n') {
            return Some(line.trim().to_owned());
        }
        thread::sleep(Duration::from_millis(20));
    }
    None
}

/// How long a test daemon may take to get ready.
const DAEMON_LIMIT: Duration = Duration::from_secs(10);

/// A private D-Bus session bus, a child of the test killed when this is dropped.
pub struct SessionBus {
    /// The address to give child processes as `DBUS_SESSION_BUS_ADDRESS`.
    pub address: String,
    bus: Child,
}

impl SessionBus {
    /// Starts `dbus-daemon --session` in `sandbox`; returns once it printed its address.
    pub fn start(sandbox: &Sandbox) -> SessionBus {
        let (address_path, address_file) = sandbox.out_file("dbus.address");
        let mut bus = SessionBus {
            address: String::new(),
            bus: sandbox
                .command("dbus-daemon")
                .args(["--session", "--nofork", "--nopidfile", "--print-address=1"])
                .stdin(Stdio::null())
                .stdout(address_file)
                .stderr(Stdio::null())
                .spawn()
                .unwrap(),
        };
        bus.address =
            first_line(&address_path, DAEMON_LIMIT).expect("the session bus printed no address");
        bus
    }
}

impl Drop for SessionBus {
    fn drop(&mut self) {
        let _ = self.bus.kill();
        let _ = wait_for(&mut self.bus, Duration::from_secs(5));
    }
}

/// A private D-Bus session bus with GNOME Keyring's Secret Service on it.
///
/// Both daemons are children of the test and are killed when this is dropped.
pub struct SecretService {
    /// The address to give child processes as `DBUS_SESSION_BUS_ADDRESS`.
    pub address: String,
    keyring: Option<Child>,
    /// Dropped after the keyring (fields drop in order).
    _bus: SessionBus,
}

impl SecretService {
    /// Starts a session bus and, on it, the Secret Service, unlocked with
    /// `password` if given (a first unlock creates the login keyring).
    pub fn start(sandbox: &Sandbox, password: Option<&str>) -> SecretService {
        let bus = SessionBus::start(sandbox);
        let mut service = SecretService {
            address: bus.address.clone(),
            keyring: None,
            _bus: bus,
        };
        let (ready_path, ready_file) = sandbox.out_file("keyring.ready");
        let mut keyring = sandbox
            .command("gnome-keyring-daemon")
            .args(["--foreground", "--components=secrets"])
            .args(password.map(|_| "--unlock"))
            .env("DBUS_SESSION_BUS_ADDRESS", &service.address)
            .stdin(Stdio::piped())
            .stdout(ready_file)
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        if let Some(mut input) = keyring.stdin.take()
            && let Some(password) = password
        {
            input.write_all(password.as_bytes()).unwrap();
        }
        service.keyring = Some(keyring);
        // It prints GNOME_KEYRING_CONTROL=... once it serves the bus.
        first_line(&ready_path, DAEMON_LIMIT).expect("gnome-keyring-daemon did not get ready");
        service
    }

    /// The environment a child needs to reach this Secret Service.
    pub fn env(&self) -> [(&str, &str); 1] {
        [("DBUS_SESSION_BUS_ADDRESS", self.address.as_str())]
    }
}

impl Drop for SecretService {
    fn drop(&mut self) {
        if let Some(keyring) = self.keyring.as_mut() {
            let _ = keyring.kill();
            let _ = wait_for(keyring, Duration::from_secs(5));
        }
    }
}

/// A stand-in for Mews on 127.0.0.1 that records each handshake and answers 401.
pub struct RejectingServer {
    /// The address to pass as `--ws-url`.
    pub url: String,
    requests: Arc<Mutex<Vec<String>>>,
    thread: Option<JoinHandle<()>>,
}

impl RejectingServer {
    /// Listens on a free loopback port for up to `limit`.
    pub fn start(limit: Duration) -> RejectingServer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let url = format!("ws://{}/", listener.local_addr().unwrap());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::clone(&requests);
        let thread = thread::spawn(move || {
            let deadline = Instant::now() + limit;
            while Instant::now() < deadline {
                match listener.accept() {
                    Ok((stream, _)) => {
                        if let Some(request) = answer_401(stream) {
                            seen.lock().unwrap().push(request);
                            return;
                        }
                    }
                    Err(_) => thread::sleep(Duration::from_millis(20)),
                }
            }
        });
        RejectingServer {
            url,
            requests,
            thread: Some(thread),
        }
    }

    /// The handshake requests received (the first one ends the server).
    pub fn requests(&mut self) -> Vec<String> {
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
        self.requests.lock().unwrap().clone()
    }
}

fn answer_401(mut stream: TcpStream) -> Option<String> {
    stream.set_nonblocking(false).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    let mut request = Vec::new();
    let mut buffer = [0u8; 1024];
    while !request.windows(4).any(|w| w == b"\r\n\r\n") {
        let read = stream.read(&mut buffer).ok()?;
        if read == 0 {
            return None;
        }
        request.extend_from_slice(&buffer[..read]);
    }
    let _ = stream.write_all(
        b"HTTP/1.1 401 Unauthorized\r\nContent-Length: 12\r\nConnection: close\r\n\r\nUnauthorized",
    );
    Some(String::from_utf8_lossy(&request).into_owned())
}
