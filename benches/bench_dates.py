"""DATE benchmark: gazet's date recognizer against dateparser and datefinder.

Run it through `benches/run.sh dates` (it makes the virtualenv and pins the peers); see
benches/README-dates.md for what every column means. Inputs (all in this repo):

    tests/data/dates_sentences.jsonl   annotated sentences {"id","ref_date","text","dates"}
    tests/data/dates_heldout.jsonl     the held-out set, same format (used when present)
    tests/data/seeds_dates_gold.jsonl  {"doc","start","end","text","value"} over seeds/<doc>.txt,
                                       reference dates from the "published" column of
                                       seeds/metadata.csv

The value conventions (TIMEX3) are those of docs/dates.md. gazet's values are compared
as strings. The peers return datetimes, which are scored by the generous rule of
`peer_value_ok` (see its docstring and the report's notes).
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

# (start, end, value, text). value: a TIMEX3 string or None (gazet), a datetime (peers).
Pred = tuple[int, int, Any, str]


@dataclass
class Gold:
    start: int
    end: int
    text: str
    value: str | None


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
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            r = json.loads(line)
            gold = [Gold(g["start"], g["end"], g["text"], g["value"]) for g in r["dates"]]
            docs.append(Doc(str(r["id"]), r.get("ref_date"), r["text"], gold))
    check(docs, path)
    return DataSet(name, note, docs)


def load_seeds(gold_path: Path, seeds_dir: Path) -> DataSet:
    with open(seeds_dir / "metadata.csv", newline="", encoding="utf-8") as f:
        refs = {row["doc_id"]: (row["published"] or None) for row in csv.DictReader(f)}
    by_doc: dict[str, list[Gold]] = {doc: [] for doc in refs}
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                g = json.loads(line)
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


@dataclass
class Engine:
    name: str
    run: Callable[[DataSet], Any]  # the timed call: one sweep over the set, raw outputs
    convert: Callable[[DataSet, Any], list[list[Pred]]]  # raw outputs -> predictions per doc
    kind: str  # "gazet" or "peer"
    unlocated: int = 0


def gazet_engines() -> list[Engine]:
    m = gazet.Matcher(gazet.Gazetteer(), dates=True)

    def run_find(ds: DataSet) -> list[list[Any]]:
        find = m.find
        return [find(d.text, ref_date=d.ref) for d in ds.docs]

    def run_many(ds: DataSet) -> list[list[Any]]:
        return m.find_many([d.text for d in ds.docs], ref_dates=[d.ref for d in ds.docs], threads=1)

    def convert(ds: DataSet, out: list[list[Any]]) -> list[list[Pred]]:
        return [[(x.start, x.end, x.value, x.text) for x in ms if x.label == "DATE"] for ms in out]

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
                row.append((-1, -1, v, s))  # still a prediction: it can only be a false positive
            else:
                row.append((span[0], span[1], v, s))
        preds.append(row)
    return preds


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
    """The generous rule: is a peer's datetime right for this gold TIMEX3 value?

    - a day ("2025-11-06"): the peer's day equals it;
    - a month, year, ISO week, quarter, season, decade: the peer's day falls inside it
      (winter Y also accepts January-February of Y);
    - a range "A/B": the peer's day falls between the first day of A and the last of B;
    - a value with the year left out ("XXXX-10-11", "XXXX-10", ranges of them): month (and
      day) agree, any year;
    - PRESENT_REF: the peer's day is its base date (the reference date, or today);
      PAST_REF: before it; FUTURE_REF: after it;
    - no gold value (None: a relative expression with no reference date): never right, since
      a peer cannot say "no value".
    """
    if gold is None or not isinstance(got, dt.datetime):
        return False
    d = got.date()
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
        for s, e, v, _ in ps:
            by_span.setdefault((s, e), []).append(v)
        for g in d.gold:
            vals = by_span.get((g.start, g.end))
            if vals:
                v = vals.pop(0)
                sc.tp += 1
                sc.val_strict += ok(g.value, v, base)
            best = max(
                ((overlap(g.start, g.end, s, e), i) for i, (s, e, _, _) in enumerate(ps)),
                default=(0, -1),
                key=lambda t: (t[0], -t[1]),
            )
            if best[0] > 0:
                sc.lr += 1
                sc.val_lenient += ok(g.value, ps[best[1]][2], base)
        sc.lp += sum(1 for s, e, _, _ in ps if any(overlap(s, e, g.start, g.end) for g in d.gold))
    return sc


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
        pred_spans = {(s, e): v for s, e, v, _ in ps}
        gold_spans = {(g.start, g.end) for g in d.gold}
        free_gold = [g for g in d.gold if (g.start, g.end) not in pred_spans]
        used: set[int] = set()
        for g in d.gold:
            if (g.start, g.end) in pred_spans and pred_spans[(g.start, g.end)] != g.value:
                got = pred_spans[(g.start, g.end)]
                errors.append((d.id, g.start, "VALUE", f"{head} gold {g.value!r}, gazet {got!r}: {context(d.text, g.start, g.end)}"))
        for s, e, v, _ in ps:
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
        f"datefinder {ver('datefinder')}, python-dateutil {ver('python-dateutil')}, regex {ver('regex')}",
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
    sets.append(load_seeds(DATA / "seeds_dates_gold.jsonl", REPO / "seeds"))

    engines = gazet_engines() + [dateparser_engine(), datefinder_engine()]
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
        f">= {args.min_pass}s), peers median of {args.peer_passes}; one thread; MB = 10^6 bytes of UTF-8"
    )
    out("")

    error_blocks: list[str] = []
    for ds in sets:
        nnull = sum(1 for d in ds.docs if d.ref is None)
        log(f"[{ds.name}] {len(ds.docs)} docs, {ds.ngold} gold, {ds.chars} chars")
        out(f"## {ds.name}: {ds.note}")
        out("")
        out(
            f"{len(ds.docs)} texts, {ds.ngold} gold expressions, {ds.chars:,} chars ({ds.nbytes:,} bytes); "
            f"{nnull} texts without a reference date"
        )
        out("")
        out("| engine | found | P | R | F1 | lenient F1 | val@strict | val/gold | val/gold lenient | chars/s | MB/s | passes | gazet × |")
        out("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        gazet_speed = None
        notes: list[str] = []
        gazet_preds: list[list[Pred]] | None = None
        for eng in engines:
            log(f"  {eng.name} ...")
            passes = args.passes if eng.kind == "gazet" else args.peer_passes
            raw, t = time_engine(eng, ds, passes, args.min_pass)
            preds = eng.convert(ds, raw)
            ok = gazet_value_ok if eng.kind == "gazet" else peer_value_ok
            sc = score(ds, preds, ok)
            speed = ds.chars / t.median
            mbs = ds.nbytes / t.median / 1e6
            if eng.name == "gazet find":
                gazet_speed = speed
                gazet_preds = preds
            elif eng.kind == "gazet" and gazet_preds is not None and preds != gazet_preds:
                notes.append(f"{eng.name}: its matches differ from gazet find's")
            ratio = "1" if eng.name == "gazet find" else f"{gazet_speed / speed:,.1f}" if gazet_speed else "?"
            val_s = f"{pct(sc.val_strict / sc.tp)} ({sc.val_strict}/{sc.tp})" if sc.tp else "– (0/0)"
            out(
                f"| {eng.name} | {sc.npred} | {pct(sc.p)} | {pct(sc.r)} | {pct(Score.f1(sc.p, sc.r))} | {pct(sc.lf1)} "
                f"| {val_s} | {pct(sc.val_strict / sc.ngold)} | {pct(sc.val_lenient / sc.ngold)} "
                f"| {speed:,.0f} | {mbs:.3f} | {len(t.passes)}{f'×{t.reps}' if t.reps > 1 else ''} | {ratio} |"
            )
            if eng.unlocated:
                notes.append(f"{eng.name}: {eng.unlocated} returned substrings not found in the text (scored as false positives)")
        out("")
        for n in notes:
            out(f"- {n}")
        if notes:
            out("")

        assert gazet_preds is not None
        errs, counts = gazet_errors(ds, gazet_preds)
        summary = ", ".join(f"{k} {counts.get(k, 0)}" for k in ("VALUE", "SPAN", "FP", "FN"))
        error_blocks.append(f"### {ds.name}: {len(errs)} errors ({summary}); the first {min(args.errors, len(errs))}")
        error_blocks.append("")
        for i, (kind, line) in enumerate(errs[: args.errors], 1):
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
    out("- peer spans: each returned source substring, less leading/trailing whitespace, is found in the text")
    out("  searching forward from the previous hit; the peers' other extra words (\"on Tuesday after the\") stay.")
    out("- peers: dateparser.search.search_dates(text, languages=['en'], settings={RELATIVE_BASE: ref,")
    out("  PREFER_DATES_FROM: 'current_period', RETURN_AS_TIMEZONE_AWARE: False}); datefinder.find_dates(text,")
    out("  source=True, base_date=ref) (datefinder 1.x, its default 'v2' engine; base_date is a real parameter).")
    out("  Texts without a reference date get no RELATIVE_BASE / base_date=None: the peers then resolve against")
    out(f"  today ({dt.date.today().isoformat()}), gazet gives X-values or None (docs/dates.md).")
    out("- chars/s, MB/s: characters (Python str) and 10^6 UTF-8 bytes of text per second over the set, median")
    out("  pass, one thread. passes: timed passes (×k: each pass ran the set k times). gazet ×: gazet find's")
    out("  chars/s over this engine's (how many times faster gazet is).")
    out("")
    out("## gazet errors (VALUE: right span, wrong value; SPAN: overlapping, other boundaries; FP; FN)")
    out("")
    lines.extend(error_blocks)
    print("\n".join(lines).rstrip() + "\n")


if __name__ == "__main__":
    main()
