"""What a command loads at start: the query commands and --help do without spaCy and the HTML readers."""

from __future__ import annotations

import json
import subprocess
import sys
from eventwire.cli import _evaluate
from eventwire.evaluation import attribution


def _loaded_after(code: str) -> dict[str, bool]:
    probe = (
        "import sys, json\n"
        f"{code}\n"
        "print(json.dumps({m: m in sys.modules for m in ('spacy', 'trafilatura', 'jinja2', 'eventwire.nlp._pipeline')}))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_help_and_queries_do_not_import_spacy(tmp_path):
    code = (
        "from eventwire.cli import main\n"
        "for args in (['--help'], ['events', '--help'], ['stats', '--db', %r]):\n"
        "    try:\n"
        "        main(args, standalone_mode=False)\n"
        "    except (Exception, SystemExit):\n"
        "        pass\n"
    ) % str(tmp_path / "none.duckdb")
    loaded = _loaded_after(code)
    assert not loaded["spacy"] and not loaded["eventwire.nlp._pipeline"] and not loaded["trafilatura"]


def test_the_package_and_its_text_reader_do_not_import_the_html_readers(tmp_path):
    text = tmp_path / "post.txt"
    text.write_text("The minister said on Monday that talks would resume.\n", encoding="utf-8")
    loaded = _loaded_after(f"import eventwire\ndocs = eventwire.read({str(text)!r})\nassert docs")
    assert not loaded["trafilatura"] and not loaded["spacy"]


def test_the_pipeline_loads_when_asked_for():
    loaded = _loaded_after("from eventwire.nlp import model_name\nmodel_name()")
    assert loaded["eventwire.nlp._pipeline"]


def test_the_command_line_names_the_evaluations_conventions():
    assert _evaluate.CONVENTIONS == attribution.CONVENTIONS


def test_the_command_ends_its_process_with_the_commands_status(tmp_path):
    ok = subprocess.run([sys.executable, "-m", "eventwire", "--version"], capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0 and "eventwire" in ok.stdout
    missing = subprocess.run([sys.executable, "-m", "eventwire", "stats", "--db", str(tmp_path / "none.duckdb")],
                             capture_output=True, text=True, timeout=120)
    assert missing.returncode == 1 and "E020" in missing.stderr
    usage = subprocess.run([sys.executable, "-m", "eventwire", "no-such-command"], capture_output=True, text=True, timeout=120)
    assert usage.returncode == 2 and "No such command" in usage.stderr


def test_the_command_line_imports_spacy_without_its_commands_and_codes_the_same(tmp_path):
    """spaCy's own command line (``spacy.cli``: typer, weasel, httpx) stays out of an ``analyze`` run; ``spacy.cli``
    imports for real when asked for, and a pipeline loaded again after that codes the text as the command did."""
    text = tmp_path / "post.txt"
    text.write_text("President Obama met German Chancellor Angela Merkel in Berlin on Tuesday, officials said.\n",
                    encoding="utf-8")
    probe = (
        "import json, sys\n"
        "from datetime import date\n"
        "import msgspec\n"
        "from eventwire.cli import main\n"
        "try:\n"
        f"    main(['analyze', {str(text)!r}, '--no-store', '--json', '--workers', '1', '--date', '2016-11-15'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "before = {m: m in sys.modules for m in ('spacy', 'spacy.cli', 'spacy.cli.info', 'typer', 'weasel')}\n"
        "import spacy\n"
        "info = spacy.info()\n"
        "import spacy.cli\n"
        "from eventwire import read\n"
        "from eventwire.nlp import unload\n"
        "from eventwire.pipeline import analyze\n"
        "unload()  # a new pipeline, loaded with spaCy's command line imported\n"
        f"[again] = analyze(read({str(text)!r}), date_override=date(2016, 11, 15))\n"
        "print(json.dumps({'before': before, 'download': callable(spacy.cli.download), 'info': isinstance(info, dict),\n"
        "                  'events': msgspec.to_builtins(again.events), 'claims': msgspec.to_builtins(again.claims)}))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=180)
    lines = out.stdout.strip().splitlines()
    coded, probed = json.loads(lines[0]), json.loads(lines[-1])
    assert probed["before"] == {"spacy": True, "spacy.cli": False, "spacy.cli.info": False, "typer": False, "weasel": False}
    assert probed["download"] and probed["info"]
    assert coded["events"] and coded["events"] == probed["events"]
    assert coded["claims"] == probed["claims"]
