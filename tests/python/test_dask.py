"""gazet.dask on a distributed.LocalCluster with two worker processes: the same mentions
as one Matcher.extract (seeds, a generated corpus of 100,000 documents, Parquet in and
out), the matcher shipped once per worker and never per task, progress bars, and the
errors (missing and non-text columns, an index that cannot give ids, bad rows)."""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import random
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import gazet

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
import cloudpickle  # noqa: E402 - a dependency of distributed, present when it is
import dask  # noqa: E402
from conftest import SEEDS  # noqa: E402
from dask.diagnostics import ProgressBar  # noqa: E402

import gazet.dask  # noqa: E402

# The functions this module sends to the workers (counting hooks) travel by value: the
# workers cannot import a test module.
cloudpickle.register_pickle_by_value(sys.modules[__name__])

# dask's Parquet reader still passes inplace= to pandas 3.1, which warns (not ours).
pytestmark = pytest.mark.filterwarnings("ignore:The inplace keyword in DataFrame.reset_index")

DOCUMENTS = 100_000
FILES = 8


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    with distributed.LocalCluster(
        n_workers=2,
        processes=True,
        threads_per_worker=1,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    ) as c:
        yield c


@pytest.fixture
def client(cluster: Any) -> Iterator[Any]:
    with distributed.Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def matcher() -> gazet.Matcher:
    seeds = gazet.Gazetteer.from_csv(SEEDS / "gazetteer.csv")
    return gazet.Matcher(seeds + gazet.places() + gazet.demonyms())


@pytest.fixture(scope="module")
def seeds() -> pd.DataFrame:
    with open(SEEDS / "metadata.csv", encoding="utf-8") as f:
        published = {row["doc_id"]: row["published"] for row in csv.DictReader(f)}
    files = sorted(SEEDS.glob("*.txt"))
    assert len(files) == 5
    return pd.DataFrame(
        {
            "id": [p.stem for p in files],
            "text": [p.read_text(encoding="utf-8") for p in files],
            "published": [published[p.stem] for p in files],
        }
    )


PEOPLE = ["Khawaja Asif", "Asim Munir", "Ibrahim Kalın", "Zabihullah Mujahid", "Atta Tarar"]
PLACES = ["Istanbul", "Doha", "Kabul", "Islamabad", "Peshawar", "Ankara", "Paris", "Nairobi"]
DATES = ["on Thursday", "last week", "on 25 October", "in March 2024", "tomorrow", "today"]
SENTENCES = [
    "{p} met {q} in {place} {date}.",
    "Officials in {place} said {p} would fly to {other} {date}.",
    "Talks between Pakistani and Afghan delegations resume {date} in {place}.",
    "{p} told Geo News {date} that {place} and {other} had agreed a ceasefire.",
    "Asif said the Taliban must act; Munir visited {place} {date}.",
    "Nothing happened here.",
]


def generated(seed: int, n: int) -> pd.DataFrame:
    """`n` short documents of one to three sentences mixing people, places and dates, with
    ids, publication dates (some missing) and a few empty or missing texts."""
    rng = random.Random(seed)
    texts: list[str | None] = []
    for _ in range(n):
        parts = []
        for template in rng.choices(SENTENCES, k=rng.randint(1, 3)):
            p, q = rng.sample(PEOPLE, 2)
            place, other = rng.sample(PLACES, 2)
            parts.append(
                template.format(p=p, q=q, place=place, other=other, date=rng.choice(DATES))
            )
        texts.append(" ".join(parts))
    for i in rng.sample(range(n), n // 500):
        texts[i] = None if i % 2 else ""
    days = [None if rng.random() < 0.05 else f"2025-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}" for _ in range(n)]  # fmt: skip
    return pd.DataFrame(
        {"id": [f"g{seed}-{i:06}" for i in range(n)], "text": texts, "published": days}
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The generated corpus as a Parquet dataset of FILES files (partitions)."""
    folder = tmp_path_factory.mktemp("corpus")
    for k in range(FILES):
        generated(k, DOCUMENTS // FILES).to_parquet(folder / f"part-{k}.parquet", index=False)
    return folder


def expected(matcher: gazet.Matcher, frame: pd.DataFrame, **options: Any) -> pd.DataFrame:
    """Single-process Matcher.extract over the whole frame, documents indexed by id."""
    return matcher.extract(frame.set_index("id"), threads=1, **options)


def same(result: pd.DataFrame, wanted: pd.DataFrame) -> None:
    # Each partition's index counts its own mentions; the rows and dtypes must agree.
    pd.testing.assert_frame_equal(result.reset_index(drop=True), wanted)


# Counting hooks run inside the workers (client.run): how often a matcher was unpickled
# or loaded from a file there.
def _count(method: str, digest: str | None = None) -> None:
    """Counts the calls of Matcher.`method` in a worker; with `digest`, only those whose
    first argument (a saved matcher's bytes) has that SHA-1, so that another test's
    matcher reaching the worker late does not count."""
    import hashlib

    from gazet.matcher import Matcher

    calls: list[int] = []
    original = Matcher.__dict__[method].__func__

    def counted(cls: type[Matcher], *args: Any) -> Matcher:
        if digest is None or hashlib.sha1(args[0]).hexdigest() == digest:
            calls.append(1)
        return original(cls, *args)  # type: ignore[no-any-return]

    # Pickles name the method (Matcher.__reduce__ gives Matcher._from_bytes): keep its name.
    counted.__name__ = counted.__qualname__ = method
    setattr(Matcher, method, classmethod(counted))
    Matcher._counted = (method, original, calls)  # type: ignore[attr-defined]


def _counted() -> int:
    from gazet.matcher import Matcher

    method, original, calls = Matcher._counted  # type: ignore[attr-defined]
    setattr(Matcher, method, classmethod(original))
    del Matcher._counted  # type: ignore[attr-defined]
    return len(calls)


def test_columns_and_dtypes_are_those_of_extract(matcher: gazet.Matcher) -> None:
    frame = dd.from_pandas(generated(0, 50), npartitions=3)
    lazy = gazet.dask.extract(frame, matcher, ref_date="published")
    wanted = expected(matcher, frame.compute(scheduler="sync"), ref_date="published")
    # The input's divisions say nothing about the output's index (mentions from 0).
    assert frame.known_divisions and not lazy.known_divisions
    assert list(lazy.columns) == list(wanted.columns)
    assert dict(lazy.dtypes) == dict(wanted.dtypes)
    # Fixed label categories: every label of the matcher, whatever a partition holds;
    # entity_id is a str column (discovered people's ids vary by partition).
    labels, _ = matcher._column_categories()
    assert list(lazy._meta["label"].cat.categories) == labels
    assert isinstance(lazy._meta["entity_id"].dtype, pd.StringDtype)
    computed = lazy.compute(scheduler="sync")
    assert computed["label"].cat.categories.tolist() == labels
    same(computed, wanted)


def test_seeds_on_the_cluster_equal_extract(
    client: Any, matcher: gazet.Matcher, seeds: pd.DataFrame
) -> None:
    frame = dd.from_pandas(seeds, npartitions=3)
    lazy = gazet.dask.extract(frame, matcher, ref_date="published")
    result = lazy.compute()
    same(result, expected(matcher, frame.compute(scheduler="sync"), ref_date="published"))
    assert len(result) > 200 and set(result["doc"]) == set(seeds["id"])
    assert {"PERSON", "PLACE", "DATE", "ORG"} <= set(result["label"])


def test_generated_corpus_on_the_cluster_equals_extract_and_ships_the_matcher_once(
    client: Any, corpus: Path
) -> None:
    # A matcher of its own (one unused entity more), counted by its bytes.
    gz = gazet.Gazetteer.from_csv(SEEDS / "gazetteer.csv") + gazet.places() + gazet.demonyms()
    gz.add("ORG", "org:unused-by-the-corpus", ["Qwzx Unused Holdings"])
    matcher = gazet.Matcher(gz)
    client.run(_count, "_from_bytes", hashlib.sha1(matcher._to_bytes()).hexdigest())
    frame = dd.read_parquet(corpus)
    assert frame.npartitions == FILES
    lazy = gazet.dask.extract(frame, matcher, ref_date="published")
    result = lazy.compute()
    unpickled = client.run(_counted)
    # Each worker unpickled the matcher once, although it ran several partitions.
    assert sorted(unpickled.values()) == [1, 1]
    texts = frame.compute(scheduler="sync")
    assert len(texts) >= 100_000
    wanted = expected(matcher, texts, ref_date="published")
    same(result, wanted)
    assert len(result) > 300_000
    assert set(wanted["label"]) >= {"PERSON", "PLACE", "DEMONYM", "DATE", "ORG"}


def test_parquet_in_parquet_out(
    client: Any, matcher: gazet.Matcher, corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "mentions"
    lazy = gazet.dask.extract(dd.read_parquet(corpus), matcher, ref_date="published")
    lazy.to_parquet(out, write_index=False)
    assert len(list(out.glob("*.parquet"))) == FILES
    back = pd.read_parquet(out)
    wanted = expected(matcher, dd.read_parquet(corpus).compute(scheduler="sync"), ref_date="published")  # fmt: skip
    # Parquet keeps the values; a read-back categorical has the dictionary of each file,
    # and strings come back as the reader's string dtype.
    assert list(back.columns) == list(wanted.columns)
    for column in wanted.columns:
        left, right = back[column], wanted[column]
        if left.dtype.kind in "iu":
            assert left.tolist() == right.tolist(), column
        else:
            assert left.astype(object).where(left.notna(), None).tolist() == (
                right.astype(object).where(right.notna(), None).tolist()
            ), column


def _thousand_partitions() -> Any:
    def part(k: int) -> pd.DataFrame:
        return pd.DataFrame({"id": [k], "text": [f"Paris {k}"]})

    meta = pd.DataFrame({"id": pd.Series([], dtype="int64"), "text": pd.Series([], dtype="str")})
    frame = dd.from_map(part, range(1000), meta=meta)
    assert frame.npartitions == 1000
    return frame


def _graph_bytes(lazy: Any) -> int:
    return len(cloudpickle.dumps(dict(lazy.__dask_graph__())))


# Under 1.5 KB a partition (the input's task and ours): nowhere near one matcher a task.
SMALL = 1_500_000


@pytest.fixture(scope="module")
def big() -> gazet.Matcher:
    big = gazet.Matcher()
    assert len(big._to_bytes()) > 5_000_000  # the built-in places: big enough to matter
    return big


def test_the_graph_stays_small_with_a_big_matcher(
    client: Any, big: gazet.Matcher, tmp_path: Path
) -> None:
    frame = _thousand_partitions()
    scattered = _graph_bytes(gazet.dask.extract(frame, big))
    path = tmp_path / "big.gazet"
    big.save(path)
    saved = _graph_bytes(gazet.dask.extract(frame, path))
    assert scattered < SMALL and saved < SMALL, (scattered, saved)


def test_without_a_client_the_matcher_is_in_the_graph_once(big: gazet.Matcher) -> None:
    size = len(big._to_bytes())
    embedded = _graph_bytes(gazet.dask.extract(_thousand_partitions(), big))
    assert size < embedded < size + SMALL, (embedded, size)


def test_a_saved_matcher_is_loaded_once_per_worker(
    client: Any, matcher: gazet.Matcher, seeds: pd.DataFrame, tmp_path: Path
) -> None:
    path = tmp_path / "seeds.gazet"
    matcher.save(path)
    frame = dd.from_pandas(pd.concat([seeds] * 4, ignore_index=True), npartitions=8)
    client.run(_count, "load")
    result = gazet.dask.extract(frame, str(path), ref_date="published").compute()
    loaded = client.run(_counted)
    assert sum(loaded.values()) >= 1 and max(loaded.values()) == 1, loaded
    same(result, expected(matcher, frame.compute(scheduler="sync"), ref_date="published"))


def test_each_task_uses_one_rayon_thread_unless_told(
    matcher: gazet.Matcher, seeds: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Any] = []
    extract = matcher.extract

    def recording(*args: Any, **options: Any) -> pd.DataFrame:
        if "threads" in options:  # not the call that builds meta
            seen.append(options["threads"])
        return extract(*args, **options)

    # Without a client the tasks get this very object (one delayed, no copies).
    monkeypatch.setattr(matcher, "extract", recording)
    frame = dd.from_pandas(seeds, npartitions=3)
    gazet.dask.extract(frame, matcher).compute(scheduler="threads")
    assert seen[-3:] == [1, 1, 1]
    gazet.dask.extract(frame, matcher, threads=2).compute(scheduler="threads")
    assert seen[-3:] == [2, 2, 2]


def test_local_progress_bar(matcher: gazet.Matcher, seeds: pd.DataFrame) -> None:
    out = io.StringIO()
    lazy = gazet.dask.extract(dd.from_pandas(seeds, npartitions=5), matcher)
    with ProgressBar(minimum=0, dt=0.01, out=out):
        result = lazy.compute(scheduler="threads")
    assert "100% Completed" in out.getvalue()
    assert len(result) > 200


def test_distributed_progress_bar(
    client: Any, matcher: gazet.Matcher, seeds: pd.DataFrame, capsys: pytest.CaptureFixture[str]
) -> None:
    frame = dd.from_pandas(seeds, npartitions=5)
    persisted = gazet.dask.extract(frame, matcher).persist()
    distributed.progress(persisted, notebook=False)
    assert "100% Completed" in capsys.readouterr().out
    same(persisted.compute(), expected(matcher, frame.compute(scheduler="sync")))


def test_a_unique_index_serves_as_ids_only_when_dask_knows_it(
    matcher: gazet.Matcher, seeds: pd.DataFrame
) -> None:
    indexed = dd.from_pandas(seeds.set_index("id"), npartitions=2)
    assert indexed.known_divisions
    result = gazet.dask.extract(indexed, matcher, id=None).compute(scheduler="sync")
    same(result, matcher.extract(indexed.compute(scheduler="sync"), threads=1))
    with pytest.raises(gazet.ArgumentError, match=r"divisions are unknown.*pass id="):
        gazet.dask.extract(indexed.clear_divisions(), matcher, id=None)
    # Known divisions, but an index that repeats inside a partition.
    twice = dd.from_pandas(pd.concat([seeds, seeds]).set_index("id"), npartitions=2)
    assert twice.known_divisions
    lazy = gazet.dask.extract(twice, matcher, id=None)
    with pytest.raises(gazet.ArgumentError, match=r"partition \d: the index repeats '0"):
        lazy.compute(scheduler="sync")


def test_missing_and_non_text_columns(matcher: gazet.Matcher, seeds: pd.DataFrame) -> None:
    frame = dd.from_pandas(seeds.assign(n=range(5)), npartitions=2)
    with pytest.raises(gazet.ColumnNotFoundError, match=r"no text column 'body'.*'published'"):
        gazet.dask.extract(frame, matcher, text="body")
    with pytest.raises(gazet.ColumnNotFoundError, match=r"no id column 'doc_id'.*id=None"):
        gazet.dask.extract(frame, matcher, id="doc_id")
    with pytest.raises(gazet.ColumnNotFoundError, match="no ref_date column 'date'"):
        gazet.dask.extract(frame, matcher, ref_date="date")
    with pytest.raises(gazet.ArgumentTypeError, match="text column 'n' holds int64, not text"):
        gazet.dask.extract(frame, matcher, text="n")
    with pytest.raises(gazet.ArgumentTypeError, match=r"must be a dask DataFrame.*to_frame"):
        gazet.dask.extract(frame["text"], matcher)
    with pytest.raises(gazet.ArgumentTypeError, match="dask DataFrame, got DataFrame"):
        gazet.dask.extract(seeds, matcher)
    with pytest.raises(gazet.DateError, match="'2025-02-30'"):
        gazet.dask.extract(frame, matcher, ref_date="2025-02-30")
    with pytest.raises(gazet.OptionError, match="errors must be"):
        gazet.dask.extract(frame, matcher, errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(gazet.OptionError, match="threads must be at least 1"):
        gazet.dask.extract(frame, matcher, threads=0)
    with pytest.raises(gazet.ArgumentTypeError, match="matcher must be"):
        gazet.dask.extract(frame, object())  # type: ignore[arg-type]


def _bad_rows(seeds: pd.DataFrame) -> Any:
    """12 rows in 3 partitions of 4: a number for a text in partition 1 (row 2) and an
    impossible date in partition 2 (row 1)."""
    rows = pd.concat([seeds] * 3, ignore_index=True).iloc[:12].astype({"text": object})
    rows["id"] = [f"a{i}" for i in range(12)]
    rows.loc[6, "text"] = 5
    rows.loc[9, "published"] = "2025-02-30"
    with dask.config.set({"dataframe.convert-string": False}):  # keep the 5 a number
        return dd.from_pandas(rows, npartitions=3, sort=False)


def test_a_bad_row_names_its_partition_and_row(
    client: Any, matcher: gazet.Matcher, seeds: pd.DataFrame
) -> None:
    frame = _bad_rows(seeds)
    assert frame.npartitions == 3
    lazy = gazet.dask.extract(frame, matcher, ref_date="published")
    with pytest.raises((gazet.ArgumentTypeError, gazet.DateError)) as raised:
        lazy.compute()
    assert str(raised.value) in (
        "partition 1, row 2: expected str or None, got int",
        "partition 2, row 1 (index 'a9'): invalid reference date '2025-02-30' "
        "(expected YYYY-MM-DD or an ISO datetime)",
    )


def test_skipped_rows_are_listed_per_partition(
    client: Any, matcher: gazet.Matcher, seeds: pd.DataFrame
) -> None:
    frame = _bad_rows(seeds)
    lazy = gazet.dask.extract(frame, matcher, ref_date="published", errors="skip")
    with pytest.warns(gazet.SkippedRowsWarning) as caught:
        result, failed = dask.compute(lazy, gazet.dask.failures(lazy))
        # Workers' warnings reach the client as events, maybe after the results.
        deadline = time.monotonic() + 10
        while len(caught) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
    messages = sorted(str(w.message) for w in caught)
    assert len(messages) == 2, messages
    assert messages[0].startswith("partition 1: skipped 1 of 4 rows (row 2: expected str")
    assert messages[1].startswith("partition 2: skipped 1 of 4 rows (row 1 (index 'a9')")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", gazet.SkippedRowsWarning)
        wanted = expected(
            matcher, frame.compute(scheduler="sync"), ref_date="published", errors="skip"
        )
    same(result, wanted)
    assert set(result["doc"]) == {f"a{i}" for i in range(12)} - {"a6", "a9"}
    assert failed["partition"].tolist() == [1, 2]
    assert failed["row"].tolist() == [2, 1]
    assert failed["doc"].tolist() == ["a6", "a9"]
    assert failed["error"].str.startswith("ArgumentTypeError: partition 1, row 2:").iloc[0]
    assert failed["error"].str.startswith("DateError: partition 2, row 1 (index 'a9')").iloc[1]


def test_failures_needs_the_partitions_extract_made(
    matcher: gazet.Matcher, seeds: pd.DataFrame
) -> None:
    clean = gazet.dask.extract(dd.from_pandas(seeds, npartitions=2), matcher)
    assert len(gazet.dask.failures(clean).compute(scheduler="sync")) == 0
    lazy = gazet.dask.extract(_bad_rows(seeds), matcher, ref_date="published", errors="skip")
    # Partitions with different lists of skipped rows: concatenating them drops the lists.
    merged = gazet.dask.failures(lazy.repartition(npartitions=1))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", gazet.SkippedRowsWarning)
        with pytest.raises(gazet.ArgumentError, match="carries no list of skipped rows"):
            merged.compute(scheduler="sync")


def test_the_parquet_example_runs(
    matcher: gazet.Matcher, seeds: pd.DataFrame, tmp_path: Path
) -> None:
    example = SEEDS.parent / "examples" / "dask_parquet.py"
    run = subprocess.run(
        [sys.executable, str(example), str(tmp_path)], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr[-2000:]
    back = pd.read_parquet(tmp_path / "mentions")
    wanted = expected(matcher, seeds, ref_date="published")
    assert f"{len(wanted)} mentions in 5 articles" in run.stdout
    assert back[["doc", "start", "end", "text"]].astype(object).values.tolist() == (
        wanted[["doc", "start", "end", "text"]].astype(object).values.tolist()
    )


def test_written_files_keep_their_skipped_rows(
    matcher: gazet.Matcher, seeds: pd.DataFrame, tmp_path: Path
) -> None:
    lazy = gazet.dask.extract(_bad_rows(seeds), matcher, ref_date="published", errors="skip")
    with pytest.warns(gazet.SkippedRowsWarning), dask.config.set(scheduler="sync"):
        lazy.to_parquet(tmp_path, write_index=False)
    kept = [pd.read_parquet(p).attrs["gazet.failures"] for p in sorted(tmp_path.glob("*.parquet"))]
    assert [[(f["partition"], f["row"], f["doc"]) for f in k] for k in kept] == [
        [],
        [(1, 2, "a6")],
        [(2, 1, "a9")],
    ]
