"""The spaCy component "gazet" (gazet/spacy.py): registration through the entry point,
what it sets on a Doc, batches, serialization and bad configuration."""

import importlib.metadata
import subprocess
import sys
import textwrap

import pytest

import gazet

spacy = pytest.importorskip("spacy")

from spacy.tokens import Span  # noqa: E402 - after the skip
from spacy.training import Example  # noqa: E402
from spacy.util import ignore_error  # noqa: E402

from gazet.spacy import GazetComponent  # noqa: E402

GAZETTEER = """\
label,entity_id,name
PERSON,person:khawaja_asif,Khawaja Asif
PERSON,person:zabihullah_mujahid,Zabihullah Mujahid
ORG,org:ttp,Tehrik-i-Taliban Pakistan
PLACE,place:testville,Testville
"""

TEXT = (
    "ISTANBUL: Pakistan's Defence Minister Khawaja Asif met Zabihullah Mujahid in "
    "Testville on Thursday; Asif said the Tehrik-i-Taliban Pakistan must stop."
)


@pytest.fixture(scope="module")
def gazetteer_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("gazet") / "people.csv"
    path.write_text(GAZETTEER, encoding="utf-8")
    return str(path)


@pytest.fixture(scope="module")
def nlp(gazetteer_file):
    nlp = spacy.blank("en")
    nlp.add_pipe("gazet", config={"gazetteer": gazetteer_file})
    return nlp


def _ents(doc):
    return [(e.text, e.label_, e.kb_id_, e._.timex) for e in doc.ents]


def _spans(spans):
    return [(s.start_char, s.end_char, s.label_, s.kb_id_, s._.timex) for s in spans]


def _doc(nlp, text, ref_date=None):
    """`text` through the pipeline with doc._.ref_date set before the component runs."""
    doc = nlp.make_doc(text)
    doc._.ref_date = ref_date
    return nlp(doc)


def test_the_factory_is_found_through_the_entry_point_alone():
    # A fresh interpreter that never imports gazet.spacy: spaCy must find the factory in
    # gazet's installed metadata (pyproject: [project.entry-points.spacy_factories]).
    points = importlib.metadata.entry_points(group="spacy_factories", name="gazet")
    assert [p.value for p in points] == ["gazet.spacy:make_gazet"]
    code = textwrap.dedent(
        """
        import sys
        import gazet, spacy
        assert "gazet.spacy" not in sys.modules
        nlp = spacy.blank("en")
        nlp.add_pipe("gazet", config={"dates": False})
        print([(e.text, e.label_, e.kb_id_) for e in nlp("Talks in Istanbul.").ents])
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[('Istanbul', 'PLACE', 'geonames:745044')]"


def test_without_spacy_the_module_names_the_extra():
    code = "import sys; sys.modules['spacy'] = None; import gazet.spacy"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert "gazet.errors.MissingDependencyError: gazet.spacy needs spacy" in done.stderr
    assert "pip install 'gazet[spacy]'" in done.stderr


def test_ents_carry_labels_entity_ids_and_date_values(nlp, gazetteer_file):
    doc = _doc(nlp, TEXT, ref_date="2025-11-07")
    assert _ents(doc) == [
        ("ISTANBUL", "PLACE", "geonames:745044", None),
        ("Pakistan", "PLACE", "geonames:1168579", None),
        ("Khawaja Asif", "PERSON", "person:khawaja_asif", None),
        ("Zabihullah Mujahid", "PERSON", "person:zabihullah_mujahid", None),
        ("Testville", "PLACE", "place:testville", None),
        ("Thursday", "DATE", "", "2025-11-06"),
        ("Asif", "PERSON", "person:khawaja_asif", None),
        ("Tehrik-i-Taliban Pakistan", "ORG", "org:ttp", None),
    ]
    assert [e.id_ for e in doc.ents][:3] == [
        "geonames:745044",
        "geonames:1168579",
        "person:khawaja_asif",
    ]
    # The same spans as the matcher the component stands for.
    m = gazet.Matcher(gazet.Gazetteer.from_csv(gazetteer_file) + gazet.places() + gazet.demonyms())
    expected = [
        (x.start, x.end, x.label, x.entity_id or "", x.value)
        for x in m.find(TEXT, ref_date="2025-11-07")
    ]
    assert _spans(doc.ents) == expected
    assert set(nlp.get_pipe("gazet").labels) >= {"PLACE", "PERSON", "ORG", "DATE", "DEMONYM"}


def test_reference_dates_come_from_the_doc_then_the_config(gazetteer_file):
    nlp = spacy.blank("en")
    nlp.add_pipe("gazet", config={"ref_date": "2025-11-07"})
    text = "They meet on Thursday."
    assert _ents(_doc(nlp, text)) == [("Thursday", "DATE", "", "2025-11-06")]
    assert _ents(_doc(nlp, text, "2025-11-14")) == [("Thursday", "DATE", "", "2025-11-13")]
    bare = spacy.blank("en")
    bare.add_pipe("gazet")
    assert _ents(bare(text)) == [("Thursday", "DATE", "", None)]  # nothing to resolve against


def test_a_span_group_instead_of_ents(gazetteer_file):
    nlp = spacy.blank("en")
    nlp.add_pipe("gazet", config={"gazetteer": gazetteer_file, "spans_key": "gazet"})
    doc = nlp.make_doc(TEXT)
    doc.ents = [Span(doc, 0, 1, label="ORG")]
    doc._.ref_date = "2025-11-07"
    doc = nlp(doc)
    assert _ents(doc) == [("ISTANBUL", "ORG", "", None)]  # left alone
    group = doc.spans["gazet"]
    assert len(group) == 8
    assert (group[0].text, group[0].label_, group[0].kb_id_) == (
        "ISTANBUL",
        "PLACE",
        "geonames:745044",
    )
    assert [(s.text, s._.timex) for s in group if s.label_ == "DATE"] == [
        ("Thursday", "2025-11-06")
    ]


def test_timex_types_on_spans():
    nlp = spacy.blank("en")
    nlp.add_pipe("gazet", config={"ref_date": "2025-11-06", "discover": False})
    doc = nlp(
        "Fighting went on for two weeks. Talks are held every Friday; the next round will open on Tuesday night."
    )
    assert [(e.text, e._.timex, e._.timex_type) for e in doc.ents] == [
        ("two weeks", "P2W", "DURATION"),
        ("every Friday", "XXXX-WXX-5", "SET"),
        ("Tuesday night", "2025-11-11TNI", "TIME"),
    ]


@pytest.mark.parametrize("overwrite", [False, True])
def test_existing_entities_kept_or_overwritten(overwrite):
    nlp = spacy.blank("en")
    nlp.add_pipe("gazet", config={"dates": False, "overwrite_ents": overwrite})
    doc = nlp.make_doc("Kabul talks went on in Istanbul with Qatar as host.")
    # "Kabul talks" (tokens 0-1) overlaps the match Kabul; "host" overlaps nothing.
    doc.ents = [Span(doc, 0, 2, label="EVENT"), Span(doc, 9, 10, label="ROLE")]
    doc = nlp(doc)
    kept = [("Kabul talks", "EVENT", "", None)]
    replaced = [("Kabul", "PLACE", "geonames:1138958", None)]
    rest = [
        ("Istanbul", "PLACE", "geonames:745044", None),
        ("Qatar", "PLACE", "geonames:289688", None),
        ("host", "ROLE", "", None),
    ]
    assert _ents(doc) == (replaced if overwrite else kept) + rest


def test_labels_can_be_renamed_to_spacy_s():
    nlp = spacy.blank("en")
    gz = nlp.add_pipe("gazet", config={"labels": {"PLACE": "GPE", "DEMONYM": "NORP"}})
    doc = _doc(nlp, "Afghan officials left Kabul on Monday.", "2025-11-06")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Afghan", "NORP"),
        ("Kabul", "GPE"),
        ("Monday", "DATE"),
    ]
    assert "GPE" in gz.labels and "PLACE" not in gz.labels


def _corpus():
    places = ["Kabul", "Istanbul", "Zürich", "Doha", "Testville", "Lahore", "Đà Lạt"]
    days = ["on Monday", "last week", "on 5 March", "yesterday", ""]
    texts = []
    for i in range(250):
        p, q = places[i % 7], places[(i * 3 + 1) % 7]
        texts.append(
            f"{i}: Khawaja Asif flew from {p} to {q} {days[i % 5]}; Asif met Afghan envoys."
        )
    texts[17] = ""
    texts[40] = "🙂" * 3 + " 𝒳 Kabul, " * 2
    return texts


def test_pipe_in_batches_equals_one_doc_at_a_time(nlp):
    texts = _corpus()
    refs = [None if i % 4 == 0 else f"2025-11-{1 + i % 28:02d}" for i in range(len(texts))]

    def docs():
        for text, ref in zip(texts, refs, strict=True):
            doc = nlp.make_doc(text)
            doc._.ref_date = ref
            yield doc

    batched = [_spans(d.ents) for d in nlp.pipe(docs(), batch_size=16)]
    single = [_spans(_doc(nlp, t, r).ents) for t, r in zip(texts, refs, strict=True)]
    assert batched == single
    assert sum(map(len, batched)) > 1000
    assert any(s[4] is not None for doc in batched for s in doc)  # resolved dates among them


def test_one_bad_document_goes_to_spacy_s_error_handler(nlp):
    texts = _corpus()[:30]

    def docs(bad):
        for i, text in enumerate(texts):
            doc = nlp.make_doc(text)
            doc._.ref_date = "2025-02-30" if i == bad else "2025-11-06"
            yield doc

    message = r"'gazet', the document starting '12: Khawaja.*invalid doc._.ref_date '2025-02-30'"
    with pytest.raises(gazet.DateError, match=message):
        list(nlp.pipe(docs(bad=12), batch_size=8))
    nlp.set_error_handler(ignore_error)
    try:
        got = [d.text for d in nlp.pipe(docs(bad=12), batch_size=8)]
    finally:
        nlp.set_error_handler(spacy.util.raise_error)
    assert got == texts[:12] + texts[13:]


def test_offsets_in_non_ascii_and_astral_text():
    nlp = spacy.blank("en")
    nlp.add_pipe("gazet")
    text = "🙂 Zürich, 𝒳 Đà Lạt and İstanbul; 𝔘 Kabul — Pakistan’s envoy."
    doc = nlp(text)
    m = gazet.Matcher()
    expected = [(x.start, x.end, x.label, x.entity_id or "", x.value) for x in m.find(text)]
    assert _spans(doc.ents) == expected
    assert [e.text for e in doc.ents] == ["Zürich", "Đà Lạt", "İstanbul", "Kabul", "Pakistan"]
    assert all(text[e.start_char : e.end_char] == e.text for e in doc.ents)


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        # One token holds both names: it becomes one span, the first match's.
        ("expand", [("www.Kabul-Islamabad.com", "PLACE", "geonames:1138958", None)]),
        ("contract", []),
        ("strict", []),
    ],
)
def test_matches_inside_a_token(mode, expected):
    nlp = spacy.blank("en")
    nlp.add_pipe("gazet", config={"dates": False, "alignment_mode": mode})
    doc = nlp("See www.Kabul-Islamabad.com and Doha.")
    assert [t.text for t in doc][1] == "www.Kabul-Islamabad.com"  # spaCy keeps URLs whole
    assert _ents(doc) == [*expected, ("Doha", "PLACE", "geonames:290030", None)]


def test_saved_pipeline_loads_without_its_gazetteer_file(tmp_path):
    source = tmp_path / "people.csv"
    source.write_text(GAZETTEER, encoding="utf-8")
    nlp = spacy.blank("en")
    config = {"gazetteer": str(source), "spans_key": "found", "labels": {"PLACE": "GPE"}}
    nlp.add_pipe("gazet", config=config)

    def found(nlp):
        doc = _doc(nlp, TEXT, "2025-11-07")
        return _spans(doc.spans["found"])

    before = found(nlp)
    assert (38, 50, "PERSON", "person:khawaja_asif", None) in before
    assert ("GPE", "place:testville") in [(s[2], s[3]) for s in before]
    nlp.to_disk(tmp_path / "pipeline")
    source.unlink()  # the saved matcher must be used, not the file rebuilt
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == ["gazet"]
    assert found(loaded) == before
    # nlp.to_bytes and from_bytes carry the matcher as well.
    other = spacy.blank("en")
    other.add_pipe("gazet", config={"spans_key": "found", "labels": {"PLACE": "GPE"}})
    other.from_bytes(nlp.to_bytes())
    assert found(other) == before


def test_evaluate_scores_the_entities(nlp):
    text = "Khawaja Asif arrived in Kabul."
    gold = Example.from_dict(
        nlp.make_doc(text), {"entities": [(0, 12, "PERSON"), (24, 29, "PLACE")]}
    )
    assert nlp.evaluate([gold])["ents_f"] == 1.0
    wrong = Example.from_dict(nlp.make_doc(text), {"entities": [(24, 29, "ORG")]})
    assert nlp.evaluate([wrong])["ents_f"] == 0.0


@pytest.mark.parametrize(
    ("config", "error", "message"),
    [
        ({"case": "upper"}, gazet.OptionError, "case must be one of 'insensitive', 'smart'"),
        ({"alignment_mode": "fuzzy"}, gazet.OptionError, "alignment_mode must be one of"),
        ({"gazetteer": "people.txt"}, gazet.OptionError, "must be a .csv"),
        ({"spans_key": ""}, gazet.OptionError, "spans_key must be a non-empty str"),
        ({"labels": {"PLACE": ""}}, gazet.OptionError, "labels must map"),
        ({"ref_date": "2025-02-30"}, gazet.DateError, "invalid ref_date '2025-02-30'"),
        ({"threads": 0}, gazet.OptionError, "threads must be at least 1"),
    ],
)
def test_bad_option_values_raise_gazet_errors_at_add_pipe(config, error, message):
    nlp = spacy.blank("en")
    with pytest.raises(error, match=message) as caught:
        nlp.add_pipe("gazet", config=config)
    assert "spaCy component 'gazet'" in str(caught.value)
    assert nlp.pipe_names == []


def test_a_missing_gazetteer_file_raises_when_the_matcher_is_built(tmp_path):
    missing = str(tmp_path / "nowhere.csv")
    nlp = spacy.blank("en")
    nlp.add_pipe("gazet", config={"gazetteer": missing})
    with pytest.raises(gazet.GazetteerError, match=r"gazetteer file .*nowhere\.csv' not found"):
        nlp.initialize()
    with pytest.raises(gazet.GazetteerError, match=r"nowhere\.csv' not found"):
        nlp("Kabul")
    bad = tmp_path / "bad.csv"
    bad.write_text("label,entity_id\nPLACE,x\n", encoding="utf-8")
    nlp = spacy.blank("en")
    nlp.add_pipe("gazet", config={"gazetteer": str(bad)})
    with pytest.raises(gazet.GazetteerError, match="missing column"):
        list(nlp.pipe(["Kabul"]))


def test_pipe_rejects_a_batch_size_below_one(nlp):
    with pytest.raises(gazet.OptionError, match="batch_size"):
        list(nlp.get_pipe("gazet").pipe([nlp.make_doc("Kabul")], batch_size=0))


def test_the_matcher_is_built_once(gazetteer_file, monkeypatch):
    built = []
    real = gazet.spacy.Matcher

    def counting(*args, **kwargs):
        built.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(gazet.spacy, "Matcher", counting)
    nlp = spacy.blank("en")
    component = nlp.add_pipe("gazet", config={"gazetteer": gazetteer_file})
    assert isinstance(component, GazetComponent) and built == []  # not at add_pipe
    nlp("Kabul")
    list(nlp.pipe(["Kabul", "Doha"] * 10, batch_size=3))
    assert built == [1]
