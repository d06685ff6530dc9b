"""Issue 13, coverage: US state abbreviations in AP style ("Louisville, Ky.", "in D.C.")
on 60 blind passages of US local and wire news (tests/data/us_abbreviation_passages.jsonl,
20 of them traps: "Midnight Mass.", "Machine Wash.", "Del. Karen Whitlow"), with the
defaults. Floors are the measured counts less one error."""

import json

from conftest import DATA

import gazet

# Measured with the defaults: (tp, fp, fn) over every place, and over the abbreviations.
MEASURED_ALL = (123, 0, 0)
MEASURED_ABBREVIATIONS = (59, 0, 0)


def tally():
    matcher = gazet.Matcher()
    every, short = [0, 0, 0], [0, 0, 0]
    for line in (DATA / "us_abbreviation_passages.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        gold = {(m["start"], m["end"]): m["kind"] for m in row["mentions"]}
        found = {(m.start, m.end) for m in matcher.find(row["text"]) if m.label == "PLACE"}
        for span, kind in gold.items():
            hit = span in found
            every[0 if hit else 2] += 1
            if kind == "abbreviation":
                short[0 if hit else 2] += 1
        for start, end in found - gold.keys():
            every[1] += 1
            short[1] += row["text"][start:end].endswith(".")
    return every, short


def test_state_abbreviations_are_found_after_a_place_and_traps_are_not():
    every, short = tally()
    for (tp, fp, fn), (m_tp, m_fp, m_fn) in (
        (every, MEASURED_ALL),
        (short, MEASURED_ABBREVIATIONS),
    ):
        assert tp / max(tp + fp, 1) >= (m_tp - 1) / (m_tp + m_fp)
        assert tp / max(tp + fn, 1) >= (m_tp - 1) / (m_tp + m_fn)
