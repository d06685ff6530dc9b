"""The shape of the public API: typed results, keyword-only options that mean the same in
every method, and the layering of the package (no private helper used across modules,
display and frames on top of the core, not the reverse)."""

from __future__ import annotations

import ast
import json
import warnings
from pathlib import Path

import pandas as pd
import pytest

import gazet
from gazet import display

PACKAGE = Path(gazet.__file__).parent
TEXTS = ["Pakistan and Qatar met in Doha on Thursday.", None, "Spokesman Zabihullah Mujahid said"]


@pytest.fixture(scope="module")
def m() -> gazet.Matcher:
    gz = gazet.Gazetteer()
    gz.add("PLACE", "pk", "Pakistan")
    gz.add("PLACE", "qa", "Qatar")
    gz.add("PLACE", "doha", "Doha")
    return gazet.Matcher(gz)


def test_find_returns_matches(m):
    found = m.find(TEXTS[0], ref_date="2025-11-06")
    assert type(found) is gazet.Matches and isinstance(found, list)
    assert all(type(x) is gazet.Match for x in found) and len(found) == 4
    assert found._repr_html_() == display.matches_html(found)
    many = m.find_many(TEXTS)
    assert type(many) is gazet.ManyMatches and [type(ms) for ms in many] == [gazet.Matches] * 3


@pytest.mark.parametrize(
    "call",
    [
        lambda m: m.find(TEXTS[0], "2025-11-06"),
        lambda m: m.find_many(TEXTS, ["2025-11-06"] * 3),
        lambda m: m.extract(TEXTS, "text"),
        lambda m: m.extract_arrow(TEXTS, "text"),
        lambda m: m.suggest(TEXTS, 1),
    ],
)
def test_options_are_keyword_only(m, call):
    with pytest.raises(TypeError, match="positional argument"):
        call(m)


def _rows(result):
    """Any batch result as comparable rows."""
    if isinstance(result, gazet.ManyMatches):
        return [(i, x.start, x.end, x.label, x.value) for i, ms in enumerate(result) for x in ms]
    frame = result if isinstance(result, pd.DataFrame) else result.to_pandas()
    return [tuple(map(str, row)) for row in frame.itertuples(index=False)]


def _failures(result):
    """The skipped rows a batch result lists, as (row, doc, exception class name)."""
    if isinstance(result, gazet.ManyMatches | pd.DataFrame):
        failures = result.failures if isinstance(result, list) else result.attrs["failures"]
        return [(f.row, f.doc, type(f.error).__name__) for f in failures]
    listed = json.loads(result.schema.metadata[b"gazet.failures"])
    return [(f["row"], f["doc"], f["error"].partition(":")[0]) for f in listed]


BATCH = {
    "find_many": lambda m, texts, **o: m.find_many(
        texts, ref_dates=["2025-11-06"] * len(texts), **o
    ),
    "extract": lambda m, texts, **o: m.extract(texts, ref_date="2025-11-06", **o),
    "extract_arrow": lambda m, texts, **o: m.extract_arrow(texts, ref_date="2025-11-06", **o),
    "suggest": lambda m, texts, **o: m.suggest(texts, **o),
}


@pytest.mark.parametrize("method", list(BATCH))
def test_batch_methods_share_threads_errors_and_progress(m, method):
    call = BATCH[method]
    texts = TEXTS * 100  # more rows than one chunk of the progress bar
    plain = call(m, texts)
    assert _rows(plain) and _rows(call(m, texts, threads=1)) == _rows(plain)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tqdm may warn about the notebook widget
        assert _rows(call(m, texts, progress=True)) == _rows(plain)
    with pytest.raises(gazet.OptionError, match="errors must be"):
        call(m, texts, errors="ignore")
    with pytest.raises(gazet.ArgumentTypeError, match=r"row 300: expected str or None, got int"):
        call(m, [*texts, 7])
    with pytest.warns(gazet.SkippedRowsWarning, match="skipped 1 of 301 rows") as caught:
        skipped = call(m, [*texts, 7], errors="skip", progress=True)
    assert caught[0].filename == __file__  # the warning points at the caller's line
    assert _rows(skipped) == _rows(plain)
    assert _failures(skipped) == [(300, 300, "ArgumentTypeError")]


def _imports(path: Path) -> list[tuple[str, str, bool]]:
    """(module, name, at module level) of each `from .x import y` in a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = {id(node) for node in tree.body}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            found += [(node.module or "", alias.name, id(node) in top) for alias in node.names]
    return found


def test_no_private_helper_is_used_across_modules():
    modules = sorted(PACKAGE.glob("*.py"))
    assert len(modules) > 10
    for path in modules:
        for module, name, _ in _imports(path):
            private = name.startswith("_") and not name.startswith("__") and name != "_core"
            assert not private, f"{path.name} imports {name} from .{module}"


def test_the_core_and_its_results_do_not_depend_on_display():
    for path in [PACKAGE / "matcher.py", PACKAGE / "_batch.py", PACKAGE / "frames.py"]:
        on_display = [(module, top) for module, _, top in _imports(path) if module == "display"]
        assert not any(top for _, top in on_display), f"{path.name} imports display at load"
    # matcher.py may reach display only to show Matches in a notebook.
    assert [m for m, _, _ in _imports(PACKAGE / "matcher.py")].count("display") == 1
