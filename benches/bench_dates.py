"""DATE benchmark: gazet's date recognizer against dateparser, datefinder and duckling (Rust).

Run it through `benches/run.sh dates` (it makes the virtualenv and pins the peers); see
benches/README-dates.md for what every column means. Inputs (all in this repo):

    tests/data/dates_sentences.jsonl   annotated sentences {"id","ref_date","text","dates"}
    tests/data/dates_heldout.jsonl     the held-out set, same format (used when present)
    tests/data/timex_heldout.jsonl     held-out set of all TIMEX3 types (DATE, TIME, DURATION,
                                       SET): {"id","ref_date","text","dates":[{..., "type"}]}
    tests/data/seeds_dates_gold.jsonl  {"doc","start","end","text","value"} over seeds/<doc>.txt,
                                       reference dates from the "published" column of
                                       seeds/metadata.csv

The value conventions (TIMEX3) are those of docs/dates.md. gazet's values are compared
as strings. The peers return datetimes, which are scored by the generous rule of
`peer_value_ok` (see its docstring and the report's notes).

duckling (the Rust crate, a port of Facebook's Duckling) runs as a separate binary,
benches/duckling_peer (built by `benches/run.sh dates`; its row is skipped with a note when
the binary is missing or fails). It times itself in-process (`--time`), so its speed has no
process start-up or JSON cost in it.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import datetime as dt
import importlib.metadata
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import datefinder
import gazet
from dateparser.search import search_dates

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"

# (start, end, value, text, type). value: a TIMEX3 string or None (gazet), a datetime (peers).
# type: gazet's TIMEX3 type (DATE, TIME, DURATION, SET); duckling's kind ("time", "duration");
# None for dateparser and datefinder.
Pred = tuple[int, int, Any, str, str | None]

TYPES = ("DATE", "TIME", "DURATION", "SET")
DUCKLING_DIR = Path(__file__).resolve().parent / "duckling_peer"
DUCKLING_BIN = Path(os.environ.get("DUCKLING_PEER", DUCKLING_DIR / "target" / "release" / "duckling_peer"))


@dataclass
class Gold:
    start: int
    end: int
    text: str
    value: str | None
    type: str = "DATE"


@dataclass
class Doc:
    id: str
    ref: str | None  # "YYYY-MM-DD" or None
    text: str
    gold: list[Gold]


@dataclass
class DataSet:
    name: str
    note: str
    docs: list[Doc]
    typed: bool = False  # gold of all TIMEX3 types; else DATE expressions only (docs/dates.md)

    @property
    def held_out(self) -> bool:
        """Written by someone who never saw the recognizer: its errors are not listed."""
        return "HELD-OUT" in self.note

    @property
    def chars(self) -> int:
        return sum(len(d.text) for d in self.docs)

    @property
    def nbytes(self) -> int:
        return sum(len(d.text.encode("utf-8")) for d in self.docs)

    @property
    def ngold(self) -> int:
        return sum(len(d.gold) for d in self.docs)


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- inputs


def load_sentences(path: Path, name: str, note: str) -> DataSet:
    docs = []
    typed = False
    all_typed = True
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            r = json.loads(line)
            gold = [Gold(g["start"], g["end"], g["text"], g["value"], g.get("type", "DATE")) for g in r["dates"]]
            typed = typed or any("type" in g for g in r["dates"])
            untyped = any("type" not in g for g in r["dates"])
            docs.append(Doc(str(r["id"]), r.get("ref_date"), r["text"], gold))
            all_typed = all_typed and not untyped
    check(docs, path)
    # A set annotates every TIMEX3 type only if every annotation has a type; the DATE-only
    # sets carry a few TIMEs where the conventions of issue 15 changed a span ("Friday
    # morning"), which are left out, as tests/python/test_dates.py does.
    typed = typed and all_typed
    if not typed:
        for d in docs:
            d.gold = [g for g in d.gold if g.type == "DATE"]
    for d in docs:
        for g in d.gold:
            if g.type not in TYPES:
                raise SystemExit(f"{path}: {d.id}: unknown type {g.type!r}")
    return DataSet(name, note, docs, typed)


def load_seeds(gold_path: Path, seeds_dir: Path) -> DataSet:
    with open(seeds_dir / "metadata.csv", newline="", encoding="utf-8") as f:
        refs = {row["doc_id"]: (row["published"] or None) for row in csv.DictReader(f)}
    by_doc: dict[str, list[Gold]] = {doc: [] for doc in refs}
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                g = json.loads(line)
                if g.get("type", "DATE") == "DATE":  # a DATE-only set (see load_sentences)
                    by_doc.setdefault(g["doc"], []).append(Gold(g["start"], g["end"], g["text"], g["value"]))
    docs = []
    for doc in sorted(by_doc):
        text = (seeds_dir / f"{doc}.txt").read_text(encoding="utf-8")
        docs.append(Doc(doc, refs.get(doc), text, sorted(by_doc[doc], key=lambda g: (g.start, g.end))))
    check(docs, gold_path)
    return DataSet("seeds", f"{len(docs)} news articles (seeds/*.txt), whole documents", docs)


def check(docs: list[Doc], path: Path) -> None:
    for d in docs:
        for g in d.gold:
            if d.text[g.start : g.end] != g.text:
                raise SystemExit(f"{path}: {d.id}: gold {g.start}:{g.end} is {d.text[g.start:g.end]!r}, not {g.text!r}")


# --------------------------------------------------------------------------- engines


def base_datetime(ref: str | None) -> dt.datetime | None:
    return None if ref is None else dt.datetime.fromisoformat(ref)


def locate(text: str, sources: list[str]) -> list[tuple[int, int] | None]:
    """Spans of the peers' source substrings, searched forward from the previous hit.

    Leading and trailing whitespace of a substring is left out of its span (datefinder
    returns " March 2024"); nothing else is trimmed.
    """
    spans: list[tuple[int, int] | None] = []
    prev_start = prev_end = 0
    for s in sources:
        s = s.strip()
        if not s:
            spans.append(None)
            continue
        i = text.find(s, prev_end)
        if i < 0:  # overlapping the previous hit, or out of order
            i = text.find(s, prev_start)
        if i < 0:
            i = text.find(s)
        if i < 0:
            spans.append(None)
            continue
        spans.append((i, i + len(s)))
        prev_start, prev_end = i, i + len(s)
    return spans


class EngineFailed(Exception):
    """An engine that cannot run on this set: its row is skipped with a note."""


@dataclass
class Engine:
    name: str
    run: Callable[[DataSet], Any]  # the timed call: one sweep over the set, raw outputs
    convert: Callable[[DataSet, Any], list[list[Pred]]]  # raw outputs -> predictions per doc
    kind: str  # "gazet" or "peer"
    unlocated: int = 0
    # An engine that times itself (duckling: in its own process): (set, passes, min_pass) ->
    # (raw outputs, Timing). None: time_engine times `run`.
    timed: Callable[[DataSet, int, float], tuple[Any, Timing]] | None = None
    notes: list[str] = field(default_factory=list)  # set by convert / timed, per set


def gazet_type(x: Any) -> str | None:
    """A gazet match's TIMEX3 type, or None for a match that is no temporal expression.

    gazet matches with label DATE are temporal expressions; `Match.timex_type` (DATE, TIME,
    DURATION, SET) gives the type where gazet has it, else DATE (gazets before timex_type
    only marked dates). A label that is itself a TIMEX3 type is accepted as the type too.
    """
    label = getattr(x, "label", None)
    if label not in TYPES:
        return None
    t = getattr(x, "timex_type", None)
    return t if t in TYPES else label


def gazet_engines() -> list[Engine]:
    m = gazet.Matcher(gazet.Gazetteer(), dates=True, discover=False)  # dates only

    def run_find(ds: DataSet) -> list[list[Any]]:
        find = m.find
        return [find(d.text, ref_date=d.ref) for d in ds.docs]

    def run_many(ds: DataSet) -> list[list[Any]]:
        return m.find_many([d.text for d in ds.docs], ref_dates=[d.ref for d in ds.docs], threads=1)

    def convert(ds: DataSet, out: list[list[Any]]) -> list[list[Pred]]:
        # On the DATE-only sets only gazet's DATEs are scored (their gold marks no TIME,
        # DURATION or SET); on a typed set (timex) every temporal match is.
        preds = []
        for ms in out:
            row: list[Pred] = []
            for x in ms:
                t = gazet_type(x)
                if t is not None and (ds.typed or t == "DATE"):
                    row.append((x.start, x.end, x.value, x.text, t))
            preds.append(row)
        return preds

    return [
        Engine("gazet find", run_find, convert, "gazet"),
        Engine("gazet find_many t=1", run_many, convert, "gazet"),
    ]


def dateparser_engine() -> Engine:
    def settings(ref: str | None) -> dict[str, Any]:
        s: dict[str, Any] = {"PREFER_DATES_FROM": "current_period", "RETURN_AS_TIMEZONE_AWARE": False}
        if ref is not None:
            s["RELATIVE_BASE"] = base_datetime(ref)
        return s

    def run(ds: DataSet) -> list[list[tuple[str, dt.datetime]]]:
        return [search_dates(d.text, languages=["en"], settings=settings(d.ref)) or [] for d in ds.docs]

    eng = Engine("dateparser search_dates", run, lambda ds, out: [], "peer")
    eng.convert = lambda ds, out: peer_preds(eng, ds, [[(s, v) for s, v in o] for o in out])
    return eng


def datefinder_engine() -> Engine:
    def run(ds: DataSet) -> list[list[tuple[dt.datetime, str]]]:
        return [list(datefinder.find_dates(d.text, source=True, base_date=base_datetime(d.ref))) for d in ds.docs]

    eng = Engine("datefinder find_dates", run, lambda ds, out: [], "peer")
    eng.convert = lambda ds, out: peer_preds(eng, ds, [[(s, v) for v, s in o] for o in out])
    return eng


def peer_preds(eng: Engine, ds: DataSet, out: list[list[tuple[str, dt.datetime]]]) -> list[list[Pred]]:
    preds = []
    eng.unlocated = 0
    for d, hits in zip(ds.docs, out):
        spans = locate(d.text, [s for s, _ in hits])
        row: list[Pred] = []
        for (s, v), span in zip(hits, spans):
            if span is None:
                eng.unlocated += 1
                row.append((-1, -1, v, s, None))  # still a prediction: it can only be a false positive
            else:
                row.append((span[0], span[1], v, s, None))
        preds.append(row)
    return preds


def midword(text: str, s: int, e: int) -> bool:
    """Does the span [s, e) start or end inside a word (a letter or digit on both sides)?"""
    if s < 0:
        return False
    cut_start = 0 < s < len(text) and text[s - 1].isalnum() and text[s].isalnum()
    cut_end = 0 < e < len(text) and text[e - 1].isalnum() and text[e].isalnum()
    return cut_start or cut_end


def duckling_midword_note(ds: DataSet, preds: list[list[Pred]]) -> str | None:
    """duckling 0.4 has no word-boundary check on its regexes: its score without those hits."""
    kept = [[pr for pr in ps if not midword(d.text, pr[0], pr[1])] for d, ps in zip(ds.docs, preds)]
    n = sum(map(len, preds)) - sum(map(len, kept))
    if not n:
        return None
    sc = score(ds, kept, peer_value_ok)
    return (
        f"duckling (Rust): {n} of its {sum(map(len, preds))} matches start or end inside a word (the crate checks no "
        f"word boundaries: \"a m\" of \"a meeting\" is one minute, \"am\" of \"camera\" too); without them it would "
        f"have found {sc.npred}, P {pct(sc.p)}, R {pct(sc.r)}, F1 {pct(Score.f1(sc.p, sc.r))}, lenient F1 {pct(sc.lf1)}, "
        f"val/gold {pct(sc.val_strict / sc.ngold)} (the row above counts them, as a user of the crate gets them)"
    )


def duckling_version() -> str | None:
    """duckling's version from benches/duckling_peer/Cargo.lock, or None."""
    try:
        lines = (DUCKLING_DIR / "Cargo.lock").read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    for i, line in enumerate(lines):
        if line.strip() == 'name = "duckling"' and i + 1 < len(lines) and lines[i + 1].startswith("version"):
            return lines[i + 1].split('"')[1]
    return None


def duckling_engine() -> Engine | str:
    """The duckling peer, or a note saying why it is left out."""
    if not (DUCKLING_BIN.is_file() and os.access(DUCKLING_BIN, os.X_OK)):
        return (
            f"duckling (Rust) skipped: {DUCKLING_BIN} is not built (benches/run.sh dates builds it with "
            "`cargo build --release --manifest-path benches/duckling_peer/Cargo.toml`; it needs cargo and crates.io)"
        )
    today = dt.date.today().isoformat()

    def call(ds: DataSet, args: list[str]) -> tuple[list[dict[str, Any]], str, float]:
        # A text without a reference date gets today's date, as the other peers resolve
        # against today (the binary alone would use its fixed 2000-01-01).
        lines = "".join(
            json.dumps({"id": d.id, "text": d.text, "ref_date": d.ref or today}, ensure_ascii=False) + "\n" for d in ds.docs
        )
        t0 = time.perf_counter()
        try:
            p = subprocess.run(
                [str(DUCKLING_BIN), *args], input=lines.encode("utf-8"), capture_output=True, timeout=3600, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as e:
            raise EngineFailed(f"duckling (Rust) skipped on this set: {e}") from e
        wall = time.perf_counter() - t0
        if p.returncode != 0:
            tail = p.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["?"]
            raise EngineFailed(f"duckling (Rust) skipped on this set: exit {p.returncode}: {tail[0]}")
        out = [json.loads(x) for x in p.stdout.decode("utf-8").splitlines() if x.strip()]
        if [str(r["id"]) for r in out] != [d.id for d in ds.docs]:
            raise EngineFailed("duckling (Rust) skipped on this set: its output does not line up with the texts")
        return out, p.stderr.decode("utf-8", "replace"), wall

    def run(ds: DataSet) -> list[dict[str, Any]]:
        return call(ds, [])[0]

    def timed(ds: DataSet, passes: int, min_pass: float) -> tuple[Any, Timing]:
        out, err, wall = call(ds, ["--time", str(passes), "--min-pass", str(min_pass)])
        try:
            rep = json.loads(err.strip().splitlines()[-1])
            t = Timing(passes=[float(x) for x in rep["passes_s"]], reps=int(rep["reps"]))
        except (IndexError, KeyError, ValueError) as e:
            raise EngineFailed(f"duckling (Rust) skipped on this set: no timing report ({e})") from e
        eng.notes.append(
            f"duckling (Rust): speed timed inside its process (`--time`: no start-up, JSON or offset conversion); "
            f"the whole call from Python, with the scored sweep, {1 + len(t.passes) * t.reps + 1} sweeps in all, "
            f"start-up and JSON, took {wall:.2f} s"
        )
        return out, t

    def convert(ds: DataSet, out: list[dict[str, Any]]) -> list[list[Pred]]:
        preds = []
        eng.unlocated = 0
        for d, r in zip(ds.docs, out):
            row: list[Pred] = []
            for f in r["found"]:
                if not ds.typed and f["kind"] != "time":  # DATE-only sets: durations are no dates
                    continue
                v: Any = None
                if f["kind"] == "time":
                    v = dt.datetime.fromisoformat(f["value"]).replace(tzinfo=None)  # its own wall clock
                else:
                    v = f["value"]  # a duration ("P3D"): never a right value for peer_value_ok
                s, e = f["start"], f["end"]
                if d.text[s:e] != f["text"]:
                    eng.unlocated += 1
                    s = e = -1
                row.append((s, e, v, f["text"], f["kind"]))
            preds.append(row)
        return preds

    eng = Engine("duckling (Rust)", run, convert, "peer", timed=timed)
    return eng


# --------------------------------------------------------------------------- values


SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def interval(v: str) -> tuple[dt.date, dt.date] | None:
    """The days a concrete TIMEX3 date value covers (first, last), or None if unknown."""
    try:
        if len(v) == 10 and v[4] == "-" and v[7] == "-":
            d = dt.date.fromisoformat(v)
            return d, d
        if len(v) == 7 and v[4] == "-" and v[5:].isdigit():
            y, m = int(v[:4]), int(v[5:])
            return dt.date(y, m, 1), month_end(y, m)
        if len(v) == 4 and v.isdigit():
            return dt.date(int(v), 1, 1), dt.date(int(v), 12, 31)
        if len(v) == 4 and v[:3].isdigit() and v[3] == "X":  # a decade
            y = int(v[:3]) * 10
            return dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
        if len(v) == 4 and v[:2].isdigit() and v[2:] == "XX":  # a century
            y = int(v[:2]) * 100
            return dt.date(y, 1, 1), dt.date(y + 99, 12, 31)
        if "-W" in v:
            y, w = v.split("-W")
            monday = dt.date.fromisocalendar(int(y), int(w), 1)
            return monday, monday + dt.timedelta(days=6)
        if "-Q" in v:
            y, q = int(v[:4]), int(v[6:])
            return dt.date(y, 3 * q - 2, 1), month_end(y, 3 * q)
        if v[5:] in SEASONS:
            y, (a, b) = int(v[:4]), SEASONS[v[5:]]
            return dt.date(y, a, 1), month_end(y, b)
        if v[5:] == "WI":  # winter Y: December Y to February Y+1
            y = int(v[:4])
            return dt.date(y, 12, 1), month_end(y + 1, 2)
    except ValueError:
        return None
    return None


def peer_value_ok(gold: str | None, got: Any, base: dt.date) -> bool:
    """See _peer_value_ok; a gold value it cannot read is never right."""
    try:
        return _peer_value_ok(gold, got, base)
    except (ValueError, IndexError):
        return False


def _peer_value_ok(gold: str | None, got: Any, base: dt.date) -> bool:
    """The generous rule: is a peer's datetime right for this gold TIMEX3 value?

    - a day ("2025-11-06"): the peer's day equals it;
    - a month, year, ISO week, quarter, season, decade: the peer's day falls inside it
      (winter Y also accepts January-February of Y);
    - a range "A/B": the peer's day falls between the first day of A and the last of B;
    - a value with the year left out ("XXXX-10-11", "XXXX-10", ranges of them): month (and
      day) agree, any year;
    - a TIME ("2025-11-06T10:30", "2025-11-06TMO"): the peer's day equals its day (the clock
      time or part of the day is not checked);
    - a DURATION ("P3D") or a SET ("P1W", "XXXX-WXX-1", "XXXX-XX-XXTMO", "XXXX-SU"): never
      right, since a peer returns one point in time;
    - PRESENT_REF: the peer's day is its base date (the reference date, or today);
      PAST_REF: before it; FUTURE_REF: after it;
    - no gold value (None: a relative expression with no reference date): never right, since
      a peer cannot say "no value".
    """
    if gold is None or not isinstance(got, dt.datetime):
        return False
    d = got.date()
    if gold.startswith("P") and gold not in ("PRESENT_REF", "PAST_REF"):
        return False  # a duration or a periodic SET
    if gold.startswith("XXXX") and ("W" in gold or "T" in gold or not gold[5:7].isdigit()):
        return False  # a SET: weekly, daily part of the day, every season
    if len(gold) > 10 and gold[10] == "T" and "/" not in gold:
        return d == dt.date.fromisoformat(gold[:10])  # a TIME: its day only
    if gold == "PRESENT_REF":
        return d == base
    if gold == "PAST_REF":
        return d < base
    if gold == "FUTURE_REF":
        return d > base
    if gold.startswith("XXXX"):
        parts = gold.split("/")
        keys = [tuple(int(x) for x in p[5:].split("-")) for p in parts]
        here = (d.month, d.day)
        if len(keys) == 1:
            return here[: len(keys[0])] == keys[0]
        lo, hi = keys[0], keys[1]
        return lo <= here[: len(lo)] and here[: len(hi)] <= hi
    if "/" in gold:
        a, b = gold.split("/", 1)
        ia, ib = interval(a), interval(b)
        return ia is not None and ib is not None and ia[0] <= d <= ib[1]
    iv = interval(gold)
    if iv is None:
        return False
    if gold.endswith("-WI") and d.month <= 2 and d.year == int(gold[:4]):
        return True
    return iv[0] <= d <= iv[1]


def gazet_value_ok(gold: str | None, got: Any, base: dt.date) -> bool:
    return gold == got


def peer_timex(got: Any) -> str:
    return got.date().isoformat() if isinstance(got, dt.datetime) else repr(got)


# --------------------------------------------------------------------------- scoring


@dataclass
class Score:
    npred: int = 0
    ngold: int = 0
    tp: int = 0  # strict: same start and end
    lp: int = 0  # predictions overlapping some gold
    lr: int = 0  # gold overlapping some prediction
    val_strict: int = 0  # strict matches with a correct value
    val_lenient: int = 0  # gold whose best-overlapping prediction has a correct value

    @staticmethod
    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def p(self) -> float:
        return self.tp / self.npred if self.npred else 0.0

    @property
    def r(self) -> float:
        return self.tp / self.ngold if self.ngold else 0.0

    @property
    def lf1(self) -> float:
        lp = self.lp / self.npred if self.npred else 0.0
        lr = self.lr / self.ngold if self.ngold else 0.0
        return self.f1(lp, lr)


def overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def score(ds: DataSet, preds: list[list[Pred]], ok: Callable[[str | None, Any, dt.date], bool]) -> Score:
    sc = Score()
    today = dt.date.today()
    for d, ps in zip(ds.docs, preds):
        base = dt.date.fromisoformat(d.ref) if d.ref else today
        sc.npred += len(ps)
        sc.ngold += len(d.gold)
        by_span: dict[tuple[int, int], list[Any]] = {}
        for s, e, v, _, _ in ps:
            by_span.setdefault((s, e), []).append(v)
        for g in d.gold:
            vals = by_span.get((g.start, g.end))
            if vals:
                v = vals.pop(0)
                sc.tp += 1
                sc.val_strict += ok(g.value, v, base)
            best = max(
                ((overlap(g.start, g.end, s, e), i) for i, (s, e, _, _, _) in enumerate(ps)),
                default=(0, -1),
                key=lambda t: (t[0], -t[1]),
            )
            if best[0] > 0:
                sc.lr += 1
                sc.val_lenient += ok(g.value, ps[best[1]][2], base)
        sc.lp += sum(1 for s, e, _, _, _ in ps if any(overlap(s, e, g.start, g.end) for g in d.gold))
    return sc


# --------------------------------------------------------------------------- per TIMEX3 type


def frac(n: int, d: int) -> str:
    return f"{pct(n / d)} ({n}/{d})" if d else "– (0/0)"


def type_recall(ds: DataSet, preds: list[list[Pred]]) -> dict[str, tuple[int, int]]:
    """Strict-span recall per gold TIMEX3 type (and "all"): type -> (matched, gold).

    A gold expression counts when some prediction has its start and end, whatever type the
    engine gave it (gold expressions never overlap, so no prediction is counted twice).
    """
    res = {t: [0, 0] for t in (*TYPES, "all")}
    for d, ps in zip(ds.docs, preds):
        spans = {(s, e) for s, e, _, _, _ in ps}
        for g in d.gold:
            hit = (g.start, g.end) in spans
            for t in (g.type, "all"):
                res[t][0] += hit
                res[t][1] += 1
    return {t: (a, b) for t, (a, b) in res.items()}


@dataclass
class TypeScore:
    gold: int = 0
    found: int = 0  # gazet's predictions of this type
    strict: int = 0  # gold of this type with a gazet prediction of the same span (any type)
    val_strict: int = 0  # ... whose value equals the gold value
    type_strict: int = 0  # ... whose type equals the gold type
    tp: int = 0  # predictions of this type with a gold of this type, same span and value


def gazet_types(ds: DataSet, preds: list[list[Pred]]) -> dict[str, TypeScore]:
    """gazet per TIMEX3 type, and "all" (where a right value needs span and value only)."""
    res = {t: TypeScore() for t in (*TYPES, "all")}
    for d, ps in zip(ds.docs, preds):
        by_span: dict[tuple[int, int], list[Pred]] = {}
        for pr in ps:
            by_span.setdefault((pr[0], pr[1]), []).append(pr)
            res["all"].found += 1
            if pr[4] in res:
                res[pr[4]].found += 1
        for g in d.gold:
            for t in (g.type, "all"):
                res[t].gold += 1
            hits = by_span.get((g.start, g.end), [])
            if not hits:
                continue
            right = [pr for pr in hits if pr[2] == g.value]
            pr = right[0] if right else hits[0]
            for t in (g.type, "all"):
                sc = res[t]
                sc.strict += 1
                sc.val_strict += pr[2] == g.value
                sc.type_strict += pr[4] == g.type
                sc.tp += pr[2] == g.value and (t == "all" or pr[4] == g.type)
    return res


def per_type_report(ds: DataSet, recall: dict[str, dict[str, tuple[int, int]]], gz: dict[str, TypeScore]) -> list[str]:
    lines = [
        f"### {ds.name}: per TIMEX3 type",
        "",
        "Strict-span recall per gold type (a prediction with the gold's start and end, whatever type the engine says):",
        "",
        "| engine | " + " | ".join(f"{t} R" for t in TYPES) + " | all R |",
        "|---|" + "---:|" * (len(TYPES) + 1),
    ]
    for name, rec in recall.items():
        lines.append(f"| {name} | " + " | ".join(frac(*rec[t]) for t in (*TYPES, "all")) + " |")
    lines += [
        "",
        "gazet find per type: found = gazet's matches of that type; val@strict and type@strict over the gold of that",
        "type matched strictly; value P/R/F1: a match is right when its span equals a gold span and its value string",
        "equals the gold value (and, in a type's row, both types are that type), F1 over all gold and all matches.",
        "",
        "| type | gold | found | strict R | val@strict | type@strict | value P | value R | value F1 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for t in (*TYPES, "all"):
        sc = gz[t]
        vp = sc.tp / sc.found if sc.found else 0.0
        vr = sc.tp / sc.gold if sc.gold else 0.0
        lines.append(
            f"| {t} | {sc.gold} | {sc.found} | {frac(sc.strict, sc.gold)} | {frac(sc.val_strict, sc.strict)} "
            f"| {frac(sc.type_strict, sc.strict)} | {pct(vp)} | {pct(vr)} | {pct(Score.f1(vp, vr))} |"
        )
    a, dd = gz["all"], gz["DATE"]

    def f1(sc: TypeScore) -> str:
        vp = sc.tp / sc.found if sc.found else 0.0
        vr = sc.tp / sc.gold if sc.gold else 0.0
        return pct(Score.f1(vp, vr))

    lines += ["", f"- gazet find value F1, all types: {f1(a)}; DATE only: {f1(dd)}", ""]
    return lines


# --------------------------------------------------------------------------- gazet errors


def context(text: str, s: int, e: int, width: int = 45) -> str:
    left = text[max(0, s - width) : s]
    right = text[e : e + width]
    out = ("…" if s > width else "") + left + "⟦" + text[s:e] + "⟧" + right + ("…" if e + width < len(text) else "")
    return " ".join(out.split())


def gazet_errors(ds: DataSet, preds: list[list[Pred]]) -> tuple[list[tuple[str, str]], dict[str, int]]:
    """(kind, line) for every gazet error, in document order, and counts per kind."""
    errors: list[tuple[str, int, str, str]] = []  # (doc id, position, kind, line)
    order = {d.id: i for i, d in enumerate(ds.docs)}
    for d, ps in zip(ds.docs, preds):
        ref = d.ref or "none"
        head = f"{d.id} (ref {ref})"
        pred_spans = {(s, e): v for s, e, v, _, _ in ps}
        gold_spans = {(g.start, g.end) for g in d.gold}
        free_gold = [g for g in d.gold if (g.start, g.end) not in pred_spans]
        used: set[int] = set()
        for g in d.gold:
            if (g.start, g.end) in pred_spans and pred_spans[(g.start, g.end)] != g.value:
                got = pred_spans[(g.start, g.end)]
                errors.append((d.id, g.start, "VALUE", f"{head} gold {g.value!r}, gazet {got!r}: {context(d.text, g.start, g.end)}"))
        for s, e, v, _, _ in ps:
            if (s, e) in gold_spans:
                continue
            over = [g for g in free_gold if overlap(s, e, g.start, g.end)]
            if over:
                used.update(id(g) for g in over)
                golds = "; ".join(f"{d.text[g.start : g.end]!r}={g.value!r}" for g in over)
                errors.append((d.id, s, "SPAN", f"{head} gazet {d.text[s:e]!r}={v!r}, gold {golds}: {context(d.text, s, e)}"))
            else:
                errors.append((d.id, s, "FP", f"{head} gazet {d.text[s:e]!r}={v!r}: {context(d.text, s, e)}"))
        for g in free_gold:
            if id(g) not in used:
                errors.append((d.id, g.start, "FN", f"{head} gold {d.text[g.start : g.end]!r}={g.value!r}: {context(d.text, g.start, g.end)}"))
    errors.sort(key=lambda t: (order[t[0]], t[1]))
    counts: dict[str, int] = {}
    for _, _, kind, _ in errors:
        counts[kind] = counts.get(kind, 0) + 1
    return [(k, line) for _, _, k, line in errors], counts


# --------------------------------------------------------------------------- timing


@dataclass
class Timing:
    passes: list[float] = field(default_factory=list)  # seconds per sweep over the set
    reps: int = 1  # sweeps per timed pass

    @property
    def median(self) -> float:
        return statistics.median(self.passes)


def time_engine(eng: Engine, ds: DataSet, passes: int, min_pass: float) -> tuple[Any, Timing]:
    if eng.timed is not None:  # duckling: one call, scored output and its own timing
        return eng.timed(ds, passes, min_pass)
    out = eng.run(ds)  # warm-up (dateparser loads its language data here); scored output
    t = Timing()
    if eng.kind == "gazet":  # a sweep is short: repeat it so one timed pass lasts >= min_pass
        t0 = time.perf_counter()
        eng.run(ds)
        one = max(time.perf_counter() - t0, 1e-6)
        t.reps = max(1, int(min_pass / one) + 1)
    for _ in range(passes):
        t0 = time.perf_counter()
        for _ in range(t.reps):
            eng.run(ds)
        t.passes.append((time.perf_counter() - t0) / t.reps)
    return out, t


# --------------------------------------------------------------------------- report


def machine() -> dict[str, str]:
    cpu = platform.processor() or "?"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        commit = subprocess.run(
            ["git", "-C", str(REPO), "describe", "--always", "--dirty"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "?"

    def ver(p: str) -> str:
        try:
            return importlib.metadata.version(p)
        except importlib.metadata.PackageNotFoundError:
            return "?"

    return {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), {cpu}, {platform.system()} {platform.machine()}",
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "python": platform.python_version(),
        "versions": f"gazet {ver('gazet')} (repo {commit}), dateparser {ver('dateparser')}, "
        f"datefinder {ver('datefinder')}, python-dateutil {ver('python-dateutil')}, regex {ver('regex')}, "
        f"duckling {duckling_version() or '?'} (Rust crate, benches/duckling_peer/Cargo.lock)",
    }


def pct(x: float) -> str:
    return f"{100 * x:.1f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--passes", type=int, default=5, help="timed passes for gazet (median; default 5)")
    ap.add_argument("--peer-passes", type=int, default=3, help="timed passes for the peers (median; default 3)")
    ap.add_argument("--min-pass", type=float, default=0.25, help="gazet: repeat the sweep so a pass lasts this long (s)")
    ap.add_argument("--errors", type=int, default=15, help="gazet errors listed per set (default 15)")
    args = ap.parse_args()

    sets = [load_sentences(DATA / "dates_sentences.jsonl", "sentences", "annotated sentences (tests/data/dates_sentences.jsonl)")]
    heldout = DATA / "dates_heldout.jsonl"
    if heldout.exists():
        sets.append(load_sentences(heldout, "heldout", "HELD-OUT set (tests/data/dates_heldout.jsonl): not for tuning"))
    timex = DATA / "timex_heldout.jsonl"
    if timex.exists():
        sets.append(
            load_sentences(timex, "timex", "HELD-OUT set of all TIMEX3 types (tests/data/timex_heldout.jsonl): not for tuning")
        )
    sets.append(load_seeds(DATA / "seeds_dates_gold.jsonl", REPO / "seeds"))

    engines = gazet_engines() + [dateparser_engine(), datefinder_engine()]
    duck = duckling_engine()
    head_notes: list[str] = []
    if isinstance(duck, Engine):
        engines.append(duck)
    else:
        log(f"note: {duck}")
        head_notes.append(duck)
    info = machine()
    lines: list[str] = []
    out = lines.append
    out("# gazet DATE benchmark")
    out("")
    out(f"- date: {info['date']}")
    out(f"- machine: {info['machine']}; load average {info['load']}; Python {info['python']}")
    out(f"- versions: {info['versions']}")
    out(
        f"- timing: gazet median of {args.passes} passes (each pass repeats the sweep so it lasts "
        f">= {args.min_pass}s), peers median of {args.peer_passes} (duckling: in its own process, same rule as "
        "gazet for short sweeps); one thread; MB = 10^6 bytes of UTF-8"
    )
    for n in head_notes:
        out(f"- NOTE: {n}")
    out("")

    error_blocks: list[str] = []
    for ds in sets:
        nnull = sum(1 for d in ds.docs if d.ref is None)
        log(f"[{ds.name}] {len(ds.docs)} docs, {ds.ngold} gold, {ds.chars} chars")
        out(f"## {ds.name}: {ds.note}")
        out("")
        types = ""
        if ds.typed:
            counts = {t: sum(1 for d in ds.docs for g in d.gold if g.type == t) for t in TYPES}
            types = " (" + ", ".join(f"{t} {n}" for t, n in counts.items()) + ")"
        out(
            f"{len(ds.docs)} texts, {ds.ngold} gold expressions{types}, {ds.chars:,} chars ({ds.nbytes:,} bytes); "
            f"{nnull} texts without a reference date"
        )
        out("")
        out("| engine | found | P | R | F1 | lenient F1 | val@strict | val/gold | val/gold lenient | chars/s | MB/s | passes | gazet × |")
        out("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        gazet_speed = None
        notes: list[str] = []
        gazet_preds: list[list[Pred]] | None = None
        recall: dict[str, dict[str, tuple[int, int]]] = {}
        speeds: list[tuple[str, float]] = []  # (engine, seconds per sweep)
        for eng in engines:
            log(f"  {eng.name} ...")
            eng.notes = []
            passes = args.passes if eng.kind == "gazet" else args.peer_passes
            try:
                raw, t = time_engine(eng, ds, passes, args.min_pass)
                preds = eng.convert(ds, raw)
            except EngineFailed as e:
                log(f"  note: {e}")
                notes.append(str(e))
                continue
            notes.extend(eng.notes)
            ok = gazet_value_ok if eng.kind == "gazet" else peer_value_ok
            sc = score(ds, preds, ok)
            speed = ds.chars / t.median
            mbs = ds.nbytes / t.median / 1e6
            speeds.append((eng.name, t.median))
            if eng.name == "gazet find":
                gazet_speed = speed
                gazet_preds = preds
            elif eng.kind == "gazet" and gazet_preds is not None and preds != gazet_preds:
                notes.append(f"{eng.name}: its matches differ from gazet find's")
            if ds.typed and eng.name != "gazet find_many t=1":
                recall[eng.name] = type_recall(ds, preds)
            ratio = "1" if eng.name == "gazet find" else f"{gazet_speed / speed:,.1f}" if gazet_speed else "?"
            val_s = f"{pct(sc.val_strict / sc.tp)} ({sc.val_strict}/{sc.tp})" if sc.tp else "– (0/0)"
            out(
                f"| {eng.name} | {sc.npred} | {pct(sc.p)} | {pct(sc.r)} | {pct(Score.f1(sc.p, sc.r))} | {pct(sc.lf1)} "
                f"| {val_s} | {pct(sc.val_strict / sc.ngold)} | {pct(sc.val_lenient / sc.ngold)} "
                f"| {speed:,.0f} | {mbs:.3f} | {len(t.passes)}{f'×{t.reps}' if t.reps > 1 else ''} | {ratio} |"
            )
            if eng.unlocated:
                notes.append(f"{eng.name}: {eng.unlocated} returned substrings not found in the text (scored as false positives)")
            if eng.timed is not None and (mid := duckling_midword_note(ds, preds)):
                notes.append(mid)
        out("")
        for n in notes:
            out(f"- {n}")
        if notes:
            out("")

        assert gazet_preds is not None
        if ds.name == "sentences":
            # One call per sentence for every engine: the sentences set is one sentence per text.
            mean = ds.chars / len(ds.docs)
            gazet_s = dict(speeds).get("gazet find")
            out(f"One-sentence inputs ({len(ds.docs)} texts of {mean:.0f} chars on average, one call per text):")
            out("")
            out("| engine | sentences/s | µs per sentence | gazet × |")
            out("|---|---:|---:|---:|")
            for name, sec in speeds:
                if name == "gazet find_many t=1":
                    continue  # one call for the whole set, not per sentence
                r = "1" if name == "gazet find" else f"{sec / gazet_s:,.1f}" if gazet_s else "?"
                out(f"| {name} | {len(ds.docs) / sec:,.0f} | {1e6 * sec / len(ds.docs):,.1f} | {r} |")
            out("")
        if ds.typed:
            lines.extend(per_type_report(ds, recall, gazet_types(ds, gazet_preds)))
        errs, counts = gazet_errors(ds, gazet_preds)
        summary = ", ".join(f"{k} {counts.get(k, 0)}" for k in ("VALUE", "SPAN", "FP", "FN"))
        # A held-out set's errors are counted, never shown: reading them would tune to it.
        shown = 0 if ds.held_out else min(args.errors, len(errs))
        error_blocks.append(f"### {ds.name}: {len(errs)} errors ({summary}); the first {shown}")
        error_blocks.append("")
        for i, (kind, line) in enumerate(errs[:shown], 1):
            error_blocks.append(f"{i}. {kind:5} {line}")
        error_blocks.append("")

    out("## How to read it")
    out("")
    out("- found: spans returned. P / R / F1: strict spans (same start and end as the gold). lenient F1: a")
    out("  prediction counts if it overlaps some gold expression, a gold expression if some prediction overlaps it.")
    out("- val@strict: value right among the strictly matched spans (right/matched). val/gold: strictly matched")
    out("  with the right value, over all gold expressions. val/gold lenient: the prediction overlapping a gold")
    out("  expression most has the right value, over all gold expressions.")
    out("- gazet's values must equal the gold TIMEX3 string. The peers return a datetime: it is made a day")
    out("  (YYYY-MM-DD) and judged by a GENEROUS rule: right if the gold is that day, or the gold is a month, year,")
    out("  ISO week, quarter, season or decade containing it, or a range A/B it falls inside; year-less gold")
    out("  (XXXX-10-11) needs month and day only; PRESENT_REF/PAST_REF/FUTURE_REF need the day equal to / before /")
    out("  after the base date; a gold without a value (relative expression, no reference date) is never right.")
    out("  timex set: a TIME gold (2025-11-06T10:30, 2025-11-06TMO) needs the peer's day only (clock not checked);")
    out("  a DURATION or SET gold is never right for a peer (one point in time cannot be one).")
    out("- DATE-only sets (sentences, heldout, seeds): only gazet's DATE matches (Match.timex_type, DATE when gazet")
    out("  has no such attribute) and only duckling's time entities (not its durations) are scored; on timex, all.")
    out("- peer spans: each returned source substring, less leading/trailing whitespace, is found in the text")
    out("  searching forward from the previous hit; the peers' other extra words (\"on Tuesday after the\") stay.")
    out("- peers: dateparser.search.search_dates(text, languages=['en'], settings={RELATIVE_BASE: ref,")
    out("  PREFER_DATES_FROM: 'current_period', RETURN_AS_TIMEZONE_AWARE: False}); datefinder.find_dates(text,")
    out("  source=True, base_date=ref) (datefinder 1.x, its default 'v2' engine; base_date is a real parameter).")
    out("  Texts without a reference date get no RELATIVE_BASE / base_date=None: the peers then resolve against")
    out(f"  today ({dt.date.today().isoformat()}), gazet gives X-values or None (docs/dates.md).")
    out("- duckling (Rust): the duckling crate (a port of Facebook's Duckling) through benches/duckling_peer:")
    out("  duckling::parse(text, Locale EN, [Time, Duration], reference 00:00 UTC of the reference date (today if")
    out("  none, as the other peers), Options::default() i.e. no latent matches). Its spans are its own (byte")
    out("  offsets made str offsets), kept whole: duckling's spans take prepositions (\"on Monday\", \"until 2020\")")
    out("  and join neighbouring expressions, which the strict span test counts as wrong and the lenient one does")
    out("  not. Its value is the time point's day (an interval: its start, or its end if open at the start), judged")
    out("  by the same generous rule; a duration is never a right value. Speed is duckling's own, timed in its")
    out("  process: no start-up, JSON or Python in it.")
    out("- chars/s, MB/s: characters (Python str) and 10^6 UTF-8 bytes of text per second over the set, median")
    out("  pass, one thread. passes: timed passes (×k: each pass ran the set k times). gazet ×: gazet find's")
    out("  chars/s over this engine's (how many times faster gazet is). On the sentences set every engine is called")
    out("  once per sentence (gazet find too; find_many takes the set in one call), so its gazet × column is the")
    out("  one-sentence-input speed ratio; the one-sentence table below it gives the same as sentences/s.")
    out("- timex per-type tables: strict-span recall per gold TIMEX3 type for each engine; for gazet find also")
    out("  val@strict and type@strict per type, and value P/R/F1 (right = same span and same value string; a type's")
    out("  row also needs gazet's type and the gold's to be that type).")
    out("")
    out("## gazet errors (VALUE: right span, wrong value; SPAN: overlapping, other boundaries; FP; FN)")
    out("")
    lines.extend(error_blocks)
    print("\n".join(lines).rstrip() + "\n")


if __name__ == "__main__":
    main()
