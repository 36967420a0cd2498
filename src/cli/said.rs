//! A command's failure in the computer's language: each error a command meets is put
//! into the catalog's words as it goes up (`result.said(&t)?`), and `main` prints the
//! sentence after the language's "Error:".

use monitor_core::protocol::HotelDayError;
use monitor_engine::credentials::ResolveError;
use monitor_engine::history::HistoryError;
use monitor_engine::net::rest::RestError;
use monitor_engine::session::SessionError;

use crate::desktop::install::InstallError;
use crate::i18n::Translator;
use crate::policy::Locked;

/// An error that can be said in the desk's language.
pub(crate) trait Sayable {
    /// The sentence, in `t`'s language.
    fn say(&self, t: &Translator) -> String;
}

/// A result whose error goes up as its sentence in the desk's language.
pub(crate) trait Said<T> {
    /// The value, or the error said in `t`'s language.
    fn said(self, t: &Translator) -> anyhow::Result<T>;
}

impl<T, E: Sayable> Said<T> for Result<T, E> {
    fn said(self, t: &Translator) -> anyhow::Result<T> {
        self.map_err(|error| anyhow::Error::msg(error.say(t)))
    }
}

/// `Sayable` for an error type, said by the translator's method of that name.
macro_rules! sayable {
    ($($error:ty => $method:ident),+ $(,)?) => {
        $(impl Sayable for $error {
            fn say(&self, t: &Translator) -> String {
                t.$method(self)
            }
        })+
    };
}

sayable! {
    HistoryError => history_error,
    HotelDayError => hotel_day_error,
    ResolveError => resolve_error,
    RestError => rest_error,
    SessionError => session_error,
    InstallError => install_error,
}

impl Sayable for Locked {
    fn say(&self, t: &Translator) -> String {
        t.trouble(&self.trouble())
    }
}
