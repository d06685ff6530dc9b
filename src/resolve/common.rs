//! Common words: place names that are also ordinary words ("Reading", "Nice", "Split").
//! A capital at the start of a sentence or in a headline says nothing, so there such a
//! name counts only when the document names its country elsewhere; a small place (under
//! 100,000 people) needs a word of place right before it ("in Police", "the town of
//! Police") or the place it lies in right after it ("SALE, England") wherever it stands.
//! An abbreviated division ("Ky.", "W.Va.") needs the place it holds right before it
//! ("Louisville, Ky.") or a word of place ("in D.C."): alone, "Mass." and "Ore." are more
//! often a word or a name.

use super::context::applies_to;
use super::Document;
use crate::found::Found;
use crate::text::{in_headline, prev_word, sentence_initial};

/// Places with fewer people than this (and a known population), named like a word, need
/// a word of place before them.
const SMALL: u64 = 100_000;

/// Words of place before a name: "in Police", "near Union".
const LOCATIVES: &[&str] = &[
    "in", "at", "near", "from", "outside", "across", "to", "into",
];
/// Words that make "<word> of X" a place: "the town of Police", "the township of Union".
const PLACE_HEADS: &[&str] = &[
    "town",
    "township",
    "city",
    "village",
    "port",
    "municipality",
    "borough",
    "suburb",
    "district",
    "county",
    "hamlet",
];

/// Whether a word of place stands right before byte `start`: "in Police", "the town of
/// Police".
pub(crate) fn placed(text: &str, start: usize) -> bool {
    let word = |at: usize| prev_word(text, at, |_| false);
    match word(start) {
        Some((_, w)) if LOCATIVES.contains(&w) => true,
        Some((s, "of")) => word(s).is_some_and(|(_, h)| PLACE_HEADS.contains(&h)),
        _ => false,
    }
}

/// Whether the mention at `start..end` of entity `e` is an abbreviation ending in a full
/// stop of a first-level division (a place with a country and no population): "Ky.".
fn abbreviated_division(
    doc: &Document<'_>,
    e: crate::ids::EntityIndex,
    start: usize,
    end: usize,
) -> bool {
    let entities = doc.entities;
    doc.text[start..end].ends_with('.')
        && entities.label(e) == "PLACE"
        && entities.population(e) == 0
        && entities.country(e).is_some()
}

/// The rule: vetoes common-word mentions of built-in labels that stand where a capital
/// says nothing, unless the document backs them.
pub(crate) fn veto(doc: &mut Document<'_>) {
    let vetoed: Vec<usize> = (0..doc.mentions.len())
        .filter(|&i| {
            let m = &doc.mentions[i];
            let (Some(key), Found::Entity(e)) = (m.key, &m.found) else {
                return false;
            };
            let (start, end) = (m.span.start, m.span.end);
            if m.kept && abbreviated_division(doc, *e, start, end) {
                let after_place = i > 0 && {
                    let p = &doc.mentions[i - 1];
                    p.kept && p.span.end + 2 == start && doc.text[p.span.end..].starts_with(", ")
                };
                return !(after_place || placed(doc.text, start));
            }
            if !m.kept || !doc.keys.common_word(key) || !applies_to(doc.entities.label(*e)) {
                return false;
            }
            let positional = sentence_initial(doc.text, start) || in_headline(doc.text, start, end);
            // A small place named like a word ("Police" in Poland, "University" in
            // Florida) needs a word of place before it ("in Police") or the place it
            // lies in after it ("SALE, England"): organisations capitalise such words,
            // and name their country too ("Punjab Police").
            let population = doc.entities.population(*e);
            if population > 0 && population < SMALL {
                let within = doc.mentions.get(i + 1).is_some_and(|n| {
                    n.kept && n.span.start == end + 2 && doc.text[end..].starts_with(", ")
                });
                return !(within || placed(doc.text, start));
            }
            positional && !doc.backed(m)
        })
        .collect();
    for i in vetoed {
        doc.mentions[i].kept = false;
    }
}

#[cfg(test)]
mod tests {
    use crate::{CaseMode, Gazetteer, Matcher};

    fn found(text: &str, case: CaseMode) -> Vec<&str> {
        let mut g = Gazetteer::new();
        g.add("PLACE", "rdg", ["Reading"]).unwrap().country = Some("GB".into());
        g.add("PLACE", "gb", ["Britain"]).unwrap().country = Some("GB".into());
        let m = Matcher::builder()
            .case(case)
            .dates(false)
            .common_words(["Reading"])
            .build(&g)
            .unwrap();
        m.find(text, None)
            .unwrap()
            .into_iter()
            .map(|x| &text[x.span.start..x.span.end])
            .collect()
    }

    #[test]
    fn position_alone_is_not_evidence() {
        assert!(found("Reading is fun.", CaseMode::Smart).is_empty());
        assert_eq!(found("We met in Reading.", CaseMode::Smart), ["Reading"]);
        let backed = "Reading is fun. Britain agrees.";
        assert_eq!(found(backed, CaseMode::Smart), ["Reading", "Britain"]);
        // Insensitive matching has no capitals to read: the rule stays out.
        assert_eq!(found("Reading is fun.", CaseMode::Insensitive), ["Reading"]);
    }

    #[test]
    fn a_small_place_named_like_a_word_needs_a_word_of_place() {
        let mut g = Gazetteer::new();
        let police = g.add("PLACE", "police-pl", ["Police"]).unwrap();
        police.population = 34_000;
        police.country = Some("PL".into());
        g.add("PLACE", "pl", ["Poland"]).unwrap().country = Some("PL".into());
        let m = Matcher::builder()
            .dates(false)
            .common_words(["Police"])
            .build(&g)
            .unwrap();
        let found = |text: &str| -> Vec<String> {
            m.find(text, None)
                .unwrap()
                .into_iter()
                .map(|x| text[x.span.start..x.span.end].to_owned())
                .collect()
        };
        // Capitalised mid-sentence and its country named: still an organisation's word.
        assert_eq!(found("Punjab Police and Poland."), ["Poland"]);
        assert_eq!(
            found("Storms hit Poland and the port town of Police."),
            ["Poland", "Police"]
        );
        assert_eq!(found("Storms hit Police."), Vec::<String>::new());
        assert_eq!(found("Floods near Police."), ["Police"]);
        assert_eq!(found("POLICE, Poland - Floods."), ["POLICE", "Poland"]);
    }

    #[test]
    fn an_abbreviated_division_needs_a_place_or_a_word_of_place_before_it() {
        let mut g = Gazetteer::new();
        g.add("PLACE", "ma", ["Massachusetts", "Mass."])
            .unwrap()
            .country = Some("US".into());
        let boston = g.add("PLACE", "boston", ["Boston"]).unwrap();
        (boston.population, boston.country) = (650_000, Some("US".into()));
        let m = Matcher::builder().dates(false).build(&g).unwrap();
        let found = |text: &str| -> Vec<String> {
            let hits = m.find(text, None).unwrap().into_iter();
            hits.map(|x| text[x.span.start..x.span.end].to_owned())
                .collect()
        };
        assert_eq!(found("He flew to Boston, Mass."), ["Boston", "Mass."]);
        assert_eq!(found("She studied in Mass. for years."), ["Mass."]);
        assert_eq!(
            found("They went to Midnight Mass. It was cold."),
            Vec::<String>::new()
        );
        assert_eq!(found("Boston Mass. choir"), ["Boston"]); // no comma: not "Boston, Mass."
        assert_eq!(found("Massachusetts voted."), ["Massachusetts"]);
    }
}
