//! Short forms: "Asif" after "Khawaja Asif" in the same document is that person, when no
//! other person of the document has that short form. The rule links short forms of
//! listed people and of the people discovery found, in one pass.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use super::names::{folded, Lexicon};
use super::titles::{is_hyphen, is_particle, is_suffix, is_title, only_space};
use super::{Document, Overlaps, Words};
use crate::entities::Entities;
use crate::found::{Found, How, Match, PERSON};
use crate::gazetteer::Entity;
use crate::text::{in_headline, prev_word, sentence_initial, Span};

/// Short forms (first and last name words, normalized) of each listed person, each with
/// whether it is a surname.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct People {
    short_forms: BTreeMap<u32, Vec<(String, bool)>>,
}

impl People {
    /// The entities that have short forms.
    pub fn entity_indexes(&self) -> impl Iterator<Item = u32> + '_ {
        self.short_forms.keys().copied()
    }

    /// Collects the short forms of every PERSON entity's multi-word names.
    pub fn new(entities: &[Entity], fold_case: bool) -> People {
        let mut short_forms: BTreeMap<u32, Vec<(String, bool)>> = BTreeMap::new();
        for (index, entity) in entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.label == PERSON)
        {
            for form in entity
                .names
                .iter()
                .flat_map(|n| self::short_forms(n, fold_case))
            {
                let forms = short_forms.entry(index as u32).or_default();
                if !forms.iter().any(|f| f.0 == form.0) {
                    forms.push(form);
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
        let hits = doc.kept();
        let named = named(people, doc.text, &hits, doc.entities, fold_case);
        // No one named in full: no words to split.
        if named.is_empty() {
            return;
        }
        let linked = linked(
            &named,
            doc.text,
            doc.words(),
            &hits,
            doc.entities,
            fold_case,
        );
        doc.replace(linked);
    }
}

/// A person the document names in full: the first full mention's end and its short forms.
struct Named<'a> {
    found: &'a Found,
    end: usize,
    /// Each form and whether it is a surname (a last word) rather than a given name.
    forms: Vec<(String, bool)>,
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

/// The first and last words of a multi-word name, folded, each with whether it is the
/// surname (the last word): the forms that may stand for it alone. A hyphenated word is
/// one word ("Nandi-Ndaitwah"); a last word after a particle and a hyphen stands alone
/// too ("al-Sharaa", "Sharaa"). Titles, initials, particles and suffixes are not short
/// forms.
fn short_forms(name: &str, fold_case: bool) -> Vec<(String, bool)> {
    if name.split_whitespace().count() < 2 {
        return Vec::new();
    }
    // "N. Chandrasekaran" has one form.
    let tokens: Vec<&str> = name
        .split(char::is_whitespace)
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|t| t.chars().count() > 1 && !is_particle(t) && !is_title(t) && !is_suffix(t))
        .collect();
    if tokens.is_empty() {
        return Vec::new();
    }
    let last = tokens[tokens.len() - 1];
    let bare = last
        .split_once(['-', '‐'])
        .filter(|(p, _)| is_particle(p))
        .map(|(_, rest)| rest);
    let mut forms: Vec<(String, bool)> = Vec::new();
    for (word, surname) in [(Some(tokens[0]), false), (Some(last), true), (bare, true)] {
        let Some(word) = word else { continue };
        let form = folded(word, fold_case, |key| {
            String::from_utf8_lossy(key).into_owned()
        });
        if !forms.iter().any(|f| f.0 == form) {
            forms.push((form, surname));
        }
    }
    forms
}

/// Words before which a town named like a person stays the town ("visited Jordan").
pub(super) static LOCATIVES: Lexicon = Lexicon::new(
    14,
    &[
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
    ],
);

/// The word unit around capitalised word `c`: the run of words joined by hyphens
/// ("Nandi-Ndaitwah", "al-Sharaa") as a span and the indexes of its first and last words.
fn unit(text: &str, all: &[(usize, usize)], c: usize) -> (Span, usize, usize) {
    let joined = |j: usize| is_hyphen(&text[all[j].1..all[j + 1].0]);
    let mut first = c;
    while first > 0 && joined(first - 1) {
        first -= 1;
    }
    let mut last = c;
    while last + 1 < all.len() && joined(last) {
        last += 1;
    }
    let span = Span {
        start: all[first].0,
        end: all[last].1,
    };
    (span, first, last)
}

/// The links in `text` to the people `named` there, given its sorted matches `hits`, sorted.
fn linked(
    named: &[Named<'_>],
    text: &str,
    words: &Words,
    hits: &[Match],
    entities: &Entities,
    fold_case: bool,
) -> Vec<Match> {
    // Short form -> the one person of this document it can mean (None: several).
    let mut meaning: FxHashMap<&[u8], Option<(usize, bool)>> = FxHashMap::default();
    for (n, person) in named.iter().enumerate() {
        for (form, surname) in &person.forms {
            meaning
                .entry(form.as_bytes())
                .and_modify(|m| {
                    if m.is_some_and(|(other, _)| other != n) {
                        *m = None;
                    }
                })
                .or_insert(Some((n, *surname)));
        }
    }
    // Most capitalised words are no short form: their first and last letters say so
    // before any folding.
    let mut ends = Ends::default();
    meaning.keys().for_each(|form| ends.insert(form));
    let all = &words.all;
    let mut linked = Vec::new();
    let mut cursor = Overlaps::new(hits);
    // Units with a capital, each once.
    let mut done = 0;
    for c in words.capitals.iter().map(|&c| c as usize) {
        if c < done {
            continue;
        }
        let (unit, i, last) = unit(text, all, c);
        done = last + 1;
        let (s, e) = (unit.start, unit.end);
        let word = &text[s..e];
        if !ends.may_hold(word.as_bytes()) {
            continue;
        }
        let Some(Some((n, surname))) = folded(word, fold_case, |key| meaning.get(key).copied())
        else {
            continue;
        };
        // A word already matched as something else may still be the person: a surname
        // over a town of that name, unless a word of place comes first ("visited
        // Jordan"), and a title's lone name ("Mr Asif"); a given name does not take over
        // a town ("Austin"), and a longer match stays.
        let locative = prev_word(text, s, |_| false).is_some_and(|(_, w)| LOCATIVES.contains(w));
        let replaceable = |h: &Match| {
            h.span == unit
                && match &h.found {
                    Found::Entity(x) => entities.label(*x) != PERSON && surname && !locative,
                    Found::Person(_) => h.how == How::Discovered,
                    Found::Date(..) => false,
                }
        };
        if cursor.overlapping(s, e).is_some_and(|h| !replaceable(h)) {
            continue;
        }
        let person = &named[n];
        // Before the full name, only a surname in a headline ("MODI HAILS ...").
        let headline = || {
            !word.chars().any(char::is_lowercase) || first_line(text, s) || in_headline(text, s, e)
        };
        let before = person.end > s;
        if (before && !(surname && headline())) || part_of_longer_name(text, all, i, last) {
            continue;
        }
        linked.push(Match {
            span: Span {
                start: particles_before(text, all, i),
                end: e,
            },
            found: person.found.clone(),
            candidates: Vec::new(),
            how: How::ShortForm,
        });
    }
    linked
}

/// The first and last bytes of a document's short forms, ASCII case ignored: a word
/// whose ends are ASCII and not among them folds to none of the forms (ASCII folds to
/// ASCII); other words always pass.
#[derive(Default)]
struct Ends([u64; 16]);

impl Ends {
    fn bit(first: u8, last: u8) -> (usize, u64) {
        let at = usize::from(first.to_ascii_lowercase() & 31) << 5
            | usize::from(last.to_ascii_lowercase() & 31);
        (at / 64, 1 << (at % 64))
    }

    fn insert(&mut self, form: &[u8]) {
        if let (Some(&first), Some(&last)) = (form.first(), form.last()) {
            let (i, bit) = Ends::bit(first, last);
            self.0[i] |= bit;
        }
    }

    fn may_hold(&self, word: &[u8]) -> bool {
        match (word.first(), word.last()) {
            (Some(&first), Some(&last)) if first.is_ascii() && last.is_ascii() => {
                let (i, bit) = Ends::bit(first, last);
                self.0[i] & bit != 0
            }
            _ => true,
        }
    }
}

/// Whether byte `s` lies on the text's first line when that line is short and ends
/// without a period: an article's headline, in sentence case too ("Brown targets
/// pensioners").
fn first_line(text: &str, s: usize) -> bool {
    let Some(end) = text.find('\n') else {
        return false;
    };
    let line = text[..end].trim_end();
    s < end && line.len() <= 120 && !line.ends_with('.')
}

/// Where a short form starting at word `i` starts with the particles right before it
/// ("von der Leyen", "bin Salman", "Van Gogh").
fn particles_before(text: &str, all: &[(usize, usize)], i: usize) -> usize {
    let mut j = i;
    while j > 0
        && only_space(text, all[j - 1].1, all[j].0)
        && is_particle(&text[all[j - 1].0..all[j - 1].1])
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
        let named = named(Some(&people), t, &hits, &entities, true);
        let linked = linked(&named, t, &Words::new(t), &hits, &entities, true);
        assert_eq!(texts(t, &linked), ["Asif", "Asif"]);
        assert!(linked
            .iter()
            .all(|m| m.found == Found::Entity(EntityIndex::new(0))));
        assert!(linked[0].span.start > hits[0].span.end);
    }
}
