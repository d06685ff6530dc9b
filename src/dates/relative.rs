//! The grammar of relative and deictic expressions: weekdays, "last week", "two weeks ago",
//! "earlier this month", "late October", seasons, quarters, "in recent days", "now".

use super::grammar::{Found, Parser, DASHES};
use super::lexer::{Kind, Tok};
use super::lexicon::{Lex, Unit};
use super::resolve::{Day, Expr, Point, Step, Tod, Toward, Yr};
use super::tense::ahead;

const PRESENT: Expr = Expr::Fixed("PRESENT_REF");
const PAST: Expr = Expr::Fixed("PAST_REF");
const FUTURE: Expr = Expr::Fixed("FUTURE_REF");

impl Parser<'_> {
    /// A relative expression starting with the word `lex` at `i`.
    pub(crate) fn relative(&self, i: usize, lex: Lex) -> Option<Found> {
        let one = |e: Expr| Some((i + 1, e));
        match lex {
            Lex::Weekday(d) => self.weekday(i, d),
            Lex::Last => self.step(i, Step::Last).or_else(|| self.duration(i)),
            Lex::This => self.step(i, Step::This),
            Lex::Next => self.step(i, Step::Next),
            Lex::Earlier | Lex::Later => self.within(i),
            // "a", "two", "several": only before a unit or "times" ("two weeks ago", "a
            // 10-day", "three times a year"); the article "a" is most of them.
            Lex::Number(_) | Lex::Vague => {
                let (_, j) = self.count(i)?;
                if !matches!(
                    self.lex(self.skip_hyphen(j)),
                    Some(Lex::Unit(_) | Lex::Times)
                ) {
                    return None;
                }
                self.ago(i)
                    .or_else(|| self.duration(i))
                    .or_else(|| self.set(i))
            }
            Lex::Past | Lex::Approx | Lex::More | Lex::Up | Lex::Unit(_) => self.duration(i),
            Lex::Every | Lex::Every1(_) | Lex::Weekdays(_) | Lex::Times => self.set(i),
            Lex::Noon | Lex::Midnight => self.clock_time(i),
            Lex::Tonight => one(Expr::Time(Day::Shift(0), Tod::Part(3))),
            Lex::Today if !self.is(i + 1, Lex::Programme) && !self.after_paper(i) => {
                self.day_word(i, 0)
            }
            Lex::Tomorrow => self.day_word(i, 1),
            Lex::Yesterday => self.day_word(i, -1),
            // not "now-defunct"
            Lex::Now if !self.hyphenated(i) => one(PRESENT),
            Lex::Currently => one(PRESENT),
            Lex::Recently => one(PAST),
            Lex::At if self.is(i + 1, Lex::Present) => Some((i + 2, PRESENT)),
            Lex::At => self.duration(i),
            Lex::In => self.in_phrase(i),
            // "during recent weeks"
            Lex::Recent if matches!(self.lex_before(i), Some(Lex::During)) => {
                self.recent_units(i + 1).then_some((i + 2, PAST))
            }
            _ => None,
        }
    }

    /// "today", "tomorrow" or "yesterday" at `i` (`n` days from the reference date), with a
    /// part of the day after it: "yesterday afternoon" is a TIME.
    fn day_word(&self, i: usize, n: i32) -> Option<Found> {
        match self.lex(i + 1) {
            Some(Lex::DayPart(p)) => Some((i + 2, Expr::Time(Day::Shift(n), Tod::Part(p)))),
            _ => Some((i + 1, Expr::Shift(Unit::Day, n))),
        }
    }

    /// Token `i` is joined to a neighbour by a hyphen.
    fn hyphenated(&self, i: usize) -> bool {
        let dash_before = self.glued(i) && self.before(i).is_some_and(|t| t.is_punct(DASHES));
        let dash_after = self.glued(i + 1) && self.punct(i + 1, DASHES);
        dash_before || dash_after
    }

    /// The word before `i` is a capitalized newspaper word: "USA Today".
    fn after_paper(&self, i: usize) -> bool {
        self.before(i)
            .is_some_and(|t| t.cap && t.lex() == Some(Lex::Paper))
    }

    /// "days", "weeks", "months" or "years" at `i`.
    fn recent_units(&self, i: usize) -> bool {
        matches!(
            self.lex(i),
            Some(Lex::Unit(Unit::Day | Unit::Week | Unit::Month | Unit::Year))
        )
    }

    /// `OnOrAfter` if the sentence around token `i` speaks of the future, else `OnOrBefore`.
    pub(crate) fn tense(&self, i: usize) -> Toward {
        if ahead(self.toks, i) {
            Toward::OnOrAfter
        } else {
            Toward::OnOrBefore
        }
    }

    /// A weekday at `i`: "Thursday", "Thursday, November 6". Not "Friday prayers", "Good
    /// Friday", "Sunday Telegraph", "Mail on Sunday".
    fn weekday(&self, i: usize, day: u8) -> Option<Found> {
        let cap_word = |t: Option<&Tok>, of: fn(Lex) -> bool| {
            t.is_some_and(|t| t.cap && t.lex().is_some_and(of))
        };
        // "Friday prayers", "a Saturday-night stay", "every Friday"
        let habit = self.is(i + 1, Lex::Prayer)
            || matches!(self.lex_before(i), Some(Lex::Number(1) | Lex::Every));
        // "Good Friday", "Sunday Bloody Sunday", "Saturday Night Takeaway", "Sunday Telegraph"
        let named = cap_word(self.before(i), |l| l == Lex::DayPrefix)
            || cap_word(self.at(i + 1), |l| {
                matches!(
                    l,
                    Lex::DayPrefix | Lex::DayPart(_) | Lex::Paper | Lex::CountNoun | Lex::Times
                )
            });
        // "Mail on Sunday"
        let paper = day == 6 && self.lex_before(i) == Some(Lex::On) && self.after_paper(i - 1);
        if habit || named || paper {
            return None;
        }
        let j = i + 1 + usize::from(self.punct(i + 1, &[',']));
        if let Some((end, date @ Expr::Point(Point::Day { .. }))) =
            self.at(j).and_then(|_| self.single(j))
        {
            return Some((end, date));
        }
        let toward = self.tense(i);
        // "Tuesday night", "Friday morning"; "Tuesday at 10:30 a.m.", "Sunday at midnight"
        if let Some(Lex::DayPart(p)) = self.lex(i + 1) {
            return Some((i + 2, Expr::Time(Day::Weekday(day, toward), Tod::Part(p))));
        }
        if self.is(i + 1, Lex::At) {
            if let Some((end, tod, _)) = self.clock(i + 2) {
                return Some((end, Expr::Time(Day::Weekday(day, toward), tod)));
            }
        }
        Some((i + 1, Expr::Weekday(day, toward)))
    }

    /// "last week", "this month", "next year", "last October", "last winter", "next Monday".
    fn step(&self, i: usize, step: Step) -> Option<Found> {
        // "the last week of", "his last year"
        if matches!(
            self.lex_before(i),
            Some(Lex::The | Lex::Det | Lex::Number(1))
        ) {
            return None;
        }
        let j = i + 1;
        let t = self.at(j)?;
        let n = match step {
            Step::Last => -1,
            Step::This => 0,
            Step::Next => 1,
        };
        let expr = match t.lex()? {
            Lex::Unit(Unit::Day) => return None,
            Lex::Unit(unit) if unit.calendar() && !self.is(j + 1, Lex::Of) => Expr::Shift(unit, n),
            // "this morning", "last night"
            Lex::DayPart(p) if step != Step::Next => Expr::Time(Day::Shift(n), Tod::Part(p)),
            Lex::Month { .. } => {
                let m = self.month_word(j).filter(|m| !m.abbr)?;
                Expr::MonthOf(m.month, step)
            }
            Lex::Season(season) => Expr::SeasonOf(season, step),
            Lex::Weekday(day) if !self.is(j + 1, Lex::Prayer) => {
                let toward = match step {
                    Step::Last => Toward::Last,
                    Step::Next => Toward::Next,
                    Step::This => self.tense(j),
                };
                Expr::Weekday(day, toward)
            }
            _ => return None,
        };
        Some((j + 1, expr))
    }

    /// "earlier this month", "later this year".
    fn within(&self, i: usize) -> Option<Found> {
        match self.lex(i + 2) {
            Some(Lex::Unit(unit))
                if unit.calendar() && unit != Unit::Day && self.is(i + 1, Lex::This) =>
            {
                Some((i + 3, Expr::Shift(unit, 0)))
            }
            _ => None,
        }
    }

    /// A count at `i`: `Some(n)` for "3", "two", "twenty-five", "a"; `None` for "a few",
    /// "several". With the index after it.
    pub(crate) fn count(&self, i: usize) -> Option<(Option<i32>, usize)> {
        match self.toks.get(i)?.kind {
            Kind::Num(n, _) if n <= 9999 => Some((i32::try_from(n).ok(), i + 1)),
            Kind::Word(Lex::Vague) => Some((None, i + 1)),
            Kind::Word(Lex::Number(1)) if self.is(i + 1, Lex::Vague) => Some((None, i + 2)),
            Kind::Word(Lex::Number(tens)) => {
                let unit = match self.lex(i + 2) {
                    Some(Lex::Number(u @ 1..=9)) if tens >= 20 && tens % 10 == 0 => Some(u),
                    _ => None,
                };
                let joined = self.glued(i + 1) && self.punct(i + 1, DASHES) && self.glued(i + 2);
                match unit.filter(|_| joined) {
                    Some(u) => Some((Some(i32::from(tens + u)), i + 3)),
                    None => Some((Some(i32::from(tens)), i + 1)),
                }
            }
            _ => None,
        }
    }

    /// "two weeks ago", "3 days ago", "a year ago", "several years ago".
    pub(crate) fn ago(&self, i: usize) -> Option<Found> {
        let (n, j) = self.count(i)?;
        let unit = match self.lex(j)? {
            Lex::Unit(unit) if unit.calendar() && unit != Unit::Weekend => unit,
            _ => return None,
        };
        if !self.is(j + 1, Lex::Ago) {
            return None;
        }
        let expr = n.map_or(PAST, |n| Expr::Shift(unit, -n));
        Some((j + 2, expr))
    }

    /// "in recent days", "in the coming weeks", "in the past", "in the (near) future", "in future".
    fn in_phrase(&self, i: usize) -> Option<Found> {
        if self.is(i + 1, Lex::Recent) {
            return self.recent_units(i + 2).then_some((i + 3, PAST));
        }
        if self.is(i + 1, Lex::Future) {
            // "in future," but not "in future years"
            let ends = self
                .at(i + 2)
                .is_none_or(|t| matches!(t.kind, Kind::Punct(_)));
            return ends.then_some((i + 2, FUTURE));
        }
        if !self.is(i + 1, Lex::The) {
            return None;
        }
        let j = i + 2;
        if self.is(j, Lex::Coming) {
            return self.recent_units(j + 1).then_some((j + 2, FUTURE));
        }
        let k = if matches!(self.lex(j), Some(Lex::Remote | Lex::Recent)) {
            j + 1
        } else {
            j
        };
        match self.lex(k)? {
            Lex::Future => Some((k + 1, FUTURE)),
            Lex::Past => {
                // not "in the past two years", "in the past decade"
                let span_follows = self.at(k + 1).is_some_and(|t| match t.kind {
                    Kind::Word(lex) => matches!(
                        lex,
                        Lex::Number(_) | Lex::Vague | Lex::Unit(_) | Lex::CountNoun
                    ),
                    Kind::Num(..) | Kind::Figure => true,
                    _ => false,
                });
                (!span_follows).then_some((k + 1, PAST))
            }
            _ => None,
        }
    }

    /// "early/late/mid" + month, year, decade, season, weekday or "this/last/next year":
    /// "late October", "mid-2024", "the late 1990s", "late last year", "early Sunday"
    /// ("early on Friday" leaves "Friday" to itself).
    pub(crate) fn modified(&self, i: usize) -> Option<Found> {
        let j = self.skip_hyphen(i + 1);
        match self.at(j)?.kind {
            Kind::Word(Lex::Month { .. }) => self.qualified_month(j),
            Kind::Num(..) => self.year_number(j),
            Kind::Decade(_) => self.single(j),
            Kind::Word(Lex::Season(s)) => self
                .season(j, s)
                .or(Some((j + 1, Expr::SeasonOf(s, Step::This)))),
            Kind::Word(Lex::This | Lex::Last | Lex::Next) => match self.parse(j)? {
                found @ (_, Expr::Shift(..)) => Some(found),
                _ => None,
            },
            Kind::Word(Lex::Weekday(_)) => match self.parse(j)? {
                found @ (_, Expr::Weekday(..) | Expr::Time(..)) => Some(found),
                _ => None,
            },
            _ => None,
        }
    }

    /// "summer 2025", "summer of 2025", "winter last year".
    pub(crate) fn season(&self, i: usize, season: u8) -> Option<Found> {
        let (year, end) = self.year_part(self.skip_word(i + 1, Lex::Of), false)?;
        Some((end, Expr::Point(Point::Season { year, season })))
    }

    /// "fiscal 2025", "fiscal year 2025".
    pub(crate) fn fiscal(&self, i: usize) -> Option<Found> {
        self.year_number(self.skip_word(i + 1, Lex::Unit(Unit::Year)))
    }

    /// "Q3 2025", "the third quarter", "third-quarter", "the 4th quarter of last year".
    pub(crate) fn quarter(&self, i: usize) -> Option<Found> {
        // Index after the word "quarter" following an ordinal at `i`.
        let word = || {
            let k = self.skip_hyphen(i + 1);
            self.is(k, Lex::Unit(Unit::Quarter)).then_some(k + 1)
        };
        let (quarter, j) = match self.toks.get(i)?.kind {
            Kind::Quarter(q) => (q, i + 1),
            Kind::Word(Lex::Nth(q)) => (q, word()?),
            Kind::Ord(q @ 1..=4) => (u8::try_from(q).ok()?, word()?),
            _ => return None,
        };
        let year = self.year_part(self.skip_word(j, Lex::Of), false);
        let (year, end) = year.unwrap_or((Yr::Ref, j));
        Some((end, Expr::Point(Point::Quarter { year, quarter })))
    }
}
