//! Text normalization with an offset map back to the input.
//!
//! Names and documents go through the same folding, so that one byte-level automaton can
//! compare them: Unicode case folding (optional), compatibility decomposition without
//! combining marks (`Türkiye` ~ `Turkiye`), curly quotes to `'`/`"`, dashes to `-`, a few
//! letters without a decomposition (`ø`, `ł`, `đ`, `ð`, `þ`, `ħ`, `ı`, `æ`, `œ`, `ß`), and every run of
//! whitespace (newline, NBSP, ...) to one space.

use caseless::Caseless;
use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// A normalized copy of a text plus, for every byte of it, where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    /// The normalized text.
    pub text: String,
    /// `origin[b]` is the byte offset in the input of the character that produced byte `b`
    /// of `text`; one more entry holds the input's length.
    origin: Vec<u32>,
}

impl Normalized {
    /// Maps a byte span `[start, end)` of the normalized text back to the input's bytes.
    ///
    /// Characters dropped by normalization (combining marks) stay with the character
    /// before them; a collapsed run of whitespace is never inside a returned span's edge.
    pub fn input_span(&self, input: &str, start: usize, end: usize) -> (usize, usize) {
        let from = self.origin[start] as usize;
        let last = self.origin[end - 1] as usize;
        let to = if self.origin[end] as usize != last {
            self.origin[end] as usize
        } else {
            // `end` falls inside one input character's expansion: keep that character.
            last + input[last..].chars().next().map_or(0, char::len_utf8)
        };
        (from, to)
    }
}

/// Normalizes `input`; `fold_case` chooses Unicode case folding.
///
/// Inputs over 4 GiB are not supported (offsets are 32-bit); the caller checks.
pub fn normalize(input: &str, fold_case: bool) -> Normalized {
    let mut out = Writer {
        bytes: Vec::with_capacity(input.len() + 8),
        origin: Vec::with_capacity(input.len() + 9),
        after_space: false,
    };
    let bytes = input.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if is_ascii_space(b) {
                out.space(i);
            } else {
                out.byte(if fold_case { b.to_ascii_lowercase() } else { b }, i);
            }
            i += 1;
            continue;
        }
        let c = input[i..].chars().next().expect("i is on a char boundary");
        if c.is_whitespace() {
            out.space(i);
        } else {
            decompose_compatible(c, |d| {
                if fold_case {
                    for e in std::iter::once(d).default_case_fold() {
                        out.folded(e, i);
                    }
                } else {
                    out.folded(d, i);
                }
            });
        }
        i += c.len_utf8();
    }
    out.origin.push(input.len() as u32);
    Normalized {
        text: String::from_utf8(out.bytes).expect("only whole chars are written"),
        origin: out.origin,
    }
}

/// Whether normalization leaves `c` as it is and it can touch no name: a symbol such as
/// `£` or `°` (not a letter, digit, space, mark, quote or dash, and its own folding).
/// Text whose only non-ASCII characters pass this is scanned without normalizing.
pub fn inert(c: char) -> bool {
    if c.is_ascii()
        || c.is_alphanumeric()
        || c.is_whitespace()
        || is_combining_mark(c)
        || fold_symbol(c).is_some()
    {
        return false;
    }
    let mut same = true;
    let mut count = 0;
    decompose_compatible(c, |d| {
        count += 1;
        same &= d == c;
    });
    same && count == 1
        && std::iter::once(c)
            .default_case_fold()
            .eq(std::iter::once(c))
}

/// Normalizes a gazetteer name: like [`normalize`], without leading or trailing space.
pub fn normalize_name(name: &str, fold_case: bool) -> String {
    normalize(name, fold_case).text.trim_matches(' ').to_owned()
}

fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

struct Writer {
    bytes: Vec<u8>,
    origin: Vec<u32>,
    after_space: bool,
}

impl Writer {
    fn byte(&mut self, b: u8, from: usize) {
        self.bytes.push(b);
        self.origin.push(from as u32);
        self.after_space = false;
    }

    fn space(&mut self, from: usize) {
        if !self.after_space {
            self.byte(b' ', from);
            self.after_space = true;
        }
    }

    fn char(&mut self, c: char, from: usize) {
        let mut buf = [0u8; 4];
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            self.byte(b, from);
        }
    }

    /// Writes one decomposed, case-folded character after the punctuation folds.
    fn folded(&mut self, c: char, from: usize) {
        if is_combining_mark(c) {
            return;
        }
        if c.is_whitespace() {
            return self.space(from);
        }
        match fold_symbol(c) {
            Some(s) => s.chars().for_each(|f| self.char(f, from)),
            None => self.char(c, from),
        }
    }
}

/// Quotes, dashes and letters that have no Unicode decomposition to a base letter.
fn fold_symbol(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{02BC}' | '\u{2032}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => "\"",
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => "-",
        'ø' => "o",
        'Ø' => "O",
        'ł' => "l",
        'Ł' => "L",
        'đ' => "d",
        'Đ' => "D",
        'ı' => "i",
        'ħ' => "h",
        'Ħ' => "H",
        'ð' => "d",
        'Ð' => "D",
        'þ' => "th",
        'Þ' => "Th",
        'ß' => "ss",
        'ẞ' => "SS",
        'æ' => "ae",
        'Æ' => "AE",
        'œ' => "oe",
        'Œ' => "OE",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        normalize(s, true).text
    }

    #[test]
    fn folds_case_diacritics_quotes_dashes_space() {
        assert_eq!(norm("Türkiye TÜRKIYE Turkiye"), "turkiye turkiye turkiye");
        assert_eq!(norm("Pakistan’s"), "pakistan's");
        assert_eq!(norm("a–b—c"), "a-b-c");
        assert_eq!(norm("Khawaja\n\u{a0} Asif"), "khawaja asif");
        assert_eq!(norm("Straße"), "strasse");
        assert_eq!(norm("İstanbul"), "istanbul");
        assert_eq!(norm("Øresund Łódź"), "oresund lodz");
        assert_eq!(norm("ﬁnal"), "final");
        // Letters Unicode does not decompose: the places build folds with this function,
        // so a name spelt with them matches its plain spelling and the look-alike letter.
        assert_eq!(norm("Ðà Lạt Đà Lạt"), "da lat da lat");
        assert_eq!(
            norm("Hafnarfjörður Þingvellir Ħamrun"),
            "hafnarfjordur thingvellir hamrun"
        );
    }

    #[test]
    fn keeps_case_when_asked() {
        assert_eq!(normalize("Türkiye ’s", false).text, "Turkiye 's");
        assert_eq!(
            normalize("Þórshöfn Straße", false).text,
            "Thorshofn Strasse"
        );
    }

    #[test]
    fn maps_spans_back_to_input_bytes() {
        let input = "Cafe\u{301}  in Türkiye";
        let n = normalize(input, true);
        assert_eq!(n.text, "cafe in turkiye");
        let (s, e) = n.input_span(input, 0, 4);
        assert_eq!(&input[s..e], "Cafe\u{301}");
        let at = n.text.find("turkiye").unwrap();
        let (s, e) = n.input_span(input, at, at + 7);
        assert_eq!(&input[s..e], "Türkiye");
    }

    #[test]
    fn span_inside_an_expansion_keeps_the_whole_character() {
        let input = "Straße";
        let n = normalize(input, true);
        let (s, e) = n.input_span(input, 0, 5);
        assert_eq!(&input[s..e], "Straß");
    }

    #[test]
    fn inert_symbols() {
        assert!(inert('£') && inert('€') && inert('°'));
        assert!(
            !inert('é')
                && !inert('’')
                && !inert('—')
                && !inert('\u{a0}')
                && !inert('™')
                && !inert('a')
        );
    }

    #[test]
    fn names_are_trimmed() {
        assert_eq!(normalize_name("  Khawaja  Asif \n", true), "khawaja asif");
        assert_eq!(normalize_name("\u{301}", true), "");
    }
}
