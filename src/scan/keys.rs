//! The keys of the trie (its distinct normalized names): for each, the entities sharing
//! it and what it asks of the text, stored flat (one array of flags, one of offsets, one
//! of entity indexes).

use super::case::CaseRule;
use crate::codec::{read_words, write_words};
use crate::ids::{EntityIndex, KeyId};

const COMMON_WORD: u32 = 4;
const RULES: [CaseRule; 3] = [CaseRule::Any, CaseRule::Capital, CaseRule::Acronym];

/// All keys; key `k` is pattern `k` of the trie.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Keys {
    flags: Vec<u32>,
    offsets: Vec<u32>,
    entities: Vec<EntityIndex>,
}

impl Keys {
    /// Flattens (entities first added first, case rule, is a common word) per key.
    pub fn new(keys: Vec<(Vec<EntityIndex>, CaseRule, bool)>) -> Keys {
        let mut out = Keys {
            offsets: vec![0],
            ..Keys::default()
        };
        for (entities, case, common) in keys {
            out.flags
                .push(case as u32 | if common { COMMON_WORD } else { 0 });
            out.entities.extend_from_slice(&entities);
            out.offsets.push(out.entities.len() as u32);
        }
        out
    }

    /// The number of keys.
    pub fn len(&self) -> usize {
        self.flags.len()
    }

    /// The entities sharing key `k`, in gazetteer order.
    pub fn entities(&self, k: KeyId) -> &[EntityIndex] {
        let k = k.as_usize();
        &self.entities[self.offsets[k] as usize..self.offsets[k + 1] as usize]
    }

    /// What key `k` asks of the text's letter case.
    pub fn case(&self, k: KeyId) -> CaseRule {
        RULES[(self.flags[k.as_usize()] & 3) as usize]
    }

    /// Whether key `k` is also an ordinary word.
    pub fn common_word(&self, k: KeyId) -> bool {
        self.flags[k.as_usize()] & COMMON_WORD != 0
    }

    /// Appends the three arrays.
    pub fn to_bytes(&self, out: &mut Vec<u8>) {
        let entities: Vec<u32> = self.entities.iter().map(|e| e.as_u32()).collect();
        for words in [&self.flags, &self.offsets, &entities] {
            write_words(out, words);
        }
    }

    /// Reads what [`Keys::to_bytes`] wrote from the front of `input`, checking every
    /// index against `entities`: the keys and the rest.
    pub fn from_bytes(input: &[u8], entities: usize) -> Option<(Keys, &[u8])> {
        let (flags, rest) = read_words(input)?;
        let (offsets, rest) = read_words(rest)?;
        let (ids, rest) = read_words(rest)?;
        let fits = offsets.len() == flags.len() + 1
            && offsets.first() == Some(&0)
            && offsets.windows(2).all(|w| w[0] < w[1])
            && offsets.last().is_some_and(|&l| l as usize == ids.len())
            && ids.iter().all(|&e| (e as usize) < entities)
            && flags
                .iter()
                .all(|&f| (f & 3) < 3 && f & !(3 | COMMON_WORD) == 0);
        fits.then(|| {
            let entities = ids.iter().map(|&e| EntityIndex::new(e as usize)).collect();
            let keys = Keys {
                flags,
                offsets,
                entities,
            };
            (keys, rest)
        })
    }

    /// Heap bytes used.
    pub fn memory_usage(&self) -> usize {
        4 * (self.flags.len() + self.offsets.len() + self.entities.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flat_keys_round_trip() {
        let e = |i: &[usize]| i.iter().map(|&i| EntityIndex::new(i)).collect::<Vec<_>>();
        let keys = Keys::new(vec![
            (e(&[0, 2]), CaseRule::Capital, true),
            (e(&[1]), CaseRule::Any, false),
        ]);
        let (k0, k1) = (KeyId::new(0), KeyId::new(1));
        assert_eq!(
            (keys.entities(k0), keys.case(k0), keys.common_word(k0)),
            (&e(&[0, 2])[..], CaseRule::Capital, true)
        );
        assert_eq!(
            (keys.entities(k1), keys.case(k1), keys.common_word(k1)),
            (&e(&[1])[..], CaseRule::Any, false)
        );
        let mut bytes = Vec::new();
        keys.to_bytes(&mut bytes);
        assert_eq!(Keys::from_bytes(&bytes, 3).unwrap().0, keys);
        assert!(Keys::from_bytes(&bytes, 2).is_none());
    }
}
