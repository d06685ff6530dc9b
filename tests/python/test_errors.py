"""Bad input raises a clear Python exception, never a Rust panic or a silent loss."""

import gzip
import sys

import pandas as pd
import pytest
from conftest import make_matcher

import gazet
import gazet.errors

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
    with pytest.raises(ValueError, match=r"row 1: .*lone surrogate"):
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
    with pytest.raises(gazet.GazetteerError, match=r"missing column.*entity_id"):
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
    with pytest.raises(ValueError, match=r"invalid reference date .2025-13-01."):
        m.find("Pakistan", ref_date="2025-13-01")
    with pytest.raises(TypeError):
        m.find("Pakistan", ref_date=20251106)


def test_bad_options():
    with pytest.raises(ValueError, match="case"):
        make_matcher(("PLACE", "pk", ["Pakistan"]), case="upper")
    with pytest.raises(TypeError, match=r"gazet\.Gazetteer"):
        gazet.Matcher([("PLACE", "pk", ["Pakistan"])])
    with pytest.raises(ValueError, match="threads"):
        make_matcher(("PLACE", "pk", ["Pakistan"]), threads=0)


# ----------------------------------------------------------------------------- the hierarchy

ERRORS = [
    c
    for c in vars(gazet.errors).values()
    if isinstance(c, type) and issubclass(c, Exception) and not issubclass(c, Warning)
]


def test_every_error_is_a_gazet_error_and_a_built_in():
    assert len(ERRORS) >= 14
    for cls in ERRORS:
        assert issubclass(cls, gazet.GazetError), cls
        assert cls.__name__ in gazet.__all__ and getattr(gazet, cls.__name__) is cls
        if cls is not gazet.GazetError:
            refined = [b for b in cls.__mro__ if b.__module__ == "builtins"]
            assert refined[0] is not Exception, f"{cls.__name__} refines no built-in"


@pytest.mark.parametrize(
    ("call", "error", "builtin", "message"),
    [
        (lambda: m.find("x", ref_date="2025-02-30"), gazet.DateError, ValueError, "2025-02-30"),
        (lambda: m.find("x", ref_date=20251106), gazet.ArgumentTypeError, TypeError, "int"),
        (lambda: m.find_many(["x"], threads="2"), gazet.ArgumentTypeError, TypeError, "threads"),
        (lambda: m.find_many(["x"], threads=0), gazet.OptionError, ValueError, "at least 1"),
        (lambda: m.find_many(["x"], errors="ignore"), gazet.OptionError, ValueError, "errors"),
        (lambda: m.find_many(["x"], ref_dates=[]), gazet.ArgumentError, ValueError, "0 entries"),
        (lambda: m.extract("Pakistan"), gazet.ArgumentTypeError, TypeError, "single str"),
        (
            lambda: m.extract(pd.DataFrame({"body": ["x"]})),
            gazet.ColumnNotFoundError,
            KeyError,
            "no column 'text'",
        ),
        (lambda: gazet.Matcher(["x"]), gazet.ArgumentTypeError, TypeError, "Gazetteer"),
        (
            lambda: make_matcher(("PLACE", "pk", ["Pakistan"]), case="upper"),
            gazet.OptionError,
            ValueError,
            "case",
        ),
        (
            lambda: gazet.render("abc", [gazet.Match(0, 9, "abcdefghi", "PLACE")]),
            gazet.ArgumentError,
            ValueError,
            "outside the text",
        ),
        (lambda: gazet.Gazetteer().add(3, "x", "X"), gazet.ArgumentTypeError, TypeError, "label"),
    ],
)
def test_errors_refine_the_built_in_they_narrow(call, error, builtin, message):
    with pytest.raises(error, match=message) as info:
        call()
    assert isinstance(info.value, builtin) and isinstance(info.value, gazet.GazetError)


def test_entity_attributes_are_read_only():
    gz = gazet.Gazetteer()
    gz.add("PLACE", "pk", "Pakistan", country_code="PK")
    with pytest.raises(gazet.ReadOnlyError, match="read-only") as info:
        gz["pk"].attributes["country_code"] = "AF"  # type: ignore[index]
    assert isinstance(info.value, TypeError)


def test_a_missing_column_reads_plainly():
    # KeyError's own str() would quote the message (and escape its quotes).
    error = gazet.ColumnNotFoundError("no column 'x'")
    assert str(error) == "no column 'x'"


def test_a_missing_optional_dependency_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now fails
    with pytest.raises(gazet.MissingDependencyError, match=r"pip install 'gazet\[arrow\]'") as info:
        m.extract_arrow(["Pakistan"])
    assert isinstance(info.value, ImportError)


def test_bad_dates_are_date_errors_naming_the_row():
    with pytest.raises(gazet.DateError, match=r"^row 1: invalid reference date '2025-13-01'"):
        m.find_many(["a", "b"], ref_dates=["2025-11-06", "2025-13-01"])
    frame = pd.DataFrame({"text": ["a", "b"], "p": ["2025-11-06", "soon"]}, index=["x", "y"])
    with pytest.raises(gazet.DateError, match=r"^row 1 \(index 'y'\): invalid reference date"):
        m.extract(frame, ref_date="p")
    with pytest.raises(gazet.ArgumentTypeError, match=r"^row 0: reference date must be"):
        m.find_many(["a"], ref_dates=[3.5])
    for day in ["0000-02-29", "2024-02-29", "9999-12-31"]:  # days the core's calendar has
        assert m.find("Pakistan", ref_date=day)
    for bad in [
        "2023-02-29",
        "2025-W45",
        "20250211",
        "2025-1-1",
        " 2025-01-01",
        "2025-01-01T25:00",
    ]:
        with pytest.raises(gazet.DateError):
            m.find("Pakistan", ref_date=bad)
