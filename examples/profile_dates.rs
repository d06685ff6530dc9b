//! Times the date recognizer alone on short texts (one JSON object a line, field "text"):
//! `cargo run --release --example profile_dates -- FILE.jsonl`.
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("a JSONL file");
    let texts: Vec<String> = std::fs::read_to_string(path)
        .expect("readable")
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).expect("json")["text"]
                .as_str()
                .expect("text")
                .to_owned()
        })
        .collect();
    let finder = gazet::dates::DateFinder::new();
    let reference = gazet::Date::parse("2025-11-06").ok();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut best = f64::MAX;
    for _ in 0..200 {
        let t = Instant::now();
        let n: usize = texts.iter().map(|t| finder.find(t, reference).len()).sum();
        best = best.min(t.elapsed().as_secs_f64());
        assert!(n > 0);
    }
    println!(
        "DateFinder: {} texts, {:.2} us per text, {:.1} MB/s",
        texts.len(),
        best / texts.len() as f64 * 1e6,
        bytes as f64 / best / 1e6
    );
    let matcher = gazet::Matcher::new(&gazet::Gazetteer::new()).expect("empty gazetteer");
    let mut best = f64::MAX;
    for _ in 0..200 {
        let t = Instant::now();
        let n: usize = texts
            .iter()
            .map(|t| matcher.find(t, reference).map_or(0, |m| m.len()))
            .sum();
        best = best.min(t.elapsed().as_secs_f64());
        assert!(n > 0);
    }
    println!(
        "Matcher::find: {:.2} us per text, {:.1} MB/s",
        best / texts.len() as f64 * 1e6,
        bytes as f64 / best / 1e6
    );
}
