//! Whole-word tests on normalized text: a word character is a Unicode letter or digit
//! (`char::is_alphanumeric`) or `_`.

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
}
