//! The given names and surnames the person rule knows, and what else each name is.
//!
//! `data/given_names.txt` and `data/surnames.txt` are built by `scripts/build_names.py`
//! from WGND 1.0 (CC0) and the 1990 US Census lists (public domain); see
//! `data/SOURCES.md`. Each line is a folded name, a tab, and flags: `p` when the name is
//! also a built-in place or demonym, `w` when it is also an ordinary English word
//! (measured from how often it is written in lower case), `s` when it mostly stands
//! alone where capitalised ("Apple", "Christmas"). The lists are compiled into the core
//! and parsed on first use, together with the rules' word lists ([`Lexicon`]).

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::{discover, people, titles};
use crate::normalize::normalize_name;
use crate::scan::first_words::{hash, lower_ascii, padded, SHORT};

const GIVEN: &str = include_str!("../../data/given_names.txt");
const SURNAMES: &str = include_str!("../../data/surnames.txt");

/// What a folded word is: a set of flags, one for each name list and flag of the name
/// files and one for each word list ([`Lexicon`]). One lookup answers every question a
/// rule asks about a word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Class(u32);

impl Class {
    const GIVEN: u32 = 1;
    const SURNAME: u32 = 2;
    const PLACE: u32 = 4;
    const WORD: u32 = 8;
    const ALONE: u32 = 16;
    /// The first bit the word lists may use.
    const FIRST_LIST: u32 = 5;

    /// A known given name.
    pub(crate) fn given(self) -> bool {
        self.0 & Class::GIVEN != 0
    }

    /// A known given name or surname.
    pub(crate) fn name(self) -> bool {
        self.0 & (Class::GIVEN | Class::SURNAME) != 0
    }

    /// Also a place or demonym.
    pub(crate) fn place(self) -> bool {
        self.0 & Class::PLACE != 0
    }

    /// Also an ordinary word ("Will", "Grant").
    pub(crate) fn word(self) -> bool {
        self.0 & Class::WORD != 0
    }

    /// Also a capitalised word that mostly stands alone ("Apple", "Christmas").
    pub(crate) fn alone(self) -> bool {
        self.0 & Class::ALONE != 0
    }

    /// A known name that is neither a place, an ordinary word nor a word that stands
    /// alone.
    pub(crate) fn plain_name(self) -> bool {
        self.name() && self.0 & (Class::PLACE | Class::WORD | Class::ALONE) == 0
    }

    /// Whether the word is in `list`.
    pub(crate) fn is(self, list: &Lexicon) -> bool {
        self.0 & 1 << list.bit != 0
    }
}

/// A fixed list of lower-case words, looked up in any case. Each list has its own bit
/// of [`Class`] and is listed in [`lexicons`].
pub(crate) struct Lexicon {
    bit: u32,
    words: &'static [&'static str],
}

impl Lexicon {
    /// The list `words` as bit `bit` of a word's [`Class`] (from 5 up, one per list).
    pub(crate) const fn new(bit: u32, words: &'static [&'static str]) -> Lexicon {
        assert!(
            Class::FIRST_LIST <= bit && bit < 32,
            "a word list's bit is 5 to 31"
        );
        Lexicon { bit, words }
    }

    /// Whether `word`, folded, is in the list.
    pub(crate) fn contains(&self, word: &str) -> bool {
        listed(word).is(self)
    }
}

/// Every word list the rules read, each with its own bit.
fn lexicons() -> [&'static Lexicon; 10] {
    [
        &titles::TITLES,
        &titles::PERSON_TITLES,
        &titles::HONORIFICS,
        &titles::PARTICLES,
        &titles::SUFFIXES,
        &discover::ENDS,
        &discover::MONTHS,
        &discover::NOT_FIRST,
        &discover::ORGANISATIONS,
        &people::LOCATIVES,
    ]
}

/// A table of folded words and their classes, built on first use: words of up to
/// [`SHORT`] bytes in open addressing by their bytes (one probe, no pointer to follow:
/// lookups run for most capitalised words of every document), longer ones in a map.
/// A filter of one bit per entry turns most absent words away before the table.
struct Table {
    /// A power of two in number; empty slots have no bytes.
    slots: Vec<Slot>,
    filter: Vec<u64>,
    long: FxHashMap<&'static [u8], Class>,
    /// The longest word's length in bytes.
    longest: usize,
}

/// A word and its class, packed so that a lookup reads one slot.
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, packed(4))]
struct Slot {
    /// The word's bytes zero-padded (words hold no zero byte, so equal bytes are equal
    /// words).
    bytes: [u64; 2],
    class: u32,
}

/// A word to look up: its length, hash and padded bytes (if short), or its folded form.
enum Key {
    Short(u64, [u64; 2]),
    Long(String),
}

impl Key {
    /// `word` as written in the text, folded as the matcher folds names.
    fn of(word: &str) -> Key {
        let b = word.as_bytes();
        // An ASCII word folds by lower-casing, which the hash ignores.
        if b.len() <= SHORT && b.is_ascii() && !b.iter().any(u8::is_ascii_whitespace) {
            return Key::Short(hash(b), padded(b).map(lower_ascii));
        }
        let folded = normalize_name(word, true);
        match folded.len() {
            0 => Key::Short(0, [0, 0]),
            n if n <= SHORT => Key::Short(hash(folded.as_bytes()), padded(folded.as_bytes())),
            _ => Key::Long(folded),
        }
    }
}

impl Table {
    fn new(entries: FxHashMap<&'static [u8], Class>) -> Table {
        let short = entries.keys().filter(|w| w.len() <= SHORT).count();
        let size = (short + short / 3 + 1).next_power_of_two();
        let mut table = Table {
            slots: vec![Slot::default(); size],
            filter: vec![0; (size / 8).max(1)],
            long: FxHashMap::default(),
            longest: entries.keys().map(|w| w.len()).max().unwrap_or(0),
        };
        for (word, class) in entries {
            if word.len() > SHORT || word.is_empty() {
                table.long.insert(word, class);
                continue;
            }
            let h = hash(word);
            let (block, bit) = table.filter_bit(h);
            table.filter[block] |= bit;
            let mut i = h as usize & (size - 1);
            while { table.slots[i].bytes } != [0, 0] {
                i = (i + 1) & (size - 1);
            }
            table.slots[i] = Slot {
                bytes: padded(word),
                class: class.0,
            };
        }
        table
    }

    /// The filter's word and bit for hash `h` (bits the slot index does not use).
    #[inline]
    fn filter_bit(&self, h: u64) -> (usize, u64) {
        let at = (h >> 40) as usize & (64 * self.filter.len() - 1);
        (at / 64, 1 << (at % 64))
    }

    #[inline]
    fn get(&self, key: &Key) -> Class {
        let (h, bytes) = match key {
            Key::Short(h, bytes) => (*h, *bytes),
            Key::Long(word) => return self.long.get(word.as_bytes()).copied().unwrap_or_default(),
        };
        let (block, bit) = self.filter_bit(h);
        if self.filter[block] & bit == 0 || bytes == [0, 0] {
            return Class::default();
        }
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        loop {
            let Slot {
                bytes: found,
                class,
            } = self.slots[i];
            match found {
                [0, 0] => return Class::default(),
                b if b == bytes => return Class(class),
                _ => i = (i + 1) & mask,
            }
        }
    }
}

/// The given names and surnames (a big table, parsed on first use).
fn names() -> &'static Table {
    static NAMES: OnceLock<Table> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut all: FxHashMap<&'static [u8], Class> =
            FxHashMap::with_capacity_and_hasher(200_000, Default::default());
        for (data, bit) in [(GIVEN, Class::GIVEN), (SURNAMES, Class::SURNAME)] {
            for line in data.lines() {
                let (name, flags) = line.split_once('\t').unwrap_or((line, ""));
                let mut class = bit;
                for (flag, bit) in [('p', Class::PLACE), ('w', Class::WORD), ('s', Class::ALONE)] {
                    if flags.contains(flag) {
                        class |= bit;
                    }
                }
                all.entry(name.as_bytes()).or_default().0 |= class;
            }
        }
        Table::new(all)
    })
}

/// The rules' word lists (a small table that stays in cache).
fn lists() -> &'static Table {
    static LISTS: OnceLock<Table> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut all: FxHashMap<&'static [u8], Class> = FxHashMap::default();
        for list in lexicons() {
            for word in list.words {
                all.entry(word.as_bytes()).or_default().0 |= 1 << list.bit;
            }
        }
        Table::new(all)
    })
}

/// What `word` (as written in the text) is: the names and word lists that have it,
/// folded as the matcher folds names.
pub(crate) fn class(word: &str) -> Class {
    let key = Key::of(word);
    Class(lists().get(&key).0 | names().get(&key).0)
}

/// The word lists that have `word` (its class without the names).
pub(crate) fn listed(word: &str) -> Class {
    let lists = lists();
    // Folding never makes a word more than a few bytes shorter (ß, ligatures).
    if word.len() > lists.longest + 4 {
        return Class::default();
    }
    lists.get(&Key::of(word))
}

/// Calls `f` with the UTF-8 bytes of `word` normalized as the matcher folds names (case
/// too, if `fold_case`): ASCII words on the stack, the rest through the normalizer.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_what_else_they_are() {
        for given in [
            "Viktor", "Kaja", "Mohamed", "Mohammed", "Muhammad", "Ayşe", "AYŞE",
        ] {
            assert!(class(given).given(), "{given}");
        }
        assert!(class("Salah").name() && class("Henderson").name());
        assert!(class("Jordan").given() && class("Jordan").place());
        assert!(class("Will").word() && class("May").word());
        assert!(!class("Parliament").name() && !class("").name());
        assert_eq!(class("JORDAN"), class("jordan"));
        assert_eq!(class("Wolfeschlegelsteinhausen"), Class::default());
    }

    #[test]
    fn each_word_list_has_its_own_bit_and_every_word_is_found() {
        let bits: Vec<u32> = lexicons().iter().map(|l| l.bit).collect();
        for (n, &bit) in bits.iter().enumerate() {
            assert!(!bits[..n].contains(&bit), "bit {bit} twice");
        }
        for list in lexicons() {
            for word in list.words {
                assert!(
                    list.contains(word) && list.contains(&word.to_uppercase()),
                    "{word}"
                );
            }
        }
        assert!(titles::TITLES.contains("Gen") && !titles::TITLES.contains("Gene"));
    }
}
