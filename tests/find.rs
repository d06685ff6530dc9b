//! `Matcher::find` and `find_entities` through the public API: spans, order, overlaps,
//! candidates, options, on generated non-ASCII and astral text under every option
//! combination.

mod common;

use std::collections::HashMap;

use common::{
    candidate_ids, check_spans, entity, gazetteer, hits, is_a_name, reference, surface, Entry,
    Options, CASES,
};
use gazet::{CaseMode, CharOffsets, Found, Gazetteer, Matcher};

const ENTRIES: &[Entry] = &[
    ("PLACE", "pk", &["Pakistan"]),
    ("DEMONYM", "pk", &["Pakistani"]),
    ("PLACE", "tr", &["Türkiye", "Turkey"]),
    ("PLACE", "nyc", &["New York"]),
    ("PLACE", "york", &["York"]),
    ("PLACE", "us", &["US", "U.S."]),
    ("PLACE", "ga-us", &["Georgia"]),
    ("PLACE", "ge", &["Georgia", "Sakartvelo"]),
    ("PLACE", "tokyo", &["東京"]),
    ("PLACE", "gw", &["Guinea-Bissau"]),
    ("PLACE", "ci", &["Côte d’Ivoire"]),
    ("PLACE", "rdg", &["Reading"]),
    ("PERSON", "asif", &["Khawaja Asif", "Khawaja Muhammad Asif"]),
    ("PERSON", "may", &["Theresa May"]),
    ("ORG", "yoshinoya", &["𠮷野家"]),
    ("X", "allah", &["الله"]),
    ("X", "one", &["1"]),
];

/// Pieces the generated texts are made of: names in folded spellings, neighbours that
/// touch them, astral and combining characters, characters that expand when normalized.
const PIECES: &[&str] = &[
    "Pakistan",
    "PAKISTAN",
    "pakistan",
    "Pakistan’s",
    "Pakistani",
    "Turkiye",
    "TÜRKIYE",
    "Tu\u{308}rkiye",
    "New\u{a0}York",
    "New\n York",
    "Yorkshire",
    "York",
    "US",
    "us",
    "U.S.",
    "Georgia",
    "東京",
    "東京都",
    "「東京」",
    "Guinea–Bissau",
    "Guinea\u{2212}Bissau",
    "Cote d'Ivoire",
    "Reading",
    "reading",
    "Khawaja Asif",
    "Khawaja\u{2003}Muhammad Asif",
    "Asif",
    "Mr Howard",
    "spokesman Zabihullah Mujahid",
    "Zabihullah Mujahid",
    "Theresa May",
    "May",
    "𠮷野家",
    "\u{fdfa}",
    "½",
    "1",
    "😀",
    "🇵🇰",
    "𝒜𝒷",
    "e\u{301}",
    "yesterday",
    "on 7 November 2025",
    "in March",
    "2-1",
    "beat",
    "High Court",
    "talks",
    "in",
    "and",
    ",",
    ".",
    "-based",
    "",
];

const SEPARATORS: &[&str] = &[" ", " ", " ", "", "\u{a0}", "\n", ", ", "  "];

/// A small deterministic generator (xorshift64*), so failures replay.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % n
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len())]
    }
}

fn texts(count: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng(seed);
    (0..count)
        .map(|_| {
            let mut text = String::new();
            for _ in 0..rng.below(14) {
                text.push_str(rng.pick(PIECES));
                text.push_str(rng.pick(SEPARATORS));
            }
            text
        })
        .collect()
}

fn names_of(label: &str, id: &str) -> &'static [&'static str] {
    ENTRIES
        .iter()
        .find(|(l, i, _)| *l == label && *i == id)
        .map(|e| e.2)
        .unwrap_or_else(|| panic!("no entry {label} {id}"))
}

/// Whether `surface` may stand for an entity with `names`: one of them once normalized,
/// a character whose expansion holds one, or (short forms) one word of a name.
fn stands_for(surface: &str, names: &[&str], fold: bool, short_forms: bool) -> bool {
    if is_a_name(surface, names, fold) {
        return true;
    }
    let norm = gazet::normalize_name(surface, fold);
    let one_char = surface.chars().count() == 1;
    if one_char
        && names
            .iter()
            .any(|n| norm.contains(&gazet::normalize_name(n, fold)))
    {
        return true;
    }
    short_forms
        && names
            .iter()
            .flat_map(|n| n.split(' '))
            .any(|w| is_a_name(surface, &[w], fold))
}

#[test]
fn matches_are_sound_on_generated_text_under_every_option() {
    let g = gazetteer(ENTRIES);
    let texts = texts(250, 0x9e37_79b9_7f4a_7c15);
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for o in Options::all() {
        let m = o.build(&g, &["Reading"]);
        let fold = o.case != CaseMode::Sensitive;
        for text in &texts {
            let found = m.find(text, reference("2025-11-06")).unwrap();
            check_spans(text, &found).unwrap_or_else(|why| panic!("{why}: {text:?} ({o})"));
            for x in &found {
                let s = surface(text, x);
                let kind = match &x.found {
                    Found::Entity(_) => {
                        let (label, id) = entity(&m, &x.found).unwrap();
                        let names = names_of(label, id);
                        let short = o.people && label == "PERSON";
                        assert!(
                            stands_for(s, names, fold, short),
                            "{s:?} is not a name of {id} in {text:?} ({o})"
                        );
                        let shared = candidate_ids(&m, x);
                        if !shared.is_empty() {
                            assert!(shared.len() >= 2 && shared.contains(&id), "{shared:?}");
                        }
                        "entity"
                    }
                    Found::Person(_) => {
                        assert!(o.discover, "an unlisted person without discover ({o})");
                        assert!(s.starts_with(char::is_uppercase), "{s:?}");
                        "unlisted"
                    }
                    Found::Date(..) => {
                        assert!(o.dates, "a date without dates ({o})");
                        "date"
                    }
                };
                *seen.entry(kind).or_default() += 1;
            }
        }
    }
    println!("{seen:?}");
    // The generated texts reach every kind of match (else the checks above ran on nothing).
    for kind in ["entity", "unlisted", "date"] {
        assert!(
            seen.get(kind).copied().unwrap_or(0) > 100,
            "{kind}: {seen:?}"
        );
    }
}

#[test]
fn astral_text_spans_are_bytes_and_count_code_points() {
    let g = gazetteer(&[("X", "pk", &["Pakistan"]), ("X", "qa", &["Qatar"])]);
    let m = Matcher::new(&g).unwrap();
    let text = "😀 Pakistan 𝒜𝒜 Qatar";
    let found = m.find(text, None).unwrap();
    let spans: Vec<(usize, usize)> = found.iter().map(|x| (x.span.start, x.span.end)).collect();
    // 😀 and each 𝒜 take four bytes and one code point.
    assert_eq!(spans, [(5, 13), (23, 28)]);
    let mut offsets = CharOffsets::new(text);
    let chars: Vec<usize> = spans
        .iter()
        .flat_map(|&(s, e)| [s, e])
        .map(|b| offsets.at(b))
        .collect();
    assert_eq!(chars, [2, 10, 14, 19]);
}

#[test]
fn char_offsets_count_code_points() {
    let text = "Türkiye 東京 😀 e\u{301} Pakistan";
    let mut offsets = CharOffsets::new(text);
    for (b, _) in text.char_indices().chain([(text.len(), ' ')]) {
        assert_eq!(offsets.at(b), text[..b].chars().count(), "byte {b}");
    }
}

#[test]
fn candidates_are_the_entities_sharing_the_name_in_gazetteer_order() {
    let g = gazetteer(&[
        ("PLACE", "ga-us", &["Georgia"]),
        ("PLACE", "pk", &["Pakistan"]),
        ("PLACE", "ge", &["Sakartvelo", "georgia"]),
    ]);
    for case in CASES {
        let m = Matcher::builder().case(case).build(&g).unwrap();
        let text = "Georgia and Pakistan";
        let found = m.find(text, None).unwrap();
        let candidates: Vec<Vec<&str>> = found.iter().map(|x| candidate_ids(&m, x)).collect();
        // Sensitive case keeps "Georgia" and "georgia" apart: no name is shared.
        let want: &[&[&str]] = match case {
            CaseMode::Sensitive => &[&[], &[]],
            _ => &[&["ga-us", "ge"], &[]],
        };
        assert_eq!(candidates, want, "{case:?}");
        assert_eq!(entity(&m, &found[0].found), Some(("PLACE", "ga-us")));
    }
}

#[test]
fn the_chosen_entity_is_among_the_candidates() {
    let mut g = Gazetteer::new();
    g.add("PLACE", "hyd-in", ["Hyderabad"]).unwrap().country = Some("IN".into());
    g.add("PLACE", "hyd-pk", ["Hyderabad"]).unwrap().country = Some("PK".into());
    g.add("PLACE", "pk", ["Pakistan"]).unwrap().country = Some("PK".into());
    let m = Matcher::new(&g).unwrap();
    let found = m.find("Hyderabad, Pakistan", None).unwrap();
    assert_eq!(entity(&m, &found[0].found), Some(("PLACE", "hyd-pk")));
    assert_eq!(candidate_ids(&m, &found[0]), ["hyd-in", "hyd-pk"]);
}

#[test]
fn find_entities_is_find_without_dates() {
    let g = gazetteer(ENTRIES);
    let texts = texts(100, 7);
    for o in Options::all() {
        let m = o.build(&g, &["Reading"]);
        let without = Options { dates: false, ..o }.build(&g, &["Reading"]);
        for text in &texts {
            let entities = m.find_entities(text).unwrap();
            assert_eq!(
                entities,
                without.find(text, None).unwrap(),
                "{text:?} ({o})"
            );
        }
    }
}

#[test]
fn the_builder_options_are_reported_and_kept() {
    let g = gazetteer(ENTRIES);
    for o in Options::all() {
        let m = o.build(&g, &[]);
        let got = (m.case(), m.dates(), m.people(), m.discovers(), m.context());
        assert_eq!(got, (o.case, o.dates, o.people, o.discover, o.context));
        assert_eq!(m.with_discover(!o.discover).discovers(), !o.discover);
        assert_eq!(m.with_discover(!o.discover).case(), o.case);
    }
    let d = Matcher::new(&g).unwrap();
    let defaults = (d.case(), d.dates(), d.people(), d.discovers(), d.context());
    assert_eq!(defaults, (CaseMode::Smart, true, true, true, true));
}

#[test]
fn with_discover_finds_what_a_discovering_build_finds() {
    let g = gazetteer(ENTRIES);
    let built = Matcher::builder().discover(true).build(&g).unwrap();
    let switched = Matcher::new(&g).unwrap().with_discover(true);
    let text = "Taliban spokesman Zabihullah Mujahid met Khawaja Asif in Pakistan.";
    let found = hits(&switched, text, None);
    assert_eq!(found, hits(&built, text, None));
    assert!(found.contains(&("Zabihullah Mujahid".into(), common::UNLISTED.into())));
}

#[test]
fn an_empty_gazetteer_finds_dates_only() {
    let m = Matcher::new(&Gazetteer::new()).unwrap();
    let text = "Talks in Doha on 7 November 2025.";
    assert_eq!(
        hits(&m, text, None),
        [("7 November 2025".to_owned(), "DATE 2025-11-07".to_owned())]
    );
    assert_eq!(m.find_entities(text).unwrap(), []);
    let none = Matcher::builder()
        .dates(false)
        .build(&Gazetteer::new())
        .unwrap();
    assert_eq!(none.find(text, None).unwrap(), []);
}

#[test]
fn relative_dates_resolve_against_each_call_s_reference() {
    let m = Matcher::new(&Gazetteer::new()).unwrap();
    let text = "The deal was signed yesterday.";
    let value = |r: Option<&str>| hits(&m, text, r.and_then(reference))[0].1.clone();
    assert_eq!(value(Some("2025-11-06")), "DATE 2025-11-05");
    assert_eq!(value(Some("2025-01-01")), "DATE 2024-12-31");
    assert_eq!(value(None), "DATE");
}

#[test]
fn one_matcher_shared_by_threads_gives_the_same_results() {
    let g = gazetteer(ENTRIES);
    let m = Matcher::builder().discover(true).build(&g).unwrap();
    let texts = texts(60, 99);
    let want: Vec<_> = texts
        .iter()
        .map(|t| m.find(t, reference("2025-11-06")).unwrap())
        .collect();
    std::thread::scope(|s| {
        let workers: Vec<_> = (0..4)
            .map(|_| {
                s.spawn(|| {
                    texts
                        .iter()
                        .map(|t| m.find(t, reference("2025-11-06")).unwrap())
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for w in workers {
            assert_eq!(w.join().unwrap(), want);
        }
    });
}
