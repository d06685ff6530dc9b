//! Errors of the public API: what `Gazetteer::add`, the build, option and date parsing,
//! loading and a failing document report, and how the messages read (lower-case, no
//! trailing period, naming the offending value).

mod common;

use common::{try_reference, CASES};
use gazet::{catch_panic, CaseMode, Error, ErrorKind, Gazetteer, Matcher};

/// The message reads as the style asks, and names `value` (as `{value:?}`).
fn assert_message(err: &Error, value: Option<&str>) {
    let message = err.to_string();
    assert!(message.starts_with(|c: char| c.is_lowercase()), "{message}");
    assert!(!message.ends_with('.'), "{message}");
    if let Some(value) = value {
        assert!(message.contains(&format!("{value:?}")), "{message}");
    }
    let _: &dyn std::error::Error = err;
}

#[test]
fn an_empty_label_or_id_adds_nothing() {
    let mut g = Gazetteer::new();
    g.add("PLACE", "pk", ["Pakistan"]).unwrap();
    let cases = [
        ("", "qa", "label"),
        (" \t", "qa", "label"),
        ("PLACE", "", "entity_id"),
        ("PLACE", "\n", "entity_id"),
        ("PLACE", " ", "entity_id"),
    ];
    for (label, id, field) in cases {
        let err = g.add(label, id, ["Qatar"]).unwrap_err();
        assert_eq!(
            err.kind(),
            &ErrorKind::EmptyField { field },
            "{label:?} {id:?}"
        );
        assert_message(&err, None);
        assert!(err.to_string().contains(field), "{err}");
    }
    // Nor does a failed add touch an entity already there.
    assert!(g.add("", "pk", ["Islamic Republic"]).is_err());
    assert_eq!(g.len(), 1);
    assert_eq!(g.entities()[0].names, ["Pakistan"]);
}

#[test]
fn adding_merges_names_per_label_and_id() {
    let mut g = Gazetteer::new();
    g.add("PLACE", "tr", ["Türkiye"]).unwrap();
    g.add("PLACE", "tr", ["Turkey", "Türkiye"]).unwrap();
    g.add("DEMONYM", "tr", ["Turkish"]).unwrap();
    assert_eq!(g.len(), 2);
    assert_eq!(g.entities()[0].names, ["Türkiye", "Turkey"]);
    assert_eq!(g.entities()[1].label, "DEMONYM");
    assert!(Gazetteer::new().is_empty() && !g.is_empty());
}

#[test]
fn a_name_empty_once_normalized_fails_the_build_naming_it() {
    for name in ["", " ", "\u{a0}\n", "\u{301}", " \u{301}\u{308} "] {
        let mut g = Gazetteer::new();
        g.add("PLACE", "pk", ["Pakistan"]).unwrap();
        g.add("PLACE", "bad id", ["fine", name]).unwrap();
        for case in CASES {
            let err = Matcher::builder().case(case).build(&g).unwrap_err();
            let want = ErrorKind::EmptyName {
                entity_id: "bad id".into(),
                name: name.into(),
            };
            assert_eq!(err.kind(), &want, "{name:?} {case:?}");
            assert_message(&err, Some(name));
            assert_message(&err, Some("bad id"));
        }
    }
}

#[test]
fn case_modes_parse_and_others_are_named() {
    let parsed: Vec<CaseMode> = ["insensitive", "smart", "sensitive"]
        .iter()
        .map(|s| s.parse().unwrap())
        .collect();
    assert_eq!(parsed, CASES);
    for bad in ["Smart", "", "exact", " smart"] {
        let err = bad.parse::<CaseMode>().unwrap_err();
        let want = ErrorKind::InvalidOption {
            option: "case",
            value: bad.into(),
        };
        assert_eq!(err.kind(), &want);
        assert_message(&err, Some(bad));
        assert!(err.to_string().contains("case"), "{err}");
    }
}

#[test]
fn reference_dates_must_be_existing_days() {
    for good in ["2025-11-06", "2024-02-29", "0001-01-01", "9999-12-31"] {
        assert!(try_reference(good).unwrap().is_some(), "{good}");
    }
    let bad = [
        "",
        "2025-02-29",
        "2025-13-01",
        "2025-11-31",
        "2025-1-6",
        "06/11/2025",
        "2025-11-06T10:00",
        " 2025-11-06",
        "２０２５-11-06",
    ];
    for value in bad {
        let err = try_reference(value).unwrap_err();
        assert_eq!(err.kind(), &ErrorKind::InvalidDate(value.into()));
        assert_message(&err, Some(value));
    }
}

#[test]
fn bad_saved_bytes_are_invalid_data() {
    for bytes in [&b""[..], b"GAZET", b"not a matcher at all"] {
        let err = Matcher::from_bytes(bytes).unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::InvalidData(_)), "{err:?}");
        assert_message(&err, None);
    }
}

#[test]
fn a_panic_becomes_an_internal_error_naming_it() {
    let err = catch_panic::<()>(|| panic!("boom at {}", 7)).unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::Internal("boom at 7".into()));
    assert_message(&err, None);
    assert!(err.to_string().contains("boom at 7"), "{err}");
    assert_eq!(catch_panic(|| Ok(5)), Ok(5));
    let failed: Result<(), Error> = catch_panic(|| "x".parse::<CaseMode>().map(|_| ()));
    assert!(matches!(
        failed.unwrap_err().kind(),
        ErrorKind::InvalidOption { .. }
    ));
}
