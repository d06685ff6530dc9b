"""Pickle and save/load: one versioned, checksummed container; damage fails cleanly."""

import copy
import os
import pickle
import random
import signal
import sys

import pytest

import gazet

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


def test_pickle_and_save_are_one_container(seed_matcher, tmp_path):
    path = tmp_path / "m.gazet"
    seed_matcher.save(path)
    saved = path.read_bytes()
    assert saved.startswith(b"GAZET\0SV")
    assert saved in pickle.dumps(seed_matcher)  # the pickle carries the same bytes
    seed_matcher.save(path)
    assert path.read_bytes() == saved  # saving is deterministic


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
    for content, message in [
        (b"{}", "not a gazet matcher file"),
        (b"", "empty"),
        (b"GAZETM1\n" + bytes(40), "older gazet"),
    ]:
        p.write_bytes(content)
        with pytest.raises(gazet.SavedFileError, match=message) as info:
            gazet.Matcher.load(p)
        assert str(p) in str(info.value) and isinstance(info.value, ValueError)
    with pytest.raises(FileNotFoundError):
        gazet.Matcher.load(tmp_path / "missing")


def test_damaged_files_fail_as_damaged(seed_matcher, tmp_path):
    good = tmp_path / "m.gazet"
    seed_matcher.save(good)
    data = good.read_bytes()
    cases = {
        "truncated": data[: len(data) // 2],
        "bit flip": data[:100] + bytes([data[100] ^ 4]) + data[101:],
        "huge size claimed": data[:12] + (2**62).to_bytes(8, "little") + data[20:],
        "header only": data[:24],
    }
    for name, bad in cases.items():
        p = tmp_path / f"{name}.gazet"
        p.write_bytes(bad)
        with pytest.raises(gazet.SavedFileError):
            gazet.Matcher.load(p)


def _load_in_child(data: bytes) -> int:
    """Loads `data` in a forked child with a time and memory limit: 0 loaded (and found),
    1 a clean SavedFileError, anything else a crash, a hang or another exception."""
    pid = os.fork()
    if pid == 0:  # the child: never returns
        code = 3
        try:
            import resource

            resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
            signal.alarm(10)
            m = gazet.Matcher._from_bytes(data)
            m.find("Khawaja Asif said in Istanbul " * 20)
            code = 0
        except gazet.SavedFileError:
            code = 1
        except BaseException:
            code = 2
        finally:
            sys.stdout.flush()
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_mutated_files_never_load_wrong_nor_crash(tmp_path):
    """Thousands of random mutations of a saved matcher, each loaded in a child process:
    every one fails cleanly (the checksum), none crashes, hangs or loads."""
    gz = gazet.Gazetteer()
    gz.add("PLACE", "geonames:745044", ["Istanbul", "İstanbul"], country_code="TR")
    gz.add("PERSON", "person:khawaja_asif", ["Khawaja Asif", "Khawaja Muhammad Asif"])
    gz.add("ORG", "org:ttp", ["Tehreek-e-Taliban Pakistan", "TTP"])
    m = gazet.Matcher(gz)
    data = m._to_bytes()
    assert _load_in_child(data) == 0
    rng = random.Random(2026)
    outcomes = {}
    runs = int(os.environ.get("GAZET_MUTATIONS", "2000"))
    for i in range(runs):
        bad = bytearray(data)
        kind = i % 4
        if kind == 0:  # flip a few bits
            for _ in range(rng.randint(1, 4)):
                at = rng.randrange(len(bad))
                bad[at] ^= 1 << rng.randrange(8)
        elif kind == 1:  # overwrite a 4-byte word with a random or boundary value
            at = rng.randrange(len(bad) - 4)
            value = rng.choice([0, 1, 0xFFFFFFFF, 0x7FFFFFFF, rng.getrandbits(32)])
            bad[at : at + 4] = value.to_bytes(4, "little")
        elif kind == 2:  # truncate
            bad = bad[: rng.randrange(len(bad))]
        else:  # insert or delete a byte
            at = rng.randrange(len(bad))
            if rng.random() < 0.5:
                bad.insert(at, rng.randrange(256))
            else:
                del bad[at]
        if bytes(bad) == data:
            continue
        code = _load_in_child(bytes(bad))
        outcomes.setdefault(code, []).append(i)
    assert set(outcomes) == {1}, {k: v[:5] for k, v in outcomes.items()}


def test_failed_save_keeps_the_previous_file(seed_matcher, tmp_path, monkeypatch):
    path = tmp_path / "m.gazet"
    seed_matcher.save(path)
    before = path.read_bytes()

    def broken_fsync(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        seed_matcher.save(path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["m.gazet"]  # no temporary left behind


def test_saved_files_set_no_threads(tmp_path, monkeypatch):
    gz = gazet.Gazetteer()
    gz.add("PLACE", "pk", "Pakistan")
    m = gazet.Matcher(gz, threads=1)
    monkeypatch.setenv("GAZET_THREADS", "2")
    clone = pickle.loads(pickle.dumps(m))
    assert clone._threads == min(2, len(os.sched_getaffinity(0)))
    monkeypatch.delenv("GAZET_THREADS")
    assert pickle.loads(pickle.dumps(m))._threads is None


def test_matcher_does_not_follow_later_gazetteer_changes():
    gz = gazet.Gazetteer()
    gz.add("PLACE", "pk", "Pakistan")
    m = gazet.Matcher(gz, dates=False, context=False)
    gz.add("PLACE", "qa", "Qatar")
    assert [x.text for x in m.find("Pakistan Qatar")] == ["Pakistan"]
    assert "qa" not in m.gazetteer
