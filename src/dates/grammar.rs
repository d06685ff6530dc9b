//! The date grammar over tokens: absolute dates, years and ranges. Relative expressions are in
//! `relative.rs`. Every pattern starts at a lexicon hit or a number, and none crosses a line break.

use super::lexer::{Kind, Tok};
use super::lexicon::{Lex, Unit};
use super::resolve::{Expr, Point, Yr};

pub(crate) const DASHES: &[char] = &['-', '–', '—', '‒'];
/// A date expression found at a token: the index after its last token, and its meaning.
pub(crate) type Found = (usize, Expr);

/// Matches date expressions over a token slice.
pub(crate) struct Parser<'a> {
    pub(crate) toks: &'a [Tok],
}

/// A month name as read at some token.
pub(crate) struct MonthWord {
    pub(crate) month: u32,
    /// Token index after the name (and an abbreviation's period).
    end: usize,
    pub(crate) abbr: bool,
}

/// One side of a range, or a single absolute date before the year is settled.
#[derive(Clone, Copy)]
enum Part {
    Day {
        month: u32,
        day: u32,
        year: Option<Yr>,
    },
    /// A bare day number, which only a range can complete: the "25" of "25-31 October".
    DayOnly(u32),
    Month {
        month: u32,
        year: Option<Yr>,
    },
    Year(i32),
}

impl Part {
    fn point(self) -> Option<Point> {
        let yr = |year: Option<Yr>| year.unwrap_or(Yr::Near);
        match self {
            Part::Day { month, day, year } => Some(Point::Day {
                year: yr(year),
                month,
                day,
            }),
            Part::Month { month, year } => Some(Point::Month {
                year: yr(year),
                month,
            }),
            Part::Year(y) => Some(Point::Year(y)),
            Part::DayOnly(_) => None,
        }
    }
}

/// How a four-digit number is being read as a year.
#[derive(Clone, Copy, PartialEq, Eq)]
enum YearUse {
    /// On its own: "in 2021".
    Alone,
    /// One end of a range: "2019-2021".
    Side,
    /// After a month, season or modifier: "October 2025", "mid-2024".
    Attached,
}

/// Whether `day` can be a day of `month` in some year.
fn valid_day(month: u32, day: u32) -> bool {
    let last = match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    (1..=last).contains(&day)
}

impl<'a> Parser<'a> {
    pub(crate) fn new(toks: &'a [Tok]) -> Parser<'a> {
        Parser { toks }
    }

    /// The date expression starting at token `i`, if any.
    pub(crate) fn parse(&self, i: usize) -> Option<Found> {
        match self.toks.get(i)?.kind {
            Kind::Num(..) | Kind::Ord(_) => self
                .iso_date(i)
                .or_else(|| self.range(i))
                .or_else(|| self.ago(i))
                .or_else(|| self.quarter(i))
                .or_else(|| self.clock_time(i))
                .or_else(|| self.single(i))
                .or_else(|| self.duration(i))
                .or_else(|| self.set(i)),
            Kind::Clock(..) => self.clock_time(i),
            Kind::Decade(_) => self.single(i),
            Kind::Quarter(_) => self.quarter(i),
            Kind::Word(Lex::Month { .. }) => self.range(i).or_else(|| self.single(i)),
            Kind::Word(Lex::From | Lex::Between) => self.range(i),
            Kind::Word(Lex::Season(s)) => self.season(i, s),
            Kind::Word(Lex::Fiscal) => self.fiscal(i),
            Kind::Word(Lex::Nth(_)) => self.quarter(i),
            Kind::Word(Lex::Early | Lex::Late | Lex::Mid) => self.modified(i),
            Kind::Word(lex) => self.relative(i, lex),
            _ => None,
        }
    }

    // ---- token access -------------------------------------------------------------------

    /// A day-of-month number at `i`: "25", "25th".
    fn day_at(&self, i: usize) -> Option<u32> {
        let day = match self.toks.get(i)?.kind {
            Kind::Num(d, 1..=2) | Kind::Ord(d) => d,
            _ => return None,
        };
        ((1..=31).contains(&day) && !self.counted(i) && !self.labelled(i)).then_some(day)
    }

    /// A four-digit year at `i`, read as `how`.
    fn year_at(&self, i: usize, how: YearUse) -> Option<i32> {
        let Kind::Num(y, 4) = self.toks.get(i)?.kind else {
            return None;
        };
        let y = i32::try_from(y).ok()?;
        let after_preposition = matches!(
            self.lex_before(i),
            Some(Lex::In | Lex::Qualifier | Lex::Until)
        );
        let (low, high) = match how {
            YearUse::Attached => (1000, 2999),
            _ if after_preposition => (1000, 2099),
            _ => (1900, 2099),
        };
        let quantity = self.counted(i) || self.labelled(i);
        let run = how == YearUse::Alone && self.in_number_run(i);
        ((low..=high).contains(&y) && !quantity && !run).then_some(y)
    }

    /// A year after a month, day or season: "2025", ", 2025", "last year". With the index after it.
    pub(crate) fn year_part(&self, i: usize, comma: bool) -> Option<(Yr, usize)> {
        let i = i + usize::from(comma && self.punct(i, &[',']));
        self.at(i)?;
        if let Some(y) = self.year_at(i, YearUse::Attached) {
            return Some((Yr::Abs(y), i + 1));
        }
        let offset = match self.lex(i)? {
            Lex::Last => -1,
            Lex::This => 0,
            Lex::Next => 1,
            _ => return None,
        };
        self.is(i + 1, Lex::Unit(Unit::Year))
            .then_some((Yr::Rel(offset), i + 2))
    }

    /// A year number after a modifier at `i`: "mid-2024", "fiscal 2025".
    pub(crate) fn year_number(&self, i: usize) -> Option<Found> {
        self.at(i)?;
        let y = self.year_at(i, YearUse::Attached)?;
        Some((i + 1, Expr::Point(Point::Year(y))))
    }

    /// An optional year (after a comma) at `i`, with the index after it.
    fn maybe_year(&self, i: usize) -> (Option<Yr>, usize) {
        self.year_part(i, true)
            .map_or((None, i), |(y, end)| (Some(y), end))
    }

    // ---- absolute dates -----------------------------------------------------------------

    /// A month name at `i` that can be a month at all: capitalized where the word has other
    /// senses, and not a surname ("Theresa May").
    pub(crate) fn month_word(&self, i: usize) -> Option<MonthWord> {
        let t = self.toks.get(i)?;
        let Kind::Word(Lex::Month { month, abbr }) = t.kind else {
            return None;
        };
        let month = u32::from(month);
        // "may", "march", "august" are words too; abbreviations are names ("Jan") or verbs ("Mar").
        let needs_cap = abbr || matches!(month, 3 | 5 | 8);
        let name_like = matches!(month, 3..=6 | 8) && !abbr;
        if (needs_cap && !t.cap) || (name_like && self.after_name(i)) {
            return None;
        }
        let end = if abbr && self.glued(i + 1) && self.punct(i + 1, &['.']) {
            i + 2
        } else {
            i + 1
        };
        Some(MonthWord { month, end, abbr })
    }

    /// A bare month name (no day, no year) at `i` is a month here.
    fn bare_month_ok(&self, i: usize, m: &MonthWord) -> bool {
        if m.abbr {
            return false;
        }
        let coordinated = matches!(self.lex_before(i), Some(Lex::And | Lex::Or))
            && i.checked_sub(1)
                .and_then(|k| self.before(k))
                .is_some_and(|t| matches!(t.kind, Kind::Word(Lex::Month { .. })));
        if coordinated || self.lex_before(i).is_some_and(Lex::qualifies_month) {
            return true;
        }
        let before_name = self
            .at(m.end)
            .is_some_and(|t| t.cap && t.kind == Kind::Word(Lex::Other));
        !matches!(m.month, 3 | 5) && !before_name
    }

    /// "October 25", "Oct. 19, 2025", "October 2025", "October of last year", "October".
    fn month_led(&self, i: usize, qualified: bool) -> Option<(Part, usize)> {
        let m = self.month_word(i)?;
        let day = self.at(m.end).and_then(|_| self.day_at(m.end));
        if let Some(day) = day.filter(|&d| valid_day(m.month, d)) {
            let (year, end) = self.maybe_year(m.end + 1);
            return Some((
                Part::Day {
                    month: m.month,
                    day,
                    year,
                },
                end,
            ));
        }
        if let Some((year, end)) = self.year_part(self.skip_word(m.end, Lex::Of), false) {
            return Some((
                Part::Month {
                    month: m.month,
                    year: Some(year),
                },
                end,
            ));
        }
        ((qualified && !m.abbr) || self.bare_month_ok(i, &m)).then_some((
            Part::Month {
                month: m.month,
                year: None,
            },
            m.end,
        ))
    }

    /// A month-led date at `i` where context already makes it a month: "late October".
    pub(crate) fn qualified_month(&self, i: usize) -> Option<Found> {
        let (part, end) = self.month_led(i, true)?;
        Some((end, Expr::Point(part.point()?)))
    }

    /// "25 October", "25 October 2025", "6th of November"; in a range also a bare "25".
    fn day_led(&self, i: usize, in_range: bool) -> Option<(Part, usize)> {
        let day = self.day_at(i)?;
        let ordinal = matches!(self.toks.get(i)?.kind, Kind::Ord(_));
        let j = if ordinal {
            self.skip_word(i + 1, Lex::Of)
        } else {
            i + 1
        };
        let month = self.at(j).and_then(|_| self.month_word(j));
        if let Some(m) = month.filter(|m| valid_day(m.month, day)) {
            let (year, end) = self.maybe_year(m.end);
            return Some((
                Part::Day {
                    month: m.month,
                    day,
                    year,
                },
                end,
            ));
        }
        in_range.then_some((Part::DayOnly(day), i + 1))
    }

    /// One absolute date at `i`; `in_range` when it is a side of a range.
    fn part(&self, i: usize, in_range: bool) -> Option<(Part, usize)> {
        match self.toks.get(i)?.kind {
            Kind::Word(Lex::Month { .. }) => self.month_led(i, in_range),
            Kind::Num(_, 4) => {
                let how = if in_range {
                    YearUse::Side
                } else {
                    YearUse::Alone
                };
                Some((Part::Year(self.year_at(i, how)?), i + 1))
            }
            Kind::Num(..) | Kind::Ord(_) => self.day_led(i, in_range),
            _ => None,
        }
    }

    /// A single absolute date, year or decade at `i`.
    pub(crate) fn single(&self, i: usize) -> Option<Found> {
        if let Kind::Decade(y) = self.toks.get(i)?.kind {
            let ok = (1100..=2090).contains(&y) && !self.labelled(i);
            return ok.then_some((i + 1, Expr::Point(Point::Decade(i32::try_from(y).ok()?))));
        }
        let (part, end) = self.part(i, false)?;
        Some((end, Expr::Point(part.point()?)))
    }

    /// "2025-10-11".
    fn iso_date(&self, i: usize) -> Option<Found> {
        let num = |k: usize, digits: u8| match self.at(k).map(|t| t.kind) {
            Some(Kind::Num(n, d)) if d == digits && self.glued(k) => Some(n),
            _ => None,
        };
        let Kind::Num(y, 4) = self.toks.get(i)?.kind else {
            return None;
        };
        let dash = |k: usize| self.glued(k) && self.punct(k, &['-']);
        let (month, day) = (num(i + 2, 2)?, num(i + 4, 2)?);
        let ok = dash(i + 1) && dash(i + 3) && valid_day(month, day);
        let year = i32::try_from(y).ok()?;
        let real = chrono::NaiveDate::from_ymd_opt(year, month, day).is_some();
        (ok && real).then_some((
            i + 5,
            Expr::Point(Point::Day {
                year: Yr::Abs(year),
                month,
                day,
            }),
        ))
    }

    /// A range at `i`: "October 25 to 31", "25–31 October", "from October 25 to November 2",
    /// "between 2019 and 2021", "2019-21". An opening "from"/"between" is part of it.
    fn range(&self, i: usize) -> Option<Found> {
        let opener = self.toks.get(i)?.lex();
        let first = match opener {
            Some(Lex::From | Lex::Between) => {
                self.at(i + 1)?;
                i + 1
            }
            _ => i,
        };
        let (a, j) = self.part(first, true)?;
        let dash = self.punct(j, DASHES) && opener != Some(Lex::Between);
        // "2005/06": a slash only joins years, glued on both sides.
        let slash = matches!(a, Part::Year(_))
            && self.punct(j, &['/'])
            && self.glued(j)
            && self.glued(j + 1);
        let word_sep = match opener {
            Some(Lex::Between) => self.is(j, Lex::And),
            _ => matches!(self.lex(j), Some(Lex::To | Lex::Until | Lex::Through)),
        };
        if !dash && !slash && !word_sep {
            return None;
        }
        let k = j + 1;
        self.at(k)?;
        let (a, b, end) = match a {
            Part::Year(y) => {
                let end_year =
                    self.year_at(k, YearUse::Side)
                        .or_else(|| match self.at(k)?.kind {
                            // "2019-21", "2005/06", "2003-4"
                            Kind::Num(n, d @ 1..=2) if dash || slash => {
                                let scale = if d == 1 { 10 } else { 100 };
                                i32::try_from(n).ok().map(|n| y - y % scale + n)
                            }
                            _ => None,
                        })?;
                (end_year > y).then_some((Part::Year(y), Part::Year(end_year), k + 1))?
            }
            _ => {
                let (b, end) = self.part(k, true)?;
                // "October 25 to 31" and "25 to 31 October" pair a day number with a date
                // that puts its own day number next to the separator.
                let numeric = |t: Option<&Tok>| {
                    t.is_some_and(|t| matches!(t.kind, Kind::Num(..) | Kind::Ord(_)))
                };
                let adjacent_days = numeric(self.before(j)) && numeric(self.at(k));
                self.join(a, b, end, adjacent_days)?
            }
        };
        Some((end, Expr::Range(a.point()?, b.point()?)))
    }

    /// Completes the two sides of a day or month range; `end` is the index after the second.
    /// A bare day number pairs only with a date whose day number is `adjacent` to it.
    fn join(&self, a: Part, b: Part, end: usize, adjacent: bool) -> Option<(Part, Part, usize)> {
        match (a, b) {
            // October 25 to 31[, 2025]
            (Part::Day { month, day, .. }, Part::DayOnly(last)) => {
                if !adjacent || last <= day || !valid_day(month, last) {
                    return None;
                }
                let (year, end) = self.maybe_year(end);
                Some((
                    Part::Day { month, day, year },
                    Part::Day {
                        month,
                        day: last,
                        year,
                    },
                    end,
                ))
            }
            // 25 to 31 October
            (Part::DayOnly(first), Part::Day { month, day, year }) => (adjacent && first < day)
                .then_some((
                    Part::Day {
                        month,
                        day: first,
                        year,
                    },
                    b,
                    end,
                )),
            (Part::Day { .. }, Part::Day { .. }) | (Part::Month { .. }, Part::Month { .. }) => {
                Some((a, b, end))
            }
            _ => None,
        }
    }
}
