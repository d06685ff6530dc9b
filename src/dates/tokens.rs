//! The parser's view of its tokens: token access within a line, and the neighbourhood
//! tests that keep a number from being read as a date (a count, a label, a figure in a
//! run of numbers, a URL or code).

use super::grammar::{Parser, DASHES};
use super::lexer::{Kind, Tok};
use super::lexicon::Lex;
use super::tense::starts_sentence;

/// Signs before an amount or a label: "$2025", "#2025".
const AMOUNT_SIGNS: &[char] = &['$', '£', '€', '¥', '₹', '₨', '#'];
/// Punctuation that glues a number into a URL, code or path.
const GLUE: &[char] = &['/', '\\', '@', '_', '=', '&', '+', '.', ':'];
/// How many tokens each side [`Parser::in_number_run`] looks at.
const RUN: usize = 6;

impl<'a> Parser<'a> {
    /// Token `i`, if it continues the line of the token before it.
    pub(crate) fn at(&self, i: usize) -> Option<&'a Tok> {
        self.toks.get(i).filter(|t| !t.newline)
    }

    /// The word meaning of token `i`, on the same line as token `i - 1`.
    pub(crate) fn lex(&self, i: usize) -> Option<Lex> {
        self.at(i).and_then(Tok::lex)
    }

    pub(crate) fn is(&self, i: usize, lex: Lex) -> bool {
        self.lex(i) == Some(lex)
    }

    pub(crate) fn punct(&self, i: usize, chars: &[char]) -> bool {
        self.at(i).is_some_and(|t| t.is_punct(chars))
    }

    /// Token `i` continues the line with no space before it.
    pub(crate) fn glued(&self, i: usize) -> bool {
        self.at(i).is_some_and(|t| !t.spaced)
    }

    /// The token before token `i`, on the same line.
    pub(crate) fn before(&self, i: usize) -> Option<&'a Tok> {
        let k = i.checked_sub(1)?;
        self.at(i).and(self.toks.get(k))
    }

    pub(crate) fn lex_before(&self, i: usize) -> Option<Lex> {
        self.before(i).and_then(Tok::lex)
    }

    /// `i + 1` if token `i` is the word `lex` (an optional word), else `i`.
    pub(crate) fn skip_word(&self, i: usize, lex: Lex) -> usize {
        if self.is(i, lex) {
            i + 1
        } else {
            i
        }
    }

    /// `i + 1` if token `i` is a hyphen glued on both sides ("mid-2024"), else `i`.
    pub(crate) fn skip_hyphen(&self, i: usize) -> usize {
        if self.glued(i) && self.punct(i, DASHES) && self.glued(i + 1) {
            i + 1
        } else {
            i
        }
    }

    /// The word before token `i` is capitalized, is not a known word and does not open a
    /// sentence: a name such as "Theresa" in "Theresa May".
    pub(crate) fn after_name(&self, i: usize) -> bool {
        self.before(i).is_some_and(|t| {
            t.cap && t.kind == Kind::Word(Lex::Other) && !starts_sentence(self.toks, i - 1)
        })
    }

    // ---- numbers ------------------------------------------------------------------------

    /// The number at `i` counts something: "2,000 troops", "1,500 km", "2000-year-old", "50%",
    /// "2000 GMT". A capitalized noun is a name instead: "the 1989 Children Act".
    pub(crate) fn counted(&self, i: usize) -> bool {
        let counts = |k: usize| {
            self.at(k).is_some_and(|t| match t.lex() {
                Some(Lex::Measure) => true,
                Some(Lex::CountNoun | Lex::Unit(_) | Lex::Times) => !t.cap,
                _ => false,
            })
        };
        counts(i + 1)
            || self.punct(i + 1, &['%'])
            || (self.glued(i + 1) && self.punct(i + 1, DASHES) && counts(i + 2))
    }

    /// The number at `i` is money or a label: "$2025", "Section 144", "Windows 2000", "Rs. 2025".
    pub(crate) fn labelled(&self, i: usize) -> bool {
        let label = |t: &Tok| matches!(t.lex(), Some(Lex::Currency | Lex::Label));
        let abbreviated = |k: usize| {
            self.toks.get(k).is_some_and(|t| t.is_punct(&['.']))
                && self.glued(k)
                && self.before(k).is_some_and(label)
        };
        self.before(i)
            .is_some_and(|t| t.is_punct(AMOUNT_SIGNS) || label(t))
            || i.checked_sub(1)
                .is_some_and(|k| self.at(i).is_some() && abbreviated(k))
    }

    /// The number at `i` sits in a run of numbers ("020 7946 2025", "555-2025") or inside a
    /// URL or code ("/2025/", "2025.pdf").
    pub(crate) fn in_number_run(&self, i: usize) -> bool {
        let phone_like = |t: &Tok| match t.kind {
            Kind::Figure => true,
            Kind::Num(n, d) => {
                d >= 3 || (d > 1 && 10u32.checked_pow(u32::from(d) - 1).is_some_and(|p| n < p))
            }
            _ => false,
        };
        let spaced_left =
            self.toks.get(i).is_some_and(|t| t.spaced) && self.before(i).is_some_and(phone_like);
        let spaced_right = self.at(i + 1).is_some_and(|t| t.spaced && phone_like(t));
        if spaced_left || spaced_right {
            return true;
        }
        // The chunk of tokens glued to it, a few each side.
        let first = (i.saturating_sub(RUN)..i)
            .rev()
            .take_while(|&k| self.glued(k + 1))
            .last()
            .unwrap_or(i);
        let last = (i + 1..i + RUN)
            .take_while(|&k| self.glued(k))
            .last()
            .unwrap_or(i);
        let mut glue_after = false;
        (first..=last).filter(|&k| k != i).any(|k| {
            let Some(t) = self.toks.get(k) else {
                return false;
            };
            let glue = t.is_punct(GLUE);
            let bad = t.is_numeric()
                || (k < i && glue)
                || (glue_after && matches!(t.kind, Kind::Word(_)));
            glue_after |= k > i && glue;
            bad
        })
    }
}
