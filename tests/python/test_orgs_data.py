"""Checks of the built-in ORG data file only (python/gazet/data/orgs.csv), not of matching."""

import csv
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
ORGS = ROOT / "python" / "gazet" / "data" / "orgs.csv"
HEADER = ["label", "entity_id", "name", "kind", "country_code"]
KINDS = {
    "agency", "media", "intergovernmental", "government", "club",
    "company", "university", "party", "other",
}  # fmt: skip
# Words that alone would tag everyday text as an organisation.
RISKY_WORDS = {
    "apple", "shell", "amazon", "orange", "delta", "emirates", "dawn", "guardian", "times",
    "sun", "target", "visa", "oracle", "next", "who", "labour", "national", "united",
}  # fmt: skip


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with ORGS.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == HEADER
        return list(reader)


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_orgs", ROOT / "scripts" / "build_orgs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_orgs"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_fields(rows: list[dict[str, str]]) -> None:
    assert len(rows) > 1000
    for row in rows:
        assert row["label"] == "ORG"
        assert re.fullmatch(r"org:[a-z0-9-]+", row["entity_id"]), row
        assert row["kind"] in KINDS, row
        assert re.fullmatch(r"([A-Z]{2})?", row["country_code"]), row
        assert len(row["name"]) >= 2 and not row["name"].lower().startswith("the "), row


def test_no_duplicates_or_shared_names(rows: list[dict[str, str]]) -> None:
    pairs = [(row["entity_id"], row["name"]) for row in rows]
    assert len(pairs) == len(set(pairs))
    owners: dict[str, set[str]] = {}
    for row in rows:
        owners.setdefault(row["name"].casefold(), set()).add(row["entity_id"])
    assert {name: ids for name, ids in owners.items() if len(ids) > 1} == {}


def test_no_risky_single_words(rows: list[dict[str, str]]) -> None:
    assert not [row["name"] for row in rows if row["name"].casefold() in RISKY_WORDS]


def test_file_is_what_the_script_builds() -> None:
    pytest.importorskip("pytickersymbols")  # the script's pinned build-time input
    script = load_script()
    expected = script.render(script.build_rows())
    assert ORGS.read_bytes() == expected.encode("utf-8")
