"""Bad input ends as a reject row with a reason, never a traceback or an aborted batch."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import eventwire
from eventwire import Reason, RejectedInput
from eventwire.cli import EXIT_REJECTED, main

GOOD = "Tariq_77\nFull Member\n- Joined\n- Feb 2, 2018\n- Messages\n- 311\nThe Afghan and Pakistani delegations met in Doha on Friday to discuss the Torkham crossing, officials said.\n"


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"", Reason.EMPTY),
        (b"   \n\n  ", Reason.EMPTY),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, Reason.BINARY),
        (b"%PDF-1.7\n" + bytes(range(256)), Reason.BINARY),
        (b"\x00\x01\x02\x03" * 100, Reason.BINARY),
        (b"\xef\xbb\xbf" + b"ok \xff\xfe bad utf-8", Reason.UNDECODABLE),
        (b"<html><body><div><script>var a=1;</script></div></body></html>", Reason.NO_TEXT),
    ],
    ids=["empty", "blank", "png", "pdf", "nul-bytes", "bad-bom", "no-text-html"],
)
def test_rejections(data, reason):
    with pytest.raises(RejectedInput) as info:
        eventwire.read(data)
    assert info.value.reason == reason
    assert info.value.hint  # every reason tells the user what to do


def test_truncated_html_still_yields_text():
    page = "<html><head><title>Strike</title></head><body><article><p>" + "Drones struck a fuel depot near Kherson overnight, regional officials said. " * 6 + "</p><p>More detail"
    (doc,) = eventwire.read(page.encode())
    assert "fuel depot" in doc.text


def test_encodings():
    text = "Le ministre a déclaré: “nous négocierons” — Geneva talks resume on Monday."
    for data in (text.encode("utf-16"), text.encode("utf-8-sig"), text.encode("cp1252"), text.encode("utf-16-le")):
        (doc,) = eventwire.read(data)
        assert doc.text == text
    latin = "Le ministre a déclaré que les pourparlers reprendront à Genève lundi."
    (doc,) = eventwire.read(latin.encode("latin-1"))
    assert doc.text == latin


def test_huge_file_is_rejected_quickly(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        line = b"The ministers met again and said nothing new about the talks in Geneva. \n"
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    assert path.stat().st_size >= 50 * 1024 * 1024
    with pytest.raises(RejectedInput) as info:
        eventwire.read(path)
    assert info.value.reason == Reason.TOO_LARGE
    assert "--max-bytes" in info.value.hint


def test_directory_of_mixed_junk(tmp_path):
    junk = tmp_path / "junk"
    (junk / "nested").mkdir(parents=True)
    (junk / "good.txt").write_text(GOOD, encoding="utf-8")
    (junk / "empty.txt").write_bytes(b"")
    (junk / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (junk / "nested" / "broken.html").write_text("<html><body><p>Troops withdrew from the town of", encoding="utf-8")
    (junk / "nested" / "notes.jsonl").write_text('{"id": 1, "text": "Chad and Sudan agreed to reopen the Adre crossing."}\n[1, 2]\n', encoding="utf-8")
    (junk / ".hidden").write_text("ignored", encoding="utf-8")
    db = str(tmp_path / "j.duckdb")
    result = CliRunner().invoke(main, ["ingest", str(junk), str(tmp_path / "missing.txt"), "--db", db, "--json"])
    assert result.exit_code == EXIT_REJECTED, result.output
    report = json.loads(result.stdout)
    assert report["inputs"] == 6
    assert report["documents"] == 3
    assert report["rejected_by_reason"] == {"bad_record": 1, "binary": 1, "empty": 1, "not_found": 1}
    stats = json.loads(CliRunner().invoke(main, ["stats", "--db", db, "--json"]).stdout)
    assert stats["rejects"] == 4 and stats["documents"] == 3
    again = CliRunner().invoke(main, ["ingest", str(junk), "--db", db, "--json"])
    assert json.loads(again.stdout)["new"] == 0
    stats = json.loads(CliRunner().invoke(main, ["stats", "--db", db, "--json"]).stdout)
    assert stats["rejects"] == 4 and stats["documents"] == 3, "ingesting again must add no rows"


def test_clean_run_exits_zero(tmp_path):
    path = tmp_path / "post.txt"
    path.write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(path), "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 0, result.output
