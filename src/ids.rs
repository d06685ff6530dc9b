//! The indexes that pass between stages, as types of their own, so that a key (a
//! distinct normalized name) is never taken for an entity, nor either for an offset.

/// An entity's position in its gazetteer and in [`Entities`](crate::Entities): what
/// [`Found::Entity`](crate::Found::Entity) and [`Match::candidates`](crate::Match)
/// report. Pass it to [`Matcher::entity`](crate::Matcher::entity) for the label and id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(transparent)]
pub struct EntityIndex(u32);

impl EntityIndex {
    /// The index as a `usize`.
    #[inline]
    pub fn as_usize(self) -> usize {
        self.0 as usize
    }

    /// Entity `i`; the gazetteer's size is checked to fit 32 bits when it is packed.
    #[inline]
    pub(crate) fn new(i: usize) -> EntityIndex {
        EntityIndex(u32::try_from(i).expect("entity count checked to fit 32 bits"))
    }

    /// The index as a `u32`, as the saved format writes it.
    #[inline]
    pub(crate) fn as_u32(self) -> u32 {
        self.0
    }
}

/// A key: one distinct normalized name in the trie, shared by one entity or more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct KeyId(u32);

impl KeyId {
    /// Key `i` (the trie holds fewer than 2^31 keys).
    #[inline]
    pub(crate) fn new(i: usize) -> KeyId {
        KeyId(u32::try_from(i).expect("key count checked against the trie's limit"))
    }

    /// The index as a `usize`.
    #[inline]
    pub(crate) fn as_usize(self) -> usize {
        self.0 as usize
    }
}
