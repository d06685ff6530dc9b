"""Threads: several Python threads share one matcher; forked children do not hang."""

import multiprocessing as mp
import os
from concurrent.futures import ThreadPoolExecutor

import pytest


def test_threads_sharing_a_matcher_get_identical_results(seed_matcher):
    from conftest import SEEDS

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] * 20
    expected = seed_matcher.find_many(texts, threads=1)
    assert all(expected), "every seed article has matches"
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: seed_matcher.find_many(texts), range(8)))
        singles = list(pool.map(seed_matcher.find, texts))
    assert len(results) == 8 and all(r == expected for r in results)
    assert singles == expected


def batch():
    """Seed articles, short texts and None rows with reference dates (some missing):
    hundreds of rows, so that a pool shares them out."""
    from conftest import SEEDS

    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    short = [
        "Pakistan and Qatar in Istanbul",
        "",
        "ISTANBUL: talks resumed yesterday.",
        None,
        "東京 😀 Doha",
    ]
    texts = (seeds + short) * 40
    days = ["2025-11-06", None, "2024-02-29"]
    return texts, [days[i % len(days)] for i in range(len(texts))]


@pytest.mark.parametrize("threads", [2, 3, 8, None])
def test_parallel_runs_equal_the_serial_run(seed_matcher, monkeypatch, threads):
    monkeypatch.setenv("GAZET_FORCE_THREADS", "1")  # 3 and 8 threads even on fewer cores
    texts, refs = batch()
    serial = seed_matcher.find_many(texts, ref_dates=refs, threads=1)
    assert serial == [
        [] if t is None else seed_matcher.find(t, ref_date=r)
        for t, r in zip(texts, refs, strict=True)
    ]
    assert sum(map(len, serial)) > len(texts), "the rows have matches to compare"
    assert seed_matcher.find_many(texts, ref_dates=refs, threads=threads) == serial


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="counts threads in /proc")
def test_a_batch_runs_on_a_pool_of_the_threads_asked_for(seed_matcher, monkeypatch):
    # A pool is made on the first batch that asks for its size; no other test asks for 7.
    monkeypatch.setenv("GAZET_FORCE_THREADS", "1")
    texts, refs = batch()
    before = len(os.listdir("/proc/self/task"))
    found = seed_matcher.find_many(texts, ref_dates=refs, threads=7)
    assert len(os.listdir("/proc/self/task")) >= before + 7
    assert found == seed_matcher.find_many(texts, ref_dates=refs, threads=1)


def in_forked_child(work, *args):
    """What `work(*args)` returns, run in a forked child that must finish within 60 s."""
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    p = ctx.Process(target=lambda: queue.put(work(*args)))
    p.start()
    p.join(60)
    assert not p.is_alive(), "forked child hung"
    assert p.exitcode == 0
    return queue.get(timeout=5)


def test_forked_child_does_not_hang(seed_matcher):
    seed_matcher.find_many(["Pakistan"] * 100)  # start the thread pool in the parent
    found = in_forked_child(seed_matcher.find_many, ["Pakistan and Qatar"] * 100)
    assert len(found) == 100 and all(len(ms) == 2 for ms in found)


def _build_and_find() -> int:
    import gazet

    gz = gazet.Gazetteer()
    gz.add("PLACE", "pk", ["Pakistan", "Islamic Republic of Pakistan"])
    return len(gazet.Matcher(gz, dates=False).find("Pakistan"))


def test_forked_child_can_build_a_matcher(seed_matcher):
    import gazet

    gazet.Matcher(seed_matcher.gazetteer, dates=False)  # builds use the pool in the parent
    assert in_forked_child(_build_and_find) == 1


def test_batches_leave_the_cycle_collector_as_they_found_it(seed_matcher):
    import gc

    texts = ["Pakistan and Qatar in Istanbul"] * 50
    assert gc.isenabled()
    seed_matcher.find_many(texts)
    assert gc.isenabled()
    gc.disable()
    try:
        seed_matcher.find_many(texts)
        assert not gc.isenabled()
    finally:
        gc.enable()
