"""The `gazet` command."""

import csv
import json
import subprocess
import sys

from conftest import SEEDS
from gazet.cli import main


def test_extract_seeds_jsonl(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    code = main(
        ["extract", str(SEEDS), "--gazetteer", str(SEEDS / "gazetteer.csv"),
         "--metadata", str(SEEDS / "metadata.csv"), "--format", "jsonl", "-o", str(out)]
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
    assert main(["extract", str(SEEDS / "003_f0f75ebd766b140c.txt"), "--no-default-places",
                 "--gazetteer", str(SEEDS / "gazetteer.csv")]) == 0
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
    r = subprocess.run([sys.executable, "-m", "gazet.cli", "extract", "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and "--gazetteer" in r.stdout


def test_jsonl_and_csv_corpora_with_published_dates(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"id": "a", "text": "Talks in Istanbul yesterday.", "published": "2025-11-06"}) + "\n",
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
    assert main(["extract", str(SEEDS / "003_f0f75ebd766b140c.txt"), "--format", "parquet", "-o", str(out)]) == 0
    df = pd.read_parquet(out)
    assert list(df.columns) == ["doc", "start", "end", "label", "text", "entity_id", "value"]
    assert len(df) > 10
    assert main(["extract", str(SEEDS), "--format", "parquet"]) == 1


def test_usage_errors_exit_2():
    r = subprocess.run([sys.executable, "-m", "gazet.cli", "extract"], capture_output=True, text=True)
    assert r.returncode == 2 and "usage" in r.stderr


def test_bad_dates_and_huge_csv_fields_are_clear_errors(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": "x", "published": "6 Nov"}) + "\n", encoding="utf-8")
    assert main(["extract", str(corpus)]) == 1
    assert "c.jsonl, line 1: published '6 Nov'" in capsys.readouterr().err
    big = tmp_path / "big.csv"
    big.write_text("id,text\nb," + "Doha " * 40000 + "\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert main(["extract", str(big), "--format", "jsonl", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").count('"Doha"') == 40000
    r = subprocess.run([sys.executable, "-m", "gazet.cli", "extract", str(big), "--ref-date", "2025-13-01"],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "--ref-date" in r.stderr
