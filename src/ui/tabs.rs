//! The monitor's tabs: each one's view state, and which one fills the space
//! the bars leave.

use chrono::{DateTime, Utc};

use crate::settings::{Settings, Tab};
use monitor_engine::session::Summary;

use super::action::Action;
use super::board::BoardTab;
use super::log::LogTab;
use super::sorting::TableState;
use super::view::View;

/// The view state of every tab.
#[derive(Debug, Default)]
pub(crate) struct Tabs {
    /// The housekeeping board.
    pub board: BoardTab,
    /// The event log.
    pub log: LogTab,
    /// The four tables' sort state.
    pub tables: TableState,
}

/// What the open tab draws from besides the [`View`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct TabInputs<'a> {
    /// History is still being read.
    pub loading: bool,
    /// What the last resync found, and when.
    pub resync: Option<&'a (DateTime<Utc>, Vec<Summary>)>,
}

impl Tabs {
    /// Draws the open tab in the central panel; its filters live in `settings`.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        settings: &mut Settings,
        view: &View<'_>,
        inputs: TabInputs<'_>,
        actions: &mut Vec<Action>,
    ) {
        self.board.hide();
        let tables = &mut self.tables;
        egui::CentralPanel::default()
            .frame(super::panels::central(ui.style()))
            .show(ui, |ui| match settings.tab {
                Tab::Board => {
                    let filter = &mut settings.board;
                    super::board::board_ui(
                        ui,
                        &mut self.board,
                        filter,
                        view,
                        inputs.loading,
                        actions,
                    )
                }
                Tab::Rooms => super::tables::rooms_ui(ui, &mut tables.rooms, view, actions),
                Tab::Reservations => {
                    super::tables::reservations_ui(ui, &mut tables.reservations, view, actions)
                }
                Tab::Commands => {
                    super::tables::commands_ui(ui, &mut tables.commands, view, actions)
                }
                Tab::Prices => super::tables::prices_ui(ui, &mut tables.prices, view, actions),
                Tab::Log => {
                    let filter = &mut settings.log;
                    super::log::log_ui(ui, &mut self.log, filter, view, inputs.resync, actions)
                }
            });
    }
}
