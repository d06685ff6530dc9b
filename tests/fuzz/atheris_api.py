"""Coverage-guided fuzzing of gazet's Python API with atheris (libFuzzer for Python).

Not a pytest module (no ``test_`` prefix). Run it with the package installed:

    python tests/fuzz/atheris_api.py [libFuzzer flags...] [CORPUS_DIR...]
    python tests/fuzz/atheris_api.py -max_total_time=300 -rss_limit_mb=4096 fuzz/corpus/atheris

Each input picks one operation (find, find with lone surrogates, find_many, extract,
extract_arrow, Gazetteer.from_csv, Gazetteer.from_jsonl, Matcher.load on raw or mutated
saved bytes, a small random gazetteer) and checks its result. The documented exceptions
are TypeError, ValueError (gazet.GazetteerError and gazet.SavedFileError among them) and
OSError; anything else is a finding, above all ``pyo3_runtime.PanicException`` (a
BaseException) and ``gazet.InternalError`` (a caught panic in the core). A valid str must
give matches without any exception; a str with a lone surrogate must raise ValueError.
A finding raises ``Finding``, which atheris reports as a crash and saves as
``crash-<sha1>``; ``GAZET_FUZZ_KEEP_GOING=1`` prints findings and goes on instead
(deduplicated by exception type and message).
"""

from __future__ import annotations

import atexit
import math
import os
import shutil
import sys
import tempfile
import traceback
import warnings
import zlib

import atheris

with atheris.instrument_imports():
    import gazet
    import gazet.frames
    import gazet.gazetteer
    import gazet.matcher

import pandas as pd
import pyarrow  # noqa: F401  (extract_arrow needs it)

warnings.simplefilter("ignore")

ALLOWED = (TypeError, ValueError, OSError)
LABELS = ["PERSON", "PLACE", "DEMONYM", "ORG", "person", "", " ", "DATE", "X-Y"]
WORDS = [
    "Pakistan",
    "Khawaja Asif",
    "Asif",
    "Istanbul",
    "ISTANBUL",
    "Georgia",
    "Paris",
    "Texas",
    "Reading",
    "Nice",
    "US",
    "us",
    "Mr",
    "spokesman",
    "President",
    "said",
    "on",
    "Thursday",
    "last",
    "next",
    "week",
    "May",
    "March",
    "2025",
    "1990s",
    "Q3",
    "between",
    "and",
    "to",
    "October 25\u201331",
    "two weeks ago",
    "High Court",
    "River",
    "beat",
    "\u2019s",
    "-based",
    "T\u00fcrkiye",
    "\u0130stanbul",
    "Stra\u00dfe",
    "\ufb01",
    "e\u0301",
    "\u00a0",
    "\n",
    "\t",
    "\U0001f30d",
    "\u4e2d",
    "\u2013",
    "\u0000",
    "\r\n",
    ",",
    ".",
    ":",
    ";",
    '"',
    "'",
]
REF_DATES = [None, "2025-11-06", "0000-01-01", "9999-12-31", "2024-02-29", "2023-02-29", "", "x"]
KEEP_GOING = os.environ.get("GAZET_FUZZ_KEEP_GOING", "") not in ("", "0")
SEEN: set[tuple[str, str]] = set()


class Finding(Exception):
    """An invariant broken or an undocumented exception: a crash for atheris."""


def report(what: str, error: BaseException | None = None) -> None:
    name = "" if error is None else f"{type(error).__module__}.{type(error).__name__}"
    if not KEEP_GOING:
        raise Finding(f"{what}: {name}: {error}") from error
    key = (name or what, str(error)[:200] if error else what[:200])
    if key not in SEEN:
        SEEN.add(key)
        print(f"\n=== FINDING: {what}: {name}: {error!r}", file=sys.stderr)
        if error is not None:
            traceback.print_exception(error, file=sys.stderr)
        sys.stderr.flush()


NOTED: set[str] = set()


def note(what: str, error: BaseException | None = None) -> None:
    """An oddity that is no crash (a documented exception where a clearer one was due):
    printed once per kind, the run goes on."""
    key = f"{what}: {type(error).__name__ if error else ''}"
    if key not in NOTED:
        NOTED.add(key)
        print(
            f"\n=== NOTE: {what}: {type(error).__name__ if error else ''}: {str(error)[:300]!r}",
            file=sys.stderr,
        )
        sys.stderr.flush()


def call(what: str, f, *args, allowed=ALLOWED, **kwargs):
    """f(*args, **kwargs); None after a documented exception; a finding after any other."""
    try:
        return f(*args, **kwargs)
    except Finding:
        raise
    except BaseException as e:  # PanicException is a BaseException
        if isinstance(e, allowed) and not isinstance(e, gazet.InternalError):
            return None
        if isinstance(e, KeyboardInterrupt):
            raise
        report(what, e)
        return None


def must(what: str, f, *args, **kwargs):
    """f(*args, **kwargs), where any exception at all is a finding."""
    return call(what, f, *args, allowed=(), **kwargs)


def has_surrogate(s: str) -> bool:
    return any(0xD800 <= ord(c) <= 0xDFFF for c in s)


def check_matches(what: str, text: str, matches) -> None:
    end = 0
    for m in matches:
        if not (0 <= m.start < m.end <= len(text)):
            report(f"{what}: span {m.start}..{m.end} outside {len(text)} chars on {text!r}")
        elif m.start < end:
            report(f"{what}: overlapping or unsorted spans at {m.start} on {text!r}")
        elif text[m.start : m.end] != m.text:
            report(f"{what}: text[{m.start}:{m.end}] != {m.text!r} on {text!r}")
        if not isinstance(m.label, str) or not m.label:
            report(f"{what}: bad label {m.label!r}")
        # A gazetteer may bring its own DATE label; a date value comes only with a date
        # mention (no entity), and only dates and discovered people lack an entity.
        if m.value is not None and (m.label != "DATE" or m.entity_id is not None):
            report(f"{what}: value {m.value!r} on {m.label} {m.entity_id!r}")
        if m.entity_id is None and m.label not in ("DATE", "PERSON"):
            report(f"{what}: {m.label} without entity_id")
        end = max(end, m.end)


def key(m) -> tuple:
    return (m.start, m.end, m.text, m.label, m.entity_id, m.value)


# Matchers built once: the built-in defaults, the same with discovery.
DEFAULT = gazet.Matcher()
DISCOVER = gazet.Matcher(discover=True)
FIXED = [DEFAULT, DISCOVER]


def _small() -> list[gazet.Matcher]:
    gz = gazet.Gazetteer()
    gz.add(
        "PLACE",
        "place:istanbul",
        ["Istanbul", "\u0130stanbul"],
        country_code="TR",
        population=15_000_000,
    )
    gz.add("PLACE", "place:georgia", ["Georgia"], country_code="GE")
    gz.add("PLACE", "place:georgia_us", ["Georgia"], country_code="US", population=10_000_000)
    gz.add("PERSON", "person:asif", ["Khawaja Asif", "Khawaja Muhammad Asif"])
    gz.add("ORG", "org:un", ["United Nations", "UN"])
    return [
        gazet.Matcher(gz),
        gazet.Matcher(gz, case="sensitive", dates=False, discover=True, context=False),
    ]


# Saved bytes to mutate: two small matchers (often) and the built-in one (9 MB, rarely).
SMALL_SAVED = [m._to_bytes() for m in _small()]
BIG_SAVED = DEFAULT._to_bytes()
HEADER = 8 + 4 + 8 + 4  # magic, layout version, u64 payload length, CRC-32 (as of layout 3)


def rewrap(data: bytes) -> bytes:
    """`data` with the header's payload length and CRC-32 made right again, so that a
    mutation reaches the parser behind the checksum (layout 3's header)."""
    if len(data) < HEADER:
        return data
    payload = data[HEADER:]
    return (
        data[:12]
        + len(payload).to_bytes(8, "little")
        + zlib.crc32(payload).to_bytes(4, "little")
        + payload
    )


def text_of(fdp: atheris.FuzzedDataProvider, surrogates: bool = False) -> str:
    """A text: fuzzed code points, or fuzzed code points mixed with WORDS."""
    if fdp.ConsumeBool():
        n = fdp.ConsumeIntInRange(0, 400)
        return fdp.ConsumeUnicode(n) if surrogates else fdp.ConsumeUnicodeNoSurrogates(n)
    parts = []
    for _ in range(fdp.ConsumeIntInRange(0, 24)):
        if fdp.ConsumeBool():
            parts.append(fdp.PickValueInList(WORDS))
        else:
            n = fdp.ConsumeIntInRange(0, 8)
            parts.append(fdp.ConsumeUnicode(n) if surrogates else fdp.ConsumeUnicodeNoSurrogates(n))
        parts.append(fdp.PickValueInList([" ", " ", ", ", ". ", "\n", ""]))
    return "".join(parts)


def ref_date(fdp: atheris.FuzzedDataProvider):
    choice = fdp.ConsumeIntInRange(0, 9)
    if choice < len(REF_DATES):
        return REF_DATES[choice]
    return fdp.ConsumeUnicodeNoSurrogates(12)


def valid_ref(r) -> bool:
    """Whether the core takes `r` as a reference date: None or an existing YYYY-MM-DD date
    of the proleptic Gregorian calendar, year 0000 included (Python's dates start at 1)."""
    if r is None:
        return True
    if not (
        len(r) == 10
        and r[4] == r[7] == "-"
        and all(r[i] in "0123456789" for i in (0, 1, 2, 3, 5, 6, 8, 9))
    ):
        return False
    y, m, d = int(r[:4]), int(r[5:7]), int(r[8:])
    leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    days = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return 1 <= m <= 12 and 1 <= d <= days[m - 1]


VALID_REFS = [r for r in REF_DATES if valid_ref(r)]


def random_gazetteer(fdp: atheris.FuzzedDataProvider) -> gazet.Gazetteer | None:
    gz = gazet.Gazetteer()
    for _ in range(fdp.ConsumeIntInRange(0, 5)):
        label = fdp.PickValueInList(LABELS) if fdp.ConsumeBool() else fdp.ConsumeUnicode(6)
        entity_id = fdp.ConsumeUnicode(fdp.ConsumeIntInRange(0, 10))
        names = []
        for _ in range(fdp.ConsumeIntInRange(0, 3)):
            if fdp.ConsumeBool():
                names.append(fdp.PickValueInList(WORDS))
            else:
                names.append(fdp.ConsumeUnicode(fdp.ConsumeIntInRange(0, 12)))
        attributes = {}
        if fdp.ConsumeBool():
            attributes["country_code"] = fdp.PickValueInList(
                ["PK", "US", "GE", "", "pk", "XYZ", None, 3]
            )
        if fdp.ConsumeBool():
            attributes["population"] = fdp.PickValueInList(
                [0, 1, -1, 2**63, 2**64, 10**30, "12", "x", 1.5, math.nan, None, True]
            )
        call("Gazetteer.add", gz.add, label, entity_id, names, **attributes)
    return gz


def op_find(fdp) -> None:
    m = fdp.PickValueInList(FIXED)
    text = text_of(fdp)
    r = ref_date(fdp)
    if valid_ref(r):
        found = must("find", m.find, text, ref_date=r)
        if found is not None:
            check_matches("find", text, found)
    else:
        call("find with a bad ref_date", m.find, text, ref_date=r)


def op_surrogates(fdp) -> None:
    m = fdp.PickValueInList(FIXED)
    text = text_of(fdp, surrogates=True)
    try:
        found = m.find(text)
    except BaseException as e:
        if (
            isinstance(e, ValueError)
            and not isinstance(e, gazet.InternalError)
            and has_surrogate(text)
        ):
            return
        report(f"find on {text!r}", e)
        return
    if has_surrogate(text):
        report(f"find accepted a lone surrogate in {text!r}")
    check_matches("find", text, found)


def rows_of(fdp, surrogates: bool) -> list:
    rows = []
    for _ in range(fdp.ConsumeIntInRange(0, 6)):
        kind = fdp.ConsumeIntInRange(0, 9)
        if kind == 0:
            rows.append(None)
        elif kind == 1:
            rows.append(math.nan)
        else:
            rows.append(text_of(fdp, surrogates=surrogates and kind == 2))
    return rows


def op_find_many(fdp) -> None:
    m = fdp.PickValueInList(FIXED)
    rows = rows_of(fdp, surrogates=True)
    refs = [fdp.PickValueInList(REF_DATES[:6]) for _ in rows] if fdp.ConsumeBool() else None
    bad = any(isinstance(r, str) and has_surrogate(r) for r in rows) or (
        refs is not None and not all(valid_ref(r) for r in refs)
    )
    threads = fdp.PickValueInList([None, 1, 2])
    if bad:
        call("find_many raise", m.find_many, rows, ref_dates=refs, threads=threads)
        out = must(
            "find_many skip", m.find_many, rows, ref_dates=refs, threads=threads, errors="skip"
        )
    else:
        out = must("find_many", m.find_many, rows, ref_dates=refs, threads=threads)
    if out is None:
        return
    if len(out) != len(rows):
        report(f"find_many gave {len(out)} results for {len(rows)} rows")
        return
    for i, (row, got) in enumerate(zip(rows, out, strict=True)):
        if not isinstance(row, str) or has_surrogate(row) or (refs and not valid_ref(refs[i])):
            if list(got):
                report(f"find_many: matches for a missing or skipped row {row!r}")
            continue
        alone = must("find", m.find, row, ref_date=refs[i] if refs else None)
        if alone is not None and [key(x) for x in got] != [key(x) for x in alone]:
            report(f"find_many differs from find on {row!r}")
        check_matches("find_many", row, got)


def op_extract(fdp) -> None:
    m = fdp.PickValueInList(FIXED)
    rows = rows_of(fdp, surrogates=False)
    r = fdp.PickValueInList(VALID_REFS)
    many = must("find_many", m.find_many, rows, ref_dates=[r] * len(rows))
    if many is None:
        return
    want = [(i, *key(x)) for i, ms in enumerate(many) for x in ms]
    if fdp.ConsumeBool():
        df = must(
            "extract",
            m.extract,
            pd.DataFrame({"text": rows, "published": [r] * len(rows)}),
            ref_date="published",
        )
        if df is None:
            return
        got = [
            (
                int(d),
                int(s),
                int(e),
                t,
                str(lab),
                None if pd.isna(ent) else str(ent),
                None if pd.isna(v) else v,
            )
            for d, s, e, t, lab, ent, v in df[
                ["doc", "start", "end", "text", "label", "entity_id", "value"]
            ].itertuples(index=False)
        ]
    else:
        table = must("extract_arrow", m.extract_arrow, rows, ref_date=r)
        if table is None:
            return
        cols = table.to_pydict()
        got = list(
            zip(
                cols["doc"],
                cols["start"],
                cols["end"],
                cols["text"],
                cols["label"],
                cols["entity_id"],
                cols["value"],
                strict=True,
            )
        )
    if got != want:
        report(f"extract differs from find_many on {rows!r}")


def write_temp(data: bytes, suffix: str) -> str:
    fd, path = tempfile.mkstemp(suffix=suffix, dir=TMP)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    return path


def build_and_find(what: str, gz: gazet.Gazetteer, fdp) -> None:
    options = {
        "case": fdp.PickValueInList(["smart", "insensitive", "sensitive"]),
        "dates": fdp.ConsumeBool(),
        "people": fdp.ConsumeBool(),
        "discover": fdp.ConsumeBool(),
        "context": fdp.ConsumeBool(),
    }
    m = call(f"Matcher({what})", gazet.Matcher, gz, **options)
    if m is None:
        return
    names = [n for e in gz for n in e.names][:32]
    text = " ".join(f"On Friday {n} said." for n in names) + " " + text_of(fdp)
    found = must(f"find ({what})", m.find, text)
    if found is not None:
        check_matches(f"find ({what})", text, found)
    # Saving and loading keeps the results.
    data = must(f"save ({what})", m._to_bytes)
    if data is not None:
        back = must(f"load ({what})", gazet.Matcher._from_bytes, data)
        if back is not None and found is not None:
            again = must("find after load", back.find, text)
            if again is not None and [key(x) for x in again] != [key(x) for x in found]:
                report(f"save/load changed the matches ({what})")


def op_csv(fdp) -> None:
    if fdp.ConsumeBool():
        data = fdp.ConsumeBytes(fdp.ConsumeIntInRange(0, 600))
    else:
        lines = [
            "label,entity_id,name"
            + fdp.PickValueInList(["", ",country_code", ",population", ",country"])
        ]
        for _ in range(fdp.ConsumeIntInRange(0, 6)):
            lines.append(
                ",".join(
                    fdp.PickValueInList(LABELS + WORDS)
                    if fdp.ConsumeBool()
                    else fdp.ConsumeUnicode(5)
                    for _ in range(fdp.ConsumeIntInRange(1, 5))
                )
            )
        data = "\n".join(lines).encode("utf-8", "surrogatepass")
    path = write_temp(data, ".csv")
    try:
        gz = call("Gazetteer.from_csv", gazet.Gazetteer.from_csv, path)
    finally:
        os.unlink(path)
    if gz is not None:
        build_and_find("from_csv", gz, fdp)


def op_jsonl(fdp) -> None:
    if fdp.ConsumeBool():
        data = fdp.ConsumeBytes(fdp.ConsumeIntInRange(0, 600))
    else:
        import json

        lines = []
        for _ in range(fdp.ConsumeIntInRange(0, 6)):
            item = {
                "label": fdp.PickValueInList(LABELS),
                "pattern": fdp.PickValueInList(WORDS)
                if fdp.ConsumeBool()
                else fdp.ConsumeUnicode(8),
            }
            if fdp.ConsumeBool():
                item["id"] = fdp.PickValueInList(
                    [None, 1, -5, 1.5, True, [], "x", "", fdp.ConsumeUnicode(4)]
                )
            lines.append(json.dumps(item, ensure_ascii=fdp.ConsumeBool()))
        data = "\n".join(lines).encode("utf-8", "surrogatepass")
    path = write_temp(data, ".jsonl")
    try:
        gz = call("Gazetteer.from_jsonl", gazet.Gazetteer.from_jsonl, path)
    finally:
        os.unlink(path)
    if gz is not None:
        build_and_find("from_jsonl", gz, fdp)


def op_load(fdp) -> None:
    kind = fdp.ConsumeIntInRange(0, 3)
    if kind == 0:
        data = fdp.ConsumeBytes(fdp.ConsumeIntInRange(0, 2000))
    else:
        big = fdp.ConsumeIntInRange(0, 15) == 0
        data = bytearray(BIG_SAVED if big else fdp.PickValueInList(SMALL_SAVED))
        for _ in range(fdp.ConsumeIntInRange(0, 8)):
            at = fdp.ConsumeIntInRange(0, len(data) - 1)
            data[at] ^= fdp.ConsumeIntInRange(1, 255)
        if kind == 2:
            data = data[: fdp.ConsumeIntInRange(0, len(data))]
        data = bytes(data)
        if kind == 3 or fdp.ConsumeBool():
            data = rewrap(data)
    path = write_temp(data, ".gazet")
    try:
        m = call("Matcher.load", gazet.Matcher.load, path)
    finally:
        os.unlink(path)
    if m is None:
        return
    text = text_of(fdp)
    found = must("find on a loaded matcher", m.find, text)
    if found is not None:
        check_matches("find (loaded)", text, found)
    # Damaged gazetteer records (a checksum that holds over records that do not parse
    # or do not match the compiled entities) must fail as SavedFileError, at load or
    # here; another ValueError is noted, anything else is a finding.
    try:
        _ = m.gazetteer  # reads the saved records
    except gazet.SavedFileError:
        pass
    except ValueError as e:
        note("gazetteer of a loaded matcher", e)
    except BaseException as e:
        report("gazetteer of a loaded matcher", e)


def op_random(fdp) -> None:
    gz = random_gazetteer(fdp)
    if gz is not None:
        build_and_find("random gazetteer", gz, fdp)


OPS = [
    op_find,
    op_find,
    op_surrogates,
    op_find_many,
    op_extract,
    op_csv,
    op_jsonl,
    op_load,
    op_random,
]


def TestOneInput(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    op = fdp.PickValueInList(OPS)
    op(fdp)


TMP = tempfile.mkdtemp(prefix="gazet-atheris-")
atexit.register(shutil.rmtree, TMP, ignore_errors=True)


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
