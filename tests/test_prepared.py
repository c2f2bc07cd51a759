"""Prepared tables (``resources.prepared``): a cache that changes how fast a process starts, never what it computes.

Every test points ``EVENTWIRE_CACHE`` at its own folder, so none depends on what an earlier run left behind.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventwire import resources
from eventwire.nlp import actors, knowledge


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("EVENTWIRE_CACHE", str(folder))
    return folder


def _counting(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_a_prepared_object_is_built_once_then_loaded(cache):
    build, calls = _counting({"a": [1, 2], "b": ("x", None)})
    key = resources.digest("test", b"data v1")
    assert resources.prepared("thing", key, build) == {"a": [1, 2], "b": ("x", None)}
    assert resources.prepared("thing", key, build) == {"a": [1, 2], "b": ("x", None)}
    assert len(calls) == 1
    assert len(list(cache.glob("thing-*.bin"))) == 1


def test_a_new_key_builds_again_and_drops_the_stale_file(cache):
    old, _ = _counting("old")
    resources.prepared("thing", resources.digest("v1"), old)
    new, calls = _counting("new")
    assert resources.prepared("thing", resources.digest("v2"), new) == "new"
    assert calls == [1]
    assert [p.name for p in cache.glob("thing-*.bin")] == [f"thing-{resources.digest('v2')[:40]}.bin"]


def test_a_damaged_or_foreign_file_is_rebuilt_not_trusted(cache):
    key = resources.digest("v1")
    resources.prepared("thing", key, _counting(list(range(100)))[0])
    (path,) = cache.glob("thing-*.bin")
    raw = bytearray(path.read_bytes())
    raw[-5] ^= 0xFF  # one flipped bit of the payload: its checksum no longer holds
    path.write_bytes(bytes(raw))
    build, calls = _counting(list(range(100)))
    assert resources.prepared("thing", key, build) == list(range(100))
    assert calls == [1]
    path.write_bytes(b"something else entirely")  # a file of that name that is not a prepared table
    build, calls = _counting("fresh")
    assert resources.prepared("thing", key, build) == "fresh" and calls == [1]
    path.write_bytes(path.read_bytes()[:40])  # cut short, as by a crash while another process wrote it
    assert resources.prepared("thing", key, _counting("again")[0]) == "again"


def test_a_payload_that_does_not_load_is_rebuilt(cache):
    key = resources.digest("v1")

    def failing(_raw: bytes):
        raise ValueError("not what this version reads")

    resources.prepared("thing", key, _counting(1)[0])
    build, calls = _counting(2)
    assert resources.prepared("thing", key, build, load=failing) == 2 and calls == [1]


def test_no_cache_when_switched_off_or_unwritable(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_CACHE", "off")
    build, calls = _counting(1)
    assert resources.prepared("thing", "k", build) == 1 and resources.prepared("thing", "k", build) == 1
    assert calls == [1, 1]
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder would be")
    monkeypatch.setenv("EVENTWIRE_CACHE", str(blocker / "cache"))
    build, calls = _counting(2)
    assert resources.prepared("thing", "k", build) == 2 and calls == [1]


def test_the_digest_tells_apart_what_plain_concatenation_would_not():
    assert resources.digest("ab", "c") != resources.digest("a", "bc")
    assert resources.digest(b"x") == resources.digest("x")


def test_the_knowledge_key_covers_every_data_file_its_build_reads():
    source = Path(knowledge.__file__).read_text("utf-8")
    read = set(re.findall(r'table\("nlp/data/([^"]+)"\)', source))
    assert read == set(knowledge._FILES)


def test_prepared_knowledge_and_actor_tables_equal_freshly_built_ones(cache, nlp):
    built = knowledge._build()
    knowledge.knowledge.cache_clear()
    try:
        first = knowledge.knowledge()  # built, and written to the cache
        knowledge.knowledge.cache_clear()
        loaded = knowledge.knowledge()  # read back
        assert list(cache.glob("knowledge-*.bin"))
        assert loaded == built and first == built
        fresh = actors._build_tables(nlp, built)
        for kb in (first, loaded):  # the first call builds and writes the tables, the second reads them
            tables = actors._tables(nlp, kb)
            own = {id(e) for e in actors._entries(kb)}
            for table, expected in zip(tables, fresh):
                assert table.phrases == expected.phrases
                assert table.lengths == expected.lengths
                assert table.every_length == expected.every_length
                # the tables' entries are the knowledge's own objects, not copies
                assert all(id(e) in own for group in table.phrases.values() for e in group)
        assert list(cache.glob("actor-tables-*.bin"))
    finally:
        knowledge.knowledge.cache_clear()


def test_the_actor_tables_key_follows_the_tokenizer(cache, nlp):
    import spacy

    kb = knowledge.knowledge()
    actors._tables(nlp, kb)
    other = spacy.blank("en")
    other.tokenizer.add_special_case("Al-Maliki", [{"ORTH": "Al-Maliki"}])  # splits a listed name differently
    tables = actors._tables(other, kb)
    assert tables[0].phrases == actors._build_tables(other, kb)[0].phrases
    assert len(list(cache.glob("actor-tables-*.bin"))) == 1  # the new tokenizer's tables replaced the old ones
