"""Progress for long batches: a tqdm bar (notebook-friendly via tqdm.auto) over chunks."""

from __future__ import annotations

import sys
from collections.abc import Iterator

CHUNK = 256  # documents per step of the bar


def chunks(total: int, show: bool) -> Iterator[range]:
    """The row positions 0..`total` as one range, or with `show` in ranges of CHUNK that
    advance a progress bar (in documents) as each is done. Always at least one range."""
    if not show:
        yield range(total)
        return
    from tqdm.auto import tqdm

    bar = tqdm(total=total, unit="doc", desc="gazet", file=sys.stderr, leave=False)
    try:
        for at in range(0, max(total, 1), CHUNK):
            part = range(at, min(at + CHUNK, total))
            yield part
            bar.update(len(part))
    finally:
        bar.close()


def on_terminal() -> bool:
    """Whether standard error is a terminal (where a bar belongs)."""
    return sys.stderr.isatty()
