"""The core never imports Qt: it must run in scripts, on servers and in tests without a display."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from desktop.core.store import open_library

QT_PREFIXES = ("PySide6", "qdarktheme")

IMPORT_ALL = """
import importlib, json, pkgutil, sys
import desktop.core
names = sorted(m.name for m in pkgutil.walk_packages(desktop.core.__path__, "desktop.core."))
for name in names:
    importlib.import_module(name)
print(json.dumps({"modules": names, "qt": sorted(n for n in sys.modules if n.startswith(%r))}))
"""

CLI_COMMANDS = """
import json, sys
from desktop.cli import main
db = sys.argv[1]
codes = [main(["stats", "--db", db]), main(["search", "--db", db, "constitution"]), main(["export", "--db", db, "--format", "json"])]
print(json.dumps({"codes": codes, "qt": sorted(n for n in sys.modules if n.startswith(%r))}), file=sys.stderr)
"""


def run_python(code: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=60, cwd=cwd)
    assert done.returncode == 0, done.stderr
    return done


def test_no_core_module_imports_qt(repo_root: Path):
    result = json.loads(run_python(IMPORT_ALL % (QT_PREFIXES,), cwd=repo_root).stdout)
    expected = {f"desktop.core.{p.stem}" for p in (repo_root / "desktop" / "core").glob("*.py") if p.stem != "__init__"}
    assert expected <= set(result["modules"])
    assert result["qt"] == []


def test_command_line_commands_other_than_the_app_do_not_load_qt(repo_root: Path, tmp_path: Path):
    open_library(tmp_path / "lib.sqlite").close()  # only `import` creates a library
    done = run_python(CLI_COMMANDS % (QT_PREFIXES,), str(tmp_path / "lib.sqlite"), cwd=repo_root)
    result = json.loads(done.stderr.strip().splitlines()[-1])
    assert result == {"codes": [0, 0, 0], "qt": []}
