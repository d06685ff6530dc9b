"""Progress for long batches: a tqdm bar (notebook-friendly via tqdm.auto) over chunks."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

CHUNK = 256  # documents per step of the bar


def chunks(rows: Sequence[T], show: bool, *, unit: str = "doc", desc: str = "gazet") -> Iterator[Sequence[T]]:
    """`rows` in chunks of CHUNK, advancing a progress bar when `show` is true."""
    bar = _bar(len(rows), unit, desc) if show else None
    try:
        for at in range(0, len(rows), CHUNK):
            part = rows[at : at + CHUNK]
            yield part
            if bar is not None:
                bar.update(len(part))
    finally:
        if bar is not None:
            bar.close()


def on_terminal() -> bool:
    """Whether standard error is a terminal (where a bar belongs)."""
    return sys.stderr.isatty()


def _bar(total: int, unit: str, desc: str) -> Any:
    from tqdm.auto import tqdm

    make: Callable[..., Any] = tqdm
    return make(total=total, unit=unit, desc=desc, file=sys.stderr, leave=False)
