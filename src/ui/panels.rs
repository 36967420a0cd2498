//! The frames of the window's panels, which paint no background of their own.
//!
//! The panels tile the whole window, and the window is cleared to the panel
//! colour before every frame (`App::clear_color`). A panel that filled itself
//! as well would paint every pixel of the window a second time, and with a
//! software renderer (thin clients, remote desktops: no GPU) that second fill
//! is a large part of what a frame costs.

use egui::{Color32, Frame, Style};

/// The frame of a bar or side panel: egui's own, without its fill.
pub(crate) fn edge(style: &Style) -> Frame {
    Frame::side_top_panel(style).fill(Color32::TRANSPARENT)
}

/// The frame of the central panel: egui's own, without its fill.
pub(crate) fn central(style: &Style) -> Frame {
    Frame::central_panel(style).fill(Color32::TRANSPARENT)
}
