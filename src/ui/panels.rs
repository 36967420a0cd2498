//! The frames of the window's panels, which paint no background of their own.
//!
//! The panels tile the whole window, and the window is cleared to the panel
//! colour before every frame (`App::clear_color`). A panel that filled itself
//! as well would paint every pixel of the window a second time, and with a
//! software renderer (thin clients, remote desktops: no GPU) that second fill
//! is a large part of what a frame costs.

use egui::{Frame, Margin};

/// The frame of a bar or side panel: egui's own margins, no fill.
pub fn edge() -> Frame {
    Frame::new().inner_margin(Margin::symmetric(8, 2))
}

/// The frame of the central panel: egui's own margin, no fill.
pub fn central() -> Frame {
    Frame::new().inner_margin(8)
}
