#!/usr/bin/env python3
"""Refresh and compile the UI translations.

    .venv/bin/python scripts/translations.py          # lupdate the .ts sources, then lrelease them

Source strings are Japanese (the default UI). resources/translations/evaleditor_LANG.ts is edited with
Qt Linguist (pyside6-linguist); the compiled evaleditor/gui/translations/evaleditor_LANG.qm ships
with the package (and the frozen app) and is loaded at start when that language is chosen.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "resources" / "translations"
OUT = ROOT / "evaleditor" / "gui" / "translations"


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found (it comes with PySide6)")
    return found


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    code = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "evaleditor" / "gui").glob("*.py"))
    for ts in sorted(SOURCES.glob("evaleditor_*.ts")):
        language = ts.stem.split("_", 1)[1]
        subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none", *code, "-source-language", "ja",
                        "-target-language", language, "-ts", str(ts)], cwd=ROOT, check=True)
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(OUT / f"{ts.stem}.qm")], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
