//! Every text/fill pair the style defines reaches WCAG AA in both themes,
//! and every mark it uses is drawn by the bundled fonts.

use super::*;

fn states() -> Vec<Option<ResourceState>> {
    ResourceState::KNOWN
        .iter()
        .cloned()
        .map(Some)
        .chain([Some(ResourceState::Other("Haunted".into())), None])
        .collect()
}

fn statuses() -> Vec<Option<ConnectionStatus>> {
    vec![
        None,
        Some(ConnectionStatus::Connected {
            since: chrono::Utc::now(),
        }),
        Some(ConnectionStatus::Rejected { http_status: 401 }),
        Some(ConnectionStatus::Stopped),
    ]
}

/// Every (what, text, fill) pair the style puts on screen in `theme`.
fn pairs(theme: Theme) -> Vec<(String, Color32, Color32)> {
    let v = visuals(theme);
    let mut pairs = Vec::new();
    for state in states() {
        let name = format!("{state:?}");
        let (fill, text) = room_colours(state.as_ref());
        pairs.push((format!("tile {name}"), text, fill));
        let (fill, text) = unconfirmed_colours(state.as_ref(), &v);
        pairs.push((format!("unconfirmed tile {name}"), text, fill));
        for shown in [true, false] {
            let (fill, text) = chip_colours(state.as_ref(), shown, &v);
            pairs.push((format!("chip {name} shown={shown}"), text, fill));
        }
    }
    let (fill, text) = alert_colours(&v);
    pairs.push(("alert banner".into(), text, fill));
    let (fill, text) = primary_colours(&v);
    pairs.push(("primary button".into(), text, fill));
    for background in [v.panel_fill, v.window_fill] {
        for status in statuses() {
            let colour = status_colour(status.as_ref(), &v);
            pairs.push((format!("status {status:?}"), colour, background));
        }
        for (what, colour) in [
            ("good news", good_colour(&v)),
            ("text", v.text_color()),
            ("strong text", v.strong_text_color()),
            ("weak text", v.weak_text_color()),
            ("warning", v.warn_fg_color),
            ("error", v.error_fg_color),
        ] {
            pairs.push((what.into(), colour, background));
        }
    }
    pairs.push(("typed text".into(), v.text_color(), v.text_edit_bg_color()));
    pairs.push((
        "hint text".into(),
        v.weak_text_color(),
        v.text_edit_bg_color(),
    ));
    let widgets = &v.widgets;
    for (what, state) in [
        ("inactive", &widgets.inactive),
        ("hovered", &widgets.hovered),
        ("active", &widgets.active),
        ("open", &widgets.open),
    ] {
        pairs.push((
            format!("{what} button"),
            state.fg_stroke.color,
            state.weak_bg_fill,
        ));
    }
    pairs
}

#[test]
fn every_text_and_fill_pair_reaches_wcag_aa_in_light_and_dark() {
    let mut failures = Vec::new();
    for theme in [Theme::Light, Theme::Dark] {
        for (what, text, fill) in pairs(theme) {
            assert_eq!(
                fill.a(),
                255,
                "{what}: fills are opaque, so contrast is defined"
            );
            let ratio = contrast(text, fill);
            if ratio < MIN_CONTRAST {
                failures.push(format!(
                    "{theme:?} {what}: {ratio:.2}:1 ({text:?} on {fill:?})"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "below 4.5:1:\n{}", failures.join("\n"));
}

#[test]
fn the_old_banner_fails_the_check_and_black_on_white_is_21_to_1() {
    // White text on the pale yellow of the first banner, as seen in the dark theme.
    let old = contrast(Color32::WHITE, Color32::from_rgb(0xFF, 0xF4, 0xC2));
    assert!(old < 1.2, "{old}");
    assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
    assert!((contrast(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 0.001);
}

#[test]
fn black_or_white_reads_on_any_grey() {
    for grey in 0..=255 {
        let fill = Color32::from_gray(grey);
        assert!(contrast(text_on(fill), fill) >= MIN_CONTRAST, "grey {grey}");
    }
}

#[test]
fn every_mark_is_drawn_by_a_bundled_font() {
    let ctx = egui::Context::default();
    let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
    output.textures_delta.clear();
    let marks: Vec<&str> = states()
        .iter()
        .map(|state| room_mark(state.as_ref()))
        .chain([
            ALERT_MARK,
            WATCHED_MARK,
            VIP_MARK,
            VERY_VIP_MARK,
            WAITING_MARK,
            READY_MARK,
        ])
        .chain(Occupancy::ALL.map(occupancy_mark))
        .collect();
    ctx.fonts_mut(|fonts| {
        let known = fonts.characters(&egui::FontFamily::Proportional);
        for mark in &marks {
            for c in mark.chars() {
                assert!(
                    known.contains_key(&c),
                    "{c} (U+{:04X}) has no glyph in the bundled fonts",
                    u32::from(c)
                );
            }
        }
    });
}
