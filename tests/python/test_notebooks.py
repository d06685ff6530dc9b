"""The notebooks run top to bottom (scripts/run_notebooks.py, on a copy), export to HTML,
and the HTML shows the highlighted entities and the plots in a real browser (headless
chromium; a screenshot of each lands in artifacts/notebooks/).

Without chromium the browser test is skipped, except in CI (CI=true), where it fails.
"""

from __future__ import annotations

import importlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
ARTIFACTS = ROOT / "artifacts" / "notebooks"
IN_CI = os.environ.get("CI") == "true"
# Plots and highlighted marks each notebook must show: (images, labels among the marks).
EXPECTED = {
    "01_overview": (1, {"PERSON", "PLACE", "ORG", "DATE"}),
    "02_when": (1, set()),
    "03_who_where": (1, set()),
}


def _need(module: str) -> None:
    if IN_CI:
        importlib.import_module(module)
    else:
        pytest.importorskip(module)


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of notebooks/ and seeds/, executed in place, with HTML in html/."""
    for module in ("nbformat", "nbclient", "ipykernel", "nbconvert", "matplotlib", "networkx"):
        _need(module)
    work = tmp_path_factory.mktemp("notebooks")
    shutil.copytree(ROOT / "notebooks", work / "notebooks")
    shutil.copytree(ROOT / "seeds", work / "seeds")
    env = dict(os.environ, JUPYTER_PLATFORM_DIRS="1")
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "run_notebooks.py"),
            "--dir",
            str(work / "notebooks"),
            "--html",
            str(work / "html"),
            "--timeout",
            "120",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    times = dict(re.findall(r"^(\S+)\.ipynb: ran in ([\d.]+) s", done.stdout, re.MULTILINE))
    assert sorted(times) == sorted(p.stem for p in NOTEBOOKS), done.stdout
    for name, seconds in times.items():
        assert float(seconds) < 60, (
            f"{name} took {seconds} s (the notebooks must run in under a minute)"
        )
    return work


def test_there_are_notebooks():
    assert {p.stem for p in NOTEBOOKS} >= set(EXPECTED)


def test_notebooks_run_without_errors(executed: Path):
    import nbformat

    for path in NOTEBOOKS:
        nb = nbformat.read(executed / "notebooks" / path.name, as_version=4)
        code = [c for c in nb.cells if c.cell_type == "code"]
        assert code and all(c.execution_count for c in code), path.name
        outputs = [o for c in code for o in c.outputs]
        assert not [o for o in outputs if o.output_type == "error"], path.name
        assert not [o for o in outputs if o.output_type == "stream" and o.name == "stderr"], (
            f"{path.name} writes to stderr (a warning?)"
        )


def test_committed_notebooks_have_outputs():
    import json

    for path in NOTEBOOKS:
        nb = json.loads(path.read_text(encoding="utf-8"))
        code = [c for c in nb["cells"] if c["cell_type"] == "code"]
        assert code, f"{path.name}: no code cells"
        assert all(c.get("execution_count") for c in code), (
            f"{path.name}: run scripts/run_notebooks.py"
        )
        assert path.stat().st_size < 400_000, f"{path.name} is large: keep outputs small"


def test_html_has_marks_and_images(executed: Path):
    for path in NOTEBOOKS:
        html = (executed / "html" / f"{path.stem}.html").read_text(encoding="utf-8")
        images, labels = EXPECTED.get(path.stem, (0, set()))
        assert _count_images(html) >= images, path.stem
        assert labels <= _mark_labels(html), path.stem


def _count_images(html: str) -> int:
    return len(
        re.findall(r"<img\b[^>]*\bsrc=\"data:image/png;base64,[A-Za-z0-9+/=\s]{200,}\"", html)
    )


def _mark_labels(html: str) -> set[str]:
    return set(re.findall(r"<mark\b[^>]*\bdata-label=\"([^\"]+)\"", html))


def _chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    message = "no chromium on PATH (Debian: apt-get install -y chromium)"
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


def test_html_in_headless_chromium(executed: Path, tmp_path: Path):
    browser = _chromium()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for path in NOTEBOOKS:
        page = (executed / "html" / f"{path.stem}.html").as_uri()
        common = [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--hide-scrollbars",
            f"--user-data-dir={tmp_path / 'profile'}",
        ]
        dom = subprocess.run(
            [*common, "--dump-dom", page], capture_output=True, text=True, timeout=180
        )
        assert dom.returncode == 0, dom.stderr[-2000:]
        images, labels = EXPECTED.get(path.stem, (0, set()))
        assert _count_images(dom.stdout) >= images, (
            f"{path.stem}: the plots are missing from the DOM"
        )
        assert labels <= _mark_labels(dom.stdout), (
            f"{path.stem}: highlighted entities missing from the DOM"
        )
        if path.stem == "01_overview":
            assert re.search(r"<mark\b[^>]*title=\"person:khawaja_asif", dom.stdout)
        shot = ARTIFACTS / f"{path.stem}.png"
        shot.unlink(missing_ok=True)
        done = subprocess.run(
            [*common, "--window-size=1280,3000", f"--screenshot={shot}", page],
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        data = shot.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000, f"{shot} looks empty"
