"""People, places and demonyms on the news-style passages written and annotated for this
suite (tests/data/entity_passages.jsonl; conventions in entity_passages_README.md), with
the built-in places and demonyms and a people list of full names only (people.csv).

The floors are the measured scores less one error; the gold is never edited to fit."""

import itertools
import json
from collections import Counter

import pytest
from conftest import DATA

import gazet

LABELS = ("PERSON", "PLACE", "DEMONYM")


def floors(tp, fp, fn, linked, linkable):
    """(precision, recall, linking) with one error more than measured: a correct mention
    turned wrong ((tp-1)/(tp+fp), (tp-1)/(tp+fn)) or one more wrong link
    ((linked-1)/linkable). A new false positive or miss alone stays above them."""
    return (tp - 1) / (tp + fp), (tp - 1) / (tp + fn), (linked - 1) / linkable


# Counts (tp, fp, fn, linked, linkable) measured with discover=True (the default since
# the people issue: discovery now starts names at known given names too).
FLOORS = {
    "PERSON": floors(194, 2, 15, 173, 173),
    "PLACE": floors(459, 16, 24, 441, 454),
    "DEMONYM": floors(96, 1, 0, 96, 96),
}


@pytest.fixture(scope="module")
def tally():
    people = gazet.Gazetteer.from_csv(DATA / "people.csv")
    matcher = gazet.Matcher(people + gazet.places() + gazet.demonyms())
    passages = [
        json.loads(line)
        for line in (DATA / "entity_passages.jsonl").read_text(encoding="utf-8").splitlines()
    ]
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
    checked = 0
    for line in (DATA / "entity_passages.jsonl").read_text(encoding="utf-8").splitlines():
        p = json.loads(line)
        spans = [(g["start"], g["end"]) for g in p["mentions"]]
        assert spans == sorted(spans), p["id"]
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), p["id"]
        for g in p["mentions"]:
            assert p["text"][g["start"] : g["end"]] == g["text"]
            checked += 1
    assert checked > 0
