//! The Python binding (`gazet._core`): the only module that knows pyo3.
//!
//! Inputs are turned into owned or borrowed Rust data first, the work runs with the GIL
//! released, and Python objects are built afterwards. Offsets become code point indices.

mod columns;
mod errors;
mod input;
mod matcher;
mod matches;

use std::sync::Once;

use errors::detached;

use pyo3::prelude::*;

use crate::{set_parallel, CharOffsets};

/// The normalized form of a name, as the matcher compares names and text: case
/// (unless `fold_case` is false), diacritics, quotes, dashes and letters such as ø, ð,
/// þ and ß folded, white space runs as one space, no space at either end.
#[pyfunction]
#[pyo3(signature = (name, *, fold_case=true))]
fn normalize_name(py: Python<'_>, name: &str, fold_case: bool) -> PyResult<String> {
    detached(py, || Ok(crate::normalize_name(name, fold_case)))
}

/// The calendar period of a TIMEX3 date value as (kind, first day, last day), days as
/// YYYY-MM-DD and both included; kind is one of "day", "range", "week", "weekend",
/// "month", "quarter", "season", "year", "decade". None for a value that names no
/// period (PRESENT_REF, PAST_REF, XXXX-10-11, a day that does not exist, ...).
#[pyfunction]
fn timex_period(value: &str) -> Option<(&'static str, String, String)> {
    crate::dates::period(value)
        .map(|(kind, first, last)| (kind.name(), first.to_string(), last.to_string()))
}

/// The sentences of `text` as (start, end) str offsets, trimmed, empty ones left out:
/// a sentence ends at a line break, or at . ! ? (and closing quotes or brackets) before
/// white space, except after common abbreviations ("Gen.", "Oct.", "U.S."), a single
/// capital ("J. Smith") or inside a quotation opened in the sentence.
#[pyfunction]
fn sentence_spans(py: Python<'_>, text: &str) -> PyResult<Vec<(usize, usize)>> {
    let spans = detached(py, || Ok(crate::sentences(text)))?;
    let mut chars = CharOffsets::new(text);
    Ok(spans
        .into_iter()
        .map(|(start, end)| (chars.at(start), chars.at(end)))
        .collect())
}

/// For tests only: every document holding `marker` makes the core panic inside its
/// search (None turns this off), to show that a panic fails that document alone.
#[pyfunction]
fn _inject_fault(marker: Option<String>) {
    crate::fault::inject(marker);
}

/// Gives memory freed by a build back to the system (glibc keeps it otherwise, and the
/// process looks much bigger than the matcher it holds).
pub(super) fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free heap pages to the kernel.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// A forked child runs on one thread: rayon's pool does not survive `fork()`.
extern "C" fn child_after_fork() {
    set_parallel(false);
}

fn register_fork_handler() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // SAFETY: registers a handler that only stores to an atomic.
        unsafe {
            libc::pthread_atfork(None, None, Some(child_after_fork));
        }
    });
}

#[pymodule]
mod _core {
    #[pymodule_export]
    use super::matcher::PyMatcher;
    #[pymodule_export]
    use super::matches::PyMatch;
    #[pymodule_export]
    use super::{_inject_fault, normalize_name, sentence_spans, timex_period};

    #[pymodule_init]
    fn init(_m: &pyo3::Bound<'_, pyo3::types::PyModule>) -> pyo3::PyResult<()> {
        super::register_fork_handler();
        Ok(())
    }
}
