"""Gazetteer sources: add, CSV, DataFrame, spaCy EntityRuler JSONL, merging."""

import json

import pandas as pd
import pytest

import gazet


def test_add_merges_aliases_and_attributes():
    gz = gazet.Gazetteer()
    gz.add("PERSON", "asif", ["Khawaja Asif"], role="Defence Minister")
    gz.add("PERSON", "asif", "Khawaja Muhammad Asif", country_code="PK")
    e = gz["asif"]
    assert e.names == ("Khawaja Asif", "Khawaja Muhammad Asif")
    assert e.attributes == {"role": "Defence Minister", "country_code": "PK"}
    assert "asif" in gz and len(gz) == 1


def test_csv_extra_columns_are_attributes(tmp_path):
    p = tmp_path / "g.csv"
    p.write_text(
        'label,entity_id,name,role\nPERSON,asif,Khawaja Asif,"Minister, Defence"\nPERSON,asif,Khawaja Muhammad Asif,\n',
        encoding="utf-8",
    )
    gz = gazet.Gazetteer.from_csv(p)
    assert gz["asif"].names == ("Khawaja Asif", "Khawaja Muhammad Asif")
    assert gz["asif"].attributes == {"role": "Minister, Defence"}


def test_csv_other_name_column(tmp_path):
    p = tmp_path / "g.csv"
    p.write_text("label,entity_id,surface\nPLACE,pk,Pakistan\n", encoding="utf-8")
    assert gazet.Gazetteer.from_csv(p, name_column="surface")["pk"].names == ("Pakistan",)


def test_from_frame():
    df = pd.DataFrame(
        {
            "label": ["PLACE", "PLACE"],
            "entity_id": ["tr", "tr"],
            "name": ["Türkiye", "Turkey"],
            "population": [85_000_000, None],
        }
    )
    gz = gazet.Gazetteer.from_frame(df)
    assert gz["tr"].names == ("Türkiye", "Turkey")
    assert gz["tr"].attributes == {"population": 85_000_000.0}
    with pytest.raises(gazet.GazetteerError, match="row 1: missing name"):
        gazet.Gazetteer.from_frame(df.assign(name=["Türkiye", None]))


def test_from_jsonl(tmp_path):
    p = tmp_path / "patterns.jsonl"
    lines = [
        {"label": "GPE", "pattern": "Türkiye", "id": "tr"},
        {"label": "GPE", "pattern": "Turkey", "id": "tr"},
        {"label": "ORG", "pattern": "NATO"},
    ]
    p.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    gz = gazet.Gazetteer.from_jsonl(p)
    assert gz["tr"].names == ("Türkiye", "Turkey")
    assert gz["NATO"].label == "ORG"
    p.write_text(json.dumps({"label": "X", "pattern": [{"LOWER": "a"}]}) + "\n", encoding="utf-8")
    with pytest.raises(gazet.GazetteerError, match="line 1: only string patterns"):
        gazet.Gazetteer.from_jsonl(p)
    p.write_text('{"label": "X", "pattern": "a"}\n{oops\n', encoding="utf-8")
    with pytest.raises(gazet.GazetteerError, match="line 2: not valid JSON"):
        gazet.Gazetteer.from_jsonl(p)


def test_merge_keeps_order_and_checks_labels():
    a = gazet.Gazetteer()
    a.add("PLACE", "ga-us", "Georgia")
    b = gazet.Gazetteer()
    b.add("PLACE", "ge", "Georgia")
    both = a + b
    assert [e.entity_id for e in both] == ["ga-us", "ge"]
    assert len(a) == 1
    c = gazet.Gazetteer()
    c.add("PERSON", "ge", "Georgia")
    assert [e.label for e in b + c] == ["PLACE", "PERSON"]


def test_builtin_places_are_the_default():
    places = gazet.places()
    assert len(places) > 200
    m = gazet.Matcher(dates=False)
    ids = {
        x.text: x.entity_id
        for x in m.find("Talks in Istanbul between Pakistan and Afghanistan, Türkiye said.")
    }
    assert {"Istanbul", "Pakistan", "Afghanistan", "Türkiye"} <= set(ids)
    assert ids["Türkiye"] == next(e.entity_id for e in places if "Turkey" in e.names)


def test_an_attribute_called_names_survives_merges_and_save_load(tmp_path):
    p = tmp_path / "g.csv"
    p.write_text("label,entity_id,name,names\nPLACE,pk,Pakistan,many\n", encoding="utf-8")
    gz = gazet.Gazetteer.from_csv(p)
    assert (gz + gz)["pk"].attributes == {"names": "many"}
    m = gazet.Matcher(gz)
    m.save(tmp_path / "m.gazet")
    assert gazet.Matcher.load(tmp_path / "m.gazet").gazetteer["pk"].attributes == {"names": "many"}


def test_loaded_matchers_follow_gazet_threads(monkeypatch):
    import pickle

    blob = pickle.dumps(gazet.Matcher(gazet.Gazetteer()))
    monkeypatch.setenv("GAZET_THREADS", "1")
    assert pickle.loads(blob)._threads == 1
