"""The after-clause round (docs/coding.md, "The after-clause round"): an act told in an "after" clause is the background
of the sentence's news and is not coded when the sentence codes its main act; an intention to negotiate "with" someone
is one side's. Every sentence here is the team's own. Each rule test fails on the coder before the round; each
counter-example passes on both."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coded import cameo_dyads as codes_on


@pytest.mark.parametrize("text, day, expected", [
    ("Jordan recalled its ambassador from Israel on Tuesday, a day after Israeli police raided the Al-Aqsa mosque.",
     date(2021, 5, 11), [("161", ["JOR"], ["ISR"])]),
    ("Kenya sent troops into Somalia after al-Shabaab gunmen kidnapped two Spanish aid workers.", date(2011, 10, 16),
     [("154", ["KEN"], [])]),
    ("Moscow said it would negotiate with Washington.", date(1985, 1, 10), [("036", ["SUN"], ["USA"])]),
])
def test_background_and_one_sided_intentions(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    # an act in an "after" clause is kept when it is the only one; negotiations held are mutual
    ("Protests erupted in Nairobi after police shot a teenager.", date(2016, 3, 1), [("193", ["KEN"], [])]),
    ("After Iran released the sailors, Britain thanked Tehran.", date(2016, 1, 14), [("051", ["GBR"], ["IRN"])]),
    ("Moscow negotiated with Washington.", date(1985, 1, 10), [("046", ["SUN"], ["USA"]), ("046", ["USA"], ["SUN"])]),
])
def test_counter_examples(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    # a capital or an islands' name taken by force is ground occupied (192), not persons arrested or property seized
    ("Vietnamese troops captured Phnom Penh on Sunday.", date(1979, 1, 7), [("192", ["VNM"], ["KHM"])]),
    ("Argentine troops seized the British-ruled Falkland Islands on Friday.", date(1982, 4, 2),
     [("192", ["ARG"], ["GBR"])]),
    # counter-example: soldiers captured are abducted by an armed group
    ("Hezbollah guerrillas captured three Israeli soldiers.", date(2006, 7, 12), [("181", ["LBN"], ["ISR"])]),
])
def test_ground_taken(nlp, text, day, expected):
    assert codes_on(nlp, text, day) == expected


@pytest.mark.parametrize("text, day, cameos", [
    # an attribution the parser hangs as a conjunct after a long clause is no statement (the attribution round)
    # (both from the team's wire batteries in gold/events/wire/read.xml: the parse is rare and hard to write anew)
    ("Israel will strike back at Iraq for the missile attacks on Tel Aviv and Haifa, Defence Minister Moshe Arens said "
     "on Saturday.", date(1991, 1, 19), ["138"]),
    ("Japan pledged $500 million over two and a half years on Monday to help rebuild Afghanistan, Prime Minister "
     "Junichiro Koizumi told a donors' conference in Tokyo.", date(2002, 1, 21), ["033"]),
    # counter-example: a statement of its own joined by "and"
    ("Iran released the sailors, and Britain said on Monday that it welcomed the move.", date(2016, 1, 14), ["051"]),
])
def test_trailing_attribution(nlp, text, day, cameos):
    from eventwire.nlp import make_doc
    doc = nlp(make_doc(nlp, text, day))
    assert [e.cameo for e in doc._.events] == cameos
