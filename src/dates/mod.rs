//! Date expressions in English news text, with TIMEX3-style values resolved against a
//! reference (publication) date. The contract is `docs/dates.md`.
//!
//! One pass splits the text into tokens and looks words up in a small lexicon; the grammar
//! runs only at tokens that can start a date (month and weekday names, numbers, deictic and
//! modifier words).
#![deny(missing_docs)]

mod calendar;
mod durations;
mod grammar;
mod lexer;
mod lexicon;
mod relative;
mod resolve;
mod tense;
#[cfg(test)]
mod tests;
mod times;
mod timex;
mod tokens;

pub use calendar::Date;
pub use timex::{period, PeriodKind};

use grammar::Parser;
use lexicon::Lexicon;
use resolve::{at_day, whole_day, Day, Expr};

/// The TIMEX3 type of a temporal expression: a calendar date, a time of day, a length
/// of time, or something that repeats. The label stays DATE for all of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TimexType {
    /// "Tuesday", "October 2025", "last week".
    Date,
    /// "Tuesday night", "10:30 a.m. Tuesday", "this morning".
    Time,
    /// "two weeks", "48 hours", "the past decade".
    Duration,
    /// "every Friday", "weekly", "twice a week".
    Set,
}

impl TimexType {
    /// Every type, in code order.
    pub const ALL: [TimexType; 4] = [
        TimexType::Date,
        TimexType::Time,
        TimexType::Duration,
        TimexType::Set,
    ];

    /// The TimeML name: "DATE", "TIME", "DURATION", "SET".
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// A date expression found in text: half-open UTF-8 byte offsets into the input `&str`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMatch {
    /// Byte offset of the first byte of the expression.
    pub start: usize,
    /// Byte offset just past the expression.
    pub end: usize,
    /// TIMEX3 value ("2025-11-06", "2025-W45", "PAST_REF", ...); `None` when the expression is
    /// relative and there is no reference date.
    pub value: Option<String>,
    /// Its TIMEX3 type.
    pub timex_type: TimexType,
}

/// Compiled recognizer: build once, share across threads.
#[derive(Debug, Clone)]
pub struct DateFinder {
    lexicon: Lexicon,
}

impl DateFinder {
    /// Builds the recognizer.
    pub fn new() -> DateFinder {
        DateFinder {
            lexicon: Lexicon::new(),
        }
    }

    /// All date expressions in `text`, sorted by start, non-overlapping. Values are resolved
    /// against `reference` (the publication date) when given.
    pub fn find(&self, text: &str, reference: Option<Date>) -> Vec<DateMatch> {
        let reference = reference.map(|d| d.0);
        // The tokens are held in a window that slides along the text, so memory stays
        // bounded whatever the text (100 MB of punctuation is 100 M tokens). The window
        // keeps more tokens each side of the parse position than any rule looks at
        // (the grammar a few, the tense of a sentence `tense::REACH`), so the results
        // are those of one pass over all tokens.
        const BEHIND: usize = 4 * tense::REACH;
        const AHEAD: usize = 4 * tense::REACH;
        const SLIDE: usize = 8192;
        let mut lexer = lexer::Lexer::new(text, &self.lexicon).fuse();
        // A token takes at least one byte: a short text gets a small buffer (a big one
        // is most of the cost of a call on one sentence).
        let mut toks: Vec<lexer::Tok> =
            Vec::with_capacity((BEHIND + AHEAD + SLIDE).min(text.len() / 2 + 8));
        let mut found = Vec::new();
        // The last match that named a whole day: its first token and the day.
        let mut last_day: Option<(usize, String)> = None;
        let mut i = 0;
        loop {
            if toks.len() < i + AHEAD {
                toks.extend(lexer.by_ref().take(i + AHEAD + SLIDE - toks.len()));
            }
            let Some(first) = toks.get(i) else { break };
            let parser = Parser::new(&toks);
            let hit = parser
                .parse(i)
                .and_then(|(end, expr)| Some((end, toks.get(end.checked_sub(1)?)?, expr)));
            match hit {
                Some((end, last, expr)) if end > i => {
                    let value = match expr {
                        // A clock time without a day: the day its sentence named before it.
                        Expr::Time(Day::Anchor, tod) => last_day
                            .as_ref()
                            .filter(|(k, _)| *k >= tense::sentence(&toks, i).0)
                            .map(|(_, day)| at_day(day, tod))
                            .or_else(|| expr.value(reference)),
                        _ => expr.value(reference),
                    };
                    if let Some(day) = value.as_deref().and_then(whole_day) {
                        last_day = Some((i, day.to_owned()));
                    }
                    found.push(DateMatch {
                        start: first.start,
                        end: last.end,
                        value,
                        timex_type: expr.timex_type(),
                    });
                    i = end;
                }
                _ => i += 1,
            }
            if i > BEHIND + SLIDE {
                let drained = i - BEHIND;
                toks.drain(..drained);
                i = BEHIND;
                last_day = last_day.and_then(|(k, day)| Some((k.checked_sub(drained)?, day)));
            }
        }
        found
    }
}

impl Default for DateFinder {
    fn default() -> DateFinder {
        DateFinder::new()
    }
}
