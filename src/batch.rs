//! Many documents at once: rayon over documents, with a switch read once per call.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

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

/// `f(i)` for `i` in `0..n`, in order: `threads` `Some(1)` runs on the calling thread,
/// `Some(n)` on a pool of `n`, `None` on rayon's global pool.
pub fn map_indexes<R: Send>(
    n: usize,
    threads: Option<usize>,
    f: impl Fn(usize) -> R + Sync + Send,
) -> Vec<R> {
    let parallel = parallel() && threads != Some(1) && n > 1;
    if !parallel {
        return (0..n).map(f).collect();
    }
    let run = || (0..n).into_par_iter().map(&f).collect();
    match threads.map(pool) {
        Some(Some(pool)) => pool.install(run),
        Some(None) => (0..n).map(f).collect(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_way_gives_the_same_order() {
        let serial = map_indexes(1000, Some(1), |i| i * i);
        assert_eq!(serial.len(), 1000);
        for threads in [None, Some(2), Some(3), Some(100_000)] {
            assert_eq!(map_indexes(1000, threads, |i| i * i), serial, "{threads:?}");
        }
        assert_eq!(map_all(&[3, 1, 2], |x| x + 1), [4, 2, 3]);
    }
}
