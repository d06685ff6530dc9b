//! The public matcher: its builder, and the orchestration of one search. A text goes
//! through the stages in order: the scan ([`crate::scan`]) finds the names, the
//! document rules ([`crate::resolve`]) decide what they mean, the date finder
//! ([`crate::dates`]) adds dates, and [`merge`] settles overlaps between the two.

use crate::batch::map_indexes;
use crate::dates::{Date, DateFinder};
use crate::entities::Entities;
use crate::error::{catch_panic, Error};
use crate::found::{Found, How, Match};
use crate::gazetteer::Gazetteer;
use crate::ids::EntityIndex;
use crate::persist;
use crate::resolve::{merge, People, Rules};
use crate::scan::case::CaseMode;
use crate::scan::Scanner;
use crate::text::Span;

/// The reference (publication) date that relative dates resolve against, if known.
pub type Reference = Option<Date>;

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
            discover: true,
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

    /// Whether to find people no gazetteer lists (default true): names a known given
    /// name starts or a title introduces, each with an id from its folded full name
    /// ([`Found::Person`]), and their short forms later in the document.
    pub fn discover(&mut self, yes: bool) -> &mut MatcherBuilder {
        self.discover = yes;
        self
    }

    /// Whether the words around a mention may reject it (default true): PLACE and
    /// DEMONYM names inside organisation, person or feature names ("Islamabad High
    /// Court", "Élodie Martin", "Tennessee River"), places standing for teams
    /// ("Liverpool beat Chelsea"), small towns in all-capital lines,
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
        let list = gazetteer.entities();
        let entities = Entities::new(list)?;
        Ok(Matcher {
            scanner: Scanner::new(list, self.case, &self.common_words)?,
            rules: Rules {
                case: self.case,
                context: self.context,
                people: self.people.then(|| People::new(list, self.case.folds())),
                discover: self.discover,
            },
            dates: self.dates.then(DateFinder::new),
            entities,
        })
    }
}

/// A compiled gazetteer: finds whole-word, leftmost-longest entity names in text.
#[derive(Debug, Clone)]
pub struct Matcher {
    scanner: Scanner,
    rules: Rules,
    dates: Option<DateFinder>,
    /// The gazetteer's entities without their names (the scanner holds those).
    entities: Entities,
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

    /// Every mention in `text` in order: whole-word, leftmost-longest entity names and,
    /// if enabled, dates resolved against `reference`.
    pub fn find(&self, text: &str, reference: Reference) -> Result<Vec<Match>, Error> {
        crate::fault::check(text);
        let mut found = self.find_entities(text)?;
        if let Some(finder) = &self.dates {
            let dates = finder.find(text, reference).into_iter().map(|d| Match {
                span: Span {
                    start: d.start,
                    end: d.end,
                },
                found: Found::Date(d.value, d.timex_type),
                candidates: Vec::new(),
                how: How::Parsed,
            });
            found = merge(found, dates);
        }
        Ok(found)
    }

    /// Every entity mention in `text`, in order: the scan's names after the document
    /// rules (shared names resolved by the document's other places, then population,
    /// then gazetteer order; see [`Match::candidates`]), without dates.
    pub fn find_entities(&self, text: &str) -> Result<Vec<Match>, Error> {
        let hits = self.scanner.hits(text)?;
        let keys = &self.scanner.keys;
        Ok(self.rules.resolve(text, &self.entities, keys, hits))
    }

    /// The names of the document rules this matcher runs, in the order they run
    /// ("shared names", "common words", "context", "short forms", "discovery").
    pub fn rules(&self) -> Vec<&'static str> {
        self.rules.running()
    }

    /// The entities this matcher finds, in gazetteer order, without their names.
    pub fn entities(&self) -> &Entities {
        &self.entities
    }

    /// The label and id of entity `index` (as in [`Found::Entity`]).
    pub fn entity(&self, index: EntityIndex) -> (&str, &str) {
        (self.entities.label(index), self.entities.id(index))
    }

    /// Heap bytes of the compiled names (trie, first words, keys) and the entity table.
    pub fn index_size(&self) -> usize {
        self.scanner.memory_usage() + self.entities.memory_usage()
    }

    /// The case policy.
    pub fn case(&self) -> CaseMode {
        self.scanner.case
    }

    /// Whether dates are found.
    pub fn dates(&self) -> bool {
        self.dates.is_some()
    }

    /// Whether a listed person's short forms are linked within a document.
    pub fn people(&self) -> bool {
        self.rules.people.is_some()
    }

    /// Whether unlisted PERSON names are discovered.
    pub fn discovers(&self) -> bool {
        self.rules.discover
    }

    /// Whether context rules may reject PLACE and DEMONYM mentions.
    pub fn context(&self) -> bool {
        self.rules.context
    }

    /// The same matcher with discovery of unlisted PERSON names on or off.
    pub fn with_discover(&self, yes: bool) -> Matcher {
        let mut m = self.clone();
        m.rules.discover = yes;
        m
    }

    /// The compiled matcher as bytes, for [`Matcher::from_bytes`] (which is much faster
    /// than building again): a versioned container with a checksum.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.to_bytes_with(&[])
    }

    /// Like [`Matcher::to_bytes`], keeping `extra` (any bytes) in the same container.
    pub fn to_bytes_with(&self, extra: &[u8]) -> Vec<u8> {
        let dates = self.dates.is_some();
        persist::to_bytes(&self.scanner, &self.rules, dates, &self.entities, extra)
    }

    /// Reads a matcher written by [`Matcher::to_bytes`]; fails on anything else
    /// (a damaged, truncated or older file) without panicking.
    pub fn from_bytes(bytes: &[u8]) -> Result<Matcher, Error> {
        Matcher::from_bytes_with(bytes).map(|(m, _)| m)
    }

    /// Reads what [`Matcher::to_bytes_with`] wrote: the matcher and the extra bytes.
    pub fn from_bytes_with(bytes: &[u8]) -> Result<(Matcher, &[u8]), Error> {
        let parts = persist::from_bytes(bytes)?;
        let matcher = Matcher {
            scanner: parts.scanner,
            rules: parts.rules,
            dates: parts.dates.then(DateFinder::new),
            entities: parts.entities,
        };
        Ok((matcher, parts.extra))
    }
}

/// Finds the matches of every document, each with its own result: a document that fails
/// (a panic in the core becomes [`ErrorKind::Internal`](crate::ErrorKind::Internal))
/// never loses the others. `None` documents give no matches. `references` is empty (no
/// reference dates) or has one entry per document. `threads`: `Some(1)` runs on the
/// calling thread, `Some(n)` on a pool of `n`, `None` on rayon's global pool.
pub fn find_many(
    matcher: &Matcher,
    docs: &[Option<&str>],
    references: &[Reference],
    threads: Option<usize>,
) -> Vec<Result<Vec<Match>, Error>> {
    map_indexes(docs.len(), threads, |i| match docs[i] {
        Some(text) => catch_panic(|| matcher.find(text, references.get(i).copied().flatten())),
        None => Ok(Vec::new()),
    })
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
        let reference = Date::from_ymd(2025, 11, 6);
        let got: Vec<(&str, Option<String>)> = m
            .find(text, reference)
            .unwrap()
            .into_iter()
            .map(|x| {
                let value = match x.found {
                    Found::Date(v, _) => v,
                    Found::Entity(e) => Some(m.entity(e).1.to_owned()),
                    Found::Person(id) => Some(id),
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
    fn find_many_equals_find_in_every_threading() {
        let g = gazetteer(&[("PLACE", "pk", &["Pakistan"])]);
        let m = Matcher::new(&g).unwrap();
        let docs: Vec<Option<&str>> = (0..200)
            .map(|i| (i % 7 != 0).then_some("In Pakistan, Pakistan, on 6 May 2025."))
            .collect();
        let seq = find_many(&m, &docs, &[], Some(1));
        assert_eq!(find_many(&m, &docs, &[], Some(2)), seq);
        assert_eq!(find_many(&m, &docs, &[], None), seq);
        assert_eq!(seq[0].as_ref().unwrap().len(), 0);
        assert_eq!(
            seq[1].as_ref().unwrap(),
            &m.find(docs[1].unwrap(), None).unwrap()
        );
        assert_eq!(seq[1].as_ref().unwrap().len(), 3);
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
