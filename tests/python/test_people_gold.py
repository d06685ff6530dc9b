"""People found with the defaults alone (no list) on the passages written for the people
issue (tests/data/people_passages.jsonl, people_heldout.jsonl; see their READMEs) and on
the two hand-judged BBC samples (bbc_people_sample.jsonl, bbc_people_sample2.jsonl, when
../shared/bench is present; the second was measured once, never tuned on).
Scoring is in people_score.py. The floors are the measured scores less one error; the
gold is never edited to fit."""

import pytest
from people_score import BBC_SAMPLES, Score, bbc_texts, score_bbc, score_passages

import gazet


def floors(tp, fp, fn, linked):
    """(precision, recall, linking) with one error more than measured."""
    return (tp - 1) / (tp + fp), (tp - 1) / (tp + fn), (linked - 1) / tp


# Counts (tp, fp, fn, linked) measured with gazet.Matcher() defaults.
FLOORS = {
    "people_passages.jsonl": floors(326, 9, 35, 320),
    "people_heldout.jsonl": floors(247, 13, 57, 246),
    "bbc_people_sample.jsonl": floors(208, 20, 31, 205),
    "bbc_people_sample2.jsonl": floors(194, 36, 122, 193),
}


@pytest.fixture(scope="module")
def defaults() -> gazet.Matcher:
    return gazet.Matcher()


def check(name: str, score: Score) -> None:
    print(score.row(name))
    floor_p, floor_r, floor_l = FLOORS[name]
    assert score.precision >= floor_p
    assert score.recall >= floor_r
    assert score.linking >= floor_l


@pytest.mark.parametrize("name", ["people_passages.jsonl", "people_heldout.jsonl"])
def test_people_without_a_list(defaults, name):
    check(name, score_passages(defaults, name))


@pytest.mark.parametrize("name", BBC_SAMPLES)
def test_people_on_the_bbc_samples(defaults, name):
    texts = bbc_texts()
    if texts is None:
        pytest.skip("the BBC corpus (../shared/bench/news.jsonl) is not here")
    check(name, score_bbc(defaults, texts, name))


def test_discovery_off_finds_no_unlisted_people():
    m = gazet.Matcher(discover=False)
    assert [
        x for x in m.find("Hungary's Viktor Orbán met Kaja Kallas.") if x.label == "PERSON"
    ] == []


def test_the_issues_examples_with_the_defaults(defaults):
    text = (
        "Hungary's Viktor Orbán met Friedrich Merz in Berlin. Later, Merz said Orbán agreed. "
        "Michael Jordan visited Jordan this week; Jordan played a short game there."
    )
    got = [(x.text, x.label, x.entity_id, x.how) for x in defaults.find(text)]
    people = [g for g in got if g[1] == "PERSON"]
    assert people == [
        ("Viktor Orbán", "PERSON", "person:viktor-orban", "discovered"),
        ("Friedrich Merz", "PERSON", "person:friedrich-merz", "discovered"),
        ("Merz", "PERSON", "person:friedrich-merz", "short form"),
        ("Orbán", "PERSON", "person:viktor-orban", "short form"),
        ("Michael Jordan", "PERSON", "person:michael-jordan", "discovered"),
        ("Jordan", "PERSON", "person:michael-jordan", "short form"),
    ]
    # "visited Jordan" stays the country.
    assert ("Jordan", "PLACE", "geonames:248816", "listed") in got
    # The same id in another document and in a batch; offsets are str indices.
    other = "🙂 Ex-premier Viktor Orbán spoke."
    [orban] = [x for x in defaults.find(other) if x.label == "PERSON"]
    assert (orban.entity_id, other[orban.start : orban.end]) == (
        "person:viktor-orban",
        "Viktor Orbán",
    )
    df = defaults.extract([text, other])
    assert df.loc[df["label"] == "PERSON", "entity_id"].value_counts()["person:viktor-orban"] == 3
    assert set(df["how"].cat.categories) == {"listed", "short form", "discovered", "parsed"}


def test_a_listed_person_keeps_its_id():
    people = gazet.Gazetteer()
    people.add("PERSON", "q:orban", ["Viktor Orbán"])
    m = gazet.Matcher(people + gazet.places())
    got = [(x.text, x.entity_id, x.how) for x in m.find("Viktor Orbán spoke. Orbán left.")]
    assert got == [("Viktor Orbán", "q:orban", "listed"), ("Orbán", "q:orban", "short form")]
