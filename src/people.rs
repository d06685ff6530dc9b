//! People beyond the list: short forms of listed people linked within a document
//! ("Asif" after "Khawaja Asif"), and names a title or role introduces
//! ("spokesman Zabihullah Mujahid") found without a list.

use std::collections::{BTreeMap, HashMap};

use crate::boundary::is_word_char;
use crate::entities::Entities;
use crate::gazetteer::Entity;
use crate::matcher::{Found, Match, Span};
use crate::normalize::normalize_name;

/// The label whose entities get short forms and whose unlisted names are discovered.
pub const PERSON: &str = "PERSON";

/// Words that introduce a name (lower case): honorifics, ranks, offices and roles.
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "gen",
    "general",
    "lt",
    "lieutenant",
    "col",
    "colonel",
    "maj",
    "major",
    "capt",
    "captain",
    "adm",
    "admiral",
    "brig",
    "brigadier",
    "marshal",
    "sgt",
    "sergeant",
    "president",
    "premier",
    "chancellor",
    "minister",
    "secretary",
    "chief",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "senator",
    "sen",
    "rep",
    "governor",
    "gov",
    "mayor",
    "judge",
    "justice",
    "ambassador",
    "envoy",
    "commander",
    "chairman",
    "chairwoman",
    "director",
    "king",
    "queen",
    "prince",
    "princess",
    "sheikh",
    "emir",
    "imam",
    "mullah",
    "maulana",
    "mufti",
    "cardinal",
    "pope",
    "bishop",
    "archbishop",
    "rev",
    "coach",
    "manager",
    "striker",
    "defender",
    "midfielder",
    "goalkeeper",
    "ceo",
    "founder",
    "leader",
    "deputy",
    "adviser",
    "advisor",
    "lawyer",
    "attorney",
    "prosecutor",
    "analyst",
    "correspondent",
    "executive",
    "officer",
    "mp",
];

/// Honorifics that may stand before a surname alone ("Mr Mujahid").
const HONORIFICS: &[&str] = &["mr", "mrs", "ms", "miss", "dr", "sir", "dame"];

/// Capitalised words that end a discovered name because they name an organisation,
/// an office or a thing, not a person.
const NOT_NAMES: &[&str] = &[
    "assembly",
    "council",
    "ministry",
    "department",
    "party",
    "army",
    "forces",
    "force",
    "university",
    "bank",
    "company",
    "committee",
    "court",
    "corp",
    "inc",
    "ltd",
    "group",
    "office",
    "government",
    "staff",
    "police",
    "league",
    "club",
    "association",
    "agency",
    "commission",
    "board",
    "house",
    "senate",
    "parliament",
    "cabinet",
    "of",
    "the",
    "and",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Lower-case particles that may sit inside a name ("Osama bin Laden").
const PARTICLES: &[&str] = &[
    "bin", "bint", "ibn", "al", "ul", "ud", "de", "da", "van", "von", "der", "la", "le",
];

/// Short forms (first and last name words, normalized) of each listed person.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct People {
    short_forms: BTreeMap<u32, Vec<String>>,
}

impl People {
    /// The entities that have short forms.
    pub fn entity_indexes(&self) -> impl Iterator<Item = u32> + '_ {
        self.short_forms.keys().copied()
    }

    /// Collects the short forms of every PERSON entity's multi-word names.
    pub fn new(entities: &[Entity], fold_case: bool) -> People {
        let mut short_forms: BTreeMap<u32, Vec<String>> = BTreeMap::new();
        for (index, entity) in entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.label == PERSON)
        {
            for name in &entity.names {
                let words: Vec<&str> = words(name).map(|(s, e)| &name[s..e]).collect();
                if words.len() < 2 {
                    continue;
                }
                for word in [words[0], words[words.len() - 1]] {
                    if word.chars().count() < 3 || is_title(word) {
                        continue;
                    }
                    let forms = short_forms.entry(index as u32).or_default();
                    let form = normalize_name(word, fold_case);
                    if !forms.contains(&form) {
                        forms.push(form);
                    }
                }
            }
        }
        People { short_forms }
    }

    /// Links capitalised words after a listed person's first full mention that are a
    /// short form of exactly one person named in the document. `hits` are the
    /// document's sorted matches; the new ones come back sorted.
    pub fn link(
        &self,
        text: &str,
        hits: &[Match],
        entities: &Entities,
        fold_case: bool,
    ) -> Vec<Match> {
        let mut first_seen: HashMap<usize, usize> = HashMap::new();
        for h in hits {
            if let Found::Entity(e) = h.found {
                if entities.label(e) == PERSON {
                    first_seen.entry(e).or_insert(h.span.end);
                }
            }
        }
        if first_seen.is_empty() {
            return Vec::new();
        }
        // Short form -> the one person of this document it can mean (None: several).
        let mut meaning: HashMap<&str, Option<usize>> = HashMap::new();
        for &person in first_seen.keys() {
            for form in self.short_forms.get(&(person as u32)).into_iter().flatten() {
                meaning
                    .entry(form.as_str())
                    .and_modify(|m| {
                        if *m != Some(person) {
                            *m = None;
                        }
                    })
                    .or_insert(Some(person));
            }
        }
        if meaning.is_empty() {
            return Vec::new();
        }
        let mut linked = Vec::new();
        let mut cursor = Cursor::new(hits);
        let all: Vec<(usize, usize)> = words(text).collect();
        for (i, &(s, e)) in all.iter().enumerate() {
            let word = &text[s..e];
            if !word.starts_with(char::is_uppercase) {
                continue;
            }
            // A word already matched as something else (a town named like the surname)
            // may still be the person; a longer match stays.
            let replaceable = |h: &Match| {
                h.span == Span { start: s, end: e }
                    && matches!(h.found, Found::Entity(x) if entities.label(x) != PERSON)
            };
            if cursor.overlapping(s, e).is_some_and(|h| !replaceable(h)) {
                continue;
            }
            let Some(&Some(person)) = meaning.get(normalize_name(word, fold_case).as_str()) else {
                continue;
            };
            if first_seen[&person] > s || part_of_longer_name(text, &all, i) {
                continue;
            }
            linked.push(Match {
                span: Span { start: s, end: e },
                found: Found::Entity(person),
                candidates: Vec::new(),
            });
        }
        linked
    }
}

/// Names that a title or role introduces and no match covers: PERSON spans without an
/// entity ("spokesman Zabihullah Mujahid" -> "Zabihullah Mujahid").
pub fn discover(text: &str, hits: &[Match]) -> Vec<Match> {
    let all: Vec<(usize, usize)> = words(text).collect();
    let mut cursor = Cursor::new(hits);
    let mut found = Vec::new();
    let mut i = 0;
    while i < all.len() {
        let title = &text[all[i].0..all[i].1];
        if !is_title(title) || i + 1 >= all.len() || !title_gap(text, all[i].1, all[i + 1].0) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut last = None;
        while j < all.len() {
            let (s, e) = all[j];
            let word = &text[s..e];
            let lower = word.to_lowercase();
            let capital = word.starts_with(char::is_uppercase) && word.chars().count() > 1;
            if cursor.overlapping(s, e).is_some()
                || NOT_NAMES.contains(&lower.as_str())
                || is_title(word)
            {
                break;
            }
            if capital {
                last = Some(j);
            } else if !PARTICLES.contains(&lower.as_str()) {
                break;
            }
            if j + 1 >= all.len() || !joins_name(text, e, all[j + 1].0) {
                break;
            }
            j += 1;
        }
        let Some(last) = last else {
            i += 1;
            continue;
        };
        let count = last - i;
        let honorific = HONORIFICS.iter().any(|h| h.eq_ignore_ascii_case(title));
        if count >= 2 || (count == 1 && honorific) {
            found.push(Match {
                span: Span {
                    start: all[i + 1].0,
                    end: all[last].1,
                },
                found: Found::Unlisted,
                candidates: Vec::new(),
            });
        }
        i = last + 1;
    }
    found
}

/// Whether `word` is a title, rank, office or role that introduces a name.
pub fn is_title(word: &str) -> bool {
    TITLES.iter().any(|t| t.eq_ignore_ascii_case(word))
}

/// Whether only spaces, or a title's abbreviation period and spaces ("Mr. Howard",
/// "Gen. Munir"), separate a title ending at `from` from the word at `to`.
pub fn title_gap(text: &str, from: usize, to: usize) -> bool {
    let gap = &text[from..to];
    only_space(text, from, to) || (gap.starts_with('.') && only_space(text, from + 1, to))
}

/// The words of `text` as byte spans: maximal runs of word characters.
fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = None;
    text.char_indices()
        .chain(std::iter::once((text.len(), ' ')))
        .filter_map(move |(i, c)| match (start, is_word_char(c)) {
            (None, true) => {
                start = Some(i);
                None
            }
            (Some(s), false) => {
                start = None;
                Some((s, i))
            }
            _ => None,
        })
}

fn only_space(text: &str, from: usize, to: usize) -> bool {
    let gap = &text[from..to];
    !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}')
}

/// Whether the gap between two words keeps them in one name: spaces, or a hyphen or
/// apostrophe inside a name ("Al-Jubeir", "O'Brien").
fn joins_name(text: &str, from: usize, to: usize) -> bool {
    only_space(text, from, to) || matches!(&text[from..to], "-" | "'" | "’")
}

/// Whether word `i` is part of a longer unlisted name: a capitalised word right before
/// it (not a title) or right after it.
fn part_of_longer_name(text: &str, words: &[(usize, usize)], i: usize) -> bool {
    let capital = |j: usize| text[words[j].0..words[j].1].starts_with(char::is_uppercase);
    let before = i > 0
        && only_space(text, words[i - 1].1, words[i].0)
        && capital(i - 1)
        && !is_title(&text[words[i - 1].0..words[i - 1].1])
        && !super::resolve::document::sentence_initial(text, words[i - 1].0);
    let after =
        i + 1 < words.len() && only_space(text, words[i].1, words[i + 1].0) && capital(i + 1);
    before || after
}

/// Walks sorted matches alongside sorted spans to tell which spans they overlap.
struct Cursor<'a> {
    hits: &'a [Match],
    next: usize,
}

impl<'a> Cursor<'a> {
    fn new(hits: &'a [Match]) -> Cursor<'a> {
        Cursor { hits, next: 0 }
    }

    /// The match overlapping `[start, end)`, if any; spans must come in increasing order.
    fn overlapping(&mut self, start: usize, end: usize) -> Option<&'a Match> {
        while self.next < self.hits.len() && self.hits[self.next].span.end <= start {
            self.next += 1;
        }
        self.hits.get(self.next).filter(|h| h.span.start < end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;

    fn texts(text: &str, found: &[Match]) -> Vec<String> {
        found
            .iter()
            .map(|m| text[m.span.start..m.span.end].to_owned())
            .collect()
    }

    #[test]
    fn words_split_on_non_word_chars() {
        let t = "Asif’s talks, Qatar-based";
        let w: Vec<&str> = words(t).map(|(s, e)| &t[s..e]).collect();
        assert_eq!(w, ["Asif", "s", "talks", "Qatar", "based"]);
    }

    #[test]
    fn discovers_names_after_titles() {
        let t = "Lt Gen Ahmed Sharif spoke. Taliban spokesman Zabihullah Mujahid and Intelligence \
                 Chief Abdul Haq Wasiq met Mr Mujahid, the General Assembly and Osama bin Laden's \
                 Minister of Defence.";
        assert_eq!(
            texts(t, &discover(t, &[])),
            [
                "Ahmed Sharif",
                "Zabihullah Mujahid",
                "Abdul Haq Wasiq",
                "Mujahid"
            ]
        );
    }

    #[test]
    fn links_short_forms_once_the_full_name_is_seen() {
        let mut g = Gazetteer::new();
        g.add(PERSON, "asif", ["Khawaja Asif"]).unwrap();
        g.add(PERSON, "munir", ["Asim Munir"]).unwrap();
        g.add(PERSON, "imran", ["Imran Khan"]).unwrap();
        g.add(PERSON, "ayub", ["Ayub Khan"]).unwrap();
        let people = People::new(g.entities(), true);
        let t = "Asif spoke. Defence Minister Khawaja Asif met Imran Khan and Ayub Khan. \
                 Asif’s aide said Mr Asif and Khan agreed; Munir did not; Asif Ali Zardari left.";
        let hit = |name: &str, e: usize| {
            let s = t.find(name).unwrap();
            Match {
                span: Span {
                    start: s,
                    end: s + name.len(),
                },
                found: Found::Entity(e),
                candidates: vec![],
            }
        };
        let hits = vec![
            hit("Khawaja Asif", 0),
            hit("Imran Khan", 2),
            hit("Ayub Khan", 3),
        ];
        let entities = Entities::new(g.entities()).unwrap();
        let linked = people.link(t, &hits, &entities, true);
        assert_eq!(texts(t, &linked), ["Asif", "Asif"]);
        assert!(linked.iter().all(|m| m.found == Found::Entity(0)));
        assert!(linked[0].span.start > hits[0].span.end);
    }
}
