//! The compiled matcher: one trie over the normalized names, walked anchored.
//!
//! The scan tries the trie only where a word can start, walks it forward from there
//! and keeps the longest name that ends on a word boundary (and passes the case policy).
//! That is leftmost-longest among whole-word hits exactly: a longer hit that ends inside a
//! word never hides a shorter whole-word one ("the d" and "deal" over "The deal" give
//! "deal"), which filtering an ordinary leftmost-longest stream afterwards would lose.

use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};

use crate::batch::map_all;
use crate::boundary::{char_at, is_whole_word};
use crate::context;
use crate::dates::DateFinder;
use crate::entities::Entities;
use crate::error::{Error, ErrorKind};
use crate::first_words::{word_end, FirstWords, Lookup};
use crate::gazetteer::Gazetteer;
use crate::keys::Keys;
use crate::normalize::{inert, normalize, normalize_name};
use crate::people::{discover, People};
use crate::persist;
use crate::resolve::document;
use crate::resolve::CaseRule;
use crate::trie::{Cursor, Trie};

/// How letter case decides a match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CaseMode {
    /// Case is ignored: "reading" matches the name "Reading".
    Insensitive,
    /// A name with capitals needs a capital in the text ("Reading", "READING", not
    /// "reading"); an acronym needs capitals only ("US", not "us" or "Us"); a lower-case
    /// name matches any case.
    #[default]
    Smart,
    /// Letters must match with their case (diacritics, quotes and spaces still fold).
    Sensitive,
}

impl std::str::FromStr for CaseMode {
    type Err = Error;

    fn from_str(s: &str) -> Result<CaseMode, Error> {
        match s {
            "insensitive" => Ok(CaseMode::Insensitive),
            "smart" => Ok(CaseMode::Smart),
            "sensitive" => Ok(CaseMode::Sensitive),
            _ => Err(Error::new(ErrorKind::InvalidOption {
                option: "case",
                value: s.to_owned(),
            })),
        }
    }
}

/// A half-open byte range of the input text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// The reference (publication) date that relative dates resolve against, if known.
pub type Reference = Option<chrono::NaiveDate>;

/// What a match found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// An entity of the gazetteer, by index (see [`Matcher::entity`]).
    Entity(usize),
    /// A PERSON name a title introduces that no gazetteer lists (see
    /// [`MatcherBuilder::discover`]).
    Unlisted,
    /// A date expression with its TIMEX3-style value, if it has one.
    Date(Option<String>),
}

/// One mention: a byte span of the input and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// Byte span in the input.
    pub span: Span,
    /// The entity or date found there.
    pub found: Found,
    /// When several entities share the matched name: all of them (gazetteer indexes, in
    /// gazetteer order), of which `found` is the one the document supports best.
    pub candidates: Vec<u32>,
}

/// Builds a [`Matcher`] with options.
#[derive(Debug, Clone)]
pub struct MatcherBuilder {
    case: CaseMode,
    dates: bool,
    people: bool,
    discover: bool,
    context: bool,
    common_words: Vec<String>,
}

impl Default for MatcherBuilder {
    fn default() -> MatcherBuilder {
        MatcherBuilder {
            case: CaseMode::default(),
            dates: true,
            people: true,
            discover: false,
            context: true,
            common_words: Vec::new(),
        }
    }
}

impl MatcherBuilder {
    /// Sets the case policy (default [`CaseMode::Smart`]).
    pub fn case(&mut self, case: CaseMode) -> &mut MatcherBuilder {
        self.case = case;
        self
    }

    /// Whether to find dates too (default true).
    pub fn dates(&mut self, yes: bool) -> &mut MatcherBuilder {
        self.dates = yes;
        self
    }

    /// Whether a listed person's surname or given name alone, after the full name in the
    /// same document, links to that person (default true).
    pub fn people(&mut self, yes: bool) -> &mut MatcherBuilder {
        self.people = yes;
        self
    }

    /// Whether to report PERSON names that a title or role introduces but no gazetteer
    /// lists, without an entity (default false).
    pub fn discover(&mut self, yes: bool) -> &mut MatcherBuilder {
        self.discover = yes;
        self
    }

    /// Whether the words around a mention may reject it (default true): PLACE and
    /// DEMONYM names inside organisation, person or feature names ("Islamabad High
    /// Court", "Élodie Martin", "Tennessee River"), places standing for teams or markets
    /// ("Liverpool beat Chelsea", "Tokyo dropped 2%"), small towns in all-capital lines,
    /// and the common-word rule. Off, the matcher is a plain dictionary matcher.
    pub fn context(&mut self, yes: bool) -> &mut MatcherBuilder {
        self.context = yes;
        self
    }

    /// Names that are also ordinary words ("Reading", "Nice", "Split"): outside the
    /// insensitive case policy they match only when capitalised mid-sentence outside a
    /// headline, or when the document names their country.
    pub fn common_words<I: IntoIterator<Item = S>, S: AsRef<str>>(
        &mut self,
        words: I,
    ) -> &mut MatcherBuilder {
        self.common_words = words.into_iter().map(|w| w.as_ref().to_owned()).collect();
        self
    }

    /// Compiles the gazetteer.
    pub fn build(&self, gazetteer: &Gazetteer) -> Result<Matcher, Error> {
        let fold = self.case != CaseMode::Sensitive;
        let entities = gazetteer.entities();
        let names: Vec<(usize, &str)> = entities
            .iter()
            .enumerate()
            .flat_map(|(index, e)| e.names.iter().map(move |n| (index, n.as_str())))
            .collect();
        // Normalizing is most of a big build: it runs on all cores.
        let normalized = map_all(&names, |&(_, name)| normalize_name(name, fold));
        let common: FxHashSet<String> = self
            .common_words
            .iter()
            .map(|w| normalize_name(w, fold))
            .collect();
        let mut patterns: Vec<&str> = Vec::new();
        let mut keys: Vec<(Vec<u32>, CaseRule, bool)> = Vec::new();
        let mut by_pattern: FxHashMap<&str, usize> = FxHashMap::default();
        for (&(index, name), pattern) in names.iter().zip(&normalized) {
            if pattern.is_empty() {
                return Err(Error::new(ErrorKind::EmptyName {
                    entity_id: entities[index].id.clone(),
                    name: name.to_owned(),
                }));
            }
            let rule = CaseRule::of(name);
            let k = *by_pattern.entry(pattern).or_insert_with(|| {
                patterns.push(pattern);
                keys.push((Vec::new(), rule, common.contains(pattern.as_str())));
                keys.len() - 1
            });
            let (entities, case, _) = &mut keys[k];
            *case = (*case).min(rule);
            if entities.last() != Some(&(index as u32)) {
                entities.push(index as u32);
            }
        }
        let trie = Trie::new(&patterns);
        Ok(Matcher {
            first_bytes: first_bytes(&trie, fold),
            first_words: FirstWords::new(&patterns, &trie),
            trie,
            keys: Keys::new(keys),
            case: self.case,
            dates: self.dates.then(DateFinder::new),
            people: self.people.then(|| People::new(gazetteer.entities(), fold)),
            discover: self.discover,
            context: self.context,
            entities: Entities::new(gazetteer.entities())?,
        })
    }
}

/// A compiled gazetteer: finds whole-word, leftmost-longest entity names in text.
#[derive(Debug, Clone)]
pub struct Matcher {
    pub(crate) trie: Trie,
    pub(crate) keys: Keys,
    pub(crate) first_bytes: [bool; 256],
    pub(crate) first_words: FirstWords,
    pub(crate) case: CaseMode,
    pub(crate) dates: Option<DateFinder>,
    pub(crate) people: Option<People>,
    pub(crate) discover: bool,
    pub(crate) context: bool,
    /// The gazetteer's entities without their names (the trie holds those).
    pub(crate) entities: Entities,
}

impl Matcher {
    /// A builder to set options.
    pub fn builder() -> MatcherBuilder {
        MatcherBuilder::default()
    }

    /// Compiles `gazetteer` with the default options.
    pub fn new(gazetteer: &Gazetteer) -> Result<Matcher, Error> {
        Matcher::builder().build(gazetteer)
    }

    /// The entities this matcher finds, in gazetteer order, without their names.
    pub fn entities(&self) -> &Entities {
        &self.entities
    }

    /// Heap bytes of the compiled names (trie, first words, keys) and the entity table.
    pub fn index_size(&self) -> usize {
        self.trie.memory_usage()
            + self.keys.memory_usage()
            + self.first_words.memory_usage()
            + self.entities.memory_usage()
    }

    /// The compiled matcher as bytes, for [`Matcher::from_bytes`] (which is much faster
    /// than building again): a versioned container with a checksum.
    pub fn to_bytes(&self) -> Vec<u8> {
        persist::to_bytes(self, &[])
    }

    /// Like [`Matcher::to_bytes`], keeping `extra` (any bytes) in the same container.
    pub fn to_bytes_with(&self, extra: &[u8]) -> Vec<u8> {
        persist::to_bytes(self, extra)
    }

    /// The same matcher with discovery of unlisted PERSON names on or off.
    pub fn with_discover(&self, yes: bool) -> Matcher {
        Matcher {
            discover: yes,
            ..self.clone()
        }
    }

    /// Reads a matcher written by [`Matcher::to_bytes`]; fails on anything else
    /// (a damaged, truncated or older file) without panicking.
    pub fn from_bytes(bytes: &[u8]) -> Result<Matcher, Error> {
        persist::from_bytes(bytes).map(|(m, _)| m)
    }

    /// Reads what [`Matcher::to_bytes_with`] wrote: the matcher and the extra bytes.
    pub fn from_bytes_with(bytes: &[u8]) -> Result<(Matcher, &[u8]), Error> {
        persist::from_bytes(bytes)
    }

    /// The case policy.
    pub fn case(&self) -> CaseMode {
        self.case
    }

    /// Whether dates are found.
    pub fn dates(&self) -> bool {
        self.dates.is_some()
    }

    /// Every mention in `text` in order: whole-word, leftmost-longest entity names and,
    /// if enabled, dates resolved against `reference`.
    pub fn find(&self, text: &str, reference: Reference) -> Result<Vec<Match>, Error> {
        crate::fault::check(text);
        let mut entities = self.find_entities(text)?;
        let entity_list = &self.entities;
        if let Some(people) = &self.people {
            let linked = people.link(text, &entities, entity_list, self.fold_case());
            let replaced: std::collections::HashSet<Span> = linked.iter().map(|l| l.span).collect();
            entities.retain(|m| !replaced.contains(&m.span));
            entities = merge(entities, linked.into_iter());
        }
        if self.discover {
            let unlisted = discover(text, &entities);
            entities = merge(entities, unlisted.into_iter());
        }
        let Some(finder) = &self.dates else {
            return Ok(entities);
        };
        let dates = finder.find(text, reference).into_iter().map(|d| Match {
            span: Span {
                start: d.start,
                end: d.end,
            },
            found: Found::Date(d.value),
            candidates: Vec::new(),
        });
        Ok(merge(entities, dates))
    }

    /// Whether a listed person's short forms are linked within a document.
    pub fn people(&self) -> bool {
        self.people.is_some()
    }

    /// Whether unlisted PERSON names are discovered.
    pub fn discovers(&self) -> bool {
        self.discover
    }

    /// Whether context rules may reject PLACE and DEMONYM mentions.
    pub fn context(&self) -> bool {
        self.context
    }

    /// The label and id of entity `index` (as in [`Found::Entity`]).
    pub fn entity(&self, index: usize) -> (&str, &str) {
        (self.entities.label(index), self.entities.id(index))
    }

    /// Every whole-word, leftmost-longest entity name in `text`, in order.
    ///
    /// ASCII text (or ASCII plus inert symbols such as `£`) is scanned as it is, folding
    /// case and spaces on the fly; other text is normalized first and its spans mapped back.
    /// Where several entities share a name, the document's unambiguous places decide,
    /// then population, then gazetteer order (see [`Match::candidates`]).
    pub fn find_entities(&self, text: &str) -> Result<Vec<Match>, Error> {
        if self.keys.len() == 0 {
            return Ok(Vec::new());
        }
        let hits = self.hits(text)?;
        let entities = &self.entities;
        let country = |e: usize| entities.country(e);
        // Pass 1: the countries of unambiguous hits decide; pass 2: the countries of
        // every other hit's pass-1 choice ("PARIS, Texas": Texas is ambiguous too).
        let sure = document::Tally::of(
            entities,
            hits.iter()
                .map(|&(_, key)| key)
                .filter(|&k| self.keys.entities(k).len() == 1 && !self.keys.common_word(k))
                .map(|k| self.keys.entities(k)[0] as usize),
        );
        let first: Vec<usize> = hits
            .iter()
            .map(|&(_, key)| {
                document::choose(entities, self.keys.entities(key), &|c| {
                    usize::from(sure.get(c) > 0)
                })
            })
            .collect();
        let counts = document::Tally::of(entities, first.iter().copied());
        // How often the document names country `c`, leaving out the hit chosen as `own`.
        let support = |c: &str, own: usize| counts.get(c) - usize::from(country(own) == Some(c));
        let chosen: Vec<usize> = hits
            .iter()
            .zip(&first)
            .map(|(&(_, key), &own)| {
                document::choose(entities, self.keys.entities(key), &|c| support(c, own))
            })
            .collect();
        let covered = |at: usize| {
            let i = hits.partition_point(|(s, _)| s.start <= at);
            i > 0 && at < hits[i - 1].0.end
        };
        let mut out = Vec::with_capacity(hits.len());
        for ((span, key), entity) in hits.iter().zip(chosen) {
            let (key, label) = (*key, entities.label(entity));
            let backed = || {
                entities
                    .country(entity)
                    .is_some_and(|c| support(c, entity) > 0)
            };
            let built_in_label = context::LABELS.contains(&label);
            if self.context
                && built_in_label
                && self.keys.common_word(key)
                && self.case != CaseMode::Insensitive
            {
                let positional = document::sentence_initial(text, span.start)
                    || document::in_headline(text, span.start, span.end);
                if positional && !backed() {
                    continue;
                }
            }
            if self.context && built_in_label {
                let hit = context::Hit {
                    demonym: label == "DEMONYM",
                    start: span.start,
                    end: span.end,
                    population: entities.population(entity),
                    backed: backed(),
                };
                if context::rejects(text, &hit, |at| {
                    !(span.start <= at && at < span.end) && covered(at)
                }) {
                    continue;
                }
            }
            let shared = self.keys.entities(key);
            let candidates = if shared.len() > 1 {
                shared.to_vec()
            } else {
                Vec::new()
            };
            out.push(Match {
                span: *span,
                found: Found::Entity(entity),
                candidates,
            });
        }
        Ok(out)
    }

    /// The raw whole-word hits: byte spans in the input and their keys.
    fn hits(&self, text: &str) -> Result<Vec<(Span, usize)>, Error> {
        if text.len() > u32::MAX as usize {
            return Err(Error::new(ErrorKind::TextTooLong(text.len())));
        }
        let mut hits = Vec::new();
        if text.is_ascii() || text.chars().all(|c| c.is_ascii() || inert(c)) {
            self.scan(text, text, |s, e| (s, e), &mut hits);
        } else {
            let norm = normalize(text, self.fold_case());
            self.scan(
                &norm.text,
                text,
                |s, e| norm.input_span(text, s, e),
                &mut hits,
            );
        }
        Ok(hits)
    }

    fn fold_case(&self) -> bool {
        self.case != CaseMode::Sensitive
    }

    /// Scans `hay` (the input itself, or its normalized copy) and pushes the hits, with
    /// spans mapped to the input by `to_input`.
    fn scan(
        &self,
        hay: &str,
        input: &str,
        to_input: impl Fn(usize, usize) -> (usize, usize),
        hits: &mut Vec<(Span, usize)>,
    ) {
        let bytes = hay.as_bytes();
        let accept = |key: usize, start: usize, end: usize| {
            if self.case != CaseMode::Smart {
                return true;
            }
            let (s, e) = to_input(start, end);
            self.keys.case(key).accepts(&input[s..e])
        };
        // Candidates are word starts and non-word characters; a word that starts no
        // name is skipped whole.
        let mut i = 0;
        while let Some((c, is_word)) = char_at(hay, i) {
            let (next, found) = if is_word {
                let next = word_end(hay, i);
                (next, self.longest_from_word(hay, i, next, &accept))
            } else if self.first_bytes[bytes[i] as usize] {
                let found = self.longest_at(hay, i, (Cursor::ROOT, i), None, &accept);
                (i + c.len_utf8(), found)
            } else {
                (i + c.len_utf8(), None)
            };
            if let Some((end, key)) = found {
                let (start, stop) = to_input(i, end);
                // One input character can normalize to several words ("ﷺ" is four): a
                // second hit inside the same input span would repeat it.
                if hits.last().is_none_or(|(last, _)| start >= last.end) {
                    hits.push((Span { start, end: stop }, key));
                }
                // A whole-word hit ends before a word start or a non-word character.
                i = end;
                continue;
            }
            i = next;
        }
    }

    /// The longest name that starts with the word `hay[start..next]`, as
    /// [`Matcher::longest_at`] gives it. The first-word table answers for the word itself;
    /// the walk goes on in the trie only if a longer name starts with it and, where a
    /// space and another word follow, a name goes on with that word.
    fn longest_from_word(
        &self,
        hay: &str,
        start: usize,
        next: usize,
        accept: &impl Fn(usize, usize, usize) -> bool,
    ) -> Option<(usize, usize)> {
        let bytes = hay.as_bytes();
        let word = &bytes[start..next];
        let first = self.first_words.first(word)?;
        let (key, after) = match self
            .first_words
            .lookup(word, first, &self.trie, self.fold_case())
        {
            Lookup::Absent => return None,
            Lookup::Long => {
                return self.longest_at(hay, start, (Cursor::ROOT, start), None, accept)
            }
            Lookup::Short(key, after) => (key, after),
        };
        let best = key
            .filter(|&k| is_whole_word(hay, start, next) && accept(k, start, next))
            .map(|k| (next, k));
        let Some(after) = after else {
            return best;
        };
        let at = next + bytes[next..].iter().take_while(|b| is_space(**b)).count();
        let then = word_end(hay, at);
        if at > next && then > at && !self.first_words.may_follow(first, &bytes[at..then]) {
            return best;
        }
        self.longest_at(hay, start, (after, next), best, accept)
    }

    /// The longest name starting at byte `start` of `hay` that ends on a word boundary
    /// and that `accept` takes, else `best`: its end and key. The walk goes on from trie
    /// position `node` at byte `resume` (the root at `start`, or the position after a
    /// first word at its end). Bytes are case-folded and runs of ASCII whitespace fed as
    /// one space on the way (no-ops on normalized text).
    fn longest_at(
        &self,
        hay: &str,
        start: usize,
        (mut node, resume): (Cursor, usize),
        mut best: Option<(usize, usize)>,
        accept: &impl Fn(usize, usize, usize) -> bool,
    ) -> Option<(usize, usize)> {
        let fold = self.fold_case();
        let mut after_space = false;
        for (offset, &b) in hay.as_bytes()[resume..].iter().enumerate() {
            let b = if is_space(b) {
                if after_space {
                    continue;
                }
                after_space = true;
                b' '
            } else {
                after_space = false;
                if fold {
                    b.to_ascii_lowercase()
                } else {
                    b
                }
            };
            let Some(next) = self.trie.step(node, b) else {
                break;
            };
            node = next;
            if let Some(key) = self.trie.key(node) {
                let end = resume + offset + 1;
                if is_whole_word(hay, start, end) && accept(key, start, end) {
                    best = Some((end, key));
                }
            }
        }
        best
    }
}

/// Whether `b` is ASCII whitespace, which names hold as one space.
#[inline]
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The bytes a name can start with (both cases of ASCII letters when case folds).
pub(crate) fn first_bytes(trie: &Trie, fold: bool) -> [bool; 256] {
    let mut first = [false; 256];
    for b in 0..=255u8 {
        if trie.step(Cursor::ROOT, b).is_some() {
            first[b as usize] = true;
            if fold {
                first[b.to_ascii_uppercase() as usize] = true;
            }
        }
    }
    first
}

/// Merges two lists of matches (each sorted and non-overlapping) into one sorted list:
/// where two overlap, the longer wins, and a date on a tie ("in March": the month, not
/// the English town).
fn merge(entities: Vec<Match>, dates: impl Iterator<Item = Match>) -> Vec<Match> {
    if entities.is_empty() {
        return dates.collect();
    }
    let mut all = entities;
    let from = all.len();
    all.extend(dates);
    if all.len() == from {
        return all;
    }
    all.sort_by_key(|m| m.span.start);
    let rank = |m: &Match| (m.span.end - m.span.start, matches!(m.found, Found::Date(_)));
    let mut out: Vec<Match> = Vec::with_capacity(all.len());
    for m in all {
        match out.last_mut() {
            Some(last) if m.span.start < last.span.end => {
                if rank(&m) > rank(last) {
                    *last = m;
                }
            }
            _ => out.push(m),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gazetteer(entries: &[(&str, &str, &[&str])]) -> Gazetteer {
        let mut g = Gazetteer::new();
        for (label, id, names) in entries {
            g.add(label, id, names.iter().copied()).unwrap();
        }
        g
    }

    fn find(g: &Gazetteer, case: CaseMode, text: &str) -> Vec<(String, String)> {
        let m = Matcher::builder()
            .case(case)
            .dates(false)
            .people(false)
            .context(false)
            .build(g)
            .unwrap();
        m.find_entities(text)
            .unwrap()
            .into_iter()
            .map(|h| {
                let Found::Entity(e) = h.found else {
                    panic!("no dates asked for")
                };
                let (_, id) = m.entity(e);
                (text[h.span.start..h.span.end].to_owned(), id.to_owned())
            })
            .collect()
    }

    /// (name, entries, text, expected (surface, id) hits) for every case mode.
    struct MatchTest {
        name: &'static str,
        entries: &'static [(&'static str, &'static str, &'static [&'static str])],
        text: &'static str,
        expected: &'static [(&'static str, &'static str)],
    }

    const TESTS: &[MatchTest] = &[
        MatchTest {
            name: "diacritics and case fold",
            entries: &[("PLACE", "tr", &["Türkiye"])],
            text: "Turkiye, TÜRKIYE and Türkiye",
            expected: &[("Turkiye", "tr"), ("TÜRKIYE", "tr"), ("Türkiye", "tr")],
        },
        MatchTest {
            name: "possessive and hyphen keep the name",
            entries: &[("PLACE", "pk", &["Pakistan"]), ("PLACE", "qa", &["Qatar"])],
            text: "Pakistan’s Qatar-based Pakistani",
            expected: &[("Pakistan", "pk"), ("Qatar", "qa")],
        },
        MatchTest {
            name: "no match inside a word",
            entries: &[("PLACE", "ny", &["York"])],
            text: "Yorkshire and New York",
            expected: &[("York", "ny")],
        },
        MatchTest {
            name: "longer non-word hit does not hide a shorter word hit",
            entries: &[("X", "a", &["the d"]), ("X", "b", &["deal"])],
            text: "The deal",
            expected: &[("deal", "b")],
        },
        MatchTest {
            name: "leftmost-longest",
            entries: &[
                ("PERSON", "asif", &["Khawaja Asif", "Khawaja Muhammad Asif"]),
                ("PERSON", "kh", &["Khawaja"]),
            ],
            text: "Khawaja  Muhammad\nAsif met Khawaja Asif and Khawaja",
            expected: &[
                ("Khawaja  Muhammad\nAsif", "asif"),
                ("Khawaja Asif", "asif"),
                ("Khawaja", "kh"),
            ],
        },
        MatchTest {
            name: "dateline in capitals",
            entries: &[("PLACE", "ist", &["Istanbul"])],
            text: "ISTANBUL: talks",
            expected: &[("ISTANBUL", "ist")],
        },
        MatchTest {
            name: "quotes and dashes fold in names too",
            entries: &[
                ("PLACE", "ci", &["Côte d’Ivoire"]),
                ("PLACE", "gb", &["Guinea–Bissau"]),
            ],
            text: "Cote d'Ivoire and Guinea-Bissau",
            expected: &[("Cote d'Ivoire", "ci"), ("Guinea-Bissau", "gb")],
        },
        MatchTest {
            name: "first added entity wins a shared name",
            entries: &[
                ("PLACE", "ga-us", &["Georgia"]),
                ("PLACE", "ga-ge", &["Georgia"]),
            ],
            text: "Georgia",
            expected: &[("Georgia", "ga-us")],
        },
    ];

    #[test]
    fn match_table_in_every_case_mode() {
        for mode in [CaseMode::Insensitive, CaseMode::Smart] {
            for t in TESTS {
                let got = find(&gazetteer(t.entries), mode, t.text);
                let want: Vec<(String, String)> = t
                    .expected
                    .iter()
                    .map(|(s, i)| (s.to_string(), i.to_string()))
                    .collect();
                assert_eq!(got, want, "{} ({mode:?})", t.name);
            }
        }
    }

    #[test]
    fn dates_come_out_in_order_with_entities() {
        let g = gazetteer(&[
            ("PLACE", "ist", &["Istanbul"]),
            ("PERSON", "may", &["Theresa May"]),
        ]);
        let m = Matcher::new(&g).unwrap();
        let text = "Talks in Istanbul on Thursday; Theresa May spoke on 6 November 2025.";
        let reference = chrono::NaiveDate::from_ymd_opt(2025, 11, 6);
        let got: Vec<(&str, Option<String>)> = m
            .find(text, reference)
            .unwrap()
            .into_iter()
            .map(|x| {
                let value = match x.found {
                    Found::Date(v) => v,
                    Found::Entity(e) => Some(m.entity(e).1.to_owned()),
                    Found::Unlisted => None,
                };
                (&text[x.span.start..x.span.end], value)
            })
            .collect();
        let want = [
            ("Istanbul", Some("ist".to_owned())),
            ("Thursday", Some("2025-11-06".to_owned())),
            ("Theresa May", Some("may".to_owned())),
            ("6 November 2025", Some("2025-11-06".to_owned())),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn merge_prefers_the_longer_then_the_date() {
        let at = |start, end, found| Match {
            span: Span { start, end },
            found,
            candidates: vec![],
        };
        let entities = vec![at(0, 5, Found::Entity(0)), at(10, 14, Found::Entity(1))];
        let dates = vec![
            at(3, 9, Found::Date(None)),
            at(10, 14, Found::Date(None)),
            at(20, 22, Found::Date(None)),
        ];
        let got = merge(entities, dates.into_iter());
        assert_eq!(
            got,
            vec![
                at(3, 9, Found::Date(None)),
                at(10, 14, Found::Date(None)),
                at(20, 22, Found::Date(None))
            ]
        );
    }

    #[test]
    fn a_character_that_expands_into_words_gives_one_match() {
        let g = gazetteer(&[
            ("X", "a", &["الله"]),
            ("X", "b", &["عليه"]),
            ("X", "c", &["x"]),
        ]);
        for mode in [CaseMode::Insensitive, CaseMode::Smart, CaseMode::Sensitive] {
            let got = find(&g, mode, "x \u{fdfa} x \u{fdfa}\u{fdfa}");
            let spans: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
            assert_eq!(
                spans,
                ["x", "\u{fdfa}", "x", "\u{fdfa}", "\u{fdfa}"],
                "{mode:?}"
            );
        }
    }

    #[test]
    fn empty_names_fail_the_build() {
        let g = gazetteer(&[("X", "a", &["ok", " \n\u{301} "])]);
        let err = Matcher::new(&g).unwrap_err();
        assert!(err.to_string().contains("empty name"), "{err}");
    }

    #[test]
    fn case_modes_differ_on_lower_case_text() {
        let g = gazetteer(&[("PLACE", "rdg", &["Reading"]), ("PLACE", "us", &["US"])]);
        let text = "reading us Reading Us US";
        let surfaces =
            |mode| -> Vec<String> { find(&g, mode, text).into_iter().map(|(s, _)| s).collect() };
        assert_eq!(
            surfaces(CaseMode::Insensitive),
            ["reading", "us", "Reading", "Us", "US"]
        );
        assert_eq!(surfaces(CaseMode::Smart), ["Reading", "US"]);
        assert_eq!(surfaces(CaseMode::Sensitive), ["Reading", "US"]);
    }

    #[test]
    fn smart_case_failure_does_not_hide_a_shorter_name() {
        let g = gazetteer(&[("X", "a", &["New York"]), ("X", "b", &["new"])]);
        assert_eq!(
            find(&g, CaseMode::Smart, "new york"),
            [("new".into(), "b".into())]
        );
    }
}
