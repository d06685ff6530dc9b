"""Matcher.extract_to_parquet: a corpus streamed in chunks into one Parquet file, equal to
extract_arrow on the whole corpus, from every kind of source, with errors that name the
file, line or row and never a half-written file."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from conftest import COLUMNS

import gazet
from gazet import cli

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
pd = pytest.importorskip("pandas")

# Written for these tests: places, a date the reference resolves, non-ASCII and astral text.
SENTENCES = [
    "Talks resumed in Istanbul on Friday between Pakistan and Afghanistan.",
    "🙂 Officials in Kabul said the Turkish mediators would meet again next week.",
    "Đà Lạt and Hafnarfjörður were quiet; nothing happened in Reykjavík either.",
    "",
    "A delegation flew from Islamabad to Doha on 6 November 2025.",
]
N = 57  # not a multiple of the chunk sizes used, so the last chunk is short


def corpus() -> list[dict[str, object]]:
    return [
        {
            "id": f"doc-{i:03d}",
            "text": SENTENCES[i % len(SENTENCES)] + f" Note {i}.",
            "published": f"2025-11-{1 + i % 28:02d}",
        }
        for i in range(N)
    ]


@pytest.fixture(scope="module")
def m() -> gazet.Matcher:
    return gazet.Matcher()


@pytest.fixture(scope="module")
def expected(m: gazet.Matcher) -> pd.DataFrame:
    frame = pd.DataFrame(corpus()).set_index("id")
    return _plain(m.extract(frame, ref_date="published"))


def _plain(df: pd.DataFrame) -> pd.DataFrame:
    """Rows as plain values, to compare frames from different paths."""
    out = df.reset_index(drop=True).astype(
        {"label": "str", "entity_id": "object", "value": "object", "text": "str", "how": "str"}
    )
    out["timex_type"] = out["timex_type"].astype("object").where(out["timex_type"].notna(), None)
    out["doc"] = out["doc"].astype("str")
    out["entity_id"] = out["entity_id"].where(out["entity_id"].notna(), None)
    out["value"] = out["value"].where(out["value"].notna(), None)
    return out


def _read(path: Path) -> pd.DataFrame:
    return _plain(pq.read_table(path).to_pandas())


def _jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def test_jsonl_in_chunks_equals_extract(m, expected, tmp_path):
    source = _jsonl(tmp_path / "c.jsonl", corpus())
    result = m.extract_to_parquet(source, tmp_path / "out", ref_date="published", chunk_size=10)
    assert result.path == tmp_path / "out" / "part-0.parquet"
    assert (result.documents, result.row_groups, result.failures) == (N, 6, [])
    assert result.mentions == len(expected) > N  # every sentence but the empty one names places
    assert pq.ParquetFile(result.path).num_row_groups == 6
    pd.testing.assert_frame_equal(_read(result.path), expected)
    # The directory reads as a dataset, as the docs promise.
    assert pq.read_table(tmp_path / "out").num_rows == len(expected)


def test_schema_is_fixed_and_offsets_are_str_indices(m, tmp_path):
    source = _jsonl(tmp_path / "c.jsonl", corpus())
    result = m.extract_to_parquet(source, tmp_path / "m.parquet", ref_date="published")
    table = pq.read_table(result.path)
    assert table.schema.names == COLUMNS
    types = {f.name: f.type for f in table.schema}
    assert types["start"] == types["end"] == pa.int64()
    assert pa.types.is_dictionary(types["label"]) and pa.types.is_dictionary(types["entity_id"])
    texts = {r["id"]: r["text"] for r in corpus()}
    rows = table.to_pylist()
    assert any(not r["text"].isascii() for r in rows)
    for r in rows:
        assert texts[r["doc"]][r["start"] : r["end"]] == r["text"]


def test_parquet_csv_and_frames_sources_agree(m, expected, tmp_path):
    frame = pd.DataFrame(corpus())
    frame.to_parquet(tmp_path / "in.parquet")
    (tmp_path / "dataset").mkdir()
    frame.iloc[:30].to_parquet(tmp_path / "dataset" / "a.parquet")
    frame.iloc[30:].to_parquet(tmp_path / "dataset" / "b.parquet")
    frame.to_csv(tmp_path / "in.csv", index=False)
    sources = {
        "parquet file": tmp_path / "in.parquet",
        "parquet directory": tmp_path / "dataset",
        "csv": tmp_path / "in.csv",
        "pandas chunks": (frame.iloc[i : i + 20] for i in range(0, N, 20)),
        "arrow batches": pa.Table.from_pandas(frame).to_batches(max_chunksize=16),
    }
    for name, source in sources.items():
        out = tmp_path / f"{name.replace(' ', '-')}.parquet"
        result = m.extract_to_parquet(source, out, ref_date="published", chunk_size=25)
        assert result.documents == N, name
        pd.testing.assert_frame_equal(_read(out), expected, obj=name)


def test_id_type_is_kept_and_none_numbers_the_rows(m, tmp_path):
    rows = [{"n": 10 * i, "text": "Talks in Kabul."} for i in range(5)]
    pd.DataFrame(rows).to_parquet(tmp_path / "in.parquet")
    kept = m.extract_to_parquet(tmp_path / "in.parquet", tmp_path / "a.parquet", id="n")
    table = pq.read_table(kept.path)
    assert table.schema.field("doc").type == pa.int64()
    assert table.column("doc").to_pylist() == [0, 10, 20, 30, 40]
    numbered = m.extract_to_parquet(
        _jsonl(tmp_path / "c.jsonl", rows), tmp_path / "b.parquet", id=None, chunk_size=2
    )
    assert pq.read_table(numbered.path).column("doc").to_pylist() == [0, 1, 2, 3, 4]


def test_empty_corpus_gives_an_empty_file_with_the_columns(m, tmp_path):
    (tmp_path / "empty.jsonl").write_text("", "utf-8")
    result = m.extract_to_parquet(tmp_path / "empty.jsonl", tmp_path / "e.parquet", id=None)
    assert (result.documents, result.mentions) == (0, 0)
    table = pq.read_table(result.path)
    assert table.num_rows == 0 and "entity_id" in table.schema.names


@pytest.mark.parametrize(
    ("lines", "error", "message"),
    [
        (['{"id": "a", "text": "Kabul"}', "{not json"], gazet.CorpusError, "line 2: not JSON"),
        (['{"id": "a", "body": "Kabul"}'], gazet.ColumnNotFoundError, "line 1: no field 'text'"),
        (['{"text": "Kabul"}'], gazet.ColumnNotFoundError, "line 1: no field 'id'"),
        (['{"id": "a", "text": 7}'], gazet.ArgumentTypeError, "line 1: field 'text' is int"),
        (
            ['{"id": "a", "text": "Kabul", "published": "2025-02-30"}'],
            gazet.DateError,
            "invalid reference date '2025-02-30'",
        ),
    ],
)
def test_bad_jsonl_names_the_line_and_writes_nothing(m, tmp_path, lines, error, message):
    source = tmp_path / "c.jsonl"
    source.write_text("\n".join(lines) + "\n", "utf-8")
    out = tmp_path / "out"
    with pytest.raises(error, match=message) as caught:
        m.extract_to_parquet(source, out, ref_date="published")
    assert f"nothing was written to {out / 'part-0.parquet'}" in caught.value.__notes__[0]
    assert list(out.iterdir()) == []  # no part file and no temporary file left behind


def test_bad_columns_name_the_source(m, tmp_path):
    pd.DataFrame({"id": ["a"], "body": ["Kabul"]}).to_parquet(tmp_path / "a.parquet")
    with pytest.raises(gazet.ColumnNotFoundError, match=r"a\.parquet: no column 'text'"):
        m.extract_to_parquet(tmp_path / "a.parquet", tmp_path / "o1")
    pd.DataFrame({"id": ["a"], "text": [3]}).to_parquet(tmp_path / "b.parquet")
    with pytest.raises(gazet.ArgumentTypeError, match="column 'text' holds int64"):
        m.extract_to_parquet(tmp_path / "b.parquet", tmp_path / "o2")
    mixed = [{"id": "a", "text": "Kabul"}, {"id": 2, "text": "Herat"}]
    with pytest.raises(gazet.CorpusError, match="ids are of mixed types"):
        m.extract_to_parquet(_jsonl(tmp_path / "m.jsonl", mixed), tmp_path / "o3")
    with pytest.raises(gazet.ArgumentTypeError, match="chunk 1: expected a pandas DataFrame"):
        m.extract_to_parquet([pd.DataFrame({"id": ["a"], "text": ["x"]}), 5], tmp_path / "o4")
    with pytest.raises(FileNotFoundError, match="no such file"):
        m.extract_to_parquet(tmp_path / "missing.jsonl", tmp_path / "o5")
    (tmp_path / "notes.bak").write_text("x", "utf-8")
    with pytest.raises(gazet.CorpusError, match="not a corpus gazet reads"):
        m.extract_to_parquet(tmp_path / "notes.bak", tmp_path / "o6")


def test_a_failure_midway_leaves_no_file(m, tmp_path):
    def chunks():
        yield pd.DataFrame({"id": ["a"], "text": ["Talks in Kabul."]})
        yield pd.DataFrame({"id": ["b"], "text": ["Talks in Herat."]})
        raise OSError("the source went away")

    target = tmp_path / "out.parquet"
    with pytest.raises(OSError, match="went away"):
        m.extract_to_parquet(chunks(), target)
    assert list(tmp_path.iterdir()) == []


def test_existing_output_needs_overwrite_and_unwritable_fails_first(m, tmp_path):
    source = _jsonl(tmp_path / "c.jsonl", corpus()[:3])
    first = m.extract_to_parquet(source, tmp_path / "o.parquet")
    with pytest.raises(FileExistsError, match="overwrite=True"):
        m.extract_to_parquet(source, tmp_path / "o.parquet")
    again = m.extract_to_parquet(source, tmp_path / "o.parquet", overwrite=True)
    assert again.mentions == first.mentions
    (tmp_path / "file").write_text("not a folder", "utf-8")
    read = []

    def chunks():
        read.append(1)
        yield pd.DataFrame({"id": ["a"], "text": ["Kabul"]})

    with pytest.raises(OSError):
        m.extract_to_parquet(chunks(), tmp_path / "file" / "o.parquet")
    assert read == []  # the path failed before any text was read


def test_skip_lists_failures_on_the_result_and_in_the_file(m, tmp_path):
    rows = corpus()[:6]
    rows[2]["published"] = "2025-13-01"
    rows[4]["text"] = "bad \ud800 text"
    frame = pd.DataFrame(rows, dtype=object)  # pandas' Arrow strings cannot hold a surrogate
    with pytest.warns(gazet.SkippedRowsWarning, match="skipped 2 of 6 rows") as caught:
        result = m.extract_to_parquet(
            [frame.iloc[:3], frame.iloc[3:]], tmp_path / "o.parquet", ref_date="published",
            errors="skip",
        )  # fmt: skip
    assert caught[0].filename == __file__
    assert [(f.row, f.doc, type(f.error)) for f in result.failures] == [
        (2, "doc-002", gazet.DateError),
        (4, "doc-004", gazet.TextError),
    ]
    docs = set(pq.read_table(result.path).column("doc").to_pylist())
    assert "doc-002" not in docs and "doc-004" not in docs and "doc-005" in docs
    listed = json.loads(pq.ParquetFile(result.path).metadata.metadata[b"gazet.failures"])
    assert [f["row"] for f in listed] == [2, 4]
    with pytest.raises(gazet.DateError, match="chunk 0, row 2"):
        m.extract_to_parquet([frame], tmp_path / "r.parquet", ref_date="published")
    assert not (tmp_path / "r.parquet").exists()


def test_options_are_checked(m, tmp_path):
    source = _jsonl(tmp_path / "c.jsonl", corpus()[:2])
    with pytest.raises(gazet.OptionError, match="chunk_size"):
        m.extract_to_parquet(source, tmp_path / "a", chunk_size=0)
    with pytest.raises(gazet.OptionError, match="errors must be"):
        m.extract_to_parquet(source, tmp_path / "b", errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(gazet.ArgumentTypeError, match="source must be a path"):
        m.extract_to_parquet(42, tmp_path / "c")


def test_cli_streams_parquet_into_a_directory(tmp_path, capsys):
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    out = tmp_path / "mentions"
    status = cli.main(
        ["extract", str(seeds), "--gazetteer", str(seeds / "gazetteer.csv"),
         "--metadata", str(seeds / "metadata.csv"), "--format", "parquet", "-o", str(out),
         "--no-progress"]
    )  # fmt: skip
    assert status == 0
    table = pq.read_table(out)
    assert table.num_rows > 100
    assert "mentions in 5 documents" in capsys.readouterr().err
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        status = cli.main(
            ["extract", str(seeds), "--gazetteer", str(seeds / "gazetteer.csv"),
             "--metadata", str(seeds / "metadata.csv"), "--format", "jsonl", "--no-progress"]
        )  # fmt: skip
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == table.num_rows  # the same mentions as the other formats


def test_cli_summary_names_people_places_and_dates(tmp_path, capsys):
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    status = cli.main(
        ["extract", str(seeds), "--gazetteer", str(seeds / "gazetteer.csv"),
         "--metadata", str(seeds / "metadata.csv"), "--format", "summary", "--no-progress"]
    )  # fmt: skip
    assert status == 0
    out = capsys.readouterr().out
    blocks = [b for b in out.split("\n\n") if b.strip()]
    assert len(blocks) == 5  # one per seed article
    first = blocks[0].splitlines()
    assert "mentions" in first[0] and "published 20" in first[0]
    labels = [line.split()[0] for line in first[1:]]
    assert labels[:2] == ["PERSON", "PLACE"] and "DATE" in labels
    # Counts and canonical names: the seed gazetteer's first name of Khawaja Asif, with ×n.
    assert any("Khawaja Asif ×" in line for line in out.splitlines())
    assert any(line.split()[0] == "DATE" and "2025-" in line for line in first[1:])
