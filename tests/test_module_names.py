"""No module binds one top-level name twice. A second binding silently replaces the first for every use in the module,
before and after it: a constant added for one rule had made another rule read a different word list (a second
`_WHERE_PREPS`, without "at" and "near", and a second `_HONORIFICS`, without "Dr.", each hid the first)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "eventwire"


def _top_level_names(tree: ast.Module) -> Counter:
    names: Counter = Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
    return names


def test_no_module_binds_a_top_level_name_twice():
    twice = {str(path.relative_to(SRC)): sorted(n for n, k in _top_level_names(ast.parse(path.read_text("utf-8"))).items() if k > 1)
             for path in sorted(SRC.rglob("*.py"))}
    assert {p: n for p, n in twice.items() if n} == {}
