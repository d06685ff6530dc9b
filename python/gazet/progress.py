"""Progress for long batches: a tqdm bar (notebook-friendly via tqdm.auto) over chunks."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

CHUNK = 256  # documents per step of the bar


def chunks(rows: Sequence[T], show: bool) -> Iterator[Sequence[T]]:
    """`rows` in chunks of CHUNK, advancing a progress bar (in documents) when `show`."""
    bar = _bar(len(rows)) if show else None
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


def _bar(total: int) -> Any:
    from tqdm.auto import tqdm

    make: Callable[..., Any] = tqdm
    return make(total=total, unit="doc", desc="gazet", file=sys.stderr, leave=False)
