//! The date grammar over any text and any reference date.
//!
//! Input: 4 bytes choosing the reference date (none, years 0-3, 9996-9999, any year
//! 0-9999 or 1990-2030), then the text (lossy UTF-8). Invariants: `DateFinder::find`
//! never panics; spans are non-empty, on char boundaries, sorted and non-overlapping;
//! every value is well formed (a real calendar date, a four-digit year, a week the year
//! has, ...); without a reference a value never depends on one; `Date::parse`
//! accepts exactly the dates it can print back.
#![no_main]

use std::sync::OnceLock;

use arbitrary::Unstructured;
use gazet::dates::DateFinder;
use gazet::Date;
use gazet_fuzz::{check_date_value, check_spans, reference};
use libfuzzer_sys::fuzz_target;

fn finder() -> &'static DateFinder {
    static FINDER: OnceLock<DateFinder> = OnceLock::new();
    FINDER.get_or_init(DateFinder::new)
}

fuzz_target!(|data: &[u8]| {
    let (head, rest) = data.split_at(data.len().min(4));
    let mut u = Unstructured::new(head);
    let Ok(r) = reference(&mut u) else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let text = text.as_ref();

    let found = finder().find(text, r);
    check_spans(text, found.iter().map(|d| (d.start, d.end)), "dates");
    for d in &found {
        if let Some(v) = &d.value {
            check_date_value(v, &format!("{:?} (reference {r:?})", &text[d.start..d.end]));
        }
    }
    // The spans do not depend on the reference date; without one, a value has no
    // reference year in it ("XXXX" or what the text says).
    let plain = finder().find(text, None);
    let spans =
        |v: &[gazet::dates::DateMatch]| v.iter().map(|d| (d.start, d.end)).collect::<Vec<_>>();
    assert_eq!(
        spans(&found),
        spans(&plain),
        "spans change with the reference date {r:?}"
    );
    for d in &plain {
        if let Some(v) = &d.value {
            check_date_value(v, &format!("{:?} (no reference)", &text[d.start..d.end]));
        }
    }

    // The reference parser: the text as a reference date either fails or is a date that
    // prints back as itself.
    if let Ok(date) = Date::parse(text) {
        assert_eq!(date.to_string(), text, "Date::parse round trip");
    }
    if let Some(r) = r {
        let iso = r.to_string();
        assert_eq!(Date::parse(&iso), Ok(r), "Date::parse rejects {iso}");
    }
});
