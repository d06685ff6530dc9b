//! `gazet.Match`: one mention, its offsets as `str` indices into the text it was found in.

use pyo3::prelude::*;
use pyo3::types::{PyString, PyTuple};

use super::columns::HOWS;
use super::errors::gazet_error;
use crate::found::How;
use crate::TimexType;

/// One mention found in a text.
#[pyclass(frozen, module = "gazet", name = "Match")]
pub struct PyMatch {
    /// Start offset (a Python str index).
    #[pyo3(get)]
    pub(super) start: usize,
    /// End offset (exclusive): `text[start:end] == match.text`.
    #[pyo3(get)]
    pub(super) end: usize,
    /// The input text (or the matched text itself) and where in it the match lies;
    /// `text` is cut from it only when asked for.
    pub(super) source: Py<PyString>,
    pub(super) within: (usize, usize),
    /// PERSON, PLACE, DEMONYM, DATE or a label of the user's gazetteer.
    #[pyo3(get)]
    pub(super) label: Py<PyString>,
    /// The canonical entity id (None for dates and for discovered, unlisted people).
    #[pyo3(get)]
    pub(super) entity_id: Option<Py<PyString>>,
    /// The normalized value (TIMEX3-style for dates; None for entities).
    #[pyo3(get)]
    pub(super) value: Option<Py<PyString>>,
    /// When several entities share the matched name: all their ids, the chosen one
    /// among them; otherwise empty.
    #[pyo3(get)]
    pub(super) candidates: Py<PyTuple>,
    pub(super) how: How,
    pub(super) timex_type: Option<TimexType>,
}

impl PyMatch {
    /// The matched text, cut from the source on demand.
    fn text<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
        let source = self.source.bind(py);
        let (from, to) = self.within;
        if from == 0 && to == source.len()? {
            return Ok(source.clone());
        }
        // SAFETY: PyUnicode_Substring returns a new reference (or NULL with an error set).
        unsafe {
            let ptr = pyo3::ffi::PyUnicode_Substring(source.as_ptr(), from as isize, to as isize);
            Ok(Bound::from_owned_ptr_or_err(py, ptr)?.cast_into::<PyString>()?)
        }
    }

    /// The fields as plain Rust values, for comparing and hashing.
    fn key(&self, py: Python<'_>) -> PyResult<MatchKey> {
        let s = |v: &Py<PyString>| v.bind(py).to_str().map(str::to_owned);
        let opt = |v: &Option<Py<PyString>>| v.as_ref().map(s).transpose();
        Ok((
            self.start,
            self.end,
            self.text(py)?.to_str()?.to_owned(),
            s(&self.label)?,
            opt(&self.entity_id)?,
            opt(&self.value)?,
            self.candidates.bind(py).extract()?,
            self.how.as_str(),
            self.timex_type.map(TimexType::as_str),
        ))
    }
}

pub(super) type MatchKey = (
    usize,
    usize,
    String,
    String,
    Option<String>,
    Option<String>,
    Vec<String>,
    &'static str,
    Option<&'static str>,
);

#[pymethods]
impl PyMatch {
    #[new]
    #[pyo3(signature = (start, end, text, label, entity_id=None, value=None, candidates=None, how="listed", timex_type=None))]
    #[allow(clippy::too_many_arguments)] // mirrors the Python signature
    fn new(
        py: Python<'_>,
        start: usize,
        end: usize,
        text: Py<PyString>,
        label: Py<PyString>,
        entity_id: Option<Py<PyString>>,
        value: Option<Py<PyString>>,
        candidates: Option<Vec<Py<PyString>>>,
        how: &str,
        timex_type: Option<&str>,
    ) -> PyResult<PyMatch> {
        let within = (0, text.bind(py).len()?);
        let Some(how) = HOWS.iter().copied().find(|h| h.as_str() == how) else {
            let names: Vec<&str> = HOWS.iter().map(|h| h.as_str()).collect();
            return Err(gazet_error(
                py,
                "ArgumentError",
                format!("how must be one of {names:?}, not {how:?}"),
            ));
        };
        let timex_type = match timex_type {
            None => None,
            Some(name) => match TimexType::ALL.iter().copied().find(|t| t.as_str() == name) {
                Some(t) => Some(t),
                None => {
                    let names: Vec<&str> = TimexType::ALL.iter().map(|t| t.as_str()).collect();
                    let message =
                        format!("timex_type must be None or one of {names:?}, not {name:?}");
                    return Err(gazet_error(py, "ArgumentError", message));
                }
            },
        };
        Ok(PyMatch {
            start,
            end,
            source: text,
            within,
            label,
            entity_id,
            value,
            candidates: PyTuple::new(py, candidates.unwrap_or_default())?.unbind(),
            how,
            timex_type,
        })
    }

    /// How the match was found: "listed" (a gazetteer name), "short form" (a surname or
    /// given name alone, linked to a person named in full), "discovered" (a person found
    /// without a list) or "parsed" (a date).
    #[getter]
    fn how(&self) -> &'static str {
        self.how.as_str()
    }

    /// The TIMEX3 type of a temporal expression (label DATE): "DATE" (a calendar date:
    /// "Tuesday", "last week"), "TIME" (a time of day: "Tuesday night", "10:30 a.m."),
    /// "DURATION" ("two weeks") or "SET" ("every Friday", "weekly"); None for other
    /// matches.
    #[getter]
    fn timex_type(&self) -> Option<&'static str> {
        self.timex_type.map(TimexType::as_str)
    }

    /// The matched text as it stands in the input: `input[start:end]`.
    #[getter(text)]
    fn py_text<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
        self.text(py)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let repr = |v: Option<&Py<PyString>>| -> PyResult<String> {
            match v {
                Some(s) => Ok(s.bind(py).repr()?.to_string()),
                None => Ok("None".to_owned()),
            }
        };
        Ok(format!(
            "Match(start={}, end={}, text={}, label={}, entity_id={}, value={}, how='{}'{})",
            self.start,
            self.end,
            self.text(py)?.repr()?,
            repr(Some(&self.label))?,
            repr(self.entity_id.as_ref())?,
            repr(self.value.as_ref())?,
            self.how.as_str(),
            self.timex_type
                .map(|t| format!(", timex_type='{}'", t.as_str()))
                .unwrap_or_default()
        ))
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        match other.cast::<PyMatch>() {
            Ok(other) => Ok(self.key(py)? == other.get().key(py)?),
            Err(_) => Ok(false),
        }
    }

    fn __hash__(&self, py: Python<'_>) -> PyResult<u64> {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.key(py)?.hash(&mut h);
        Ok(h.finish())
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let m = slf.get();
        let args = (
            m.start,
            m.end,
            m.text(py)?,
            m.label.clone_ref(py),
            m.entity_id.as_ref().map(|v| v.clone_ref(py)),
            m.value.as_ref().map(|v| v.clone_ref(py)),
            m.candidates.clone_ref(py),
            m.how.as_str(),
            m.timex_type.map(TimexType::as_str),
        )
            .into_pyobject(py)?;
        Ok((slf.get_type().into_any(), args))
    }
}
