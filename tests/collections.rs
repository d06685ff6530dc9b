//! Matching semantics as named collections of cases (entries, text, expected matches),
//! each collection run under every combination of the builder's options that its rule
//! admits. The model is the table of BurntSushi/aho-corasick's src/tests.rs.
//!
//! Expectations are what README.md and docs/dates.md promise a reader, not what the
//! code happened to print. A collection's rule says, per option, whether its
//! expectations hold whatever the option (`Any`), only with it on (`On`: the other
//! combinations are skipped, and a test checks that the option really changes the output
//! there), or with it on while off only removes what the option adds (`Adds`: dates,
//! unlisted people). Case policies differ by test: `insensitive`/`sensitive` override
//! `expected` (which holds for `smart`, and for every policy without an override).

mod common;

use common::{hits, reference, Entry, Options, DATE, UNLISTED};
use gazet::{CaseMode, Gazetteer};

type Hit = (&'static str, &'static str);
type Pairs = Vec<(String, String)>;

struct SearchTest {
    name: &'static str,
    entries: &'static [Entry],
    /// (id, country, population) for entities that have them.
    facts: &'static [(&'static str, &'static str, u64)],
    common_words: &'static [&'static str],
    reference: Option<&'static str>,
    text: &'static str,
    /// (surface, id) in order; a date's id is `DATE value`, an unlisted person's `PERSON`.
    expected: &'static [Hit],
    insensitive: Option<&'static [Hit]>,
    sensitive: Option<&'static [Hit]>,
}

const T: SearchTest = SearchTest {
    name: "",
    entries: &[],
    facts: &[],
    common_words: &[],
    reference: None,
    text: "",
    expected: &[],
    insensitive: None,
    sensitive: None,
};

impl SearchTest {
    fn gazetteer(&self) -> Gazetteer {
        let mut g = Gazetteer::new();
        for (label, id, names) in self.entries {
            let entity = g.add(label, id, names.iter().copied()).unwrap();
            if let Some(&(_, country, population)) = self.facts.iter().find(|f| f.0 == *id) {
                entity.country = Some(country.to_owned());
                entity.population = population;
            }
        }
        g
    }

    fn expected(&self, case: CaseMode) -> &'static [Hit] {
        let over = match case {
            CaseMode::Insensitive => self.insensitive,
            CaseMode::Sensitive => self.sensitive,
            _ => None,
        };
        over.unwrap_or(self.expected)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Need {
    /// The expectations hold with the option on or off.
    Any,
    /// They hold with the option on; off is skipped.
    On,
    /// They hold with it on; off gives them without the matches the option adds.
    Adds,
}

struct Rule {
    dates: Need,
    people: Need,
    discover: Need,
    context: Need,
}

const ANY: Rule = Rule {
    dates: Need::Any,
    people: Need::Any,
    discover: Need::Any,
    context: Need::Any,
};

struct Collection {
    rule: Rule,
    tests: &'static [SearchTest],
}

impl Rule {
    /// Why `o` is skipped, if it is.
    fn skips(&self, o: &Options) -> Option<String> {
        let needs = [
            ("dates", self.dates, o.dates),
            ("people", self.people, o.people),
            ("discover", self.discover, o.discover),
            ("context", self.context, o.context),
        ];
        let off: Vec<String> = needs
            .iter()
            .filter(|(_, need, on)| *need == Need::On && !on)
            .map(|(name, _, _)| format!("{name}_off"))
            .collect();
        (!off.is_empty()).then(|| off.join("_or_"))
    }

    /// The expectation under `o` (not skipped): `expected` less what an option that
    /// `Adds` would have added.
    fn expectation(&self, o: &Options, expected: &[Hit]) -> Pairs {
        let drop_dates = self.dates == Need::Adds && !o.dates;
        let drop_unlisted = self.discover == Need::Adds && !o.discover;
        assert!(
            self.people != Need::Adds && self.context != Need::Adds,
            "only dates and discover add matches"
        );
        expected
            .iter()
            .filter(|(_, w)| !(drop_dates && w.starts_with(DATE)))
            .filter(|(_, w)| !(drop_unlisted && *w == UNLISTED))
            .map(|&(s, w)| (s.to_owned(), w.to_owned()))
            .collect()
    }
}

/// Runs `c` under every combination: the expectations must hold where the rule admits
/// the combination. Returns the skipped combinations and, for each, whether some test
/// of the collection gives another output there.
fn run(name: &str, c: &Collection) -> Vec<(String, Options, bool)> {
    // (test, text, want, got, the combinations where it happened).
    let mut failures: Vec<(&str, &str, Pairs, Pairs, Vec<Options>)> = Vec::new();
    let mut skipped = Vec::new();
    let mut ran = 0;
    for o in Options::all() {
        let skip = c.rule.skips(&o);
        let mut differs = false;
        for t in c.tests {
            let m = o.build(&t.gazetteer(), t.common_words);
            let got = hits(&m, t.text, t.reference.and_then(reference));
            let want = c.rule.expectation(&o, t.expected(o.case));
            if skip.is_some() {
                differs |= got != want;
            } else if got != want {
                match failures
                    .iter_mut()
                    .find(|f| f.0 == t.name && f.2 == want && f.3 == got)
                {
                    Some(f) => f.4.push(o),
                    None => failures.push((t.name, t.text, want, got, vec![o])),
                }
            }
        }
        match skip {
            Some(why) => skipped.push((why, o, differs)),
            None => ran += 1,
        }
    }
    println!(
        "{name}: {} tests under {ran} of 48 combinations; {} skipped",
        c.tests.len(),
        skipped.len()
    );
    assert!(ran > 0, "{name}: the rule skips every combination");
    let report: Vec<String> = failures
        .iter()
        .map(|(test, text, want, got, combos)| {
            let under: Vec<String> = combos.iter().map(|o| format!("    {o}")).collect();
            format!(
                "{name} / {test}\n  text: {text:?}\n  want: {want:?}\n  got:  {got:?}\n  under {} combinations:\n{}",
                combos.len(),
                under.join("\n")
            )
        })
        .collect();
    assert!(report.is_empty(), "{}", report.join("\n"));
    skipped
}

/// A test per collection that runs it, and for a rule that skips combinations, a test
/// named for what it skips that checks the skip is needed: under every skipped
/// combination some test of the collection gives another output.
macro_rules! collection {
    ($name:ident, $collection:ident) => {
        mod $name {
            #[test]
            fn holds() {
                let skipped = super::run(stringify!($name), &super::$collection);
                assert!(skipped.is_empty(), "the rule skips: add a skip test");
            }
        }
    };
    ($name:ident, $collection:ident, skipped for $skip:ident) => {
        mod $name {
            #[test]
            fn holds() {
                super::run(stringify!($name), &super::$collection);
            }

            mod skipped {
                #[test]
                fn $skip() {
                    let skipped = super::super::run(stringify!($name), &super::super::$collection);
                    assert!(!skipped.is_empty());
                    for (why, o, differs) in skipped {
                        assert_eq!(why, stringify!($skip), "under {o}");
                        assert!(differs, "skipped, but no output changes under {o}");
                    }
                }
            }
        }
    };
}

collection!(whole_words, WHOLE_WORDS);
collection!(leftmost_longest, LEFTMOST_LONGEST);
collection!(folding, FOLDING);
collection!(case_policies, CASE_POLICIES);
collection!(shared_names, SHARED_NAMES);
collection!(non_ascii, NON_ASCII);
collection!(dates_next_to_names, DATES_NEXT_TO_NAMES, skipped for dates_off);
collection!(people_short_forms, PEOPLE_SHORT_FORMS, skipped for people_off);
collection!(discovery, DISCOVERY);
collection!(context_vetoes, CONTEXT_VETOES, skipped for context_off);

const PK: Entry = ("PLACE", "pk", &["Pakistan"]);
const QA: Entry = ("PLACE", "qa", &["Qatar"]);
const ASIF: Entry = ("PERSON", "asif", &["Khawaja Asif", "Khawaja Muhammad Asif"]);

const WHOLE_WORDS: Collection = Collection {
    rule: ANY,
    tests: &[
        SearchTest {
            name: "a possessive and a hyphen keep the name, a longer word does not",
            entries: &[PK, QA],
            text: "Talks in Pakistan’s capital and a Qatar-based fund drew Pakistani officials.",
            expected: &[("Pakistan", "pk"), ("Qatar", "qa")],
            ..T
        },
        SearchTest {
            name: "a name inside a longer word",
            entries: &[("PLACE", "york", &["York"])],
            text: "Rain swept across Yorkshire and reached York.",
            expected: &[("York", "york")],
            ..T
        },
        SearchTest {
            name: "digits and underscores are word characters",
            entries: &[QA],
            text: "Tickets for Qatar2, 2Qatar and Qatar_Air sold out in Qatar.",
            expected: &[("Qatar", "qa")],
            ..T
        },
        SearchTest {
            name: "CJK names need a boundary too",
            entries: &[("PLACE", "tokyo", &["東京"])],
            text: "東京都 and 東京.",
            expected: &[("東京", "tokyo")],
            ..T
        },
        SearchTest {
            name: "a name ending in punctuation",
            entries: &[("PLACE", "us", &["U.S."])],
            text: "The U.S.-led talks ended, and envoys left the U.S.",
            expected: &[("U.S.", "us"), ("U.S.", "us")],
            ..T
        },
        SearchTest {
            name: "nothing to find",
            entries: &[PK],
            text: "Talks ended without a deal.",
            expected: &[],
            ..T
        },
        SearchTest {
            name: "an empty text",
            entries: &[PK],
            text: "",
            expected: &[],
            ..T
        },
        SearchTest {
            name: "names at both ends of the text",
            entries: &[PK, QA],
            text: "Pakistan hosted envoys from Qatar",
            expected: &[("Pakistan", "pk"), ("Qatar", "qa")],
            ..T
        },
    ],
};

const LEFTMOST_LONGEST: Collection = Collection {
    rule: ANY,
    tests: &[
        SearchTest {
            name: "a longer name wins over the name it starts with",
            entries: &[
                ("ORG", "un", &["United Nations"]),
                ("ORG", "unsc", &["United Nations Security Council"]),
            ],
            text: "The United Nations Security Council and the United Nations met.",
            expected: &[
                ("United Nations Security Council", "unsc"),
                ("United Nations", "un"),
            ],
            ..T
        },
        SearchTest {
            name: "two places, one a suffix of the other",
            entries: &[
                ("PLACE", "nyc", &["New York"]),
                ("PLACE", "york", &["York"]),
            ],
            text: "Flights to New York and to York were cut.",
            expected: &[("New York", "nyc"), ("York", "york")],
            ..T
        },
        SearchTest {
            name: "a longer hit ending inside a word does not hide a shorter whole word",
            entries: &[("X", "a", &["the d"]), ("X", "b", &["deal"])],
            text: "The deal held.",
            expected: &[("deal", "b")],
            ..T
        },
        SearchTest {
            name: "a longer name ending inside a word leaves its first word",
            entries: &[("ORG", "gulf-co", &["Gulf Co"]), ("ORG", "gulf", &["Gulf"])],
            text: "Storms hit the Gulf Coast.",
            expected: &[("Gulf", "gulf")],
            ..T
        },
        SearchTest {
            name: "the leftmost of two overlapping names wins",
            entries: &[
                ("ORG", "abc", &["Alpha Beta"]),
                ("ORG", "bcd", &["Beta Gamma Delta"]),
            ],
            text: "the Alpha Beta Gamma Delta fund",
            expected: &[("Alpha Beta", "abc")],
            ..T
        },
        SearchTest {
            name: "names separated by a comma alone",
            entries: &[
                ("ORG", "un", &["United Nations"]),
                ("ORG", "eu", &["European Union"]),
            ],
            text: "the United Nations,European Union summit",
            expected: &[("United Nations", "un"), ("European Union", "eu")],
            ..T
        },
    ],
};

const FOLDING: Collection = Collection {
    rule: ANY,
    tests: &[
        SearchTest {
            name: "diacritics fold both ways",
            entries: &[("PLACE", "tr", &["Türkiye"]), ("PLACE", "mx", &["Mexico"])],
            text: "Envoys from Turkiye and México met in Türkiye.",
            expected: &[("Turkiye", "tr"), ("México", "mx"), ("Türkiye", "tr")],
            ..T
        },
        SearchTest {
            name: "decomposed accents match and stay in the span",
            entries: &[("PLACE", "tr", &["Türkiye"])],
            text: "Talks in Tu\u{308}rkiye ended.",
            expected: &[("Tu\u{308}rkiye", "tr")],
            ..T
        },
        SearchTest {
            name: "letters without a decomposition fold where listed",
            entries: &[
                ("PLACE", "lodz", &["Lodz"]),
                ("PLACE", "tromso", &["Tromso"]),
                ("PLACE", "danang", &["Da Nang"]),
                ("PLACE", "hamrun", &["Hamrun"]),
                ("PLACE", "diyarbakir", &["Diyarbakir"]),
                ("PLACE", "vaeroy", &["Vaeroy"]),
                ("ORG", "soeurs", &["Soeurs"]),
            ],
            text: "Buses ran from Łódź to Tromsø, from Đà Nẵng to Ħamrun, \
                   from Diyarbakır to Værøy for the Sœurs.",
            expected: &[
                ("Łódź", "lodz"),
                ("Tromsø", "tromso"),
                ("Đà Nẵng", "danang"),
                ("Ħamrun", "hamrun"),
                ("Diyarbakır", "diyarbakir"),
                ("Værøy", "vaeroy"),
                ("Sœurs", "soeurs"),
            ],
            ..T
        },
        SearchTest {
            name: "curly and straight apostrophes are one",
            entries: &[
                ("PLACE", "ci", &["Côte d'Ivoire"]),
                ("ORG", "ox", &["People’s Bank"]),
            ],
            text: "Côte d’Ivoire and People's Bank",
            expected: &[("Côte d’Ivoire", "ci"), ("People's Bank", "ox")],
            ..T
        },
        SearchTest {
            name: "the listed dashes and the minus sign are a hyphen",
            entries: &[("PLACE", "gw", &["Guinea-Bissau"])],
            text: "Guinea\u{2010}Bissau, Guinea\u{2011}Bissau, Guinea\u{2012}Bissau, \
                   Guinea–Bissau, Guinea—Bissau, Guinea\u{2015}Bissau, Guinea\u{2212}Bissau.",
            expected: &[
                ("Guinea\u{2010}Bissau", "gw"),
                ("Guinea\u{2011}Bissau", "gw"),
                ("Guinea\u{2012}Bissau", "gw"),
                ("Guinea–Bissau", "gw"),
                ("Guinea—Bissau", "gw"),
                ("Guinea\u{2015}Bissau", "gw"),
                ("Guinea\u{2212}Bissau", "gw"),
            ],
            ..T
        },
        SearchTest {
            name: "a name written with a dash matches a hyphen",
            entries: &[("PLACE", "gw", &["Guinea–Bissau"])],
            text: "Guinea-Bissau voted.",
            expected: &[("Guinea-Bissau", "gw")],
            ..T
        },
        SearchTest {
            name: "other dash characters stay as they are",
            entries: &[("PLACE", "gw", &["Guinea-Bissau"])],
            text: "Guinea\u{2e3a}Bissau and Guinea\u{301c}Bissau",
            expected: &[],
            ..T
        },
        SearchTest {
            name: "any run of whitespace is one space",
            entries: &[ASIF, ("PLACE", "nyc", &["New York"])],
            text: "Khawaja\n  Muhammad\u{a0}Asif flew to New\tYork, then Khawaja\u{2003}Asif left.",
            expected: &[
                ("Khawaja\n  Muhammad\u{a0}Asif", "asif"),
                ("New\tYork", "nyc"),
                ("Khawaja\u{2003}Asif", "asif"),
            ],
            ..T
        },
        SearchTest {
            name: "spaces inside a name are one space too",
            entries: &[("PLACE", "nyc", &["New  York"])],
            text: "Flights to New York and NewYork.",
            expected: &[("New York", "nyc")],
            ..T
        },
    ],
};

const CASE_POLICIES: Collection = Collection {
    rule: ANY,
    tests: &[
        SearchTest {
            name: "a capitalised name needs a capital",
            entries: &[("PLACE", "rdg", &["Reading"])],
            text: "He was reading in Reading and READING.",
            expected: &[("Reading", "rdg"), ("READING", "rdg")],
            insensitive: Some(&[("reading", "rdg"), ("Reading", "rdg"), ("READING", "rdg")]),
            sensitive: Some(&[("Reading", "rdg")]),
            ..T
        },
        SearchTest {
            name: "an acronym needs capitals",
            entries: &[("PLACE", "us", &["US"])],
            text: "They told us the US would act; the Us spelling is a typo.",
            expected: &[("US", "us")],
            insensitive: Some(&[("us", "us"), ("US", "us"), ("Us", "us")]),
            sensitive: Some(&[("US", "us")]),
            ..T
        },
        SearchTest {
            name: "a lower-case name matches any case unless case is sensitive",
            entries: &[("TERM", "sharia", &["sharia"])],
            text: "sharia, Sharia, SHARIA",
            expected: &[
                ("sharia", "sharia"),
                ("Sharia", "sharia"),
                ("SHARIA", "sharia"),
            ],
            sensitive: Some(&[("sharia", "sharia")]),
            ..T
        },
        SearchTest {
            name: "a mixed-case name needs a capital somewhere",
            entries: &[("ORG", "mcd", &["McDonald"])],
            text: "McDonald, Mcdonald, MCDONALD and mcdonald",
            expected: &[
                ("McDonald", "mcd"),
                ("Mcdonald", "mcd"),
                ("MCDONALD", "mcd"),
            ],
            insensitive: Some(&[
                ("McDonald", "mcd"),
                ("Mcdonald", "mcd"),
                ("MCDONALD", "mcd"),
                ("mcdonald", "mcd"),
            ]),
            sensitive: Some(&[("McDonald", "mcd")]),
            ..T
        },
        SearchTest {
            name: "case folds with diacritics unless case is sensitive",
            entries: &[("PLACE", "tr", &["Türkiye"])],
            text: "Türkiye, Turkiye and TÜRKIYE",
            expected: &[("Türkiye", "tr"), ("Turkiye", "tr"), ("TÜRKIYE", "tr")],
            sensitive: Some(&[("Türkiye", "tr"), ("Turkiye", "tr")]),
            ..T
        },
        SearchTest {
            name: "a dateline in capitals",
            entries: &[("PLACE", "ist", &["Istanbul"])],
            text: "ISTANBUL: talks resumed.",
            expected: &[("ISTANBUL", "ist")],
            sensitive: Some(&[]),
            ..T
        },
        SearchTest {
            name: "non-ASCII letters fold their case",
            entries: &[
                ("PLACE", "ath", &["Αθήνα"]),
                ("PLACE", "ist", &["Istanbul"]),
            ],
            text: "ΑΘΗΝΑ and İSTANBUL",
            expected: &[("ΑΘΗΝΑ", "ath"), ("İSTANBUL", "ist")],
            sensitive: Some(&[]),
            ..T
        },
        SearchTest {
            name: "a case failure does not hide a shorter name",
            entries: &[("X", "nyc", &["New York"]), ("X", "new", &["new"])],
            text: "the new york office",
            expected: &[("new", "new")],
            insensitive: Some(&[("new york", "nyc")]),
            ..T
        },
    ],
};

const SHARED_NAMES: Collection = Collection {
    rule: ANY,
    tests: &[
        SearchTest {
            name: "without facts the first entity added wins",
            entries: &[
                ("PLACE", "ga-us", &["Georgia"]),
                ("PLACE", "ge", &["Georgia"]),
            ],
            text: "Floods hit Georgia.",
            expected: &[("Georgia", "ga-us")],
            ..T
        },
        SearchTest {
            name: "the country the document names wins",
            entries: &[
                ("PLACE", "hyd-in", &["Hyderabad"]),
                ("PLACE", "hyd-pk", &["Hyderabad"]),
                PK,
            ],
            facts: &[
                ("hyd-in", "IN", 6_800_000),
                ("hyd-pk", "PK", 1_700_000),
                ("pk", "PK", 240_000_000),
            ],
            text: "Floods hit Hyderabad in southern Pakistan.",
            expected: &[("Hyderabad", "hyd-pk"), ("Pakistan", "pk")],
            ..T
        },
        SearchTest {
            name: "without evidence the most populous wins",
            entries: &[
                ("PLACE", "hyd-pk", &["Hyderabad"]),
                ("PLACE", "hyd-in", &["Hyderabad"]),
            ],
            facts: &[("hyd-in", "IN", 6_800_000), ("hyd-pk", "PK", 1_700_000)],
            text: "Floods hit Hyderabad.",
            expected: &[("Hyderabad", "hyd-in")],
            ..T
        },
        SearchTest {
            name: "the country named most wins over population",
            entries: &[
                ("PLACE", "paris-fr", &["Paris"]),
                ("PLACE", "paris-us", &["Paris"]),
                ("PLACE", "tx", &["Texas"]),
                ("PLACE", "fr", &["France"]),
            ],
            facts: &[
                ("paris-fr", "FR", 2_100_000),
                ("paris-us", "US", 25_000),
                ("tx", "US", 30_000_000),
                ("fr", "FR", 68_000_000),
            ],
            text: "Storms crossed Texas and left France alone; in Texas, Paris flooded.",
            expected: &[
                ("Texas", "tx"),
                ("France", "fr"),
                ("Texas", "tx"),
                ("Paris", "paris-us"),
            ],
            ..T
        },
        SearchTest {
            name: "a user's entity without facts keeps priority",
            entries: &[
                ("PLACE", "my-paris", &["Paris"]),
                ("PLACE", "paris-fr", &["Paris"]),
                ("PLACE", "fr", &["France"]),
            ],
            facts: &[("paris-fr", "FR", 2_100_000), ("fr", "FR", 68_000_000)],
            text: "Rain fell on Paris and on France.",
            expected: &[("Paris", "my-paris"), ("France", "fr")],
            ..T
        },
    ],
};

const NON_ASCII: Collection = Collection {
    rule: ANY,
    tests: &[
        SearchTest {
            name: "emoji and flags around names",
            entries: &[PK, QA],
            text: "🇵🇰 Talks in Pakistan 😀 and Qatar 🇶🇦.",
            expected: &[("Pakistan", "pk"), ("Qatar", "qa")],
            ..T
        },
        SearchTest {
            name: "astral letters elsewhere in the text",
            entries: &[QA],
            text: "𝒜𝒷𝒸 wrote from Qatar about 𠮷.",
            expected: &[("Qatar", "qa")],
            ..T
        },
        SearchTest {
            name: "a name holding an astral character, in Japanese quotes",
            entries: &[
                ("ORG", "yoshinoya", &["𠮷野家"]),
                ("PLACE", "tokyo", &["東京"]),
            ],
            text: "昨日、「𠮷野家」の店舗が「東京」で開いた。",
            expected: &[("𠮷野家", "yoshinoya"), ("東京", "tokyo")],
            ..T
        },
        SearchTest {
            name: "Arabic text",
            entries: &[("PLACE", "cairo", &["القاهرة"])],
            text: "زار الوزير القاهرة أمس.",
            expected: &[("القاهرة", "cairo")],
            ..T
        },
        SearchTest {
            name: "one character that folds into several words gives one match",
            entries: &[("X", "allah", &["الله"]), ("X", "alayhi", &["عليه"])],
            text: "a \u{fdfa} b",
            expected: &[("\u{fdfa}", "allah")],
            ..T
        },
    ],
};

const REF: Option<&str> = Some("2025-11-06");

const DATES_NEXT_TO_NAMES: Collection = Collection {
    rule: Rule {
        dates: Need::On,
        ..ANY
    },
    tests: &[
        SearchTest {
            name: "names and dates in one ordered list",
            entries: &[
                ("PERSON", "may", &["Theresa May"]),
                ("PLACE", "doha", &["Doha"]),
            ],
            reference: REF,
            text: "Theresa May arrived in Doha on 7 November 2025 and left yesterday.",
            expected: &[
                ("Theresa May", "may"),
                ("Doha", "doha"),
                ("7 November 2025", "DATE 2025-11-07"),
                ("yesterday", "DATE 2025-11-05"),
            ],
            ..T
        },
        SearchTest {
            name: "without a reference a relative date has no value",
            entries: &[("PLACE", "doha", &["Doha"])],
            text: "Talks in Doha ended yesterday, on 7 November 2025.",
            expected: &[
                ("Doha", "doha"),
                ("yesterday", "DATE"),
                ("7 November 2025", "DATE 2025-11-07"),
            ],
            ..T
        },
        SearchTest {
            name: "a month named like a town: the month after a preposition",
            entries: &[("PLACE", "march", &["March"])],
            reference: REF,
            text: "The vote is due in March.",
            expected: &[("March", "DATE 2026-03")],
            ..T
        },
        SearchTest {
            name: "a longer date covers a town named like its month",
            entries: &[("PLACE", "march", &["March"])],
            reference: REF,
            text: "Prices rose in March 2025.",
            expected: &[("March 2025", "DATE 2025-03")],
            ..T
        },
        SearchTest {
            name: "a longer name covers a weekday",
            entries: &[("ORG", "mosque", &["Friday Mosque"])],
            reference: REF,
            text: "Crowds filled the Friday Mosque at dusk.",
            expected: &[("Friday Mosque", "mosque")],
            ..T
        },
        SearchTest {
            name: "a weekday after a place",
            entries: &[("PLACE", "ist", &["Istanbul"])],
            reference: REF,
            text: "Talks in Istanbul last Friday failed.",
            expected: &[("Istanbul", "ist"), ("last Friday", "DATE 2025-10-31")],
            ..T
        },
        SearchTest {
            name: "a range next to a place",
            entries: &[("PLACE", "ist", &["Istanbul"])],
            reference: REF,
            text: "Rounds in Istanbul from 25 to 31 October produced nothing.",
            expected: &[
                ("Istanbul", "ist"),
                ("from 25 to 31 October", "DATE 2025-10-25/2025-10-31"),
            ],
            ..T
        },
    ],
};

const PEOPLE_SHORT_FORMS: Collection = Collection {
    rule: Rule {
        people: Need::On,
        dates: Need::Adds,
        discover: Need::Adds,
        ..ANY
    },
    tests: &[
        SearchTest {
            name: "a surname that is a month is the person",
            entries: &[("PERSON", "may", &["Theresa May"])],
            reference: REF,
            text: "Theresa May spoke in June, and May left.",
            expected: &[
                ("Theresa May", "may"),
                ("June", "DATE 2025-06"),
                ("May", "may"),
            ],
            ..T
        },
        SearchTest {
            name: "a surname after the full name",
            entries: &[ASIF],
            text: "Khawaja Asif spoke first. Asif said talks would go on.",
            expected: &[("Khawaja Asif", "asif"), ("Asif", "asif")],
            ..T
        },
        SearchTest {
            name: "a given name after the full name",
            entries: &[("PERSON", "shehbaz", &["Shehbaz Sharif"])],
            text: "Shehbaz Sharif met aides, and then Shehbaz left.",
            expected: &[("Shehbaz Sharif", "shehbaz"), ("Shehbaz", "shehbaz")],
            ..T
        },
        SearchTest {
            name: "a short form before the full name stays unlinked",
            entries: &[ASIF],
            text: "Asif arrived late, and later Khawaja Asif spoke; Asif left.",
            expected: &[("Khawaja Asif", "asif"), ("Asif", "asif")],
            ..T
        },
        SearchTest {
            name: "a short form two people share stays unlinked",
            entries: &[
                ("PERSON", "imran", &["Imran Khan"]),
                ("PERSON", "ayub", &["Ayub Khan"]),
            ],
            text: "Imran Khan and Ayub Khan met; afterwards Khan said little, and Imran left.",
            expected: &[
                ("Imran Khan", "imran"),
                ("Ayub Khan", "ayub"),
                ("Imran", "imran"),
            ],
            ..T
        },
        SearchTest {
            name: "a title is not part of the span",
            entries: &[ASIF],
            text: "Khawaja Asif spoke; later Mr Asif left.",
            expected: &[("Khawaja Asif", "asif"), ("Asif", "asif")],
            ..T
        },
        SearchTest {
            name: "a possessive short form",
            entries: &[ASIF],
            text: "Khawaja Asif spoke. Asif’s aide agreed.",
            expected: &[("Khawaja Asif", "asif"), ("Asif", "asif")],
            ..T
        },
        SearchTest {
            name: "a short form inside another full name stays unlinked",
            entries: &[ASIF],
            text: "Khawaja Asif met Asif Ali Zardari.",
            // Discovery finds the other full name; no short form links inside it.
            expected: &[("Khawaja Asif", "asif"), ("Asif Ali Zardari", UNLISTED)],
            ..T
        },
        SearchTest {
            name: "a long form then the short form",
            entries: &[ASIF],
            text: "Khawaja Muhammad Asif spoke. Asif left.",
            expected: &[("Khawaja Muhammad Asif", "asif"), ("Asif", "asif")],
            ..T
        },
    ],
};

const DISCOVERY: Collection = Collection {
    rule: Rule {
        discover: Need::Adds,
        ..ANY
    },
    tests: &[
        SearchTest {
            name: "a role introduces an unlisted name",
            text: "A Taliban spokesman Zabihullah Mujahid denied it.",
            expected: &[("Zabihullah Mujahid", UNLISTED)],
            ..T
        },
        SearchTest {
            name: "a listed person is not reported as unlisted",
            entries: &[ASIF],
            text: "Defence Minister Khawaja Asif and spokesman Zabihullah Mujahid spoke.",
            expected: &[("Khawaja Asif", "asif"), ("Zabihullah Mujahid", UNLISTED)],
            ..T
        },
        SearchTest {
            name: "titles before a name are not part of it",
            text: "Army chief General Asim Munir spoke.",
            expected: &[("Asim Munir", UNLISTED)],
            ..T
        },
        SearchTest {
            name: "an honorific introduces a surname alone",
            text: "The panel heard Mr Mujahid briefly.",
            expected: &[("Mujahid", UNLISTED)],
            ..T
        },
        SearchTest {
            name: "a title before lower-case words introduces nothing",
            text: "The minister said nothing new.",
            expected: &[],
            ..T
        },
    ],
};

const CONTEXT_VETOES: Collection = Collection {
    rule: Rule {
        context: Need::On,
        discover: Need::Adds,
        ..ANY
    },
    tests: &[
        SearchTest {
            name: "a place in a plain sentence stays",
            entries: &[("PLACE", "isb", &["Islamabad"])],
            text: "Talks in Islamabad ended.",
            expected: &[("Islamabad", "isb")],
            ..T
        },
        SearchTest {
            name: "inside a court's name",
            entries: &[("PLACE", "isb", &["Islamabad"])],
            text: "The Islamabad High Court heard the appeal.",
            expected: &[],
            ..T
        },
        SearchTest {
            name: "inside an organisation's name with of",
            entries: &[("PLACE", "eng", &["England"])],
            text: "The Bank of England held rates.",
            expected: &[],
            ..T
        },
        SearchTest {
            name: "after an honorific: a person",
            entries: &[("PLACE", "howard", &["Howard"])],
            text: "The panel heard Mr Howard briefly.",
            expected: &[("Howard", UNLISTED)],
            ..T
        },
        SearchTest {
            name: "inside a person's name",
            entries: &[("PLACE", "martin", &["Martin"])],
            text: "The waiter Élodie Martin said no.",
            // Not the place; with discovery, the person.
            expected: &[("Élodie Martin", UNLISTED)],
            ..T
        },
        SearchTest {
            name: "before an office the place stays",
            entries: &[PK, ("PERSON", "shehbaz", &["Shehbaz Sharif"])],
            text: "Pakistan Prime Minister Shehbaz Sharif spoke.",
            expected: &[("Pakistan", "pk"), ("Shehbaz Sharif", "shehbaz")],
            ..T
        },
        SearchTest {
            name: "inside a feature's name",
            entries: &[("PLACE", "tn", &["Tennessee"])],
            text: "Barges moved up the Tennessee River slowly.",
            expected: &[],
            ..T
        },
        SearchTest {
            name: "places standing for teams",
            entries: &[
                ("PLACE", "liv", &["Liverpool"]),
                ("PLACE", "che", &["Chelsea"]),
            ],
            text: "Liverpool beat Chelsea 2-1 at Anfield.",
            expected: &[],
            ..T
        },
        SearchTest {
            name: "a place standing for a market stays a place",
            entries: &[("PLACE", "tyo", &["Tokyo"])],
            text: "Tokyo dropped 2.1% as exporters slid.",
            expected: &[("Tokyo", "tyo")],
            ..T
        },
        SearchTest {
            name: "a small town in an all-capitals headline",
            entries: &[("PLACE", "rye", &["Rye"])],
            facts: &[("rye", "GB", 9_000)],
            text: "FLOODS SWAMP RYE\nRain fell all day long.",
            expected: &[],
            ..T
        },
        SearchTest {
            name: "a city in an all-capitals headline stays",
            entries: &[("PLACE", "ldn", &["London"])],
            facts: &[("ldn", "GB", 9_000_000)],
            text: "FLOODS SWAMP LONDON\nRain fell all day long.",
            expected: &[("LONDON", "ldn")],
            sensitive: Some(&[]),
            ..T
        },
        SearchTest {
            name: "a common word at a sentence start needs its country",
            entries: &[("PLACE", "rdg", &["Reading"])],
            facts: &[("rdg", "GB", 170_000)],
            common_words: &["Reading"],
            text: "Reading is popular here.",
            expected: &[],
            insensitive: Some(&[("Reading", "rdg")]),
            ..T
        },
        SearchTest {
            name: "a common word capitalised mid-sentence",
            entries: &[("PLACE", "rdg", &["Reading"])],
            facts: &[("rdg", "GB", 170_000)],
            common_words: &["Reading"],
            text: "Floods reached Reading overnight.",
            expected: &[("Reading", "rdg")],
            ..T
        },
        SearchTest {
            name: "a common word whose country the document names",
            entries: &[
                ("PLACE", "rdg", &["Reading"]),
                ("PLACE", "gb", &["Britain"]),
            ],
            facts: &[("rdg", "GB", 170_000), ("gb", "GB", 68_000_000)],
            common_words: &["Reading"],
            text: "Reading is popular in Britain.",
            expected: &[("Reading", "rdg"), ("Britain", "gb")],
            ..T
        },
        SearchTest {
            name: "a demonym inside an organisation's name",
            entries: &[("DEMONYM", "pk", &["Pakistani"])],
            text: "Pakistani Army officers said little; Pakistani officers agreed.",
            expected: &[("Pakistani", "pk")],
            ..T
        },
    ],
};
