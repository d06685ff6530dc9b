//! duckling_peer: runs the Rust `duckling` crate (0.4) over JSON lines, for
//! benches/bench_dates.py. Not part of gazet.
//!
//! stdin, one JSON object a line:   {"id": "...", "text": "...", "ref_date": "YYYY-MM-DD" | null}
//! stdout, one JSON object a line:  {"id": "...", "found": [{"start", "end", "text", "value",
//!                                   "value_end", "grain", "kind", "latent"}]}
//!
//! - start/end are Python `str` offsets (Unicode code points). duckling's `Entity.start/end`
//!   are UTF-8 byte offsets into the text (its `body` is `text[start..end]`); they are
//!   converted here.
//! - value: ISO 8601 string of the time point (for an interval, its start; for an interval
//!   open at the start, its end). A naive (wall-clock) point is written without an offset,
//!   an instant with its offset. For a duration: a TIMEX3-like "P3D", "PT2H".
//!   value_end: the interval's (exclusive) end, or null.
//! - grain: duckling's grain ("day", "hour", ...). kind: "time" or "duration".
//! - The reference time is 00:00 UTC of ref_date. With ref_date null, a FIXED reference,
//!   2000-01-01 00:00 UTC, is used (the bench itself always sends a date).
//!
//! `--time PASSES [--min-pass SECONDS]`: after writing the output (which is the warm-up
//! sweep), parse all texts again PASSES times in-process (each timed pass repeats the sweep
//! so it lasts at least SECONDS, default 0) and print one JSON line to stderr:
//! {"median_s": seconds per sweep (median pass), "passes_s": [...], "reps": k, "texts": n}.
//! No process start-up, JSON or offset conversion is inside the timed loop.

use std::io::{self, BufRead, BufWriter, Write};
use std::time::Instant;

use chrono::{FixedOffset, NaiveDate, TimeZone};
use duckling::{
    parse, Context, DimensionKind, DimensionValue, Entity, Grain, Lang, Locale, Options, TimePoint,
    TimeValue,
};
use serde_json::{json, Value};

const DIMS: [DimensionKind; 2] = [DimensionKind::Time, DimensionKind::Duration];
const FIXED_REF: (i32, u32, u32) = (2000, 1, 1);

struct Doc {
    id: Value,
    text: String,
    context: Context,
}

fn reference(ref_date: Option<&str>, locale: Locale) -> Result<Context, String> {
    let day = match ref_date {
        Some(s) => NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("bad ref_date {s:?}: {e}"))?,
        None => NaiveDate::from_ymd_opt(FIXED_REF.0, FIXED_REF.1, FIXED_REF.2).unwrap(),
    };
    let utc = FixedOffset::east_opt(0).unwrap();
    let t = utc
        .from_local_datetime(&day.and_hms_opt(0, 0, 0).unwrap())
        .single()
        .ok_or("reference time")?;
    Ok(Context { reference_time: t, locale })
}

fn point(p: &TimePoint) -> (String, Grain) {
    match p {
        TimePoint::Naive { value, grain } => (value.format("%Y-%m-%dT%H:%M:%S").to_string(), *grain),
        TimePoint::Instant { value, grain } => (value.format("%Y-%m-%dT%H:%M:%S%:z").to_string(), *grain),
    }
}

fn duration_value(n: i64, grain: Grain) -> String {
    match grain {
        Grain::Year => format!("P{n}Y"),
        Grain::Quarter => format!("P{}M", n.saturating_mul(3)),
        Grain::Month => format!("P{n}M"),
        Grain::Week => format!("P{n}W"),
        Grain::Day => format!("P{n}D"),
        Grain::Hour => format!("PT{n}H"),
        Grain::Minute => format!("PT{n}M"),
        Grain::Second | Grain::NoGrain => format!("PT{n}S"),
    }
}

/// Byte offset -> code point offset, for byte offsets on char boundaries.
fn char_offset(text: &str, byte: usize) -> usize {
    text.get(..byte).map(|s| s.chars().count()).unwrap_or_else(|| text.chars().count())
}

fn entity_json(text: &str, e: &Entity) -> Option<Value> {
    let (kind, value, value_end, grain) = match &e.value {
        DimensionValue::Time(TimeValue::Single { value, .. }) => {
            let (v, g) = point(value);
            ("time", v, None, g)
        }
        DimensionValue::Time(TimeValue::Interval { from, to, .. }) => {
            let end = to.as_ref().map(point);
            match (from.as_ref().map(point), end) {
                (Some((v, g)), end) => ("time", v, end.map(|x| x.0), g),
                (None, Some((v, g))) => ("time", v.clone(), Some(v), g),
                (None, None) => return None,
            }
        }
        DimensionValue::Duration { value, grain, .. } => ("duration", duration_value(*value, *grain), None, *grain),
        _ => return None,
    };
    Some(json!({
        "start": char_offset(text, e.start),
        "end": char_offset(text, e.end),
        "text": e.body,
        "value": value,
        "value_end": value_end,
        "grain": grain.as_str(),
        "kind": kind,
        "latent": e.latent.unwrap_or(false),
    }))
}

fn usage() -> ! {
    eprintln!("usage: duckling_peer [--time PASSES [--min-pass SECONDS]] < lines.jsonl > found.jsonl");
    std::process::exit(2);
}

fn main() {
    let mut time_passes: Option<usize> = None;
    let mut min_pass = 0.0f64;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--time" => time_passes = Some(args.next().and_then(|s| s.parse().ok()).unwrap_or_else(|| usage())),
            "--min-pass" => min_pass = args.next().and_then(|s| s.parse().ok()).unwrap_or_else(|| usage()),
            _ => usage(),
        }
    }

    let locale = Locale::new(Lang::EN, None);
    let options = Options::default();
    let mut docs = Vec::new();
    for (n, line) in io::stdin().lock().lines().enumerate() {
        let line = line.expect("reading stdin");
        if line.trim().is_empty() {
            continue;
        }
        let r: Value = serde_json::from_str(&line).unwrap_or_else(|e| panic!("line {}: {e}", n + 1));
        let text = r["text"].as_str().unwrap_or_else(|| panic!("line {}: no text", n + 1)).to_string();
        let context = reference(r["ref_date"].as_str(), locale).unwrap_or_else(|e| panic!("line {}: {e}", n + 1));
        docs.push(Doc { id: r["id"].clone(), text, context });
    }

    // The scored sweep (also the warm-up: duckling builds and caches its rules on first use).
    let out = io::stdout();
    let mut w = BufWriter::new(out.lock());
    for d in &docs {
        let found: Vec<Value> = parse(&d.text, &locale, &DIMS, &d.context, &options)
            .iter()
            .filter_map(|e| entity_json(&d.text, e))
            .collect();
        serde_json::to_writer(&mut w, &json!({"id": d.id, "found": found})).unwrap();
        w.write_all(b"\n").unwrap();
    }
    w.flush().unwrap();
    drop(w);

    let Some(passes) = time_passes else { return };
    let sweep = || {
        let mut n = 0usize;
        for d in &docs {
            n += std::hint::black_box(parse(&d.text, &locale, &DIMS, &d.context, &options)).len();
        }
        n
    };
    let t0 = Instant::now();
    sweep();
    let one = t0.elapsed().as_secs_f64().max(1e-6);
    let reps = if min_pass > 0.0 { (min_pass / one) as usize + 1 } else { 1 };
    let mut times = Vec::with_capacity(passes);
    for _ in 0..passes.max(1) {
        let t0 = Instant::now();
        for _ in 0..reps {
            sweep();
        }
        times.push(t0.elapsed().as_secs_f64() / reps as f64);
    }
    let mut sorted = times.clone();
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let k = sorted.len();
    let median = if k % 2 == 1 { sorted[k / 2] } else { (sorted[k / 2 - 1] + sorted[k / 2]) / 2.0 };
    eprintln!("{}", json!({"median_s": median, "passes_s": times, "reps": reps, "texts": docs.len()}));
}
