"""Issue 13, organisation readings through the defaults: a place inside a known
organisation's name is reported as the organisation (label ORG, its id), in every output
path, and an organisation's country does not vote for the places around it."""

import pytest

import gazet


@pytest.fixture(scope="module")
def matcher():
    return gazet.Matcher()


@pytest.mark.parametrize(
    "text, org",
    [
        ("The Bank of England raised rates on Thursday.", "Bank of England"),
        ("Morgan Stanley cut its growth forecast.", "Morgan Stanley"),
        ("Newcastle United beat Arsenal at home.", "Newcastle United"),
        ("The Los Angeles Lakers star scored 40 points.", "Los Angeles Lakers"),
        ("Dubai Police arrested two men at the airport.", "Dubai Police"),
        ("The Washington Post first reported the deal.", "Washington Post"),
        ("Real Madrid signed a defender from Brazil.", "Real Madrid"),
    ],
)
def test_a_known_organisation_is_reported_not_the_place_inside_it(matcher, text, org):
    found = [(m.text, m.label) for m in matcher.find(text) if m.label in ("ORG", "PLACE")]
    assert (org, "ORG") in found
    inside = [t for t, label in found if label == "PLACE" and t in org]
    assert inside == []


def test_an_organisations_country_does_not_vote_for_nearby_places(matcher):
    # The Post is American; Moscow is still the Russian capital, not Moscow, Idaho.
    found = {
        m.text: m.entity_id for m in matcher.find("The Washington Post said Moscow denied it.")
    }
    assert found["Moscow"] == "geonames:524901"


def test_orgs_reach_extract_and_arrow_with_their_ids(matcher):
    pd = pytest.importorskip("pandas")
    docs = pd.DataFrame(
        {"id": ["a"], "text": ["Reuters reported that Xinhua News Agency was in Kabul."]}
    )
    frame = matcher.extract(docs, text="text")
    orgs = frame[frame["label"] == "ORG"]
    assert list(orgs["entity_id"].astype(str)) == ["org:reuters", "org:xinhua-news-agency"]
    table = matcher.extract_arrow(docs, text="text")
    labels = table.column("label").to_pylist()
    assert labels.count("ORG") == 2 and labels.count("PLACE") == 1


def test_orgs_are_a_public_gazetteer_with_kinds(matcher):
    orgs = gazet.orgs()
    assert orgs["org:reuters"].attributes["kind"] == "agency"
    assert all(e.label == "ORG" for e in orgs)
    assert len(orgs) > 3000


def test_a_town_that_is_a_team_somewhere_is_the_team_throughout(matcher):
    text = (
        "Liverpool beat Chelsea 2-0 on Saturday. The win leaves Liverpool four points "
        "clear. Many fans stayed in Liverpool overnight, and Liverpool's mayor hailed them."
    )
    places = [(m.start, m.text) for m in matcher.find(text) if m.label == "PLACE"]
    third = text.index("in Liverpool") + 3
    fourth = text.index("Liverpool's")
    assert places == [(third, "Liverpool"), (fourth, "Liverpool")]


def test_a_market_is_a_place(matcher):
    found = [m.text for m in matcher.find("Tokyo fell 2% and Seoul lost 1.4% on Tuesday.")]
    assert found[:2] == ["Tokyo", "Seoul"]
