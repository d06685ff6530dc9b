"""Threads: several Python threads share one matcher; forked children do not hang."""

import multiprocessing as mp
from concurrent.futures import ThreadPoolExecutor

import pytest


def test_threads_sharing_a_matcher_get_identical_results(seed_matcher):
    from conftest import SEEDS

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] * 20
    expected = seed_matcher.find_many(texts, threads=1)
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: seed_matcher.find_many(texts), range(8)))
        singles = list(pool.map(seed_matcher.find, texts))
    assert all(r == expected for r in results)
    assert singles == expected


@pytest.mark.parametrize("threads", [1, 2, 3])
def test_thread_counts_agree(seed_matcher, threads):
    texts = ["Pakistan and Qatar in Istanbul"] * 50
    assert seed_matcher.find_many(texts, threads=threads) == seed_matcher.find_many(texts, threads=1)


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
