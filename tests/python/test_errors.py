"""Bad input raises a clear Python exception, never a Rust panic or a silent loss."""

import gzip

import gazet
import pytest
from conftest import make_matcher

m = make_matcher(("PLACE", "pk", ["Pakistan"]), dates=False)


@pytest.mark.parametrize("bad", [b"Pakistan", 3, None, ["Pakistan"]])
def test_find_rejects_non_str(bad):
    with pytest.raises(TypeError, match="text must be str"):
        m.find(bad)


def test_find_many_names_the_bad_row():
    with pytest.raises(TypeError, match="row 2: expected str or None, got int"):
        m.find_many(["Pakistan", None, 7])
    with pytest.raises(TypeError, match="single str"):
        m.find_many("Pakistan")


def test_lone_surrogate():
    with pytest.raises(ValueError, match="lone surrogate"):
        m.find("Pakistan \ud800")
    with pytest.raises(ValueError, match="row 1: .*lone surrogate"):
        m.find_many(["ok", "\udfff"])


@pytest.mark.parametrize("name", ["", "   ", "\n\t", "\u0301"])
def test_empty_names(name):
    gz = gazet.Gazetteer()
    with pytest.raises(gazet.GazetteerError, match="empty name"):
        gz.add("PLACE", "x", [name])
    assert len(gz) == 0


def test_bad_add_arguments():
    gz = gazet.Gazetteer()
    with pytest.raises(TypeError):
        gz.add("PLACE", "x", [b"bytes"])
    with pytest.raises(gazet.GazetteerError, match="label must not be empty"):
        gz.add(" ", "x", "X")
    gz.add("PLACE", "x", "X")
    gz.add("DEMONYM", "x", "Xish")
    assert len(gz) == 2 and gz["DEMONYM", "x"].names == ("Xish",)


def test_csv_row_with_a_missing_field_names_file_and_line(tmp_path):
    p = tmp_path / "g.csv"
    p.write_text("label,entity_id,name\nPLACE,pk,Pakistan\nPLACE,qa\n", encoding="utf-8")
    with pytest.raises(gazet.GazetteerError, match=r"g\.csv, line 3: expected 3 fields"):
        gazet.Gazetteer.from_csv(p)
    p.write_text("label,entity_id,name\nPLACE,pk,Pakistan\nPLACE,,Qatar\n", encoding="utf-8")
    with pytest.raises(gazet.GazetteerError, match=r"g\.csv, line 3: missing entity_id"):
        gazet.Gazetteer.from_csv(p)
    p.write_text("label,id,name\n", encoding="utf-8")
    with pytest.raises(gazet.GazetteerError, match="missing column.*entity_id"):
        gazet.Gazetteer.from_csv(p)


def test_unreadable_files(tmp_path):
    with pytest.raises(FileNotFoundError):
        gazet.Gazetteer.from_csv(tmp_path / "missing.csv")
    p = tmp_path / "latin1.csv"
    p.write_bytes("label,entity_id,name\nPLACE,tr,Türkiye\n".encode("latin-1"))
    with pytest.raises(gazet.GazetteerError, match="line 2: not valid utf-8"):
        gazet.Gazetteer.from_csv(p)
    z = tmp_path / "g.csv"
    z.write_bytes(gzip.compress(b"label,entity_id,name\n"))
    with pytest.raises(gazet.GazetteerError):
        gazet.Gazetteer.from_csv(z)


def test_invalid_reference_date():
    with pytest.raises(ValueError, match="invalid reference date .2025-13-01."):
        m.find("Pakistan", ref_date="2025-13-01")
    with pytest.raises(TypeError):
        m.find("Pakistan", ref_date=20251106)


def test_bad_options():
    with pytest.raises(ValueError, match="case"):
        make_matcher(("PLACE", "pk", ["Pakistan"]), case="upper")
    with pytest.raises(TypeError, match="gazet.Gazetteer"):
        gazet.Matcher([("PLACE", "pk", ["Pakistan"])])
    with pytest.raises(ValueError, match="threads"):
        make_matcher(("PLACE", "pk", ["Pakistan"]), threads=0)
