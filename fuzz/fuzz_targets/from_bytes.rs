//! Loading saved matchers: `Matcher::from_bytes` on anything.
//!
//! Input: a mode byte, then
//! - mode 0: the bytes as they are (a whole container, or anything);
//! - mode 1: a payload, wrapped in a header with the right magic, version, length and
//!   checksum, so that the parser behind the checksum gets fuzzed too;
//! - mode 2: one of the sample matchers' payloads with byte edits (u16 offset, xor mask)
//!   and an optional cut, wrapped the same way.
//!
//! Run with `-rss_limit_mb=2048 -timeout=10`. Invariants: no panic, hang or huge
//! allocation; a matcher that loads finds on short texts quickly without panicking, with
//! sane spans and entity indexes, and saves and loads back to the same results.
#![no_main]

use std::sync::OnceLock;
use std::time::{Duration, Instant};

use gazet::Matcher;
use gazet_fuzz::{check_matches, sample_matchers, split_container, wrap, Allowed, PROBES};
use libfuzzer_sys::fuzz_target;

struct Samples {
    /// Magic and version of today's layout, if `to_bytes` writes the layout this target
    /// knows (else modes 1 and 2 fall back to mode 0).
    prefix: Option<Vec<u8>>,
    payloads: Vec<Vec<u8>>,
}

fn samples() -> &'static Samples {
    static SAMPLES: OnceLock<Samples> = OnceLock::new();
    SAMPLES.get_or_init(|| {
        let saved: Vec<Vec<u8>> = sample_matchers().iter().map(Matcher::to_bytes).collect();
        let split: Option<Vec<(&[u8], &[u8])>> = saved.iter().map(|b| split_container(b)).collect();
        match split {
            Some(parts) => Samples {
                prefix: Some(parts[0].0.to_vec()),
                payloads: parts.iter().map(|(_, p)| p.to_vec()).collect(),
            },
            None => {
                eprintln!("from_bytes: the saved layout changed; only raw inputs are tried");
                Samples {
                    prefix: None,
                    payloads: Vec::new(),
                }
            }
        }
    })
}

fn container(data: &[u8]) -> Option<Vec<u8>> {
    let (&mode, rest) = data.split_first()?;
    let s = samples();
    let Some(prefix) = &s.prefix else {
        return Some(rest.to_vec());
    };
    Some(match mode % 3 {
        0 => rest.to_vec(),
        1 => wrap(prefix, rest),
        _ => {
            let (&pick, edits) = rest.split_first()?;
            let mut payload = s.payloads[pick as usize % s.payloads.len()].clone();
            let mut chunks = edits.chunks_exact(3);
            for e in &mut chunks {
                let at = u16::from_le_bytes([e[0], e[1]]) as usize;
                if !payload.is_empty() {
                    let at = at % payload.len();
                    payload[at] ^= e[2];
                }
            }
            if let [cut, ..] = chunks.remainder() {
                let keep = payload.len().saturating_sub(*cut as usize);
                payload.truncate(keep);
            }
            wrap(prefix, &payload)
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let Some(bytes) = container(data) else {
        return;
    };
    let loaded = Matcher::from_bytes(&bytes);
    let with = Matcher::from_bytes_with(&bytes);
    assert_eq!(
        loaded.is_ok(),
        with.is_ok(),
        "from_bytes and from_bytes_with disagree"
    );
    let Ok(m) = loaded else {
        return;
    };
    let allowed = Allowed {
        dates: m.dates(),
        discover: m.discovers(),
    };
    let mut results = Vec::new();
    for text in PROBES {
        let started = Instant::now();
        let found = m
            .find(text, None)
            .unwrap_or_else(|e| panic!("find failed on a loaded matcher: {e}"));
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "find on {} bytes took {:?}",
            text.len(),
            started.elapsed()
        );
        check_matches(text, &m, &found, allowed, "loaded");
        results.push(found);
    }
    let _ = m.index_size();
    // What loads saves again, and that loads to the same results.
    let again = m.to_bytes();
    let back = Matcher::from_bytes(&again)
        .unwrap_or_else(|e| panic!("a loaded matcher's own bytes fail: {e}"));
    for (text, want) in PROBES.iter().zip(&results) {
        assert_eq!(
            &back.find(text, None).unwrap(),
            want,
            "save/load changed results on {text:?}"
        );
    }
});
