//! The scan under every option: a small gazetteer and a text from the fuzzer's bytes,
//! every combination of case policy, dates, people, discover and context.
//!
//! Invariants: `find` and `find_entities` never panic or fail on text under 4 GiB; spans
//! are non-empty, inside the text, on char boundaries, sorted and non-overlapping; every
//! match is something the options allow; without context rules a hit's text holds a name
//! of its entity once normalized; `find_many` gives each document what `find` gives it.
#![no_main]

use arbitrary::{Arbitrary, Result, Unstructured};
use gazet::{find_many, normalize_name, CaseMode, Found, Gazetteer, Matcher};
use gazet_fuzz::{check_matches, check_spans, reference, render, Allowed, NameSpec, Piece};
use gazet_fuzz::{COUNTRIES, LABELS};
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
struct Entry {
    label: u8,
    id: u8,
    names: Vec<NameSpec>,
    country: Option<u8>,
    population: Option<u32>,
}

#[derive(Debug)]
struct Input {
    entries: Vec<Entry>,
    common: Vec<NameSpec>,
    pieces: Vec<Piece>,
    cuts: Vec<u16>,
    reference: Option<gazet::Date>,
    threads: Option<usize>,
}

fn input(u: &mut Unstructured<'_>) -> Result<Input> {
    let n = u.int_in_range(0..=6)?;
    let entries = (0..n)
        .map(|_| u.arbitrary())
        .collect::<Result<Vec<Entry>>>()?;
    let common = (0..u.int_in_range(0..=2)?)
        .map(|_| u.arbitrary())
        .collect::<Result<_>>()?;
    let reference = reference(u)?;
    let threads = match u.int_in_range(0..=3)? {
        0 => None,
        1 => Some(2),
        _ => Some(1),
    };
    let cuts = (0..u.int_in_range(0..=3)?)
        .map(|_| u.arbitrary())
        .collect::<Result<_>>()?;
    let mut pieces = Vec::new();
    while !u.is_empty() && pieces.len() < 48 {
        pieces.push(u.arbitrary()?);
    }
    Ok(Input {
        entries,
        common,
        pieces,
        cuts,
        reference,
        threads,
    })
}

fn gazetteer(entries: &[Entry]) -> (Gazetteer, Vec<String>) {
    let mut g = Gazetteer::new();
    let mut all = Vec::new();
    for e in entries {
        let label = LABELS[e.label as usize % LABELS.len()];
        let id = format!("id:{}", e.id % 8);
        let names: Vec<String> = e.names.iter().take(3).map(NameSpec::make).collect();
        all.extend(names.iter().cloned());
        let entity = g
            .add(label, &id, names)
            .expect("label and id are not empty");
        if let Some(c) = e.country {
            entity.country = Some(COUNTRIES[c as usize % COUNTRIES.len()].to_owned());
        }
        entity.population = e.population.map_or(0, u64::from);
    }
    (g, all)
}

/// Document boundaries: the cut points moved down to char boundaries.
fn split<'a>(text: &'a str, cuts: &[u16]) -> Vec<Option<&'a str>> {
    let mut at: Vec<usize> = cuts
        .iter()
        .map(|&c| {
            let mut i = (c as usize).min(text.len());
            while !text.is_char_boundary(i) {
                i -= 1;
            }
            i
        })
        .collect();
    at.sort_unstable();
    let mut docs = Vec::new();
    let mut from = 0;
    for i in at {
        docs.push(Some(&text[from..i]));
        from = i;
    }
    docs.push(Some(&text[from..]));
    docs.push(None);
    docs
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(input) = input(&mut u) else {
        return;
    };
    let (g, names) = gazetteer(&input.entries);
    let text = render(&input.pieces, &names);
    let common: Vec<String> = input.common.iter().map(NameSpec::make).collect();
    let docs = split(&text, &input.cuts);
    let refs: Vec<_> = docs.iter().map(|_| input.reference).collect();

    for case in [CaseMode::Insensitive, CaseMode::Smart, CaseMode::Sensitive] {
        for bits in 0..16u8 {
            let (dates, people, discover, context) =
                (bits & 1 != 0, bits & 2 != 0, bits & 4 != 0, bits & 8 != 0);
            let what = format!(
                "case={case:?} dates={dates} people={people} discover={discover} context={context}"
            );
            let built = Matcher::builder()
                .case(case)
                .dates(dates)
                .people(people)
                .discover(discover)
                .context(context)
                .common_words(&common)
                .build(&g);
            let m = match built {
                Ok(m) => m,
                // A name that normalizes to nothing fails the build, whatever the options.
                Err(e) => {
                    assert!(
                        e.to_string().contains("empty name"),
                        "{what}: build failed: {e}"
                    );
                    return;
                }
            };
            let allowed = Allowed { dates, discover };

            let found = m
                .find(&text, input.reference)
                .unwrap_or_else(|e| panic!("{what}: find failed: {e}"));
            check_matches(&text, &m, &found, allowed, &what);

            let entities = m
                .find_entities(&text)
                .unwrap_or_else(|e| panic!("{what}: find_entities failed: {e}"));
            check_spans(
                &text,
                entities.iter().map(|h| (h.span.start, h.span.end)),
                &what,
            );
            let fold = case != CaseMode::Sensitive;
            for h in &entities {
                let Found::Entity(e) = h.found else {
                    panic!("{what}: find_entities gave {:?}", h.found);
                };
                let e = e.as_usize();
                assert!(e < g.len(), "{what}: entity {e} out of range");
                if !context {
                    // A plain dictionary hit: its text, normalized, holds one of the
                    // entity's normalized names (a span grows to whole input characters).
                    let got = normalize_name(&text[h.span.start..h.span.end], fold);
                    let ok = g.entities()[e]
                        .names
                        .iter()
                        .any(|n| got.contains(&normalize_name(n, fold)));
                    assert!(
                        ok,
                        "{what}: hit {:?} = {got:?} is no name of entity {e} {:?}",
                        &text[h.span.start..h.span.end],
                        g.entities()[e].names
                    );
                }
            }

            // Batches: each document alone, and the same through find_many.
            let many = find_many(&m, &docs, &refs, input.threads);
            assert_eq!(many.len(), docs.len(), "{what}: find_many lost documents");
            for (doc, got) in docs.iter().zip(&many) {
                let got = got
                    .as_ref()
                    .unwrap_or_else(|e| panic!("{what}: find_many failed on {doc:?}: {e}"));
                match doc {
                    None => assert!(got.is_empty(), "{what}: matches in a None document"),
                    Some(doc) => {
                        let alone = m.find(doc, input.reference).unwrap();
                        assert_eq!(
                            got, &alone,
                            "{what}: find_many differs from find on {doc:?}"
                        );
                    }
                }
            }
        }
    }
});
