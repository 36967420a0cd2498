//! Embeds the translations (every `assets/i18n/<language>/*.ftl`) in the program, and the
//! icon and the version information in the Windows program.

use std::fmt::Write as _;
use std::path::Path;

fn main() -> std::io::Result<()> {
    println!("cargo:rerun-if-changed=assets/icon.ico");
    println!("cargo:rerun-if-changed=Cargo.toml");
    embed_translations()?;
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

/// Writes `$OUT_DIR/translations.rs`: `FILES`, each `.ftl` file as (language code, file
/// name, text), sorted, so that a new file or language needs no change in the code.
fn embed_translations() -> std::io::Result<()> {
    let root = Path::new(&std::env::var("CARGO_MANIFEST_DIR").map_err(std::io::Error::other)?)
        .join("assets/i18n");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    for language in std::fs::read_dir(&root)? {
        let language = language?.path();
        if !language.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", language.display());
        for file in std::fs::read_dir(&language)? {
            let file = file?.path();
            if file.extension().is_some_and(|ext| ext == "ftl") {
                println!("cargo:rerun-if-changed={}", file.display());
                files.push(file);
            }
        }
    }
    files.sort();
    let mut code = String::from(
        "/// Every translation file: (language code, file name, text).\npub(crate) const FILES: &[(&str, &str, &str)] = &[\n",
    );
    for file in &files {
        let name = |path: &Path| {
            path.file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_default()
        };
        let language = file.parent().map(name).unwrap_or_default();
        let _ = writeln!(
            code,
            "    ({language:?}, {:?}, include_str!({:?})),",
            name(file),
            file.display().to_string()
        );
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").map_err(std::io::Error::other)?)
        .join("translations.rs");
    std::fs::write(out, code)
}
