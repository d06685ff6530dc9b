"""Issue 13, ids and attributes: the built-in places carry public GeoNames ids (first-level
divisions included, their ISO 3166-2 code kept as an attribute) and coordinates."""

import pytest

import gazet

# Uninhabited or former ISO entries: no GeoNames city lies in them, so no centre.
NO_CENTRE = {
    "Antarctica",
    "Bouvet Island",
    "Heard Island and McDonald Islands",
    "Netherlands Antilles",
    "Serbia and Montenegro",
    "United States Minor Outlying Islands",
}


@pytest.fixture(scope="module")
def places():
    return gazet.places()


@pytest.mark.parametrize(
    "name, geonames_id, iso",
    [
        ("Balochistan", "geonames:1183606", "PK-BA"),
        ("California", "geonames:5332921", "US-CA"),
        ("Khyber Pakhtunkhwa", "geonames:1168873", "PK-KP"),
    ],
)
def test_a_division_has_its_geonames_id_and_keeps_its_iso_code(places, name, geonames_id, iso):
    entity = places[geonames_id]
    assert name in entity.names
    assert entity.attributes["iso3166_2"] == iso
    assert entity.attributes["kind"] == "admin1"
    found = [m for m in gazet.Matcher().find(f"Floods hit {name} on Monday.") if m.label == "PLACE"]
    assert [(m.text, m.entity_id) for m in found] == [(name, geonames_id)]


def test_most_divisions_have_geonames_ids_and_every_id_is_public(places):
    kinds = {}
    for e in places:
        prefix = e.entity_id.split(":", 1)[0]
        kinds.setdefault(e.attributes["kind"], set()).add(prefix)
        if e.attributes["kind"] == "admin1":
            assert e.attributes["iso3166_2"].startswith(e.attributes["country_code"] + "-")
    assert kinds["country"] == kinds["city"] == kinds["continent"] == {"geonames"}
    assert kinds["admin1"] == {"geonames", "iso3166-2"}
    admin1 = [e for e in places if e.attributes["kind"] == "admin1"]
    with_geonames = sum(e.entity_id.startswith("geonames:") for e in admin1)
    assert with_geonames >= 0.9 * len(admin1)


def test_countries_regions_and_most_divisions_have_coordinates(places):
    missing = {}
    for e in places:
        a = e.attributes
        if "latitude" in a:
            assert -90 <= a["latitude"] <= 90 and -180 <= a["longitude"] <= 180, e
        else:
            missing.setdefault(a["kind"], []).append(e.names[0])
    assert set(missing.get("country", [])) == NO_CENTRE
    assert "region" not in missing and "city" not in missing and "continent" not in missing
    admin1 = sum(e.attributes["kind"] == "admin1" for e in places)
    assert len(missing["admin1"]) <= 0.06 * admin1


def test_a_country_centre_lies_in_the_country(places):
    # Population centres: Pakistan's lies in Punjab, Fiji's stays near Fiji although the
    # country straddles the 180th meridian.
    pakistan = places["geonames:1168579"].attributes
    assert 28 < pakistan["latitude"] < 33 and 69 < pakistan["longitude"] < 75
    fiji = next(
        e
        for e in places
        if e.attributes.get("country_code") == "FJ" and e.attributes["kind"] == "country"
    ).attributes
    assert -20 < fiji["latitude"] < -15 and abs(fiji["longitude"]) > 175


def test_same_as_gives_a_users_place_the_builtin_id_so_a_demonym_shares_it():
    gz = gazet.Gazetteer()
    gz.add("PLACE", "place:pakistan", ["Pakistan", "Islamic Republic of Pakistan"],
           description="my note", same_as="geonames:1168579")  # fmt: skip
    for gazetteer in (gz + gazet.places() + gazet.demonyms(), gazet.places() + gz):
        m = gazet.Matcher(gazetteer)
        found = [(x.text, x.entity_id) for x in m.find("Pakistani troops left Pakistan.")]
        assert ("Pakistan", "geonames:1168579") in found
        merged = m.gazetteer["PLACE", "geonames:1168579"]
        assert "Islamic Republic of Pakistan" in merged.names
        assert merged.attributes["country_code"] == "PK"  # the built-in's attributes stay
        assert merged.attributes["description"] == "my note"  # and the user's are added
        assert ("PLACE", "place:pakistan") not in m.gazetteer


def test_same_as_naming_an_unknown_id_raises():
    gz = gazet.Gazetteer()
    gz.add("PLACE", "place:x", ["Xland"], same_as="geonames:999999999")
    with pytest.raises(gazet.GazetteerError, match=r"place:x.*same_as='geonames:999999999'"):
        gazet.Matcher(gz)


@pytest.mark.parametrize(
    "text, city, division",
    [
        ("Springfield, Illinois, is the state capital.", "Springfield", "geonames:4896861"),
        ("Springfield, Massachusetts, voted early.", "Springfield", "geonames:6254926"),
        ("They moved from Columbus, Georgia, last year.", "Columbus", "geonames:4197000"),
        ("He grew up in Newcastle, England.", "Newcastle", "geonames:6269131"),
    ],
)
def test_a_division_named_right_after_a_city_picks_the_city_in_it(places, text, city, division):
    found = {m.text: m.entity_id for m in gazet.Matcher().find(text) if m.label == "PLACE"}
    assert places[found[city]].attributes["admin1"] == division


def test_well_known_short_and_alternate_names(places):
    m = gazet.Matcher()
    found = {
        x.text: x.entity_id for x in m.find("Russia said St. Petersburg and Frankfurt agreed.")
    }
    assert found["St. Petersburg"] == "geonames:498817"  # not St. Petersburg, Florida
    assert found["Frankfurt"] == "geonames:2925533"  # Frankfurt am Main
    assert "Newcastle" in places["geonames:2641673"].names  # Newcastle upon Tyne


def test_us_counties_are_places_with_their_state(places):
    found = {
        m.text: m.entity_id
        for m in gazet.Matcher().find("Floods hit Kerr County, Texas, and Orleans Parish.")
        if m.label == "PLACE"
    }
    assert found["Kerr County"] == "fips:48265"
    assert places["fips:48265"].attributes["admin1"] == "geonames:4736286"  # Texas
    assert found["Orleans Parish"] == "fips:22071"


@pytest.mark.parametrize(
    "text, name, expected",
    [
        (
            "The governor of Illinois spoke. Springfield was calm.",
            "Springfield",
            "geonames:4250542",
        ),
        ("Floods hit Oregon. Washington County closed schools.", "Washington County", "fips:41067"),
        ("Lamar County officials near Dallas said three were hurt.", "Lamar County", "fips:48277"),
        # A big namesake is not given up for a small town in a state named elsewhere.
        (
            "WASHINGTON (AP) - The court heard a case from Illinois.",
            "WASHINGTON",
            "geonames:4140963",
        ),
    ],
)
def test_a_state_the_document_names_picks_among_small_namesakes(text, name, expected):
    found = {m.text: m.entity_id for m in gazet.Matcher().find(text) if m.label == "PLACE"}
    assert found[name] == expected
