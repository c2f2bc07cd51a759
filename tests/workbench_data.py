"""Synthetic stores for the workbench tests, written through the Store's own write methods (no NLP).

The sentences are the team's own, built from templates with invented places and
people; hosts are example.com. ``build_store(path, docs=N)`` writes N articles of
five sentences with one coded event each, claims with chains (some anonymous,
some hedged, some citing a document), and then aggregates stories and events.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from eventwire import Store
from eventwire.model import ActorRef, Author, Claim, Document, Event, Place, Post, Source, stable_id

COUNTRIES = [("PAK", "Pakistan"), ("USA", "United States"), ("IRN", "Iran"), ("IND", "India"), ("AFG", "Afghanistan"),
             ("RUS", "Russia"), ("UKR", "Ukraine"), ("TUR", "Turkey"), ("AZE", "Azerbaijan"), ("ARM", "Armenia"),
             ("CHN", "China"), ("JPN", "Japan"), ("FRA", "France"), ("DEU", "Germany"), ("EGY", "Egypt"),
             ("ISR", "Israel"), ("SYR", "Syria"), ("IRQ", "Iraq"), ("SAU", "Saudi Arabia"), ("NGA", "Nigeria")]
PLACES = [("Quetta", "PAK", 30.18, 67.0), ("Baghdad", "IRQ", 33.34, 44.4), ("Kyiv", "UKR", 50.45, 30.52),
          ("Baku", "AZE", 40.41, 49.87), ("Cairo", "EGY", 30.04, 31.24), ("Lagos", "NGA", 6.52, 3.38),
          ("Kabul", "AFG", 34.53, 69.17), ("Tokyo", "JPN", 35.68, 139.69)]
# (trigger, CAMEO, root, PLOVER type, Goldstein, quad class)
ACTS = [("met", "040", "04", "CONSULT", 1.0, 1), ("shelled", "195", "19", "ASSAULT", -10.0, 4),
        ("accused", "112", "11", "ACCUSE", -2.0, 3), ("sent aid to", "073", "07", "AID", 7.4, 2),
        ("threatened", "138", "13", "THREATEN", -7.0, 3), ("signed a pact with", "057", "05", "AGREE", 8.0, 1),
        ("sanctioned", "163", "16", "SANCTION", -8.0, 4), ("protested against", "141", "14", "PROTEST", -6.5, 3)]
OUTLETS = ["Meridian Post", "Daily Ledger", "Harbour Times", "Northern Wire"]


def _event(rng: random.Random, doc_id: str, post_id: str, index: int, start: int, a, b, act, day: date, claim_id: str | None,
           sourcing: str, chain: str) -> tuple[Event, str]:
    trigger, cameo, root, plover, goldstein, quad = act
    sentence = f"{a[1]} {trigger} {b[1]} on {day:%d %B %Y}, officials said."
    t0 = start + len(a[1]) + 1
    place = PLACES[rng.randrange(len(PLACES))]
    ev = Event(
        id=stable_id(f"{doc_id}/{index}"), document_id=doc_id, post_id=post_id, sentence_index=index,
        sentence_start=start, sentence_end=start + len(sentence), trigger=trigger, trigger_start=t0, trigger_end=t0 + len(trigger),
        cameo=cameo, cameo_root=root, cameo_name=plover.lower(), plover_type=plover, goldstein=goldstein, quad_class=quad,
        source=[ActorRef(text=a[1], code=a[0], sector="GOV", name=None, kind="country", start=start, end=start + len(a[1]))],
        target=[ActorRef(text=b[1], code=b[0], sector="GOV", name=None, kind="country",
                         start=t0 + len(trigger) + 1, end=t0 + len(trigger) + 1 + len(b[1]))],
        date=day.isoformat(), date_precision="day", place=Place(name=place[0], country=place[1], lat=place[2], lon=place[3]),
        confidence=round(rng.uniform(0.3, 0.99), 2), claim_id=claim_id, sourcing=sourcing, chain=chain, hedged=False,
    )
    return ev, sentence


def write_document(store: Store, rng: random.Random, n: int, *, start: date, days: int, per_doc: int = 5,
                   text_override: str | None = None, links: list[str] | None = None, pair: tuple | None = None) -> str:
    """One article of ``per_doc`` coded sentences (and a claim per sentence) into ``store``; returns its id."""
    doc_id = stable_id(f"synthetic-doc-{n}")
    post_id = stable_id(f"synthetic-post-{n}")
    outlet = OUTLETS[n % len(OUTLETS)]
    day0 = start + timedelta(days=rng.randrange(days))
    pieces, events, claims, sentences, pos = [], [], [], [], 0
    for i in range(per_doc):
        a, b = rng.sample(COUNTRIES, 2)
        if pair and i == 0:
            a, b = pair  # e.g. an actor acting on itself ("Turkish police detained Turkish journalists")
        act = ACTS[rng.randrange(len(ACTS))]
        anonymous = rng.random() < 0.25
        claim_id = stable_id(f"claim-{n}-{i}")
        cited = Source(name="Intelligence sources" if anonymous else f"{a[1]}'s foreign ministry",
                       kind="anonymous" if anonymous else "government", anonymous=anonymous)
        chain_sources = [Source(name=outlet, kind="media"), cited]
        if i == 0:
            chain_sources.append(Source(name="a leaked memo", kind="document"))
        chain = " ← ".join(f"{s.name} ({s.kind})" for s in chain_sources)
        ev, sentence = _event(rng, doc_id, post_id, i, pos, a, b, act, day0 - timedelta(days=rng.randrange(3)),
                              claim_id, "anonymous" if anonymous else "secondary", chain)
        if text_override and i == 0:
            sentence = text_override + " " + sentence
            shift = len(text_override) + 1
            ev.sentence_end += shift
            for span in (ev, *ev.source, *ev.target):
                if span is ev:
                    ev.trigger_start += shift
                    ev.trigger_end += shift
                else:
                    span.start += shift
                    span.end += shift
        claims.append(Claim(id=claim_id, document_id=doc_id, post_id=post_id, kind="according_to", cue="said",
                            start=pos, end=pos + len(sentence), text=sentence, chain=chain_sources,
                            hedges=["reportedly"] if rng.random() < 0.1 else []))
        sentences.append((doc_id, post_id, i, pos, pos + len(sentence), sentence))
        events.append(ev)
        pieces.append(sentence)
        pos += len(sentence) + 1
    doc = Document(id=doc_id, url=f"https://news.example.com/{n}", source_domain="news.example.com", site_name=outlet,
                   title=f"{outlet}: report {n}", published=day0.isoformat(), kind="article",
                   posts=[Post(id=post_id, position=0, author=Author(name=f"Reporter {n % 7}", location="Example City"),
                               text=" ".join(pieces), links=links or [f"https://source.example.com/{n}"])])
    store.add(doc)
    store.replace_analysis(doc_id, events, claims, model="synthetic", sentences=sentences, day=doc.published)
    return doc_id


# Scraped text that tries to run script in an analyst's browser, and links with schemes that must never be links.
HOSTILE_TEXT = '<script>alert("x1")</script> <img src=x onerror=alert("x2")>'
HOSTILE_LINKS = ["javascript:alert('x3')", "data:text/html;base64,PHNjcmlwdD5hbGVydCgneDQnKTwvc2NyaXB0Pg==",
                 " JaVaScRiPt:alert('x5')", "https://safe.example.com/page"]


def build_store(path, *, docs: int = 40, per_doc: int = 5, seed: int = 7, start: date = date(2019, 1, 1), days: int = 900,
                hostile: bool = True) -> str:
    """A store of ``docs`` synthetic articles (and, with ``hostile``, one more carrying XSS text and unsafe links)."""
    rng = random.Random(seed)
    with Store(path) as store:
        for n in range(docs):
            write_document(store, rng, n, start=start, days=days, per_doc=per_doc)
        if hostile:
            write_document(store, rng, docs, start=start, days=days, per_doc=2, text_override=HOSTILE_TEXT, links=HOSTILE_LINKS,
                           pair=(COUNTRIES[7], COUNTRIES[7]))
        store.rebuild()
    return str(path)


def multiply(path, times: int) -> None:
    """Copy every stored row ``times`` over (new ids, dates a week apart per copy), for a large store in seconds.

    Writing row by row through ``Store.replace_analysis`` costs about 45 ms per event today, so
    a 10,000-event store would take minutes; this copies the rows that those methods wrote.
    """
    shift = "CAST(CAST(substr({0}, 1, 10) AS DATE) + CAST(7 * k AS INTEGER) AS VARCHAR) || substr({0}, 11)"
    with Store(path) as store:
        steps = [
            f"INSERT INTO documents SELECT * EXCLUDE (k) REPLACE ('c' || k || '-' || id AS id, {shift.format('published')} AS published) FROM documents, range(1, {times}) t(k)",
            f"INSERT INTO posts SELECT * EXCLUDE (k) REPLACE ('c' || k || '-' || id AS id, 'c' || k || '-' || document_id AS document_id) FROM posts, range(1, {times}) t(k)",
            f"INSERT INTO sentences SELECT * EXCLUDE (k) REPLACE ('c' || k || '-' || document_id AS document_id, 'c' || k || '-' || post_id AS post_id) FROM sentences, range(1, {times}) t(k)",
            f"INSERT INTO claims SELECT * EXCLUDE (k) REPLACE ('c' || k || '-' || id AS id, 'c' || k || '-' || document_id AS document_id, 'c' || k || '-' || post_id AS post_id) "
            f"FROM claims, range(1, {times}) t(k)",
            f"INSERT INTO mentions SELECT * EXCLUDE (k) REPLACE ('c' || k || '-' || id AS id, 'c' || k || '-' || document_id AS document_id, 'c' || k || '-' || post_id AS post_id, "
            f"'c' || k || '-' || event_id AS event_id, 'c' || k || '-' || claim_id AS claim_id, {shift.format('date')} AS date) FROM mentions, range(1, {times}) t(k)",
            f"INSERT INTO events SELECT * EXCLUDE (k) REPLACE ('c' || k || '-' || id AS id, {shift.format('date')} AS date, {shift.format('first_seen')} AS first_seen, "
            f"{shift.format('last_seen')} AS last_seen) FROM events, range(1, {times}) t(k)",
            f"INSERT INTO stories SELECT * EXCLUDE (k) REPLACE ('c' || k || '-' || story_id AS story_id, 'c' || k || '-' || document_id AS document_id) FROM stories, range(1, {times}) t(k)",
        ]
        for sql in steps:
            store.sql(sql)
