//! Helpers shared by the integration tests: gazetteers from tables, every option
//! combination, matches read as (surface, what) pairs, and span checks.
//!
//! Entity indexes are never computed with here, only passed back to `Matcher::entity`,
//! and reference dates are made in `reference` and `try_reference` alone, so that a
//! change to either type meets the tests in this file only.
#![allow(dead_code)] // each test binary uses a part of this module

use std::fmt;

use gazet::{normalize_name, CaseMode, Error, Found, Gazetteer, Match, Matcher, Reference};

/// (label, id, names) of one entity.
pub type Entry = (&'static str, &'static str, &'static [&'static str]);

/// The reference date `s` (`YYYY-MM-DD`); panics if it is not one.
pub fn reference(s: &str) -> Reference {
    try_reference(s).unwrap_or_else(|e| panic!("test reference date {s:?}: {e}"))
}

/// The reference date `s` as the public API parses it, or its error.
pub fn try_reference(s: &str) -> Result<Reference, Error> {
    gazet::Date::parse(s).map(Some)
}

/// The label and id of the entity a match found, if it found one.
pub fn entity<'m>(matcher: &'m Matcher, found: &Found) -> Option<(&'m str, &'m str)> {
    match found {
        Found::Entity(e) => Some(matcher.entity(*e)),
        _ => None,
    }
}

/// The ids of a match's candidates (entities sharing the matched name), in order.
pub fn candidate_ids<'m>(matcher: &'m Matcher, m: &Match) -> Vec<&'m str> {
    m.candidates.iter().map(|&c| matcher.entity(c).1).collect()
}

/// What a match found, as the tables write it: an entity's id, `PERSON` for an
/// discovered person, `DATE` and its value (if any) for a date.
pub fn what(matcher: &Matcher, found: &Found) -> String {
    match found {
        Found::Entity(_) => entity(matcher, found).expect("an entity").1.to_owned(),
        Found::Person(_) => UNLISTED.to_owned(),
        Found::Date(Some(value), _) => format!("{DATE} {value}"),
        Found::Date(None, _) => DATE.to_owned(),
    }
}

/// How [`what`] writes an unlisted person.
pub const UNLISTED: &str = "PERSON";
/// How [`what`] starts a date.
pub const DATE: &str = "DATE";

/// The matches of `text` as (surface, what) pairs, after checking their spans.
pub fn hits(matcher: &Matcher, text: &str, reference: Reference) -> Vec<(String, String)> {
    let found = matcher
        .find(text, reference)
        .unwrap_or_else(|e| panic!("find failed on {text:?}: {e}"));
    if let Err(why) = check_spans(text, &found) {
        panic!("{why} in {text:?}: {found:?}");
    }
    found
        .iter()
        .map(|m| (surface(text, m).to_owned(), what(matcher, &m.found)))
        .collect()
}

/// The text a match covers.
pub fn surface<'t>(text: &'t str, m: &Match) -> &'t str {
    &text[m.span.start..m.span.end]
}

/// Spans are non-empty, inside the text, on char boundaries, in order and disjoint.
pub fn check_spans(text: &str, found: &[Match]) -> Result<(), String> {
    let mut previous_end = 0;
    for (i, m) in found.iter().enumerate() {
        let (s, e) = (m.span.start, m.span.end);
        if s >= e || e > text.len() {
            return Err(format!("match {i}: bad span {s}..{e}"));
        }
        if !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            return Err(format!("match {i}: span {s}..{e} cuts a character"));
        }
        if s < previous_end {
            return Err(format!(
                "match {i}: {s}..{e} overlaps or precedes the one before"
            ));
        }
        previous_end = e;
    }
    Ok(())
}

/// Whether `surface` is one of `names` once both are normalized as the matcher does.
pub fn is_a_name(surface: &str, names: &[&str], fold_case: bool) -> bool {
    let s = normalize_name(surface, fold_case);
    names.iter().any(|n| normalize_name(n, fold_case) == s)
}

/// A gazetteer of `entries`, in order.
pub fn gazetteer(entries: &[Entry]) -> Gazetteer {
    let mut g = Gazetteer::new();
    for (label, id, names) in entries {
        g.add(label, id, names.iter().copied())
            .unwrap_or_else(|e| panic!("entry {id:?}: {e}"));
    }
    g
}

/// One combination of the builder's options (common words aside).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub case: CaseMode,
    pub dates: bool,
    pub people: bool,
    pub discover: bool,
    pub context: bool,
}

pub const CASES: [CaseMode; 3] = [CaseMode::Insensitive, CaseMode::Smart, CaseMode::Sensitive];

impl Options {
    /// All 48 combinations.
    pub fn all() -> Vec<Options> {
        let mut all = Vec::new();
        for case in CASES {
            for bits in 0..16u8 {
                all.push(Options {
                    case,
                    dates: bits & 1 != 0,
                    people: bits & 2 != 0,
                    discover: bits & 4 != 0,
                    context: bits & 8 != 0,
                });
            }
        }
        all
    }

    /// A matcher of `gazetteer` with these options and `common_words`.
    pub fn build(&self, gazetteer: &Gazetteer, common_words: &[&str]) -> Matcher {
        Matcher::builder()
            .case(self.case)
            .dates(self.dates)
            .people(self.people)
            .discover(self.discover)
            .context(self.context)
            .common_words(common_words)
            .build(gazetteer)
            .unwrap_or_else(|e| panic!("build with {self}: {e}"))
    }
}

impl fmt::Display for Options {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let on = |b: bool| if b { "on" } else { "off" };
        write!(
            f,
            "case {:?}, dates {}, people {}, discover {}, context {}",
            self.case,
            on(self.dates),
            on(self.people),
            on(self.discover),
            on(self.context)
        )
    }
}
