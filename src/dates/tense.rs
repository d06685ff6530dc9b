//! Sentence bounds and the "does this sentence speak of the future" test for bare weekdays.

use super::lexer::{Ending, Kind, Tok};
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
    // After a stop, a sentence starts with a capital or a number: "6 p.m. on Tuesday"
    // and "U.S. officials" go on.
    if !t.spaced || (matches!(t.kind, Kind::Word(_)) && !t.cap) {
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
pub(crate) fn sentence(toks: &[Tok], i: usize) -> (usize, usize) {
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

/// A tense a verb group marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    Past,
    Future,
}

/// Whether a bare weekday at token `i` points ahead: the verb group nearest before it in
/// its sentence decides ("said on Monday that talks would resume on Thursday": Monday
/// after "said", Thursday after "would resume"; "will review what happened on
/// Saturday": the past), else the nearest after it ("On Monday, the court will rule");
/// with no verb group at all, the past (news reports what happened). docs/dates.md
/// lists the cues.
pub(crate) fn ahead(toks: &[Tok], i: usize) -> bool {
    let (from, to) = sentence(toks, i);
    let lex = |k: Option<usize>| k.and_then(|k| toks.get(k)).and_then(Tok::lex);
    // "ahead of Tuesday's match"
    if lex(i.checked_sub(1)) == Some(Lex::Of) && lex(i.checked_sub(2)) == Some(Lex::Ahead) {
        return true;
    }
    let before = (from..i).rev().find_map(|k| cue(toks, from, k));
    let after = || (i + 1..to).find_map(|k| cue(toks, from, k));
    before.or_else(after) == Some(Cue::Future)
}

/// The tense the word at token `k` marks, if it is a verb cue; `from` is where its
/// sentence starts (auxiliaries are looked for after it).
fn cue(toks: &[Tok], from: usize, k: usize) -> Option<Cue> {
    let lex = |k: usize| toks.get(k).and_then(Tok::lex);
    let before = |k: usize| k.checked_sub(1).filter(|&p| p >= from).and_then(lex);
    // Token k is glued to the token before it, which is an apostrophe.
    let after_apostrophe = |k: usize| {
        toks.get(k).is_some_and(|t| !t.spaced)
            && k.checked_sub(1)
                .and_then(|p| toks.get(p))
                .is_some_and(|t| t.is_punct(APOSTROPHES))
    };
    // A participle or past tense is the past, unless it announces ("called for Monday")
    // or belongs to a future verb group: "will be held", "will stay closed", "will keep
    // rates unchanged", "to be held" (back to the clause's start: "will review what
    // happened").
    let participle = |k: usize| {
        if lex(k + 1) == Some(Lex::For) {
            return Cue::Future;
        }
        let group = (from..k).rev().take(4).map_while(|p| {
            let t = toks.get(p)?;
            let opens = matches!(t.kind, Kind::Punct(_))
                || matches!(t.lex(), Some(Lex::Clause | Lex::Qualifier | Lex::And));
            (!opens).then(|| t.lex())
        });
        for l in group.flatten() {
            match l {
                Lex::Will | Lex::Ll | Lex::Going | Lex::BeBase => return Cue::Future,
                Lex::BePast | Lex::Have | Lex::PastVerb => return Cue::Past,
                _ => {}
            }
        }
        Cue::Past
    };
    let t = toks.get(k)?;
    match t.lex()? {
        Lex::Will | Lex::Scheduled | Lex::Planned | Lex::Upcoming | Lex::Next | Lex::Tomorrow => {
            Some(Cue::Future)
        }
        Lex::Ll if after_apostrophe(k) => Some(Cue::Future),
        // "won't", else "won"
        Lex::PastVerb if after_apostrophe(k + 2) && toks.get(k + 1).is_some_and(|t| !t.spaced) => {
            Some(Cue::Future)
        }
        Lex::PastVerb | Lex::Held => Some(participle(k)),
        // "had been due to open": the past
        Lex::Due if before(k) == Some(Lex::Have) => Some(Cue::Past),
        Lex::Due | Lex::Expected => Some(Cue::Future),
        Lex::Set if matches!(lex(k + 1), Some(Lex::To | Lex::For)) => Some(Cue::Future),
        Lex::Plans | Lex::Going if lex(k + 1) == Some(Lex::To) => Some(Cue::Future),
        Lex::Hold | Lex::Resume if before(k) == Some(Lex::To) => Some(Cue::Future),
        // "is meeting", "are to meet"; "was meeting" is the past
        Lex::Be if lex(k + 1) == Some(Lex::To) => Some(Cue::Future),
        Lex::BePast | Lex::Have => Some(Cue::Past),
        Lex::Other if t.ending == Ending::Ed && !t.cap => Some(participle(k)),
        Lex::Other if t.ending == Ending::Ing => match before(k) {
            Some(Lex::Be) => Some(Cue::Future),
            Some(Lex::BePast) => Some(Cue::Past),
            _ => None,
        },
        _ => None,
    }
}
