//! Splits text into word, number and punctuation tokens in one cheap pass.

use super::lexicon::{Lex, Lexicon};
use crate::text::{char_at, is_line_break, word_end};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters (possibly with digits or non-ASCII letters, then always [`Lex::Other`]).
    Word(Lex),
    /// A plain run of ASCII digits: its value and digit count.
    Num(u32, u8),
    /// A day-style ordinal: "6th", "22nd".
    Ord(u32),
    /// A four-digit decade: "1990s" is `Decade(1990)`.
    Decade(u32),
    /// "Q1" .. "Q4".
    Quarter(u8),
    /// A clock time: hour (0-24) and minute, and whether "am"/"pm" was glued to the
    /// number and is already counted in the hour ("10:30", "6pm").
    Clock(u8, u8, bool),
    /// Any other number: "2,000", "1.5", "10:30", "5km".
    Figure,
    /// One character that is neither a letter, a digit nor a space.
    Punct(char),
}

/// A token: half-open byte span, kind and layout flags.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Whitespace separates it from the previous token.
    pub spaced: bool,
    /// A line break separates it from the previous token.
    pub newline: bool,
    /// It starts with an upper-case letter.
    pub cap: bool,
    /// How a word ends, for plurals and verb forms.
    pub ending: Ending,
}

/// How a word token ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ending {
    Other,
    /// "s": a plural ("years") or a verb ("opens").
    S,
    /// "ed" (not "eed"): a past tense or participle ("killed").
    Ed,
    /// "ing": a participle ("meeting").
    Ing,
}

/// How the word `word` (ASCII letters or not) ends.
fn ending(word: &[u8]) -> Ending {
    let is = |b: u8, c: u8| b | 0x20 == c;
    match *word {
        [.., i, n, g] if word.len() > 4 && is(i, b'i') && is(n, b'n') && is(g, b'g') => Ending::Ing,
        [.., c, e, d] if word.len() > 3 && is(e, b'e') && is(d, b'd') && !is(c, b'e') => Ending::Ed,
        [.., s] if is(s, b's') => Ending::S,
        _ => Ending::Other,
    }
}

impl Tok {
    /// The word meaning, if this is a word.
    pub(crate) fn lex(&self) -> Option<Lex> {
        match self.kind {
            Kind::Word(lex) => Some(lex),
            _ => None,
        }
    }

    pub(crate) fn is_punct(&self, chars: &[char]) -> bool {
        matches!(self.kind, Kind::Punct(c) if chars.contains(&c))
    }

    /// A number of any form.
    pub(crate) fn is_numeric(&self) -> bool {
        matches!(
            self.kind,
            Kind::Num(..) | Kind::Ord(_) | Kind::Decade(_) | Kind::Figure | Kind::Clock(..)
        )
    }
}

/// Value of an ASCII digit string; `None` past nine digits.
fn number(digits: &[u8]) -> Option<u32> {
    if digits.len() > 9 {
        return None;
    }
    Some(
        digits
            .iter()
            .fold(0, |n, &d| n * 10 + u32::from(d.wrapping_sub(b'0'))),
    )
}

/// Classifies one run of letters and digits.
fn classify(run: &[u8], lexicon: &Lexicon) -> Kind {
    let digits = run.iter().take_while(|b| b.is_ascii_digit()).count();
    let (head, tail) = run.split_at(digits);
    if digits == 0 {
        return match run {
            [q, d @ b'1'..=b'4'] if q.eq_ignore_ascii_case(&b'q') => Kind::Quarter(d - b'0'),
            _ => Kind::Word(lexicon.get(run)),
        };
    }
    let Some(n) = number(head) else {
        return Kind::Figure;
    };
    let digits = u8::try_from(digits).unwrap_or(u8::MAX);
    let tail = tail.to_ascii_lowercase();
    match tail.as_slice() {
        [] => Kind::Num(n, digits),
        b"am" | b"pm" if digits <= 2 && (1..=12).contains(&n) => {
            let hour = n % 12 + if tail[0] == b'p' { 12 } else { 0 };
            Kind::Clock(hour as u8, 0, true)
        }
        b"st" | b"nd" | b"rd" | b"th" => Kind::Ord(n),
        b"s" if digits == 4 && n % 10 == 0 => Kind::Decade(n),
        _ => Kind::Figure,
    }
}

/// A clock time "10:30" whose hour (one or two digits, `kind`) ends at byte `i`: its kind
/// and end; the minutes are two digits not followed by another digit.
fn clock(bytes: &[u8], kind: Kind, i: usize) -> Option<(Kind, usize)> {
    let Kind::Num(hour @ 0..=24, 1..=2) = kind else {
        return None;
    };
    let [b':', m1, m2] = *bytes.get(i..i + 3)? else {
        return None;
    };
    let digit = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_digit);
    // Not "10:305", nor a race time "3:29.40".
    let more = digit(i + 3) || (bytes.get(i + 3) == Some(&b'.') && digit(i + 4));
    if !m1.is_ascii_digit() || !m2.is_ascii_digit() || more {
        return None;
    }
    let minute = (m1 - b'0') * 10 + (m2 - b'0');
    (minute < 60 && (hour < 24 || minute == 0))
        .then_some((Kind::Clock(hour as u8, minute, false), i + 3))
}

/// The tokens of a text, one at a time (so that a caller can hold a window of them).
pub(crate) struct Lexer<'a> {
    text: &'a str,
    lexicon: &'a Lexicon,
    i: usize,
}

impl<'a> Lexer<'a> {
    pub(crate) fn new(text: &'a str, lexicon: &'a Lexicon) -> Lexer<'a> {
        Lexer {
            text,
            lexicon,
            i: 0,
        }
    }
}

impl Iterator for Lexer<'_> {
    type Item = Tok;

    fn next(&mut self) -> Option<Tok> {
        let (text, bytes) = (self.text, self.text.as_bytes());
        let (mut spaced, mut newline) = (false, false);
        let mut i = self.i;
        while let Some((c, is_word)) = char_at(text, i) {
            let len = c.len_utf8();
            if c.is_whitespace() {
                spaced = true;
                newline |= is_line_break(c);
                i += len;
                continue;
            }
            let start = i;
            let kind = if is_word {
                i = word_end(text, i);
                let mut kind = classify(bytes.get(start..i).unwrap_or_default(), self.lexicon);
                if let Some((clock, end)) = clock(bytes, kind, i) {
                    kind = clock;
                    i = end;
                }
                // Separators between digits glue a figure: "2,000", "1.5", "10:30".
                while matches!(kind, Kind::Num(..) | Kind::Figure)
                    && matches!(bytes.get(i), Some(b',' | b'.' | b':'))
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
                {
                    i = word_end(text, i + 1);
                    kind = Kind::Figure;
                }
                kind
            } else {
                i += len;
                Kind::Punct(c)
            };
            self.i = i;
            return Some(Tok {
                start,
                end: i,
                kind,
                spaced,
                newline,
                cap: c.is_uppercase(),
                // Read by the tense rule (unknown words) and for plurals (units) only.
                ending: match kind {
                    Kind::Word(Lex::Other | Lex::Unit(_)) => ending(&bytes[start..i]),
                    _ => Ending::Other,
                },
            });
        }
        self.i = bytes.len();
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<Kind> {
        let lexicon = Lexicon::new();
        Lexer::new(text, &lexicon).map(|t| t.kind).collect()
    }

    #[test]
    fn numbers_and_words() {
        use Kind::*;
        assert_eq!(
            kinds("Oct. 19, 2025: 2,000 km 10:30 6th 1990s Q3 5km"),
            vec![
                Word(Lex::Month {
                    month: 10,
                    abbr: true
                }),
                Punct('.'),
                Num(19, 2),
                Punct(','),
                Num(2025, 4),
                Punct(':'),
                Figure,
                Word(Lex::Measure),
                Clock(10, 30, false),
                Ord(6),
                Decade(1990),
                Quarter(3),
                Figure,
            ]
        );
    }

    #[test]
    fn unicode_is_kept_whole() {
        let text = "Türkiye\u{a0}—\u{301} 🎉 October\u{2028}x";
        let lexicon = Lexicon::new();
        let toks: Vec<Tok> = Lexer::new(text, &lexicon).collect();
        let words: Vec<&str> = toks.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(words, ["Türkiye", "—", "\u{301}", "🎉", "October", "x"]);
        assert!(toks[5].newline && !toks[4].newline);
    }
}
