//! A filter over the first words of the names. Most words of a text start no name; one
//! hash and one probe of a small bit table rule them out before any walk of the trie.
//!
//! It is a blocked Bloom filter: each word sets two bits of one 64-bit block, so a probe
//! reads one cache line. A word that starts a name always passes; a few others (about
//! 4% with 100k first words) pass too and are then ruled out by the trie.

use crate::boundary::char_at;
use crate::trie::{read_words, write_words};

const BLOCKS: usize = 1 << 14;

/// The set of words that start a name, as a Bloom filter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FirstWords {
    blocks: Vec<u64>,
}

impl FirstWords {
    /// The filter of the first words of `patterns` (normalized names); a pattern that
    /// starts with a non-word character adds nothing.
    pub fn new<P: AsRef<str>>(patterns: &[P]) -> FirstWords {
        let mut blocks = vec![0u64; BLOCKS];
        for p in patterns {
            let p = p.as_ref();
            let end = word_end(p, 0);
            if end > 0 {
                let (block, bits) = probe(&p.as_bytes()[..end]);
                blocks[block] |= bits;
            }
        }
        FirstWords { blocks }
    }

    /// Whether `word` (a whole run of word characters) may start a name. ASCII case is
    /// ignored, so one filter serves every case mode.
    #[inline]
    pub fn may_start(&self, word: &[u8]) -> bool {
        let (block, bits) = probe(word);
        self.blocks[block] & bits == bits
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

/// The block and the two bits of `word`, its ASCII letters lower-cased.
#[inline]
fn probe(word: &[u8]) -> (usize, u64) {
    let h = word.iter().fold(0u64, |h, &b| {
        (h.rotate_left(5) ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x517c_c1b7_2722_0a95)
    });
    (
        (h >> 50) as usize % BLOCKS,
        1 << (h & 63) | 1 << ((h >> 6) & 63),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_words_pass_and_most_others_do_not() {
        let names = [
            "kabul",
            "new york",
            "ruhr-gebiet",
            "’s-hertogenbosch",
            "türkiye",
        ];
        let f = FirstWords::new(&names);
        for w in ["kabul", "KABUL", "new", "New", "ruhr", "türkiye"] {
            assert!(f.may_start(w.as_bytes()), "{w}");
        }
        let others = (0..1000).filter(|i| f.may_start(format!("w{i}").as_bytes()));
        assert!(others.count() < 10);
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
