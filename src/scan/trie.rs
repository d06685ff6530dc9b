//! The engine: a byte trie over the normalized names, walked anchored at word starts.
//!
//! Matching only ever starts where a word can start, so no failure links are needed:
//! a trie is the anchored part of an Aho-Corasick automaton. It is built in one pass over
//! the sorted names and stored as one array of node records, laid out breadth-first so
//! the shallow nodes every walk passes through share cache lines. It saves and loads as
//! plain little-endian words.
//!
//! Most nodes of a name trie have one child, so a run of them is one record (a chain),
//! and a node with no children has no record at all: its parent points at its key. A walk
//! through "kandahar" touches a handful of records, not eight.

use crate::codec::{read_words, write_words};
use crate::ids::KeyId;

const NONE: u32 = u32::MAX;
/// A target with this bit is a childless node: the rest is its key.
const LEAF: u32 = 1 << 31;
/// Header bits: a 256-entry table of targets, or a chain of bytes.
const DENSE: u32 = 1 << 31;
const CHAIN: u32 = 1 << 30;
const COUNT: u32 = CHAIN - 1;
/// Nodes with more children than this get a 256-entry table instead of a sorted list.
const WIDE: usize = 12;
/// Keys must stay below this (they share a word with the `LEAF` bit).
pub const MAX_KEYS: usize = (LEAF - 1) as usize;

/// A compiled set of byte strings, as one array of node records; the root is at 0.
///
/// A record is `[header, key, ...]`: `header` holds the kind and the child count (or the
/// chain length), `key` the pattern that ends at the node or `NONE`. Then
/// - a sparse node: its child bytes packed four to a word, then their targets;
/// - a dense node (`DENSE`): 256 targets, `NONE` where there is no child;
/// - a chain (`CHAIN`): a node with one child followed by keyless one-child nodes: the
///   bytes of the run packed four to a word, then the target at its end.
///
/// A target is the offset of a record, or `LEAF | key` for a node without children.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trie {
    nodes: Vec<u32>,
}

/// A position in a walk: a record and how far into its chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Cursor {
    at: u32,
    pos: u32,
}

impl Cursor {
    /// The root: where every walk starts.
    pub const ROOT: Cursor = Cursor { at: 0, pos: 0 };
}

impl Trie {
    /// Builds the trie of `patterns`, which must be distinct, non-empty and fewer than
    /// [`MAX_KEYS`]; pattern `i` gets key `i`.
    pub fn new<P: AsRef<[u8]>>(patterns: &[P]) -> Trie {
        assert!(patterns.len() < MAX_KEYS, "too many patterns for a trie");
        let tree = Tree::new(patterns);
        // Records in breadth-first order: each node with children, except inside chains;
        // the chains' runs are kept, in that order, for the second pass.
        let mut order = vec![0u32];
        let mut chains = Vec::new();
        let mut offset = vec![NONE; tree.keys.len()];
        let mut total = 0usize;
        let mut i = 0;
        while let Some(&node) = order.get(i) {
            i += 1;
            offset[node as usize] = total as u32;
            let kids = tree.children(node);
            if kids.len() == 1 {
                let (run, end) = tree.chain(node);
                total += 3 + run.len().div_ceil(4);
                order.extend(tree.has_children(end).then_some(end));
                chains.push((run, end));
            } else {
                total += 2 + if kids.len() > WIDE {
                    256
                } else {
                    kids.len().div_ceil(4) + kids.len()
                };
                order.extend(
                    kids.iter()
                        .map(|&(_, c)| c)
                        .filter(|&c| tree.has_children(c)),
                );
            }
        }
        let target = |c: u32| {
            if tree.has_children(c) {
                offset[c as usize]
            } else {
                LEAF | tree.keys[c as usize]
            }
        };
        let mut nodes = Vec::with_capacity(total);
        let mut chains = chains.into_iter();
        for &node in &order {
            let kids = tree.children(node);
            let key = tree.keys[node as usize];
            if kids.len() == 1 {
                let (run, end) = chains.next().expect("one run per chain record");
                nodes.extend([CHAIN | run.len() as u32, key]);
                pack(&mut nodes, &run);
                nodes.push(target(end));
            } else if kids.len() > WIDE {
                nodes.extend([DENSE | kids.len() as u32, key]);
                let table = nodes.len();
                nodes.resize(table + 256, NONE);
                for &(b, c) in kids {
                    nodes[table + b as usize] = target(c);
                }
            } else {
                nodes.extend([kids.len() as u32, key]);
                let bytes: Vec<u8> = kids.iter().map(|&(b, _)| b).collect();
                pack(&mut nodes, &bytes);
                nodes.extend(kids.iter().map(|&(_, c)| target(c)));
            }
        }
        debug_assert_eq!(nodes.len(), total);
        Trie { nodes }
    }

    /// Where `at` goes along byte `b`, if anywhere.
    #[inline]
    pub fn step(&self, at: Cursor, b: u8) -> Option<Cursor> {
        if at.at & LEAF != 0 {
            return None;
        }
        let record = at.at as usize;
        let header = self.nodes[record];
        let target = if header & CHAIN != 0 {
            let len = header & COUNT;
            let word = self.nodes[record + 2 + at.pos as usize / 4];
            if (word >> (8 * (at.pos % 4))) as u8 != b {
                return None;
            }
            if at.pos + 1 < len {
                return Some(Cursor {
                    at: at.at,
                    pos: at.pos + 1,
                });
            }
            self.nodes[record + 2 + len.div_ceil(4) as usize]
        } else if header & DENSE != 0 {
            self.nodes[record + 2 + b as usize]
        } else {
            let n = header as usize;
            let words = n.div_ceil(4);
            let i = find_byte(&self.nodes[record + 2..record + 2 + words], b).filter(|&i| i < n)?;
            self.nodes[record + 2 + words + i]
        };
        (target != NONE).then_some(Cursor { at: target, pos: 0 })
    }

    /// Whether a walk can go on from `at` (it is not a node without children).
    #[inline]
    pub fn leads_on(&self, at: Cursor) -> bool {
        at.at & LEAF == 0
    }

    /// The key of the pattern ending at `at`, if one does.
    #[inline]
    pub fn key(&self, at: Cursor) -> Option<KeyId> {
        if at.pos != 0 {
            return None;
        }
        let k = if at.at & LEAF != 0 {
            at.at & !LEAF
        } else {
            self.nodes[at.at as usize + 1]
        };
        (k != NONE).then(|| KeyId::new(k as usize))
    }

    /// Heap bytes used.
    pub fn memory_usage(&self) -> usize {
        4 * self.nodes.len()
    }

    /// The trie as bytes for [`Trie::from_bytes`].
    pub fn to_bytes(&self, out: &mut Vec<u8>) {
        write_words(out, &self.nodes);
    }

    /// Reads a trie written by [`Trie::to_bytes`] from the front of `input`, returning it
    /// and the rest; `None` if the bytes are not a well-formed trie with keys below `keys`.
    pub fn from_bytes(input: &[u8], keys: usize) -> Option<(Trie, &[u8])> {
        let (nodes, rest) = read_words(input)?;
        let trie = Trie { nodes };
        trie.well_formed(keys).then_some((trie, rest))
    }

    /// Whether every record fits, every target is a later record or a key below `keys`,
    /// and every key is below `keys`, so that walking can neither index out of bounds nor
    /// loop.
    fn well_formed(&self, keys: usize) -> bool {
        let nodes = &self.nodes;
        let keys = keys.min(MAX_KEYS);
        let key_ok = |k: u32| (k as usize) < keys;
        let mut starts = vec![0u64; nodes.len().div_ceil(64)];
        let mut targets = Vec::new();
        let mut at = 0usize;
        while at < nodes.len() {
            starts[at / 64] |= 1 << (at % 64);
            let (Some(&header), Some(&key)) = (nodes.get(at), nodes.get(at + 1)) else {
                return false;
            };
            if key != NONE && !key_ok(key) {
                return false;
            }
            let n = (header & COUNT) as usize;
            let (kids, dense) = if header & CHAIN != 0 {
                if header & DENSE != 0 || n == 0 {
                    return false;
                }
                let end = at + 2 + n.div_ceil(4);
                (end..end + 1, false)
            } else if header & DENSE != 0 {
                (at + 2..at + 2 + 256, true)
            } else if n <= WIDE {
                let end = at + 2 + n.div_ceil(4);
                (end..end + n, false)
            } else {
                return false;
            };
            let next = kids.end;
            let Some(children) = nodes.get(kids) else {
                return false;
            };
            for &t in children {
                if t == NONE && dense {
                    continue;
                }
                if t & LEAF != 0 {
                    if !key_ok(t & !LEAF) {
                        return false;
                    }
                } else if (t as usize) <= at {
                    // Records are laid out breadth-first, so every child lies after its
                    // parent: a target at or before its record would make the walk loop.
                    return false;
                } else {
                    targets.push(t);
                }
            }
            at = next;
        }
        let start = |t: u32| {
            starts
                .get(t as usize / 64)
                .is_some_and(|w| w & (1 << (t % 64)) != 0)
        };
        !nodes.is_empty() && targets.iter().all(|&t| start(t))
    }
}

/// The trie as a tree of nodes in depth-first order, before it is laid out as records.
struct Tree {
    /// The key ending at each node, or `NONE`.
    keys: Vec<u32>,
    /// Each node's children, `(byte, child)` in byte order: `edges[first[n]..first[n + 1]]`.
    first: Vec<u32>,
    edges: Vec<(u8, u32)>,
}

impl Tree {
    fn new<P: AsRef<[u8]>>(patterns: &[P]) -> Tree {
        let mut order: Vec<u32> = (0..patterns.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| {
            patterns[a as usize]
                .as_ref()
                .cmp(patterns[b as usize].as_ref())
        });
        // Edges (parent, byte, child) as they are made, so each parent's come in byte order.
        let mut keys = vec![NONE];
        let mut made: Vec<(u32, u8, u32)> = Vec::new();
        let mut path: Vec<u32> = vec![0];
        let mut previous: &[u8] = &[];
        for &k in &order {
            let p = patterns[k as usize].as_ref();
            let common = p.iter().zip(previous).take_while(|(a, b)| a == b).count();
            path.truncate(common + 1);
            for &b in &p[common..] {
                let child = keys.len() as u32;
                keys.push(NONE);
                made.push((*path.last().expect("the root is on the path"), b, child));
                path.push(child);
            }
            keys[*path.last().expect("the root is on the path") as usize] = k;
            previous = p;
        }
        // Group the edges by parent (a stable counting sort keeps the byte order).
        let mut first = vec![0u32; keys.len() + 1];
        for &(parent, _, _) in &made {
            first[parent as usize + 1] += 1;
        }
        for i in 1..first.len() {
            first[i] += first[i - 1];
        }
        let mut fill = first.clone();
        let mut edges = vec![(0u8, 0u32); made.len()];
        for &(parent, b, child) in &made {
            edges[fill[parent as usize] as usize] = (b, child);
            fill[parent as usize] += 1;
        }
        Tree { keys, first, edges }
    }

    fn children(&self, node: u32) -> &[(u8, u32)] {
        let n = node as usize;
        &self.edges[self.first[n] as usize..self.first[n + 1] as usize]
    }

    fn has_children(&self, node: u32) -> bool {
        !self.children(node).is_empty()
    }

    /// The run below a one-child `node`: its bytes, down through keyless one-child
    /// nodes, and the node where it ends.
    fn chain(&self, node: u32) -> (Vec<u8>, u32) {
        let (b, mut end) = self.children(node)[0];
        let mut run = vec![b];
        while self.keys[end as usize] == NONE && self.children(end).len() == 1 {
            let (b, next) = self.children(end)[0];
            run.push(b);
            end = next;
        }
        (run, end)
    }
}

/// Appends `bytes` packed four to a word, lowest byte first.
fn pack(out: &mut Vec<u32>, bytes: &[u8]) {
    out.extend(bytes.chunks(4).map(|c| {
        c.iter()
            .enumerate()
            .fold(0u32, |w, (i, &b)| w | u32::from(b) << (8 * i))
    }));
}

/// The index of byte `b` among the bytes packed four to a word (lowest byte first),
/// comparing four at a time.
#[inline]
fn find_byte(packed: &[u32], b: u8) -> Option<usize> {
    let spread = u32::from(b) * 0x0101_0101;
    packed.iter().enumerate().find_map(|(w, &word)| {
        let x = word ^ spread;
        let zero = x.wrapping_sub(0x0101_0101) & !x & 0x8080_8080;
        (zero != 0).then(|| w * 4 + (zero.trailing_zeros() / 8) as usize)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn walk(t: &Trie, s: &str) -> Vec<(usize, usize)> {
        let mut node = Cursor::ROOT;
        let mut out = Vec::new();
        for (i, &b) in s.as_bytes().iter().enumerate() {
            match t.step(node, b) {
                Some(n) => node = n,
                None => break,
            }
            if let Some(k) = t.key(node) {
                out.push((i + 1, k.as_usize()));
            }
        }
        out
    }

    #[test]
    fn finds_every_prefix_that_is_a_pattern() {
        let t = Trie::new(&["new york city", "new", "new york", "newark", "york"]);
        assert_eq!(walk(&t, "new york city hall"), [(3, 1), (8, 2), (13, 0)]);
        assert_eq!(walk(&t, "newark"), [(3, 1), (6, 3)]);
        assert_eq!(walk(&t, "yorkshire"), [(4, 4)]);
        assert_eq!(walk(&t, "boston"), []);
    }

    #[test]
    fn chains_stop_where_the_text_leaves_them() {
        let t = Trie::new(&["kandahar", "kandahar province", "kabul", "k"]);
        assert_eq!(walk(&t, "kandahar province"), [(1, 3), (8, 0), (17, 1)]);
        assert_eq!(walk(&t, "kandahar provincial"), [(1, 3), (8, 0)]);
        assert_eq!(walk(&t, "kandy"), [(1, 3)]);
        assert_eq!(walk(&t, "kabuls"), [(1, 3), (5, 2)]);
        assert_eq!(walk(&t, "x"), []);
    }

    /// Every prefix of the text that is a pattern, found the slow way.
    fn prefixes(patterns: &[String], text: &str) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize)> = patterns
            .iter()
            .enumerate()
            .filter(|(_, p)| text.starts_with(p.as_str()))
            .map(|(k, p)| (p.len(), k))
            .collect();
        out.sort_unstable();
        out
    }

    #[test]
    fn agrees_with_a_plain_search_on_many_names() {
        // Names over a small alphabet share prefixes and runs of every length.
        let mut seed = 7u64;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        let mut names: Vec<String> = (0..3000)
            .map(|_| {
                (0..1 + next() % 12)
                    .map(|_| b"ab c"[next() % 4] as char)
                    .collect()
            })
            .collect();
        names.sort();
        names.dedup();
        let t = Trie::new(&names);
        for name in &names {
            for tail in ["", "a", " b", "cc"] {
                let text = format!("{name}{tail}");
                assert_eq!(walk(&t, &text), prefixes(&names, &text), "{text:?}");
            }
        }
        let mut bytes = Vec::new();
        t.to_bytes(&mut bytes);
        assert_eq!(Trie::from_bytes(&bytes, names.len()).unwrap().0, t);
    }

    #[test]
    fn wide_nodes_use_a_table() {
        let names: Vec<String> = (b'a'..=b'z').map(|c| format!("x{}", c as char)).collect();
        let t = Trie::new(&names);
        for (k, n) in names.iter().enumerate() {
            assert_eq!(walk(&t, n), [(2, k)]);
        }
    }

    #[test]
    fn round_trips_through_bytes_and_rejects_garbage() {
        let t = Trie::new(&["türkiye", "turkey", "t"]);
        let mut bytes = Vec::new();
        t.to_bytes(&mut bytes);
        bytes.extend_from_slice(b"rest");
        let (back, rest) = Trie::from_bytes(&bytes, 3).unwrap();
        assert_eq!(back, t);
        assert_eq!(rest, b"rest");
        assert!(Trie::from_bytes(&bytes, 2).is_none());
        assert!(Trie::from_bytes(&bytes[..bytes.len() - 10], 3).is_none());
        assert!(Trie::from_bytes(b"garbage", 3).is_none());
    }

    #[test]
    fn a_loaded_trie_never_loops() {
        let names = ["aaaa", "aab", "ab", "abc", "b", "ba", "bab"];
        let t = Trie::new(&names);
        let mut bytes = Vec::new();
        t.to_bytes(&mut bytes);
        // Point every word in turn at every offset up to its own: whatever loads must
        // let any walk end within as many steps as there are records.
        for word in 0..t.nodes.len() {
            for value in 0..=word as u32 {
                let mut bad = bytes.clone();
                let at = 8 + 4 * word;
                bad[at..at + 4].copy_from_slice(&value.to_le_bytes());
                let Some((back, _)) = Trie::from_bytes(&bad, names.len()) else {
                    continue;
                };
                for b in [b'a', b'b', b'c'] {
                    let mut at = Cursor::ROOT;
                    let mut steps = 0;
                    while let Some(next) = back.step(at, b) {
                        at = next;
                        steps += 1;
                        assert!(steps <= back.nodes.len() * 4, "word {word} = {value} loops");
                    }
                }
            }
        }
    }
}
