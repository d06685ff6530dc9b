//! Short forms: "Asif" after "Khawaja Asif" in the same document is that person, when no
//! other person of the document has that short form. The rule links short forms of
//! listed people and of the people discovery found, in one pass.

use std::collections::{BTreeMap, HashMap};

use super::titles::{is_particle, is_title, only_space};
use super::{Document, Overlaps};
use crate::entities::Entities;
use crate::found::{Found, How, Match, PERSON};
use crate::gazetteer::Entity;
use crate::normalize::normalize_name;
use crate::text::{in_headline, prev_word, sentence_initial, words, Span};

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

    /// The rule: links capitalised words to a person the document names in full (a
    /// listed person, or one discovery found) when they are a short form of exactly
    /// that one person: after the full name, or before it in a headline. A link takes
    /// over a single-word mention of another label (a town named like the surname) or a
    /// title's lone name ("Mr Asif").
    pub(crate) fn link(people: Option<&People>, doc: &mut Document<'_>, fold_case: bool) {
        let linked = linked(people, doc.text, &doc.kept(), doc.entities, fold_case);
        doc.replace(linked);
    }
}

/// A person the document names in full: the first full mention's end and its short forms.
struct Named<'a> {
    found: &'a Found,
    end: usize,
    forms: Vec<String>,
}

/// The people `hits` name in full, in order of first mention: listed people with short
/// forms, and discovered names of two or more words.
fn named<'a>(
    people: Option<&People>,
    text: &str,
    hits: &'a [Match],
    entities: &Entities,
    fold_case: bool,
) -> Vec<Named<'a>> {
    let mut named: Vec<Named<'a>> = Vec::new();
    for h in hits.iter().filter(|h| h.how != How::ShortForm) {
        if named.iter().any(|n| *n.found == h.found) {
            continue;
        }
        let forms = match &h.found {
            Found::Entity(e) if entities.label(*e) == PERSON => people
                .and_then(|p| p.short_forms.get(&e.as_u32()))
                .cloned()
                .unwrap_or_default(),
            Found::Person(_) => short_forms(&text[h.span.start..h.span.end], fold_case),
            _ => continue,
        };
        if !forms.is_empty() {
            named.push(Named {
                found: &h.found,
                end: h.span.end,
                forms,
            });
        }
    }
    named
}

/// The first and last words of a multi-word name, folded: the forms that may stand for
/// it alone. A hyphenated word is one word ("Nandi-Ndaitwah"); a last word after a
/// particle and a hyphen stands alone too ("al-Sharaa", "Sharaa"). Titles, initials and
/// particles are not short forms.
fn short_forms(name: &str, fold_case: bool) -> Vec<String> {
    let tokens: Vec<&str> = name
        .split(|c: char| c.is_whitespace())
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|t| t.chars().count() > 1 && !is_particle(t) && !is_title(t))
        .collect();
    if tokens.len() < 2 {
        return Vec::new();
    }
    let last = tokens[tokens.len() - 1];
    let bare = last
        .split_once(['-', '‐'])
        .filter(|(p, _)| is_particle(p))
        .map(|(_, rest)| rest);
    let mut forms = Vec::new();
    for word in [Some(tokens[0]), Some(last), bare].into_iter().flatten() {
        let form = normalize_name(word, fold_case);
        if !forms.contains(&form) {
            forms.push(form);
        }
    }
    forms
}

/// Words before which a town named like a person stays the town ("visited Jordan").
const LOCATIVES: &[&str] = &[
    "in",
    "to",
    "from",
    "into",
    "across",
    "near",
    "towards",
    "toward",
    "via",
    "visited",
    "visiting",
    "visit",
    "throughout",
    "inside",
    "outside",
];

/// The word units of `text`: runs of words joined by hyphens ("Nandi-Ndaitwah"), as
/// spans and the index of their first word.
fn units(text: &str, all: &[(usize, usize)]) -> Vec<(Span, usize)> {
    let mut units: Vec<(Span, usize)> = Vec::with_capacity(all.len());
    for (i, &(s, e)) in all.iter().enumerate() {
        match units.last_mut() {
            Some((span, _)) if matches!(&text[span.end..s], "-" | "‐") => span.end = e,
            _ => units.push((Span { start: s, end: e }, i)),
        }
    }
    units
}

/// The links in `text` given its sorted matches `hits`, sorted.
fn linked(
    people: Option<&People>,
    text: &str,
    hits: &[Match],
    entities: &Entities,
    fold_case: bool,
) -> Vec<Match> {
    let named = named(people, text, hits, entities, fold_case);
    if named.is_empty() {
        return Vec::new();
    }
    // Short form -> the one person of this document it can mean (None: several).
    let mut meaning: HashMap<&str, Option<usize>> = HashMap::new();
    for (n, person) in named.iter().enumerate() {
        for form in &person.forms {
            meaning
                .entry(form.as_str())
                .and_modify(|m| {
                    if *m != Some(n) {
                        *m = None;
                    }
                })
                .or_insert(Some(n));
        }
    }
    let mut linked = Vec::new();
    let mut cursor = Overlaps::new(hits);
    let all: Vec<(usize, usize)> = words(text).collect();
    for (unit, i) in units(text, &all) {
        let (s, e) = (unit.start, unit.end);
        let word = &text[s..e];
        if !word.starts_with(char::is_uppercase) && !word.contains(['-', '‐']) {
            continue;
        }
        // A word already matched as something else (a town named like the surname, a
        // title's lone name) may still be the person; a longer match stays, and so does
        // a town after a word of place ("visited Jordan").
        let locative = prev_word(text, s, |_| false)
            .is_some_and(|(_, w)| LOCATIVES.iter().any(|l| l.eq_ignore_ascii_case(w)));
        let replaceable = |h: &Match| {
            h.span == unit
                && match &h.found {
                    Found::Entity(x) => entities.label(*x) != PERSON && !locative,
                    Found::Person(_) => h.how == How::Discovered,
                    Found::Date(_) => false,
                }
        };
        if cursor.overlapping(s, e).is_some_and(|h| !replaceable(h)) {
            continue;
        }
        let Some(&Some(n)) = meaning.get(normalize_name(word, fold_case).as_str()) else {
            continue;
        };
        let person = &named[n];
        let headline = in_headline(text, s, e) || !word.chars().any(char::is_lowercase);
        let last = all.partition_point(|w| w.0 < e) - 1;
        if (person.end > s && !headline) || part_of_longer_name(text, &all, i, last) {
            continue;
        }
        linked.push(Match {
            span: Span {
                start: particles_before(text, &all, i),
                end: e,
            },
            found: person.found.clone(),
            candidates: Vec::new(),
            how: How::ShortForm,
        });
    }
    linked
}

/// Where a short form starting at word `i` starts with the particles right before it
/// ("von der Leyen", "bin Salman").
fn particles_before(text: &str, all: &[(usize, usize)], i: usize) -> usize {
    let mut j = i;
    while j > 0
        && only_space(text, all[j - 1].1, all[j].0)
        && is_particle(&text[all[j - 1].0..all[j - 1].1])
        && !text[all[j - 1].0..all[j - 1].1].starts_with(char::is_uppercase)
    {
        j -= 1;
    }
    all[j].0
}

/// Whether the unit of words `i..=last` is part of a longer unlisted name: a capitalised
/// word right before it (not a title) or right after it.
fn part_of_longer_name(text: &str, words: &[(usize, usize)], i: usize, last: usize) -> bool {
    let capital = |j: usize| text[words[j].0..words[j].1].starts_with(char::is_uppercase);
    let before = i > 0
        && only_space(text, words[i - 1].1, words[i].0)
        && capital(i - 1)
        && !is_title(&text[words[i - 1].0..words[i - 1].1])
        && !sentence_initial(text, words[i - 1].0);
    let after = last + 1 < words.len()
        && only_space(text, words[last].1, words[last + 1].0)
        && capital(last + 1);
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
        let t = "Asif spoke first at the meeting. Defence Minister Khawaja Asif met Imran Khan \
                 and Ayub Khan there. Asif’s aide said that Mr Asif and Khan had agreed; Munir \
                 did not; Asif Ali Zardari left before the end.";
        let hit = |name: &str, e: usize| {
            let s = t.find(name).unwrap();
            Match {
                span: Span {
                    start: s,
                    end: s + name.len(),
                },
                found: Found::Entity(EntityIndex::new(e)),
                candidates: vec![],
                how: How::Listed,
            }
        };
        let hits = vec![
            hit("Khawaja Asif", 0),
            hit("Imran Khan", 2),
            hit("Ayub Khan", 3),
        ];
        let entities = Entities::new(g.entities()).unwrap();
        let linked = linked(Some(&people), t, &hits, &entities, true);
        assert_eq!(texts(t, &linked), ["Asif", "Asif"]);
        assert!(linked
            .iter()
            .all(|m| m.found == Found::Entity(EntityIndex::new(0))));
        assert!(linked[0].span.start > hits[0].span.end);
    }
}
