//! Shared pieces of the fuzz targets: invariant checks and input builders.
//!
//! Every check panics with a message naming the broken invariant, so that libFuzzer
//! records the input as a crash.

use arbitrary::{Arbitrary, Result, Unstructured};
use chrono::NaiveDate;
use gazet::{Found, Match, Matcher};

/// Asserts that half-open byte spans are non-empty, inside `text`, on char boundaries,
/// sorted by start and non-overlapping.
pub fn check_spans(text: &str, spans: impl IntoIterator<Item = (usize, usize)>, what: &str) {
    let mut last_end = 0;
    for (i, (start, end)) in spans.into_iter().enumerate() {
        assert!(
            start < end,
            "{what}: span {i} {start}..{end} is empty or reversed"
        );
        assert!(
            end <= text.len(),
            "{what}: span {i} {start}..{end} past the text ({})",
            text.len()
        );
        assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end),
            "{what}: span {i} {start}..{end} not on char boundaries"
        );
        assert!(
            start >= last_end,
            "{what}: span {i} {start}..{end} overlaps or precedes the previous (ends {last_end})"
        );
        last_end = end;
    }
}

/// What the options of a matcher allow a match to be.
#[derive(Debug, Clone, Copy)]
pub struct Allowed {
    pub dates: bool,
    pub discover: bool,
}

/// Asserts the span invariants of `matches` and that each is something the matcher can
/// report: an entity index in range with in-range candidates holding it, an unlisted
/// person only with discovery, a date only with dates.
pub fn check_matches(
    text: &str,
    matcher: &Matcher,
    matches: &[Match],
    allowed: Allowed,
    what: &str,
) {
    check_spans(
        text,
        matches.iter().map(|m| (m.span.start, m.span.end)),
        what,
    );
    let n = matcher.entities().len();
    for m in matches {
        match &m.found {
            Found::Entity(e) => {
                assert!(
                    e.as_usize() < n,
                    "{what}: entity index {e:?} out of range ({n})"
                );
                let (label, id) = matcher.entity(*e);
                assert!(
                    !label.is_empty() || !id.is_empty() || n > 0,
                    "{what}: entity without label and id"
                );
                if !m.candidates.is_empty() {
                    assert!(m.candidates.len() > 1, "{what}: a single candidate listed");
                    assert!(
                        m.candidates.iter().all(|c| c.as_usize() < n),
                        "{what}: candidate out of range"
                    );
                    assert!(
                        m.candidates.contains(e),
                        "{what}: chosen entity {e:?} not among candidates {:?}",
                        m.candidates
                    );
                }
            }
            Found::Unlisted => {
                assert!(allowed.discover, "{what}: unlisted person without discover");
                assert!(
                    m.candidates.is_empty(),
                    "{what}: unlisted person with candidates"
                );
            }
            Found::Date(value) => {
                assert!(allowed.dates, "{what}: a date without dates");
                if let Some(v) = value {
                    check_date_value(v, what);
                }
            }
        }
    }
    // Code point offsets (what Python sees) agree with a plain count.
    let mut chars = gazet::CharOffsets::new(text);
    for m in matches {
        for at in [m.span.start, m.span.end] {
            assert_eq!(
                chars.at(at),
                text[..at].chars().count(),
                "{what}: CharOffsets at {at}"
            );
        }
    }
}

fn digits(s: &str, n: usize) -> Option<u32> {
    (s.len() == n && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().unwrap())
}

/// A year as TIMEX3 writes it: four digits, or `XXXX` when unknown.
fn year(s: &str) -> Option<Option<i32>> {
    if s == "XXXX" {
        return Some(None);
    }
    digits(s, 4).map(|y| Some(y as i32))
}

/// Whether `v` is one TIMEX3 point value gazet documents (docs/dates.md).
fn point_ok(v: &str) -> bool {
    if matches!(v, "PRESENT_REF" | "PAST_REF" | "FUTURE_REF") {
        return true;
    }
    // A decade: three digits and X ("199X").
    if v.len() == 4 && v.ends_with('X') && digits(&v[..3], 3).is_some() {
        return true;
    }
    let parts: Vec<&str> = v.split('-').collect();
    let Some(y) = year(parts[0]) else {
        return false;
    };
    match parts[1..] {
        [] => y.is_some(),
        [m] if m.len() == 2 && m.as_bytes()[0].is_ascii_digit() => {
            digits(m, 2).is_some_and(|m| (1..=12).contains(&m))
        }
        [m, d] if digits(m, 2).is_some() => {
            let (Some(m), Some(d)) = (digits(m, 2), digits(d, 2)) else {
                return false;
            };
            // A known year must make it a real calendar day; an unknown one, a day of
            // some year (29 February included).
            NaiveDate::from_ymd_opt(y.unwrap_or(2024), m, d).is_some()
        }
        // A season or quarter: of an unknown year too ("Q1" alone is "XXXX-Q1").
        [s] if matches!(s, "SP" | "SU" | "FA" | "WI") => true,
        [q] if q.len() == 2 && q.starts_with('Q') => matches!(q.as_bytes()[1], b'1'..=b'4'),
        [w] | [w, "WE"] if w.len() == 3 && w.starts_with('W') => {
            let (Some(y), Some(week)) = (y, digits(&w[1..], 2)) else {
                return false;
            };
            NaiveDate::from_isoywd_opt(y, week, chrono::Weekday::Mon).is_some()
        }
        _ => false,
    }
}

/// Asserts that a date value is well formed: a point or a range of two points, each a
/// real calendar value with a four-digit (non-negative) year.
pub fn check_date_value(v: &str, what: &str) {
    let ok = match v.split_once('/') {
        Some((a, b)) => point_ok(a) && point_ok(b) && !b.contains('/'),
        None => point_ok(v),
    };
    assert!(ok, "{what}: malformed date value {v:?}");
}

/// A reference date, biased towards the ends of the range `Date::parse` accepts
/// (years 0 and 9999) and a few ordinary years.
pub fn reference(u: &mut Unstructured<'_>) -> Result<Option<gazet::Date>> {
    let kind: u8 = u.arbitrary()?;
    let year = match kind % 8 {
        0 => return Ok(None),
        1 => u.int_in_range(0..=3)?,
        2 => u.int_in_range(9996..=9999)?,
        3 => u.int_in_range(0..=9999)?,
        _ => u.int_in_range(1990..=2030)?,
    };
    let month = u.int_in_range(1..=12)?;
    let day = u.int_in_range(1..=31)?;
    Ok(gazet::Date::from_ymd(year, month, day).or_else(|| gazet::Date::from_ymd(year, month, 28)))
}

/// Words that steer the scan, the context rules, people and the date grammar.
pub const VOCAB: &[&str] = &[
    "Mr",
    "Dr",
    "President",
    "spokesman",
    "Minister",
    "Prime",
    "Foreign",
    "said",
    "the",
    "The",
    "of",
    "High",
    "Court",
    "Bank",
    "River",
    "beat",
    "dropped",
    "in",
    "In",
    "on",
    "last",
    "next",
    "this",
    "ago",
    "two",
    "weeks",
    "days",
    "year",
    "month",
    "Thursday",
    "Friday",
    "May",
    "March",
    "October",
    "Oct.",
    "2025",
    "1990s",
    "mid-2024",
    "Q3",
    "summer",
    "to",
    "between",
    "and",
    "from",
    "today",
    "yesterday",
    "now",
    "recently",
    "6",
    "31st",
    "2,000",
    "10:30",
    "will",
    "fiscal",
    "early",
    "late",
    "weekend",
    "quarter",
    "third",
    "Party",
    "University",
    "Airport",
    "FC",
    "City",
    "United",
    "Street",
    "Province",
    "ISTANBUL",
    "-based",
    "'s",
    "\u{2019}s",
    "Sheikh",
    "bin",
    "al-",
    "de",
    "van",
    "Jr",
    "Khan",
    "Asif",
    "Georgia",
    "Paris",
    "Reading",
    "Nice",
    "US",
    "UK",
];

/// Separators between text pieces.
pub const SEPS: &[&str] = &[
    " ", "  ", "\n", "\n\n", ", ", ". ", ": ", "; ", "-", "\u{2013}", "\u{2014}", "'", "\u{2019}",
    "\"", "(", ")", "\u{a0}", "\t", "", "/", "\u{301}", "é", "İ", "ß", "ﬁ", "🌍", "中", "£",
];

/// How a name is written into the text.
#[derive(Debug, Clone, Copy, Arbitrary)]
pub enum Cased {
    AsIs,
    Upper,
    Lower,
    Title,
    /// A combining acute accent after every word but the last (it folds away).
    Accented,
}

/// One piece of a generated text.
#[derive(Debug, Arbitrary)]
pub enum Piece {
    /// The `n`th name of the gazetteer (modulo its length), written as `Cased` says.
    Name(u8, Cased),
    /// A word of [`VOCAB`].
    Word(u8),
    /// A separator of [`SEPS`].
    Sep(u8),
    /// Any text.
    Raw(String),
}

/// The text the pieces make, given the gazetteer's names.
pub fn render(pieces: &[Piece], names: &[String]) -> String {
    let mut out = String::new();
    for p in pieces {
        match p {
            Piece::Name(i, cased) => {
                if names.is_empty() {
                    continue;
                }
                let name = &names[*i as usize % names.len()];
                match cased {
                    Cased::AsIs => out.push_str(name),
                    Cased::Upper => out.push_str(&name.to_uppercase()),
                    Cased::Lower => out.push_str(&name.to_lowercase()),
                    Cased::Title => {
                        let mut up = true;
                        for c in name.chars() {
                            if up {
                                out.extend(c.to_uppercase());
                            } else {
                                out.push(c);
                            }
                            up = c.is_whitespace();
                        }
                    }
                    Cased::Accented => {
                        for c in name.chars() {
                            if c == ' ' {
                                out.push('\u{301}');
                            }
                            out.push(c);
                        }
                    }
                }
            }
            Piece::Word(i) => out.push_str(VOCAB[*i as usize % VOCAB.len()]),
            Piece::Sep(i) => out.push_str(SEPS[*i as usize % SEPS.len()]),
            Piece::Raw(s) => out.push_str(s),
        }
    }
    out
}

/// Names for generated gazetteers: fuzzed strings or words of [`VOCAB`] joined.
#[derive(Debug, Arbitrary)]
pub enum NameSpec {
    Raw(String),
    Words(Vec<u8>),
}

impl NameSpec {
    pub fn make(&self) -> String {
        match self {
            NameSpec::Raw(s) => s.clone(),
            NameSpec::Words(w) => w
                .iter()
                .take(4)
                .map(|&i| VOCAB[i as usize % VOCAB.len()])
                .collect::<Vec<_>>()
                .join(" "),
        }
    }
}

pub const LABELS: &[&str] = &["PERSON", "PLACE", "DEMONYM", "ORG"];
pub const COUNTRIES: &[&str] = &["PK", "US", "GE", "FR", "GB", "AF"];

/// Small matchers whose saved bytes seed the `from_bytes` target (and its in-process
/// mutations): each option set once, a shared name, a person with short forms.
pub fn sample_matchers() -> Vec<Matcher> {
    use gazet::{CaseMode, Gazetteer};
    let mut g = Gazetteer::new();
    g.add("PLACE", "place:istanbul", ["Istanbul", "İstanbul"])
        .unwrap();
    g.add("PLACE", "place:pakistan", ["Pakistan"])
        .unwrap()
        .country = Some("PK".into());
    g.add("PLACE", "place:georgia_us", ["Georgia"])
        .unwrap()
        .population = 10_000_000;
    g.add("PLACE", "place:georgia", ["Georgia", "Sakartvelo"])
        .unwrap()
        .country = Some("GE".into());
    g.add("DEMONYM", "place:pakistan", ["Pakistani"]).unwrap();
    g.add(
        "PERSON",
        "person:asif",
        ["Khawaja Asif", "Khawaja Muhammad Asif"],
    )
    .unwrap();
    g.add("ORG", "org:un", ["United Nations", "UN"]).unwrap();
    let mut one = Gazetteer::new();
    one.add("PERSON", "p", ["Ünal Çelik"]).unwrap();
    vec![
        Matcher::new(&g).unwrap(),
        Matcher::builder()
            .case(CaseMode::Sensitive)
            .dates(false)
            .people(false)
            .context(false)
            .build(&g)
            .unwrap(),
        Matcher::builder()
            .case(CaseMode::Insensitive)
            .discover(true)
            .common_words(["Georgia"])
            .build(&one)
            .unwrap(),
        Matcher::new(&Gazetteer::new()).unwrap(),
    ]
}

/// Texts a loaded matcher is tried on.
pub const PROBES: &[&str] = &[
    "ISTANBUL: Pakistan's Defence Minister Khawaja Asif met UN officials on Thursday; Asif said Georgia...",
    "İstanbul, Sakartvelo and GEORGIA: Ünal Çelik (spokesman Zabihullah Mujahid) said on 6 November 2025.",
    "",
    "a b c 🌍 中 ﬁ e\u{301} \u{a0}\n\n x",
];

/// The saved-container header as `Matcher::to_bytes` writes it today: 8 bytes magic,
/// 4 bytes layout version, u64 payload length, CRC-32 of the payload (all little-endian).
pub const HEADER: usize = 8 + 4 + 8 + 4;

/// Splits `to_bytes` output into (magic + version, payload) if it has the layout above.
pub fn split_container(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    let payload = bytes.get(HEADER..)?;
    let len = u64::from_le_bytes(bytes[12..20].try_into().ok()?);
    let sum = u32::from_le_bytes(bytes[20..24].try_into().ok()?);
    (len == payload.len() as u64 && sum == crc32fast::hash(payload))
        .then(|| (&bytes[..12], payload))
}

/// A container around `payload` with a correct length and checksum.
pub fn wrap(prefix: &[u8], payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER + payload.len());
    out.extend_from_slice(prefix);
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(payload).to_le_bytes());
    out.extend_from_slice(payload);
    out
}
