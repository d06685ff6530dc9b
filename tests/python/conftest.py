from pathlib import Path

import pytest

import gazet

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
DATA = ROOT / "tests" / "data"
#: The columns of extract, extract_arrow, polars output and the Parquet files, in order.
COLUMNS = ["doc", "start", "end", "text", "label", "entity_id", "value", "how", "timex_type"]


@pytest.fixture(scope="session")
def seed_gazetteer() -> gazet.Gazetteer:
    return gazet.Gazetteer.from_csv(SEEDS / "gazetteer.csv")


@pytest.fixture(scope="session")
def seed_matcher(seed_gazetteer: gazet.Gazetteer) -> gazet.Matcher:
    return gazet.Matcher(seed_gazetteer)


def make_matcher(*entries: tuple[str, str, list[str]], **options: object) -> gazet.Matcher:
    gz = gazet.Gazetteer()
    for label, entity_id, names in entries:
        gz.add(label, entity_id, names)
    return gazet.Matcher(gz, **options)  # type: ignore[arg-type]


# Hypothesis profiles for the property tests (test_properties.py, test_invariants.py):
# "ci" (the default) is bounded and derandomized so CI is stable and quick; "long" is the
# campaign of scripts/property_campaign.sh (GAZET_HYPOTHESIS=long, GAZET_EXAMPLES=N),
# random, with its failures kept in target/hypothesis to replay.
def _hypothesis_profiles() -> None:
    import os

    from hypothesis import HealthCheck, settings
    from hypothesis.database import DirectoryBasedExampleDatabase

    quiet = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
    settings.register_profile(
        "ci",
        max_examples=150,
        deadline=None,
        derandomize=True,
        database=None,
        print_blob=True,
        suppress_health_check=quiet,
    )
    settings.register_profile(
        "long",
        max_examples=int(os.environ.get("GAZET_EXAMPLES", "20000")),
        deadline=None,
        database=DirectoryBasedExampleDatabase(str(ROOT / "target" / "hypothesis")),
        print_blob=True,
        suppress_health_check=quiet,
    )
    settings.load_profile(os.environ.get("GAZET_HYPOTHESIS", "ci"))


_hypothesis_profiles()
