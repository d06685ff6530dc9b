//! Reading a batch's rows from Python: texts, reference dates, and the rows that fail.

use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyFloat, PyString};

use crate::{find_many, Date, Error, Match, Matcher, Reference};

use super::errors::{gazet_error, py_error_saying};

/// A text row as given: absent (None or NaN) or a str borrowed from Python.
pub(super) fn text_row(item: &Bound<'_, PyAny>, row: usize) -> PyResult<Option<Text>> {
    if item.is_none() {
        return Ok(None);
    }
    if let Ok(f) = item.cast::<PyFloat>() {
        if f.value().is_nan() {
            return Ok(None);
        }
    }
    let py = item.py();
    if !item.is_instance_of::<PyString>() {
        let message = format!(
            "row {row}: expected str or None, got {}",
            item.get_type().name()?
        );
        return Err(gazet_error(py, "ArgumentTypeError", message));
    }
    let utf8 = item.extract::<PyBackedStr>().map_err(|_| {
        let message = format!("row {row}: text is not valid Unicode (it holds a lone surrogate)");
        gazet_error(py, "TextError", message)
    })?;
    Ok(Some(Text {
        object: item.cast::<PyString>()?.clone().unbind(),
        utf8,
    }))
}

/// Pauses the cycle collector while a batch's results are made, and restores it when
/// dropped. The results (lists of matches holding only strings) form no cycles, but their
/// allocations would trigger collections that walk the whole heap, a big gazetteer too.
pub(super) struct GcPause {
    pub(super) was_enabled: bool,
}

impl GcPause {
    pub(super) fn new(_py: Python<'_>) -> GcPause {
        // SAFETY: called with the GIL held (the token proves it).
        GcPause {
            was_enabled: unsafe { pyo3::ffi::PyGC_Disable() } == 1,
        }
    }
}

impl Drop for GcPause {
    fn drop(&mut self) {
        if self.was_enabled {
            // SAFETY: a GcPause lives only while its caller holds the GIL.
            unsafe { pyo3::ffi::PyGC_Enable() };
        }
    }
}

/// A Python str and its UTF-8 contents.
pub(super) struct Text {
    pub(super) object: Py<PyString>,
    pub(super) utf8: PyBackedStr,
}

/// A reference date from "YYYY-MM-DD" (or None).
pub(super) fn parse_reference(value: Option<&str>) -> Result<Reference, Error> {
    value.map(Date::parse).transpose()
}

/// A row that failed: its position in the caller's input, the exception class (a name
/// in `gazet.errors` or a built-in) and the message.
pub(super) type Failure = (usize, String, String);

/// Rows and references extracted from Python, ready for the GIL-free part.
pub(super) struct Batch {
    pub(super) texts: Vec<Option<Text>>,
    pub(super) references: Vec<Reference>,
    pub(super) first_row: usize,
    /// Rows that could not be read (with `skip`), and later rows the core failed on.
    pub(super) failures: Vec<Failure>,
}

impl Batch {
    /// `first_row` is the position of `texts[0]` in the caller's whole input, so that errors
    /// name the caller's row when it sends its input in chunks. With `skip`, a row that
    /// cannot be read (not a str, a lone surrogate, a bad reference date) becomes a failure
    /// and an empty row instead of an exception.
    pub(super) fn extract(
        texts: &Bound<'_, PyAny>,
        references: Option<Vec<Option<String>>>,
        first_row: usize,
        skip: bool,
    ) -> PyResult<Batch> {
        let py = texts.py();
        if texts.is_instance_of::<PyString>() {
            let message = "texts must be a sequence of str, not a single str".to_owned();
            return Err(gazet_error(py, "ArgumentTypeError", message));
        }
        let mut failures = Vec::new();
        let mut failed = |row: usize, err: PyErr, py: Python<'_>| -> PyResult<()> {
            if !skip {
                return Err(err);
            }
            let class = err.get_type(py).name()?.to_string();
            failures.push((row, class, err.value(py).to_string()));
            Ok(())
        };
        let mut rows = Vec::new();
        // Rows already failed: a second fault of the same row is not listed again.
        let mut unreadable = Vec::new();
        for (row, item) in texts.try_iter()?.enumerate() {
            match text_row(&item?, first_row + row) {
                Ok(text) => rows.push(text),
                Err(err) => {
                    failed(first_row + row, err, py)?;
                    rows.push(None);
                    unreadable.push(row);
                }
            }
        }
        let mut refs = Vec::new();
        match references {
            None => {}
            Some(given) if given.len() != rows.len() => {
                let message = format!(
                    "ref_dates has {} entries for {} texts",
                    given.len(),
                    rows.len()
                );
                return Err(gazet_error(py, "ArgumentError", message));
            }
            Some(given) => {
                for (row, r) in given.iter().enumerate() {
                    let parsed = parse_reference(r.as_deref()).map_err(|why| {
                        py_error_saying(py, &why, format!("row {}: {why}", first_row + row))
                    });
                    match parsed {
                        Ok(date) => refs.push(date),
                        Err(_) if unreadable.binary_search(&row).is_ok() => refs.push(None),
                        Err(err) => {
                            failed(first_row + row, err, py)?;
                            rows[row] = None;
                            refs.push(None);
                        }
                    }
                }
            }
        }
        Ok(Batch {
            texts: rows,
            references: refs,
            first_row,
            failures,
        })
    }

    /// Each row's matches; a row the core fails on gives none and joins the failures.
    pub(super) fn run(
        &mut self,
        py: Python<'_>,
        matcher: &Matcher,
        threads: Option<usize>,
    ) -> Vec<Vec<Match>> {
        let docs = self.docs();
        let results = py.detach(|| find_many(matcher, &docs, &self.references, threads));
        let found = results
            .into_iter()
            .enumerate()
            .map(|(row, found)| {
                found.unwrap_or_else(|err| {
                    self.failures.push((
                        self.first_row + row,
                        "DocumentError".to_owned(),
                        err.to_string(),
                    ));
                    Vec::new()
                })
            })
            .collect();
        self.failures.sort_by_key(|f| f.0);
        found
    }

    pub(super) fn docs(&self) -> Vec<Option<&str>> {
        self.texts
            .iter()
            .map(|t| t.as_ref().map(|t| &*t.utf8))
            .collect()
    }
}
