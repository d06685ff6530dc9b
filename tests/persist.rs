//! Saved matchers: `to_bytes`/`from_bytes` round trips give the same results under every
//! option; extra bytes come back; damaged bytes give an error, never a panic.

mod common;

use common::{check_spans, gazetteer, reference, Entry, Options};
use gazet::{ErrorKind, Gazetteer, Matcher};

const ENTRIES: &[Entry] = &[
    ("PLACE", "pk", &["Pakistan"]),
    ("DEMONYM", "pk", &["Pakistani"]),
    ("PLACE", "rdg", &["Reading"]),
    ("PLACE", "ga-us", &["Georgia"]),
    ("PLACE", "ge", &["Georgia"]),
    ("PLACE", "tokyo", &["東京"]),
    ("PERSON", "asif", &["Khawaja Asif", "Khawaja Muhammad Asif"]),
];

const TEXTS: &[&str] = &[
    "Defence Minister Khawaja Asif left Pakistan yesterday; Asif said little.",
    "Reading is quiet. Floods reached Reading overnight, and reading resumed.",
    "Georgia and GEORGIA, 東京 and 東京都, Pakistani officers.",
    "spokesman Zabihullah Mujahid spoke in Pakistan on 7 November 2025.",
];

fn gazetteer_with_facts() -> Gazetteer {
    let mut g = Gazetteer::new();
    for (label, id, names) in ENTRIES {
        let entity = g.add(label, id, names.iter().copied()).unwrap();
        match *id {
            "ge" => (entity.country, entity.population) = (Some("GE".into()), 3_700_000),
            "rdg" => entity.country = Some("GB".into()),
            _ => {}
        }
    }
    g
}

fn results(m: &Matcher) -> Vec<Vec<gazet::Match>> {
    TEXTS
        .iter()
        .map(|t| m.find(t, reference("2025-11-06")).unwrap())
        .collect()
}

fn saved() -> Vec<u8> {
    Options::all()[47]
        .build(&gazetteer_with_facts(), &["Reading"])
        .to_bytes_with(b"records")
}

#[test]
fn a_round_trip_keeps_results_and_options_under_every_combination() {
    let g = gazetteer_with_facts();
    for o in Options::all() {
        let m = o.build(&g, &["Reading"]);
        let bytes = m.to_bytes();
        let back = Matcher::from_bytes(&bytes).unwrap_or_else(|e| panic!("{o}: {e}"));
        let want = results(&m);
        assert!(want.iter().any(|r| !r.is_empty()), "{o}");
        assert_eq!(results(&back), want, "{o}");
        let options = |m: &Matcher| (m.case(), m.dates(), m.people(), m.discovers(), m.context());
        assert_eq!(options(&back), options(&m));
        assert_eq!(back.index_size(), m.index_size());
        assert_eq!(back.to_bytes(), bytes, "saving is deterministic ({o})");
    }
}

#[test]
fn the_loaded_matcher_names_the_same_entities() {
    let m = Matcher::new(&gazetteer_with_facts()).unwrap();
    let back = Matcher::from_bytes(&m.to_bytes()).unwrap();
    for text in TEXTS {
        let ids = |m: &Matcher| -> Vec<(String, Vec<String>)> {
            m.find(text, None)
                .unwrap()
                .iter()
                .map(|x| {
                    let shared = common::candidate_ids(m, x).into_iter().map(String::from);
                    (common::what(m, &x.found), shared.collect())
                })
                .collect()
        };
        assert_eq!(ids(&back), ids(&m));
    }
}

#[test]
fn extra_bytes_come_back() {
    let m = Matcher::new(&gazetteer(ENTRIES)).unwrap();
    let big: Vec<u8> = (0..100_000u32).map(|i| (i * 7919 % 251) as u8).collect();
    for extra in [&b""[..], b"records", &[0, 0xff, 0xfe, 0], &big] {
        let bytes = m.to_bytes_with(extra);
        let (back, got) = Matcher::from_bytes_with(&bytes).unwrap();
        assert_eq!(got, extra);
        assert_eq!(results(&back), results(&m));
        // from_bytes reads the same container, leaving the extra bytes aside.
        assert_eq!(results(&Matcher::from_bytes(&bytes).unwrap()), results(&m));
    }
    let plain = m.to_bytes();
    let (_, none) = Matcher::from_bytes_with(&plain).unwrap();
    assert!(none.is_empty());
}

fn assert_invalid(bytes: &[u8], what: &str) {
    match Matcher::from_bytes(bytes) {
        Ok(_) => panic!("{what}: loaded"),
        Err(e) => assert!(
            matches!(e.kind(), ErrorKind::InvalidData(_)),
            "{what}: {e:?}"
        ),
    }
}

#[test]
fn every_truncation_fails() {
    let bytes = saved();
    for len in 0..bytes.len() {
        assert_invalid(&bytes[..len], &format!("the first {len} bytes"));
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert_invalid(&longer, "a byte appended");
}

#[test]
fn every_flipped_bit_fails() {
    let bytes = saved();
    for at in 0..bytes.len() {
        for bit in 0..8 {
            let mut flipped = bytes.clone();
            flipped[at] ^= 1 << bit;
            assert_invalid(&flipped, &format!("bit {bit} of byte {at} flipped"));
        }
    }
}

#[test]
fn garbage_fails() {
    assert_invalid(b"", "nothing");
    assert_invalid(b"not a matcher", "text");
    assert_invalid(&[0u8; 64], "zeros");
    let bytes = saved();
    assert_invalid(&bytes[bytes.len() / 2..], "the second half");
}

/// The header's layout (magic and version, u64 payload length, u32 CRC-32 of the
/// payload, then the payload), as src/persist.rs writes it.
const PAYLOAD: usize = 24;

fn reseal(mut bytes: Vec<u8>) -> Vec<u8> {
    let len = (bytes.len() - PAYLOAD) as u64;
    bytes[12..20].copy_from_slice(&len.to_le_bytes());
    let sum = crc32fast::hash(&bytes[PAYLOAD..]);
    bytes[20..24].copy_from_slice(&sum.to_le_bytes());
    bytes
}

#[test]
fn a_damaged_payload_with_a_good_checksum_never_panics() {
    let bytes = saved();
    assert_eq!(reseal(bytes.clone()), bytes, "the header layout changed");
    let mut loaded = 0;
    for at in PAYLOAD..bytes.len() {
        for mask in [0x01, 0x80, 0xff] {
            let mut damaged = bytes.clone();
            damaged[at] ^= mask;
            let Ok(m) = Matcher::from_bytes(&reseal(damaged)) else {
                continue;
            };
            // What loads must work: find without panicking, with sound spans and
            // entities the matcher can name.
            loaded += 1;
            for text in TEXTS {
                let found = m.find(text, None).unwrap();
                check_spans(text, &found).unwrap();
                for x in &found {
                    common::what(&m, &x.found);
                    common::candidate_ids(&m, x);
                }
            }
        }
    }
    println!("{loaded} damaged payloads loaded");
}
