//! The words around people's names: titles, ranks, offices and roles that introduce a
//! name ("Mr", "Gen.", "spokesman") and particles inside one ("bin", "von"). The
//! short-form, discovery and context rules read the same lists.

use super::names::{listed, Class, Lexicon};

/// Words that introduce a name (lower case): honorifics, ranks, offices and roles, besides
/// [`PERSON_TITLES`].
pub(super) static TITLES: Lexicon = Lexicon::new(
    5,
    &[
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "madame",
        "gen",
        "general",
        "lt",
        "lieutenant",
        "col",
        "colonel",
        "maj",
        "major",
        "capt",
        "captain",
        "adm",
        "admiral",
        "brig",
        "brigadier",
        "marshal",
        "sgt",
        "sergeant",
        "minister",
        "secretary",
        "chief",
        "justice",
        "commander",
        "chairman",
        "chairwoman",
        "director",
        "rev",
        "manager",
        "striker",
        "defender",
        "midfielder",
        "goalkeeper",
        "ceo",
        "founder",
        "leader",
        "deputy",
        "adviser",
        "advisor",
        "lawyer",
        "attorney",
        "analyst",
        "correspondent",
        "executive",
        "officer",
    ],
);

/// Titles after which one capitalised word alone is a person ("President Putin"); after
/// other roles it must be a known name ("coach Arteta" needs no list, "General Motors"
/// is not a person).
pub(super) static PERSON_TITLES: Lexicon = Lexicon::new(
    6,
    &[
        "president",
        "premier",
        "chancellor",
        "senator",
        "sen",
        "rep",
        "governor",
        "gov",
        "mayor",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "sheikh",
        "emir",
        "imam",
        "mullah",
        "maulana",
        "mufti",
        "cardinal",
        "bishop",
        "archbishop",
        "judge",
        "ambassador",
        "envoy",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "prosecutor",
        "coach",
        "mp",
    ],
);

/// Honorifics that may stand before a surname alone ("Mr Mujahid").
pub(super) static HONORIFICS: Lexicon =
    Lexicon::new(7, &["mr", "mrs", "ms", "miss", "dr", "sir", "dame"]);

/// Particles that may sit inside a name, in any case ("Osama bin Laden", "Al-Sharaa").
pub(super) static PARTICLES: Lexicon = Lexicon::new(
    8,
    &[
        "bin", "bint", "ibn", "abu", "al", "el", "ul", "ud", "de", "del", "della", "di", "da",
        "das", "do", "dos", "du", "van", "von", "der", "den", "ter", "la", "le",
    ],
);

/// Suffixes that end a name and belong to it ("Martin Luther King Jr").
pub(super) static SUFFIXES: Lexicon = Lexicon::new(9, &["jr", "sr", "ii", "iii", "iv"]);

/// Whether `word` is a name's suffix.
pub fn is_suffix(word: &str) -> bool {
    SUFFIXES.contains(word)
}

/// Whether `word` is a particle that may sit inside a name.
pub fn is_particle(word: &str) -> bool {
    PARTICLES.contains(word)
}

/// Whether `gap` is one hyphen ("al-Sharaa", "Nandi-Ndaitwah").
pub fn is_hyphen(gap: &str) -> bool {
    matches!(gap, "-" | "‐")
}

/// Whether `word` is a title, rank, office or role that introduces a name.
pub fn is_title(word: &str) -> bool {
    listed(word).title()
}

impl Class {
    /// A title, rank, office or role that introduces a name.
    pub(crate) fn title(self) -> bool {
        self.is(&TITLES) || self.is(&PERSON_TITLES)
    }
}

/// Whether `word` is a title after which one capitalised word alone is a person
/// ("President Putin").
pub fn is_person_title(word: &str) -> bool {
    PERSON_TITLES.contains(word)
}

/// Whether only spaces, or a title's abbreviation period and spaces ("Mr. Howard",
/// "Gen. Munir"), separate a title ending at `from` from the word at `to`.
pub fn title_gap(text: &str, from: usize, to: usize) -> bool {
    let gap = &text[from..to];
    only_space(text, from, to) || (gap.starts_with('.') && only_space(text, from + 1, to))
}

/// Whether the title `word` is an honorific that may stand before a surname alone
/// ("Mr Mujahid").
pub fn is_honorific(word: &str) -> bool {
    HONORIFICS.contains(word)
}

/// Whether `from..to` of `text` is a run of spaces (U+0020 or NBSP).
pub fn only_space(text: &str, from: usize, to: usize) -> bool {
    let gap = &text[from..to];
    match gap.as_bytes() {
        [] => false,
        [b' '] => true,
        _ => gap.chars().all(|c| c == ' ' || c == '\u{a0}'),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_gaps() {
        assert!(is_title("Gen") && is_title("SPOKESMAN") && !is_title("Munir"));
        assert!(is_honorific("Mr") && !is_honorific("Gen"));
        let t = "Gen. Munir, Mr  Asif, Lt-Gen";
        assert!(title_gap(t, 3, 5));
        assert!(title_gap(t, 14, 16));
        assert!(!title_gap(t, 24, 25));
    }
}
