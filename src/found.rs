//! What a search returns: one [`Match`] per mention, with what was [`Found`] there.

use crate::ids::EntityIndex;
use crate::text::Span;

/// The label whose entities get short forms and that discovered names carry.
pub(crate) const PERSON: &str = "PERSON";

/// What a match found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// An entity of the gazetteer (see [`Matcher::entity`](crate::Matcher::entity)).
    Entity(EntityIndex),
    /// A PERSON name a title introduces that no gazetteer lists (see
    /// [`MatcherBuilder::discover`](crate::MatcherBuilder::discover)).
    Unlisted,
    /// A date expression with its TIMEX3-style value, if it has one.
    Date(Option<String>),
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
}
