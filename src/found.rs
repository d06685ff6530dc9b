//! What a search returns: one [`Match`] per mention, with what was [`Found`] there.

use crate::dates::TimexType;
use crate::ids::EntityIndex;
use crate::text::Span;

/// The label whose entities get short forms and that discovered names carry.
pub(crate) const PERSON: &str = "PERSON";

/// What a match found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// An entity of the gazetteer (see [`Matcher::entity`](crate::Matcher::entity)).
    Entity(EntityIndex),
    /// A person no gazetteer lists, found by the person rule (see
    /// [`MatcherBuilder::discover`](crate::MatcherBuilder::discover)), with its id:
    /// `person:` and the folded full name ("person:viktor-orban").
    Person(String),
    /// A temporal expression with its TIMEX3-style value (if it has one) and its TIMEX3
    /// type (the label is DATE for every type).
    Date(Option<String>, TimexType),
}

/// One mention: a byte span of the input and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// Byte span in the input.
    pub span: Span,
    /// The entity or date found there.
    pub found: Found,
    /// When several entities share the matched name: all of them (in gazetteer order),
    /// of which `found` is the one the document supports best.
    pub candidates: Vec<EntityIndex>,
    /// How the mention was found.
    pub how: How,
}

/// How a match was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum How {
    /// A name of the gazetteer.
    Listed,
    /// A surname or given name alone, linked to a person the document names in full.
    ShortForm,
    /// A person the person rule found without a list.
    Discovered,
    /// A date expression of the date grammar.
    Parsed,
}

impl How {
    /// The name Python shows: "listed", "short form", "discovered" or "parsed".
    pub fn as_str(self) -> &'static str {
        match self {
            How::Listed => "listed",
            How::ShortForm => "short form",
            How::Discovered => "discovered",
            How::Parsed => "parsed",
        }
    }
}
