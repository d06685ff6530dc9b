"""Entity behaviours: demonyms, shared names, common words, context, people, discovery."""

import pytest

import gazet


@pytest.fixture(scope="module")
def default():
    return gazet.Matcher(dates=False)


@pytest.fixture(scope="module")
def with_people():
    people = gazet.Gazetteer()
    people.add("PERSON", "person:khawaja_asif", ["Khawaja Asif", "Khawaja Muhammad Asif"])
    people.add("PERSON", "person:asim_munir", ["Asim Munir"])
    people.add("PERSON", "person:imran_khan", ["Imran Khan"])
    people.add("PERSON", "person:ayub_khan", ["Ayub Khan"])
    return gazet.Matcher(people + gazet.places() + gazet.demonyms(), dates=False, discover=True)


def found(m, text, label=None):
    return [(x.text, x.label, x.entity_id) for x in m.find(text) if label in (None, x.label)]


def test_demonyms_carry_their_country(default):
    pk = next(
        e.entity_id
        for e in gazet.places()
        if e.attributes.get("kind") == "country" and "Pakistan" in e.names
    )
    got = found(default, "Pakistani and Afghan officials met Turkish mediators in Pakistan.")
    assert ("Pakistani", "DEMONYM", pk) in got
    assert ("Pakistan", "PLACE", pk) in got
    assert {label for _, label, _ in got} == {"DEMONYM", "PLACE"}


def test_shared_names_follow_the_document(default):
    pk_text = "Floods hit Sindh province. In Hyderabad, the Indus rose; Karachi was spared."
    in_text = "Floods hit Telangana. In Hyderabad, IT firms shut; Bengaluru was spared."
    pk = next(x for x in default.find(pk_text) if x.text == "Hyderabad")
    india = next(x for x in default.find(in_text) if x.text == "Hyderabad")
    assert pk.entity_id != india.entity_id
    assert set(pk.candidates) == set(india.candidates) and len(pk.candidates) >= 2
    assert pk.entity_id in pk.candidates


def test_common_word_places_need_evidence(default):
    assert found(default, "Reading the report, she smiled.", "PLACE") == []
    assert found(default, "the reading room", "PLACE") == []
    assert [
        t for t, _, _ in found(default, "He moved to Reading in England last year.", "PLACE")
    ] == ["Reading", "England"]


def test_context_rejects_names_inside_other_names(default):
    assert found(default, "The Islamabad High Court ruled on it.", "PLACE") == []
    assert found(default, "Liverpool beat Chelsea 2-1 at home.", "PLACE") == []
    assert [t for t, _, _ in found(default, "Talks in Istanbul resumed.", "PLACE")] == ["Istanbul"]
    plain = gazet.Matcher(dates=False, context=False)
    assert [t for t, _, _ in found(plain, "The Islamabad High Court ruled on it.", "PLACE")] == [
        "Islamabad"
    ]


def test_short_forms_link_after_the_full_name(with_people):
    text = (
        "Asif arrived early. Defence Minister Khawaja Asif met Asim Munir. "
        "Asif’s aide said Mr Asif and Munir agreed. Imran Khan and Ayub Khan disagreed; Khan left."
    )
    people = [(t, i) for t, label, i in found(with_people, text, "PERSON")]
    assert people[0] == ("Khawaja Asif", "person:khawaja_asif")
    assert ("Asif", "person:khawaja_asif") in people
    assert ("Munir", "person:asim_munir") in people
    assert text.startswith("Asif") and people.count(("Asif", "person:khawaja_asif")) == 2
    assert ("Khan", "person:imran_khan") not in people and (
        "Khan",
        "person:ayub_khan",
    ) not in people


def test_discovery_and_suggest(with_people):
    text = "Taliban spokesman Zabihullah Mujahid said Lt Gen Ahmed Sharif would attend."
    got = found(with_people, text, "PERSON")
    assert ("Zabihullah Mujahid", "PERSON", "person:zabihullah-mujahid") in got
    assert ("Ahmed Sharif", "PERSON", "person:ahmed-sharif") in got
    later = "Mujahid said the talks would go on. " * 3
    table = with_people.suggest(
        [text + " " + later, text, None, "Intelligence Chief Abdul Haq Wasiq spoke."]
    )
    assert list(table.columns) == ["label", "entity_id", "name", "count", "docs", "example"]
    top = table.iloc[0]
    # The short forms count towards their person; the example is cut at word boundaries.
    assert top["entity_id"] == "person:zabihullah-mujahid" and top["name"] == "Zabihullah Mujahid"
    assert top["count"] == 5 and top["docs"] == 2
    assert top["example"] == (
        "Taliban spokesman [Zabihullah Mujahid] said Lt Gen Ahmed Sharif would attend. "
        "Mujahid said the"
    )
    assert "Abdul Haq Wasiq" in set(table["name"])
    # One call turns the suggestions into a gazetteer that lists them.
    listed = gazet.Gazetteer.from_frame(table)
    m = gazet.Matcher(listed, dates=False)
    assert [(x.text, x.entity_id, x.how) for x in m.find("Mr Zabihullah Mujahid came.")] == [
        ("Zabihullah Mujahid", "person:zabihullah-mujahid", "listed")
    ]


def test_common_word_rule_spares_users_own_labels():
    gz = gazet.Gazetteer()
    gz.add("ORG", "org:delta", ["Delta"])
    gz.add("PERSON", "p:bush", ["George W. Bush", "Bush"])
    m = gazet.Matcher(gz, dates=False)
    assert [x.text for x in m.find("Delta cut flights. Bush said no.")] == ["Delta", "Bush"]


def test_titles_with_a_period(with_people):
    assert found(with_people, "Mr. Howard met them.", "PLACE") == []
    got = found(with_people, "Sen. Chuck Schumer said so.")
    assert ("Chuck Schumer", "PERSON", "person:chuck-schumer") in got
