"""The house follows the pipeline: imports run one way, no cycles, SQL only in ``store/``.

Read from the source with the ``ast`` module, so imports hidden inside functions
count too. The layers, top to bottom:

    cli → serve, spark, evaluation → pipeline → outputs → store → events → claims → nlp → ingest
        → model, errors, values, resources

A module may import its own layer or any layer below it; never above. The
package's own ``__init__`` (the public façade) may import anything.
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "eventwire"
LAYERS = [
    {"cli"},
    {"serve", "spark", "evaluation"},
    {"pipeline"},
    {"outputs"},
    {"store"},
    {"events"},
    {"claims"},
    {"nlp"},
    {"ingest"},
    {"model", "errors", "values", "resources"},
]
_SQL = re.compile(r"\b(SELECT\s[\s\S]*\sFROM\s|INSERT\s+(OR\s+\w+\s+)?INTO\s|CREATE\s+(OR\s+REPLACE\s+)?(TABLE|VIEW|INDEX)\s|"
                  r"DELETE\s+FROM\s|UPDATE\s+\w+\s+SET\s|COPY\s*\(|DROP\s+TABLE\s|ALTER\s+TABLE\s)")


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        name = ".".join(("eventwire",) + parts)
        out[name.removesuffix(".__init__")] = path
    return out


MODULES = _modules()


def _is_package(name: str) -> bool:
    return MODULES[name].name == "__init__.py"


def _resolve(importer: str, node: ast.ImportFrom) -> list[str]:
    """The eventwire modules an ``from … import …`` statement loads."""
    if node.level:
        base = importer if _is_package(importer) else importer.rsplit(".", 1)[0]
        for _ in range(node.level - 1):
            base = base.rsplit(".", 1)[0]
        target = f"{base}.{node.module}" if node.module else base
    else:
        target = node.module or ""
    if not target.startswith("eventwire"):
        return []
    found = []
    for alias in node.names:
        sub = f"{target}.{alias.name}"
        found.append(sub if sub in MODULES else target)
    return [m for m in found if m in MODULES]


def _imports() -> dict[str, list[tuple[str, int, list[str]]]]:
    """module → [(imported module, line, names)] for every import, at any depth."""
    out: dict[str, list[tuple[str, int, list[str]]]] = defaultdict(list)
    for name, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom):
                for target in _resolve(name, node):
                    out[name].append((target, node.lineno, [a.name for a in node.names]))
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name in MODULES:
                        out[name].append((alias.name, node.lineno, []))
    return out


def _part(module: str) -> str:
    """The top-level part a module belongs to: "eventwire.nlp.actors" → "nlp", "eventwire.model" → "model"."""
    return module.split(".")[1] if module != "eventwire" else ""


def _layer(module: str) -> int:
    part = _part(module)
    for n, names in enumerate(LAYERS):
        if part in names:
            return n
    raise AssertionError(f"{module} is in no layer: add {part!r} to LAYERS in {__file__}")


def test_every_module_has_a_layer():
    for name in MODULES:
        if name not in ("eventwire", "eventwire.__main__"):
            _layer(name)


def test_imports_run_one_way():
    wrong = []
    for importer, targets in _imports().items():
        if importer in ("eventwire", "eventwire.__main__"):
            continue
        for target, line, _ in targets:
            if target != "eventwire" and _layer(target) < _layer(importer):
                wrong.append(f"{MODULES[importer].relative_to(PACKAGE)}:{line} imports {target} (a higher layer)")
            if target == "eventwire":
                wrong.append(f"{MODULES[importer].relative_to(PACKAGE)}:{line} imports the public façade; import the module itself")
    assert not wrong, "\n".join(wrong)


def test_no_import_cycles():
    graph = {m: {t for t, _, _ in targets if t != m} for m, targets in _imports().items()}
    state: dict[str, int] = {}
    cycles = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append(" → ".join(path[path.index(nxt):] + [nxt]))
            elif nxt not in state:
                visit(nxt, path + [nxt])
        state[node] = 2

    for module in sorted(MODULES):
        if module not in state:
            visit(module, [module])
    assert not cycles, "import cycles:\n" + "\n".join(cycles)


def test_no_private_names_across_packages():
    wrong = []
    for importer, targets in _imports().items():
        for target, line, names in targets:
            if _part(target) == _part(importer):
                continue
            private = [n for n in names if n.startswith("_")] + [p for p in target.split(".")[2:] if p.startswith("_")]
            if private:
                wrong.append(f"{MODULES[importer].relative_to(PACKAGE)}:{line} takes private {private} from {target}")
    assert not wrong, "\n".join(wrong)


def test_sql_only_in_store():
    wrong = []
    for name, path in MODULES.items():
        if _part(name) == "store":
            continue
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _SQL.search(node.value):
                wrong.append(f"{path.relative_to(PACKAGE)}:{node.lineno} holds SQL")
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                mods = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                if any(m == "duckdb" or m.startswith("duckdb.") for m in mods):
                    wrong.append(f"{path.relative_to(PACKAGE)}:{node.lineno} imports duckdb")
            if isinstance(node, ast.Attribute) and node.attr in ("execute", "executemany", "_con"):
                wrong.append(f"{path.relative_to(PACKAGE)}:{node.lineno} runs SQL ({node.attr})")
    assert not wrong, "SQL belongs in eventwire/store:\n" + "\n".join(wrong)


def test_the_check_sees_what_it_should():
    """The detectors themselves: an upward import and a SQL string are caught."""
    assert _SQL.search("SELECT id FROM events WHERE x")
    assert _SQL.search("COPY (SELECT 1) TO 'x'")
    assert not _SQL.search("select the best-fitting event from the pool")
    node = ast.parse("from ..store import Store").body[0]
    assert _resolve("eventwire.nlp.events", node) == ["eventwire.store"]
    assert _layer("eventwire.store") < _layer("eventwire.nlp.events")
