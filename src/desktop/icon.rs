//! The app icon, embedded in the binary, for the window and the task bar.
//!
//! The artwork lives in `assets/` (a hand-drawn SVG and PNGs rendered from it); this module
//! only decodes the 256-pixel PNG. It does not know where icons are installed on disk.

/// The 256 × 256 PNG rendering of `assets/icon.svg`.
pub(crate) const ICON_256_PNG: &[u8] = include_bytes!("../../assets/icon-256.png");

/// The 32 × 32 PNG rendering, for menus.
pub(crate) const ICON_32_PNG: &[u8] = include_bytes!("../../assets/icon-32.png");

/// The 16 × 16 PNG rendering, for small task bars and title bars.
pub(crate) const ICON_16_PNG: &[u8] = include_bytes!("../../assets/icon-16.png");

/// The scalable source drawing.
pub(crate) const ICON_SVG: &str = include_str!("../../assets/icon.svg");

/// Why an icon could not be decoded.
#[derive(Debug, thiserror::Error)]
pub(crate) enum IconError {
    /// The bytes are not a PNG image this build can read.
    #[error("the icon is not a readable PNG: {0}")]
    Decode(#[from] image::ImageError),
}

/// The window icon, decoded from the embedded 256-pixel PNG.
///
/// The PNG is part of the binary and checked by a test, so decoding does not fail in
/// practice; if it ever did, the window would simply show the platform's default icon
/// (an empty [`egui::IconData`]) and a warning would be logged.
pub(crate) fn window_icon() -> egui::IconData {
    decode_png(ICON_256_PNG).unwrap_or_else(|error| {
        tracing::warn!(%error, "the window icon could not be decoded");
        egui::IconData::default()
    })
}

/// Decodes PNG bytes into straight (unmultiplied) RGBA pixels.
pub(crate) fn decode_png(bytes: &[u8]) -> Result<egui::IconData, IconError> {
    let rgba = image::load_from_memory_with_format(bytes, image::ImageFormat::Png)?.into_rgba8();
    let (width, height) = rgba.dimensions();
    Ok(egui::IconData {
        rgba: rgba.into_raw(),
        width,
        height,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pixel(icon: &egui::IconData, x: u32, y: u32) -> [u8; 4] {
        let start = ((y * icon.width + x) * 4) as usize;
        let mut out = [0; 4];
        out.copy_from_slice(&icon.rgba[start..start + 4]);
        out
    }

    #[test]
    fn window_icon_is_the_256_pixel_square_with_one_rgba_quad_per_pixel() {
        let icon = window_icon();
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
    }

    #[test]
    fn window_icon_shows_an_opaque_tile_with_a_light_bell_on_it() {
        let icon = window_icon();
        // The tile's centre column, high up: dark navy, opaque.
        let tile = pixel(&icon, 20, 128);
        assert_eq!(tile[3], 255);
        assert!(tile[0] < 60 && tile[2] > tile[0], "tile colour {tile:?}");
        // The middle of the bell's dome: bright and opaque.
        let dome = pixel(&icon, 160, 150);
        assert_eq!(dome[3], 255);
        assert!(dome[0] > 200 && dome[1] > 150, "dome colour {dome:?}");
    }

    #[test]
    fn every_embedded_size_decodes_to_its_nominal_size() {
        for (bytes, size) in [(ICON_256_PNG, 256), (ICON_32_PNG, 32), (ICON_16_PNG, 16)] {
            let icon = decode_png(bytes).unwrap();
            assert_eq!((icon.width, icon.height), (size, size));
        }
    }

    #[test]
    fn bytes_that_are_not_a_png_are_a_decode_error() {
        assert!(matches!(
            decode_png(b"not an image"),
            Err(IconError::Decode(_))
        ));
    }

    #[test]
    fn the_scalable_drawing_is_an_svg_document() {
        assert!(ICON_SVG.contains("<svg") && ICON_SVG.contains("viewBox=\"0 0 256 256\""));
    }
}
