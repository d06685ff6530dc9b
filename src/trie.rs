//! The engine: a byte trie over the normalized names, walked anchored at word starts.
//!
//! Matching only ever starts where a word can start, so no failure links are needed:
//! a trie is the anchored part of an Aho-Corasick automaton. It is built in one pass over
//! the sorted names and stored as one array of node records, laid out level by level (a
//! node with many children, such as the root, holds a 256-entry table), so it saves and
//! loads as plain little-endian words.

const NONE: u32 = u32::MAX;
/// Nodes with more children than this get a 256-entry table instead of a sorted list.
const WIDE: usize = 12;
const DENSE: u32 = 1 << 31;

/// A compiled set of byte strings, as one array of node records; the root is at 0.
///
/// A record is `[header, key, ...]`: `header` holds the child count (with `DENSE` set
/// for a 256-entry table of child offsets, `NONE` where there is no child), `key` the
/// pattern that ends there or `NONE`. A sparse record then holds the child bytes packed
/// four to a word, then the child offsets in the same order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trie {
    nodes: Vec<u32>,
}

impl Trie {
    /// Builds the trie of `patterns`, which must be distinct and non-empty; pattern `i`
    /// gets key `i`.
    pub fn new<P: AsRef<[u8]>>(patterns: &[P]) -> Trie {
        let mut order: Vec<u32> = (0..patterns.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| {
            patterns[a as usize]
                .as_ref()
                .cmp(patterns[b as usize].as_ref())
        });
        // Nodes in depth-first order; edges (parent, byte, child) as they are made,
        // so each parent's edges come in byte order.
        let mut keys = vec![NONE];
        let mut edges: Vec<(u32, u8, u32)> = Vec::new();
        let mut path: Vec<u32> = vec![0];
        let mut previous: &[u8] = &[];
        for &k in &order {
            let p = patterns[k as usize].as_ref();
            let common = p.iter().zip(previous).take_while(|(a, b)| a == b).count();
            path.truncate(common + 1);
            for &b in &p[common..] {
                let child = keys.len() as u32;
                keys.push(NONE);
                edges.push((*path.last().expect("the root is on the path"), b, child));
                path.push(child);
            }
            keys[*path.last().expect("the root is on the path") as usize] = k;
            previous = p;
        }
        let mut children = vec![0usize; keys.len()];
        for &(parent, _, _) in &edges {
            children[parent as usize] += 1;
        }
        let size = |n: usize| {
            if n > WIDE {
                2 + 256
            } else {
                2 + n.div_ceil(4) + n
            }
        };
        // Records are laid out level by level (the root first), so the shallow nodes every
        // walk passes through share cache lines.
        let mut depth = vec![0u32; keys.len()];
        for &(parent, _, child) in &edges {
            depth[child as usize] = depth[parent as usize] + 1;
        }
        let mut order: Vec<u32> = (0..keys.len() as u32).collect();
        order.sort_by_key(|&n| depth[n as usize]);
        let mut offset = vec![0u32; keys.len()];
        let mut total = 0usize;
        for &node in &order {
            offset[node as usize] = total as u32;
            total += size(children[node as usize]);
        }
        let mut nodes = vec![0u32; total];
        for (node, (&n, &key)) in children.iter().zip(&keys).enumerate() {
            let at = offset[node] as usize;
            nodes[at] = if n > WIDE { n as u32 | DENSE } else { n as u32 };
            nodes[at + 1] = key;
            if n > WIDE {
                nodes[at + 2..at + 2 + 256].fill(NONE);
            }
        }
        let mut filled = vec![0usize; keys.len()];
        for &(parent, b, child) in &edges {
            let (p, at) = (parent as usize, offset[parent as usize] as usize);
            let target = offset[child as usize];
            let n = children[p];
            if n > WIDE {
                nodes[at + 2 + b as usize] = target;
            } else {
                let i = filled[p];
                nodes[at + 2 + i / 4] |= (b as u32) << (8 * (i % 4));
                nodes[at + 2 + n.div_ceil(4) + i] = target;
            }
            filled[p] += 1;
        }
        Trie { nodes }
    }

    /// The child of `node` along byte `b`, if any.
    #[inline]
    pub fn step(&self, node: u32, b: u8) -> Option<u32> {
        let at = node as usize;
        let header = self.nodes[at];
        let next = if header & DENSE != 0 {
            self.nodes[at + 2 + b as usize]
        } else {
            let n = header as usize;
            let words = n.div_ceil(4);
            let i = find_byte(&self.nodes[at + 2..at + 2 + words], b).filter(|&i| i < n)?;
            self.nodes[at + 2 + words + i]
        };
        (next != NONE).then_some(next)
    }

    /// The key of the pattern ending at `node`, if one does.
    #[inline]
    pub fn key(&self, node: u32) -> Option<usize> {
        let k = self.nodes[node as usize + 1];
        (k != NONE).then_some(k as usize)
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

    /// Whether every record fits, every child offset points at a record and every key is
    /// below `keys`, so that walking cannot index out of bounds.
    fn well_formed(&self, keys: usize) -> bool {
        let nodes = &self.nodes;
        let mut starts = vec![0u64; nodes.len().div_ceil(64)];
        let mut targets = Vec::new();
        let mut at = 0usize;
        while at < nodes.len() {
            starts[at / 64] |= 1 << (at % 64);
            let Some(&header) = nodes.get(at) else {
                return false;
            };
            let (n, dense) = ((header & !DENSE) as usize, header & DENSE != 0);
            match nodes.get(at + 1) {
                Some(&k) if k == NONE || (k as usize) < keys => {}
                _ => return false,
            }
            let (size, kids) = if dense {
                (2 + 256, at + 2..at + 2 + 256)
            } else if n <= WIDE {
                (
                    2 + n.div_ceil(4) + n,
                    at + 2 + n.div_ceil(4)..at + 2 + n.div_ceil(4) + n,
                )
            } else {
                return false;
            };
            let Some(children) = nodes.get(kids) else {
                return false;
            };
            targets.extend(children.iter().copied().filter(|&t| t != NONE));
            at += size;
        }
        let start = |t: u32| {
            starts
                .get(t as usize / 64)
                .is_some_and(|w| w & (1 << (t % 64)) != 0)
        };
        !nodes.is_empty() && targets.iter().all(|&t| t != 0 && start(t))
    }
}

/// Appends `words` as a little-endian u64 count and u32 values.
pub fn write_words(out: &mut Vec<u8>, words: &[u32]) {
    out.extend_from_slice(&(words.len() as u64).to_le_bytes());
    words
        .iter()
        .for_each(|w| out.extend_from_slice(&w.to_le_bytes()));
}

/// Reads what [`write_words`] wrote from the front of `input`: the words and the rest.
pub fn read_words(input: &[u8]) -> Option<(Vec<u32>, &[u8])> {
    let (head, rest) = input.split_at_checked(8)?;
    let n = usize::try_from(u64::from_le_bytes(head.try_into().ok()?)).ok()?;
    let (body, rest) = rest.split_at_checked(n.checked_mul(4)?)?;
    let words = body
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    Some((words, rest))
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
        let mut node = 0;
        let mut out = Vec::new();
        for (i, &b) in s.as_bytes().iter().enumerate() {
            match t.step(node, b) {
                Some(n) => node = n,
                None => break,
            }
            if let Some(k) = t.key(node) {
                out.push((i + 1, k));
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
}
