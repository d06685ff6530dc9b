"""Pickle and save/load round trips."""

import copy
import pickle

import gazet
import pytest

TEXT = "Khawaja Asif said in Istanbul that Türkiye and Qatar mediated."


def test_pickle_round_trip(seed_matcher):
    clone = pickle.loads(pickle.dumps(seed_matcher, protocol=pickle.HIGHEST_PROTOCOL))
    assert clone.find(TEXT) == seed_matcher.find(TEXT)
    assert clone.gazetteer == seed_matcher.gazetteer
    assert copy.deepcopy(seed_matcher).find(TEXT) == seed_matcher.find(TEXT)


def test_pickle_keeps_options():
    gz = gazet.Gazetteer()
    gz.add("PLACE", "rdg", "Reading")
    m = gazet.Matcher(gz, case="insensitive", dates=False)
    clone = pickle.loads(pickle.dumps(m))
    assert (clone.case, clone.dates) == ("insensitive", False)
    assert len(clone.find("reading")) == 1


def test_match_pickles():
    x = gazet.Match(1, 3, "ab", "PLACE", "id", None)
    assert pickle.loads(pickle.dumps(x)) == x


def test_save_load(seed_matcher, tmp_path):
    path = tmp_path / "m.gazet"
    seed_matcher.save(path)
    loaded = gazet.Matcher.load(path)
    assert loaded.find(TEXT) == seed_matcher.find(TEXT)
    assert loaded.gazetteer == seed_matcher.gazetteer


def test_load_rejects_other_files(tmp_path):
    p = tmp_path / "x.gazet"
    p.write_text("{}", encoding="utf-8")
    with pytest.raises(ValueError, match="not a gazet matcher file"):
        gazet.Matcher.load(p)
    p.write_text("not json", encoding="utf-8")
    with pytest.raises(ValueError, match="not a gazet matcher file"):
        gazet.Matcher.load(p)
    with pytest.raises(FileNotFoundError):
        gazet.Matcher.load(tmp_path / "missing")


def test_matcher_does_not_follow_later_gazetteer_changes():
    gz = gazet.Gazetteer()
    gz.add("PLACE", "pk", "Pakistan")
    m = gazet.Matcher(gz, dates=False, context=False)
    gz.add("PLACE", "qa", "Qatar")
    assert [x.text for x in m.find("Pakistan Qatar")] == ["Pakistan"]
    assert "qa" not in m.gazetteer
