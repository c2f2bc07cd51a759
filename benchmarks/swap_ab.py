"""In-process A/B of a speed change: eventwire's CPU with some functions as an older source tree has them, against
the current ones, in one process on the same documents.

    python benchmarks/swap_ab.py gold/events --old-src /tmp/old/src \\
        --swap eventwire.nlp.attribution:_indirect,Attribution.__call__ --swap eventwire.nlp._view:TokenView.idx \\
        [--docs 2000] [--rounds 5] [--slice 250] [--json]

Each ``--swap MODULE:NAME,...`` names functions (``name``) or methods (``Class.name``) of a module; the old side
gets them compiled from the same file under ``--old-src`` (with the current module's globals, so an old function
calls whatever the module holds at the time: the old versions of the other swapped names), the new side the current
ones. A name the old file lacks (a method added by the change) is removed on the old side. Where another eventwire
module imported a swapped function by name (``from .nlp import make_doc``), its name is swapped too.

Why not two processes: on a machine shared with other jobs the CPU time of one process differs from the next
by more than a change of a few per cent (docs/scale.md, the bench's docstring); here old, new and a bare spaCy parse
of the same sentences take turns slice by slice in one process (the order rotating each slice), and each round
gives a new/old ratio of eventwire's whole CPU, of what it adds to the bare parse, and of each eventwire component's
own CPU (timed around its call). The figure is the median over the rounds. The sentences are those ``bench.py``
codes (PLOVER gold texts cycled to ``--docs``).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import ast  # noqa: E402
import gc  # noqa: E402
import importlib  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from itertools import cycle, islice  # noqa: E402
from pathlib import Path  # noqa: E402

import click  # noqa: E402
import spacy  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import _texts  # noqa: E402

from eventwire.model import Document, Post, finalize  # noqa: E402
from eventwire.nlp import load, model_name  # noqa: E402
from eventwire.pipeline import analyze  # noqa: E402

_MISSING = object()


def _old_definitions(path: Path, module, names: list[str]) -> dict[str, object]:
    """name -> the old file's function of that name, compiled into ``module``'s globals (``_MISSING`` if absent)."""
    tree = ast.parse(path.read_text("utf-8"))
    found: dict[str, ast.FunctionDef] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            found[node.name] = node
        elif isinstance(node, ast.ClassDef):
            found.update({f"{node.name}.{sub.name}": sub for sub in node.body if isinstance(sub, ast.FunctionDef)})
    out: dict[str, object] = {}
    for name in names:
        node = found.get(name)
        if node is None:
            out[name] = _MISSING
            continue
        space: dict = {}
        exec(compile(ast.Module([node], []), f"old:{path.name}:{name}", "exec"), module.__dict__, space)  # noqa: S102
        function = space[node.name]
        current = _current(module, name)
        out[name] = property(function) if isinstance(current, property) else function
    return out


def _owner(module, name: str):
    return getattr(module, name.split(".")[0]) if "." in name else module


def _current(module, name: str):
    owner, attr = _owner(module, name), name.split(".")[-1]
    return owner.__dict__.get(attr, _MISSING) if isinstance(owner, type) else getattr(owner, attr, _MISSING)


def _swaps(old_src: Path, specs: tuple[str, ...]) -> list[tuple[object, str, object, object]]:
    """(owner, attribute, old value, new value) for every swapped name and every eventwire module's alias of it."""
    swaps = []
    for spec in specs:
        module_name, _, names = spec.partition(":")
        module = importlib.import_module(module_name)
        path = old_src.joinpath(*module_name.split("."))
        path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")  # a package's module is its __init__
        wanted = [n.strip() for n in names.split(",") if n.strip()]
        for name, old in _old_definitions(path, module, wanted).items():
            new = _current(module, name)
            owner, attr = _owner(module, name), name.split(".")[-1]
            swaps.append((owner, attr, old, new))
            if "." not in name and new is not _MISSING:
                for other in list(sys.modules.values()):
                    if other is not module and getattr(other, "__name__", "").startswith("eventwire") and \
                            getattr(other, attr, None) is new:
                        swaps.append((other, attr, old, new))
    return swaps


def _use(swaps, side: str) -> None:
    for owner, attr, old, new in swaps:
        value = old if side == "old" else new
        if value is _MISSING:
            if attr in vars(owner):
                delattr(owner, attr)
        else:
            setattr(owner, attr, value)


class _Timed:
    """A pipeline component with its CPU time added up (``spent``); spaCy calls it per Doc, as it does the component."""

    def __init__(self, component) -> None:
        self.component = component
        self.spent = 0.0

    def __call__(self, doc):
        start = time.process_time()
        doc = self.component(doc)
        self.spent += time.process_time() - start
        return doc


SIDES = ("old", "new", "bare")


def interleaved_rounds(run: Callable[[str, slice], dict[str, float]], *, docs: int, rounds: int, slice_docs: int,
                       quiet: bool = False) -> list[dict[str, dict[str, float]]]:
    """Old, new and bare take turns slice by slice (the order rotating each slice and round), after an untimed warm-up
    of each; per round, each side's summed timings (``run(side, part)`` returns a side's timings for one slice)."""
    for side in SIDES:
        run(side, slice(0, min(200, docs)))
    per_round = []
    for r in range(rounds):
        acc: dict[str, dict[str, float]] = {side: {} for side in SIDES}
        for k, first in enumerate(range(0, docs, slice_docs)):
            turn = (r + k) % 3
            for side in SIDES[turn:] + SIDES[:turn]:
                for key, value in run(side, slice(first, first + slice_docs)).items():
                    acc[side][key] = acc[side].get(key, 0.0) + value
        per_round.append(acc)
        if not quiet:
            print(f"round {r + 1}: " + ", ".join(f"{side} {acc[side]['total']:.2f}" for side in SIDES) + " CPU s",
                  file=sys.stderr, flush=True)
    return per_round


@click.command()
@click.argument("gold", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--old-src", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True,
              help="The older source tree (git archive OLD src | tar -x -C DIR; then DIR/src).")
@click.option("--swap", "specs", multiple=True, required=True, help="MODULE:NAME[,NAME...] to take from --old-src.")
@click.option("--docs", type=click.IntRange(min=1), default=2000, show_default=True)
@click.option("--rounds", type=click.IntRange(min=1), default=5, show_default=True)
@click.option("--slice", "slice_docs", type=click.IntRange(min=1), default=250, show_default=True)
@click.option("--json", "as_json", is_flag=True)
def main(gold: Path, old_src: Path, specs: tuple[str, ...], docs: int, rounds: int, slice_docs: int, as_json: bool) -> None:
    texts = list(islice(cycle(_texts(gold)), docs))
    documents = [finalize(Document(url=f"bench:{i}", posts=[Post(text=t)])) for i, t in enumerate(texts)]
    nlp, bare = load(None), spacy.load(model_name(None))
    timed = {}
    for k, (name, component) in enumerate(nlp.pipeline):
        if name.startswith("eventwire"):
            timed[name] = _Timed(component)
            nlp._components[k] = (name, timed[name])  # noqa: SLF001 -- the component, timed; spaCy calls it per Doc either way
    swaps = _swaps(old_src, specs)

    def run(side: str, part: slice) -> dict[str, float]:
        for t in timed.values():
            t.spent = 0.0
        if side != "bare":
            _use(swaps, side)
        gc.collect()
        start = time.process_time()
        if side == "bare":
            list(bare.pipe(texts[part], batch_size=64))
        else:
            list(analyze(documents[part], nlp=nlp, batch_size=64))
        out = {"total": time.process_time() - start}
        if side != "bare":
            out.update({name: t.spent for name, t in timed.items()})
        return out

    per_round = interleaved_rounds(run, docs=docs, rounds=rounds, slice_docs=slice_docs, quiet=as_json)

    def median(f) -> float:
        return round(statistics.median(f(a) for a in per_round), 3)

    result = {
        "documents": docs, "rounds": rounds, "load_average": [round(x, 1) for x in os.getloadavg()],
        "eventwire_new_over_old": median(lambda a: a["new"]["total"] / a["old"]["total"]),
        "added_to_parse_new_over_old": median(lambda a: (a["new"]["total"] - a["bare"]["total"]) / (a["old"]["total"] - a["bare"]["total"])),
        "old_over_bare": median(lambda a: a["old"]["total"] / a["bare"]["total"]),
        "new_over_bare": median(lambda a: a["new"]["total"] / a["bare"]["total"]),
        "components_new_over_old": {name: median(lambda a, n=name: a["new"][n] / a["old"][n]) for name in timed},
        "round_new_over_old": [round(a["new"]["total"] / a["old"]["total"], 3) for a in per_round],
    }
    print(json.dumps(result, indent=2) if as_json else "\n".join(f"{k}: {v}" for k, v in result.items()))


if __name__ == "__main__":
    main()
