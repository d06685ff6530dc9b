"""Regression tests for what the fuzzing campaigns found (fuzz/README.md,
scripts/fuzz.sh): each test holds the input that showed the problem and asserts the
behaviour the documentation promises."""

from __future__ import annotations

import warnings
import zlib
from pathlib import Path

import pytest

import gazet

# The saved container (layout 4): magic + version (12 bytes), u64 payload length, CRC-32.
HEADER = 8 + 4 + 8 + 4


def _with_records(records: bytes) -> bytes:
    """A saved one-entity matcher whose gazetteer records (the container's extra bytes)
    are replaced by `records`, with the length and checksum made right again: a file
    anyone could write, which the checksum does not stop."""
    gz = gazet.Gazetteer()
    gz.add("PLACE", "place:istanbul", ["Istanbul"])
    m = gazet.Matcher(gz)
    data = m._to_bytes()
    js = m._gazetteer_json
    payload = data[HEADER:]
    tail = len(js).to_bytes(8, "little") + js
    assert payload.endswith(tail), "the records are the last block of the payload"
    payload = payload[: -len(tail)] + len(records).to_bytes(8, "little") + records
    return (
        data[:12]
        + len(payload).to_bytes(8, "little")
        + zlib.crc32(payload).to_bytes(4, "little")
        + payload
    )


@pytest.mark.parametrize(
    "records",
    [
        b'[["PLACE", "x", ["a"], 5]]',  # AttributeError: 'int' object has no attribute 'items'
        b"\xff\xfe",  # JSONDecodeError
        b"{not json",  # JSONDecodeError
        b'"s"',  # ValueError: not enough values to unpack
        b"7",  # TypeError: 'int' object is not iterable
    ],
    ids=["attributes-not-object", "not-utf8", "not-json", "not-list", "number"],
)
def test_saved_records_that_do_not_parse_are_a_saved_file_error(
    tmp_path: Path, records: bytes
) -> None:
    # Found by tests/fuzz/atheris_api.py (Matcher.load on mutated saved bytes with the
    # checksum fixed up; the first hit was a UnicodeDecodeError, the other shapes came
    # from probing by hand): the container loads, and `.gazetteer` later raises whatever
    # json.loads or Gazetteer.from_records meets (AttributeError, TypeError, ...)
    # instead of gazet.SavedFileError naming the file.
    path = tmp_path / "m.gazet"
    path.write_bytes(_with_records(records))
    with pytest.raises(gazet.SavedFileError):
        m = gazet.Matcher.load(path)
        m.gazetteer  # noqa: B018 (the records load lazily: either step may raise)


def test_saved_records_must_match_the_compiled_entities(tmp_path: Path) -> None:
    # Same finding: records that parse but disagree with the compiled matcher (no entity
    # for a one-entity matcher) load without complaint, and `.gazetteer`, pickles and
    # save() then carry a gazetteer that is not the one the matcher was built from.
    path = tmp_path / "m.gazet"
    path.write_bytes(_with_records(b"[]"))
    try:
        m = gazet.Matcher.load(path)
        entities = [(e.label, e.entity_id) for e in m.gazetteer]
    except gazet.SavedFileError:
        return  # refusing the file is right
    assert entities == [("PLACE", "place:istanbul")]  # so is a gazetteer that matches


def test_skipped_row_with_two_faults_is_listed_once() -> None:
    # Found while checking a report of the atheris harness (find_many with
    # errors="skip"): a row holding a lone surrogate *and* a bad reference date gets two
    # Failures, and the warning counts "skipped 2 of 2 rows" when one row of two was
    # skipped (src/python.rs Batch::extract records the row once per fault).
    m = gazet.Matcher(dates=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = m.find_many(
            ["Paris in October", "Paris \ud800"],
            ref_dates=["2025-11-06", "2023-02-29"],
            errors="skip",
        )
    assert [f.row for f in out.failures] == [1]
    assert [m.text for m in out[0]] == ["Paris", "October"]
    assert list(out[1]) == []
    messages = [str(w.message) for w in caught if issubclass(w.category, gazet.SkippedRowsWarning)]
    assert messages and "skipped 1 of 2 rows" in messages[0], messages
