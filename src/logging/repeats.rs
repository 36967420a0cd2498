//! The same log message over and over is written once, with a count.
//!
//! A line is "the same" as the one before when everything after its time
//! stamp matches (level, target, message, fields). Repeats are swallowed and
//! counted; the count is written when a different message comes, and also at
//! 10, 100, 1,000… repeats, so a flood that never ends still shows, ten times
//! smaller each step rather than a line every few milliseconds.

use std::io::{self, Write};
use std::sync::{Mutex, PoisonError};

use tracing_subscriber::fmt::MakeWriter;

/// A writer of formatted log lines that folds repeats into a count.
#[derive(Debug)]
pub(crate) struct FoldRepeats<W> {
    state: Mutex<State<W>>,
}

#[derive(Debug)]
struct State<W> {
    out: W,
    /// The last line written, without its time stamp.
    last: String,
    /// How many times it came again since it was written.
    repeats: u64,
    /// Repeats already said in a count.
    said: u64,
}

impl<W: Write> FoldRepeats<W> {
    pub(crate) fn new(out: W) -> Self {
        FoldRepeats {
            state: Mutex::new(State {
                out,
                last: String::new(),
                repeats: 0,
                said: 0,
            }),
        }
    }

    /// Writes one formatted event (one or more lines), unless it repeats the last.
    fn take(&self, text: &str) {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        let (stamp, rest) = text.split_once(' ').unwrap_or(("", text));
        let state = &mut *state;
        if !state.last.is_empty() && rest == state.last {
            state.repeats += 1;
            if is_ten_or_a_power_of_it(state.repeats) {
                say_count(state, stamp, "so far");
            }
            return;
        }
        if state.repeats > state.said {
            say_count(state, stamp, "");
        }
        state.last = rest.to_owned();
        state.repeats = 0;
        state.said = 0;
        let _ = state.out.write_all(text.as_bytes());
        let _ = state.out.flush();
    }
}

/// 10, 100, 1,000…
fn is_ten_or_a_power_of_it(mut count: u64) -> bool {
    if count < 10 {
        return false;
    }
    while count.is_multiple_of(10) {
        count /= 10;
    }
    count == 1
}

/// "… the message above came 100 more times so far".
fn say_count<W: Write>(state: &mut State<W>, stamp: &str, so_far: &str) {
    let separator = if so_far.is_empty() { "" } else { " " };
    let _ = writeln!(
        state.out,
        "{stamp} the message above came {} more time{}{separator}{so_far}",
        state.repeats,
        if state.repeats == 1 { "" } else { "s" },
    );
    state.said = state.repeats;
}

/// One event's text, collected until the formatter is done with it.
pub(crate) struct EventText<'a, W: Write> {
    fold: &'a FoldRepeats<W>,
    text: Vec<u8>,
}

impl<W: Write> Write for EventText<'_, W> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.text.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl<W: Write> Drop for EventText<'_, W> {
    fn drop(&mut self) {
        if !self.text.is_empty() {
            self.fold.take(&String::from_utf8_lossy(&self.text));
        }
    }
}

impl<'a, W: Write + 'a> MakeWriter<'a> for FoldRepeats<W> {
    type Writer = EventText<'a, W>;

    fn make_writer(&'a self) -> Self::Writer {
        EventText {
            fold: self,
            text: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn log(fold: &FoldRepeats<Vec<u8>>, second: u32, message: &str) {
        let mut writer = fold.make_writer();
        writeln!(writer, "12:00:{second:02}Z  WARN history: {message}").expect("writes");
    }

    fn written(fold: FoldRepeats<Vec<u8>>) -> Vec<String> {
        let state = fold.state.into_inner().expect("not poisoned");
        String::from_utf8(state.out)
            .expect("text")
            .lines()
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn a_repeated_message_is_written_once_then_counted() {
        let fold = FoldRepeats::new(Vec::new());
        log(&fold, 0, "disk full");
        for second in 1..=12 {
            log(&fold, second, "disk full");
        }
        log(&fold, 13, "resumed");
        log(&fold, 14, "resumed");
        assert_eq!(
            written(fold),
            [
                "12:00:00Z  WARN history: disk full",
                "12:00:10Z the message above came 10 more times so far",
                "12:00:13Z the message above came 12 more times",
                "12:00:13Z  WARN history: resumed",
            ]
        );
    }

    #[test]
    fn a_long_flood_is_counted_at_each_power_of_ten() {
        let fold = FoldRepeats::new(Vec::new());
        for _ in 0..=1_000 {
            log(&fold, 0, "disk full");
        }
        let lines = written(fold);
        assert_eq!(lines.len(), 4, "{lines:?}");
        assert!(lines[3].ends_with("came 1000 more times so far"));
    }

    #[test]
    fn different_messages_are_all_written() {
        let fold = FoldRepeats::new(Vec::new());
        log(&fold, 0, "one");
        log(&fold, 1, "two");
        log(&fold, 2, "one");
        assert_eq!(written(fold).len(), 3);
    }
}
