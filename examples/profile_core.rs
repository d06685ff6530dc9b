//! Times the core alone (no Python) on a JSONL corpus and a CSV gazetteer:
//! `cargo run --release --example profile_core -- NEWS.jsonl GAZETTEER.csv`
//! (env PASSES, BUILDS, PEOPLE, CONTEXT).
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let docs: Vec<String> = std::fs::read_to_string(&args[1])
        .expect("corpus")
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("json line");
            v["text"].as_str().expect("text").to_owned()
        })
        .collect();
    let mut g = gazet::Gazetteer::new();
    for line in std::fs::read_to_string(&args[2])
        .expect("gazetteer")
        .lines()
        .skip(1)
    {
        let f: Vec<&str> = line.trim_end_matches('\r').splitn(3, ',').collect();
        let name = f[2].trim_matches('"');
        let _ = g.add(f[0], f[1], [name]);
    }
    let builds: usize = std::env::var("BUILDS").map_or(1, |b| b.parse().expect("BUILDS"));
    let mut build_times = Vec::new();
    let mut m = None;
    for _ in 0..builds {
        let t = Instant::now();
        m = Some(
            gazet::Matcher::builder()
                .case(gazet::CaseMode::Insensitive)
                .dates(false)
                .people(std::env::var_os("PEOPLE").is_some())
                .context(std::env::var_os("CONTEXT").is_some())
                .build(&g)
                .expect("build"),
        );
        build_times.push(t.elapsed().as_secs_f64());
    }
    build_times.sort_by(f64::total_cmp);
    println!("build median of {builds}: {:.3}s", build_times[builds / 2]);
    let m = m.expect("at least one build");
    let mb = docs.iter().map(|d| d.len()).sum::<usize>() as f64 / 1e6;
    let passes: usize = std::env::var("PASSES").map_or(9, |p| p.parse().expect("PASSES"));
    let mut times = Vec::new();
    let mut hits = 0;
    for _ in 0..passes {
        let t = Instant::now();
        hits = docs.iter().map(|d| m.find(d, None).unwrap().len()).sum();
        times.push(t.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    println!(
        "{hits} hits; find median of {passes}: {:.1} MB/s, best {:.1}",
        mb / times[passes / 2],
        mb / times[0]
    );
}
