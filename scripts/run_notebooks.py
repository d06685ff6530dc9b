#!/usr/bin/env python3
"""Execute the notebooks in notebooks/ in place (top to bottom, fails on any error), and
optionally export each one to HTML.

    python scripts/run_notebooks.py                    # regenerate the committed outputs
    python scripts/run_notebooks.py --html artifacts/notebooks
    python scripts/run_notebooks.py --dir /tmp/copy/notebooks --html /tmp/copy/html

Each notebook runs with its own folder as the working directory (they read ../seeds), in
a kernel of the Python that runs this script (kernel "python3"; --kernel picks another).
Needs nbclient, nbformat, ipykernel (and nbconvert for --html): see pyproject.toml's
extras. Exit status: 0 when every notebook ran, 1 when one failed (the error is printed).
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("JUPYTER_PLATFORM_DIRS", "1")  # jupyter_core's path migration warning
os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")  # ipykernel debugger's warning

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebooks", nargs="*", type=Path,
                        help="notebooks to run (default: every *.ipynb in --dir)")
    parser.add_argument("--dir", type=Path, default=ROOT / "notebooks",
                        help="folder of notebooks (default: notebooks/ of this repository)")
    parser.add_argument("--html", type=Path, metavar="FOLDER",
                        help="also export each executed notebook to FOLDER/NAME.html")
    parser.add_argument("--timeout", type=int, default=120, help="seconds per cell (default 120)")
    parser.add_argument("--kernel", default="python3", help="kernel name (default python3)")
    args = parser.parse_args(argv)

    if args.kernel == "python3":
        _pin_python3_kernel()
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError

    paths = args.notebooks or sorted(args.dir.glob("*.ipynb"))
    if not paths:
        print(f"run_notebooks: no notebooks in {args.dir}", file=sys.stderr)
        return 1
    if args.html:
        args.html.mkdir(parents=True, exist_ok=True)
    total = 0.0
    for path in paths:
        path = path.resolve()
        nb = nbformat.read(path, as_version=4)
        client = NotebookClient(
            nb,
            timeout=args.timeout,
            kernel_name=args.kernel,
            allow_errors=False,
            record_timing=False,
            resources={"metadata": {"path": str(path.parent)}},
        )
        began = time.perf_counter()
        try:
            client.execute()
        except (CellExecutionError, CellTimeoutError) as e:
            print(f"run_notebooks: {path.name} failed:\n{e}", file=sys.stderr)
            return 1
        seconds = time.perf_counter() - began
        total += seconds
        nb.metadata.pop("widgets", None)
        nbformat.validate(nb)
        nbformat.write(nb, path)
        line = f"{path.name}: ran in {seconds:.1f} s"
        if args.html:
            out = args.html / (path.stem + ".html")
            out.write_text(_html(nb), encoding="utf-8")
            line += f", HTML {out}"
        print(line, flush=True)
    print(f"run_notebooks: {len(paths)} notebooks in {total:.1f} s")
    return 0


def _pin_python3_kernel() -> None:
    """Make kernel "python3" this interpreter, whatever kernelspecs the user installed
    (JUPYTER_PATH comes first in Jupyter's search path)."""
    folder = Path(tempfile.mkdtemp(prefix="gazet-kernels-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    spec = folder / "kernels" / "python3"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3",
        "language": "python",
    }))
    os.environ["JUPYTER_PATH"] = os.pathsep.join(
        p for p in (str(folder), os.environ.get("JUPYTER_PATH", "")) if p
    )


def _html(nb: object) -> str:
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab")
    body, _ = exporter.from_notebook_node(nb)
    return body


if __name__ == "__main__":
    sys.exit(main())
