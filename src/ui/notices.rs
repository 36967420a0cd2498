//! Brief notices ("Copied id"), the alert banner that stays until acknowledged, and
//! what an alert says in the desk's language: in the window, and on the desktop.

use std::time::{Duration, Instant};

use monitor_core::store::{Alert, AlertKind, HotelClock, Store};

use super::action::Action;
use super::style;
use crate::i18n::Translator;
use crate::i18n::dates::Pattern;
use crate::tr;

/// How long a brief notice stays.
const TOAST_FOR: Duration = Duration::from_millis(1800);

/// Brief notices.
#[derive(Debug, Default)]
pub(crate) struct Notices {
    toast: Option<(String, Instant)>,
}

impl Notices {
    /// Shows `text` briefly.
    pub(crate) fn toast(&mut self, text: String) {
        self.toast = Some((text, Instant::now() + TOAST_FOR));
    }

    /// The brief notice shown now, if any.
    pub(crate) fn current_toast(&self) -> Option<&str> {
        self.toast
            .as_ref()
            .filter(|(_, until)| *until > Instant::now())
            .map(|(text, _)| text.as_str())
    }

    /// When the notice will go away, so the window can repaint then.
    pub(crate) fn next_change(&self) -> Option<Duration> {
        let (_, until) = self.toast.as_ref()?;
        until.checked_duration_since(Instant::now())
    }

    /// Draws the brief notice at the bottom right.
    pub(crate) fn toast_ui(&mut self, ctx: &egui::Context) {
        let Some(text) = self.current_toast().map(str::to_owned) else {
            self.toast = None;
            return;
        };
        egui::Area::new(egui::Id::unique("toast"))
            .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-16.0, -40.0))
            .interactable(false)
            .show(ctx, |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.label(egui::RichText::new(text).strong());
                });
            });
    }
}

/// How many alerts the banner lists; the rest are counted.
const BANNER_LINES: usize = 4;

/// The banner of open alerts (one per room, newest first), each with an
/// Acknowledge button, and "Acknowledge all" when there are several.
///
/// While any alert is open the banner keeps one height, whatever their number,
/// so the board below does not move as alerts come and go.
pub(crate) fn alerts_ui(
    ui: &mut egui::Ui,
    alerts: &[Alert],
    store: &Store,
    clock: &HotelClock,
    t: &Translator,
    actions: &mut Vec<Action>,
) {
    let (fill, text) = style::alert_colours(ui.visuals());
    egui::Frame::new()
        .fill(fill)
        .inner_margin(6.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.visuals_mut().override_text_color = Some(text);
            let row = ui.spacing().interact_size.y;
            ui.horizontal(|ui| {
                ui.set_min_height(row);
                let count = match alerts.len() {
                    n if n > BANNER_LINES => tr!(t, "alert-count-more", count = n),
                    n => tr!(t, "alert-count", count = n),
                };
                ui.label(egui::RichText::new(count).strong().color(text));
                if alerts.len() > 1
                    && ui
                        .button(tr!(t, "alert-acknowledge-all", count = alerts.len()))
                        .on_hover_text(tr!(t, "alert-acknowledge-all-hover"))
                        .clicked()
                {
                    actions.push(Action::AcknowledgeAll);
                }
            });
            // Waiting guests' rooms first (the store keeps them first), then the newest.
            let waits = |alert: &&Alert| store.waiting_for(alert).is_some();
            let waiting = alerts.iter().filter(waits);
            let others = alerts.iter().rev().filter(|alert| !waits(alert));
            for alert in waiting.chain(others).take(BANNER_LINES) {
                ui.horizontal(|ui| {
                    ui.set_min_height(row);
                    let state = alert.kind.state();
                    ui.label(
                        egui::RichText::new(style::room_mark(Some(&state)))
                            .size(16.0)
                            .color(text),
                    );
                    ui.label(
                        egui::RichText::new(alert_line(alert, store, clock, t))
                            .strong()
                            .color(text),
                    );
                    if ui
                        .button(tr!(t, "alert-acknowledge"))
                        .on_hover_text(tr!(t, "alert-acknowledge-hover"))
                        .clicked()
                    {
                        actions.push(Action::Acknowledge(alert.id));
                    }
                });
            }
            let empty = BANNER_LINES.saturating_sub(alerts.len()) as f32;
            ui.add_space(empty * (row + ui.spacing().item_spacing.y));
        });
}

/// One banner line, e.g. "Room 101 is ready (Inspected) · 14:05:09 · 3 times · now Dirty".
/// The room's name is the one known now (an alert from before the names arrived has its id).
/// For a waiting guest it names them (as [`Store::alert_message`] does, in the desk's
/// language: [`alert_message`]).
pub(crate) fn alert_line(
    alert: &Alert,
    store: &Store,
    clock: &HotelClock,
    t: &Translator,
) -> String {
    let room = store.rooms.get(&alert.room_id);
    let message = match room {
        Some(room) => alert_message(
            &Alert {
                room_name: room.display_name().to_owned(),
                ..alert.clone()
            },
            store,
            t,
        ),
        None => alert_message(alert, store, t),
    };
    let time = t.time(clock, alert.at, Pattern::TimeSeconds);
    let mut line = format!("{message} · {time}");
    if alert.fired > 1 {
        line.push_str(" · ");
        line.push_str(&tr!(t, "alert-fired", count = alert.fired));
    }
    let now = room.and_then(|room| room.state.as_ref());
    if let Some(now) = now.filter(|now| **now != alert.kind.state()) {
        line.push_str(" · ");
        line.push_str(&tr!(t, "alert-now", state = t.words().resource_state(now)));
    }
    line
}

/// What happened, e.g. "Room 101 is ready (Inspected)" ([`Alert::message`] in the desk's
/// language).
pub(crate) fn alert_words(alert: &Alert, t: &Translator) -> String {
    let room = t.room(&alert.room_name);
    match &alert.kind {
        AlertKind::Ready(state) => tr!(
            t,
            "alert-ready",
            room = room,
            state = t.words().resource_state(state)
        ),
        AlertKind::OutOfOrder => tr!(t, "alert-out-of-order", room = room),
        AlertKind::OutOfService => tr!(t, "alert-out-of-service", room = room),
    }
}

/// An alert in the window: for a guest still waiting it names them and the room
/// ("Jiřina Nováková (1234) is waiting: Room 101 is ready (Inspected)"), as
/// [`Store::alert_message`] does in English. The name is drawn, never kept or logged.
pub(crate) fn alert_message(alert: &Alert, store: &Store, t: &Translator) -> String {
    let what = alert_words(alert, t);
    let Some(reservation) = store.waiting_for(alert) else {
        return what;
    };
    let number = store.number_of(reservation);
    let who = match store.guests.of(reservation).name() {
        Some(name) => tr!(t, "guest-who", name = name, number = number),
        None => tr!(t, "alert-guest-of", number = number),
    };
    tr!(t, "alert-waiting", who = who, alert = what)
}

/// A desktop notification's title: the alert without any name (the system may keep
/// notifications, and shows them where guests can see): "A guest is waiting
/// (reservation 1234): Room 101 is ready (Inspected)".
pub(crate) fn notification_title(alert: &Alert, store: &Store, t: &Translator) -> String {
    let what = alert_words(alert, t);
    match store.waiting_for(alert) {
        Some(reservation) => tr!(
            t,
            "notify-waiting",
            number = store.number_of(reservation),
            alert = what
        ),
        None => what,
    }
}

/// A desktop notification's line of text: "At 14:05: Mews Monitor alert 3".
pub(crate) fn notification_body(alert: &Alert, clock: &HotelClock, t: &Translator) -> String {
    tr!(
        t,
        "notify-body",
        time = t.time(clock, alert.at, Pattern::Time),
        // As written, never grouped ("alert 1234").
        id = alert.id.to_string()
    )
}

/// Said once when this computer shows no desktop notifications.
pub(crate) fn no_notifications(t: &Translator) -> String {
    tr!(t, "notify-unavailable")
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Utc};
    use monitor_core::protocol::{
        Classification, CustomerRecord, HotelDay, ReservationRecord, ReservationState,
        ResourceState, parse_frame,
    };
    use monitor_core::store::ReadyRule;

    use super::*;
    use crate::i18n::Language;

    fn utc(text: &str) -> DateTime<Utc> {
        text.parse().expect("valid time")
    }

    fn arrival(id: &str, room: &str, account: &str) -> ReservationRecord {
        ReservationRecord {
            id: id.into(),
            number: Some(format!("N-{id}")),
            state: Some(ReservationState::Confirmed),
            assigned_resource_id: Some(room.into()),
            rate_id: None,
            scheduled_start_utc: Some(utc("2026-11-30T22:00:00Z")),
            scheduled_end_utc: Some(utc("2026-12-02T22:00:00Z")),
            account_id: Some(account.into()),
        }
    }

    /// Rooms 101 and 102 dirty; Jiřina Nováková waits for 101 (Mews says so), the guest
    /// of N-q (whom Mews did not return) for 102 (the desk says so); both rooms turn
    /// Inspected. Returns the store and its two alerts.
    fn two_waiting_guests() -> (Store, Vec<Alert>) {
        let mut store = Store::default();
        let rooms = parse_frame(
            r#"{"Events":[
                {"Type":"Resource","Id":"r-101","State":"Dirty"},
                {"Type":"Resource","Id":"r-102","State":"Dirty"}]}"#,
        );
        store.apply_batch(utc("2026-11-30T19:00:00Z"), rooms.events);
        let now = utc("2026-11-30T20:00:00Z");
        let day = HotelDay::containing(Some("Pacific/Auckland"), now).expect("zone");
        store.seed_arrivals(
            day,
            &[arrival("w", "r-101", "c-w"), arrival("q", "r-102", "c-q")],
            now,
        );
        let asked = store.customers_to_ask(now);
        let guest = CustomerRecord {
            id: "c-w".into(),
            first_name: Some("Jiřina".into()),
            last_name: Some("Nováková".into()),
            classifications: vec![Classification::WaitingForRoom],
        };
        store.guests.learn_customers(&asked, vec![guest], now);
        store.guests.set_queued("q", true, now);
        store.alerts.rule = ReadyRule::Inspected;
        let ready = parse_frame(
            r#"{"Events":[
                {"Type":"Resource","Id":"r-101","State":"Inspected"},
                {"Type":"Resource","Id":"r-102","State":"Inspected"}]}"#,
        );
        store.apply_batch(utc("2026-11-30T20:10:00Z"), ready.events);
        let alerts = store.alerts.take_fresh();
        assert_eq!(alerts.len(), 2, "{alerts:?}");
        (store, alerts)
    }

    fn plain(kind: AlertKind, fired: u32) -> Alert {
        Alert {
            id: 1234,
            room_id: "r-7".into(),
            room_name: "7".into(),
            kind,
            at: utc("2026-12-04T13:05:09Z"),
            fired,
            waiting: None,
        }
    }

    fn prague() -> HotelClock {
        HotelClock::for_zone(
            Some("Europe/Prague"),
            chrono::FixedOffset::east_opt(0).expect("offset"),
        )
    }

    #[test]
    fn in_english_an_alert_says_what_the_core_says() {
        let english = Translator::default();
        let (store, alerts) = two_waiting_guests();
        let mut all = alerts.clone();
        all.extend([
            plain(AlertKind::Ready(ResourceState::Clean), 1),
            plain(AlertKind::OutOfOrder, 1),
            plain(AlertKind::OutOfService, 1),
            plain(AlertKind::Ready(ResourceState::Other("Shiny".into())), 1),
        ]);
        for alert in &all {
            assert_eq!(alert_words(alert, &english), alert.message());
            assert_eq!(
                alert_message(alert, &store, &english),
                store.alert_message(alert)
            );
            let title = match store.waiting_for(alert) {
                Some(reservation) => format!(
                    "A guest is waiting (reservation {}): {}",
                    store.number_of(reservation),
                    alert.message()
                ),
                None => alert.message(),
            };
            assert_eq!(notification_title(alert, &store, &english), title);
        }
        assert!(
            alert_message(&alerts[0], &store, &english).starts_with("Jiřina Nováková (N-w)"),
            "{alerts:?}"
        );
        assert!(
            alert_message(&alerts[1], &store, &english)
                .starts_with("The guest of reservation N-q is waiting: Room")
        );
        assert_eq!(
            notification_body(&plain(AlertKind::OutOfOrder, 1), &prague(), &english),
            "At 14:05: Mews Monitor alert 1234"
        );
    }

    #[test]
    fn a_banner_line_counts_repeats_and_says_the_rooms_state_now() {
        let english = Translator::default();
        let mut store = Store::default();
        let dirty = parse_frame(r#"{"Events":[{"Type":"Resource","Id":"r-7","State":"Dirty"}]}"#);
        store.apply_batch(utc("2026-12-04T13:00:00Z"), dirty.events);
        let alert = plain(AlertKind::Ready(ResourceState::Inspected), 3);
        let name = store
            .rooms
            .get("r-7")
            .expect("room")
            .display_name()
            .to_owned();
        assert_eq!(
            alert_line(&alert, &store, &prague(), &english),
            format!("Room {name} is ready (Inspected) · 14:05:09 · 3 times · now Dirty")
        );
        let czech = Translator::new(Language::Czech);
        let words = czech.words();
        assert_eq!(
            alert_line(&alert, &store, &prague(), &czech),
            format!(
                "Pokoj {name} je připraven ({}) · 14:05:09 · 3× · nyní {}",
                words.resource_state(&ResourceState::Inspected),
                words.resource_state(&ResourceState::Dirty),
            )
        );
    }

    #[test]
    fn in_czech_an_alert_names_the_waiting_guest_in_the_window_only() {
        let czech = Translator::new(Language::Czech);
        let (store, alerts) = two_waiting_guests();
        let inspected = czech.words().resource_state(&ResourceState::Inspected);
        let in_window = alert_message(&alerts[0], &store, &czech);
        assert!(
            in_window.starts_with("Jiřina Nováková (N-w) čeká: Pokoj")
                && in_window.ends_with(&format!("je připraven ({inspected})")),
            "{in_window}"
        );
        let title = notification_title(&alerts[0], &store, &czech);
        assert!(
            title.starts_with("Host čeká na pokoj (rezervace N-w): Pokoj"),
            "{title}"
        );
        assert!(!title.contains("Nováková"), "no name on the desktop");
        assert!(alert_message(&alerts[1], &store, &czech).starts_with("Host rezervace N-q čeká:"));
        assert_eq!(
            alert_words(&plain(AlertKind::OutOfService, 1), &czech),
            "Pokoj 7 je mimo službu"
        );
    }
}
