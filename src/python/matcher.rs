//! `gazet._core.Matcher`: builds, saves and loads a matcher and runs it on one text or a
//! batch (lists of matches, or columns for pandas and Arrow).

use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyTuple, PyType};

use crate::found::PERSON;
use crate::{CaseMode, CharOffsets, EntityIndex, Found, Gazetteer, Match, Matcher, TimexType};

use super::columns::{le_bytes, Categories, Columns, HOWS};
use super::errors::{detached, detached_for, gazet_error};
use super::input::{parse_reference, Batch, Failure, GcPause};
use super::matches::PyMatch;
use super::release_free_memory;

/// One entity as Python passes it: label, entity id, names, country code, population,
/// the id of its first-level division.
pub(super) type EntityRow = (
    String,
    String,
    Vec<String>,
    Option<String>,
    u64,
    Option<String>,
);

/// The compiled matcher (wrapped by `gazet.Matcher`).
#[pyclass(frozen, module = "gazet._core", name = "Matcher")]
pub struct PyMatcher {
    pub(super) inner: Matcher,
    /// Python strings made once: the distinct labels (as the core's entities list
    /// them), each entity's id (made when first matched), and the DATE and PERSON labels.
    pub(super) labels: Vec<Py<PyString>>,
    pub(super) ids: Vec<PyOnceLock<Py<PyString>>>,
    pub(super) date_label: Py<PyString>,
    pub(super) person_label: Py<PyString>,
    pub(super) no_candidates: Py<PyTuple>,
    /// The label and id categories of columnar results, made on first use.
    pub(super) categories: std::sync::OnceLock<Categories>,
}

impl PyMatcher {
    pub(super) fn wrap(py: Python<'_>, inner: Matcher) -> PyMatcher {
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

    pub(super) fn fixed_categories(&self) -> &Categories {
        self.categories.get_or_init(|| Categories::new(&self.inner))
    }

    /// The id of entity `e` as a Python string, made on first use.
    pub(super) fn id(&self, py: Python<'_>, e: EntityIndex) -> &Py<PyString> {
        self.ids[e.as_usize()].get_or_init(py, || {
            PyString::new(py, self.inner.entities().id(e)).unbind()
        })
    }

    /// The Python match objects of one text's core matches.
    pub(super) fn py_matches(
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
                let timex_type = match m.found {
                    Found::Date(_, t) => Some(t),
                    _ => None,
                };
                let (label, entity_id, value) = match &m.found {
                    Found::Entity(e) => {
                        let label = &self.labels[self.inner.entities().label_index(*e)];
                        (
                            label.clone_ref(py),
                            Some(self.id(py, *e).clone_ref(py)),
                            None,
                        )
                    }
                    Found::Person(id) => (
                        self.person_label.clone_ref(py),
                        Some(PyString::new(py, id).unbind()),
                        None,
                    ),
                    Found::Date(value, _) => (
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
                    how: m.how,
                    timex_type,
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
    /// Compiles `entities`, a list of (label, entity_id, names, country_code, population,
    /// division) tuples (country_code and division None, population 0 when unknown).
    #[new]
    #[pyo3(signature = (entities, *, case="smart", dates=true, people=true, discover=true, context=true, common_words=Vec::new()))]
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
            for (label, id, names, country, population, division) in entities {
                let entity = gazetteer.add(&label, &id, names)?;
                entity.country = country;
                entity.population = population;
                entity.division = division;
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

    /// The same matcher with discovery of people no gazetteer lists on or off.
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
            let message = format!("text must be str, got {}", text.get_type().name()?);
            return Err(gazet_error(py, "ArgumentTypeError", message));
        }
        let source = text.cast::<PyString>()?.clone().unbind();
        let text: PyBackedStr = text.extract().map_err(|_| {
            let message = "text is not valid Unicode (it holds a lone surrogate)".to_owned();
            gazet_error(py, "TextError", message)
        })?;
        let reference = parse_reference(ref_date)?;
        let found = detached_for(py, text.len(), || self.inner.find(&text, reference))?;
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
                let message = "list_type must be a subclass of list".to_owned();
                return Err(gazet_error(py, "ArgumentTypeError", message));
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
    /// `label_codes` and `entity_codes` (-1 for None; codes past the matcher's ids index
    /// `people`, the ids of discovered people) and into `values` for `value_codes`; int8
    /// `how_codes` into `hows()`; int8 `timex_codes` into `timex_types()` (-1 for matches
    /// that are not temporal); `failures` as in `find_many`.
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
        out.set_item("people", cols.people.categories)?;
        let hows: Vec<u8> = cols.hows.iter().map(|&h| h as u8).collect();
        out.set_item("how_codes", PyBytes::new(py, &hows))?;
        let timex: Vec<u8> = cols.timex.iter().map(|&t| t as u8).collect();
        out.set_item("timex_codes", PyBytes::new(py, &timex))?;
        out.set_item("failures", &batch.failures)?;
        Ok(out)
    }

    /// The categories of the `how` column of `columns()`, in code order.
    #[staticmethod]
    fn hows() -> Vec<&'static str> {
        HOWS.iter().map(|h| h.as_str()).collect()
    }

    /// The categories of the `timex_type` column of `columns()`, in code order.
    #[staticmethod]
    fn timex_types() -> Vec<&'static str> {
        TimexType::ALL.iter().map(|t| t.as_str()).collect()
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

    /// Whether people no gazetteer lists are found (and their short forms linked).
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
