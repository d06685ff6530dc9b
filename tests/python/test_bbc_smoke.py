"""Smoke test over real news: the 2,225 BBC articles of the benchmark corpus, which stay
outside the repository (`<repo>/../shared/bench/news.jsonl`; never copy them in). The
defaults and `discover=True` through find, find_many, extract and extract_arrow, with the
invariants of test_invariants.py. Skips, saying why, where the file is absent.
"""

from __future__ import annotations

import json
import pickle
from typing import Any

import pandas as pd
import pytest
from conftest import ROOT
from test_invariants import check_matches, expected_rows, frame_rows

import gazet

NEWS = ROOT.parent / "shared" / "bench" / "news.jsonl"
REF = "2005-03-01"  # the articles are from 2004-2005

pytestmark = pytest.mark.skipif(
    not NEWS.is_file(),
    reason=f"BBC corpus not found at {NEWS} (it lives beside the clone, in shared/bench/; "
    "the text is not in the repository)",
)

OPTIONS = {"defaults": {}, "discover": {"discover": True}}


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    with open(NEWS, encoding="utf-8") as f:
        items = [json.loads(line) for line in f if line.strip()]
    df = pd.DataFrame({"text": [i["text"] for i in items]}, index=[i["id"] for i in items])
    assert len(df) >= 2000, len(df)
    return df


@pytest.fixture(scope="module", params=list(OPTIONS))
def run(request: pytest.FixtureRequest, corpus: pd.DataFrame) -> dict[str, Any]:
    """One matcher per option set, its find() results (with and without a reference date)
    computed once for the module."""
    options = OPTIONS[request.param]
    m = gazet.Matcher(**options)
    texts = list(corpus["text"])
    return {
        "options": {"discover": False, "dates": True, **options},
        "matcher": m,
        "texts": texts,
        "found": [m.find(t) for t in texts],
        "found_ref": [m.find(t, ref_date=REF) for t in texts],
    }


def test_find_spans_are_valid(run: dict[str, Any]) -> None:
    total = 0
    for text, found in zip(run["texts"], run["found_ref"], strict=True):
        check_matches(text, found, run["options"])
        total += len(found)
    assert total > 10_000  # the defaults find ~29,000 mentions here


def test_find_many_equals_find(run: dict[str, Any]) -> None:
    m, texts = run["matcher"], run["texts"]
    assert m.find_many(texts) == run["found"]
    assert m.find_many(texts, ref_dates=[REF] * len(texts)) == run["found_ref"]
    with_missing = [*texts[:50], None, *texts[50:100]]
    assert m.find_many(with_missing) == [*run["found"][:50], [], *run["found"][50:100]]


def test_extract_rows_equal_find(run: dict[str, Any], corpus: pd.DataFrame) -> None:
    m = run["matcher"]
    want = expected_rows(list(corpus.index), run["found_ref"])
    df = m.extract(corpus, ref_date=REF)
    assert frame_rows(df) == want
    for column in ("label", "how", "timex_type"):
        assert isinstance(df[column].dtype, pd.CategoricalDtype)
    assert isinstance(df["entity_id"].dtype, pd.StringDtype)
    half = len(corpus) // 2
    both = pd.concat(
        [m.extract(corpus.iloc[:half]), m.extract(corpus.iloc[half:])], ignore_index=True
    )
    assert frame_rows(both) == expected_rows(list(corpus.index), run["found"])
    for column in ("label", "how", "timex_type"):
        assert isinstance(both[column].dtype, pd.CategoricalDtype), (column, both[column].dtype)
    assert isinstance(both["entity_id"].dtype, pd.StringDtype)


def test_extract_arrow_rows_equal_find(run: dict[str, Any], corpus: pd.DataFrame) -> None:
    table = run["matcher"].extract_arrow(corpus, ref_date=REF)
    want = expected_rows(list(corpus.index), run["found_ref"])
    assert [tuple(r.values()) for r in table.to_pylist()] == want
    assert frame_rows(table.to_pandas()) == want


def test_pickle_gives_equal_results(run: dict[str, Any]) -> None:
    copy = pickle.loads(pickle.dumps(run["matcher"]))
    assert copy.find_many(run["texts"]) == run["found"]
