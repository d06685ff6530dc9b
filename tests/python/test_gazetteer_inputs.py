"""Gazetteer input mistakes that used to pass silently now raise or warn, naming the file
and line or the row; the built-in entities cannot be changed in place."""

import copy
import csv
import json
import pickle
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import gazet

HEADER = "label,entity_id,name\n"


def write(tmp_path, text, name="g.csv", encoding="utf-8"):
    p = tmp_path / name
    p.write_text(text, encoding=encoding, newline="")
    return p


def frame(**extra):
    return pd.DataFrame(
        {
            "label": ["PLACE", "PLACE"],
            "entity_id": ["qa", "om"],
            "name": ["Doha", "Muscat"],
            **extra,
        },
        index=["a", "b"],
    )


# --- CSV: quotes -----------------------------------------------------------------------


def test_csv_unterminated_quote_in_a_name_names_the_line_it_opened(tmp_path):
    p = write(
        tmp_path, HEADER + 'PLACE,pk,Islamabad\nPLACE,qa,"Doha\nPLACE,om,Muscat\nPLACE,tr,Ankara\n'
    )
    with pytest.raises(
        gazet.GazetteerError, match=r"g\.csv, line 3: a quote opened on this line is never closed"
    ):
        gazet.Gazetteer.from_csv(p)


def test_csv_unterminated_quote_in_an_attribute_names_the_line(tmp_path):
    # Today the later rows disappear into the "role" of the first person.
    p = write(
        tmp_path,
        "label,entity_id,name,role\n"
        'PERSON,asif,Khawaja Asif,"Defence Minister\n'
        "PERSON,muttaqi,Amir Khan Muttaqi,Foreign Minister\n"
        "PERSON,fidan,Hakan Fidan,Foreign Minister\n",
    )
    with pytest.raises(
        gazet.GazetteerError, match=r"g\.csv, line 2: a quote opened on this line is never closed"
    ):
        gazet.Gazetteer.from_csv(p)


def test_csv_unterminated_quote_on_the_last_line_without_a_newline(tmp_path):
    p = write(tmp_path, HEADER + 'PLACE,pk,Islamabad\nPLACE,qa,"Doha')
    with pytest.raises(
        gazet.GazetteerError, match=r"line 3: a quote opened on this line is never closed"
    ):
        gazet.Gazetteer.from_csv(p)


def test_csv_unterminated_quote_after_a_multi_line_value_names_its_own_line(tmp_path):
    p = write(
        tmp_path,
        "label,entity_id,name,note,source\n"
        'PERSON,munir,Asim Munir,"Field Marshal,\nArmy chief","Dawn\n'
        "PERSON,fidan,Hakan Fidan,Foreign Minister,Anadolu\n",
    )
    with pytest.raises(
        gazet.GazetteerError, match=r"line 3: a quote opened on this line is never closed"
    ):
        gazet.Gazetteer.from_csv(p)


def test_csv_unterminated_quote_in_a_long_file_names_the_line(tmp_path):
    # Past csv's field size limit (128 KiB unless something in the process raised it,
    # as the command line does for its corpus), the reader stops at the limit instead.
    rows = "".join(f"PLACE,town{i},Town Number {i}\n" for i in range(8000))
    p = write(tmp_path, HEADER + 'PLACE,qa,"Doha\n' + rows)
    with pytest.raises(
        gazet.GazetteerError,
        match=r"line 2: (a quote opened on this line is never closed|.*field limit.*closing quote)",
    ):
        gazet.Gazetteer.from_csv(p)


def test_csv_name_with_a_line_break_is_rejected_naming_the_lines(tmp_path):
    # A stray quote closed two lines later: the rows in between became one name.
    p = write(tmp_path, HEADER + 'PLACE,qa,"Doha\nPLACE,om,Muscat"\nPLACE,tr,Ankara\n')
    with pytest.raises(
        gazet.GazetteerError,
        match=r"g\.csv, line 2: name .*Doha.* has a line break .*lines 2-3.*closing quote",
    ):
        gazet.Gazetteer.from_csv(p)
    p = write(tmp_path, HEADER + 'PLACE,"qa\n",Doha\n')
    with pytest.raises(gazet.GazetteerError, match=r"line 2: entity_id .* has a line break"):
        gazet.Gazetteer.from_csv(p)


def test_csv_quote_swallowing_a_field_separator_names_the_row_start(tmp_path):
    p = write(tmp_path, HEADER + 'PLACE,"qa,Doha\nPLACE,om",Muscat,extra\nPLACE,tr,Ankara\n')
    with pytest.raises(gazet.GazetteerError, match=r"line 2: expected 3 fields .*lines 2-3"):
        gazet.Gazetteer.from_csv(p)


def test_csv_header_with_an_open_quote(tmp_path):
    p = write(tmp_path, 'label,entity_id,"name\nPLACE,qa,Doha\n')
    with pytest.raises(
        gazet.GazetteerError, match=r"line 1: a quote opened on this line is never closed"
    ):
        gazet.Gazetteer.from_csv(p)


def test_csv_multi_line_attributes_and_closed_quotes_still_read(tmp_path):
    p = write(
        tmp_path,
        "label,entity_id,name,note\n"
        'PERSON,munir,Asim Munir,"Field Marshal,\nArmy chief"\n'
        'PLACE,ny,"The ""Big"" Apple",\n'
        'PLACE,qa,"Doha","Qatar\'s capital"',  # no final newline, the last field quoted
    )
    gz = gazet.Gazetteer.from_csv(p)
    assert gz["munir"].attributes == {"note": "Field Marshal,\nArmy chief"}
    assert gz["ny"].names == ('The "Big" Apple',)
    assert gz["qa"].attributes == {"note": "Qatar's capital"}
    for tail in ("PLACE,om,Muscat,", 'PLACE,om,Muscat,""', "PLACE,om,Muscat,\r\n\r\n"):
        p = write(tmp_path, "label,entity_id,name,note\r\n" + tail)
        assert gazet.Gazetteer.from_csv(p)["om"].names == ("Muscat",)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.text("ab ,\"'x", min_size=1, max_size=6).filter(lambda s: s.strip()),
            st.text('ab ,"\n\r', max_size=6),
        ),
        min_size=1,
        max_size=5,
    ),
    st.booleans(),
)
def test_csv_written_by_the_csv_module_reads_back(rows, final_newline):
    # Quoted fields, doubled quotes and multi-line attributes anywhere, the last row
    # with or without its line end: never taken for an unclosed quote.
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "g.csv"
        with p.open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(["label", "entity_id", "name", "note"])
            for i, (name, note) in enumerate(rows):
                w.writerow(["PLACE", f"e{i}", name, note])
        if not final_newline:
            p.write_bytes(p.read_bytes().removesuffix(b"\r\n"))
        gz = gazet.Gazetteer.from_csv(p)
    for i, (name, note) in enumerate(rows):
        assert gz[f"e{i}"].names == (name,)
        assert gz[f"e{i}"].attributes == ({"note": note} if note else {})


# --- CSV: header ---------------------------------------------------------------------


def test_csv_byte_order_mark_is_skipped(tmp_path):
    p = write(tmp_path, HEADER + "PLACE,qa,Doha\n", encoding="utf-8-sig")
    assert p.read_bytes().startswith(b"\xef\xbb\xbf")
    gz = gazet.Gazetteer.from_csv(p)
    assert gz["qa"].names == ("Doha",) and gz["qa"].label == "PLACE"
    assert gazet.Gazetteer.from_csv(p, encoding="utf-8-sig") == gz
    # a quoted first column, and a BOM before an attribute-only change: no "\ufefflabel"
    p = write(
        tmp_path,
        '"label",entity_id,name,role\nPERSON,asif,Khawaja Asif,Minister\n',
        encoding="utf-8-sig",
    )
    assert gazet.Gazetteer.from_csv(p)["asif"].attributes == {"role": "Minister"}


def test_csv_duplicate_column_names_file_and_column(tmp_path):
    p = write(tmp_path, "label,entity_id,name,role,role\nPERSON,asif,Khawaja Asif,Minister,MNA\n")
    with pytest.raises(gazet.GazetteerError, match=r"g\.csv, line 1: duplicate column\(s\) 'role'"):
        gazet.Gazetteer.from_csv(p)
    p = write(tmp_path, "label,entity_id,name,name\nPLACE,qa,Doha,Ad Dawhah\n")
    with pytest.raises(gazet.GazetteerError, match=r"line 1: duplicate column\(s\) 'name'"):
        gazet.Gazetteer.from_csv(p)
    # Spreadsheet exports end rows with empty columns: those are not duplicates.
    p = write(tmp_path, "label,entity_id,name,,\nPLACE,qa,Doha,,\n")
    assert gazet.Gazetteer.from_csv(p)["qa"].attributes == {}


# --- labels ----------------------------------------------------------------------------


@pytest.mark.parametrize("label", ["person", "Place", "demonym", "Date", "PLACE ", " PERSON"])
def test_builtin_label_in_another_case_is_rejected(label):
    canonical = label.strip().upper()
    with pytest.raises(gazet.GazetteerError, match=f"label {label!r}: write '{canonical}'"):
        gazet.Gazetteer().add(label, "x", "Xanadu")
    with pytest.raises(gazet.GazetteerError, match="write"):
        gazet.Gazetteer.from_records([(label, "x", ["Xanadu"], {})])


def test_other_labels_are_kept_as_given(tmp_path):
    gz = gazet.Gazetteer()
    gz.add("org", "ttp", "Tehreek-e-Taliban Pakistan")
    gz.add("GPE", "qa", "Qatar")
    assert [e.label for e in gz] == ["org", "GPE"]


def test_lower_case_label_in_files_and_frames_names_the_line_or_row(tmp_path):
    p = write(tmp_path, HEADER + "PLACE,qa,Doha\nperson,asif,Khawaja Asif\n")
    with pytest.raises(
        gazet.GazetteerError, match=r"g\.csv, line 3: label 'person': write 'PERSON'"
    ):
        gazet.Gazetteer.from_csv(p)
    p = write(
        tmp_path,
        '{"label": "ORG", "pattern": "NATO"}\n{"label": "place", "pattern": "Doha"}\n',
        "p.jsonl",
    )
    with pytest.raises(
        gazet.GazetteerError, match=r"p\.jsonl, line 2: label 'place': write 'PLACE'"
    ):
        gazet.Gazetteer.from_jsonl(p)
    with pytest.raises(gazet.GazetteerError, match=r"row 'b': label 'Place': write 'PLACE'"):
        gazet.Gazetteer.from_frame(frame().assign(label=["PLACE", "Place"]))


# --- country / country_code / population ------------------------------------------------


def test_add_country_instead_of_country_code_raises():
    gz = gazet.Gazetteer()
    with pytest.raises(TypeError, match=r"entity 'ankara': .*country_code.*'TR'.*not country"):
        gz.add("PLACE", "ankara", "Ankara", country="TR")
    with pytest.raises(TypeError, match="country_code"):
        gz.add("PLACE", "ankara", "Ankara", country="Türkiye", population=5_000_000)
    assert len(gz) == 0
    # Both given, or the entity already has its code: country is the user's own attribute.
    gz.add("PLACE", "ankara", "Ankara", country="Türkiye", country_code="TR")
    gz.add("PLACE", "doha", "Doha", country_code="QA")
    gz.add("PLACE", "doha", "Ad Dawhah", country="Qatar")
    assert gz["doha"].attributes == {"country_code": "QA", "country": "Qatar"}


def test_csv_and_frame_country_column_is_kept_with_one_warning(tmp_path):
    p = write(tmp_path, "label,entity_id,name,country\nPLACE,qa,Doha,QA\nPLACE,om,Muscat,OM\n")
    with pytest.warns(UserWarning, match=r"g\.csv: the column 'country' .* country_code") as record:
        gz = gazet.Gazetteer.from_csv(p)
    assert len(record) == 1
    assert gz["qa"].attributes == {"country": "QA"}
    with pytest.warns(UserWarning, match="frame: the column 'country'"):
        gazet.Gazetteer.from_frame(frame(country=["Qatar", "Oman"]))
    # With a country_code column, country is plain user data: no warning.
    p = write(tmp_path, "label,entity_id,name,country,country_code\nPLACE,qa,Doha,Qatar,qa\n")
    assert gazet.Gazetteer.from_csv(p)["qa"].attributes == {
        "country": "Qatar",
        "country_code": "QA",
    }


@pytest.mark.parametrize("code, stored", [("TR", "TR"), ("tr", "TR"), (" Tr ", "TR"), (None, None)])
def test_country_code_is_stored_upper_case(code, stored):
    gz = gazet.Gazetteer()
    gz.add("PLACE", "ankara", "Ankara", country_code=code)
    assert gz["ankara"].attributes["country_code"] == stored


@pytest.mark.parametrize("code", ["Turkey", "TUR", "T1", "", "  ", "Tü", 90, True, 1.5])
def test_bad_country_code_names_the_entity(code):
    with pytest.raises(
        gazet.GazetteerError, match=r"entity 'ankara': country_code must be two letters"
    ):
        gazet.Gazetteer().add("PLACE", "ankara", "Ankara", country_code=code)


def test_bad_country_code_in_a_file_or_frame_names_line_or_row(tmp_path):
    p = write(
        tmp_path, "label,entity_id,name,country_code\nPLACE,qa,Doha,QA\nPLACE,tr,Ankara,Turkey\n"
    )
    with pytest.raises(
        gazet.GazetteerError, match=r"g\.csv, line 3: country_code must be two letters.*'Turkey'"
    ):
        gazet.Gazetteer.from_csv(p)
    with pytest.raises(gazet.GazetteerError, match=r"row 'b': country_code must be two letters"):
        gazet.Gazetteer.from_frame(frame(country_code=["QA", "OMN"]))


@pytest.mark.parametrize(
    "value, stored",
    [(0, 0), (1_500_000, 1_500_000), (2.0, 2), ("1500", 1500), (" 1500 ", 1500), ("1500.0", 1500)],
)
def test_population_is_stored_as_a_whole_number(value, stored):
    gz = gazet.Gazetteer()
    gz.add("PLACE", "doha", "Doha", population=value)
    assert gz["doha"].attributes["population"] == stored
    assert type(gz["doha"].attributes["population"]) is int


@pytest.mark.parametrize(
    "value", [-1, 1.5, float("nan"), float("inf"), "1,500", "many", "", "-3", True, 2**64]
)
def test_bad_population_names_the_entity(value):
    with pytest.raises(
        gazet.GazetteerError, match=r"entity 'doha': population must be a whole number"
    ):
        gazet.Gazetteer().add("PLACE", "doha", "Doha", population=value)


def test_population_in_a_file_or_frame(tmp_path):
    p = write(
        tmp_path,
        "label,entity_id,name,population\nPLACE,qa,Doha,1186023\nPLACE,om,Muscat,1.4 million\n",
    )
    with pytest.raises(
        gazet.GazetteerError,
        match=r"g\.csv, line 3: population must be a whole number.*'1\.4 million'",
    ):
        gazet.Gazetteer.from_csv(p)
    p = write(
        tmp_path, "label,entity_id,name,population\nPLACE,qa,Doha,1186023\nPLACE,om,Muscat,\n"
    )
    gz = gazet.Gazetteer.from_csv(p)
    assert gz["qa"].attributes == {"population": 1186023} and gz["om"].attributes == {}
    # an integer column with a gap reads as float: whole values are kept as int
    gz = gazet.Gazetteer.from_frame(frame(population=[1186023, None]))
    assert gz["qa"].attributes == {"population": 1186023}
    assert type(gz["qa"].attributes["population"]) is int
    with pytest.raises(gazet.GazetteerError, match=r"row 'a': population must be a whole number"):
        gazet.Gazetteer.from_frame(frame(population=[-5, 10]))


# --- frames ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cell, kind",
    [
        (["Qatar"], "list"),
        ({"iso": "QA"}, "dict"),
        (pd.Timestamp("2025-10-19"), "Timestamp"),
        (1j, "complex"),
    ],
)
def test_frame_attribute_that_add_rejects_names_row_and_column(cell, kind):
    df = frame(extra=pd.Series([None, cell], index=["a", "b"], dtype=object))
    with pytest.raises(
        TypeError,
        match=rf"row 'b': column 'extra' must be str, int, float, bool or None, got {kind}",
    ):
        gazet.Gazetteer.from_frame(df)


def test_frame_datetime_column_is_rejected():
    df = frame(founded=pd.to_datetime(["1825-01-01", "1793-01-01"]))
    with pytest.raises(TypeError, match=r"row 'a': column 'founded' .* got Timestamp"):
        gazet.Gazetteer.from_frame(df)


def test_frame_numpy_values_become_python_values():
    gz = gazet.Gazetteer.from_frame(
        frame(
            population=np.array([1186023, 1421409], dtype=np.int64),
            capital=[True, True],
            area=[11.6, 3.5],
        )
    )
    attributes = gz["qa"].attributes
    assert attributes == {"population": 1186023, "capital": True, "area": 11.6}
    assert [type(v) for v in attributes.values()] == [int, bool, float]


def test_frame_integer_ids_become_str_and_other_ids_raise():
    gz = gazet.Gazetteer.from_frame(frame().assign(entity_id=[101, 102]))
    assert [e.entity_id for e in gz] == ["101", "102"]
    assert gz["101"].names == ("Doha",)
    with pytest.raises(
        TypeError, match=r"row 'a': entity_id must be str or int, got float \(a column of whole"
    ):
        gazet.Gazetteer.from_frame(frame().assign(entity_id=[101.0, 102.0]))
    with pytest.raises(TypeError, match=r"row 'a': entity_id must be str or int, got bool"):
        gazet.Gazetteer.from_frame(frame().assign(entity_id=[True, False]))


def test_frame_non_str_name_or_label_names_the_row():
    with pytest.raises(TypeError, match=r"row 'b': entity 'om': name must be str, got int"):
        gazet.Gazetteer.from_frame(
            frame().assign(name=pd.Series(["Doha", 5], index=["a", "b"], dtype=object))
        )
    with pytest.raises(TypeError, match=r"row 'a': label must be str, got int"):
        gazet.Gazetteer.from_frame(frame().assign(label=[1, 2]))


def test_frame_duplicate_columns():
    df = pd.concat([frame(), frame()[["name"]]], axis=1)
    with pytest.raises(gazet.GazetteerError, match=r"frame: duplicate column\(s\) 'name'"):
        gazet.Gazetteer.from_frame(df)


# --- add: names, surrogates --------------------------------------------------------------


@pytest.mark.parametrize(
    "names, kind", [(5, "int"), (None, "NoneType"), (b"Doha", "bytes"), (2.5, "float")]
)
def test_names_that_are_not_str_or_iterable_raise_type_error(names, kind):
    with pytest.raises(
        TypeError, match=rf"entity 'doha': names must be a str or an iterable of str, got {kind}"
    ):
        gazet.Gazetteer().add("PLACE", "doha", names)


@pytest.mark.parametrize(
    "args, what",
    [
        (
            ("PLACE", "doha", "Doha\ud800"),
            r"entity 'doha': name .* lone surrogate '\\ud800' at position 4",
        ),
        (("PLACE", "do\udc00ha", "Doha"), r"entity_id .* lone surrogate"),
        (("PL\ud800CE", "doha", "Doha"), r"label .* lone surrogate"),
    ],
)
def test_lone_surrogates_in_add(args, what):
    with pytest.raises(gazet.GazetteerError, match=what):
        gazet.Gazetteer().add(*args)


def test_lone_surrogate_in_an_attribute():
    with pytest.raises(
        gazet.GazetteerError, match=r"entity 'doha': attribute 'note' .*lone surrogate"
    ):
        gazet.Gazetteer().add("PLACE", "doha", "Doha", note="caf\udce9")


# --- JSONL ----------------------------------------------------------------------------------


def jsonl(tmp_path, *lines):
    p = tmp_path / "patterns.jsonl"
    p.write_text(
        "".join(line if isinstance(line, str) else json.dumps(line) + "\n" for line in lines),
        encoding="utf-8",
    )
    return p


def test_jsonl_null_or_absent_id_uses_the_pattern(tmp_path):
    # Today str(None) == "None" merges every such line into one entity.
    p = jsonl(
        tmp_path,
        '{"label": "ORG", "pattern": "NATO", "id": null}\n',
        '{"label": "ORG", "pattern": "Hamas", "id": null}\n',
        '{"label": "ORG", "pattern": "OPEC"}\n',
    )
    gz = gazet.Gazetteer.from_jsonl(p)
    assert [(e.entity_id, e.names) for e in gz] == [
        ("NATO", ("NATO",)),
        ("Hamas", ("Hamas",)),
        ("OPEC", ("OPEC",)),
    ]


def test_jsonl_integer_id_becomes_str(tmp_path):
    p = jsonl(
        tmp_path,
        {"label": "PLACE", "pattern": "Doha", "id": 290030},
        {"label": "PLACE", "pattern": "Ad Dawhah", "id": 290030},
    )
    gz = gazet.Gazetteer.from_jsonl(p)
    assert len(gz) == 1 and gz["290030"].names == ("Doha", "Ad Dawhah")


@pytest.mark.parametrize(
    "bad", ["NaN", "Infinity", "1.5", "1.0", "true", "false", "[]", '["qa"]', '{"iso": "QA"}']
)
def test_jsonl_bad_id_names_the_line(tmp_path, bad):
    p = jsonl(
        tmp_path,
        {"label": "PLACE", "pattern": "Muscat", "id": "om"},
        f'{{"label": "PLACE", "pattern": "Doha", "id": {bad}}}\n',
    )
    with pytest.raises(
        gazet.GazetteerError,
        match=r"patterns\.jsonl, line 2: \"id\" must be a string or an integer",
    ):
        gazet.Gazetteer.from_jsonl(p)


def test_jsonl_empty_id_names_the_line(tmp_path):
    p = jsonl(tmp_path, '{"label": "PLACE", "pattern": "Doha", "id": " "}\n')
    with pytest.raises(gazet.GazetteerError, match=r"line 1: entity_id must not be empty"):
        gazet.Gazetteer.from_jsonl(p)


def test_jsonl_invalid_utf8_names_the_line(tmp_path):
    p = tmp_path / "patterns.jsonl"
    p.write_bytes(
        b'{"label": "PLACE", "pattern": "Doha"}\n{"label": "PLACE", "pattern": "T\xfcrkiye"}\n'
    )
    with pytest.raises(gazet.GazetteerError, match=r"patterns\.jsonl, line 2: not valid UTF-8"):
        gazet.Gazetteer.from_jsonl(p)


@pytest.mark.parametrize("field", ["pattern", "label", "id"])
def test_jsonl_lone_surrogate_escape_names_the_line(tmp_path, field):
    item = {"label": "PLACE", "pattern": "Doha", "id": "qa"}
    line = json.dumps(item).replace(f'"{item[field]}"', f'"{item[field]}\\ud800"')
    p = jsonl(tmp_path, {"label": "PLACE", "pattern": "Muscat"}, line + "\n")
    with pytest.raises(gazet.GazetteerError, match=r"patterns\.jsonl, line 2: .*lone surrogate"):
        gazet.Gazetteer.from_jsonl(p)


def test_jsonl_byte_order_mark_is_skipped(tmp_path):
    p = tmp_path / "patterns.jsonl"
    p.write_text('{"label": "ORG", "pattern": "NATO"}\n', encoding="utf-8-sig")
    assert gazet.Gazetteer.from_jsonl(p)["NATO"].label == "ORG"


# --- immutable entities ------------------------------------------------------------------


def test_builtin_entities_cannot_be_changed_in_place():
    istanbul = gazet.places()["geonames:745044"]
    before = (istanbul.names, dict(istanbul.attributes))
    with pytest.raises(AttributeError):
        istanbul.names.append("Gotham")  # type: ignore[attr-defined]
    attributes = istanbul.attributes
    for change in (
        lambda: attributes.__setitem__("population", 1),
        lambda: attributes.__delitem__("kind"),
        lambda: attributes.update(kind="village"),
        lambda: attributes.pop("kind"),
        lambda: attributes.popitem(),
        lambda: attributes.setdefault("x", 1),
        attributes.clear,
    ):
        with pytest.raises(TypeError, match="read-only"):
            change()
    with pytest.raises(TypeError, match="read-only"):
        attributes |= {"kind": "village"}
    with pytest.raises(AttributeError):
        istanbul.names = ["Gotham"]  # type: ignore[misc]
    again = gazet.places()["geonames:745044"]
    assert (again.names, dict(again.attributes)) == before
    assert "Gotham" not in {x.text for x in gazet.Matcher(dates=False).find("Gotham and Istanbul")}


def test_entities_compare_pickle_copy_and_serialise_like_plain_values():
    gz = gazet.Gazetteer()
    gz.add("PLACE", "doha", ["Doha", "Ad Dawhah"], country_code="qa", population=1186023)
    e = gz["doha"]
    assert e.names == ("Doha", "Ad Dawhah") and isinstance(e.names, tuple)
    assert e.attributes == {"country_code": "QA", "population": 1186023}
    assert e.attributes == {"country_code": "QA", "population": 1186023}
    assert json.loads(json.dumps(e.attributes)) == e.attributes
    for clone in (pickle.loads(pickle.dumps(e)), copy.deepcopy(e), copy.copy(e)):
        assert clone == e and hash(clone) == hash(e)
        with pytest.raises(TypeError):
            clone.attributes["population"] = 0  # type: ignore[index]
    assert pickle.loads(pickle.dumps(gz)) == gz
    mine = dict(e.attributes)
    mine["population"] = 0
    assert e.attributes["population"] == 1186023
    assert (e.attributes | {"population": 0})["population"] == 0


def test_records_are_plain_lists_and_dicts_and_round_trip(tmp_path):
    gz = gazet.places(min_city_population=5_000_000) + gazet.demonyms()
    records = gz.to_records()
    assert records
    assert all(
        type(names) is list and type(attributes) is dict for _, _, names, attributes in records
    )
    assert gazet.Gazetteer.from_records(records) == gz
    m = gazet.Matcher(gz)
    m.save(tmp_path / "m.gazet")
    assert gazet.Matcher.load(tmp_path / "m.gazet").gazetteer == gz


def test_an_entity_made_by_hand_is_frozen_too():
    e = gazet.Entity("PLACE", "doha", ["Doha"], {"country_code": "QA"})
    assert e.names == ("Doha",) and e.attributes == {"country_code": "QA"}
    with pytest.raises(TypeError):
        e.attributes["country_code"] = "OM"  # type: ignore[index]
    assert gazet.Entity("PLACE", "doha", "Doha").names == ("Doha",)


def test_merging_keeps_the_entities_of_both_sides_intact():
    a = gazet.Gazetteer()
    a.add("PLACE", "doha", "Doha", population=1)
    b = gazet.Gazetteer()
    b.add("PLACE", "doha", "Ad Dawhah", country_code="QA")
    merged = a + b
    assert merged["doha"].names == ("Doha", "Ad Dawhah")
    assert merged["doha"].attributes == {"population": 1, "country_code": "QA"}
    assert a["doha"].names == ("Doha",) and b["doha"].attributes == {"country_code": "QA"}


def test_an_error_is_not_hidden_behind_the_country_warning(tmp_path):
    p = write(tmp_path, "label,entity_id,name,country\nPLACE,qa,Doha,QA\nPLACE,,Muscat,OM\n")
    with pytest.raises(gazet.GazetteerError, match="line 3: missing entity_id"):
        gazet.Gazetteer.from_csv(p)


@pytest.mark.parametrize(
    "record, message",
    [
        (("PLACE", "x", ["X"], 5), r"record 1: attributes must be a mapping, got int"),
        (("PLACE", "x", ["X"]), r"record 1: expected \(label, entity_id, names, attributes\)"),
        (7, r"record 1: expected \(label, entity_id, names, attributes\), got 7"),
        (("PLACE", "x", [3], {}), r"record 1: entity 'x': name must be str, got int"),
    ],
)
def test_from_records_names_the_bad_record(record, message):
    with pytest.raises(TypeError, match=message):
        gazet.Gazetteer.from_records([("PLACE", "doha", ["Doha"], {}), record])


def test_what_folding_leaves_of_a_name_is_the_cores_call():
    # str.strip() strips the separators \x1c-\x1f, the core's folding keeps them; a name
    # the core folds to nothing ("\u00a0", a lone combining mark) is empty.
    gz = gazet.Gazetteer()
    gz.add("PLACE", "a", "\x1c")
    gz.add("PLACE", "b", "\x1c\uff9e")  # a halfwidth voiced mark folds away
    assert gazet.Matcher(gz, dates=False).find("x \x1c y")[0].entity_id == "a"
    for empty in ["\u00a0", "\u0301", "\uff9e", " \t"]:
        with pytest.raises(gazet.GazetteerError, match="empty name"):
            gz.add("PLACE", "c", empty)
    frame = pd.DataFrame({"label": ["PLACE"], "entity_id": ["d"], "name": ["\x1c"]})
    assert gazet.Gazetteer.from_frame(frame)["d"].names == ("\x1c",)
