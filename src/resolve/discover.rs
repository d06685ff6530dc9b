//! Discovery: people no gazetteer lists. A name starts at a known given name
//! ([`super::names`]) or after a title or role, and runs on over capitalised words,
//! initials and particles ("Ahmed al-Sharaa", "George W. Bush"). Each name gets an id
//! from its folded full name, the same in every document ("person:viktor-orban").
//!
//! Evidence: a given name that is also a place or an ordinary word ("Jordan", "Will")
//! starts a name only before a known name that is not an ordinary word ("Jordan
//! Henderson", not "Jordan Valley"); the word test matters only where a capital says
//! nothing (a sentence start, a headline). A name runs over a single-word mention of
//! another label ("Michael Jordan") but never over a longer one ("Alice Springs") or a
//! person's mention. A name right before an organisation word ("George Washington
//! University") is not a person.

use super::names::{class, listed, Class, Lexicon};
use super::titles::{
    is_honorific, is_hyphen, is_particle, is_person_title, is_suffix, is_title, only_space,
    title_gap, PARTICLES, SUFFIXES,
};
use super::{Document, Words};
use crate::entities::Entities;
use crate::found::{Found, How, Match, PERSON};
use crate::normalize::normalize_name;
use crate::text::{in_headline, next_word, sentence_initial, Span};

/// Capitalised words that end a name without being part of it.
pub(super) static ENDS: Lexicon = Lexicon::new(
    10,
    &[
        "of",
        "the",
        "and",
        "for",
        "in",
        "on",
        "at",
        "to",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ],
);

/// Months: they start no name, and end one before a day's number ("Theresa May", but
/// "Smith May 5").
pub(super) static MONTHS: Lexicon = Lexicon::new(
    11,
    &[
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
);

/// Words that start place, event and organisation names, never a person's ("West
/// Indies", "Saint-Germain", "International Booker", "Grand Prix").
pub(super) static NOT_FIRST: Lexicon = Lexicon::new(
    12,
    &[
        "north",
        "south",
        "east",
        "west",
        "new",
        "saint",
        "st",
        "san",
        "santa",
        "port",
        "fort",
        "mount",
        "lake",
        "upper",
        "lower",
        "great",
        "grand",
        "royal",
        "central",
        "national",
        "international",
        "united",
        "world",
        "hurricane",
        "storm",
        "typhoon",
        "cyclone",
    ],
);

/// Words that make the capitalised words before them an organisation, a team, a place
/// or a thing, not a person ("George Washington University", "Morgan Motors").
pub(super) static ORGANISATIONS: Lexicon = Lexicon::new(
    13,
    &[
        "assembly",
        "council",
        "ministry",
        "department",
        "party",
        "army",
        "forces",
        "force",
        "university",
        "college",
        "school",
        "institute",
        "foundation",
        "trust",
        "fund",
        "bank",
        "company",
        "committee",
        "court",
        "corp",
        "corporation",
        "inc",
        "ltd",
        "plc",
        "llc",
        "group",
        "holdings",
        "partnership",
        "office",
        "government",
        "staff",
        "police",
        "league",
        "club",
        "association",
        "agency",
        "commission",
        "board",
        "house",
        "senate",
        "parliament",
        "cabinet",
        "hospital",
        "airport",
        "airlines",
        "airways",
        "motors",
        "street",
        "road",
        "avenue",
        "square",
        "bridge",
        "stadium",
        "arena",
        "park",
        "centre",
        "center",
        "museum",
        "gallery",
        "theatre",
        "church",
        "cathedral",
        "mosque",
        "award",
        "awards",
        "prize",
        "trophy",
        "cup",
        "festival",
        "station",
        "research",
        "review",
        "report",
        "inquiry",
        "story",
        "show",
        "international",
        "open",
        "masters",
        "championship",
        "championships",
        "games",
        "marathon",
        "union",
        "federation",
        "service",
        "sea",
        "ocean",
        "strait",
        "gulf",
        "bay",
        "coast",
        "canal",
        "desert",
        "mountains",
        "baths",
        "democrats",
        "republicans",
        "united",
        "rovers",
        "athletic",
        "wanderers",
        "fc",
        "times",
        "post",
        "news",
        "river",
        "lake",
        "valley",
        "island",
        "islands",
        "county",
        "city",
        "town",
    ],
);

/// The rule: adds the people no gazetteer lists, taking over the single-word mentions
/// of other labels their names run over.
pub(crate) fn find_people(doc: &mut Document<'_>) {
    let mut found = people(doc.text, doc.words(), &doc.kept(), doc.entities);
    // A name of several words the gazetteer has whole, vetoed by a rule, is still not a
    // person's ("Hong Kong" where the context rule dropped the place); one word may be
    // ("Mr Howard").
    let text = doc.text;
    found.retain(|m| {
        let whole = |v: &super::Mention| !v.kept && v.span == m.span;
        !text[m.span.start..m.span.end].contains(' ') || !doc.mentions.iter().any(whole)
    });
    doc.replace(found);
}

/// What a name may do with the word a kept match covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cover {
    Free,
    /// A single-word mention of another label ("Jordan" the country), not a demonym.
    Other,
    Taken,
}

/// The people of `text` given its sorted kept matches `hits`, sorted.
fn people(text: &str, words: &Words, hits: &[Match], entities: &Entities) -> Vec<Match> {
    let all = &words.all;
    let cover = Covers {
        all,
        hits,
        entities,
    };
    let mut found = Vec::new();
    // The first word a name may start at.
    let mut free = 0;
    for i in words.capitals.iter().map(|&i| i as usize) {
        if i < free {
            continue;
        }
        free = match name_at(text, all, &cover, i) {
            Some((last, m)) => {
                found.push(m);
                last + 1
            }
            None => past_long_run(text, all, i),
        };
    }
    found
}

/// The word after a run of more than [`MAX_WORDS`] capitalised words starting at word `i`
/// (a headline or a list: no name starts inside it), else `i + 1`.
fn past_long_run(text: &str, all: &[(usize, usize)], i: usize) -> usize {
    let mut j = i;
    while j < all.len() && capitalised(&text[all[j].0..all[j].1]) {
        if j + 1 == all.len() || !joins_name(text, all[j], all[j + 1].0) {
            j += 1;
            break;
        }
        j += 1;
    }
    if j - i > MAX_WORDS {
        j
    } else {
        i + 1
    }
}

/// What the kept matches over each word let a name do, found when asked (a name looks
/// at a few words, most documents have few matches).
struct Covers<'a> {
    all: &'a [(usize, usize)],
    hits: &'a [Match],
    entities: &'a Entities,
}

impl Covers<'_> {
    /// What the kept match over word `j` (if any) lets a name do.
    fn at(&self, j: usize) -> Cover {
        let (s, e) = self.all[j];
        let next = self.hits.partition_point(|h| h.span.end <= s);
        match self.hits.get(next).filter(|h| h.span.start < e) {
            None => Cover::Free,
            Some(h) => match h.found {
                Found::Entity(x)
                    if h.span == (Span { start: s, end: e })
                        && !matches!(self.entities.label(x), PERSON | "DEMONYM") =>
                {
                    Cover::Other
                }
                _ => Cover::Taken,
            },
        }
    }
}

fn capitalised(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
}

fn all_caps(word: &str) -> bool {
    word.chars().count() > 1 && !word.chars().any(char::is_lowercase)
}

/// The name starting at capitalised word `i`, if one does: its last word and the match.
fn name_at(
    text: &str,
    all: &[(usize, usize)],
    cover: &Covers<'_>,
    i: usize,
) -> Option<(usize, Match)> {
    let (s, e) = all[i];
    let first = &text[s..e];
    // Cheapest tests first: a name of one word needs a title before it, a longer one a
    // capitalised word or a particle after it; most capitalised words have neither.
    let continues = i + 1 < all.len() && joins_name(text, all[i], all[i + 1].0) && {
        let next = &text[all[i + 1].0..all[i + 1].1];
        capitalised(next) || (next.len() <= 4 && is_particle(next))
    };
    let title = (i > 0 && title_gap(text, all[i - 1].1, s))
        .then(|| &text[all[i - 1].0..all[i - 1].1])
        .filter(|t| t.starts_with(char::is_alphabetic) && is_title(t));
    if !continues && title.is_none() || cover.at(i) == Cover::Taken {
        return None;
    }
    // The word lists first: their table is small, the names' is not.
    let lists = listed(first);
    if lists.title()
        || lists.is(&SUFFIXES)
        || never_first(lists)
        || (lists.is(&PARTICLES) && i + 1 < all.len() && text[e..all[i + 1].0] == *"-")
    {
        return None;
    }
    let first_kind = class(first);
    if title.is_none() && !first_kind.given() && !initials_then_name(text, all, cover, i) {
        return None;
    }
    // After a number, a capitalised word is a unit or a label ("2 Min Read").
    let number_before = i > 0
        && only_space(text, all[i - 1].1, s)
        && text[all[i - 1].0..all[i - 1].1].starts_with(|c: char| c.is_ascii_digit());
    if number_before {
        return None;
    }
    let (names, last) = run(text, all, cover, i)?;
    let word = |j: usize| &text[all[j].0..all[j].1];
    // A name does not repeat a word ("Doha Doha"); initials may ("C.C. Wei").
    if names.iter().enumerate().any(|(n, &a)| {
        word(a).chars().count() > 1
            && names[..n]
                .iter()
                .any(|&b| word(a).eq_ignore_ascii_case(word(b)))
    }) {
        return None;
    }
    // An ordinary word where its capital says nothing, before a given name, is not part
    // of the name ("Singer Arijit Singh", "Born Jorge Mario Bergoglio").
    if title.is_none()
        && first_kind.word()
        && names.len() > 1
        && uninformed(text, s, e)
        && class(word(names[1])).given()
    {
        return None;
    }
    // Words of the name that white space separates: "Winn-Dixie" is one.
    let tokens = text[s..all[last].1].split_whitespace().count();
    if tokens == 1 {
        // One word after a title: a person after an honorific ("Mr Howard", even over a
        // town of that name); after a person's title if it is no place or ordinary
        // word ("President Putin"); after another role only if a known name.
        let title = title?;
        let free = cover.at(i) == Cover::Free;
        let plain = !first_kind.word() && !first_kind.place() && free;
        let honorific = is_honorific(title) && cover.at(i) != Cover::Taken;
        if !(honorific || (is_person_title(title) && plain) || first_kind.plain_name()) {
            return None;
        }
    } else if title.is_none() && !evidence(text, all, cover, i, &names, first_kind) {
        return None;
    }
    // "Jr." and "Sr." keep their period.
    let mut end = all[last].1;
    let abbreviated = ["jr", "sr"]
        .iter()
        .any(|x| word(last).eq_ignore_ascii_case(x));
    if abbreviated && text[end..].starts_with('.') {
        end += 1;
    }
    let span = Span { start: s, end };
    Some((
        last,
        Match {
            span,
            found: Found::Person(person_id(&text[span.start..span.end])),
            candidates: Vec::new(),
            how: How::Discovered,
        },
    ))
}

/// The most capitalised words a name has ("Mohammed bin Rashid Al Maktoum" has five).
const MAX_WORDS: usize = 6;

/// The capitalised words of the name starting at word `i` and its last word; None when
/// an organisation word follows it or it runs past [`MAX_WORDS`].
fn run(
    text: &str,
    all: &[(usize, usize)],
    cover: &Covers<'_>,
    i: usize,
) -> Option<(Vec<usize>, usize)> {
    let mut names = vec![i];
    let mut last = i;
    let mut j = i;
    while j + 1 < all.len() && joins_name(text, all[j], all[j + 1].0) {
        let next = j + 1;
        let word = &text[all[next].0..all[next].1];
        let capital = capitalised(word);
        let c = listed(word);
        if capital && c.is(&ORGANISATIONS) {
            return None;
        }
        // A surname that is a title stays in the name before a suffix ("King Jr.").
        let title = c.title();
        let suffix_after = || {
            next + 1 < all.len()
                && only_space(text, all[next].1, all[next + 1].0)
                && is_suffix(&text[all[next + 1].0..all[next + 1].1])
        };
        if title && capital && suffix_after() {
            names.extend([next, next + 1]);
            last = next + 1;
            break;
        }
        if cover.at(next) == Cover::Taken || title || c.is(&ENDS) {
            break;
        }
        let day_follows = || {
            next_word(text, all[next].1)
                .is_some_and(|(_, w)| w.starts_with(|c: char| c.is_ascii_digit()))
        };
        if c.is(&MONTHS) && day_follows() {
            break;
        }
        if c.is(&SUFFIXES) && names.len() > 1 {
            names.push(next);
            last = next;
            break;
        }
        // The lower-case part of a hyphenated given name ("Lee Jae-myung").
        let hyphen = is_hyphen(&text[all[j].1..all[next].0]);
        if capital && names.len() == MAX_WORDS {
            // Longer than any name: a headline or a list (and each start stays bounded).
            return None;
        }
        if capital {
            let single = word.chars().count() == 1;
            // An initial counts only with its period or apostrophe ("W. Bush", "O'Brien").
            if single && !(next + 1 < all.len() && joins_name(text, all[next], all[next + 1].0)) {
                break;
            }
            names.push(next);
            last = next;
        } else if hyphen && j == last && !c.is(&PARTICLES) {
            last = next;
        } else if !c.is(&PARTICLES) {
            break;
        }
        j = next;
    }
    // A single initial is not a name's end ("John F." at a sentence end keeps "John").
    while last > i && text[all[last].0..all[last].1].chars().count() == 1 {
        if names.len() > 1 && names.last() == Some(&last) {
            names.pop();
        }
        last = names[names.len() - 1];
    }
    // Initials alone are not a name ("U.S.").
    if names.iter().all(|&n| all[n].1 - all[n].0 == 1) {
        return None;
    }
    Some((names, last))
}

/// Whether the gap after word `(s, e)` up to `to` keeps a name going: spaces; a hyphen
/// or an apostrophe inside a name ("al-Sharaa", "O'Brien", but not a possessive "'s");
/// the period of an initial ("J.K. Rowling").
fn joins_name(text: &str, (s, e): (usize, usize), to: usize) -> bool {
    let gap = &text[e..to];
    if only_space(text, e, to) {
        return true;
    }
    let initial = e - s == 1 && text.as_bytes()[s].is_ascii_uppercase();
    match gap {
        _ if is_hyphen(gap) => true,
        "'" | "’" => {
            !text[to..].starts_with(['s', 'S'])
                || text[to..].len() > 1 && {
                    let after = &text[to + 1..];
                    after.starts_with(char::is_alphanumeric)
                }
        }
        "." => initial,
        _ => initial && gap.starts_with('.') && only_space(text, e + 1, to),
    }
}

/// Whether a capital at word `(s, e)` says nothing about a name: at a sentence start or
/// in a headline.
fn uninformed(text: &str, s: usize, e: usize) -> bool {
    sentence_initial(text, s) || in_headline(text, s, e)
}

/// Whether the initials at word `i` lead to a surname: a capitalised word that is no
/// ordinary word, title, organisation or other mention ("J.D. Vance", "N. Chandrasekaran",
/// "J. Smith"; not "U.N. Security Council").
fn initials_then_name(text: &str, all: &[(usize, usize)], cover: &Covers<'_>, i: usize) -> bool {
    let mut j = i;
    while j + 1 < all.len()
        && all[j].1 - all[j].0 == 1
        && text[all[j].1..].starts_with('.')
        && joins_name(text, all[j], all[j + 1].0)
    {
        j += 1;
    }
    if j == i || cover.at(j) != Cover::Free {
        return false;
    }
    let word = &text[all[j].0..all[j].1];
    let k = class(word);
    capitalised(word) && word.chars().count() > 1 && !k.word() && !k.title() && !never_first(k)
}

/// Whether a word of class `c` never starts a person's name: a word that ends names, a
/// month, an organisation word or the start of a place or event name.
fn never_first(c: Class) -> bool {
    [&ENDS, &MONTHS, &ORGANISATIONS, &NOT_FIRST]
        .into_iter()
        .any(|list| c.is(list))
}

/// Whether a name without a title has the evidence its first word needs. Where that word
/// is a kept mention of another label here, mostly stands alone ("Oscar") or is a
/// particle ("Al Gore", not "El Geneina"), the next name word must be a known name that
/// is not an ordinary word ("Graham Norton", not "Oscar Winners"). After an ordinary word, that holds where the capital says nothing
/// ("Will Smith" at a sentence start); mid-sentence the next word must merely be nothing
/// else ("Mark Paulsmeier", not "Red Bull"). After a given name that is a place elsewhere,
/// the next word must be a known name or nothing else ("Stuart Rose", "David Blunkett";
/// "Georgia Tech" fails earlier, Georgia mostly standing alone). An ALL-CAPS name needs
/// every word a known name.
fn evidence(
    text: &str,
    all: &[(usize, usize)],
    cover: &Covers<'_>,
    i: usize,
    names: &[usize],
    first: Class,
) -> bool {
    let word = |j: usize| &text[all[j].0..all[j].1];
    if all_caps(word(i)) {
        return names.iter().all(|&j| {
            let k = class(word(j));
            k.name() && !k.word()
        });
    }
    // The next name word after any initials ("George W. Bush").
    let next = names[1..]
        .iter()
        .copied()
        .find(|&j| word(j).chars().count() > 1)
        .unwrap_or(names[1]);
    let second = class(word(next));
    let other = cover.at(next) != Cover::Free;
    let place_word = second.is(&NOT_FIRST);
    let known = second.name() && !second.word() && !place_word;
    if cover.at(i) == Cover::Other || first.alone() || first.is(&PARTICLES) {
        // "Graham Norton" over two towns; "Oscar" needs a surname.
        return known;
    }
    // (A surname standing alone is what surnames do: "Wilkinson kicked".)
    let nothing_else = !(second.word() || second.place() || other);
    if first.word() {
        // "Will Smith" at a sentence start needs a known surname; "Mark Paulsmeier"
        // mid-sentence needs a next word that is nothing else.
        return if uninformed(text, all[i].0, all[i].1) {
            known && !other
        } else {
            nothing_else
        };
    }
    // A place elsewhere: "Stuart Rose", "David Blunkett".
    !first.place() || second.name() || nothing_else
}

/// The id of a discovered person: `person:` and its folded name, words joined by hyphens.
pub(crate) fn person_id(name: &str) -> String {
    // ASCII needs only lower case (the normalizer would change nothing else that stays).
    let folded = if name.is_ascii() {
        name.to_ascii_lowercase()
    } else {
        normalize_name(name, true)
    };
    let mut id = String::with_capacity(folded.len() + 7);
    id.push_str("person:");
    let mut gap = false;
    for c in folded.chars() {
        if c.is_alphanumeric() {
            if gap && !id.ends_with(':') {
                id.push('-');
            }
            gap = false;
            id.push(c);
        } else {
            gap = true;
        }
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;
    use crate::resolve::tests::texts;

    fn found(t: &str) -> Vec<String> {
        let entities = Entities::new(Gazetteer::new().entities()).unwrap();
        texts(t, &people(t, &Words::new(t), &[], &entities))
    }

    #[test]
    fn names_start_at_given_names_or_titles() {
        let t = "Lt Gen Ahmed Sharif spoke. Taliban spokesman Zabihullah Mujahid and \
                 Intelligence Chief Abdul Haq Wasiq met Mr Mujahid, the General Assembly and \
                 Osama bin Laden's Minister of Defence. Hungary's Viktor Orbán met Kaja Kallas, \
                 George W. Bush and Ahmed al-Sharaa; Conor O'Brien said.";
        assert_eq!(
            found(t),
            [
                "Ahmed Sharif",
                "Zabihullah Mujahid",
                "Abdul Haq Wasiq",
                "Mujahid",
                "Osama bin Laden",
                "Viktor Orbán",
                "Kaja Kallas",
                "George W. Bush",
                "Ahmed al-Sharaa",
                "Conor O'Brien"
            ]
        );
    }

    #[test]
    fn ambiguous_first_names_need_evidence() {
        assert_eq!(found("Jordan Henderson scored."), ["Jordan Henderson"]);
        assert!(found("The Jordan Valley is dry.").is_empty());
        assert!(found("Will Britain leave?").is_empty());
        assert!(found("Students of George Washington University met.").is_empty());
    }

    #[test]
    fn spans_keep_initials_suffixes_and_hyphens_but_not_brands_or_lists() {
        let t = "Tata chairman N. Chandrasekaran met J. Smith, Martin Luther King Jr. and \
                 Lee Jae-myung. Winn-Dixie filed, Doha Doha Doha Doha stood, and Ahmed Bilal \
                 Karim Yusuf Omar Tariq Hamid said so.";
        assert_eq!(
            found(t),
            [
                "N. Chandrasekaran",
                "J. Smith",
                "Martin Luther King Jr.",
                "Lee Jae-myung"
            ]
        );
    }

    #[test]
    fn ids_fold_the_full_name() {
        assert_eq!(person_id("Viktor Orbán"), "person:viktor-orban");
        assert_eq!(person_id("Ahmed al-Sharaa"), "person:ahmed-al-sharaa");
        assert_eq!(person_id("George W. Bush"), "person:george-w-bush");
        assert_eq!(person_id("CONOR O’BRIEN"), "person:conor-o-brien");
    }
}
