//! Short forms of listed people: "Asif" after "Khawaja Asif" in the same document is
//! that person, when no other person of the document has that short form.

use std::collections::{BTreeMap, HashMap};

use super::titles::{is_title, only_space};
use super::{Document, Overlaps};
use crate::entities::Entities;
use crate::found::{Found, Match, PERSON};
use crate::gazetteer::Entity;
use crate::ids::EntityIndex;
use crate::normalize::normalize_name;
use crate::text::{sentence_initial, words, Span};

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

    /// The rule: links capitalised words after a listed person's first full mention
    /// that are a short form of exactly one person named in the document. A link
    /// replaces a mention of another label on the same word (a town named like the
    /// surname).
    pub(crate) fn link(&self, doc: &mut Document<'_>, fold_case: bool) {
        let linked = self.linked(doc.text, &doc.kept(), doc.entities, fold_case);
        for m in doc.mentions.iter_mut().filter(|m| m.kept) {
            if linked.iter().any(|l| l.span == m.span) {
                m.kept = false;
            }
        }
        doc.add(linked.into_iter().map(|l| (l.span, l.found)));
    }

    /// The links in `text` given its sorted matches `hits`, sorted.
    fn linked(
        &self,
        text: &str,
        hits: &[Match],
        entities: &Entities,
        fold_case: bool,
    ) -> Vec<Match> {
        let mut first_seen: HashMap<EntityIndex, usize> = HashMap::new();
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
        let mut meaning: HashMap<&str, Option<EntityIndex>> = HashMap::new();
        for &person in first_seen.keys() {
            for form in self.short_forms.get(&person.as_u32()).into_iter().flatten() {
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
        let mut cursor = Overlaps::new(hits);
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

/// Whether word `i` is part of a longer unlisted name: a capitalised word right before
/// it (not a title) or right after it.
fn part_of_longer_name(text: &str, words: &[(usize, usize)], i: usize) -> bool {
    let capital = |j: usize| text[words[j].0..words[j].1].starts_with(char::is_uppercase);
    let before = i > 0
        && only_space(text, words[i - 1].1, words[i].0)
        && capital(i - 1)
        && !is_title(&text[words[i - 1].0..words[i - 1].1])
        && !sentence_initial(text, words[i - 1].0);
    let after =
        i + 1 < words.len() && only_space(text, words[i].1, words[i + 1].0) && capital(i + 1);
    before || after
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;
    use crate::ids::EntityIndex;
    use crate::resolve::tests::texts;

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
                found: Found::Entity(EntityIndex::new(e)),
                candidates: vec![],
            }
        };
        let hits = vec![
            hit("Khawaja Asif", 0),
            hit("Imran Khan", 2),
            hit("Ayub Khan", 3),
        ];
        let entities = Entities::new(g.entities()).unwrap();
        let linked = people.linked(t, &hits, &entities, true);
        assert_eq!(texts(t, &linked), ["Asif", "Asif"]);
        assert!(linked
            .iter()
            .all(|m| m.found == Found::Entity(EntityIndex::new(0))));
        assert!(linked[0].span.start > hits[0].span.end);
    }
}
