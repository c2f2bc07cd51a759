"""Scale: batched writes, late resolution, incremental aggregation, order independence, workers."""

from __future__ import annotations

import dataclasses
import json
import random
import shutil
from pathlib import Path

import duckdb
import msgspec
import pytest

from eventwire import Store, StoreError
from eventwire.model import ActorRef, Document, Event, Post, finalize
from eventwire.pipeline import Analysis, analyze, analyze_inputs
from eventwire.store import signature_of

GOLD = Path(__file__).resolve().parents[1] / "gold" / "events"


def corpus(n: int, *, start: int = 0) -> list[dict]:
    """JSON Lines records of the team's gold sentences, three to a document, with every tenth a copy of an earlier one."""
    sents = [r for f in sorted(GOLD.glob("*/*.json")) for r in json.loads(f.read_text("utf-8")) if r.get("text")]
    out = []
    for i in range(start, start + n):
        if i % 10 == 9 and out:
            base = out[-5]
            out.append({"id": f"d{i}", "text": base["text"] + " Officials declined to comment further on the matter.",
                        "published": base["published"]})
            continue
        picks = [sents[(i * 3 + k) % len(sents)] for k in range(3)]
        out.append({"id": f"d{i}", "text": " ".join(p["text"] for p in picks), "published": picks[0].get("date") or "2024-01-01"})
    return out


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def snapshot(path: Path) -> dict:
    """What must not depend on order, partitioning, crashes or incremental updates."""
    with Store(path, read_only=True) as s:
        return {
            "documents": s.sql("SELECT id, external_id, published, n_posts FROM documents ORDER BY id"),
            "mentions": s.sql("SELECT id, document_id, cameo, source, target, event_id, corroboration FROM mentions ORDER BY id"),
            "claims": s.sql("SELECT id, document_id, kind, text FROM claims ORDER BY id"),
            "events": s.sql("SELECT * EXCLUDE (first_seen, last_seen) FROM events ORDER BY id"),
            "stories": s.sql("SELECT story_id, document_id, canonical FROM stories ORDER BY document_id"),
            "actors": s.sql("SELECT * FROM actors ORDER BY ALL"),
            "roles": s.sql("SELECT name, code, sector, role, document_id FROM learned_roles ORDER BY ALL"),
            # aggregation's side tables of mentions: kept in step incrementally, rewritten by rebuild
            "points": s.sql("SELECT * FROM points ORDER BY ALL"),
            "persons": s.sql("SELECT * FROM persons ORDER BY ALL"),
        }


def _doc(text: str, day: str, key: str) -> Document:
    return finalize(Document(external_id=key, published=day, posts=[Post(text=text)]))


def _mention(doc: Document, source: ActorRef, target_code: str = "IRN") -> Event:
    return Event(id=f"m-{doc.id}", document_id=doc.id, post_id=doc.posts[0].id, sentence_index=0, trigger="met",
                 trigger_start=0, trigger_end=3, cameo="040", cameo_root="04", plover_type="CONSULT",
                 source=[source], target=[ActorRef(text="Iran", code=target_code, kind="country", resolved_from="knowledge")])


def _unresolved(name: str) -> ActorRef:
    return ActorRef(text=name, code=None, kind="person", name=name, resolved_from="unresolved")


# -- batched writes ------------------------------------------------------------------------
def test_a_batch_is_written_whole_or_not_at_all(store, monkeypatch):
    docs = [_doc(f"Text number {i} about talks between two ministers.", "2024-01-0%d" % (i + 1), f"k{i}") for i in range(3)]
    analyses = [Analysis(d, [_mention(d, _unresolved("Okafor"))], [], [], []) for d in docs]
    real = store._con

    class FailingOnMentions:
        def __getattr__(self, name):
            return getattr(real, name)

        def execute(self, sql, *args):
            if sql.startswith("INSERT INTO mentions"):
                raise duckdb.Error("disk full (simulated)")
            return real.execute(sql, *args)

    monkeypatch.setattr(store, "_con", FailingOnMentions())
    with pytest.raises(StoreError):
        store.write_batch(docs, analyses=analyses)
    monkeypatch.undo()
    for table in ("documents", "posts", "mentions", "pending"):
        assert store.sql(f"SELECT count(*) FROM {table}")[0][0] == 0, table
    assert store.write_batch(docs, analyses=analyses) == [True, True, True]
    assert store.write_batch(docs, analyses=analyses) == [False, False, False]
    assert store.sql("SELECT count(*) FROM mentions")[0][0] == 3


def test_learned_roles_grow_with_what_documents_teach(store):
    docs = [_doc(f"Report {i}.", f"2024-02-{i + 10}", f"r{i}") for i in range(5)]
    role = [("Lena Okafor", "NGA", "GOV", "Nigerian Foreign Minister Lena Okafor")]
    store.write_batch(docs, analyses=[Analysis(d, [], [], [], role if i < 2 else []) for i, d in enumerate(docs)])
    assert store.sql("SELECT count(*) FROM learned_roles")[0][0] == 2
    store.aggregate()
    store.write_batch(docs, analyses=[Analysis(d, [_mention(d, _unresolved("Okafor"))], [], [], role if i < 2 else [])
                                      for i, d in enumerate(docs)])
    store.aggregate()
    assert store.sql("SELECT count(*) FROM learned_roles")[0][0] == 2
    # issue 12: the actors list gives each role once, with the first date a document taught it.
    (actor,) = [a for a in store.actors(code="NGA") if a["roles"]]
    assert actor["roles"] == ["Nigerian Foreign Minister Lena Okafor (since 2024-02-10)"]


# -- late resolution ---------------------------------------------------------------------------
def _late_store(path: Path, order: list[int]) -> dict:
    teacher = _doc("Nigerian Foreign Minister Lena Okafor arrived.", "2024-03-01", "teacher")
    later = _doc("Okafor met Iranian officials.", "2024-03-05", "later")
    earlier = _doc("Okafor met Iranian officials before.", "2024-02-01", "earlier")
    items = [
        Analysis(teacher, [], [], [], [("Lena Okafor", "NGA", "GOV", "Nigerian Foreign Minister Lena Okafor")]),
        Analysis(later, [_mention(later, _unresolved("Okafor"))], [], [], []),
        Analysis(earlier, [_mention(earlier, _unresolved("Okafor"))], [], [], []),
    ]
    with Store(path) as store:
        for i in order:  # one batch and one aggregation per document
            store.write_batch([items[i].document], analyses=[items[i]])
            store.aggregate()
        source = {r[0]: r[1] for r in store.sql("SELECT document_id, source[1] FROM mentions")}
        events = store.sql("SELECT source_code, source_sector, target_code, num_mentions FROM events ORDER BY ALL")
    return {"later": source[later.id], "earlier": source[earlier.id], "events": events}


def test_a_bare_name_gets_the_role_another_document_taught_whatever_the_order(tmp_path):
    first = _late_store(tmp_path / "a.duckdb", [0, 1, 2])
    second = _late_store(tmp_path / "b.duckdb", [2, 1, 0])
    assert first == second
    assert (first["later"]["code"], first["later"]["sector"], first["later"]["resolved_from"]) == ("NGA", "GOV", "late")
    assert first["later"]["name"] == "Okafor"
    # A role taught after the report cannot have been meant by it.
    assert first["earlier"]["code"] is None and first["earlier"]["resolved_from"] == "unresolved"
    assert ("NGA", "GOV", "IRN", 1) in first["events"]


# -- incremental aggregation, order, partitions ------------------------------------------------------
@pytest.fixture(scope="module")
def records():
    return corpus(40)


def _analyze_into(path: Path, files: list[Path]) -> None:
    with Store(path) as store:
        for f in files:  # one analyze run per file, as a feed watcher would
            for _ in analyze_inputs([str(f)], store=store):
                pass


def test_incremental_equals_rebuild_and_order_and_partitions_do_not_matter(tmp_path, records):
    whole = write_jsonl(tmp_path / "all.jsonl", records)
    parts = [write_jsonl(tmp_path / f"part{i}.jsonl", records[i::3]) for i in range(3)]
    backwards = write_jsonl(tmp_path / "backwards.jsonl", records[::-1])
    _analyze_into(tmp_path / "one.duckdb", [whole])
    _analyze_into(tmp_path / "three.duckdb", parts)
    _analyze_into(tmp_path / "back.duckdb", [backwards])
    one = snapshot(tmp_path / "one.duckdb")
    assert len(one["events"]) > 20 and len({s for s, _, _ in one["stories"]}) < len(one["stories"])  # copies were found
    assert snapshot(tmp_path / "three.duckdb") == one
    assert snapshot(tmp_path / "back.duckdb") == one
    with Store(tmp_path / "three.duckdb") as store:
        store.rebuild()
    assert snapshot(tmp_path / "three.duckdb") == one


def _uneven(records: list[dict]) -> list[dict]:
    """Documents of very different lengths (some three times as long), one of them given twice."""
    out = [dict(r, text=" ".join([r["text"]] * (3 if i % 4 == 1 else 1))) for i, r in enumerate(records)]
    return out[:6] + [out[2]] + out[6:]


def test_one_and_two_workers_give_the_same_analyses(records, monkeypatch):
    import eventwire.pipeline as pipeline

    # Small blocks and tasks: several blocks, long documents alone and short ones packed, handed out longest first.
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_DOCS", 4)
    monkeypatch.setattr(pipeline, "PARALLEL_BLOCK", 5)
    monkeypatch.setattr(pipeline, "BLOCK_CHARS", 0)
    monkeypatch.setattr(pipeline, "TASK_CHARS", 400)
    docs = [finalize(Document(external_id=r["id"], published=r["published"], posts=[Post(text=r["text"])]))
            for r in _uneven(records[:12])]
    tasks = pipeline._tasks(docs[:5])
    assert [i for t in tasks for i in t] != list(range(5)) and max(map(len, tasks)) > 1  # reordered, and packed
    one = list(analyze(docs, workers=1))
    two = list(analyze(docs, workers=2))
    assert [a.document.id for a in two] == [d.id for d in docs]  # input order
    assert one == two and sum(len(a.events) for a in one) > 5 and all(a.sentences for a in one)


def test_one_and_two_workers_store_the_same(tmp_path, records, monkeypatch):
    import eventwire.pipeline as pipeline

    monkeypatch.setattr(pipeline, "PARALLEL_MIN_DOCS", 4)
    monkeypatch.setattr(pipeline, "PARALLEL_BLOCK", 5)
    monkeypatch.setattr(pipeline, "BLOCK_CHARS", 0)
    monkeypatch.setattr(pipeline, "TASK_CHARS", 400)
    monkeypatch.setattr(pipeline, "STORE_BATCH", 7)  # several store batches
    data = write_jsonl(tmp_path / "docs.jsonl", _uneven(records[:16]))
    from eventwire.events import stories

    signed_here = []  # documents this process signed (forked workers count in their own copies)
    real = stories.signature
    monkeypatch.setattr(stories, "signature", lambda doc_id, text: signed_here.append(doc_id) or real(doc_id, text))
    for workers in (1, 2):
        signed_here.clear()
        with Store(tmp_path / f"w{workers}.duckdb") as store:
            out = [a.document.id for a in analyze_inputs([str(data)], store=store, workers=workers)]
        assert len(out) == 17
        # One worker: aggregation signs every document; two: the workers do, and the writer signs none.
        assert len(signed_here) == (16 if workers == 1 else 0)
    one = snapshot(tmp_path / "w1.duckdb")
    assert snapshot(tmp_path / "w2.duckdb") == one and len(one["events"]) > 5
    assert _fingerprints(tmp_path / "w2.duckdb") == _fingerprints(tmp_path / "w1.duckdb")


def _fingerprints(path: Path) -> dict:
    with Store(path, read_only=True) as s:
        return {t: s.sql(f"SELECT * FROM {t} ORDER BY ALL") for t in ("signatures", "bands", "copies")}


def test_a_signature_computed_before_storing_equals_the_one_aggregation_computes(tmp_path):
    """Worker processes sign documents for the store (store.signature_of): the same signature as aggregation's
    from the stored posts, for a document of several posts (whose word runs cross from one post to the next), a
    text the store writes with a replacement character, and documents without text; a document already stored
    keeps the signature of its stored posts."""
    posts = [Post(text="The talks resumed in Geneva on Monday after a pause of two weeks."),
             Post(text="Officials said the ministers would meet again before the end of the month.")]
    docs = [finalize(Document(external_id="multi", posts=posts)),
            finalize(Document(external_id="odd", posts=[Post(text="A lone \ud800 surrogate in a post about the talks.")])),
            finalize(Document(url="https://example.com/empty", posts=[Post(text="")])),
            finalize(Document(url="https://example.com/none"))]
    for name, given in (("computed", None), ("given", [signature_of(d) for d in docs])):
        with Store(tmp_path / f"{name}.duckdb") as store:
            store.write_batch(docs, analyses=[Analysis(d, [], [], [], []) for d in docs], signatures=given)
            store.aggregate()
    assert _fingerprints(tmp_path / "given.duckdb") == _fingerprints(tmp_path / "computed.duckdb")
    assert len(_fingerprints(tmp_path / "given.duckdb")["signatures"]) == 4
    with Store(tmp_path / "given.duckdb") as store:  # stored before: a signature given again is not stored
        other = signature_of(finalize(Document(external_id="x", posts=[Post(text="Something else entirely, said to nobody.")])))
        store.write_batch(docs[:1], analyses=[Analysis(docs[0], [], [], [], [])],
                          signatures=[dataclasses.replace(other, document_id=docs[0].id)])
        store.aggregate()
    assert _fingerprints(tmp_path / "given.duckdb") == _fingerprints(tmp_path / "computed.duckdb")


# -- local re-clustering ----------------------------------------------------------------------
def _timeline_analysis(doc: Document, n: int, rng) -> Analysis:
    """Mentions on a few keys, some dated in the text (a day, a week, a month), some by the document only."""
    events = []
    for j in range(n):
        precision = rng.choice([None, None, "day", "week", "month"])
        date = None if precision is None else f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        source = ActorRef(text="x", code=rng.choice(["USA", "NGA", "FRA"]), kind="country", resolved_from="knowledge")
        events.append(msgspec.structs.replace(_mention(doc, source, rng.choice(["IRN", "RUS"])), id=f"m-{doc.id}-{j}",
                                              date=date, date_precision=precision))
    return Analysis(doc, events, [], [], [])


def test_re_clustering_only_what_changed_still_equals_rebuild(tmp_path):
    rng = random.Random(13)
    days = [f"2024-{m:02d}-{d:02d}" for m in (1, 2, 5, 6, 11) for d in (1, 3, 20)]  # gaps the window cannot bridge
    docs = [_doc(f"Report {i} on the talks.", rng.choice(days + [""]), f"t{i}") for i in range(60)]
    path = tmp_path / "inc.duckdb"
    with Store(path) as store:
        for start in range(0, 60, 7):  # batches, each aggregated incrementally
            batch = docs[start : start + 7]
            store.write_batch(batch, analyses=[_timeline_analysis(d, rng.randint(0, 3), rng) for d in batch])
            store.aggregate()
        for _ in range(3):  # re-analysed documents: their old mentions leave their stretches, new ones land elsewhere
            again = rng.sample(docs, 8)
            store.write_batch(again, analyses=[_timeline_analysis(d, rng.randint(0, 3), rng) for d in again])
            store.aggregate()
    incremental = snapshot(path)
    shutil.copy(path, tmp_path / "full.duckdb")
    with Store(tmp_path / "full.duckdb") as store:
        store.rebuild()
    assert snapshot(tmp_path / "full.duckdb") == incremental
    assert len(incremental["events"]) > 10


def test_a_new_mention_re_clusters_only_the_events_still_open_on_its_day(store):
    early = [_doc(f"January report {i}.", f"2024-01-{i + 1:02d}", f"e{i}") for i in range(5)]
    store.write_batch(early, analyses=[Analysis(d, [_mention(d, _unresolved("x"))], [], [], []) for d in early])
    usa = ActorRef(text="US", code="USA", kind="country", resolved_from="knowledge")
    store.write_batch(early, analyses=[Analysis(d, [_mention(d, usa)], [], [], []) for d in early])
    store.aggregate()
    late = _doc("A June report.", "2024-06-10", "late")
    store.write_batch([late], analyses=[Analysis(late, [_mention(late, usa)], [], [], [])])
    assert store.aggregate()["mentions"] == 1  # the January event of (USA, IRN, 04) is left alone
    close = _doc("Another January report.", "2024-01-09", "close")
    store.write_batch([close], analyses=[Analysis(close, [_mention(close, usa)], [], [], [])])
    # Re-clustered: the mentions from the 9th on (the 9th and June 10) only. The January event is not open on the
    # 9th even though its latest report is within a week: its first (the 1st) is more than a week before, so it
    # can take no mention from the 9th on, and keeps its own. The new mention is an event of its own.
    assert store.aggregate()["mentions"] == 2
    close2 = _doc("A January report on the 6th.", "2024-01-06", "close2")
    store.write_batch([close2], analyses=[Analysis(close2, [_mention(close2, usa)], [], [], [])])
    # From the 6th the January event is open (all its dates within a week): it is re-clustered with the mentions
    # from the 6th on, and takes the new one.
    assert store.aggregate()["mentions"] == 5 + 1 + 2
    assert store.sql("SELECT num_mentions FROM events ORDER BY 1") == [(1,), (1,), (6,)]
    store.write_batch([close2], analyses=[Analysis(close2, [], [], [], [])])  # and back as it was
    store.aggregate()
    assert store.sql("SELECT num_mentions FROM events ORDER BY 1") == [(1,), (1,), (5,)]
    late = _doc("A report in late June.", "2024-06-30", "later")
    store.write_batch([late], analyses=[Analysis(late, [_mention(late, usa)], [], [], [])])
    assert store.aggregate()["mentions"] == 1  # the June 10 event is closed by then
