"""Draw the random BBC sample for the hand-judged PERSON gold set, and check it.

The sample is 24 articles of the BBC corpus (``news.jsonl``, outside the repository:
its text has no open licence and must never be copied into the repo).  They are drawn
with ``random.Random(20261203).sample(range(n_lines), 24)`` over the lines in file
order, and the chosen line numbers are then sorted.  ``--seed`` draws another sample and
``--skip FILE`` first drops the lines whose ids an annotation file already holds (the
second sample: ``--seed 20261204 --skip tests/data/bbc_people_sample.jsonl``); give the
same options to ``--show`` and ``--check``.

    python benches/people_bbc_sample.py               # list the sample: index, line, id
    python benches/people_bbc_sample.py --show 3      # print sampled article 3 (or an id)
                                                      # with character offsets
    python benches/people_bbc_sample.py --check tests/data/bbc_people_sample.jsonl

``--check`` validates an annotation file (ids, order and sha256 match the sample,
offsets inside the text, spans sorted and not overlapping, on word boundaries, cluster
ids "p1", "p2", ... in order of first mention) and prints every annotated surface so it
can be eyeballed.  Only ``--show`` and ``--check`` print corpus text, to the terminal.
"""

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

SEED = 20261203
SIZE = 24
HERE = Path(__file__).resolve().parent
CANDIDATES = [Path("/work/shared/bench/news.jsonl"), HERE.parent.parent / "shared/bench/news.jsonl"]


def corpus_path():
    for path in CANDIDATES:
        if path.exists():
            return path
    sys.exit("news.jsonl not found in: " + ", ".join(map(str, CANDIDATES)))


def sample(seed=SEED, skip=None):
    """Return [(line_number, id, text)] for the sampled articles, in sorted line order.

    Without ``skip`` the population is every line; with it, the lines whose id is in the
    annotation file ``skip`` are left out first (file order kept), then ``seed`` draws.
    """
    docs = [json.loads(line) for line in corpus_path().read_text(encoding="utf-8").splitlines()]
    skipped = {json.loads(r)["id"] for r in Path(skip).read_text(encoding="utf-8").splitlines()} if skip else set()
    population = [i for i, d in enumerate(docs) if d["id"] not in skipped]
    chosen = sorted(random.Random(seed).sample(population, SIZE))
    return [(i, docs[i]["id"], docs[i]["text"]) for i in chosen]


def sha256(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def show(articles, key):
    for k, (line, doc_id, text) in enumerate(articles):
        if key in (str(k), doc_id):
            print(f"# sample {k}, line {line}, {doc_id}, {len(text)} chars")
            offset = 0
            for row in text.split("\n"):
                if row:
                    print(f"[{offset}] {row}")
                offset += len(row) + 1
            return
    sys.exit(f"no sampled article {key!r}")


def is_word_char(c):
    return c.isalnum() or c in "_'’-"


def check(articles, path):
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]
    errors = []
    if len(rows) != len(articles):
        errors.append(f"{len(rows)} rows, expected {len(articles)}")
    for (line, doc_id, text), row in zip(articles, rows):
        err = lambda msg: errors.append(f"{doc_id}: {msg}")
        if row.get("id") != doc_id:
            err(f"id {row.get('id')!r} out of order")
        if row.get("sha256") != sha256(text):
            err("sha256 does not match the text")
        print(f"== {doc_id} ({len(row['mentions'])} mentions)")
        last_end, seen = 0, []
        for m in row["mentions"]:
            s, e, p = m["start"], m["end"], m["person"]
            if not (0 <= s < e <= len(text)):
                err(f"span {s}:{e} outside the text")
                continue
            if s < last_end:
                err(f"span {s}:{e} overlaps or is out of order")
            last_end = e
            if (s > 0 and is_word_char(text[s - 1]) and is_word_char(text[s])) or (
                e < len(text) and is_word_char(text[e - 1]) and text[e].isalnum()
            ):
                err(f"span {s}:{e} {text[s:e]!r} cuts a word")
            if text[s:e] != text[s:e].strip():
                err(f"span {s}:{e} has outer whitespace")
            if p not in seen:
                if p != f"p{len(seen) + 1}":
                    err(f"cluster {p} at {s} out of first-mention order")
                seen.append(p)
            print(f"  {s:5d} {e:5d} {p:4s} {text[s:e]}")
    for message in errors:
        print("ERROR", message)
    n = sum(len(r["mentions"]) for r in rows)
    people = sum(len({m["person"] for m in r["mentions"]}) for r in rows)
    print(f"{len(rows)} articles, {n} mentions, {people} distinct persons, {len(errors)} errors")
    return not errors


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", metavar="INDEX_OR_ID")
    parser.add_argument("--check", metavar="FILE")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--skip", metavar="FILE", help="leave out the ids of this annotation file")
    args = parser.parse_args()
    articles = sample(args.seed, args.skip)
    if args.show is not None:
        show(articles, args.show)
    elif args.check:
        sys.exit(0 if check(articles, args.check) else 1)
    else:
        for k, (line, doc_id, text) in enumerate(articles):
            print(f"{k:2d} line {line:4d} {doc_id} {len(text)} chars sha256 {sha256(text)[:12]}")


if __name__ == "__main__":
    main()
