//! What a date expression means, and its TIMEX3 value against a reference date.

use chrono::{Datelike, Days, NaiveDate};

use super::calendar::Date;
use super::lexicon::Unit;
use super::TimexType;

/// How the text gives the year of a day, month, season or quarter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Yr {
    /// Written out: "October 2025".
    Abs(i32),
    /// Relative to the reference year: "October last year" is `Rel(-1)`.
    Rel(i32),
    /// Left out: the year that puts the date nearest the reference date.
    Near,
    /// Left out, meaning the reference year: "the third quarter".
    Ref,
}

/// A stretch of calendar named on its own terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Point {
    Day {
        year: Yr,
        month: u32,
        day: u32,
    },
    Month {
        year: Yr,
        month: u32,
    },
    Year(i32),
    /// The decade starting at that year: 1990 for "1990s".
    Decade(i32),
    /// Season 0 spring .. 3 winter.
    Season {
        year: Yr,
        season: u8,
    },
    Quarter {
        year: Yr,
        quarter: u8,
    },
}

/// Which occurrence of a month or season: "last", "this" or "next".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    Last,
    This,
    Next,
}

/// Which occurrence of a weekday.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Toward {
    /// Strictly before the reference date ("last Friday").
    Last,
    /// Strictly after it ("next Monday").
    Next,
    /// On or before it (a bare weekday in a past-tense sentence).
    OnOrBefore,
    /// On or after it (a bare weekday in a sentence about the future).
    OnOrAfter,
}

/// The day a time of day is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Day {
    /// That many days from the reference date ("this morning" is 0).
    Shift(i32),
    Weekday(u8, Toward),
    /// A calendar day ([`Point::Day`]).
    Date(Point),
    /// The last day its sentence named before it ("on Tuesday ... at 6 p.m."), else the
    /// reference date; [`DateFinder`](super::DateFinder) resolves it.
    Anchor,
}

/// A time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tod {
    /// Morning, afternoon, evening, night: 0 to 3.
    Part(u8),
    /// Hour (0-24) and minute.
    Clock(u8, u8),
}

/// What a SET repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Every {
    /// Every so many units: "every four years", "weekly" (1).
    Units(u32, Unit),
    /// A weekday (0 = Monday): "every Friday", "Mondays".
    Weekday(u8),
    /// A part of the day: "every morning".
    Part(u8),
    /// A season: "each summer".
    Season(u8),
}

/// A recognized date expression, before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Expr {
    Point(Point),
    Range(Point, Point),
    /// That many units from the reference date: "yesterday" is `Shift(Day, -1)`.
    Shift(Unit, i32),
    /// A month (1-based) seen from the reference month: "last October".
    MonthOf(u32, Step),
    /// A season seen from the reference date: "last winter".
    SeasonOf(u8, Step),
    /// A weekday (0 = Monday) seen from the reference date.
    Weekday(u8, Toward),
    /// `PRESENT_REF`, `PAST_REF` or `FUTURE_REF`.
    Fixed(&'static str),
    /// A TIME: a day and a time of day.
    Time(Day, Tod),
    /// A DURATION: an amount (None: unknown, "for years") of a unit.
    Duration(Option<u32>, Unit),
    /// A SET: something that repeats.
    Set(Every),
}

impl Expr {
    /// The TIMEX3 value; `None` when it depends on a reference date that is missing, or
    /// names no real date ("February 29, 2023") or a year outside 0000-9999.
    pub(crate) fn value(&self, r: Option<NaiveDate>) -> Option<String> {
        match *self {
            Expr::Duration(n, unit) => Some(duration(n, unit)),
            Expr::Set(every) => Some(set(every)),
            _ => self.raw_value(r).filter(|v| representable(v)),
        }
    }

    /// The expression's TIMEX3 type.
    pub(crate) fn timex_type(&self) -> TimexType {
        match self {
            Expr::Time(..) => TimexType::Time,
            Expr::Duration(..) => TimexType::Duration,
            Expr::Set(_) => TimexType::Set,
            _ => TimexType::Date,
        }
    }

    fn raw_value(&self, r: Option<NaiveDate>) -> Option<String> {
        match *self {
            Expr::Point(p) => point(p, r),
            Expr::Range(a, b) => range(a, b, r),
            Expr::Shift(unit, n) => shift(unit, n, r?),
            Expr::MonthOf(month, step) => {
                let r = r?;
                let year = match step {
                    Step::Last => r.year() - i32::from(month >= r.month()),
                    Step::This => r.year(),
                    Step::Next => r.year() + i32::from(month <= r.month()),
                };
                Some(ym(Some(year), month))
            }
            Expr::SeasonOf(season, step) => season_of(season, step, r?),
            Expr::Weekday(day, toward) => weekday(day, toward, r?),
            Expr::Fixed(s) => Some(s.to_owned()),
            Expr::Time(day, tod) => {
                let day = match day {
                    Day::Shift(n) => shift(Unit::Day, n, r?)?,
                    Day::Anchor => shift(Unit::Day, 0, r?)?,
                    Day::Weekday(d, toward) => weekday(d, toward, r?)?,
                    Day::Date(p) => point(p, r)?,
                };
                Some(at_day(&day, tod))
            }
            Expr::Duration(..) | Expr::Set(_) => None,
        }
    }
}

/// Whether every side of a value (one, or two around `/`) starts with a four-character
/// year (digits or `X`) and, where it is a whole date, names a day that exists (any
/// leap day when the year is unknown).
fn representable(value: &str) -> bool {
    value.split('/').all(|side| {
        let b = side.as_bytes();
        if side.ends_with("_REF") {
            return true;
        }
        let year_ok = b.len() >= 4 && b[..4].iter().all(|c| c.is_ascii_digit() || *c == b'X');
        if !year_ok || (b.len() > 4 && b[4] != b'-') {
            return false;
        }
        let number = |r: std::ops::Range<usize>| side.get(r).and_then(|f| f.parse::<u32>().ok());
        match (b.len(), number(5..7), number(8..10)) {
            (10, Some(month), Some(day)) => {
                let year = number(0..4).map_or(2000, |y| y as i32); // XXXX: a leap year
                NaiveDate::from_ymd_opt(year, month, day).is_some()
            }
            _ => true,
        }
    })
}

fn year_str(year: Option<i32>) -> String {
    match year {
        Some(y) => format!("{y:04}"),
        None => "XXXX".to_owned(),
    }
}

fn ym(year: Option<i32>, month: u32) -> String {
    format!("{}-{month:02}", year_str(year))
}

fn ymd(year: Option<i32>, month: u32, day: u32) -> String {
    format!("{}-{month:02}-{day:02}", year_str(year))
}

fn ymd_of(d: NaiveDate) -> String {
    ymd(Some(d.year()), d.month(), d.day())
}

const SEASONS: [&str; 4] = ["SP", "SU", "FA", "WI"];

fn season_str(year: Option<i32>, season: u8) -> String {
    let code = SEASONS.get(usize::from(season)).unwrap_or(&"XX");
    format!("{}-{code}", year_str(year))
}

/// Days between `r` and the nearest day of `[first, last]` (0 inside).
fn distance(r: NaiveDate, first: NaiveDate, last: NaiveDate) -> i64 {
    if r < first {
        (first - r).num_days()
    } else if r > last {
        (r - last).num_days()
    } else {
        0
    }
}

/// The year next to `r`'s that puts the month (or that day of it) nearest `r`; ties go to the past.
fn nearest_year(r: NaiveDate, month: u32, day: Option<u32>) -> Option<i32> {
    (r.year() - 1..=r.year() + 1)
        .filter_map(|y| {
            let first = NaiveDate::from_ymd_opt(y, month, day.unwrap_or(1))?;
            let last = match day {
                Some(_) => first,
                None => first
                    .checked_add_months(chrono::Months::new(1))?
                    .pred_opt()?,
            };
            Some((distance(r, first, last), y))
        })
        .min_by_key(|&(d, _)| d)
        .map(|(_, y)| y)
}

/// The year a [`Yr`] stands for, given the month (and day) it goes with.
fn year_of(yr: Yr, r: Option<NaiveDate>, month: u32, day: Option<u32>) -> Option<i32> {
    match yr {
        Yr::Abs(y) => Some(y),
        Yr::Rel(n) => Some(r?.year() + n),
        Yr::Ref => Some(r?.year()),
        Yr::Near => nearest_year(r?, month, day),
    }
}

fn point(p: Point, r: Option<NaiveDate>) -> Option<String> {
    Some(match p {
        Point::Day { year, month, day } => ymd(year_of(year, r, month, Some(day)), month, day),
        Point::Month { year, month } => ym(year_of(year, r, month, None), month),
        Point::Year(y) => year_str(Some(y)),
        Point::Decade(y) => format!("{:03}X", y / 10),
        Point::Season { year, season } => season_str(year_of(year, r, 1, None), season),
        Point::Quarter { year, quarter } => {
            format!("{}-Q{quarter}", year_str(year_of(year, r, 1, None)))
        }
    })
}

/// Month and day of a day or month point, for ordering within a year.
fn month_day(p: Point) -> Option<(Yr, u32, Option<u32>)> {
    match p {
        Point::Day { year, month, day } => Some((year, month, Some(day))),
        Point::Month { year, month } => Some((year, month, None)),
        _ => None,
    }
}

/// A range's value: an end whose year is left out takes it from the other end.
fn range(a: Point, b: Point, r: Option<NaiveDate>) -> Option<String> {
    let (Some((ya, ma, da)), Some((yb, mb, db))) = (month_day(a), month_day(b)) else {
        return Some(format!("{}/{}", point(a, r)?, point(b, r)?));
    };
    let wraps = i32::from((mb, db) < (ma, da));
    let (ya, yb) = match (ya, yb) {
        (Yr::Near, Yr::Near) | (_, Yr::Near) => {
            let y = year_of(ya, r, ma, da);
            (y, y.map(|y| y + wraps))
        }
        (Yr::Near, _) => {
            let y = year_of(yb, r, mb, db);
            (y.map(|y| y - wraps), y)
        }
        _ => (year_of(ya, r, ma, da), year_of(yb, r, mb, db)),
    };
    let side = |y, m, d: Option<u32>| d.map_or_else(|| ym(y, m), |d| ymd(y, m, d));
    Some(format!("{}/{}", side(ya, ma, da), side(yb, mb, db)))
}

fn shift(unit: Unit, n: i32, r: NaiveDate) -> Option<String> {
    let days = |n: i32| {
        let k = Days::new(u64::from(n.unsigned_abs()));
        if n < 0 {
            r.checked_sub_days(k)
        } else {
            r.checked_add_days(k)
        }
    };
    let value = match unit {
        Unit::Day => ymd_of(days(n)?),
        Unit::Week | Unit::Weekend => {
            let w = days(n.checked_mul(7)?)?.iso_week();
            let weekend = if unit == Unit::Weekend { "-WE" } else { "" };
            format!("{:04}-W{:02}{weekend}", w.year(), w.week())
        }
        Unit::Month => {
            let m = (r.year() * 12 + r.month0() as i32).checked_add(n)?;
            ym(Some(m.div_euclid(12)), m.rem_euclid(12) as u32 + 1)
        }
        Unit::Quarter => {
            let q = (r.year() * 4 + r.month0() as i32 / 3).checked_add(n)?;
            format!("{:04}-Q{}", q.div_euclid(4), q.rem_euclid(4) + 1)
        }
        Unit::Year => year_str(Some(r.year().checked_add(n)?)),
        _ => return None,
    };
    (!value.starts_with('-')).then_some(value)
}

/// Seasons counted from year 0: spring 2025 is `2025 * 4`; winter 2025 starts in December 2025.
/// The day a value names whole ("2025-11-04" of "2025-11-04" or "2025-11-04TNI"), if it
/// names one.
pub(crate) fn whole_day(value: &str) -> Option<&str> {
    let day = value.get(..10)?;
    let timed = value.len() == 10 || value.as_bytes()[10] == b'T';
    (timed && Date::parse(day).is_ok()).then_some(day)
}

/// A time of day on `day` (YYYY-MM-DD).
pub(crate) fn at_day(day: &str, tod: Tod) -> String {
    match tod {
        Tod::Part(p) => format!("{day}T{}", PARTS.get(usize::from(p)).unwrap_or(&"XX")),
        Tod::Clock(h, m) => format!("{day}T{h:02}:{m:02}"),
    }
}

/// TimeML's codes of the parts of the day.
const PARTS: [&str; 4] = ["MO", "AF", "EV", "NI"];

/// A duration's value: "P2W", "PT48H", "P1DE", "PXY" (an unknown amount).
fn duration(n: Option<u32>, unit: Unit) -> String {
    let (n, unit) = match unit {
        Unit::Fortnight => (n.map(|n| n * 2), Unit::Week),
        _ => (n, unit),
    };
    let amount = n.map_or_else(|| "X".to_owned(), |n| n.to_string());
    let (time, code) = match unit {
        Unit::Minute => ("T", "M"),
        Unit::Hour => ("T", "H"),
        Unit::Day => ("", "D"),
        Unit::Week | Unit::Fortnight => ("", "W"),
        Unit::Weekend => ("", "WE"),
        Unit::Month => ("", "M"),
        Unit::Quarter => ("", "Q"),
        Unit::Year => ("", "Y"),
        Unit::Decade => ("", "DE"),
        Unit::Century => ("", "CE"),
    };
    format!("P{time}{amount}{code}")
}

/// A SET's value: "P1W", "XXXX-WXX-5", "XXXX-XX-XXTMO", "XXXX-SU".
fn set(every: Every) -> String {
    match every {
        Every::Units(n, unit) => duration(Some(n), unit),
        Every::Weekday(d) => format!("XXXX-WXX-{}", d + 1),
        Every::Part(p) => format!("XXXX-XX-XXT{}", PARTS.get(usize::from(p)).unwrap_or(&"XX")),
        Every::Season(s) => season_str(None, s),
    }
}

fn season_index(r: NaiveDate) -> i32 {
    let shifted = r.year() * 12 + r.month0() as i32 - 2;
    shifted.div_euclid(12) * 4 + shifted.rem_euclid(12) / 3
}

fn season_of(season: u8, step: Step, r: NaiveDate) -> Option<String> {
    let s = i32::from(season);
    let now = season_index(r);
    let index = match step {
        Step::Last => now - 1 - (now - 1 - s).rem_euclid(4),
        Step::Next => now + 1 + (s - now - 1).rem_euclid(4),
        Step::This => {
            let winter_started_last_year = season == 3 && r.month() <= 2;
            (r.year() - i32::from(winter_started_last_year)) * 4 + s
        }
    };
    Some(season_str(Some(index.div_euclid(4)), season))
}

fn weekday(day: u8, toward: Toward, r: NaiveDate) -> Option<String> {
    let today = r.weekday().num_days_from_monday();
    let back = (today + 7 - u32::from(day)) % 7;
    let ahead = (7 - back) % 7;
    let date = match toward {
        Toward::OnOrBefore => r.checked_sub_days(Days::new(back.into())),
        Toward::Last => r.checked_sub_days(Days::new(if back == 0 { 7 } else { back }.into())),
        Toward::OnOrAfter => r.checked_add_days(Days::new(ahead.into())),
        Toward::Next => r.checked_add_days(Days::new(if ahead == 0 { 7 } else { ahead }.into())),
    };
    date.map(ymd_of)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
    }

    fn v(e: Expr, r: &str) -> Option<String> {
        e.value(d(r))
    }

    #[test]
    fn nearest_year_rule() {
        let day = |month, day| {
            Expr::Point(Point::Day {
                year: Yr::Near,
                month,
                day,
            })
        };
        assert_eq!(v(day(1, 5), "2025-12-20").as_deref(), Some("2026-01-05"));
        assert_eq!(v(day(12, 28), "2025-01-10").as_deref(), Some("2024-12-28"));
        assert_eq!(v(day(10, 25), "2025-11-06").as_deref(), Some("2025-10-25"));
        assert_eq!(v(day(2, 29), "2025-03-01").as_deref(), Some("2024-02-29"));
        let month = |month| {
            Expr::Point(Point::Month {
                year: Yr::Near,
                month,
            })
        };
        assert_eq!(v(month(1), "2025-11-06").as_deref(), Some("2026-01"));
        assert_eq!(v(month(5), "2025-11-06").as_deref(), Some("2025-05"));
        assert_eq!(month(5).value(None).as_deref(), Some("XXXX-05"));
    }

    #[test]
    fn seasons() {
        let r = "2025-11-06";
        assert_eq!(
            v(Expr::SeasonOf(3, Step::Last), r).as_deref(),
            Some("2024-WI")
        );
        assert_eq!(
            v(Expr::SeasonOf(1, Step::Last), r).as_deref(),
            Some("2025-SU")
        );
        assert_eq!(
            v(Expr::SeasonOf(2, Step::Last), r).as_deref(),
            Some("2024-FA")
        );
        assert_eq!(
            v(Expr::SeasonOf(3, Step::Next), r).as_deref(),
            Some("2025-WI")
        );
        assert_eq!(
            v(Expr::SeasonOf(2, Step::Next), r).as_deref(),
            Some("2026-FA")
        );
        assert_eq!(
            v(Expr::SeasonOf(3, Step::This), "2025-01-10").as_deref(),
            Some("2024-WI")
        );
        assert_eq!(
            v(Expr::SeasonOf(1, Step::This), "2025-01-10").as_deref(),
            Some("2025-SU")
        );
    }

    #[test]
    fn shifts_and_weekdays() {
        let r = "2025-11-06";
        assert_eq!(
            v(Expr::Shift(Unit::Week, -2), r).as_deref(),
            Some("2025-W43")
        );
        assert_eq!(
            v(Expr::Shift(Unit::Month, -11), r).as_deref(),
            Some("2024-12")
        );
        assert_eq!(
            v(Expr::Shift(Unit::Quarter, -1), r).as_deref(),
            Some("2025-Q3")
        );
        assert_eq!(
            v(Expr::Shift(Unit::Weekend, 0), r).as_deref(),
            Some("2025-W45-WE")
        );
        assert_eq!(v(Expr::Shift(Unit::Year, -3000), r), None);
        assert_eq!(
            v(Expr::Weekday(3, Toward::OnOrBefore), r).as_deref(),
            Some("2025-11-06")
        );
        assert_eq!(
            v(Expr::Weekday(3, Toward::Last), r).as_deref(),
            Some("2025-10-30")
        );
        assert_eq!(
            v(Expr::Weekday(4, Toward::OnOrBefore), r).as_deref(),
            Some("2025-10-31")
        );
        assert_eq!(
            v(Expr::Weekday(0, Toward::Next), r).as_deref(),
            Some("2025-11-10")
        );
        assert_eq!(
            v(Expr::Weekday(3, Toward::Next), r).as_deref(),
            Some("2025-11-13")
        );
    }

    #[test]
    fn impossible_days_and_years_have_no_value() {
        let day = |y, month, day| {
            Expr::Point(Point::Day {
                year: Yr::Abs(y),
                month,
                day,
            })
        };
        assert_eq!(v(day(2023, 2, 29), "2023-03-01"), None);
        assert_eq!(v(day(2024, 2, 29), "2023-03-01"), Some("2024-02-29".into()));
        assert_eq!(v(Expr::Shift(Unit::Year, 1), "9999-12-31"), None);
        assert_eq!(v(Expr::Shift(Unit::Day, 1), "9999-12-31"), None);
        assert_eq!(v(Expr::Shift(Unit::Week, 1), "9999-12-31"), None);
        assert_eq!(v(Expr::Weekday(0, Toward::Last), "0000-01-01"), None);
        assert_eq!(
            v(Expr::Shift(Unit::Day, -1), "0001-01-01"),
            Some("0000-12-31".into())
        );
        for ok in [
            "XXXX-02-29",
            "199X",
            "2025-W45-WE",
            "2025-10-25/2025-10-31",
            "PRESENT_REF",
        ] {
            assert!(representable(ok), "{ok}");
        }
        for bad in [
            "-001-12-27",
            "10000",
            "10000-W01",
            "2025-02-30",
            "XXXX-02-30",
        ] {
            assert!(!representable(bad), "{bad}");
        }
    }

    #[test]
    fn ranges_share_years() {
        let day = |year, month, day| Point::Day { year, month, day };
        let e = Expr::Range(day(Yr::Near, 12, 28), day(Yr::Near, 1, 3));
        assert_eq!(v(e, "2025-12-30").as_deref(), Some("2025-12-28/2026-01-03"));
        let e = Expr::Range(day(Yr::Near, 12, 28), day(Yr::Abs(2020), 1, 3));
        assert_eq!(e.value(None).as_deref(), Some("2019-12-28/2020-01-03"));
        assert_eq!(
            Expr::Range(Point::Year(2019), Point::Year(2021))
                .value(None)
                .as_deref(),
            Some("2019/2021")
        );
    }
}
