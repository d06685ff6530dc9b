//! Gazetteer parsing and building.
//!
//! Input: a mode byte, then either the serde JSON form of a `Gazetteer` (mode even) or a
//! list of `Gazetteer::add` calls with arbitrary strings (mode odd). Errors are fine,
//! panics are not. A gazetteer that parses round-trips through JSON; one that builds
//! saves and loads, and finds on text made of its own names.
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use gazet::{CaseMode, Gazetteer, Matcher};
use gazet_fuzz::{check_matches, Allowed};
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
struct Add {
    label: String,
    id: String,
    names: Vec<String>,
    country: Option<String>,
    population: u64,
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let g = if mode % 2 == 0 {
        let Ok(g) = serde_json::from_slice::<Gazetteer>(rest) else {
            return;
        };
        let json = serde_json::to_vec(&g).expect("a gazetteer serializes");
        let back: Gazetteer = serde_json::from_slice(&json).expect("its own JSON parses");
        assert_eq!(back.entities(), g.entities(), "JSON round trip");
        g
    } else {
        let mut u = Unstructured::new(rest);
        let mut g = Gazetteer::new();
        for _ in 0..u.int_in_range(0..=8).unwrap_or(0) {
            let Ok(add) = u.arbitrary::<Add>() else {
                break;
            };
            let before = g.len();
            match g.add(&add.label, &add.id, add.names.iter().cloned()) {
                Ok(e) => {
                    e.country = add.country;
                    e.population = add.population;
                }
                Err(_) => assert_eq!(g.len(), before, "a failed add added"),
            }
        }
        g
    };

    let case =
        [CaseMode::Insensitive, CaseMode::Smart, CaseMode::Sensitive][(mode as usize / 2) % 3];
    let people = mode & 0x40 != 0;
    let discover = mode & 0x80 != 0;
    let Ok(m) = Matcher::builder()
        .case(case)
        .people(people)
        .discover(discover)
        .build(&g)
    else {
        return;
    };
    assert_eq!(m.entities().len(), g.len(), "entity count");
    for (i, e) in m.entities().indexes().zip(g.entities()) {
        assert_eq!(
            m.entity(i),
            (e.label.as_str(), e.id.as_str()),
            "entity {i:?}"
        );
    }
    // Text made of every name, each in a sentence of its own.
    let text: String = g
        .entities()
        .iter()
        .flat_map(|e| e.names.iter())
        .take(64)
        .map(|n| format!("On Friday {n} said. "))
        .collect();
    let allowed = Allowed {
        dates: true,
        discover,
    };
    let found = m.find(&text, None).expect("find");
    check_matches(&text, &m, &found, allowed, "built");

    let bytes = m.to_bytes();
    let loaded = Matcher::from_bytes(&bytes).unwrap_or_else(|e| panic!("own bytes rejected: {e}"));
    assert_eq!(
        loaded.find(&text, None).expect("find"),
        found,
        "saved and loaded differ"
    );
    assert_eq!(loaded.to_bytes(), bytes, "saving is not deterministic");
});
