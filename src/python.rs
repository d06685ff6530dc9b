//! The Python binding (`gazet._core`): the only module that knows pyo3.
//!
//! Inputs are turned into owned or borrowed Rust data first, the work runs with the GIL
//! released, and Python objects are built afterwards. Offsets become code point indices.

use std::sync::Once;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyFloat, PyList, PyString, PyTuple};

use crate::{
    find_many, set_parallel, CaseMode, CharOffsets, Error, ErrorKind, Found, Gazetteer, Match,
    Matcher, Reference,
};

pyo3::create_exception!(
    gazet,
    GazetteerError,
    PyValueError,
    "A gazetteer entry that cannot be used: an empty name, label or id, or an id under two labels."
);

impl From<Error> for PyErr {
    fn from(err: Error) -> PyErr {
        match err.kind() {
            ErrorKind::EmptyName { .. }
            | ErrorKind::EmptyField { .. }
            | ErrorKind::LabelConflict { .. } => GazetteerError::new_err(err.to_string()),
            _ => PyValueError::new_err(err.to_string()),
        }
    }
}

/// One mention found in a text.
#[pyclass(frozen, eq, module = "gazet", name = "Match", from_py_object)]
#[derive(Clone, PartialEq)]
pub struct PyMatch {
    /// Start offset (a Python str index).
    #[pyo3(get)]
    start: usize,
    /// End offset (exclusive): `text[start:end] == match.text`.
    #[pyo3(get)]
    end: usize,
    /// The matched text as it stands in the input.
    #[pyo3(get)]
    text: String,
    /// PERSON, PLACE, DATE or a label of the user's gazetteer.
    #[pyo3(get)]
    label: String,
    /// The canonical entity id (None for dates).
    #[pyo3(get)]
    entity_id: Option<String>,
    /// The normalized value (TIMEX3-style for dates; None for entities).
    #[pyo3(get)]
    value: Option<String>,
}

#[pymethods]
impl PyMatch {
    #[new]
    #[pyo3(signature = (start, end, text, label, entity_id=None, value=None))]
    fn new(
        start: usize,
        end: usize,
        text: String,
        label: String,
        entity_id: Option<String>,
        value: Option<String>,
    ) -> PyMatch {
        PyMatch {
            start,
            end,
            text,
            label,
            entity_id,
            value,
        }
    }

    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        let py = slf.py();
        let m = slf.get();
        let repr = |v: Option<&str>| -> PyResult<String> {
            match v {
                Some(s) => Ok(PyString::new(py, s).repr()?.to_string()),
                None => Ok("None".to_owned()),
            }
        };
        Ok(format!(
            "Match(start={}, end={}, text={}, label={}, entity_id={}, value={})",
            m.start,
            m.end,
            repr(Some(&m.text))?,
            repr(Some(&m.label))?,
            repr(m.entity_id.as_deref())?,
            repr(m.value.as_deref())?
        ))
    }

    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (self.start, self.end, &self.text, &self.label, &self.entity_id, &self.value).hash(&mut h);
        h.finish()
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let m = slf.get();
        let args = (
            m.start,
            m.end,
            m.text.clone(),
            m.label.clone(),
            m.entity_id.clone(),
            m.value.clone(),
        )
            .into_pyobject(slf.py())?;
        Ok((slf.get_type().into_any(), args))
    }
}

/// The compiled matcher (wrapped by `gazet.Matcher`).
#[pyclass(frozen, module = "gazet._core", name = "Matcher")]
pub struct PyMatcher {
    inner: Matcher,
}

/// A text row as given: absent (None or NaN) or a str borrowed from Python.
fn text_row(item: &Bound<'_, PyAny>, row: usize) -> PyResult<Option<PyBackedStr>> {
    if item.is_none() {
        return Ok(None);
    }
    if let Ok(f) = item.cast::<PyFloat>() {
        if f.value().is_nan() {
            return Ok(None);
        }
    }
    if !item.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "row {row}: expected str or None, got {}",
            item.get_type().name()?
        )));
    }
    item.extract::<PyBackedStr>().map(Some).map_err(|_| {
        PyValueError::new_err(format!(
            "row {row}: text is not valid Unicode (it holds a lone surrogate)"
        ))
    })
}

fn parse_reference(value: Option<&str>) -> PyResult<Reference> {
    value
        .map(|s| {
            chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map_err(|_| PyValueError::new_err(Error::invalid_date(s).to_string()))
        })
        .transpose()
}

/// Rows and references extracted from Python, ready for the GIL-free part.
struct Batch {
    texts: Vec<Option<PyBackedStr>>,
    references: Vec<Reference>,
}

impl Batch {
    fn extract(texts: &Bound<'_, PyAny>, references: Option<Vec<Option<String>>>) -> PyResult<Batch> {
        if texts.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "texts must be a sequence of str, not a single str",
            ));
        }
        let texts = texts
            .try_iter()?
            .enumerate()
            .map(|(row, item)| text_row(&item?, row))
            .collect::<PyResult<Vec<_>>>()?;
        let references = match references {
            None => Vec::new(),
            Some(refs) if refs.len() != texts.len() => {
                return Err(PyValueError::new_err(format!(
                    "ref_dates has {} entries for {} texts",
                    refs.len(),
                    texts.len()
                )))
            }
            Some(refs) => refs
                .iter()
                .enumerate()
                .map(|(row, r)| {
                    parse_reference(r.as_deref())
                        .map_err(|e| PyValueError::new_err(format!("row {row}: {e}")))
                })
                .collect::<PyResult<_>>()?,
        };
        Ok(Batch { texts, references })
    }

    fn run(&self, py: Python<'_>, matcher: &Matcher, threads: Option<usize>) -> PyResult<Vec<Vec<Match>>> {
        let docs: Vec<Option<&str>> = self.texts.iter().map(|t| t.as_deref()).collect();
        Ok(py.detach(|| find_many(matcher, &docs, &self.references, threads))?)
    }
}

impl PyMatcher {
    /// Label, entity id and value of one core match.
    fn describe<'a>(&'a self, m: &'a Match) -> (&'a str, Option<&'a str>, Option<&'a str>) {
        match &m.found {
            Found::Entity(e) => {
                let (label, id) = self.inner.entity(*e);
                (label, Some(id), None)
            }
            Found::Date(value) => ("DATE", None, value.as_deref()),
        }
    }

    fn py_matches(&self, text: &str, matches: &[Match]) -> Vec<PyMatch> {
        let mut chars = CharOffsets::new(text);
        matches
            .iter()
            .map(|m| {
                let (label, id, value) = self.describe(m);
                PyMatch {
                    start: chars.at(m.span.start),
                    end: chars.at(m.span.end),
                    text: text[m.span.start..m.span.end].to_owned(),
                    label: label.to_owned(),
                    entity_id: id.map(str::to_owned),
                    value: value.map(str::to_owned),
                }
            })
            .collect()
    }
}

#[pymethods]
impl PyMatcher {
    /// Compiles `entities`, a list of (label, entity_id, names) tuples.
    #[new]
    #[pyo3(signature = (entities, *, case="smart", dates=true))]
    fn new(py: Python<'_>, entities: Vec<(String, String, Vec<String>)>, case: &str, dates: bool) -> PyResult<PyMatcher> {
        let case: CaseMode = case.parse()?;
        let inner = py.detach(|| {
            let mut gazetteer = Gazetteer::new();
            for (label, id, names) in &entities {
                gazetteer.add(label, id, names.iter().cloned())?;
            }
            Matcher::builder().case(case).dates(dates).build(&gazetteer)
        })?;
        Ok(PyMatcher { inner })
    }

    /// The matches in one text.
    #[pyo3(signature = (text, ref_date=None))]
    fn find(&self, py: Python<'_>, text: &Bound<'_, PyAny>, ref_date: Option<&str>) -> PyResult<Vec<PyMatch>> {
        if !text.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(format!(
                "text must be str, got {}",
                text.get_type().name()?
            )));
        }
        let text: PyBackedStr = text.extract().map_err(|_| {
            PyValueError::new_err("text is not valid Unicode (it holds a lone surrogate)")
        })?;
        let reference = parse_reference(ref_date)?;
        let found = py.detach(|| self.inner.find(&text, reference))?;
        Ok(self.py_matches(&text, &found))
    }

    /// The matches in each text; None and NaN rows give an empty list.
    #[pyo3(signature = (texts, ref_dates=None, *, threads=None))]
    fn find_many(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        ref_dates: Option<Vec<Option<String>>>,
        threads: Option<usize>,
    ) -> PyResult<Vec<Vec<PyMatch>>> {
        let batch = Batch::extract(texts, ref_dates)?;
        let found = batch.run(py, &self.inner, threads)?;
        Ok(batch
            .texts
            .iter()
            .zip(&found)
            .map(|(text, ms)| text.as_deref().map_or_else(Vec::new, |t| self.py_matches(t, ms)))
            .collect())
    }

    /// The matches of all texts as columns: (row, start, end, text, label, entity_id, value),
    /// `row` being the position of the text in `texts`.
    #[pyo3(signature = (texts, ref_dates=None, *, threads=None))]
    fn columns<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        ref_dates: Option<Vec<Option<String>>>,
        threads: Option<usize>,
    ) -> PyResult<Bound<'py, PyTuple>> {
        let batch = Batch::extract(texts, ref_dates)?;
        let found = batch.run(py, &self.inner, threads)?;
        let n: usize = found.iter().map(Vec::len).sum();
        let (mut rows, mut starts, mut ends) = (Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n));
        let surfaces = PyList::empty(py);
        let labels = PyList::empty(py);
        let ids = PyList::empty(py);
        let values = PyList::empty(py);
        for (row, (text, ms)) in batch.texts.iter().zip(&found).enumerate() {
            let Some(text) = text.as_deref() else { continue };
            let mut chars = CharOffsets::new(text);
            for m in ms {
                let (label, id, value) = self.describe(m);
                rows.push(row);
                starts.push(chars.at(m.span.start));
                ends.push(chars.at(m.span.end));
                surfaces.append(&text[m.span.start..m.span.end])?;
                labels.append(PyString::intern(py, label))?;
                ids.append(id)?;
                values.append(value)?;
            }
        }
        (rows, starts, ends, surfaces, labels, ids, values).into_pyobject(py)
    }

    /// Whether dates are found.
    #[getter]
    fn dates(&self) -> bool {
        self.inner.dates()
    }

    /// The case policy: "insensitive", "smart" or "sensitive".
    #[getter]
    fn case(&self) -> &'static str {
        match self.inner.case() {
            CaseMode::Insensitive => "insensitive",
            CaseMode::Smart => "smart",
            CaseMode::Sensitive => "sensitive",
        }
    }
}

/// The normalized form of a name or text, as the matcher compares them.
#[pyfunction]
#[pyo3(signature = (text, *, fold_case=true))]
fn normalize(text: &str, fold_case: bool) -> String {
    crate::normalize_name(text, fold_case)
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
    use super::{normalize, GazetteerError, PyMatch, PyMatcher};

    #[pymodule_init]
    fn init(_m: &pyo3::Bound<'_, pyo3::types::PyModule>) -> pyo3::PyResult<()> {
        super::register_fork_handler();
        Ok(())
    }
}
