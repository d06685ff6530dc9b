//! DURATION and SET expressions: "two weeks", "48 hours", "the past decade", "a 10-day
//! visit", "month-long", "for years"; "every Friday", "weekly", "twice a week", "Mondays".

use super::grammar::{Found, Parser, DASHES};
use super::lexer::{Ending, Kind};
use super::lexicon::{Lex, Unit};
use super::resolve::{Every, Expr};
use super::tense::starts_sentence;

impl Parser<'_> {
    /// A DURATION starting at `i`, with any modifier ("about", "nearly", "more than",
    /// "at least", "up to") kept in the span but not in the value.
    pub(crate) fn duration(&self, i: usize) -> Option<Found> {
        let j = self.modifier(i);
        match self.lex(j) {
            // "past decade", "past two years", "last three months" ("last month" is a date)
            Some(step @ (Lex::Past | Lex::Last)) => {
                let (n, k) = match self.count(j + 1) {
                    Some(counted) => counted,
                    None if step == Lex::Past => (Some(1), j + 1),
                    None => return None,
                };
                let unit = self.unit_at(k)?;
                Some((k + 1, Expr::Duration(amount(n), unit)))
            }
            Some(Lex::Unit(unit)) if j == i => self.bare_unit(i, unit),
            _ => {
                let (n, k) = self.count(j)?;
                // "a" after an amount is "per": "$5m a year".
                let article = matches!(self.lex(j), Some(Lex::Number(1)))
                    && self.toks.get(j).is_some_and(|t| t.end - t.start <= 2);
                if article && self.before(j).is_some_and(|t| t.is_numeric()) {
                    return None;
                }
                let u = self.skip_hyphen(k);
                let unit = self.unit_at(u)?;
                if self.is(u + 1, Lex::Ago) {
                    return None;
                }
                let long_after = |k: usize| {
                    let after = self.skip_hyphen(k);
                    after > k && self.is(after, Lex::Long)
                };
                if u == k {
                    // "a month-long strike": the duration is "month-long".
                    return (!long_after(u + 1))
                        .then_some((u + 1, Expr::Duration(amount(n), unit)));
                }
                // "a 10-day visit", "two-year", "a two-month-long strike"; not an age
                // ("10-year-old") or a name ("a 24-hour news channel", "the 100-day plan").
                let after = self.skip_hyphen(u + 1);
                if after > u + 1 && self.is(after, Lex::Old) {
                    return None;
                }
                let end = if after > u + 1 && self.is(after, Lex::Long) {
                    after + 1
                } else {
                    u + 1
                };
                if matches!(self.lex(end), Some(Lex::Head | Lex::Programme)) {
                    return None;
                }
                Some((end, Expr::Duration(amount(n), unit)))
            }
        }
    }

    /// The index after a duration's modifier at `i` (or `i`).
    fn modifier(&self, i: usize) -> usize {
        match self.lex(i) {
            Some(Lex::Approx) => i + 1,
            Some(Lex::More) if self.is(i + 1, Lex::Than) => i + 2,
            Some(Lex::At) if self.is(i + 1, Lex::Least) => i + 2,
            Some(Lex::Up) if self.is(i + 1, Lex::To) => i + 2,
            _ => i,
        }
    }

    /// A unit a duration or a set can count at `i` (not "a quarter of").
    fn unit_at(&self, i: usize) -> Option<Unit> {
        match self.lex(i)? {
            Lex::Unit(Unit::Quarter) if self.is(i + 1, Lex::Of) => None,
            Lex::Unit(unit) if unit != Unit::Weekend => Some(unit),
            _ => None,
        }
    }

    /// A unit with no number: "month-long", and a plural after a word that times it
    /// ("for years", "within hours", "after months of talks").
    fn bare_unit(&self, i: usize, unit: Unit) -> Option<Found> {
        let after = self.skip_hyphen(i + 1);
        if after > i + 1 && self.is(after, Lex::Long) {
            return Some((after + 1, Expr::Duration(Some(1), unit)));
        }
        let plural = self
            .toks
            .get(i)
            .is_some_and(|t| t.ending == Ending::S && !t.cap);
        let timed = matches!(
            self.lex_before(i),
            Some(Lex::For | Lex::Within | Lex::During | Lex::In | Lex::Qualifier)
        );
        (plural && timed && unit != Unit::Quarter).then_some((i + 1, Expr::Duration(None, unit)))
    }

    /// A SET starting at `i`.
    pub(crate) fn set(&self, i: usize) -> Option<Found> {
        let t = self.toks.get(i)?;
        match t.kind {
            Kind::Word(Lex::Every) => {
                let j = i + 1;
                let every = match self.lex(j)? {
                    Lex::Weekday(d) => Every::Weekday(d),
                    Lex::DayPart(p) => Every::Part(p),
                    Lex::Season(s) => Every::Season(s),
                    Lex::Unit(unit) if unit != Unit::Weekend => Every::Units(1, unit),
                    _ => {
                        let (n, k) = self.count(j)?;
                        let unit = self.unit_at(k)?;
                        return Some((k + 1, Expr::Set(Every::Units(amount(n)?, unit))));
                    }
                };
                Some((j + 1, Expr::Set(every)))
            }
            // "weekly", "annual"; not a name ("Daily Mail", "the Weekly Standard").
            Kind::Word(Lex::Every1(unit)) => {
                let name = t.cap
                    && (!starts_sentence(self.toks, i) || self.at(i + 1).is_some_and(|n| n.cap));
                let hyphenated =
                    self.glued(i) && self.before(i).is_some_and(|b| b.is_punct(DASHES));
                (!name && !hyphenated).then_some((i + 1, Expr::Set(Every::Units(1, unit))))
            }
            // Not a name: "Happy Mondays", "Mondays Child".
            Kind::Word(Lex::Weekdays(d)) => {
                let cap = |k: usize| self.at(k).is_some_and(|n| n.cap);
                let named = t.cap
                    && (cap(i + 1) || (i > 0 && cap(i - 1) && !starts_sentence(self.toks, i - 1)));
                (!named).then_some((i + 1, Expr::Set(Every::Weekday(d))))
            }
            // "twice a week", "three times a year"
            _ => {
                let k = match t.kind {
                    Kind::Word(Lex::Times) => i + 1,
                    _ => {
                        let (_, k) = self.count(i)?;
                        self.is(k, Lex::Times).then_some(k + 1)?
                    }
                };
                let per = matches!(self.lex(k), Some(Lex::Number(1) | Lex::Every));
                let unit = self.unit_at(k + 1).filter(|_| per)?;
                Some((k + 2, Expr::Set(Every::Units(1, unit))))
            }
        }
    }
}

/// A counted amount as a duration's: None stays unknown ("several weeks").
fn amount(n: Option<i32>) -> Option<u32> {
    n.and_then(|n| u32::try_from(n).ok())
}
