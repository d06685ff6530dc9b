from pathlib import Path

import pytest

import gazet

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
DATA = ROOT / "tests" / "data"


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
