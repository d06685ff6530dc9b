//! The text rules every stage shares: what a word is, where words start and end, the
//! words next to a span, where sentences and lines begin and end, and byte to `char`
//! offsets. The scan, the document rules, the date lexer and the Python display use these,
//! so each rule is written once.
//!
//! A word character is a Unicode letter or digit (`char::is_alphanumeric`) or `_`.

/// A half-open byte range of the input text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// Whether `c` is a word character.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The character starting at byte `i` of `text` and whether it is a word character;
/// `None` at the end of the text.
pub fn char_at(text: &str, i: usize) -> Option<(char, bool)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((b as char, b.is_ascii_alphanumeric() || b == b'_'));
    }
    let c = text[i..].chars().next().expect("i is on a char boundary");
    Some((c, is_word_char(c)))
}

/// Whether the character ending at byte `i` of `text` is a word character
/// (false at the start of the text).
pub fn word_before(text: &str, i: usize) -> bool {
    match text.as_bytes()[..i].last() {
        None => false,
        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric() || b == b'_',
        Some(_) => text[..i].chars().next_back().is_some_and(is_word_char),
    }
}

/// Whether a hit `[start, end)` of `text` keeps whole words: it neither starts nor ends
/// inside a word (a hit whose edge character is punctuation may touch a word).
pub fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let starts_ok = !(word_before(text, start) && char_at(text, start).is_some_and(|(_, w)| w));
    let ends_ok = !(word_before(text, end) && char_at(text, end).is_some_and(|(_, w)| w));
    starts_ok && ends_ok
}

const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each of the eight bytes of `x` that is an ASCII word character
/// (a letter, a digit or `_`). Adding to 7-bit values never carries into the next byte.
#[inline]
pub(crate) fn ascii_word_bytes(x: u64) -> u64 {
    let low7 = x & !HIGH;
    let at_least = |b: u64| low7.wrapping_add((0x80 - b) * 0x0101_0101_0101_0101);
    let digit = at_least(b'0' as u64) & !at_least(b'9' as u64 + 1);
    let folded = low7 | 0x2020_2020_2020_2020;
    let at_least_folded = |b: u64| folded.wrapping_add((0x80 - b) * 0x0101_0101_0101_0101);
    let letter = at_least_folded(b'a' as u64) & !at_least_folded(b'z' as u64 + 1);
    let underscore = !(low7 ^ 0x5f5f_5f5f_5f5f_5f5f).wrapping_add(0x7f7f_7f7f_7f7f_7f7f);
    (digit | letter | underscore) & !x & HIGH
}

/// The end of the run of word characters that starts at byte `i` of `text` (`i` itself
/// if there is none).
#[inline]
pub fn word_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    // Eight ASCII bytes at a time; the loop below finishes (and handles non-ASCII).
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        let stop = !ascii_word_bytes(x) & HIGH;
        if stop != 0 {
            i += (stop.trailing_zeros() / 8) as usize;
            break;
        }
        i += 8;
    }
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            if !(b.is_ascii_alphanumeric() || b == b'_') {
                break;
            }
            i += 1;
        } else {
            match char_at(text, i) {
                Some((c, true)) => i += c.len_utf8(),
                _ => break,
            }
        }
    }
    i
}

/// The words of `text` as byte spans `(start, end)`: maximal runs of word characters.
pub fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while let Some((c, is_word)) = char_at(text, i) {
            if is_word {
                let end = word_end(text, i);
                let start = i;
                i = end;
                return Some((start, end));
            }
            i += c.len_utf8();
        }
        None
    })
}

/// The word after `end` when only spaces (U+0020) separate them: its start and text.
pub fn next_word(text: &str, end: usize) -> Option<(usize, &str)> {
    let rest = &text[end..];
    let gap = rest.len() - rest.trim_start_matches(' ').len();
    if gap == 0 {
        return None;
    }
    let start = end + gap;
    let len = word_end(text, start) - start;
    (len > 0).then(|| (start, &text[start..start + len]))
}

/// The word before `start` when only spaces separate them: its start and text. A
/// period right after the word belongs to it where `abbreviation` says the word takes
/// one ("Mr. Howard").
pub fn prev_word(
    text: &str,
    start: usize,
    abbreviation: impl Fn(&str) -> bool,
) -> Option<(usize, &str)> {
    let before = &text[..start];
    let mut trimmed = before.trim_end_matches(' ');
    if trimmed.len() == before.len() {
        return None;
    }
    if let Some(word) = trimmed
        .strip_suffix('.')
        .filter(|w| w.ends_with(|c: char| c.is_alphabetic()))
    {
        if abbreviation(&word[last_word_start(word)..]) {
            trimmed = word;
        }
    }
    let from = last_word_start(trimmed);
    (from < trimmed.len()).then(|| (from, &trimmed[from..]))
}

/// Where the last run of word characters of `s` starts (`s.len()` if `s` ends in a
/// non-word character): always a char boundary, whatever the character before it.
fn last_word_start(s: &str) -> usize {
    s.char_indices()
        .rev()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// Characters that end a sentence.
pub const STOPS: &[char] = &['.', '!', '?', '…'];
/// Closing quotes and brackets that may follow a sentence's stop (`said so.” Then`).
pub const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']', '»'];
/// Opening quotes and brackets that may precede a sentence's first word.
const OPENERS: &[char] = &['"', '\'', '“', '‘', '(', '[', '«'];
/// Marks after which a word starts a clause, where a capital says nothing about a name.
const CLAUSE_MARKS: &[char] = &[':', ';', '—', '–', '•'];

/// Whether `c` breaks a line.
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Whether the word at byte `start` begins a sentence, a line, a clause or a quotation,
/// where a capital letter says nothing about a name.
pub fn sentence_initial(text: &str, start: usize) -> bool {
    for c in text[..start].chars().rev() {
        match c {
            c if OPENERS.contains(&c) => continue,
            c if c.is_whitespace() && c != '\n' => continue,
            '.' | '!' | '?' | '\n' => return true,
            c if CLAUSE_MARKS.contains(&c) => return true,
            _ => return false,
        }
    }
    true
}

/// Words that take an abbreviation period without ending a sentence ("Gen. Munir",
/// "Oct. 3", "U.S. officials").
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "st", "jr", "sr",
    "no", "vs", "etc", "inc", "ltd", "co", "corp", "govt", "dept", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e",
];

/// The sentences of `text` as byte spans, trimmed of white space, empty ones left out.
/// A sentence ends at a line break, or at stops (and closing quotes or brackets) before
/// white space, unless the stop follows a common abbreviation or a single capital
/// ("Gen.", "Oct.", "U.S.", "J. Smith") or a quotation opened in the sentence is still
/// open.
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = if is_line_break(c) {
            i + c.len_utf8()
        } else if "!?.".contains(c) {
            let mut end = i + 1;
            while let Some(&(j, d)) = chars.peek() {
                if "!?.".contains(d) || CLOSERS.contains(&d) {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let before_space = text[end..].chars().next().is_some_and(char::is_whitespace);
            if !before_space || abbreviated(&text[start..i]) || open_quote(&text[start..end]) {
                continue;
            }
            end
        } else {
            continue;
        };
        push_trimmed(&mut spans, text, start, end);
        start = end;
    }
    push_trimmed(&mut spans, text, start, text.len());
    spans
}

/// Whether the last word of `before` (a sentence up to a period) is an abbreviation.
fn abbreviated(before: &str) -> bool {
    let word = before.split_whitespace().next_back().unwrap_or("");
    let bare = word.trim_end_matches('.').to_lowercase();
    let single_capital = {
        let mut cs = word.chars();
        matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
    };
    single_capital || ABBREVIATIONS.contains(&bare.as_str())
}

/// Whether `piece` ends inside a quotation: more “ than ”, or an odd number of `"`.
fn open_quote(piece: &str) -> bool {
    let count = |q: char| piece.chars().filter(|&c| c == q).count();
    count('“') > count('”') || count('"') % 2 == 1
}

fn push_trimmed(spans: &mut Vec<(usize, usize)>, text: &str, start: usize, end: usize) {
    let piece = &text[start..end];
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let lead = piece.len() - piece.trim_start().len();
        spans.push((start + lead, start + lead + trimmed.len()));
    }
}

/// The line holding `[start, end)` if it is short enough to be a headline or a
/// dateline (a few hundred bytes); a long line is body text. Bounded, so checking every
/// match of a document that is one long line stays linear.
pub fn short_line(text: &str, start: usize, end: usize) -> Option<&str> {
    const MAX: usize = 300;
    let mut window_start = start.saturating_sub(MAX);
    while !text.is_char_boundary(window_start) {
        window_start -= 1;
    }
    let mut window_end = (end + MAX).min(text.len());
    while !text.is_char_boundary(window_end) {
        window_end += 1;
    }
    let from = match text[window_start..start].rfind('\n') {
        Some(i) => window_start + i + 1,
        None if window_start == 0 => 0,
        None => return None,
    };
    let to = match text[end..window_end].find('\n') {
        Some(i) => end + i,
        None if window_end == text.len() => text.len(),
        None => return None,
    };
    Some(&text[from..to])
}

/// Whether the line holding `[start, end)` reads as a headline: all capitals, or at
/// least three words of which most begin with a capital.
pub fn in_headline(text: &str, start: usize, end: usize) -> bool {
    let Some(line) = short_line(text, start, end) else {
        return false;
    };
    if !line.chars().any(char::is_lowercase) {
        return true;
    }
    let words: Vec<&str> = line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic) && w.chars().count() > 3)
        .collect();
    let capitalised = words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    words.len() >= 3 && capitalised * 4 >= words.len() * 3
}

/// Converts sorted, non-decreasing byte offsets of one text to `char` (code point)
/// offsets in a single pass.
pub struct CharOffsets<'a> {
    text: &'a str,
    ascii: bool,
    byte: usize,
    chars: usize,
}

impl<'a> CharOffsets<'a> {
    /// A converter for `text`.
    pub fn new(text: &'a str) -> CharOffsets<'a> {
        CharOffsets {
            text,
            ascii: text.is_ascii(),
            byte: 0,
            chars: 0,
        }
    }

    /// The code point offset of byte offset `byte` (not below the previous call's).
    pub fn at(&mut self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.text[self.byte..byte].chars().count();
        self.byte = byte;
        self.chars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words() {
        let t = "pakistan's qatar-based pakistani yorkshire";
        assert!(is_whole_word(t, 0, 8));
        assert!(is_whole_word(t, 11, 16));
        assert!(!is_whole_word(t, 23, 31)); // "pakistan" in "pakistani"
        assert!(!is_whole_word(t, 33, 37)); // "york" in "yorkshire"
        assert!(is_whole_word("u.s. said", 0, 4));
        assert!(!is_whole_word("東京都", 0, 6));
        assert!(is_whole_word("東京 都", 0, 6));
        assert!(!is_whole_word("a_b", 0, 1));
    }

    #[test]
    fn ascii_word_bytes_agrees_with_the_plain_test() {
        let all: Vec<u8> = (0..=255u8).collect();
        for chunk in all.chunks(8) {
            let got = ascii_word_bytes(u64::from_le_bytes(chunk.try_into().unwrap()));
            for (k, &b) in chunk.iter().enumerate() {
                let want = b.is_ascii_alphanumeric() || b == b'_';
                assert_eq!(got >> (8 * k + 7) & 1 == 1, want, "byte {b:#x}");
            }
        }
    }

    #[test]
    fn word_ends_and_words() {
        assert_eq!(word_end("internationalisation, yes", 0), 20);
        assert_eq!(word_end("abcdefgh_ijklmnop", 0), 17);
        assert_eq!(word_end("abcdefghé.", 0), 10);
        assert_eq!(word_end("new york", 0), 3);
        assert_eq!(word_end("new york", 3), 3);
        assert_eq!(word_end("türkiye's", 0), 8);
        assert_eq!(word_end("東京 都", 0), 6);
        let t = "“Ça va,” dit-il — 𝐀𝐁 x_1 ";
        let got: Vec<&str> = words(t).map(|(s, e)| &t[s..e]).collect();
        assert_eq!(got, ["Ça", "va", "dit", "il", "𝐀𝐁", "x_1"]);
        assert_eq!(words("").count(), 0);
    }

    #[test]
    fn word_neighbours() {
        let none = |_: &str| false;
        let title = |w: &str| w == "Gen";
        assert_eq!(next_word("Kabul  Airport.", 5), Some((7, "Airport")));
        assert_eq!(next_word("Kabul, x", 5), None);
        assert_eq!(prev_word("Le Pen", 3, none), Some((0, "Le")));
        assert_eq!(prev_word("Élodie Martin", 8, none), Some((0, "Élodie")));
        // A multi-byte non-word character right before an abbreviation.
        for before in ["“", "\u{a0}", "…", "—", "«"] {
            let text = format!("{before}Gen. Lahore");
            let at = text.find("Lahore").unwrap();
            assert_eq!(
                prev_word(&text, at, title),
                Some((before.len(), "Gen")),
                "{before}"
            );
            assert_eq!(prev_word(&text, at, none), None, "{before}");
        }
    }

    #[test]
    fn sentences_lines_and_headlines() {
        let t = "Reading is nice. In Reading, yes.\nSPLIT: Talks In Split Were Held";
        assert!(sentence_initial(t, 0));
        assert!(!sentence_initial(t, t.find("Reading,").unwrap()));
        assert!(sentence_initial(t, t.find("In ").unwrap()));
        assert!(sentence_initial(t, t.find("Talks").unwrap()));
        assert!(!in_headline(t, 3, 10));
        let s = t.find("Split").unwrap();
        assert!(in_headline(t, s, s + 5));
    }

    #[test]
    fn sentence_spans() {
        let t = "Gen. Munir met U.S. envoys in Oct. 2025. “Talks will go on. Soon,” he said! \
                 J. Smith agreed.\nHEADLINE\n\n  Last one ";
        let got: Vec<&str> = sentences(t).into_iter().map(|(s, e)| &t[s..e]).collect();
        assert_eq!(
            got,
            [
                "Gen. Munir met U.S. envoys in Oct. 2025.",
                "“Talks will go on. Soon,” he said!",
                "J. Smith agreed.",
                "HEADLINE",
                "Last one"
            ]
        );
        assert!(sentences("").is_empty());
        assert!(sentences(" \n ").is_empty());
    }

    #[test]
    fn char_offsets() {
        let t = "héllo wörld 🌍 wörld";
        let mut c = CharOffsets::new(t);
        let a = t.find("wörld").unwrap();
        let b = t.rfind("wörld").unwrap();
        assert_eq!(
            [c.at(a), c.at(a + 6), c.at(b), c.at(b + 6)],
            [6, 11, 14, 19]
        );
    }
}
