//! TIME expressions: clock times ("10:30 a.m.", "6pm", "09:26 GMT", "midnight") and the
//! days they are on ("10:30 a.m. Tuesday"). Parts of the day after a day word ("Tuesday
//! night", "this morning") are read where the day is (`relative.rs`).

use super::grammar::{Found, Parser};
use super::lexer::Kind;
use super::lexicon::{Lex, Unit};
use super::resolve::{Day, Expr, Point, Tod};
use super::tense::starts_sentence;

impl Parser<'_> {
    /// A clock time at `i`: its end, the time of day, and whether it is surely one (it
    /// has "a.m."/"p.m." or a time zone, or is "noon" or "midnight"); a bare number is a
    /// time only with "a.m." or "p.m." ("6 p.m.").
    pub(crate) fn clock(&self, i: usize) -> Option<(usize, Tod, bool)> {
        let t = self.toks.get(i)?;
        let (mut hour, minute, mut sure) = match t.kind {
            Kind::Clock(h, m, meridiem) => (h, m, meridiem),
            Kind::Num(h @ 1..=12, 1..=2) => (h as u8, 0, false),
            // Capitalised mid-sentence, a name ("J Noon").
            Kind::Word(_) if t.cap && !starts_sentence(self.toks, i) => return None,
            Kind::Word(Lex::Noon) => return Some((i + 1, Tod::Clock(12, 0), true)),
            Kind::Word(Lex::Midnight) => return Some((i + 1, Tod::Clock(24, 0), true)),
            _ => return None,
        };
        let mut end = i + 1;
        if let Some((pm, after)) = self.meridiem(end) {
            if sure || !(1..=12).contains(&hour) {
                return None;
            }
            hour = hour % 12 + if pm { 12 } else { 0 };
            (sure, end) = (true, after);
        } else if matches!(t.kind, Kind::Num(..)) {
            return None;
        }
        // A time zone, written in capitals: "09:26 GMT".
        if self
            .at(end)
            .is_some_and(|z| z.cap && z.lex() == Some(Lex::Measure))
        {
            (sure, end) = (true, end + 1);
        }
        Some((end, Tod::Clock(hour, minute), sure))
    }

    /// "am", "pm", "a.m.", "p.m." at `i`: whether it is p.m., and the index after it.
    fn meridiem(&self, i: usize) -> Option<(bool, usize)> {
        let t = self.at(i)?;
        if let Kind::Word(Lex::Meridiem(pm)) = t.kind {
            return Some((pm, i + 1));
        }
        let pm = match t.kind {
            Kind::Word(Lex::Number(1)) if t.end - t.start == 1 => false,
            Kind::Word(Lex::P) => true,
            _ => return None,
        };
        let dot = |k: usize| self.glued(k) && self.punct(k, &['.']);
        if !(dot(i + 1) && self.glued(i + 2) && self.is(i + 2, Lex::M)) {
            return None;
        }
        Some((pm, if dot(i + 3) { i + 4 } else { i + 3 }))
    }

    /// A TIME led by a clock time at `i`: with the day right after it ("10:30 a.m.
    /// Tuesday", "6pm today") or after "on" ("at 10:30 on Monday"), else on the day its
    /// sentence names before it ([`Day::Anchor`]). A clock time that is not
    /// surely one needs a word before it that times something ("at 10:30").
    pub(crate) fn clock_time(&self, i: usize) -> Option<Found> {
        let (end, tod, sure) = self.clock(i)?;
        let day = match self.lex(end) {
            Some(Lex::Weekday(d)) => Some(Day::Weekday(d, self.tense(end))),
            Some(Lex::Today) => Some(Day::Shift(0)),
            Some(Lex::Tomorrow) => Some(Day::Shift(1)),
            Some(Lex::Yesterday) => Some(Day::Shift(-1)),
            _ => None,
        };
        if let Some(day) = day {
            return Some((end + 1, Expr::Time(day, tod)));
        }
        let timed = matches!(
            self.lex_before(i),
            Some(Lex::At | Lex::By | Lex::Until | Lex::From | Lex::Qualifier | Lex::To)
        );
        if !(sure || timed) {
            return None;
        }
        // "at 10:30 on Monday": the day gives the value, and is a date of its own.
        let on = match self.is(end, Lex::On).then(|| self.parse(end + 1)).flatten() {
            Some((_, Expr::Weekday(d, toward))) => Day::Weekday(d, toward),
            Some((_, Expr::Shift(Unit::Day, n))) => Day::Shift(n),
            Some((_, Expr::Point(p @ Point::Day { .. }))) => Day::Date(p),
            _ => Day::Anchor,
        };
        Some((end, Expr::Time(on, tod)))
    }
}
