"""The event coder's read-once view of a parse (nlp/_view.py) answers as the spaCy Doc does."""

from __future__ import annotations

TEXT = (
    "Russian officials, who spoke on Sunday, said the army would not withdraw from the border town.\n\n"
    "“We will never accept this,” the minister told reporters in Kyiv, before leaving for Paris. "
    "Did the talks between France and Germany, which began in March, fail? Protesters clashed with police!"
)


def test_view_matches_the_doc(nlp):
    from eventwire.nlp._view import DocView

    doc = nlp(TEXT)
    view = DocView(doc)
    assert len(view) == len(doc)
    assert [(s.start, s.end, s.text) for s in view.sents] == [(s.start, s.end, s.text) for s in doc.sents]
    for tok in doc:
        mine = view[tok.i]
        assert (mine.i, mine.text, mine.lower_, mine.lemma_, mine.pos_, mine.tag_, mine.dep_, mine.ent_type_, mine.is_punct) \
            == (tok.i, tok.text, tok.lower_, tok.lemma_, tok.pos_, tok.tag_, tok.dep_, tok.ent_type_, tok.is_punct)
        assert mine.head.i == tok.head.i and mine.doc is view
        for name in ("children", "lefts", "rights", "subtree"):
            assert [t.i for t in getattr(mine, name)] == [t.i for t in getattr(tok, name)], (tok.text, name)
        assert mine.right_edge.i == tok.right_edge.i
        assert (mine.sent.start, mine.sent.end, mine.sent.root.i) == (tok.sent.start, tok.sent.end, tok.sent.root.i)
        assert mine.whitespace_ == tok.whitespace_  # anything else is read from the real token
    assert view._.actors == doc._.actors and view._.actor_at == doc._.actor_at
    assert [(e.start, e.end, e.label_) for e in view.ents] == [(e.start, e.end, e.label_) for e in doc.ents]


def test_view_of_an_empty_doc(nlp):
    from eventwire.nlp._view import DocView

    view = DocView(nlp(""))
    assert len(view) == 0 and view.sents == []


def test_view_takes_handed_columns_only_of_its_own_doc(nlp):
    """The actor resolver hands the columns it read to the next view of the same Doc; a view of any other
    Doc reads its own, and the handed columns are taken once."""
    from eventwire.nlp import _view
    from eventwire.nlp._view import DocView, read_columns

    first, second = nlp.make_doc("Protesters clashed with police."), nlp("France and Germany signed a treaty in Paris.")
    read_columns(first)  # handed for ``first``: a view of ``second`` must not use them
    view = DocView(second)
    assert [t.text for t in view] == [t.text for t in second]
    assert [t.head.i for t in view] == [t.head.i for t in second]
    assert _view.handed_doc() is None  # nothing kept after a view was made
    read_columns(second)
    assert [(t.text, t.dep_, t.ent_type_) for t in DocView(second)] == [(t.text, t.dep_, t.ent_type_) for t in second]
    assert _view.handed_doc() is None


def test_kept_view_is_given_only_for_its_own_doc(nlp):
    """The event coder keeps its view for the attribution component: taken once, by a view_of the same Doc; a
    view_of any other Doc is a new view, and the kept one is closed."""
    from eventwire.nlp import _view
    from eventwire.nlp._view import DocView, keep_view, view_of

    first, second = nlp("Protesters clashed with police."), nlp("France and Germany signed a treaty in Paris.")
    kept = DocView(first)
    keep_view(kept)
    assert view_of(first) is kept and _view.kept_view() is None
    keep_view(kept)
    other = view_of(second)
    assert other is not kept and other.doc is second and kept.tokens == [] and _view.kept_view() is None
    assert [t.i for t in other] == [t.i for t in second]
    assert (other.pos_ids, other.dep_ids, other.idx) == tuple(
        [getattr(t, a) for t in second] for a in ("pos", "dep", "idx"))
    assert other.alpha == [int(t.is_alpha) for t in second]


def test_kept_view_and_handed_columns_are_per_thread(nlp):
    """What a component hands the next (the columns, the kept view) is its thread's own: another thread running
    the pipeline on its own Docs neither sees nor takes it, and this thread still takes it afterwards."""
    import threading

    from eventwire.nlp import _view

    doc = nlp("Protesters clashed with police.")
    kept = _view.DocView(doc)
    _view.keep_view(kept)
    _view.read_columns(doc)
    seen = {}

    def other() -> None:
        seen["view"], seen["doc"] = _view.kept_view(), _view.handed_doc()
        seen["taken"] = _view.view_of(doc)

    thread = threading.Thread(target=other)
    thread.start()
    thread.join()
    assert seen["view"] is None and seen["doc"] is None and seen["taken"] is not kept
    assert _view.kept_view() is kept and _view.handed_doc() is doc and kept.tokens != []
    assert _view.view_of(doc) is kept and _view.kept_view() is None
    _view.DocView(doc)
    assert _view.handed_doc() is None


def test_claims_read_from_a_view_are_the_claims_read_from_the_doc(nlp):
    """The attribution component reads the event coder's view of the parse; the claims are those found on the Doc."""
    from eventwire.nlp.attribution import find_claims

    doc = nlp(TEXT + " The ministry said it was hopeful that talks would resume, officials noted.")
    settings = nlp.get_pipe("eventwire_attribution").settings
    assert repr(find_claims(doc, settings=settings)) == repr(doc._.claims)


def test_view_entity_spans_are_the_docs_entities(nlp):
    from eventwire.nlp._view import DocView

    doc = nlp(TEXT + " On Monday, March 3, 2025, at 10 a.m., the UN met in New York City with NATO.")
    labels = frozenset({"DATE", "TIME", "GPE", "ORG"})
    assert DocView(doc).entity_spans(labels) == [(e.start, e.end, e.text) for e in doc.ents if e.label_ in labels]
    assert [e[2] for e in DocView(doc).entity_spans(frozenset({"DATE"}))] == [e.text for e in doc.ents if e.label_ == "DATE"]


def test_extension_values_are_read_and_written_where_doc_underscore_keeps_them(nlp):
    """``extension`` and ``set_extension`` read and write a Doc's plain extension values where spaCy's ``doc._``
    does (a change in how spaCy stores them fails here, not as wrong events)."""
    from datetime import date

    from spacy.tokens import Doc

    from eventwire.nlp._view import extension, set_extension

    doc = nlp("France and Germany signed a treaty in Paris.")
    assert extension(doc, "actors") == doc._.actors and extension(doc, "actor_at") == doc._.actor_at
    assert extension(doc, "events") == doc._.events and doc._.events
    fresh = nlp.make_doc("Protesters clashed with police.")
    assert extension(fresh, "events") is None and extension(fresh, "doc_date") is None  # the defaults
    set_extension(fresh, "doc_date", date(2020, 1, 2))
    assert fresh._.doc_date == date(2020, 1, 2)
    fresh._.events = ["set through doc._"]
    assert extension(fresh, "events") == ["set through doc._"]
    if not Doc.has_extension("view_test_getter"):
        Doc.set_extension("view_test_getter", getter=lambda d: len(d))
    assert extension(fresh, "view_test_getter") == len(fresh)  # not a plain value: asked of doc._
