//! The scan: every whole-word, leftmost-longest name in a text, as byte spans and keys.
//!
//! One trie holds the normalized names (case, diacritics, quotes, dashes and spaces
//! folded, see [`crate::normalize`]). The scan tries it only where a word can start,
//! walks it forward from there and keeps the longest name that ends on a word boundary
//! (and passes the case policy). That is leftmost-longest among whole-word hits exactly:
//! a longer hit that ends inside a word never hides a shorter whole-word one ("the d"
//! and "deal" over "The deal" give "deal"), which filtering an ordinary leftmost-longest
//! stream afterwards would lose. A word that starts no name is skipped whole, most of
//! them after one probe of the first-word filter ([`first_words`]).

pub(crate) mod case;
pub(crate) mod first_words;
pub(crate) mod keys;
pub(crate) mod trie;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::batch::map_all;
use crate::error::{Error, ErrorKind};
use crate::gazetteer::Entity;
use crate::ids::{EntityIndex, KeyId};
use crate::normalize::{inert, normalize, normalize_name};
use crate::text::{char_at, is_whole_word, word_end, Span};
use case::{CaseMode, CaseRule};
use first_words::{FirstWords, Lookup};
use keys::Keys;
use trie::{Cursor, Trie};

/// A name found by the scan: its byte span in the input and its key.
pub(crate) type Hit = (Span, KeyId);

/// The compiled names and the walk over them.
#[derive(Debug, Clone)]
pub(crate) struct Scanner {
    pub(crate) trie: Trie,
    pub(crate) keys: Keys,
    pub(crate) first_words: FirstWords,
    pub(crate) case: CaseMode,
    /// The bytes a name can start with (both cases of ASCII letters when case folds).
    first_bytes: [bool; 256],
}

impl Scanner {
    /// Compiles the names of `entities`; `common_words` are names that are also ordinary
    /// words (marked on their keys for the common-word rule).
    pub(crate) fn new(
        entities: &[Entity],
        case: CaseMode,
        common_words: &[String],
    ) -> Result<Scanner, Error> {
        let fold = case.folds();
        let names: Vec<(usize, &str)> = entities
            .iter()
            .enumerate()
            .flat_map(|(index, e)| e.names.iter().map(move |n| (index, n.as_str())))
            .collect();
        // Normalizing is most of a big build: it runs on all cores.
        let normalized = map_all(&names, |&(_, name)| normalize_name(name, fold));
        let common: FxHashSet<String> = common_words
            .iter()
            .map(|w| normalize_name(w, fold))
            .collect();
        let mut patterns: Vec<&str> = Vec::new();
        let mut keys: Vec<(Vec<EntityIndex>, CaseRule, bool)> = Vec::new();
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
            let (sharing, case, _) = &mut keys[k];
            *case = (*case).min(rule);
            let entity = EntityIndex::new(index);
            if sharing.last() != Some(&entity) {
                sharing.push(entity);
            }
        }
        if patterns.len() >= trie::MAX_KEYS {
            return Err(Error::new(ErrorKind::TooLarge("distinct names over 2^31")));
        }
        let trie = Trie::new(&patterns);
        let first_words = FirstWords::new(&patterns, &trie);
        Ok(Scanner::from_parts(
            trie,
            Keys::new(keys),
            first_words,
            case,
        ))
    }

    /// A scanner of parts already compiled (and checked against each other), as a saved
    /// matcher holds them.
    pub(crate) fn from_parts(
        trie: Trie,
        keys: Keys,
        first_words: FirstWords,
        case: CaseMode,
    ) -> Scanner {
        let mut first_bytes = [false; 256];
        for b in 0..=255u8 {
            if trie.step(Cursor::ROOT, b).is_some() {
                first_bytes[b as usize] = true;
                if case.folds() {
                    first_bytes[b.to_ascii_uppercase() as usize] = true;
                }
            }
        }
        Scanner {
            trie,
            keys,
            first_words,
            case,
            first_bytes,
        }
    }

    /// Heap bytes of the trie, the first words and the keys.
    pub(crate) fn memory_usage(&self) -> usize {
        self.trie.memory_usage() + self.keys.memory_usage() + self.first_words.memory_usage()
    }

    /// The whole-word, leftmost-longest names of `text`, in order.
    ///
    /// ASCII text (or ASCII plus inert symbols such as `£`) is scanned as it is, folding
    /// case and spaces on the fly; other text is normalized first and its spans mapped
    /// back.
    pub(crate) fn hits(&self, text: &str) -> Result<Vec<Hit>, Error> {
        if text.len() > u32::MAX as usize {
            return Err(Error::new(ErrorKind::TextTooLong(text.len())));
        }
        let mut hits = Vec::new();
        if self.keys.len() == 0 {
            return Ok(hits);
        }
        if text.is_ascii() || text.chars().all(|c| c.is_ascii() || inert(c)) {
            self.scan(text, text, |s, e| (s, e), &mut hits);
        } else {
            let norm = normalize(text, self.case.folds());
            self.scan(
                &norm.text,
                text,
                |s, e| norm.input_span(text, s, e),
                &mut hits,
            );
        }
        Ok(hits)
    }

    /// Scans `hay` (the input itself, or its normalized copy) and pushes the hits, with
    /// spans mapped to the input by `to_input`.
    fn scan(
        &self,
        hay: &str,
        input: &str,
        to_input: impl Fn(usize, usize) -> (usize, usize),
        hits: &mut Vec<Hit>,
    ) {
        let bytes = hay.as_bytes();
        let accept = |key: KeyId, start: usize, end: usize| {
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
    /// [`Scanner::longest_at`] gives it. The first-word table answers for the word itself;
    /// the walk goes on in the trie only if a longer name starts with it and, where a
    /// space and another word follow, a name goes on with that word.
    fn longest_from_word(
        &self,
        hay: &str,
        start: usize,
        next: usize,
        accept: &impl Fn(KeyId, usize, usize) -> bool,
    ) -> Option<(usize, KeyId)> {
        let bytes = hay.as_bytes();
        let word = &bytes[start..next];
        let first = self.first_words.first(word)?;
        let (key, after) = match self
            .first_words
            .lookup(word, first, &self.trie, self.case.folds())
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
        mut best: Option<(usize, KeyId)>,
        accept: &impl Fn(KeyId, usize, usize) -> bool,
    ) -> Option<(usize, KeyId)> {
        let fold = self.case.folds();
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
