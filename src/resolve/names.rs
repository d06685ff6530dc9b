//! The given names and surnames the person rule knows, and what else each name is.
//!
//! `data/given_names.txt` and `data/surnames.txt` are built by `scripts/build_names.py`
//! from WGND 1.0 (CC0) and the 1990 US Census lists (public domain); see
//! `data/SOURCES.md`. Each line is a folded name, a tab, and flags: `p` when the name is
//! also a built-in place or demonym, `w` when it is also an ordinary English word
//! (measured from how often it is written in lower case), `s` when it mostly stands
//! alone where capitalised ("Apple", "Christmas"). The lists are compiled into the core
//! and parsed on first use.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::normalize::normalize_name;

const GIVEN: &str = include_str!("../../data/given_names.txt");
const SURNAMES: &str = include_str!("../../data/surnames.txt");

/// What a folded word is as a name: a set of flags.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Kind(u8);

impl Kind {
    const GIVEN: u8 = 1;
    const SURNAME: u8 = 2;
    const PLACE: u8 = 4;
    const WORD: u8 = 8;
    const ALONE: u8 = 16;

    /// A known given name.
    pub(crate) fn given(self) -> bool {
        self.0 & Kind::GIVEN != 0
    }

    /// A known given name or surname.
    pub(crate) fn name(self) -> bool {
        self.0 & (Kind::GIVEN | Kind::SURNAME) != 0
    }

    /// Also a place or demonym.
    pub(crate) fn place(self) -> bool {
        self.0 & Kind::PLACE != 0
    }

    /// Also an ordinary word ("Will", "Grant").
    pub(crate) fn word(self) -> bool {
        self.0 & Kind::WORD != 0
    }

    /// Also a capitalised word that mostly stands alone ("Apple", "Christmas").
    pub(crate) fn alone(self) -> bool {
        self.0 & Kind::ALONE != 0
    }

    /// A known name that is neither a place, an ordinary word nor a word that stands
    /// alone.
    pub(crate) fn plain_name(self) -> bool {
        self.name() && self.0 & (Kind::PLACE | Kind::WORD | Kind::ALONE) == 0
    }
}

/// The table of every listed name, parsed once.
fn table() -> &'static HashMap<&'static str, Kind> {
    static TABLE: OnceLock<HashMap<&'static str, Kind>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: HashMap<&'static str, Kind> = HashMap::with_capacity(200_000);
        for (data, bit) in [(GIVEN, Kind::GIVEN), (SURNAMES, Kind::SURNAME)] {
            for line in data.lines() {
                let (name, flags) = line.split_once('\t').unwrap_or((line, ""));
                let mut kind = bit;
                if flags.contains('p') {
                    kind |= Kind::PLACE;
                }
                if flags.contains('w') {
                    kind |= Kind::WORD;
                }
                if flags.contains('s') {
                    kind |= Kind::ALONE;
                }
                table.entry(name).or_default().0 |= kind;
            }
        }
        table
    })
}

/// What `word` (as written in the text) is as a name; empty if no list has it.
pub(crate) fn kind(word: &str) -> Kind {
    let table = table();
    if word.is_ascii() {
        // Most words: skip the normalizer's allocation-heavy path.
        let mut buf = [0u8; 32];
        if word.len() <= buf.len() {
            let lower = &mut buf[..word.len()];
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            let lower = std::str::from_utf8(lower).expect("ASCII");
            return table.get(lower).copied().unwrap_or_default();
        }
    }
    table
        .get(normalize_name(word, true).as_str())
        .copied()
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_what_else_they_are() {
        for given in ["Viktor", "Kaja", "Mohamed", "Mohammed", "Muhammad", "Ayşe"] {
            assert!(kind(given).given(), "{given}");
        }
        assert!(kind("Salah").name() && kind("Henderson").name());
        assert!(kind("Jordan").given() && kind("Jordan").place());
        assert!(kind("Will").word() && kind("May").word());
        assert!(!kind("Parliament").name());
        assert_eq!(kind("JORDAN"), kind("jordan"));
    }
}
