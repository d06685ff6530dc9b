//! The first words of the names. Most words of a text start no name: one hash and one
//! probe of a small Bloom filter rule them out before any walk of the trie. A word that
//! passes is looked up in a table that holds, for a first word of up to 16 bytes, the
//! name it is on its own and where the trie goes on from it, so most walks never touch
//! the trie. Most first words in a text ("the", "new") are followed by a word no name
//! continues with: the filter also holds first-word pairs, and a second probe stops the
//! walk there, before the deep (cold) part of the trie.
//!
//! The filter is blocked: each entry sets two bits of one 64-bit block, so a probe reads
//! one cache line. An entry always passes; with the 168k benchmark names, 1.5% of the
//! other distinct words of the BBC corpus pass too (372 of 25,725), and the table or the
//! trie then rules them out.

use super::trie::{Cursor, Trie};
use crate::codec::{read_words, write_words};
use crate::ids::KeyId;
use crate::text::word_end;

/// The filter has a block for about every four entries, a power of two from 16 to 2^15
/// (256 KB, the 168k benchmark names' size).
const MIN_BLOCKS: usize = 16;
const MAX_BLOCKS: usize = 1 << 15;
/// First words longer than this are not in the table; their walks start at the root.
pub(crate) const SHORT: usize = 16;
const NONE: u32 = u32::MAX;

/// The first words and first-word pairs of the names, and a table of the short first
/// words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FirstWords {
    blocks: Vec<u64>,
    /// Open addressing, a power of two in size; an empty slot has `len` 0.
    slots: Vec<Slot>,
}

/// A short first word: its bytes, the key of the name it is alone (or `NONE`), and the
/// trie position after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Slot {
    tag: u16,
    len: u16,
    key: u32,
    after: Cursor,
    /// The word's bytes, zero-padded, as two little-endian words.
    bytes: [u64; 2],
}

/// What the table says about a word that passed the filter.
pub enum Lookup {
    /// The word starts no name.
    Absent,
    /// The word is a short first word: the name it is alone, and where a walk goes on
    /// (`None` if no longer name starts with it).
    Short(Option<KeyId>, Option<Cursor>),
    /// The word is too long for the table: walk the trie from the root.
    Long,
}

impl FirstWords {
    /// The filter and table of `patterns` (normalized names) and their trie: first words,
    /// and first-word pairs where the first word is followed by a space and another
    /// word. A pattern that starts with a non-word character adds nothing.
    pub fn new<P: AsRef<str>>(patterns: &[P], trie: &Trie) -> FirstWords {
        let mut firsts = Vec::new();
        let mut entries = Vec::new();
        for p in patterns {
            let p = p.as_ref();
            let end = word_end(p, 0);
            if end == 0 {
                continue;
            }
            let first = hash(&p.as_bytes()[..end]);
            entries.push(first);
            firsts.push(&p.as_bytes()[..end]);
            if p.as_bytes().get(end) == Some(&b' ') {
                let next = word_end(p, end + 1);
                if next > end + 1 {
                    entries.push(pair(first, &p.as_bytes()[end + 1..next]));
                }
            }
        }
        let size = (entries.len() / 4).next_power_of_two();
        let mut blocks = vec![0u64; size.clamp(MIN_BLOCKS, MAX_BLOCKS)];
        for h in entries {
            let (block, bits) = probe(&blocks, h);
            blocks[block] |= bits;
        }
        FirstWords::with_table(blocks, firsts, trie).expect("first words are trie paths")
    }

    /// The filter `blocks` and the table of `firsts` (which may repeat); `None` if a
    /// first word is not a path of `trie`.
    fn with_table(blocks: Vec<u64>, mut firsts: Vec<&[u8]>, trie: &Trie) -> Option<FirstWords> {
        firsts.retain(|w| w.len() <= SHORT);
        firsts.sort_unstable();
        firsts.dedup();
        let size = (firsts.len() + firsts.len() / 8 + 1).next_power_of_two();
        let mut slots = vec![Slot::default(); size];
        for word in firsts {
            let after = word
                .iter()
                .try_fold(Cursor::ROOT, |at, &b| trie.step(at, b))?;
            let h = hash(word);
            let mut i = h as usize & (size - 1);
            while slots[i].len != 0 {
                i = (i + 1) & (size - 1);
            }
            let bytes = padded(word);
            slots[i] = Slot {
                tag: tag(h),
                len: word.len() as u16,
                key: trie.key(after).map_or(NONE, |k| k.as_usize() as u32),
                after,
                bytes,
            };
        }
        Some(FirstWords { blocks, slots })
    }

    /// The hash of `word` (a whole run of word characters) if it may start a name.
    /// ASCII case is ignored, so one filter serves every case mode.
    #[inline]
    pub fn first(&self, word: &[u8]) -> Option<u64> {
        let h = hash(word);
        contains(&self.blocks, h).then_some(h)
    }

    /// Whether a name may start with the word of hash `first`, one space and `word`.
    #[inline]
    pub fn may_follow(&self, first: u64, word: &[u8]) -> bool {
        contains(&self.blocks, pair(first, word))
    }

    /// The table's entry for `word`, whose hash is `h`; `fold`: ASCII case is ignored, as
    /// the trie's names are folded.
    #[inline]
    pub fn lookup(&self, word: &[u8], h: u64, trie: &Trie, fold: bool) -> Lookup {
        if word.len() > SHORT {
            return Lookup::Long;
        }
        let (mask, tag) = (self.slots.len() - 1, tag(h));
        let mut bytes = padded(word);
        if fold {
            bytes = bytes.map(lower_ascii);
        }
        let mut i = h as usize & mask;
        loop {
            let slot = &self.slots[i];
            if slot.len == 0 {
                return Lookup::Absent;
            }
            if slot.tag == tag && usize::from(slot.len) == word.len() && slot.bytes == bytes {
                let key = (slot.key != NONE).then(|| KeyId::new(slot.key as usize));
                return Lookup::Short(key, trie.leads_on(slot.after).then_some(slot.after));
            }
            i = (i + 1) & mask;
        }
    }

    /// Heap bytes used.
    pub fn memory_usage(&self) -> usize {
        8 * self.blocks.len() + std::mem::size_of::<Slot>() * self.slots.len()
    }

    /// The filter and the table's words as bytes for [`FirstWords::from_bytes`].
    pub fn to_bytes(&self, out: &mut Vec<u8>) {
        let words: Vec<u32> = self
            .blocks
            .iter()
            .flat_map(|&b| [b as u32, (b >> 32) as u32])
            .collect();
        write_words(out, &words);
        let mut firsts: Vec<Vec<u8>> = self
            .slots
            .iter()
            .filter(|s| s.len != 0)
            .map(|s| {
                let bytes: Vec<u8> = s.bytes.iter().flat_map(|w| w.to_le_bytes()).collect();
                bytes[..usize::from(s.len)].to_vec()
            })
            .collect();
        firsts.sort_unstable();
        let lens: Vec<u32> = firsts.iter().map(|w| w.len() as u32).collect();
        write_words(out, &lens);
        firsts.iter().for_each(|w| out.extend_from_slice(w));
    }

    /// Reads what [`FirstWords::to_bytes`] wrote from the front of `input`, finding the
    /// words in `trie`: the filter and table, and the rest; `None` if the bytes are
    /// damaged or a word is not a path of `trie`.
    pub fn from_bytes<'a>(input: &'a [u8], trie: &Trie) -> Option<(FirstWords, &'a [u8])> {
        let (words, rest) = read_words(input)?;
        let size = words.len() / 2;
        if words.len() % 2 != 0
            || !size.is_power_of_two()
            || !(MIN_BLOCKS..=MAX_BLOCKS).contains(&size)
        {
            return None;
        }
        let blocks = words
            .chunks_exact(2)
            .map(|w| u64::from(w[0]) | u64::from(w[1]) << 32)
            .collect();
        let (lens, rest) = read_words(rest)?;
        let total = lens
            .iter()
            .try_fold(0usize, |t, &n| t.checked_add(n as usize))?;
        let (text, rest) = rest.split_at_checked(total)?;
        let mut firsts = Vec::with_capacity(lens.len());
        let mut at = 0;
        for &n in &lens {
            firsts.push(&text[at..at + n as usize]);
            at += n as usize;
        }
        if firsts.iter().any(|w| w.is_empty() || w.len() > SHORT) {
            return None;
        }
        Some((FirstWords::with_table(blocks, firsts, trie)?, rest))
    }
}

/// `word` (at most [`SHORT`] bytes) zero-padded to 16 bytes, as two little-endian words.
#[inline]
pub(crate) fn padded(word: &[u8]) -> [u64; 2] {
    let mut buf = [0u8; SHORT];
    buf[..word.len()].copy_from_slice(word);
    let (low, high) = buf.split_at(8);
    [
        u64::from_le_bytes(low.try_into().expect("8 bytes")),
        u64::from_le_bytes(high.try_into().expect("8 bytes")),
    ]
}

const HIGH: u64 = 0x8080_8080_8080_8080;

/// The eight bytes of `x` with ASCII capitals lower-cased (other bytes kept).
#[inline]
pub(crate) fn lower_ascii(x: u64) -> u64 {
    let low7 = x & !HIGH;
    let from_a = low7.wrapping_add(0x3f3f_3f3f_3f3f_3f3f); // high bit set from b'A' up
    let past_z = low7.wrapping_add(0x2525_2525_2525_2525); // high bit set past b'Z'
    let capital = from_a & !past_z & !x & HIGH;
    x | capital >> 2
}

#[inline]
fn contains(blocks: &[u64], h: u64) -> bool {
    let (block, bits) = probe(blocks, h);
    blocks[block] & bits == bits
}

/// The table tag of hash `h` (bits the slot index and the filter do not use).
#[inline]
fn tag(h: u64) -> u16 {
    (h >> 32) as u16
}

/// The hash of `word`, ASCII case ignored (bit 5 of every byte is set first, so other
/// bytes may collide, which a filter allows). Words of up to 16 bytes take two loads and
/// one 128-bit multiply, in the manner of wyhash.
#[inline]
pub(crate) fn hash(word: &[u8]) -> u64 {
    const CASE: u64 = 0x2020_2020_2020_2020;
    let n = word.len();
    let r4 = |i: usize| u64::from(u32::from_le_bytes(word[i..i + 4].try_into().expect("4")));
    let r8 = |i: usize| u64::from_le_bytes(word[i..i + 8].try_into().expect("8 bytes"));
    let mut seed = SEEDS[0] ^ n as u64;
    let (a, b) = if n <= 16 {
        if n >= 4 {
            let q = (n >> 3) << 2;
            (r4(0) << 32 | r4(q), r4(n - 4) << 32 | r4(n - 4 - q))
        } else if n > 0 {
            let (first, mid, last) = (word[0], word[n >> 1], word[n - 1]);
            (
                u64::from(first) << 16 | u64::from(mid) << 8 | u64::from(last),
                0,
            )
        } else {
            (0, 0)
        }
    } else {
        let mut i = 0;
        while n - i > 16 {
            seed = mum((r8(i) | CASE) ^ SEEDS[1], (r8(i + 8) | CASE) ^ seed);
            i += 16;
        }
        (r8(n - 16), r8(n - 8))
    };
    mum((a | CASE) ^ SEEDS[1], (b | CASE) ^ seed)
}

const SEEDS: [u64; 3] = [
    0xa076_1d64_78bd_642f,
    0xe703_7ed1_a0b4_28db,
    0x8ebc_6af0_9c88_c6e3,
];

/// The 128-bit product of `a` and `b`, its halves xored.
#[inline]
fn mum(a: u64, b: u64) -> u64 {
    let r = u128::from(a) * u128::from(b);
    r as u64 ^ (r >> 64) as u64
}

/// The hash of a first word (hash `first`) followed by `word`.
#[inline]
fn pair(first: u64, word: &[u8]) -> u64 {
    mum(first ^ SEEDS[2], hash(word) ^ SEEDS[1])
}

/// The block (of `blocks`, a power of two in number, at most 2^15) and the two bits of
/// hash `h`.
#[inline]
fn probe(blocks: &[u64], h: u64) -> (usize, u64) {
    (
        (h >> 49) as usize & (blocks.len() - 1),
        1 << (h & 63) | 1 << ((h >> 6) & 63),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter(names: &[&str]) -> (FirstWords, Trie) {
        let trie = Trie::new(names);
        (FirstWords::new(names, &trie), trie)
    }

    #[test]
    fn first_words_and_pairs_pass_and_most_others_do_not() {
        let names = [
            "kabul",
            "new york",
            "ruhr-gebiet",
            "'s-hertogenbosch",
            "türkiye",
        ];
        let (f, _) = filter(&names);
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
    fn the_table_knows_names_and_where_walks_go_on() {
        let long = "abcdefghijklmnopqrstuvwxyz";
        let names = ["kabul", "new york", "new", "york", long];
        let (f, trie) = filter(&names);
        let look = |w: &str, fold| f.lookup(w.as_bytes(), hash(w.as_bytes()), &trie, fold);
        let k = KeyId::new;
        assert!(matches!(look("kabul", true), Lookup::Short(Some(x), None) if x == k(0)));
        assert!(matches!(look("KABUL", true), Lookup::Short(Some(x), None) if x == k(0)));
        assert!(matches!(look("KABUL", false), Lookup::Absent));
        let Lookup::Short(Some(new), Some(after)) = look("New", true) else {
            panic!("new is a name and starts one")
        };
        assert_eq!(new, k(2));
        let york = b" york".iter().try_fold(after, |c, &b| trie.step(c, b));
        assert_eq!(york.and_then(|c| trie.key(c)), Some(KeyId::new(1)));
        assert!(matches!(look("kabu", true), Lookup::Absent));
        assert!(matches!(look(long, true), Lookup::Long));
    }

    #[test]
    fn lower_cases_ascii_capitals_only() {
        let all: Vec<u8> = (0..=255).collect();
        for chunk in all.chunks(8) {
            let x = u64::from_le_bytes(chunk.try_into().unwrap());
            let want: Vec<u8> = chunk.iter().map(u8::to_ascii_lowercase).collect();
            assert_eq!(lower_ascii(x).to_le_bytes().to_vec(), want);
        }
    }

    #[test]
    fn round_trips_through_bytes_and_rejects_damage() {
        let (f, trie) = filter(&["kabul", "kandahar", "new york"]);
        let mut bytes = Vec::new();
        f.to_bytes(&mut bytes);
        bytes.extend_from_slice(b"rest");
        let (back, rest) = FirstWords::from_bytes(&bytes, &trie).unwrap();
        assert_eq!((back, rest), (f, &b"rest"[..]));
        assert!(FirstWords::from_bytes(&bytes[..100], &trie).is_none());
        let other = Trie::new(&["kabul"]);
        assert!(FirstWords::from_bytes(&bytes, &other).is_none());
    }
}
