//! Discovery: names a title or role introduces that no gazetteer lists
//! ("spokesman Zabihullah Mujahid"), reported as PERSON mentions without an entity.

use super::titles::{is_honorific, is_title, only_space, title_gap};
use super::{Document, Overlaps};
use crate::found::{Found, Match};
use crate::text::{words, Span};

/// Capitalised words that end a discovered name because they name an organisation,
/// an office or a thing, not a person.
const NOT_NAMES: &[&str] = &[
    "assembly",
    "council",
    "ministry",
    "department",
    "party",
    "army",
    "forces",
    "force",
    "university",
    "bank",
    "company",
    "committee",
    "court",
    "corp",
    "inc",
    "ltd",
    "group",
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
    "of",
    "the",
    "and",
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
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Lower-case particles that may sit inside a name ("Osama bin Laden").
const PARTICLES: &[&str] = &[
    "bin", "bint", "ibn", "al", "ul", "ud", "de", "da", "van", "von", "der", "la", "le",
];

/// The rule: adds the names titles introduce where no mention is.
pub(crate) fn find_unlisted(doc: &mut Document<'_>) {
    let found = unlisted(doc.text, &doc.kept());
    doc.add(found.into_iter().map(|m| (m.span, m.found)));
}

/// Names that a title or role introduces and no match covers: PERSON spans without an
/// entity ("spokesman Zabihullah Mujahid" -> "Zabihullah Mujahid").
fn unlisted(text: &str, hits: &[Match]) -> Vec<Match> {
    let all: Vec<(usize, usize)> = words(text).collect();
    let mut cursor = Overlaps::new(hits);
    let mut found = Vec::new();
    let mut i = 0;
    while i < all.len() {
        let title = &text[all[i].0..all[i].1];
        if !is_title(title) || i + 1 >= all.len() || !title_gap(text, all[i].1, all[i + 1].0) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut last = None;
        while j < all.len() {
            let (s, e) = all[j];
            let word = &text[s..e];
            let lower = word.to_lowercase();
            let capital = word.starts_with(char::is_uppercase) && word.chars().count() > 1;
            if cursor.overlapping(s, e).is_some()
                || NOT_NAMES.contains(&lower.as_str())
                || is_title(word)
            {
                break;
            }
            if capital {
                last = Some(j);
            } else if !PARTICLES.contains(&lower.as_str()) {
                break;
            }
            if j + 1 >= all.len() || !joins_name(text, e, all[j + 1].0) {
                break;
            }
            j += 1;
        }
        let Some(last) = last else {
            i += 1;
            continue;
        };
        let count = last - i;
        let honorific = is_honorific(title);
        if count >= 2 || (count == 1 && honorific) {
            found.push(Match {
                span: Span {
                    start: all[i + 1].0,
                    end: all[last].1,
                },
                found: Found::Unlisted,
                candidates: Vec::new(),
            });
        }
        i = last + 1;
    }
    found
}

/// Whether the gap between two words keeps them in one name: spaces, or a hyphen or
/// apostrophe inside a name ("Al-Jubeir", "O'Brien").
fn joins_name(text: &str, from: usize, to: usize) -> bool {
    only_space(text, from, to) || matches!(&text[from..to], "-" | "'" | "’")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resolve::tests::texts;

    #[test]
    fn discovers_names_after_titles() {
        let t = "Lt Gen Ahmed Sharif spoke. Taliban spokesman Zabihullah Mujahid and Intelligence \
                 Chief Abdul Haq Wasiq met Mr Mujahid, the General Assembly and Osama bin Laden's \
                 Minister of Defence.";
        assert_eq!(
            texts(t, &unlisted(t, &[])),
            [
                "Ahmed Sharif",
                "Zabihullah Mujahid",
                "Abdul Haq Wasiq",
                "Mujahid"
            ]
        );
    }
}
