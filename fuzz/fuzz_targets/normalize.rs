//! Normalization with its offset map.
//!
//! Input: one flag byte (bit 0: fold case), then the text (lossy UTF-8).
//! Invariants: `normalize` and `normalize_name` never panic; every span of the
//! normalized text between char boundaries maps back to a non-empty span of the input on
//! char boundaries, and the map is monotone in both ends; runs of whitespace are one
//! space; folded text holds no ASCII capital; `normalize_name` is the trimmed text.
#![no_main]

use gazet::{normalize, normalize_name};
use gazet_fuzz::check_spans;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let fold = flags & 1 != 0;
    let input = String::from_utf8_lossy(rest);
    let input = input.as_ref();
    let n = normalize(input, fold);
    let out = &n.text;

    assert!(!out.contains("  "), "a run of spaces survived: {out:?}");
    assert!(
        !out.chars().any(|c| c.is_whitespace() && c != ' '),
        "whitespace other than a space survived: {out:?}"
    );
    if fold {
        assert!(
            !out.bytes().any(|b| b.is_ascii_uppercase()),
            "a capital survived folding: {out:?}"
        );
    }
    assert_eq!(
        normalize_name(input, fold),
        out.trim_matches(' '),
        "normalize_name is not the trimmed normalized text"
    );

    // Every char of the normalized text, and every span of up to a few chars (all of them
    // for short texts), maps back monotonically onto input char boundaries.
    let bounds: Vec<usize> = out
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(out.len()))
        .collect();
    let mut previous = (0, 0);
    for w in bounds.windows(2) {
        let (s, e) = n.input_span(input, w[0], w[1]);
        check_spans(input, [(s, e)], "char span");
        assert!(
            s >= previous.0 && e >= previous.1,
            "map not monotone: {:?} then {:?} for {}..{}",
            previous,
            (s, e),
            w[0],
            w[1]
        );
        previous = (s, e);
    }
    let width = if bounds.len() <= 40 { bounds.len() } else { 4 };
    for i in 0..bounds.len() {
        let mut last_end = 0;
        for j in i + 1..bounds.len().min(i + width + 1) {
            let (s, e) = n.input_span(input, bounds[i], bounds[j]);
            check_spans(input, [(s, e)], "span");
            assert!(
                e >= last_end,
                "end not monotone for {}..{}",
                bounds[i],
                bounds[j]
            );
            last_end = e;
            // The input span, normalized again, holds the normalized span.
            let again = normalize(&input[s..e], fold).text;
            let want = out[bounds[i]..bounds[j]].trim_matches(' ');
            assert!(
                again.contains(want),
                "span {}..{} = {:?} maps to {:?}, which normalizes to {again:?}",
                bounds[i],
                bounds[j],
                &out[bounds[i]..bounds[j]],
                &input[s..e]
            );
        }
    }
});
