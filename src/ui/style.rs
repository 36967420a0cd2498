//! Colours and marks for states: the colours staff know from Mews, always
//! paired with words, so colour is never the only signal.
//!
//! Every text colour here is chosen to read on the fill it sits on: at least
//! WCAG AA contrast (4.5:1) in the light and the dark theme. Text on a state's
//! fill is black or white, whichever reads better ([`text_on`]); colours drawn
//! straight on the window (connection state, errors, warnings) come in a light
//! and a dark version ([`visuals`]). The tests compute every pair.

use egui::{Color32, CornerRadius, Theme, ThemePreference, Visuals};

use crate::desktop::theme::Scheme;
use crate::settings::Appearance;
use monitor_core::protocol::ResourceState;
use monitor_core::store::Occupancy;
use monitor_engine::session::ConnectionStatus;

/// The contrast text needs on its background (WCAG 2 level AA, normal text).
#[cfg(test)]
pub(crate) const MIN_CONTRAST: f32 = 4.5;

/// How far an unconfirmed room's fill fades toward the window's background.
const UNCONFIRMED_FADE: f32 = 0.45;

/// The fill of a room tile (and state chip) in `state`.
pub(crate) fn room_fill(state: Option<&ResourceState>) -> Color32 {
    match state {
        Some(ResourceState::Dirty) => Color32::from_rgb(0xF2, 0x8C, 0x28),
        Some(ResourceState::Clean) => Color32::from_rgb(0x2F, 0x6F, 0xD6),
        Some(ResourceState::Inspected) => Color32::from_rgb(0x1F, 0x7A, 0x45),
        Some(ResourceState::OutOfService) => Color32::from_rgb(0xC6, 0x28, 0x28),
        Some(ResourceState::OutOfOrder) => Color32::from_rgb(0xF5, 0xD0, 0x1E),
        Some(ResourceState::Other(_)) | None => Color32::from_gray(0x6B),
    }
}

/// Fill and text colour of a room tile in `state`.
pub(crate) fn room_colours(state: Option<&ResourceState>) -> (Color32, Color32) {
    let fill = room_fill(state);
    (fill, text_on(fill))
}

/// Fill and text colour of a tile whose state Mews has not confirmed yet
/// (last known from history): the state's colour, faded toward the window.
pub(crate) fn unconfirmed_colours(
    state: Option<&ResourceState>,
    visuals: &Visuals,
) -> (Color32, Color32) {
    let fill = room_fill(state).lerp_to_gamma(visuals.panel_fill, UNCONFIRMED_FADE);
    (fill, text_on(fill))
}

/// Fill and text colour of a state's filter switch, shown or hidden.
pub(crate) fn chip_colours(
    state: Option<&ResourceState>,
    shown: bool,
    visuals: &Visuals,
) -> (Color32, Color32) {
    if shown {
        room_colours(state)
    } else {
        (visuals.extreme_bg_color, visuals.text_color())
    }
}

/// A short mark shown beside the state's name on tiles, chips and alerts.
/// Each is drawn by the fonts bundled with the app (a test checks it).
pub(crate) fn room_mark(state: Option<&ResourceState>) -> &'static str {
    match state {
        Some(ResourceState::Dirty) => "⚑",
        Some(ResourceState::Clean) => "○",
        Some(ResourceState::Inspected) => "✔",
        Some(ResourceState::OutOfService) => "⚠",
        Some(ResourceState::OutOfOrder) => "⛔",
        Some(ResourceState::Other(_)) | None => "?",
    }
}

/// The mark in a tile's corner for a room with an open alert.
pub(crate) const ALERT_MARK: &str = "❗";

/// The mark in a tile's corner for a watched room.
pub(crate) const WATCHED_MARK: &str = "★";

/// The mark beside an important guest's name (with the words "VIP").
pub(crate) const VIP_MARK: &str = "★";

/// The mark beside a very important guest's name (with the words "VIP+").
pub(crate) const VERY_VIP_MARK: &str = "★★";

/// The mark of a guest waiting at the desk for their room.
pub(crate) const WAITING_MARK: &str = "⏳";

/// The mark of a room ready for its guest.
pub(crate) const READY_MARK: &str = "✔";

/// A short mark for a room's day on tiles and chips: ⬇ arriving, ⬆ departing,
/// ↕ turnover, • stayover, none for vacant. Always shown with words nearby
/// (tooltip, accessible name, chip label).
pub(crate) fn occupancy_mark(occupancy: Occupancy) -> &'static str {
    match occupancy {
        Occupancy::Vacant => "",
        Occupancy::Arriving => "⬇",
        Occupancy::Departing => "⬆",
        Occupancy::Turnover => "↕",
        Occupancy::Stayover => "•",
    }
}

/// Whether `visuals` are the dark theme's.
fn is_dark(visuals: &Visuals) -> bool {
    visuals.dark_mode
}

/// The colour of the connection's state in the status bar, readable on the window.
pub(crate) fn status_colour(status: Option<&ConnectionStatus>, visuals: &Visuals) -> Color32 {
    match status {
        Some(ConnectionStatus::Connected { .. }) => good_colour(visuals),
        Some(ConnectionStatus::Connecting { .. } | ConnectionStatus::Reconnecting { .. }) => {
            visuals.warn_fg_color
        }
        Some(ConnectionStatus::Rejected { .. }) => visuals.error_fg_color,
        Some(ConnectionStatus::Stopped) | None => visuals.weak_text_color(),
    }
}

/// The colour of good news on the window ("Connected", "Connection works").
pub(crate) fn good_colour(visuals: &Visuals) -> Color32 {
    if is_dark(visuals) {
        Color32::from_rgb(0x4C, 0xC4, 0x7A)
    } else {
        Color32::from_rgb(0x1F, 0x7A, 0x45)
    }
}

/// Fill and text colour of the banner of open alerts.
pub(crate) fn alert_colours(visuals: &Visuals) -> (Color32, Color32) {
    let fill = if is_dark(visuals) {
        Color32::from_rgb(0x4A, 0x3B, 0x00)
    } else {
        Color32::from_rgb(0xFF, 0xF4, 0xC2)
    };
    (fill, text_on(fill))
}

/// Fill and text colour of the one primary button of a screen (Connect).
pub(crate) fn primary_colours(visuals: &Visuals) -> (Color32, Color32) {
    let fill = visuals.selection.bg_fill;
    (fill, text_on(fill))
}

/// The outline of a room with an open alert.
pub(crate) const ALERT_OUTLINE: Color32 = Color32::from_rgb(0xFF, 0x3D, 0xB8);

/// The colour of the brief highlight on a room that just changed.
pub(crate) const CHANGE_HIGHLIGHT: Color32 = Color32::from_rgb(0xFF, 0xE0, 0x40);

/// egui's look for `theme`, with text colours that reach [`MIN_CONTRAST`] on
/// the window (weak text, warnings and errors) and square corners.
///
/// Square corners, because reception PCs often draw without a GPU (thin
/// clients, remote desktops): a rounded rectangle is filled as a fan of long
/// thin triangles, and Mesa's software renderer took a quarter of a board
/// frame's time for the rounded room tiles alone. A square one is two triangles.
///
/// Each glyph drawn at one horizontal position, not at four sub-pixel ones:
/// text is as sharp, and egui's font atlas, which only grows while the window
/// is open, holds a quarter of the glyphs (the week-long soak saw it double to
/// 2048×128 on the fourth hotel day with binning, and stay at 2048×64 without).
pub(crate) fn visuals(theme: Theme) -> Visuals {
    let mut visuals = theme.default_visuals();
    visuals.text_options.subpixel_binning = false;
    visuals.window_corner_radius = CornerRadius::ZERO;
    visuals.menu_corner_radius = CornerRadius::ZERO;
    let widgets = &mut visuals.widgets;
    for look in [
        &mut widgets.noninteractive,
        &mut widgets.inactive,
        &mut widgets.hovered,
        &mut widgets.active,
        &mut widgets.open,
    ] {
        look.corner_radius = CornerRadius::ZERO;
    }
    match theme {
        Theme::Dark => {
            visuals.weak_text_color = Some(Color32::from_gray(0x8C));
            visuals.warn_fg_color = Color32::from_rgb(0xF0, 0xA0, 0x30);
            visuals.error_fg_color = Color32::from_rgb(0xFF, 0x6B, 0x6B);
        }
        Theme::Light => {
            visuals.weak_text_color = Some(Color32::from_gray(0x66));
            visuals.warn_fg_color = Color32::from_rgb(0x9A, 0x5B, 0x00);
            visuals.error_fg_color = Color32::from_rgb(0xB7, 0x1C, 0x1C);
        }
    }
    visuals
}

/// Installs the system's fonts behind egui's own, and [`visuals`] for both themes (which
/// one shows follows the system), without animations: a tooltip fading in or a scroll bar sliding out costs a
/// dozen frames, each a full repaint, while nothing new is shown.
pub(crate) fn install(ctx: &egui::Context) {
    // Characters egui's own fonts lack (Japanese, a Chinese room name, an Arabic guest
    // name) come from the system's fonts, looked up when first drawn.
    ctx.add_font_provider(std::sync::Arc::new(
        egui_system_font_provider::SystemFontProvider::new(),
    ));
    for theme in [Theme::Dark, Theme::Light] {
        ctx.set_visuals_of(theme, visuals(theme));
    }
    ctx.all_styles_mut(|style| style.animation_time = 0.0);
}

/// Shows the look `appearance` asks for; [`Appearance::System`] follows the desktop.
pub(crate) fn apply_appearance(ctx: &egui::Context, appearance: Appearance) {
    let wanted = match appearance {
        Appearance::System => ThemePreference::System,
        Appearance::Light => ThemePreference::Light,
        Appearance::Dark => ThemePreference::Dark,
    };
    if ctx.options(|options| options.theme_preference) != wanted {
        ctx.set_theme(wanted);
    }
}

/// Follows the desktop's light or dark preference where the window system does
/// not report it (Linux under X11, through the desktop portal). Until the
/// desktop says otherwise the look is light, as most desktops come.
pub(crate) fn follow_desktop(ctx: &egui::Context) {
    ctx.options_mut(|options| options.fallback_theme = Theme::Light);
    let ctx = ctx.clone();
    crate::desktop::theme::watch(move |scheme| {
        let theme = match scheme {
            Scheme::Light => Theme::Light,
            Scheme::Dark => Theme::Dark,
        };
        ctx.options_mut(|options| options.fallback_theme = theme);
        ctx.request_repaint();
    });
}

/// Black or white, whichever reads better on `fill`.
///
/// One of the two always reaches 4.5:1 on an opaque fill (the worst fill, of
/// luminance ~0.18, still gives ~4.6:1).
pub(crate) fn text_on(fill: Color32) -> Color32 {
    if contrast(Color32::BLACK, fill) >= contrast(Color32::WHITE, fill) {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}

/// The WCAG 2 contrast ratio of two colours, from 1 (same) to 21 (black on white).
pub(crate) fn contrast(a: Color32, b: Color32) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The WCAG 2 relative luminance of an opaque sRGB colour.
pub(crate) fn luminance(colour: Color32) -> f32 {
    let linear = |channel: u8| {
        let c = f32::from(channel) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(colour.r()) + 0.7152 * linear(colour.g()) + 0.0722 * linear(colour.b())
}

#[cfg(test)]
#[path = "style_tests.rs"]
mod tests;
