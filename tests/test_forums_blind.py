"""Rules added after scoring the blind forum set (tests/fixtures/forums_blind, issue 11).

Each test is a small page of its own, built to show one rule; none copies a
fixture's vocabulary. The blind pages themselves are scored by
``make extract-eval`` (see the fixture folder's README).
"""

from __future__ import annotations

from eventwire.ingest import read_html
from eventwire.ingest.forum.induce import href_shape

WORDS = ("the ministers met again on tuesday and agreed to continue the talks next month "
         "while the observers said that the outcome remained uncertain for everybody involved").split()


def _sentence(i: int) -> str:
    return " ".join(WORDS[(i * 7 + k) % len(WORDS)] for k in range(18)).capitalize() + f" Point {i}."


def test_one_segment_profile_paths_with_a_number_are_a_template():
    # Rewritten profile pages ("space-uid-456.html") have one path segment.
    assert href_shape("space-uid-456.html") == href_shape("space-uid-7.html") is not None
    assert href_shape("/u/5") is not None
    assert href_shape("index.php") is None and href_shape("/forum") is None


def _flat_rows(names: list[str]) -> str:
    rows = "".join(
        f'<tr class="row"><td><span class="head"><a href="who?id={n}">{n}</a> <a href="item?id={i}">2 hours ago</a></span>'
        f'<div class="body">{_sentence(i)} {_sentence(i + 1)}</div><a href="reply?id={i}">reply</a></td></tr>'
        for i, n in enumerate(names))
    return f"<html><body><div id='menu'><a href='/'>home</a></div><table>{rows}</table></body></html>"


def test_member_name_in_a_query_value_is_still_one_template():
    names = ["anna", "boris", "carla", "anna", "dmitri"]
    doc = read_html(_flat_rows(names), url="https://board.example.org/item?id=1", engines=False)
    assert doc.kind == "forum_thread"
    assert [p.author.name for p in doc.posts] == names
    assert doc.posts[1].author.profile_url == "https://board.example.org/who?id=boris"


# Short posts: the header line is then too large a share of the message
# block for the text slot to be narrowed below it.
SHORT = ["Talks resume in Geneva next month, officials said.", "Neither delegation expects a breakthrough this year.",
         "The mediators have proposed a smaller agenda first.", "Sanctions relief is not on the table yet.",
         "Observers will publish their report after the round."]


def _card_beside_post(n: int) -> str:
    users = [(11, "Lin"), (12, "Marek"), (11, "Lin"), (13, "Ode"), (14, "Pia")]
    rows = []
    for i, (uid, name) in enumerate(users[:n]):
        rows.append(
            f'<table class="post"><tr><td class="card"><a href="space-uid-{uid}.html">{name}</a>'
            f'<a href="group.php?gid=3">Members {i}</a></td>'
            f'<td class="main"><div class="top"><b><a href="t.php?pid={i}">{i + 1}#</a></b><div class="who">'
            f'<a href="space-uid-{uid}.html">{name}</a> <em>posted 2023-3-{i + 1} 21:21</em> <a href="t.php?uid={uid}">only this author</a></div></div>'
            f'<div class="m1"><div class="m2"><table><tr><td class="msg">{SHORT[i]}</td></tr></table></div></div></td></tr></table>')
    return "<html><body>" + "".join(rows) + "</body></html>"


def test_header_line_repeating_the_author_beside_the_card_is_not_text():
    doc = read_html(_card_beside_post(5), url="https://bbs.example.cn/thread-1-1-1.html", engines=False)
    assert doc.kind == "forum_thread" and len(doc.posts) == 5
    assert doc.posts[1].author.name == "Marek"
    assert doc.posts[1].author.profile_url == "https://bbs.example.cn/space-uid-12.html"
    assert all("posted" not in p.text for p in doc.posts)


def _li(i: int, uid: int, name: str, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return (f'<li{attr} data-pid="{i}"><div class="head"><a href="/user/{name.lower()}"><span class="avatar">{name[0]}</span></a>'
            f'<a href="/user/{name.lower()}">{name}</a> <a href="/post/{i}/edit">Improve this post</a></div>'
            f'<div class="content"><p>{_sentence(i)} {_sentence(i + 3)}</p></div></li>')


def test_letter_avatars_and_edit_controls_are_not_names_and_the_starter_post_is_a_record():
    people = [(1, "Ingrid"), (2, "Paul"), (3, "Wen"), (1, "Ingrid"), (4, "Ada")]
    # The starter's posts carry a class of their own; the others carry none.
    items = "".join(_li(i, uid, n, "owner-post" if uid == 1 else "") for i, (uid, n) in enumerate(people))
    html = f"<html><body><nav><a href='/'>Home</a></nav><ul class='posts'>{items}</ul></body></html>"
    doc = read_html(html, url="https://forum.example.com/topic/9/x", engines=False)
    assert [p.author.name for p in doc.posts] == [n for _, n in people]
    assert doc.posts[0].author.profile_url == "https://forum.example.com/user/ingrid"


def test_replies_each_in_a_wrapper_of_their_own_are_records():
    names = ["Elena", "Tomasz", "Jide", "Elena", "Mei"]

    def mail(i: int) -> str:
        return (f'<div class="mail"><div class="from"><a href="/people/{names[i].lower()}-{i % 3}/">{names[i]}</a></div>'
                f'<div class="body">{_sentence(i)} {_sentence(i + 5)}</div></div>')
    # Every reply sits alone in its wrapper; wrappers nest as the replies do.
    html = (f'<html><body><div class="first">{mail(0)}</div><div class="replies">'
            f'<div class="even">{mail(1)}<div class="odd">{mail(2)}</div></div>'
            f'<div class="even">{mail(3)}<div class="odd">{mail(4)}</div></div></div></body></html>')
    doc = read_html(html, url="https://lists.example.org/thread/1/", engines=False)
    assert doc.kind == "forum_thread"
    assert [p.author.name for p in doc.posts] == names


def test_edit_note_naming_the_poster_and_a_time_is_not_text():
    note = '<i class="status"> Marek 2023-3-2 21:40 </i><br><br>'
    html = _card_beside_post(5).replace('<td class="msg">Neither', f'<td class="msg">{note}Neither')
    doc = read_html(html, url="https://bbs.example.cn/thread-1-1-1.html", engines=False)
    assert doc.posts[1].author.name == "Marek"
    assert doc.posts[1].text == SHORT[1]


def test_bare_article_records_with_a_mixed_case_name_class_and_no_profile_links():
    names = ["tevita", "marama", "jkim", "tevita", "lucie"]
    items = "".join(
        f'<article><div class="PostUser"><h3 class="PostUser-name">{n}</h3></div>'
        f'<div class="Post-body"><p>{_sentence(i)} {_sentence(i + 6)}</p></div></article><hr>'
        for i, n in enumerate(names))
    html = f"<html><body><div class='container'><h1>Fisheries talks</h1><div>{items}</div></div></body></html>"
    doc = read_html(html, url="https://discuss.example.org/d/7-fisheries")
    assert doc.kind == "forum_thread"
    assert [p.author.name for p in doc.posts] == names
    assert all(p.author.profile_url is None for p in doc.posts)


def test_the_link_marked_as_author_wins_over_an_editor_card_before_it():
    people = ["Priya", "Hendrik", "Amara", "Lars", "Priya"]

    def card(n: str, marked: bool) -> str:
        mark = ' itemprop="author"' if marked else ""
        return f'<div class="card"><div class="details"{mark}><a href="/users/{len(n) * 7}/{n.lower()}">{n}</a></div></div>'
    posts = "".join(
        f'<div class="entry"><div class="body"><p>{_sentence(i)} {_sentence(i + 2)}</p></div>'
        f'{card("Editor", False) if i == 0 else ""}{card(n, True)}</div>'
        for i, n in enumerate(people))
    doc = read_html(f"<html><body><div id='main'>{posts}</div></body></html>", url="https://qa.example.com/questions/1/x", engines=False)
    assert [p.author.name for p in doc.posts] == people


def test_question_and_answers_each_alone_in_a_wrapper_at_different_depths():
    people = ["Priya", "Hendrik", "Amara", "Lars", "Priya"]

    def post(i: int, n: str) -> str:
        return (f'<div class="layout"><div class="text"><p>{_sentence(i)} {_sentence(i + 2)}</p></div>'
                f'<div class="sig"><a href="/users/{len(n) * 3}/{n.lower()}">{n}</a></div></div>')
    answers = "".join(f'<div class="answer">{post(i, n)}</div>' for i, n in enumerate(people) if i)
    html = (f'<html><body><div id="main"><div id="question">{post(0, people[0])}</div>'
            f'<div id="answers"><h2>4 Answers</h2>{answers}</div></div></body></html>')
    doc = read_html(html, url="https://qa.example.com/questions/2/y", engines=False)
    assert [p.author.name for p in doc.posts] == people
