//! Document-level rules: what the scan's hits mean in their document.
//!
//! The scan finds names; these rules decide, with the whole document in view, which
//! entity a shared name stands for, which hits are not mentions of the place at all, and
//! what the document adds (later short forms of a person, names a title introduces).
//! Each rule is a function over a [`Document`], and [`ORDER`] is the one place that says
//! in which order they run. A new rule is a module here, a line in [`ORDER`], and its own
//! unit tests (docs/architecture.md).

mod common;
mod context;
mod discover;
mod names;
mod people;
mod shared;
mod titles;

pub(crate) use people::People;

use crate::entities::Entities;
use crate::found::{Found, How, Match};
use crate::ids::{EntityIndex, KeyId};
use crate::scan::case::CaseMode;
use crate::scan::keys::Keys;
use crate::scan::Hit;
use crate::text::Span;

/// The options the rules read, fixed when the matcher is built.
#[derive(Debug, Clone)]
pub(crate) struct Rules {
    pub(crate) case: CaseMode,
    /// Context vetoes and the common-word rule.
    pub(crate) context: bool,
    /// Short forms of listed people (None: not linked).
    pub(crate) people: Option<People>,
    /// People found without a list (the person rule) and their short forms.
    pub(crate) discover: bool,
}

/// A named rule and when it runs.
struct Rule {
    name: &'static str,
    runs: fn(&Rules) -> bool,
    apply: fn(&Rules, &mut Document<'_>),
}

/// The rules in the order they run. Vetoes read the hits as the scan found them, so
/// they come before the rules that add mentions.
const ORDER: &[Rule] = &[
    Rule {
        name: "shared names",
        runs: |_| true,
        apply: |_, doc| shared::choose_entities(doc),
    },
    Rule {
        name: "common words",
        runs: |r| r.context && r.case != CaseMode::Insensitive,
        apply: |_, doc| common::veto(doc),
    },
    Rule {
        name: "context",
        runs: |r| r.context,
        apply: |_, doc| context::veto(doc),
    },
    Rule {
        name: "discovery",
        runs: |r| r.discover,
        apply: |_, doc| discover::find_people(doc),
    },
    Rule {
        name: "short forms",
        runs: |r| r.people.is_some() || r.discover,
        apply: |r, doc| People::link(r.people.as_ref(), doc, r.case.folds()),
    },
    // Once the vetoes and the people have taken their mentions, the places left choose
    // again: only accepted hits vote.
    Rule {
        name: "shared names, kept hits",
        runs: |r| r.context || r.people.is_some() || r.discover,
        apply: |_, doc| shared::choose_entities(doc),
    },
];

/// One mention as the rules see it.
#[derive(Debug, Clone)]
pub(crate) struct Mention {
    pub(crate) span: Span,
    /// The scan's key (None for a mention a rule added).
    pub(crate) key: Option<KeyId>,
    /// The entity before the shared-name rule's second pass (its country is counted in
    /// [`Document::countries`]).
    pub(crate) first: Option<EntityIndex>,
    pub(crate) found: Found,
    pub(crate) how: How,
    /// False once a rule vetoes it.
    pub(crate) kept: bool,
}

/// A document under resolution: its text and mentions, sorted by start.
pub(crate) struct Document<'a> {
    pub(crate) text: &'a str,
    pub(crate) entities: &'a Entities,
    pub(crate) keys: &'a Keys,
    pub(crate) mentions: Vec<Mention>,
    /// How often the document names each country (set by the shared-name rule).
    pub(crate) countries: shared::Tally<'a>,
    /// The text's words, split once for the rules that walk them.
    words: std::cell::OnceCell<Words>,
}

/// The words of a text as byte spans ([`crate::text::words`]), and which of them start
/// with a capital: the rules that look for names visit only those.
pub(crate) struct Words {
    pub(crate) all: Vec<(usize, usize)>,
    /// Indexes into `all`, in order.
    pub(crate) capitals: Vec<u32>,
}

impl Words {
    pub(crate) fn new(text: &str) -> Words {
        // About one word in six bytes of news; sized once, not grown.
        let mut all = Vec::with_capacity(text.len() / 5 + 1);
        let mut capitals = Vec::with_capacity(text.len() / 32 + 1);
        for (s, e) in crate::text::words(text) {
            let capital = match text.as_bytes()[s] {
                b if b < 0x80 => b.is_ascii_uppercase(),
                _ => text[s..e].starts_with(char::is_uppercase),
            };
            if capital {
                capitals.push(all.len() as u32);
            }
            all.push((s, e));
        }
        Words { all, capitals }
    }
}

impl<'a> Document<'a> {
    fn new(text: &'a str, entities: &'a Entities, keys: &'a Keys, hits: Vec<Hit>) -> Self {
        let mentions = hits
            .into_iter()
            .map(|(span, key)| Mention {
                span,
                key: Some(key),
                first: None,
                found: Found::Entity(keys.entities(key)[0]),
                how: How::Listed,
                kept: true,
            })
            .collect();
        Document {
            text,
            entities,
            keys,
            mentions,
            countries: shared::Tally::default(),
            words: std::cell::OnceCell::new(),
        }
    }

    /// The words of the text, split on first use.
    pub(crate) fn words(&self) -> &Words {
        self.words.get_or_init(|| Words::new(self.text))
    }

    /// Whether the document names the country of mention `m`'s entity elsewhere.
    pub(crate) fn backed(&self, m: &Mention) -> bool {
        let Found::Entity(e) = m.found else {
            return false;
        };
        let Some(c) = self.entities.country(e) else {
            return false;
        };
        let own = m.first.and_then(|f| self.entities.country(f)) == Some(c);
        self.countries.get(c) > usize::from(own)
    }

    /// The mentions no rule vetoed, as matches.
    pub(crate) fn kept(&self) -> Vec<Match> {
        self.mentions
            .iter()
            .filter(|m| m.kept)
            .map(|m| Match {
                span: m.span,
                found: m.found.clone(),
                candidates: match m.key {
                    Some(k) if self.keys.entities(k).len() > 1 => self.keys.entities(k).to_vec(),
                    _ => Vec::new(),
                },
                how: m.how,
            })
            .collect()
    }

    /// Adds mentions a rule found (sorted, not overlapping each other), vetoing the kept
    /// mentions they overlap.
    pub(crate) fn replace(&mut self, found: Vec<Match>) {
        if found.is_empty() {
            return;
        }
        let mut cursor = Overlaps::new(&found);
        for m in self.mentions.iter_mut().filter(|m| m.kept) {
            if cursor.overlapping(m.span.start, m.span.end).is_some() {
                m.kept = false;
            }
        }
        self.mentions.extend(found.into_iter().map(|m| Mention {
            span: m.span,
            key: None,
            first: None,
            found: m.found,
            how: m.how,
            kept: true,
        }));
        self.mentions.sort_by_key(|m| m.span.start);
    }
}

/// Walks sorted matches alongside sorted spans to tell which spans they overlap.
pub(crate) struct Overlaps<'a> {
    hits: &'a [Match],
    next: usize,
}

impl<'a> Overlaps<'a> {
    pub(crate) fn new(hits: &'a [Match]) -> Overlaps<'a> {
        Overlaps { hits, next: 0 }
    }

    /// The match overlapping `[start, end)`, if any; spans must come in increasing order.
    pub(crate) fn overlapping(&mut self, start: usize, end: usize) -> Option<&'a Match> {
        while self.next < self.hits.len() && self.hits[self.next].span.end <= start {
            self.next += 1;
        }
        self.hits.get(self.next).filter(|h| h.span.start < end)
    }
}

impl Rules {
    /// The mentions of `text` given the scan's `hits`: every rule of [`ORDER`] that the
    /// options turn on, in order.
    pub(crate) fn resolve(
        &self,
        text: &str,
        entities: &Entities,
        keys: &Keys,
        hits: Vec<Hit>,
    ) -> Vec<Match> {
        // Only discovery adds mentions where the scan found none.
        if hits.is_empty() && !self.discover {
            return Vec::new();
        }
        let mut doc = Document::new(text, entities, keys, hits);
        for rule in ORDER.iter().filter(|rule| (rule.runs)(self)) {
            (rule.apply)(self, &mut doc);
        }
        doc.kept()
    }

    /// The names of the rules these options run, in order.
    pub(crate) fn running(&self) -> Vec<&'static str> {
        ORDER
            .iter()
            .filter(|rule| (rule.runs)(self))
            .map(|rule| rule.name)
            .collect()
    }
}

/// Merges two lists of matches (each sorted and non-overlapping) into one sorted list:
/// where two overlap, the longer wins, and a date on a tie ("in March": the month, not
/// the English town).
pub(crate) fn merge(entities: Vec<Match>, dates: impl Iterator<Item = Match>) -> Vec<Match> {
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
    let rank = |m: &Match| {
        (
            m.span.end - m.span.start,
            matches!(m.found, Found::Date(..)),
        )
    };
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
pub(crate) mod tests {
    use super::*;
    use crate::dates::TimexType;

    /// The surfaces of `found` in `text`, for the rules' tests.
    pub(crate) fn texts(text: &str, found: &[Match]) -> Vec<String> {
        found
            .iter()
            .map(|m| text[m.span.start..m.span.end].to_owned())
            .collect()
    }

    #[test]
    fn the_order_is_written_once_and_options_pick_from_it() {
        let all = Rules {
            case: CaseMode::Smart,
            context: true,
            people: Some(People::default()),
            discover: true,
        };
        assert_eq!(
            all.running(),
            [
                "shared names",
                "common words",
                "context",
                "discovery",
                "short forms",
                "shared names, kept hits"
            ]
        );
        let plain = Rules {
            case: CaseMode::Insensitive,
            context: false,
            people: None,
            discover: false,
        };
        assert_eq!(plain.running(), ["shared names"]);
        let no_common = Rules {
            case: CaseMode::Insensitive,
            ..all
        };
        assert!(!no_common.running().contains(&"common words"));
    }

    #[test]
    fn merge_prefers_the_longer_then_the_date() {
        let at = |start, end, found| Match {
            span: Span { start, end },
            found,
            candidates: vec![],
            how: How::Listed,
        };
        let e = |i| Found::Entity(EntityIndex::new(i));
        let entities = vec![at(0, 5, e(0)), at(10, 14, e(1))];
        let dates = vec![
            at(3, 9, Found::Date(None, TimexType::Date)),
            at(10, 14, Found::Date(None, TimexType::Date)),
            at(20, 22, Found::Date(None, TimexType::Date)),
        ];
        let got = merge(entities, dates.into_iter());
        assert_eq!(
            got,
            vec![
                at(3, 9, Found::Date(None, TimexType::Date)),
                at(10, 14, Found::Date(None, TimexType::Date)),
                at(20, 22, Found::Date(None, TimexType::Date))
            ]
        );
    }
}
