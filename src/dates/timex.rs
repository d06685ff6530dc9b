//! Reading TIMEX3 date values back: the kind of period a value names and its first and
//! last day. The values are the ones [`DateFinder`](super::DateFinder) writes
//! (docs/dates.md); plots and tables read them through here, so one parser serves both
//! languages.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::calendar::Date;

/// What calendar period a TIMEX3 value names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PeriodKind {
    /// `2025-11-06`
    Day,
    /// `2025-10-25/2025-10-31`: two values joined by `/`.
    Range,
    /// `2025-W45`
    Week,
    /// `2025-W45-WE`: Saturday and Sunday of an ISO week.
    Weekend,
    /// `2025-11`
    Month,
    /// `2025-Q4`
    Quarter,
    /// `2025-SU` (northern meteorological seasons; winter runs into the next year).
    Season,
    /// `2025`
    Year,
    /// `202X`
    Decade,
}

impl PeriodKind {
    /// The kind's name in lower case ("day", "range", ...).
    pub fn name(self) -> &'static str {
        match self {
            PeriodKind::Day => "day",
            PeriodKind::Range => "range",
            PeriodKind::Week => "week",
            PeriodKind::Weekend => "weekend",
            PeriodKind::Month => "month",
            PeriodKind::Quarter => "quarter",
            PeriodKind::Season => "season",
            PeriodKind::Year => "year",
            PeriodKind::Decade => "decade",
        }
    }
}

/// The calendar period a TIMEX3 date value covers: its kind and first and last day
/// (both included). `None` for values that name no period (`PRESENT_REF`, `PAST_REF`,
/// a year left out as `XXXX-10-11`, a day that does not exist, a range that ends before
/// it starts).
pub fn period(value: &str) -> Option<(PeriodKind, Date, Date)> {
    if let Some((a, b)) = value.split_once('/') {
        let (_, first, _) = single(a)?;
        let (_, _, last) = single(b)?;
        return (first <= last).then_some((PeriodKind::Range, Date(first), Date(last)));
    }
    single(value).map(|(kind, first, last)| (kind, Date(first), Date(last)))
}

/// One value without `/`.
fn single(value: &str) -> Option<(PeriodKind, NaiveDate, NaiveDate)> {
    let b = value.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        let field = b.get(r)?;
        field
            .iter()
            .all(u8::is_ascii_digit)
            .then(|| std::str::from_utf8(field).ok()?.parse::<u32>().ok())
            .flatten()
    };
    if b.len() == 4 && b[3] == b'X' {
        let first = NaiveDate::from_ymd_opt(digits(0..3)? as i32 * 10, 1, 1)?;
        return Some((PeriodKind::Decade, first, end_of_months(first, 120)?));
    }
    let year = digits(0..4)? as i32;
    let rest = &value[4..];
    if rest.is_empty() {
        let first = NaiveDate::from_ymd_opt(year, 1, 1)?;
        return Some((PeriodKind::Year, first, end_of_months(first, 12)?));
    }
    let rest = rest.strip_prefix('-')?;
    let (kind, first, months) = match rest.as_bytes() {
        [b'Q', q @ b'1'..=b'4'] => {
            let month = u32::from(q - b'0') * 3 - 2;
            (
                PeriodKind::Quarter,
                NaiveDate::from_ymd_opt(year, month, 1)?,
                3,
            )
        }
        [a, b] if a.is_ascii_uppercase() => {
            let month = match [*a, *b] {
                [b'S', b'P'] => 3,
                [b'S', b'U'] => 6,
                [b'F', b'A'] => 9,
                [b'W', b'I'] => 12,
                _ => return None,
            };
            (
                PeriodKind::Season,
                NaiveDate::from_ymd_opt(year, month, 1)?,
                3,
            )
        }
        [b'W', ..] => {
            let week = rest
                .get(1..3)
                .filter(|w| w.bytes().all(|c| c.is_ascii_digit()))?;
            let monday = NaiveDate::from_isoywd_opt(year, week.parse().ok()?, Weekday::Mon)?;
            return match &rest[3..] {
                "" => Some((PeriodKind::Week, monday, monday + Days::new(6))),
                "-WE" => Some((
                    PeriodKind::Weekend,
                    monday + Days::new(5),
                    monday + Days::new(6),
                )),
                _ => None,
            };
        }
        [_, _] => {
            let month = digits(5..7)?;
            (
                PeriodKind::Month,
                NaiveDate::from_ymd_opt(year, month, 1)?,
                1,
            )
        }
        [_, _, b'-', _, _] => {
            let day = NaiveDate::from_ymd_opt(year, digits(5..7)?, digits(8..10)?)?;
            return Some((PeriodKind::Day, day, day));
        }
        _ => return None,
    };
    Some((kind, first, end_of_months(first, months)?))
}

/// The last day of the `months` months starting at `first` (a first of the month).
fn end_of_months(first: NaiveDate, months: u32) -> Option<NaiveDate> {
    debug_assert_eq!(first.day(), 1);
    first.checked_add_months(Months::new(months))?.pred_opt()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn days(value: &str) -> Option<(&'static str, String, String)> {
        period(value).map(|(k, a, b)| (k.name(), a.to_string(), b.to_string()))
    }

    #[test]
    fn every_kind_the_finder_writes() {
        let cases = [
            ("2025-11-06", "day", "2025-11-06", "2025-11-06"),
            ("2025-W45", "week", "2025-11-03", "2025-11-09"),
            ("2025-W45-WE", "weekend", "2025-11-08", "2025-11-09"),
            ("2020-W53", "week", "2020-12-28", "2021-01-03"),
            ("2024-02", "month", "2024-02-01", "2024-02-29"),
            ("2025-Q4", "quarter", "2025-10-01", "2025-12-31"),
            ("2025-WI", "season", "2025-12-01", "2026-02-28"),
            ("2025-SP", "season", "2025-03-01", "2025-05-31"),
            ("2025", "year", "2025-01-01", "2025-12-31"),
            ("199X", "decade", "1990-01-01", "1999-12-31"),
            ("2025-10-25/2025-10-31", "range", "2025-10-25", "2025-10-31"),
            ("2025-10/2025-W45-WE", "range", "2025-10-01", "2025-11-09"),
        ];
        for (value, kind, first, last) in cases {
            assert_eq!(
                days(value),
                Some((kind, first.into(), last.into())),
                "{value}"
            );
        }
    }

    #[test]
    fn values_without_a_period() {
        for value in [
            "",
            "PAST_REF",
            "PRESENT_REF",
            "XXXX-10-11",
            "XXXX",
            "2025-02-30",
            "2025-13",
            "2025-W54",
            "2025-W45-XX",
            "2025-Q5",
            "2025-XY",
            "2025-11-06/2025-11-01",
            "2025-11-06/",
            "20251106",
            "2025-1-6",
            "２０２５",
            "2025-11-0६",
            "+202-11-06",
        ] {
            assert_eq!(days(value), None, "{value}");
        }
    }
}
