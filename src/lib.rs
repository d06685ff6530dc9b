//! gazet finds people, places and dates in news text from gazetteers and links each
//! mention to a canonical entity.
//!
//! # Overview
//!
//! A [`Gazetteer`] lists entities (label, id, names). A [`Matcher`] compiles it; its
//! [`Matcher::find`] takes one text through these stages, each a module (the pipeline,
//! who owns what and how to add a rule: `docs/architecture.md`):
//!
//! | stage | module | what it does |
//! |---|---|---|
//! | text rules | `text` | words, word boundaries, sentences, lines and headlines, `char` offsets: the one definition every stage uses |
//! | normalize | [`normalize()`] | case, diacritics, quotes, dashes and spaces folded, with an offset map back to the input |
//! | scan | `scan` | one trie over the normalized names, walked anchored at word starts behind a first-word filter: whole-word, leftmost-longest hits with their keys |
//! | resolve | `resolve` | document-level rules over the hits, in one written order: shared names by country evidence, common words, context vetoes, discovery of people without a list, short forms of people |
//! | dates | [`dates`] | date expressions with TIMEX3 values against a reference date, and the reader of those values |
//! | merge | `resolve::merge` | entity and date matches in one sorted list, overlaps settled |
//! | batch | [`find_many`] | many documents on rayon, one result per document |
//! | persist | `persist` | the saved format: versioned, checksummed, every array checked on load |
//!
//! Spans are byte offsets ([`Span`]); the Python binding (the `python` feature, the only
//! code that names pyo3) turns them into `str` indices. The Python package `gazet` wraps
//! this crate.
//!
//! # Example
//!
//! ```
//! use gazet::{Date, Found, Gazetteer, Matcher, TimexType};
//!
//! let mut gazetteer = Gazetteer::new();
//! gazetteer.add("PLACE", "place:turkiye", ["Türkiye", "Turkey"]).unwrap();
//! let matcher = Matcher::new(&gazetteer).unwrap();
//! let text = "Talks in TURKIYE on Thursday, not in Turkeys.";
//! let found = matcher.find(text, Some(Date::parse("2025-11-06").unwrap())).unwrap();
//! assert_eq!(found.len(), 2);
//! assert_eq!(&text[found[0].span.start..found[0].span.end], "TURKIYE");
//! let Found::Entity(e) = found[0].found else { unreachable!() };
//! assert_eq!(matcher.entity(e), ("PLACE", "place:turkiye"));
//! assert_eq!(found[1].found, Found::Date(Some("2025-11-06".into()), TimexType::Date));
//! ```
#![deny(missing_docs)]

mod batch;
mod codec;
pub mod dates;
mod entities;
mod error;
#[doc(hidden)]
pub mod fault;
mod found;
mod gazetteer;
mod ids;
mod matcher;
mod normalize;
mod persist;
mod resolve;
mod scan;
mod text;

#[cfg(feature = "python")]
mod python;

pub use batch::set_parallel;
pub use dates::{Date, TimexType};
pub use entities::Entities;
pub use error::{catch_panic, Error, ErrorKind};
pub use found::{Found, How, Match};
pub use gazetteer::{Entity, Gazetteer};
pub use ids::EntityIndex;
pub use matcher::{find_many, Matcher, MatcherBuilder, Reference};
pub use normalize::{normalize, normalize_name, Normalized};
pub use scan::case::CaseMode;
pub use text::{sentences, CharOffsets, Span};

#[cfg(test)]
mod testoibits {
    use std::panic::{RefUnwindSafe, UnwindSafe};

    fn assert_all<T: Send + Sync + UnwindSafe + RefUnwindSafe>() {}

    #[test]
    fn oibits() {
        assert_all::<crate::Matcher>();
        assert_all::<crate::Gazetteer>();
    }
}
