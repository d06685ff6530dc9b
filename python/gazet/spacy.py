"""The spaCy pipeline component "gazet": gazet's matches as ``doc.ents`` or a span group.

Installed with gazet (extra ``gazet[spacy]``), spaCy finds the factory through the
``spacy_factories`` entry point, so ``nlp.add_pipe("gazet", config={...})`` works without
importing this module; importing it registers the factory as well. See docs/spacy.md.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("gazet", config={"dates": False})
>>> [(e.text, e.label_, e.kb_id_) for e in nlp("Talks in Istanbul.").ents]
[('Istanbul', 'PLACE', 'geonames:745044')]
"""

from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, cast

from ._dependencies import need
from ._values import iso_date
from .errors import ArgumentTypeError, DateError, GazetError, GazetteerError, OptionError
from .gazetteer import Gazetteer
from .matcher import Matcher, RefDate
from .places import default_places

try:
    from spacy.language import Language
    from spacy.pipeline import Pipe
    from spacy.scorer import Scorer, get_ner_prf
    from spacy.tokens import Doc, Span
    from spacy.training import Example
    from spacy.util import ensure_path, filter_spans
except ImportError:
    need("spacy", "spacy", "gazet.spacy")  # MissingDependencyError naming the extra
    raise

__all__ = ["GazetComponent", "make_gazet"]

#: The Doc extension the component reads each document's reference date from.
REF_DATE = "ref_date"
#: The Span extension that carries a DATE mention's TIMEX3 value (None for entities).
TIMEX = "timex"
#: The Span extension that carries a DATE mention's TIMEX3 type (None for entities).
TIMEX_TYPE = "timex_type"

CASES = ("insensitive", "smart", "sensitive")
ALIGNMENTS = ("expand", "contract", "strict")
# The file the compiled matcher is saved to inside the component's to_disk directory.
MATCHER_FILE = "matcher.gazet"

if not Doc.has_extension(REF_DATE):
    Doc.set_extension(REF_DATE, default=None)
if not Span.has_extension(TIMEX):
    Span.set_extension(TIMEX, default=None)
if not Span.has_extension(TIMEX_TYPE):
    Span.set_extension(TIMEX_TYPE, default=None)

# spaCy's type for a component's error handler (Pipe.set_error_handler).
ErrorHandler = Callable[[str, Pipe, list[Doc], Exception], Any]


@Language.factory(
    "gazet",
    default_config={
        "gazetteer": None,
        "name_column": "name",
        "default_places": True,
        "case": "smart",
        "dates": True,
        "people": True,
        "discover": True,
        "context": True,
        "spans_key": None,
        "overwrite_ents": False,
        "labels": {},
        "alignment_mode": "expand",
        "ref_date": None,
        "threads": None,
    },
    assigns=[
        "doc.ents",
        "token.ent_type",
        "token.ent_iob",
        "token.ent_kb_id",
        "span._.timex",
        "span._.timex_type",
    ],
)
def make_gazet(
    nlp: Language,
    name: str,
    gazetteer: str | list[str] | None,
    name_column: str,
    default_places: bool,
    case: str,
    dates: bool,
    people: bool,
    discover: bool,
    context: bool,
    spans_key: str | None,
    overwrite_ents: bool,
    labels: dict[str, str],
    alignment_mode: str,
    ref_date: str | None,
    threads: int | None,
) -> GazetComponent:
    """The factory spaCy calls for ``nlp.add_pipe("gazet", config={...})``; the keys are
    those of :class:`GazetComponent`."""
    return GazetComponent(
        nlp,
        name,
        gazetteer=gazetteer,
        name_column=name_column,
        default_places=default_places,
        case=case,
        dates=dates,
        people=people,
        discover=discover,
        context=context,
        spans_key=spans_key,
        overwrite_ents=overwrite_ents,
        labels=labels,
        alignment_mode=alignment_mode,
        ref_date=ref_date,
        threads=threads,
    )


class GazetComponent(Pipe):
    """Sets gazet's matches on each Doc: as ``doc.ents`` (`spans_key` None) or as the span
    group ``doc.spans[spans_key]``. Each span's ``label_`` is gazet's label (renamed
    through `labels`, e.g. ``{"PLACE": "GPE"}``), ``kb_id_`` and ``id_`` its entity id
    ("" for dates and unlisted people), ``span._.timex`` a DATE's TIMEX3 value and
    ``span._.timex_type`` its TIMEX3 type (DATE, TIME, DURATION or SET).

    `gazetteer`: a .csv (columns label, entity_id and `name_column`) or .jsonl (spaCy
    EntityRuler patterns) file, or a list of them; None: none. `default_places` adds the
    built-in places and demonyms after them (as the command line does). `case`, `dates`,
    `people`, `discover`, `context`: as in :class:`gazet.Matcher`. Dates resolve against
    ``doc._.ref_date`` when set, else `ref_date`.

    `overwrite_ents` (as in spaCy's EntityRuler): where a match overlaps an entity already
    on the Doc, keep the existing one (False) or replace it (True); other existing
    entities stay. `alignment_mode`: how a match that starts or ends inside a token
    becomes a span (``Doc.char_span``): "expand" to the whole tokens, "contract" to the
    tokens inside it, "strict" to drop it.

    Option values are checked when the component is made; the gazetteer files are read
    and compiled once, on the first document (or :meth:`initialize`), so that a pipeline
    loaded from disk uses the matcher it saved and needs no gazetteer file.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "gazet",
        *,
        gazetteer: str | Sequence[str] | None = None,
        name_column: str = "name",
        default_places: bool = True,
        case: str = "smart",
        dates: bool = True,
        people: bool = True,
        discover: bool = True,
        context: bool = True,
        spans_key: str | None = None,
        overwrite_ents: bool = False,
        labels: dict[str, str] | None = None,
        alignment_mode: str = "expand",
        ref_date: str | None = None,
        threads: int | None = None,
    ) -> None:
        where = f"spaCy component {name!r}"
        self.name = name
        self.files = _files(gazetteer, where)
        self.name_column = name_column
        self.default_places = bool(default_places)
        self.options: dict[str, Any] = {
            "case": _choice(case, CASES, f"{where}: case"),
            "dates": bool(dates),
            "people": bool(people),
            "discover": bool(discover),
            "context": bool(context),
        }
        if spans_key is not None and (not isinstance(spans_key, str) or not spans_key):
            raise OptionError(f"{where}: spans_key must be a non-empty str or None")
        self.spans_key = spans_key
        self.overwrite_ents = bool(overwrite_ents)
        self.label_map = _labels(labels or {}, where)
        self.alignment_mode = _choice(alignment_mode, ALIGNMENTS, f"{where}: alignment_mode")
        iso_date(ref_date, where, "ref_date")  # DateError now rather than on every doc
        self.ref_date = ref_date
        if threads is not None and (isinstance(threads, bool) or not isinstance(threads, int)):
            raise ArgumentTypeError(f"{where}: threads must be an int or None")
        if threads is not None and threads < 1:
            raise OptionError(f"{where}: threads must be at least 1, not {threads}")
        self.threads = threads
        self._matcher: Matcher | None = None
        self.scorer: Callable[..., dict[str, Any]] = self._score

    @property
    def matcher(self) -> Matcher:
        """The compiled matcher: built from the gazetteer files on first use, or the one
        :meth:`from_disk` loaded."""
        if self._matcher is None:
            self._matcher = Matcher(self._gazetteer(), **self.options)
        return self._matcher

    def _gazetteer(self) -> Gazetteer:
        gz = Gazetteer()
        for file in self.files:
            if not os.path.isfile(file):
                raise GazetteerError(
                    f"spaCy component {self.name!r}: gazetteer file {file!r} not found "
                    f"(working directory {os.getcwd()!r})"
                )
            if file.lower().endswith(".jsonl"):
                gz = gz + Gazetteer.from_jsonl(file)
            else:
                gz = gz + Gazetteer.from_csv(file, name_column=self.name_column)
        return gz + default_places() if self.default_places else gz

    @property
    def labels(self) -> tuple[str, ...]:
        """The labels this component can set (after renaming), once the matcher is built;
        () before (spaCy asks for them while loading, before the saved matcher is read)."""
        if self._matcher is None:
            return ()
        found = {e.label for e in self._matcher.gazetteer}
        if self._matcher.dates:
            found.add("DATE")
        if self._matcher.discover:
            found.add("PERSON")
        return tuple(sorted({self.label_map.get(label, label) for label in found}))

    def initialize(
        self, get_examples: Callable[[], Iterable[Example]], *, nlp: Language | None = None
    ) -> None:
        """Build the matcher now (``nlp.initialize()``): gazetteer errors surface here, and
        forked ``nlp.pipe(n_process=...)`` workers share one build."""
        self.matcher  # noqa: B018 - built for its side effect

    def __call__(self, doc: Doc) -> Doc:
        self._annotate(doc, self.matcher.find(doc.text, ref_date=self._ref_date(doc)))
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 1000) -> Iterator[Doc]:
        """The documents in batches of `batch_size` through ``Matcher.find_many`` (in
        parallel, without the GIL). A batch that fails is matched again one document at
        a time, so that spaCy's error handler (``nlp.set_error_handler``) is given the
        failing document only."""
        if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
            raise OptionError(
                f"batch_size must be a whole number of at least 1, not {batch_size!r}"
            )
        error_handler: ErrorHandler = self.get_error_handler()
        matcher = self.matcher
        stream = iter(stream)
        while docs := list(itertools.islice(stream, batch_size)):
            try:
                refs = [self._ref_date(doc) for doc in docs]
                found = matcher.find_many(
                    [doc.text for doc in docs],
                    ref_dates=refs if any(r is not None for r in refs) else None,
                    threads=self.threads,
                )
            except GazetError:
                for doc in docs:
                    try:
                        yield self(doc)
                    except Exception as e:
                        error_handler(self.name, self, [doc], e)
                continue
            for doc, matches in zip(docs, found, strict=True):
                try:
                    self._annotate(doc, matches)
                except Exception as e:
                    error_handler(self.name, self, [doc], e)
                    continue
                yield doc

    def _ref_date(self, doc: Doc) -> RefDate:
        value = doc._.get(REF_DATE)
        if value is None:
            return self.ref_date
        try:
            return iso_date(value, what=f"doc._.{REF_DATE}")
        except (DateError, ArgumentTypeError) as e:
            start = " ".join(doc.text[:40].split())
            raise type(e)(
                f"spaCy component {self.name!r}, the document starting {start!r}: {e}"
            ) from None

    def _annotate(self, doc: Doc, matches: Iterable[Any]) -> None:
        spans = []
        for m in matches:
            span = doc.char_span(
                m.start,
                m.end,
                label=self.label_map.get(m.label, m.label),
                kb_id=m.entity_id or "",
                span_id=m.entity_id or "",
                alignment_mode=self.alignment_mode,
            )
            if span is None:  # "strict", or "contract" inside one token
                continue
            if m.value is not None:
                span._.set(TIMEX, m.value)
            if m.timex_type is not None:
                span._.set(TIMEX_TYPE, m.timex_type)
            spans.append(span)
        if self.spans_key is not None:
            doc.spans[self.spans_key] = spans
            return
        # Two matches inside one token expand to the same token: keep the longer.
        spans = filter_spans(spans)
        existing = list(doc.ents)
        if self.overwrite_ents:
            taken = {i for s in spans for i in range(s.start, s.end)}
            existing = [e for e in existing if not taken.intersection(range(e.start, e.end))]
        else:
            taken = {i for e in existing for i in range(e.start, e.end)}
            spans = [s for s in spans if not taken.intersection(range(s.start, s.end))]
        doc.ents = existing + spans

    def _score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        """``nlp.evaluate``: spaCy's entity scores, or its span scores for a span group."""
        if self.spans_key is None:
            return get_ner_prf(examples)
        key = self.spans_key
        return Scorer.score_spans(
            examples,
            f"spans_{key}",
            getter=lambda doc, attr: doc.spans.get(key, []),
            has_annotation=lambda doc: key in doc.spans,
        )

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the compiled matcher (``nlp.to_disk`` calls this): the saved pipeline
        loads without the gazetteer files or a rebuild."""
        folder: Path = ensure_path(path)
        folder.mkdir(parents=True, exist_ok=True)
        self.matcher.save(folder / MATCHER_FILE)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> GazetComponent:
        """Load the matcher :meth:`to_disk` saved (its options are the saved ones)."""
        self._matcher = Matcher.load(ensure_path(path) / MATCHER_FILE)
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """The saved matcher file's bytes (``nlp.to_bytes``)."""
        with tempfile.TemporaryDirectory() as folder:
            saved = Path(folder) / MATCHER_FILE
            self.matcher.save(saved)
            return saved.read_bytes()

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> GazetComponent:
        # Through a file rather than pickle: Matcher.load checks the container and
        # runs no code from the data.
        with tempfile.TemporaryDirectory() as folder:
            saved = Path(folder) / MATCHER_FILE
            saved.write_bytes(data)
            self._matcher = Matcher.load(saved)
        return self


def _files(gazetteer: Any, where: str) -> list[str]:
    """The gazetteer option as a list of .csv/.jsonl paths (str, as the config keeps)."""
    if gazetteer is None:
        return []
    files = [gazetteer] if isinstance(gazetteer, str) else gazetteer
    if not isinstance(files, list | tuple) or not all(isinstance(f, str) for f in files):
        raise ArgumentTypeError(
            f"{where}: gazetteer must be a path as a str, a list of them, or None "
            f"(spaCy writes the config to a text file), got {type(gazetteer).__name__}"
        )
    for f in files:
        if not f.lower().endswith((".csv", ".jsonl")):
            raise OptionError(
                f"{where}: gazetteer {f!r} must be a .csv (label,entity_id,name) or a "
                ".jsonl (EntityRuler patterns) file"
            )
    return list(files)


def _choice(value: Any, allowed: tuple[str, ...], where: str) -> str:
    if value not in allowed:
        raise OptionError(f"{where} must be one of {', '.join(map(repr, allowed))}, not {value!r}")
    return cast(str, value)


def _labels(labels: Any, where: str) -> dict[str, str]:
    if not isinstance(labels, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and v for k, v in labels.items()
    ):
        raise OptionError(f"{where}: labels must map gazet labels to non-empty spaCy labels")
    return dict(labels)
