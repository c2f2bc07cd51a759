from __future__ import annotations

import duckdb
import pytest

import eventwire
from eventwire import SchemaVersionError, Store, StoreError
from eventwire.store import SCHEMA_VERSION

POST = b"Nadia_R\nMember\n- Joined\n- Apr 1, 2021\nEgypt and Sudan agreed on Tuesday to share data on the Nile dam, the two foreign ministries said.\n"


def test_schema_is_versioned_and_created_on_first_use(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        assert store.schema_version() == SCHEMA_VERSION
        tables = {r[0] for r in store.sql("SELECT table_name FROM information_schema.tables")}
        assert {"documents", "posts", "rejects", "meta"} <= tables


def test_same_document_twice_adds_nothing(store):
    (doc,) = eventwire.read(POST)
    assert store.add(doc) is True
    assert store.add(doc) is False
    assert store.sql("SELECT count(*) FROM documents")[0][0] == 1
    assert store.sql("SELECT count(*) FROM posts")[0][0] == 1


def test_round_trip(store):
    (doc,) = eventwire.read(POST, url="https://forum.example/t/1")
    store.add(doc)
    back = store.get(doc.id[:6])
    assert back.posts[0].author == doc.posts[0].author
    assert back.posts[0].text == doc.posts[0].text
    assert back.url == "https://forum.example/t/1" and back.source_domain == "forum.example"


def test_a_failed_write_leaves_no_half_document(store, monkeypatch):
    (doc,) = eventwire.read(POST)
    real = store._con

    class Failing:
        def __getattr__(self, name):
            return getattr(real, name)

        def execute(self, sql, *a, **k):
            if sql.startswith("INSERT INTO posts"):  # the document row is already written in this transaction
                raise duckdb.Error("disk full (simulated)")
            return real.execute(sql, *a, **k)

    monkeypatch.setattr(store, "_con", Failing())
    with pytest.raises(StoreError):
        store.add(doc)
    monkeypatch.undo()
    assert store.sql("SELECT count(*) FROM documents")[0][0] == 0
    assert store.add(doc) is True


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.duckdb"
    with Store(path) as store:
        store.sql("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(SchemaVersionError) as info:
        Store(path)
    assert "Upgrade eventwire" in str(info.value)


def test_reading_a_missing_store_says_what_to_do(tmp_path):
    with pytest.raises(StoreError) as info:
        Store(tmp_path / "none.duckdb", read_only=True)
    assert "eventwire ingest" in str(info.value)


def test_an_older_store_is_migrated_even_when_opened_for_reading(tmp_path):
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        (doc,) = eventwire.read(POST)
        store.add(doc)
        store.sql("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
        store.sql("DROP TABLE events; DROP TABLE claims; DROP TABLE learned_roles; DROP TABLE sentences; DROP TABLE signatures; "
                  "DROP TABLE stories; DROP TABLE actors; DROP TABLE sources; ALTER TABLE mentions RENAME TO events_v1")
        store.sql("DROP TABLE events_v1")
    with Store(path, read_only=True) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.stats()["documents"] == 1 and store.stats()["mentions"] == 0


def test_safe_values_changes_only_what_cannot_be_written():
    from eventwire.store._safe import safe_values

    clean = [["id1", "A text with 12345678901234567890 in it", 3, 2.5, None, [{"name": "x", "n": 2**63 - 1}]]]
    assert safe_values(clean) == clean  # a long run of digits in a text, the largest BIGINT: kept as they are
    rows = [["id2", "bad \ud800 text", 2**63, -(2**63) - 1, [{"name": "n\udcff", "n": 2**70}]]]
    assert safe_values(rows) == [["id2", "bad \ufffd text", None, None, [{"name": "n\\xff", "n": None}]]]
    # a number just past BIGINT in otherwise clean values: found by its run of 19 digits, nothing else changed
    assert safe_values([["id3", "9 digits 123456789", 2**63, [{"n": 10**19}]]]) == [["id3", "9 digits 123456789", None, [{"n": None}]]]
