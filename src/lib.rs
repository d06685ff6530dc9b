//! gazet finds people, places and dates in news text from gazetteers and links each
//! mention to a canonical entity.
//!
//! # Overview
//!
//! A [`Gazetteer`] lists entities (label, id, names). A [`Matcher`] compiles it into one
//! trie over normalized names (case, diacritics, quotes, dashes and spaces folded),
//! walked anchored from every word start: the anchored half of an Aho-Corasick automaton,
//! which is all whole-word matching needs. It finds whole-word, leftmost-longest mentions
//! with byte spans into the original text, links short forms of people, resolves shared
//! names by the document's other places, and finds dates ([`dates`]) in the same pass.
//! A compiled matcher saves to bytes and loads without building again. The Python
//! package `gazet` wraps this crate.
//!
//! # Example
//!
//! ```
//! use gazet::{Gazetteer, Matcher};
//!
//! let mut gazetteer = Gazetteer::new();
//! gazetteer.add("PLACE", "place:turkiye", ["Türkiye", "Turkey"]).unwrap();
//! let matcher = Matcher::new(&gazetteer).unwrap();
//! let text = "Talks in TURKIYE, not in Turkeys.";
//! let hits = matcher.find_entities(text).unwrap();
//! assert_eq!(hits.len(), 1);
//! assert_eq!(&text[hits[0].span.start..hits[0].span.end], "TURKIYE");
//! ```
#![deny(missing_docs)]

mod batch;
mod boundary;
mod context;
pub mod dates;
mod entities;
mod error;
#[doc(hidden)]
pub mod fault;
mod first_words;
mod gazetteer;
mod keys;
mod matcher;
mod normalize;
mod people;
mod persist;
mod resolve;
mod trie;

#[cfg(feature = "python")]
mod python;

pub use batch::{find_many, set_parallel, CharOffsets};
pub use entities::Entities;
pub use error::{catch_panic, Error, ErrorKind};
pub use gazetteer::{Entity, Gazetteer};
pub use matcher::{CaseMode, Found, Match, Matcher, MatcherBuilder, Reference, Span};
pub use normalize::{normalize, normalize_name, Normalized};

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
