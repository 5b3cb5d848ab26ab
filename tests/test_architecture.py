"""The shape of the code, checked statically: no import cycles, and no pane that knows the window.

Panes and controllers receive the library session; only the app's start, the self-test and
the screenshot script may know the main window. Both rules are read off the source (every
import, at module level or inside a function, but for TYPE_CHECKING blocks), so a violation
fails here before it can tangle the code.
"""

from __future__ import annotations

import ast
from pathlib import Path

MAY_IMPORT_MAIN_WINDOW = {"desktop.ui.app", "desktop.ui.self_test", "desktop.ui.screenshot", "desktop.ui.main_window"}


def _modules(repo_root: Path) -> dict[str, Path]:
    found = {}
    for path in (repo_root / "desktop").rglob("*.py"):
        name = ".".join(path.relative_to(repo_root).with_suffix("").parts)
        found[name.removesuffix(".__init__")] = path
    return found


def _imports(path: Path, modules: dict[str, Path]) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            node.body = []
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("desktop"):
            for name in (node.module, *(f"{node.module}.{alias.name}" for alias in node.names)):
                if name in modules:
                    found.add(name)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in modules)
    return found


def _graph(repo_root: Path) -> dict[str, set[str]]:
    modules = _modules(repo_root)
    return {name: _imports(path, modules) - {name} for name, path in modules.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), i.e. the import cycles."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return cycles


def test_there_is_no_import_cycle_under_desktop(repo_root: Path):
    assert _cycles(_graph(repo_root)) == []


def test_the_cycle_check_finds_a_cycle():
    """The check itself can fail: a planted cycle is found."""
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_pane_or_controller_imports_the_main_window(repo_root: Path):
    graph = _graph(repo_root)
    importers = {name for name, targets in graph.items() if "desktop.ui.main_window" in targets}
    assert importers <= MAY_IMPORT_MAIN_WINDOW, sorted(importers - MAY_IMPORT_MAIN_WINDOW)


def test_the_main_window_is_layout_and_wiring(repo_root: Path):
    lines = (repo_root / "desktop" / "ui" / "main_window.py").read_text(encoding="utf-8").count("\n")
    assert lines <= 400, f"main_window.py has {lines} lines: move what is not layout or wiring to its owner"
