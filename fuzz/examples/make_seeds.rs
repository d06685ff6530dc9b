//! Writes the seed corpora: `cargo run --example make_seeds -- DIR` fills DIR/<target>/.
//!
//! The committed `fuzz/seeds/` came from this; `scripts/fuzz.sh` runs it again before
//! each campaign so that the `from_bytes` seeds follow the saved layout of the tree.

use std::fs;
use std::path::Path;

use gazet::Gazetteer;
use gazet_fuzz::{sample_matchers, split_container};

const TEXTS: &[&str] = &[
    "ISTANBUL: Pakistan's Defence Minister Khawaja Asif arrived on Thursday; Asif said...",
    "Talks resume next Monday, October 25\u{2013}31, after two weeks ago and last winter.",
    "Between 2019 and 2021, mid-2024, fiscal 2025, the 1990s, Q3 2025, this week, 6th of November.",
    "Cafe\u{301}  in Türkiye, Straße, İstanbul, ﬁnal, Øresund Łódź \u{a0}\n\t x",
    "“Quoted” — dashes‐here − and ⑵ ｆｕｌｌ 🌍 中文 Ⅻ ǅ ẞ ΐ",
    "May 5, 2025; in May; Theresa May; the March on Washington; 5 March; Oct. 19, 2025.",
    "from 25 to 31 October 0000, December 9999, yesterday, tomorrow, now, recently, in the future",
];

fn write(dir: &Path, target: &str, name: &str, bytes: &[u8]) {
    let d = dir.join(target);
    fs::create_dir_all(&d).unwrap();
    fs::write(d.join(name), bytes).unwrap();
}

fn main() {
    let dir = std::env::args().nth(1).expect("usage: make_seeds DIR");
    let dir = Path::new(&dir);

    for (i, text) in TEXTS.iter().enumerate() {
        // normalize: a flag byte (fold case or not) and the text.
        for fold in [0u8, 1] {
            let mut b = vec![fold];
            b.extend_from_slice(text.as_bytes());
            write(dir, "normalize", &format!("text{i}_fold{fold}"), &b);
        }
        // dates: four bytes choosing the reference date, then the text.
        for (k, head) in [
            [4u8, 35, 10, 5],
            [0, 0, 0, 0],
            [1, 0, 0, 0],
            [2, 255, 255, 255],
        ]
        .iter()
        .enumerate()
        {
            let mut b = head.to_vec();
            b.extend_from_slice(text.as_bytes());
            write(dir, "dates", &format!("text{i}_ref{k}"), &b);
        }
    }

    // gazetteer: JSON forms (even mode byte) and nothing else; add() inputs come from
    // the fuzzer.
    let mut g = Gazetteer::new();
    g.add("PLACE", "place:istanbul", ["Istanbul", "İstanbul"])
        .unwrap()
        .population = 15_000_000;
    g.add("PLACE", "place:georgia", ["Georgia"])
        .unwrap()
        .country = Some("GE".into());
    g.add("PERSON", "person:asif", ["Khawaja Asif"]).unwrap();
    let mut b = vec![0u8];
    b.extend(serde_json::to_vec(&g).unwrap());
    write(dir, "gazetteer", "json", &b);
    let mut b = vec![0xC2u8];
    b.extend(serde_json::to_vec_pretty(&g).unwrap());
    write(dir, "gazetteer", "json_pretty", &b);
    write(
        dir,
        "gazetteer",
        "json_edge",
        br#"P[{"label":"","id":"","names":["","  ","\u0301"],"country":"","population":18446744073709551615},{"label":"PLACE","id":"x","names":["X"]},{"label":"PLACE","id":"x","names":["X"]}]"#,
    );

    // scan: bytes the target decodes with `arbitrary` (any bytes are an input); texts
    // and a few patterned byte strings give it a start.
    for (i, text) in TEXTS.iter().enumerate() {
        write(dir, "scan", &format!("text{i}"), text.as_bytes());
    }
    for (i, b) in [
        [3u8, 1, 0, 2, 7, 9, 1, 3, 0, 4],
        [6, 2, 1, 3, 3, 1, 0, 1, 2, 2],
        [1, 0, 1, 0, 1, 0, 1, 0, 1, 0],
    ]
    .iter()
    .enumerate()
    {
        let bytes: Vec<u8> = b.iter().cycle().take(160).copied().collect();
        write(dir, "scan", &format!("pattern{i}"), &bytes);
    }

    // from_bytes: whole containers (mode 0) and bare payloads (mode 1).
    for (i, m) in sample_matchers().iter().enumerate() {
        let bytes = m.to_bytes();
        let mut b = vec![0u8];
        b.extend_from_slice(&bytes);
        write(dir, "from_bytes", &format!("container{i}"), &b);
        if let Some((_, payload)) = split_container(&bytes) {
            let mut b = vec![1u8];
            b.extend_from_slice(payload);
            write(dir, "from_bytes", &format!("payload{i}"), &b);
        }
        // mode 2: sample i with one edit.
        write(
            dir,
            "from_bytes",
            &format!("edit{i}"),
            &[2, i as u8, 40, 0, 1],
        );
    }
}
