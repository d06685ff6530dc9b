//! A filter over the first words of the names, and over their first two words. Most
//! words of a text start no name: one hash and one probe of a small bit table rule them
//! out before any walk of the trie. Most words that do start one ("the", "new") are
//! followed by a word no such name continues with, and a second probe stops the walk
//! there, before it reaches the deep (cold) part of the trie.
//!
//! It is a blocked Bloom filter: each entry sets two bits of one 64-bit block, so a
//! probe reads one cache line. An entry always passes; about 4% of other words or pairs
//! pass too (measured with 168k names), and the trie then rules them out.

use crate::boundary::char_at;
use crate::trie::{read_words, write_words};

const BLOCKS: usize = 1 << 15;

/// The words that start a name and the pairs of words that do, as a Bloom filter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FirstWords {
    blocks: Vec<u64>,
}

impl FirstWords {
    /// The filter of the first words of `patterns` (normalized names), and of the first
    /// two where the first word is followed by a space and another word. A pattern that
    /// starts with a non-word character adds nothing.
    pub fn new<P: AsRef<str>>(patterns: &[P]) -> FirstWords {
        let mut filter = FirstWords {
            blocks: vec![0u64; BLOCKS],
        };
        for p in patterns {
            let p = p.as_ref();
            let end = word_end(p, 0);
            if end == 0 {
                continue;
            }
            let first = hash(&p.as_bytes()[..end]);
            filter.insert(first);
            if p.as_bytes().get(end) == Some(&b' ') {
                let next = word_end(p, end + 1);
                if next > end + 1 {
                    filter.insert(pair(first, &p.as_bytes()[end + 1..next]));
                }
            }
        }
        filter
    }

    fn insert(&mut self, h: u64) {
        let (block, bits) = probe(h);
        self.blocks[block] |= bits;
    }

    fn contains(&self, h: u64) -> bool {
        let (block, bits) = probe(h);
        self.blocks[block] & bits == bits
    }

    /// The hash of `word` (a whole run of word characters) if it may start a name.
    /// ASCII case is ignored, so one filter serves every case mode.
    #[inline]
    pub fn first(&self, word: &[u8]) -> Option<u64> {
        let h = hash(word);
        self.contains(h).then_some(h)
    }

    /// Whether a name may start with the word of hash `first`, one space and `word`.
    #[inline]
    pub fn may_follow(&self, first: u64, word: &[u8]) -> bool {
        self.contains(pair(first, word))
    }

    /// Heap bytes used.
    pub fn memory_usage(&self) -> usize {
        8 * self.blocks.len()
    }

    /// The filter as bytes for [`FirstWords::from_bytes`].
    pub fn to_bytes(&self, out: &mut Vec<u8>) {
        let words: Vec<u32> = self
            .blocks
            .iter()
            .flat_map(|&b| [b as u32, (b >> 32) as u32])
            .collect();
        write_words(out, &words);
    }

    /// Reads a filter written by [`FirstWords::to_bytes`] from the front of `input`,
    /// returning it and the rest.
    pub fn from_bytes(input: &[u8]) -> Option<(FirstWords, &[u8])> {
        let (words, rest) = read_words(input)?;
        if words.len() != 2 * BLOCKS {
            return None;
        }
        let blocks = words
            .chunks_exact(2)
            .map(|w| u64::from(w[0]) | u64::from(w[1]) << 32)
            .collect();
        Some((FirstWords { blocks }, rest))
    }
}

/// The end of the run of word characters that starts at byte `i` of `text` (`i` itself
/// if there is none).
#[inline]
pub fn word_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            if !(b.is_ascii_alphanumeric() || b == b'_') {
                break;
            }
            i += 1;
        } else {
            match char_at(text, i) {
                Some((c, true)) => i += c.len_utf8(),
                _ => break,
            }
        }
    }
    i
}

/// The hash of `word` with its ASCII letters lower-cased.
#[inline]
fn hash(word: &[u8]) -> u64 {
    word.iter().fold(0u64, |h, &b| {
        (h.rotate_left(5) ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x517c_c1b7_2722_0a95)
    })
}

/// The hash of a first word (hash `first`) followed by `word`.
#[inline]
fn pair(first: u64, word: &[u8]) -> u64 {
    (first.rotate_left(29) ^ hash(word) ^ 0x9e37_79b9_7f4a_7c15).wrapping_mul(0x2545_f491_4f6c_dd1d)
}

/// The block and the two bits of hash `h`.
#[inline]
fn probe(h: u64) -> (usize, u64) {
    (
        (h >> 49) as usize % BLOCKS,
        1 << (h & 63) | 1 << ((h >> 6) & 63),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_words_and_pairs_pass_and_most_others_do_not() {
        let names = [
            "kabul",
            "new york",
            "ruhr-gebiet",
            "'s-hertogenbosch",
            "türkiye",
        ];
        let f = FirstWords::new(&names);
        for w in ["kabul", "KABUL", "new", "New", "ruhr", "türkiye"] {
            assert!(f.first(w.as_bytes()).is_some(), "{w}");
        }
        let new = f.first(b"New").unwrap();
        assert!(f.may_follow(new, b"York"));
        let others = (0..1000).filter(|i| f.first(format!("w{i}").as_bytes()).is_some());
        assert!(others.count() < 10);
        let pairs = (0..1000).filter(|i| f.may_follow(new, format!("w{i}").as_bytes()));
        assert!(pairs.count() < 10);
    }

    #[test]
    fn word_ends() {
        assert_eq!(word_end("new york", 0), 3);
        assert_eq!(word_end("new york", 3), 3);
        assert_eq!(word_end("türkiye's", 0), 8);
        assert_eq!(word_end("東京 都", 0), 6);
    }

    #[test]
    fn round_trips_through_bytes() {
        let f = FirstWords::new(&["kabul"]);
        let mut bytes = Vec::new();
        f.to_bytes(&mut bytes);
        assert_eq!(FirstWords::from_bytes(&bytes).unwrap().0, f);
        assert!(FirstWords::from_bytes(&bytes[..100]).is_none());
    }
}
