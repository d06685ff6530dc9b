//! Sentence bounds and the "does this sentence speak of the future" test for bare weekdays.

use super::lexer::Tok;
use super::lexicon::Lex;
use crate::text::{CLOSERS, STOPS};

const APOSTROPHES: &[char] = &['\'', '’'];

/// How far (in tokens) a sentence is searched each side of a weekday.
pub(crate) const REACH: usize = 80;

/// Whether token `i` opens a sentence (or a line).
pub(crate) fn starts_sentence(toks: &[Tok], i: usize) -> bool {
    let Some(t) = toks.get(i) else {
        return false;
    };
    if i == 0 || t.newline {
        return true;
    }
    if !t.spaced {
        return false;
    }
    // A stop, maybe followed by closing quotes or brackets: `said so.” Then`
    let before = toks.get(i.saturating_sub(4)..i).unwrap_or_default();
    before
        .iter()
        .rev()
        .find(|p| !p.is_punct(CLOSERS))
        .is_some_and(|p| p.is_punct(STOPS))
}

/// Token index range `[from, to)` of the sentence holding token `i`, at most [`REACH`] tokens
/// each side.
fn sentence(toks: &[Tok], i: usize) -> (usize, usize) {
    let from = (i.saturating_sub(REACH)..=i)
        .rev()
        .find(|&k| starts_sentence(toks, k))
        .unwrap_or(i.saturating_sub(REACH));
    let end = toks.len().min(i + 1 + REACH);
    let to = (i + 1..end)
        .find(|&k| starts_sentence(toks, k))
        .unwrap_or(end);
    (from, to)
}

/// Whether the sentence around token `i` speaks of the future (the cue list of docs/dates.md).
pub(crate) fn future_sentence(toks: &[Tok], i: usize) -> bool {
    let (from, to) = sentence(toks, i);
    let words = toks.get(from..to).unwrap_or_default();
    let lex = |k: usize| words.get(k).and_then(Tok::lex);
    // Token k is glued to the token before it, which is an apostrophe.
    let after_apostrophe = |k: usize| {
        words.get(k).is_some_and(|t| !t.spaced)
            && k.checked_sub(1)
                .and_then(|p| words.get(p))
                .is_some_and(|t| t.is_punct(APOSTROPHES))
    };
    (0..words.len()).any(|k| match lex(k) {
        Some(Lex::Will | Lex::Scheduled | Lex::Next | Lex::Upcoming | Lex::Tomorrow) => true,
        // they'll, won't
        Some(Lex::Ll) => after_apostrophe(k),
        Some(Lex::Won) => after_apostrophe(k + 2) && words.get(k + 1).is_some_and(|t| !t.spaced),
        Some(Lex::Be) => lex(k + 1) == Some(Lex::Due),
        Some(Lex::Set | Lex::Expected | Lex::Plans) => lex(k + 1) == Some(Lex::To),
        Some(Lex::To) => match lex(k + 1) {
            Some(Lex::Hold | Lex::Resume) => true,
            Some(Lex::BeBase) => lex(k + 2) == Some(Lex::Held),
            _ => false,
        },
        _ => false,
    })
}
