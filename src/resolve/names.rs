//! The given names and surnames the person rule knows, and what else each name is.
//!
//! `data/given_names.txt` and `data/surnames.txt` are built by `scripts/build_names.py`
//! from WGND 1.0 (CC0) and the 1990 US Census lists (public domain); see
//! `data/SOURCES.md`. Each line is a folded name, a tab, and flags: `p` when the name is
//! also a built-in place or demonym, `w` when it is also an ordinary English word
//! (measured from how often it is written in lower case), `s` when it mostly stands
//! alone where capitalised ("Apple", "Christmas"). The lists are compiled into the core
//! and parsed on first use.

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

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
fn table() -> &'static FxHashMap<&'static [u8], Kind> {
    static TABLE: OnceLock<FxHashMap<&'static [u8], Kind>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: FxHashMap<&[u8], Kind> =
            FxHashMap::with_capacity_and_hasher(200_000, Default::default());
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
                table.entry(name.as_bytes()).or_default().0 |= kind;
            }
        }
        table
    })
}

/// What `word` (as written in the text) is as a name; empty if no list has it.
pub(crate) fn kind(word: &str) -> Kind {
    folded(word, true, |key| {
        table().get(key).copied().unwrap_or_default()
    })
}

/// Calls `f` with the UTF-8 bytes of `word` normalized as the matcher folds names (case
/// too, if `fold_case`): ASCII words on the stack, the rest through the normalizer.
/// Called for most capitalised words of a document, so it neither allocates nor
/// re-validates UTF-8.
pub(crate) fn folded<R>(word: &str, fold_case: bool, f: impl FnOnce(&[u8]) -> R) -> R {
    let mut buf = [0u8; 32];
    if word.is_ascii() && word.len() <= buf.len() && !word.contains(char::is_whitespace) {
        let key = &mut buf[..word.len()];
        key.copy_from_slice(word.as_bytes());
        if fold_case {
            key.make_ascii_lowercase();
        }
        return f(key);
    }
    f(normalize_name(word, fold_case).as_bytes())
}

/// A fixed list of lower-case words, looked up in any case.
pub(crate) struct Lexicon {
    words: &'static [&'static str],
    /// The words, and the longest one's length in bytes.
    set: OnceLock<(FxHashSet<&'static [u8]>, usize)>,
}

impl Lexicon {
    pub(crate) const fn new(words: &'static [&'static str]) -> Lexicon {
        Lexicon {
            words,
            set: OnceLock::new(),
        }
    }

    /// Whether `word`, folded, is in the list.
    pub(crate) fn contains(&self, word: &str) -> bool {
        let (set, longest) = self.set.get_or_init(|| {
            let longest = self.words.iter().map(|w| w.len()).max().unwrap_or(0);
            (self.words.iter().map(|w| w.as_bytes()).collect(), longest)
        });
        // Folding never makes a word more than a few bytes shorter (ß, ligatures).
        word.len() <= longest + 4 && folded(word, true, |key| set.contains(key))
    }
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
