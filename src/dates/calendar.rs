//! Calendar days: the reference date a document is read against, and the days a TIMEX3
//! value covers. chrono does the arithmetic; it stays out of the public API.

use std::fmt;

use chrono::{Datelike, NaiveDate};

use crate::error::Error;

/// A calendar day (proleptic Gregorian, years 0000 to 9999), such as a document's
/// publication date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub(crate) NaiveDate);

impl Date {
    /// The day `year-month-day`, if it exists and the year has four digits.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(0..=9999).contains(&year) {
            return None;
        }
        NaiveDate::from_ymd_opt(year, month, day).map(Date)
    }

    /// Parses `YYYY-MM-DD`; anything else (another shape, a day that does not exist) is
    /// an [`ErrorKind::InvalidDate`](crate::ErrorKind::InvalidDate) naming the value.
    pub fn parse(s: &str) -> Result<Date, Error> {
        let b = s.as_bytes();
        let shaped = b.len() == 10
            && b.iter().enumerate().all(|(i, c)| match i {
                4 | 7 => *c == b'-',
                _ => c.is_ascii_digit(),
            });
        let field = |r: std::ops::Range<usize>| s.get(r).and_then(|f| f.parse::<u32>().ok());
        let date = match (shaped, field(0..4), field(5..7), field(8..10)) {
            (true, Some(y), Some(m), Some(d)) => Date::from_ymd(y as i32, m, d),
            _ => None,
        };
        date.ok_or_else(|| Error::invalid_date(s))
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.0.year()
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u32 {
        self.0.month()
    }

    /// The day of the month, from 1.
    pub fn day(self) -> u32 {
        self.0.day()
    }
}

impl fmt::Display for Date {
    /// `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.year(),
            self.month(),
            self.day()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_existing_days() {
        assert_eq!(
            Date::parse("2025-11-06"),
            Ok(Date::from_ymd(2025, 11, 6).unwrap())
        );
        assert_eq!(Date::parse("0001-01-01").unwrap().to_string(), "0001-01-01");
        for bad in [
            "",
            "2025-13-01",
            "2025-02-30",
            "06/11/2025",
            "2025-1-6",
            "２０２５-11-06",
            "2025-11-06x",
        ] {
            let err = Date::parse(bad).unwrap_err().to_string();
            assert_eq!(
                err,
                format!("invalid reference date {bad:?} (expected YYYY-MM-DD)")
            );
        }
        assert_eq!(Date::from_ymd(10_000, 1, 1), None);
        assert_eq!(Date::from_ymd(-1, 1, 1), None);
    }
}
