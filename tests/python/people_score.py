"""PERSON precision, recall and linking of gazet's defaults on gold passages.

Run as a script to print the table the README and the issue note quote:

    python tests/python/people_score.py            # dev, held-out, and the two BBC
                                                   # samples when ../shared/bench is here

A mention counts when its span is exactly a gold PERSON span. Linking is scored within
each document, since discovered ids come from the names the text spells: each gold person
maps to the id most of its found mentions carry, and a found mention is linked when it
carries its person's id and no other gold person of the document maps to that id.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "data"
BENCH = Path(__file__).resolve().parents[3] / "shared" / "bench" / "news.jsonl"


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    linked: int = 0

    @property
    def precision(self) -> float:
        return self.tp / max(self.tp + self.fp, 1)

    @property
    def recall(self) -> float:
        return self.tp / max(self.tp + self.fn, 1)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / max(p + r, 1e-9)

    @property
    def linking(self) -> float:
        return self.linked / max(self.tp, 1)

    def row(self, name: str) -> str:
        return (
            f"| {name} | {self.precision:.3f} | {self.recall:.3f} | {self.f1:.3f} | "
            f"{self.linking:.3f} | {self.tp} | {self.fp} | {self.fn} |"
        )


def score_doc(score: Score, gold: list[tuple[int, int, str]], found: list[Any]) -> None:
    """Adds one document: `gold` as (start, end, person), `found` gazet's matches."""
    pred = {(m.start, m.end): m.entity_id for m in found if m.label == "PERSON"}
    spans = {(s, e): person for s, e, person in gold}
    score.fp += len(pred.keys() - spans.keys())
    score.fn += len(spans.keys() - pred.keys())
    hits = [(span, spans[span], pred[span]) for span in spans.keys() & pred.keys()]
    score.tp += len(hits)
    votes: dict[str, Counter[str | None]] = {}
    for _, person, entity_id in hits:
        votes.setdefault(person, Counter())[entity_id] += 1
    chosen = {person: c.most_common(1)[0][0] for person, c in votes.items()}
    shared = Counter(chosen.values())
    for _, person, entity_id in hits:
        ok = entity_id is not None and entity_id == chosen[person] and shared[entity_id] == 1
        score.linked += ok


def passages(name: str) -> list[dict[str, Any]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def score_passages(matcher: Any, name: str) -> Score:
    score = Score()
    docs = passages(name)
    found = matcher.find_many([d["text"] for d in docs], ref_dates=[d["ref_date"] for d in docs])
    for doc, matches in zip(docs, found, strict=True):
        gold = [(m["start"], m["end"], m["entity_id"]) for m in doc["mentions"]]
        score_doc(score, gold, matches)
    return score


BBC_SAMPLES = ("bbc_people_sample.jsonl", "bbc_people_sample2.jsonl")


def bbc_texts() -> dict[str, str] | None:
    """The BBC samples' articles by id, or None when the corpus is not at hand."""
    if not BENCH.exists():
        return None
    wanted = {d["id"]: d["sha256"] for name in BBC_SAMPLES for d in passages(name)}
    texts = {}
    with BENCH.open(encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if doc["id"] in wanted:
                digest = hashlib.sha256(doc["text"].encode()).hexdigest()
                assert digest == wanted[doc["id"]], f"{doc['id']} changed"
                texts[doc["id"]] = doc["text"]
    return texts


def score_bbc(matcher: Any, texts: dict[str, str], name: str) -> Score:
    score = Score()
    docs = passages(name)
    found = matcher.find_many([texts[d["id"]] for d in docs])
    for doc, matches in zip(docs, found, strict=True):
        gold = [(m["start"], m["end"], m["person"]) for m in doc["mentions"]]
        score_doc(score, gold, matches)
    return score


def main() -> None:
    import gazet

    matcher = gazet.Matcher()
    print("| set | P | R | F1 | linking | tp | fp | fn |\n|---|---|---|---|---|---|---|---|")
    for name in ("people_passages.jsonl", "people_heldout.jsonl"):
        print(score_passages(matcher, name).row(name))
    texts = bbc_texts()
    if texts is not None:
        for name in BBC_SAMPLES:
            print(score_bbc(matcher, texts, name).row(name))
    if "-v" in sys.argv:
        show_errors(matcher, "people_passages.jsonl")


def show_errors(matcher: Any, name: str) -> None:
    docs = passages(name)
    for doc in docs:
        ms = matcher.find(doc["text"], ref_date=doc["ref_date"])
        pred = {(m.start, m.end): m for m in ms if m.label == "PERSON"}
        gold = {(g["start"], g["end"]): g for g in doc["mentions"]}
        for span in sorted(pred.keys() - gold.keys()):
            print(doc["id"], "FP", repr(pred[span].text), pred[span].how)
        for span in sorted(gold.keys() - pred.keys()):
            print(doc["id"], "FN", repr(gold[span]["text"]))


if __name__ == "__main__":
    main()
