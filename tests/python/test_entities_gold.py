"""People, places and demonyms on 76 news-style passages written and annotated for this
suite (tests/data/entity_passages.jsonl; conventions in entity_passages_README.md), with
the built-in places and demonyms and a people list of full names only (people.csv).

Floors come from honest runs (README, "Quality"); the gold is never edited to fit."""

import json
from collections import Counter

import gazet
import pytest
from conftest import DATA

LABELS = ("PERSON", "PLACE", "DEMONYM")
# (precision, recall, linking accuracy) floors; measured 2026-11-23 with discover=True:
# PERSON 0.995/0.895/1.000, PLACE 0.938/0.946/0.960, DEMONYM 0.990/1.000/1.000.
FLOORS = {"PERSON": (0.95, 0.85, 0.95), "PLACE": (0.90, 0.92, 0.93), "DEMONYM": (0.95, 0.95, 0.95)}


@pytest.fixture(scope="module")
def tally():
    people = gazet.Gazetteer.from_csv(DATA / "people.csv")
    matcher = gazet.Matcher(people + gazet.places() + gazet.demonyms(), discover=True)
    passages = [json.loads(line) for line in (DATA / "entity_passages.jsonl").read_text(encoding="utf-8").splitlines()]
    counts = {label: Counter() for label in LABELS}
    found = matcher.find_many([p["text"] for p in passages])
    for passage, matches in zip(passages, found, strict=True):
        pred = {(m.start, m.end, m.label): m.entity_id for m in matches if m.label in LABELS}
        gold = {(g["start"], g["end"], g["label"]): g["entity_id"] for g in passage["mentions"]}
        for key, entity_id in pred.items():
            c = counts[key[2]]
            if key not in gold:
                c["fp"] += 1
                continue
            c["tp"] += 1
            if gold[key] is not None:
                c["linkable"] += 1
                c["linked"] += entity_id == gold[key]
        for key in gold.keys() - pred.keys():
            counts[key[2]]["fn"] += 1
    return counts


@pytest.mark.parametrize("label", LABELS)
def test_precision_recall_linking_floors(tally, label):
    c = tally[label]
    precision = c["tp"] / max(c["tp"] + c["fp"], 1)
    recall = c["tp"] / max(c["tp"] + c["fn"], 1)
    linking = c["linked"] / max(c["linkable"], 1)
    print(f"{label}: P={precision:.3f} R={recall:.3f} linking={linking:.3f} {dict(c)}")
    floor_p, floor_r, floor_l = FLOORS[label]
    assert precision >= floor_p
    assert recall >= floor_r
    assert linking >= floor_l


def test_gold_is_consistent():
    for line in (DATA / "entity_passages.jsonl").read_text(encoding="utf-8").splitlines():
        p = json.loads(line)
        for g in p["mentions"]:
            assert p["text"][g["start"] : g["end"]] == g["text"]
