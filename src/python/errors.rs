//! Core errors as Python exceptions: every `ErrorKind` mapped to a class of
//! `gazet.errors`, and core work run without the GIL with its panics caught.

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyModule, PyType};

use crate::{catch_panic, Error, ErrorKind};

/// An exception class of `gazet.errors` (the hierarchy is written once, in Python, so
/// that classes can refine both `GazetError` and a built-in such as `ValueError`).
fn error_class<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyType>> {
    static ERRORS: PyOnceLock<Py<PyModule>> = PyOnceLock::new();
    let module =
        ERRORS.get_or_try_init(py, || PyResult::Ok(py.import("gazet.errors")?.unbind()))?;
    Ok(module.bind(py).getattr(name)?.cast_into::<PyType>()?)
}

/// An exception of class `class` (a name in `gazet.errors`) saying `message`.
pub(super) fn gazet_error(py: Python<'_>, class: &str, message: String) -> PyErr {
    match error_class(py, class) {
        Ok(class) => PyErr::from_type(class, message),
        Err(e) => e,
    }
}

/// The exception for a core error: every kind mapped, no catch-all.
pub(super) fn py_error(py: Python<'_>, err: &Error) -> PyErr {
    py_error_saying(py, err, err.to_string())
}

/// The exception for a core error, with `message` (the error's own, placed in context).
pub(super) fn py_error_saying(py: Python<'_>, err: &Error, message: String) -> PyErr {
    let class = match err.kind() {
        ErrorKind::EmptyName { .. } | ErrorKind::EmptyField { .. } | ErrorKind::TooLarge(_) => {
            "GazetteerError"
        }
        ErrorKind::InvalidData(_) => "SavedFileError",
        ErrorKind::Internal(_) => "InternalError",
        ErrorKind::InvalidDate(_) => "DateError",
        ErrorKind::TextTooLong(_) => "TextError",
        ErrorKind::InvalidOption { .. } => "OptionError",
    };
    gazet_error(py, class, message)
}

impl From<Error> for PyErr {
    fn from(err: Error) -> PyErr {
        Python::attach(|py| py_error(py, &err))
    }
}

/// Runs core work without the GIL; a panic inside becomes `gazet.InternalError`.
pub(super) fn detached<T: Send>(
    py: Python<'_>,
    f: impl FnOnce() -> Result<T, Error> + Send,
) -> PyResult<T> {
    py.detach(|| catch_panic(f)).map_err(|e| py_error(py, &e))
}

/// Texts shorter than this (in bytes) are searched holding the GIL: releasing and taking
/// it back costs more than searching a sentence.
pub(super) const DETACH_FROM: usize = 2048;

/// Runs core work on `bytes` bytes of text, without the GIL if there are enough of them
/// ([`DETACH_FROM`]); a panic inside becomes `gazet.InternalError`.
pub(super) fn detached_for<T: Send>(
    py: Python<'_>,
    bytes: usize,
    f: impl FnOnce() -> Result<T, Error> + Send,
) -> PyResult<T> {
    if bytes < DETACH_FROM {
        catch_panic(f).map_err(|e| py_error(py, &e))
    } else {
        detached(py, f)
    }
}
