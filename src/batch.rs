//! Many documents at once: rayon over documents, with a switch read once per call.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use crate::error::{catch_panic, Error};
use crate::matcher::{Match, Matcher, Reference};

static PARALLEL: AtomicBool = AtomicBool::new(true);

/// Turns parallelism off (or back on) for the whole process; a forked child turns it off,
/// because rayon's threads do not survive `fork()`.
pub fn set_parallel(enabled: bool) {
    PARALLEL.store(enabled, Ordering::SeqCst);
}

/// Whether this process may use rayon's threads (not in a forked child).
pub fn parallel() -> bool {
    PARALLEL.load(Ordering::SeqCst)
}

/// `f` of every item, in order: on rayon's global pool where the process may use it.
pub fn map_all<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync + Send) -> Vec<R> {
    if parallel() {
        items.par_iter().map(f).collect()
    } else {
        items.iter().map(f).collect()
    }
}

/// Finds the matches of every document, each with its own result: a document that fails
/// (a panic in the core becomes [`ErrorKind::Internal`](crate::ErrorKind::Internal))
/// never loses the others. `None` documents give no matches. `references` is empty (no
/// reference dates) or has one entry per document. `threads`: `Some(1)` runs on the
/// calling thread, `Some(n)` on a pool of `n`, `None` on rayon's global pool.
pub fn find_many(
    matcher: &Matcher,
    docs: &[Option<&str>],
    references: &[Reference],
    threads: Option<usize>,
) -> Vec<Result<Vec<Match>, Error>> {
    let one = |i: usize| match docs[i] {
        Some(text) => catch_panic(|| matcher.find(text, references.get(i).copied().flatten())),
        None => Ok(Vec::new()),
    };
    let parallel = parallel() && threads != Some(1) && docs.len() > 1;
    if !parallel {
        return (0..docs.len()).map(one).collect();
    }
    let run = || (0..docs.len()).into_par_iter().map(one).collect();
    match threads.map(pool) {
        Some(Some(pool)) => pool.install(run),
        Some(None) => (0..docs.len()).map(one).collect(),
        None => run(),
    }
}

/// Pools are kept for the life of the process, one per size: sizes stop here so that
/// they stay few whatever callers ask for.
const MAX_THREADS: usize = 256;

/// A rayon pool of `n` threads (at most [`MAX_THREADS`]), made once per size and kept
/// (None if it cannot be made).
fn pool(n: usize) -> Option<Arc<rayon::ThreadPool>> {
    let n = n.min(MAX_THREADS);
    static POOLS: Mutex<BTreeMap<usize, Arc<rayon::ThreadPool>>> = Mutex::new(BTreeMap::new());
    let mut pools = POOLS
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(pool) = pools.get(&n) {
        return Some(pool.clone());
    }
    let pool = Arc::new(
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .ok()?,
    );
    pools.insert(n, pool.clone());
    Some(pool)
}

/// Converts sorted, non-decreasing byte offsets of one text to `char` (code point)
/// offsets in a single pass.
pub struct CharOffsets<'a> {
    text: &'a str,
    ascii: bool,
    byte: usize,
    chars: usize,
}

impl<'a> CharOffsets<'a> {
    /// A converter for `text`.
    pub fn new(text: &'a str) -> CharOffsets<'a> {
        CharOffsets {
            text,
            ascii: text.is_ascii(),
            byte: 0,
            chars: 0,
        }
    }

    /// The code point offset of byte offset `byte` (not below the previous call's).
    pub fn at(&mut self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.text[self.byte..byte].chars().count();
        self.byte = byte;
        self.chars
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;

    #[test]
    fn char_offsets() {
        let t = "héllo wörld 🌍 wörld";
        let mut c = CharOffsets::new(t);
        let a = t.find("wörld").unwrap();
        let b = t.rfind("wörld").unwrap();
        assert_eq!(
            [c.at(a), c.at(a + 6), c.at(b), c.at(b + 6)],
            [6, 11, 14, 19]
        );
    }

    #[test]
    fn parallel_equals_sequential() {
        let mut g = Gazetteer::new();
        g.add("PLACE", "pk", ["Pakistan"]).unwrap();
        let m = Matcher::new(&g).unwrap();
        let docs: Vec<Option<&str>> = (0..200)
            .map(|i| {
                if i % 7 == 0 {
                    None
                } else {
                    Some("In Pakistan, Pakistan.")
                }
            })
            .collect();
        let seq = find_many(&m, &docs, &[], Some(1));
        assert_eq!(find_many(&m, &docs, &[], Some(2)), seq);
        assert_eq!(find_many(&m, &docs, &[], None), seq);
        assert_eq!(seq[0].as_ref().unwrap().len(), 0);
        assert_eq!(seq[1].as_ref().unwrap().len(), 2);
    }
}
