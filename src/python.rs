//! The Python binding (`gazet._core`): the only module that knows pyo3.
//!
//! Inputs are turned into owned or borrowed Rust data first, the work runs with the GIL
//! released, and Python objects are built afterwards. Offsets become code point indices.

use std::sync::Once;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyDict, PyFloat, PyList, PyModule, PyString, PyTuple, PyType};

use crate::found::PERSON;
use crate::{
    catch_panic, find_many, set_parallel, CaseMode, CharOffsets, Date, EntityIndex, Error,
    ErrorKind, Found, Gazetteer, Match, Matcher, Reference,
};

/// An exception class of `gazet.errors` (the hierarchy is written once, in Python, so
/// that classes can refine both `GazetError` and a built-in such as `ValueError`).
fn error_class<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyType>> {
    static ERRORS: PyOnceLock<Py<PyModule>> = PyOnceLock::new();
    let module =
        ERRORS.get_or_try_init(py, || PyResult::Ok(py.import("gazet.errors")?.unbind()))?;
    Ok(module.bind(py).getattr(name)?.cast_into::<PyType>()?)
}

/// The exception for a core error: every kind mapped, no catch-all.
fn py_error(py: Python<'_>, err: &Error) -> PyErr {
    py_error_saying(py, err, err.to_string())
}

/// The exception for a core error, with `message` (the error's own, placed in context).
fn py_error_saying(py: Python<'_>, err: &Error, message: String) -> PyErr {
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
    match error_class(py, class) {
        Ok(class) => PyErr::from_type(class, message),
        Err(e) => e,
    }
}

impl From<Error> for PyErr {
    fn from(err: Error) -> PyErr {
        Python::attach(|py| py_error(py, &err))
    }
}

/// Runs core work without the GIL; a panic inside becomes `gazet.InternalError`.
fn detached<T: Send>(py: Python<'_>, f: impl FnOnce() -> Result<T, Error> + Send) -> PyResult<T> {
    py.detach(|| catch_panic(f)).map_err(|e| py_error(py, &e))
}

/// One mention found in a text.
#[pyclass(frozen, module = "gazet", name = "Match")]
pub struct PyMatch {
    /// Start offset (a Python str index).
    #[pyo3(get)]
    start: usize,
    /// End offset (exclusive): `text[start:end] == match.text`.
    #[pyo3(get)]
    end: usize,
    /// The input text (or the matched text itself) and where in it the match lies;
    /// `text` is cut from it only when asked for.
    source: Py<PyString>,
    within: (usize, usize),
    /// PERSON, PLACE, DEMONYM, DATE or a label of the user's gazetteer.
    #[pyo3(get)]
    label: Py<PyString>,
    /// The canonical entity id (None for dates and for discovered, unlisted people).
    #[pyo3(get)]
    entity_id: Option<Py<PyString>>,
    /// The normalized value (TIMEX3-style for dates; None for entities).
    #[pyo3(get)]
    value: Option<Py<PyString>>,
    /// When several entities share the matched name: all their ids, the chosen one
    /// among them; otherwise empty.
    #[pyo3(get)]
    candidates: Py<PyTuple>,
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
        ))
    }
}

type MatchKey = (
    usize,
    usize,
    String,
    String,
    Option<String>,
    Option<String>,
    Vec<String>,
);

#[pymethods]
impl PyMatch {
    #[new]
    #[pyo3(signature = (start, end, text, label, entity_id=None, value=None, candidates=None))]
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
    ) -> PyResult<PyMatch> {
        let within = (0, text.bind(py).len()?);
        Ok(PyMatch {
            start,
            end,
            source: text,
            within,
            label,
            entity_id,
            value,
            candidates: PyTuple::new(py, candidates.unwrap_or_default())?.unbind(),
        })
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
            "Match(start={}, end={}, text={}, label={}, entity_id={}, value={})",
            self.start,
            self.end,
            self.text(py)?.repr()?,
            repr(Some(&self.label))?,
            repr(self.entity_id.as_ref())?,
            repr(self.value.as_ref())?
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
        )
            .into_pyobject(py)?;
        Ok((slf.get_type().into_any(), args))
    }
}

/// One entity as Python passes it: label, entity id, names, country code, population.
type EntityRow = (String, String, Vec<String>, Option<String>, u64);

/// The compiled matcher (wrapped by `gazet.Matcher`).
#[pyclass(frozen, module = "gazet._core", name = "Matcher")]
pub struct PyMatcher {
    inner: Matcher,
    /// Python strings made once: the distinct labels (as the core's entities list
    /// them), each entity's id (made when first matched), and the DATE and PERSON labels.
    labels: Vec<Py<PyString>>,
    ids: Vec<PyOnceLock<Py<PyString>>>,
    date_label: Py<PyString>,
    person_label: Py<PyString>,
    no_candidates: Py<PyTuple>,
    /// The label and id categories of columnar results, made on first use.
    categories: std::sync::OnceLock<Categories>,
}

/// A text row as given: absent (None or NaN) or a str borrowed from Python.
fn text_row(item: &Bound<'_, PyAny>, row: usize) -> PyResult<Option<Text>> {
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
    let utf8 = item.extract::<PyBackedStr>().map_err(|_| {
        PyValueError::new_err(format!(
            "row {row}: text is not valid Unicode (it holds a lone surrogate)"
        ))
    })?;
    Ok(Some(Text {
        object: item.cast::<PyString>()?.clone().unbind(),
        utf8,
    }))
}

/// Pauses the cycle collector while a batch's results are made, and restores it when
/// dropped. The results (lists of matches holding only strings) form no cycles, but their
/// allocations would trigger collections that walk the whole heap, a big gazetteer too.
struct GcPause {
    was_enabled: bool,
}

impl GcPause {
    fn new(_py: Python<'_>) -> GcPause {
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
struct Text {
    object: Py<PyString>,
    utf8: PyBackedStr,
}

/// A reference date from "YYYY-MM-DD" (or None).
fn parse_reference(value: Option<&str>) -> Result<Reference, Error> {
    value.map(Date::parse).transpose()
}

/// Little-endian bytes of integers, for numpy's `frombuffer`.
fn le_bytes<T: Copy + Into<i64>>(values: &[T]) -> Vec<u8> {
    let width = std::mem::size_of::<T>();
    values
        .iter()
        .flat_map(|&v| v.into().to_le_bytes().into_iter().take(width))
        .collect()
}

/// Distinct values in order of first appearance, and each row's index into them.
struct Codes<K> {
    codes: Vec<i32>,
    categories: Vec<K>,
    index: std::collections::HashMap<K, i32>,
}

impl<K: Clone + Eq + std::hash::Hash> Codes<K> {
    fn new() -> Codes<K> {
        Codes {
            codes: Vec::new(),
            categories: Vec::new(),
            index: std::collections::HashMap::new(),
        }
    }

    fn push(&mut self, value: Option<K>) {
        let code = value.map_or(-1, |v| {
            let next = self.categories.len() as i32;
            *self.index.entry(v.clone()).or_insert_with(|| {
                self.categories.push(v);
                next
            })
        });
        self.codes.push(code);
    }
}

/// The fixed categories of a matcher's label and entity_id columns: every label its
/// entities carry plus DATE and PERSON, and every distinct id, each sorted, so that any
/// two results of one matcher share them (and concatenate as categoricals).
struct Categories {
    labels: Vec<String>,
    /// The code of each of the core's labels ([`crate::Entities::labels`] order).
    label_code: Vec<i32>,
    date_code: i32,
    person_code: i32,
    /// Each distinct id as the first entity with it, in sorted order.
    id_first: Vec<EntityIndex>,
    /// Each entity's id code.
    id_code: Vec<u32>,
}

impl Categories {
    fn new(matcher: &Matcher) -> Categories {
        let entities = matcher.entities();
        let mut labels: Vec<String> = entities.labels().to_vec();
        labels.extend(["DATE".to_owned(), PERSON.to_owned()]);
        labels.sort();
        labels.dedup();
        let code = |l: &str| {
            labels
                .binary_search_by(|x| x.as_str().cmp(l))
                .expect("listed") as i32
        };
        let label_code = entities.labels().iter().map(|l| code(l)).collect();
        let (date_code, person_code) = (code("DATE"), code(PERSON));
        let (id_first, id_code) = entities.distinct_ids();
        Categories {
            labels,
            label_code,
            date_code,
            person_code,
            id_first,
            id_code,
        }
    }
}

/// Columnar matches of a batch, built without the GIL.
struct Columns<'a> {
    rows: Vec<i64>,
    starts: Vec<i64>,
    ends: Vec<i64>,
    text_offsets: Vec<i64>,
    text_data: String,
    labels: Vec<i32>,
    entities: Vec<i32>,
    values: Codes<&'a str>,
}

impl<'a> Columns<'a> {
    fn build(
        matcher: &'a Matcher,
        categories: &Categories,
        docs: &[Option<&'a str>],
        found: &'a [Vec<Match>],
    ) -> Columns<'a> {
        let mut c = Columns {
            rows: Vec::new(),
            starts: Vec::new(),
            ends: Vec::new(),
            text_offsets: vec![0],
            text_data: String::new(),
            labels: Vec::new(),
            entities: Vec::new(),
            values: Codes::new(),
        };
        for (row, (text, ms)) in docs.iter().zip(found).enumerate() {
            let Some(text) = text else { continue };
            let mut chars = CharOffsets::new(text);
            for m in ms {
                c.rows.push(row as i64);
                c.starts.push(chars.at(m.span.start) as i64);
                c.ends.push(chars.at(m.span.end) as i64);
                c.text_data.push_str(&text[m.span.start..m.span.end]);
                c.text_offsets.push(c.text_data.len() as i64);
                let (label, entity, value) = match &m.found {
                    Found::Entity(e) => (
                        categories.label_code[matcher.entities().label_index(*e)],
                        categories.id_code[e.as_usize()] as i32,
                        None,
                    ),
                    Found::Unlisted => (categories.person_code, -1, None),
                    Found::Date(value) => (categories.date_code, -1, value.as_deref()),
                };
                c.labels.push(label);
                c.entities.push(entity);
                c.values.push(value);
            }
        }
        c
    }
}

/// A row that failed: its position in the caller's input, the exception class (a name
/// in `gazet.errors` or a built-in) and the message.
type Failure = (usize, &'static str, String);

/// Rows and references extracted from Python, ready for the GIL-free part.
struct Batch {
    texts: Vec<Option<Text>>,
    references: Vec<Reference>,
    first_row: usize,
    /// Rows that could not be read (with `skip`), and later rows the core failed on.
    failures: Vec<Failure>,
}

impl Batch {
    /// `first_row` is the position of `texts[0]` in the caller's whole input, so that errors
    /// name the caller's row when it sends its input in chunks. With `skip`, a row that
    /// cannot be read (not a str, a lone surrogate, a bad reference date) becomes a failure
    /// and an empty row instead of an exception.
    fn extract(
        texts: &Bound<'_, PyAny>,
        references: Option<Vec<Option<String>>>,
        first_row: usize,
        skip: bool,
    ) -> PyResult<Batch> {
        if texts.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "texts must be a sequence of str, not a single str",
            ));
        }
        let mut failures = Vec::new();
        let mut failed = |row: usize, err: PyErr, py: Python<'_>| -> PyResult<()> {
            if !skip {
                return Err(err);
            }
            let class = if err.is_instance_of::<PyTypeError>(py) {
                "TypeError"
            } else {
                "ValueError"
            };
            failures.push((row, class, err.value(py).to_string()));
            Ok(())
        };
        let py = texts.py();
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
                return Err(PyValueError::new_err(format!(
                    "ref_dates has {} entries for {} texts",
                    given.len(),
                    rows.len()
                )))
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
    fn run(
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
                    self.failures
                        .push((self.first_row + row, "DocumentError", err.to_string()));
                    Vec::new()
                })
            })
            .collect();
        self.failures.sort_by_key(|f| f.0);
        found
    }

    fn docs(&self) -> Vec<Option<&str>> {
        self.texts
            .iter()
            .map(|t| t.as_ref().map(|t| &*t.utf8))
            .collect()
    }
}

impl PyMatcher {
    fn wrap(py: Python<'_>, inner: Matcher) -> PyMatcher {
        release_free_memory();
        let entities = inner.entities();
        let labels = entities
            .labels()
            .iter()
            .map(|l| PyString::intern(py, l).unbind())
            .collect();
        let ids = (0..entities.len()).map(|_| PyOnceLock::new()).collect();
        PyMatcher {
            inner,
            labels,
            ids,
            date_label: PyString::intern(py, "DATE").unbind(),
            person_label: PyString::intern(py, PERSON).unbind(),
            no_candidates: PyTuple::empty(py).unbind(),
            categories: std::sync::OnceLock::new(),
        }
    }

    fn fixed_categories(&self) -> &Categories {
        self.categories.get_or_init(|| Categories::new(&self.inner))
    }

    /// The id of entity `e` as a Python string, made on first use.
    fn id(&self, py: Python<'_>, e: EntityIndex) -> &Py<PyString> {
        self.ids[e.as_usize()].get_or_init(py, || {
            PyString::new(py, self.inner.entities().id(e)).unbind()
        })
    }

    /// The Python match objects of one text's core matches.
    fn py_matches(
        &self,
        py: Python<'_>,
        source: &Py<PyString>,
        text: &str,
        matches: &[Match],
    ) -> PyResult<Vec<Py<PyMatch>>> {
        let mut chars = CharOffsets::new(text);
        matches
            .iter()
            .map(|m| {
                let (label, entity_id, value) = match &m.found {
                    Found::Entity(e) => {
                        let label = &self.labels[self.inner.entities().label_index(*e)];
                        (
                            label.clone_ref(py),
                            Some(self.id(py, *e).clone_ref(py)),
                            None,
                        )
                    }
                    Found::Unlisted => (self.person_label.clone_ref(py), None, None),
                    Found::Date(value) => (
                        self.date_label.clone_ref(py),
                        None,
                        value.as_deref().map(|v| PyString::new(py, v).unbind()),
                    ),
                };
                let candidates = if m.candidates.is_empty() {
                    self.no_candidates.clone_ref(py)
                } else {
                    let ids = m.candidates.iter().map(|&c| self.id(py, c).clone_ref(py));
                    PyTuple::new(py, ids)?.unbind()
                };
                let (start, end) = (chars.at(m.span.start), chars.at(m.span.end));
                let found = PyMatch {
                    start,
                    end,
                    source: source.clone_ref(py),
                    within: (start, end),
                    label,
                    entity_id,
                    value,
                    candidates,
                };
                let object = Py::new(py, found)?;
                // SAFETY: a frozen Match refers only to strings and a tuple of strings, so
                // it can never be part of a reference cycle; leaving it out of the cycle
                // collector keeps big batches from triggering full collections.
                unsafe { pyo3::ffi::PyObject_GC_UnTrack(object.as_ptr().cast()) };
                Ok(object)
            })
            .collect()
    }
}

#[pymethods]
impl PyMatcher {
    /// Compiles `entities`, a list of (label, entity_id, names, country_code, population)
    /// tuples (country_code None and population 0 when unknown).
    #[new]
    #[pyo3(signature = (entities, *, case="smart", dates=true, people=true, discover=false, context=true, common_words=Vec::new()))]
    #[allow(clippy::too_many_arguments)] // mirrors the Python signature (options are keywords)
    fn new(
        py: Python<'_>,
        entities: Vec<EntityRow>,
        case: &str,
        dates: bool,
        people: bool,
        discover: bool,
        context: bool,
        common_words: Vec<String>,
    ) -> PyResult<PyMatcher> {
        let case: CaseMode = case.parse()?;
        let inner = detached(py, || {
            let mut gazetteer = Gazetteer::new();
            for (label, id, names, country, population) in entities {
                let entity = gazetteer.add(&label, &id, names)?;
                entity.country = country;
                entity.population = population;
            }
            Matcher::builder()
                .case(case)
                .dates(dates)
                .people(people)
                .discover(discover)
                .context(context)
                .common_words(&common_words)
                .build(&gazetteer)
        })?;
        Ok(PyMatcher::wrap(py, inner))
    }

    /// The compiled matcher and `extra` (any bytes, kept as they are) as one versioned,
    /// checksummed container (see `from_bytes`).
    #[pyo3(signature = (extra=None))]
    fn to_bytes<'py>(
        &self,
        py: Python<'py>,
        extra: Option<&[u8]>,
    ) -> PyResult<Bound<'py, PyBytes>> {
        let bytes = detached(py, || {
            Ok(self.inner.to_bytes_with(extra.unwrap_or_default()))
        })?;
        Ok(PyBytes::new(py, &bytes))
    }

    /// A matcher and its extra bytes from `to_bytes` output, without building again;
    /// `gazet.SavedFileError` if the data is not such a container or is damaged.
    #[staticmethod]
    fn from_bytes<'py>(py: Python<'py>, data: &[u8]) -> PyResult<(PyMatcher, Bound<'py, PyBytes>)> {
        let (inner, extra) = detached(py, || {
            Matcher::from_bytes_with(data).map(|(m, extra)| (m, extra.to_vec()))
        })?;
        Ok((PyMatcher::wrap(py, inner), PyBytes::new(py, &extra)))
    }

    /// The same matcher with discovery of unlisted PERSON names on or off.
    fn with_discover(&self, py: Python<'_>, discover: bool) -> PyMatcher {
        PyMatcher::wrap(py, self.inner.with_discover(discover))
    }

    /// Heap bytes of the compiled names and the entity table.
    #[getter]
    fn index_size(&self) -> usize {
        self.inner.index_size()
    }

    /// The matches in one text.
    #[pyo3(signature = (text, ref_date=None))]
    fn find(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        ref_date: Option<&str>,
    ) -> PyResult<Vec<Py<PyMatch>>> {
        if !text.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(format!(
                "text must be str, got {}",
                text.get_type().name()?
            )));
        }
        let source = text.cast::<PyString>()?.clone().unbind();
        let text: PyBackedStr = text.extract().map_err(|_| {
            PyValueError::new_err("text is not valid Unicode (it holds a lone surrogate)")
        })?;
        let reference = parse_reference(ref_date)?;
        let found = detached(py, || self.inner.find(&text, reference))?;
        self.py_matches(py, &source, &text, &found)
    }

    /// The matches in each text, each text's as a `list_type` (a list subclass made with
    /// no arguments; default list); None and NaN rows give an empty one. Returns the lists
    /// and the failed rows as (row, exception class name, message): rows the core failed
    /// on, and with `skip` rows that could not be read (without `skip` those raise).
    /// Rows are counted from `first_row`.
    #[pyo3(signature = (texts, ref_dates=None, *, threads=None, first_row=0, list_type=None, skip=false))]
    #[allow(clippy::too_many_arguments)] // mirrors the Python signature (options are keywords)
    fn find_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        ref_dates: Option<Vec<Option<String>>>,
        threads: Option<usize>,
        first_row: usize,
        list_type: Option<&Bound<'py, PyType>>,
        skip: bool,
    ) -> PyResult<(Bound<'py, PyList>, Vec<Failure>)> {
        if let Some(t) = list_type {
            if !t.is_subclass_of::<PyList>()? {
                return Err(PyTypeError::new_err("list_type must be a subclass of list"));
            }
        }
        let mut batch = Batch::extract(texts, ref_dates, first_row, skip)?;
        let found = batch.run(py, &self.inner, threads);
        let _pause = GcPause::new(py);
        let out = PyList::empty(py);
        for (text, ms) in batch.texts.iter().zip(&found) {
            let matches = match text {
                Some(t) => self.py_matches(py, &t.object, &t.utf8, ms)?,
                None => Vec::new(),
            };
            match list_type {
                None => out.append(PyList::new(py, matches)?)?,
                Some(t) => {
                    let list = t.call0()?.cast_into::<PyList>()?;
                    for m in matches {
                        list.append(m)?;
                    }
                    out.append(list)?;
                }
            }
        }
        Ok((out, batch.failures))
    }

    /// The matches of all texts as column buffers (see `gazet.frames`): little-endian
    /// int64 `row` (position in `texts`), `start`, `end`; the matched texts as int64
    /// `text_offsets` into UTF-8 `text_data` (and, with `strings`, as a list of str,
    /// `texts`, for pandas without pyarrow); int32 codes into `categories()` for
    /// `label_codes` and `entity_codes` (-1 for None) and into `values` for `value_codes`;
    /// `failures` as in `find_many`.
    #[pyo3(signature = (texts, ref_dates=None, *, threads=None, first_row=0, strings=false, skip=false))]
    #[allow(clippy::too_many_arguments)] // mirrors the Python signature (options are keywords)
    fn columns<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        ref_dates: Option<Vec<Option<String>>>,
        threads: Option<usize>,
        first_row: usize,
        strings: bool,
        skip: bool,
    ) -> PyResult<Bound<'py, PyDict>> {
        let mut batch = Batch::extract(texts, ref_dates, first_row, skip)?;
        let found = batch.run(py, &self.inner, threads);
        let docs = batch.docs();
        let cols = detached(py, || {
            Ok(Columns::build(
                &self.inner,
                self.fixed_categories(),
                &docs,
                &found,
            ))
        })?;
        let out = PyDict::new(py);
        for (name, ints) in [
            ("row", &cols.rows),
            ("start", &cols.starts),
            ("end", &cols.ends),
            ("text_offsets", &cols.text_offsets),
        ] {
            out.set_item(name, PyBytes::new(py, &le_bytes(ints)))?;
        }
        out.set_item("text_data", PyBytes::new(py, cols.text_data.as_bytes()))?;
        if strings {
            let _pause = GcPause::new(py);
            let pieces = cols.text_offsets.windows(2).map(|w| {
                let (a, b) = (w[0] as usize, w[1] as usize);
                PyString::new(py, &cols.text_data[a..b])
            });
            out.set_item("texts", PyList::new(py, pieces)?)?;
        }
        for (name, codes) in [
            ("label_codes", &cols.labels),
            ("entity_codes", &cols.entities),
            ("value_codes", &cols.values.codes),
        ] {
            out.set_item(name, PyBytes::new(py, &le_bytes(codes)))?;
        }
        out.set_item("values", cols.values.categories)?;
        out.set_item("failures", &batch.failures)?;
        Ok(out)
    }

    /// The (label, entity_id) of every entity, in gazetteer order.
    fn entity_keys(&self, py: Python<'_>) -> Vec<(Py<PyString>, Py<PyString>)> {
        let entities = self.inner.entities();
        entities
            .indexes()
            .map(|e| {
                let label = &self.labels[entities.label_index(e)];
                (label.clone_ref(py), self.id(py, e).clone_ref(py))
            })
            .collect()
    }

    /// The categories of the label and entity_id columns of `columns()`: every label
    /// and every distinct id of this matcher, each sorted (the same for every call).
    fn categories<'py>(&self, py: Python<'py>) -> PyResult<(Vec<String>, Bound<'py, PyList>)> {
        let c = detached(py, || Ok(self.fixed_categories()))?;
        let ids = c.id_first.iter().map(|&e| self.id(py, e).clone_ref(py));
        Ok((c.labels.clone(), PyList::new(py, ids)?))
    }

    /// Whether dates are found.
    #[getter]
    fn dates(&self) -> bool {
        self.inner.dates()
    }

    /// Whether listed people's short forms are linked within a document.
    #[getter]
    fn people(&self) -> bool {
        self.inner.people()
    }

    /// Whether unlisted PERSON names introduced by a title are reported.
    #[getter]
    fn discover(&self) -> bool {
        self.inner.discovers()
    }

    /// Whether context rules may reject PLACE and DEMONYM mentions.
    #[getter]
    fn context(&self) -> bool {
        self.inner.context()
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
fn release_free_memory() {
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
    use super::{_inject_fault, normalize_name, sentence_spans, timex_period, PyMatch, PyMatcher};

    #[pymodule_init]
    fn init(_m: &pyo3::Bound<'_, pyo3::types::PyModule>) -> pyo3::PyResult<()> {
        super::register_fork_handler();
        Ok(())
    }
}
