"""The `gazet` command."""

import csv
import json
import subprocess
import sys

from conftest import COLUMNS, SEEDS

from gazet.cli import main


def test_extract_seeds_jsonl(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    code = main(
        [
            "extract",
            str(SEEDS),
            "--gazetteer",
            str(SEEDS / "gazetteer.csv"),
            "--metadata",
            str(SEEDS / "metadata.csv"),
            "--format",
            "jsonl",
            "-o",
            str(out),
        ]
    )
    assert code == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    docs = {r["doc"] for r in rows}
    assert len(docs) == 5
    people = {r["entity_id"] for r in rows if r["label"] == "PERSON"}
    assert "person:khawaja_asif" in people
    text = (SEEDS / "000_0cefd554b753c38a.txt").read_text(encoding="utf-8")
    for r in rows:
        if r["doc"] == "000_0cefd554b753c38a":
            assert text[r["start"] : r["end"]] == r["text"]
    assert "mentions in 5 documents" in capsys.readouterr().err


def test_table_output(capsys):
    assert (
        main(
            [
                "extract",
                str(SEEDS / "003_f0f75ebd766b140c.txt"),
                "--no-default-places",
                "--gazetteer",
                str(SEEDS / "gazetteer.csv"),
            ]
        )
        == 0
    )
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["doc", "start", "end", "label", "text", "entity_id", "value"]
    assert any("Istanbul" in line and "PLACE" in line for line in lines[1:])


def test_errors_exit_1_with_a_message(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "missing.txt")]) == 1
    assert "gazet: error:" in capsys.readouterr().err
    bad = tmp_path / "g.csv"
    bad.write_text("label,entity_id,name\nPLACE,x\n", encoding="utf-8")
    assert main(["extract", str(SEEDS), "--gazetteer", str(bad)]) == 1
    assert "line 2" in capsys.readouterr().err


def test_help_runs_as_a_command():
    r = subprocess.run(
        [sys.executable, "-m", "gazet.cli", "extract", "--help"], capture_output=True, text=True
    )
    assert r.returncode == 0 and "--gazetteer" in r.stdout


def test_jsonl_and_csv_corpora_with_published_dates(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"id": "a", "text": "Talks in Istanbul yesterday.", "published": "2025-11-06"})
        + "\n",
        encoding="utf-8",
    )
    table = tmp_path / "c.csv"
    table.write_text('id,text,published\nb,"Talks in Doha today.",2025-10-19\n', encoding="utf-8")
    out = tmp_path / "o.csv"
    assert main(["extract", str(corpus), str(table), "--format", "csv", "-o", str(out)]) == 0
    with out.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert ("a", "DATE", "2025-11-05") in {(r["doc"], r["label"], r["value"]) for r in rows}
    assert ("b", "DATE", "2025-10-19") in {(r["doc"], r["label"], r["value"]) for r in rows}
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1}\n', encoding="utf-8")
    assert main(["extract", str(bad)]) == 1
    assert "bad.jsonl, line 1" in capsys.readouterr().err


def test_parquet_output(tmp_path):
    import pandas as pd

    out = tmp_path / "o.parquet"
    assert (
        main(
            [
                "extract",
                str(SEEDS / "003_f0f75ebd766b140c.txt"),
                "--format",
                "parquet",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    df = pd.read_parquet(out)
    # The schema of Matcher.extract_to_parquet (the CLI streams through it).
    assert list(df.columns) == COLUMNS
    assert len(df) > 10
    assert main(["extract", str(SEEDS), "--format", "parquet"]) == 1


def test_usage_errors_exit_2():
    r = subprocess.run(
        [sys.executable, "-m", "gazet.cli", "extract"], capture_output=True, text=True
    )
    assert r.returncode == 2 and "usage" in r.stderr


def test_bad_dates_and_huge_csv_fields_are_clear_errors(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"id": "a", "text": "x", "published": "6 Nov"}) + "\n", encoding="utf-8"
    )
    assert main(["extract", str(corpus)]) == 1
    assert "c.jsonl, line 1: invalid published date '6 Nov'" in capsys.readouterr().err
    big = tmp_path / "big.csv"
    big.write_text("id,text\nb," + "Doha " * 40000 + "\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert main(["extract", str(big), "--format", "jsonl", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").count('"Doha"') == 40000
    r = subprocess.run(
        [sys.executable, "-m", "gazet.cli", "extract", str(big), "--ref-date", "2025-13-01"],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 2
    assert r.stderr == (
        "gazet: error: --ref-date: invalid reference date '2025-13-01' (expected YYYY-MM-DD or an ISO datetime)\n"
    )


def test_keep_going_reports_and_loses_nothing_else(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    lines = [
        {"id": "a", "text": "Talks in Kabul."},
        "not json",
        {"id": "b", "text": "Doha on Friday.", "published": "2025-02-11T10:00:00Z"},
        {"id": "c", "text": 5},
        {"id": "d", "text": "Lahore", "published": "February"},
    ]
    corpus.write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n",
        encoding="utf-8",
    )
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Türkiye".encode("latin-1"))
    out = tmp_path / "o.jsonl"
    args = [
        "extract",
        str(corpus),
        str(bad),
        str(tmp_path / "missing.txt"),
        "--format",
        "jsonl",
        "-o",
        str(out),
    ]
    assert main(args) == 1  # without --keep-going: the first problem stops it
    assert main([*args, "--keep-going"]) == 1
    err = capsys.readouterr().err
    for expected in [
        "c.jsonl, line 2",
        "c.jsonl, line 4",
        "c.jsonl, line 5: invalid published date 'February'",
        "latin1.txt: not UTF-8",
        "missing.txt",
        "5 problem(s)",
    ]:
        assert expected in err, expected
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {(r["doc"], r["text"], r["value"]) for r in rows} == {
        ("a", "Kabul", None),
        ("b", "Doha", None),
        ("b", "Friday", "2025-02-07"),
    }


def test_keep_going_reports_a_failing_document(tmp_path, capsys):
    from gazet import _core

    (tmp_path / "a.txt").write_text("Kabul <<fault>>", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Doha", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    _core._inject_fault("<<fault>>")
    try:
        assert (
            main(["extract", str(tmp_path), "--keep-going", "--format", "jsonl", "-o", str(out)])
            == 1
        )
        assert main(["extract", str(tmp_path), "--format", "jsonl", "-o", str(out)]) == 1
    finally:
        _core._inject_fault(None)
    err = capsys.readouterr().err
    assert "document 'a': row 0: internal error" in err
    assert "gazet: error: row 0: internal error" in err


def test_version_and_unmatched_metadata(tmp_path, capsys):
    import gazet

    r = subprocess.run(
        [sys.executable, "-m", "gazet.cli", "--version"], capture_output=True, text=True
    )
    assert r.returncode == 0 and r.stdout.strip() == f"gazet {gazet.__version__}"
    meta = tmp_path / "meta.csv"
    meta.write_text(
        "doc_id,published\nnope,2025-01-01\n003_f0f75ebd766b140c,2025-11-06\n", encoding="utf-8"
    )
    out = tmp_path / "o.csv"
    assert (
        main(
            [
                "extract",
                str(SEEDS / "003_f0f75ebd766b140c.txt"),
                "--metadata",
                str(meta),
                "--format",
                "csv",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    assert "1 doc_id(s) match no document: 'nope' (line 2)" in capsys.readouterr().err
