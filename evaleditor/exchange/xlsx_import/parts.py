"""The small parts of a sheet: 施策番号と施策名, 関係部, 関連事業 and 決算額."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Callable

from evaleditor.model import BudgetEntry

from evaleditor.exchange.xlsx_import.cells import Cell, Grid
from evaleditor.exchange.xlsx_import.labels import cost_unit_ok, is_cost, is_rate, is_year_label, normalize
from evaleditor.exchange.xlsx_import.layout import Section
from evaleditor.exchange.xlsx_import.values import cell_number

Note = tuple[str, str]  # (cell, message)

_DASHES = "-‐‑‒–—―−－ー"
_DASH_RE = re.compile(f"[{_DASHES}]")
_NUMBER = r"(?:第\s*)?\d+(?:\s*-\s*\d+)*"
_NUMBER_ONLY_RE = re.compile(rf"^({_NUMBER})\s*[-.:、]?\s*$")
_NUMBER_AND_NAME_RE = re.compile(rf"^({_NUMBER})(?:\s*[-.:、]\s*|\s+)(\S.*)$", re.DOTALL)
_TRAILING_SEPARATOR_RE = re.compile(rf"\s*[{_DASHES}.．:：、]\s*$")


def _fold(text: str) -> str:
    """Full-width digits and dashes as ASCII, for reading numbers only."""
    text = "".join(unicodedata.normalize("NFKC", ch) if ch.isdigit() or ch in "　．：" else ch for ch in text)
    return _DASH_RE.sub("-", text)


def _tidy_number(text: str) -> str:
    return re.sub(r"\s*-\s*", "-", text).replace(" ", "")


def _cell_text(cell: Cell, notes: list[Note]) -> str:
    if isinstance(cell.value, dt.datetime):  # Excel turns a typed 4-2 into 2 April
        text = f"{cell.value.month}-{cell.value.day}"
        notes.append((cell.address, f"日付として保存されていた値を施策番号「{text}」として読みました。確認してください"))
        return text
    return cell.text.strip()


def split_policy(cells: list[Cell], notes: list[Note]) -> tuple[str, str]:
    """(施策番号, 施策名) from the cells beside or under the 施策名 label."""
    texts = [t for t in (_cell_text(c, notes) for c in cells) if t]
    if not texts:
        return "", ""
    first = _fold(texts[0])
    only = _NUMBER_ONLY_RE.match(first)
    if only:
        return _tidy_number(only.group(1)), " ".join(texts[1:])
    both = _NUMBER_AND_NAME_RE.match(first)
    if both and len(texts) == 1:
        return _tidy_number(both.group(1)), texts[0][len(texts[0]) - len(both.group(2)):].strip()
    if len(texts) >= 2:
        return _TRAILING_SEPARATOR_RE.sub("", texts[0]), " ".join(texts[1:])
    notes.append((cells[0].address, "施策番号が見つからないため、全体を施策名として取り込みました"))
    return "", texts[0]


_DEPARTMENT_SPLIT_RE = re.compile(r"[、，,\n\r]+")


def split_departments(cells: list[Cell]) -> list[str]:
    found: list[str] = []
    for cell in cells:
        found += [p.strip() for p in _DEPARTMENT_SPLIT_RE.split(cell.text) if p.strip()]
    return found


_SPACES_RE = re.compile(r"[ \u3000\t]+")
_AFTER_JIGYO_RE = re.compile(r"(?<=事業)[ \u3000\t]+")


def _split_line(text: str) -> list[str]:
    """Names in one line: separated by spaces, but when names end in 事業 only a space after 事業
    separates (so 「SDGs 推進事業」 stays one name)."""
    pieces = _SPACES_RE.split(text)
    if any(piece.endswith("事業") for piece in pieces):
        return _AFTER_JIGYO_RE.split(text)
    return pieces


def split_programs(cells: list[Cell]) -> list[str]:
    """Names one per cell, or several in a cell separated by line breaks (or, without them, by spaces)."""
    found: list[str] = []
    for cell in cells:
        text = cell.text.replace("\r\n", "\n").replace("\r", "\n").strip()
        pieces = text.split("\n") if "\n" in text else _split_line(text)
        for piece in pieces:
            piece = piece.strip()
            if piece.startswith("・"):
                piece = piece[1:].strip()
            if piece:
                found.append(piece)
    return found


def read_budget(grid: Grid, section: Section, project_label: Callable[[Cell], str | None],
                consumed: set[str]) -> tuple[dict[str, BudgetEntry], list[Note]]:
    """決算額 by year: year headings in a row (values under them) or in a column (values beside them)."""
    notes: list[Note] = []
    cells = section.cells(grid, below_only=False)
    years = [c for c in cells if c.is_text and is_year_label(c.text)]
    costs = [c for c in cells if c.is_text and is_cost(c.text)]
    rates = [c for c in cells if c.is_text and is_rate(c.text)]
    if not years:
        if cells:
            notes.append((section.label.address, "決算額の年度の見出しが見つからないため、決算額を読み飛ばしました"))
        return {}, notes
    corner = [c for c in cells if c.is_text and normalize(c.text) in ("年度", "区分", "項目")]
    consumed.update(c.address for c in years + costs[:1] + rates[:1] + corner)
    horizontal = len({c.row for c in years}) <= len({c.col for c in years})
    line = Counter(c.row if horizontal else c.col for c in years).most_common(1)[0][0]
    years = [c for c in years if (c.row if horizontal else c.col) == line]
    cost = costs[0] if costs else None
    rate = rates[0] if rates else None
    if cost is not None and not cost_unit_ok(cost.text):
        notes.append((cost.address, f"「{cost.text}」は千円単位でないため、事業費を読み飛ばしました"))
        consumed.update(c.address for c in grid.row(cost.row) if c.col > cost.col)
        cost = None
    budget: dict[str, BudgetEntry] = {}
    for year in years:
        values = []
        for head in (cost, rate):
            if head is None:
                values.append(None)
                continue
            cell = grid.get(head.row, year.col) if horizontal else grid.get(year.row, head.col)
            if cell is None:
                values.append(None)
                continue
            consumed.add(cell.address)
            value, reason = cell_number(cell, ("千円",) if head is cost else ("%",))
            if reason:
                notes.append((cell.address, f"{reason}（この値は取り込みませんでした）"))
            values.append(value)
        if values[0] is None and values[1] is None:
            continue
        label = project_label(year)
        if label is not None:
            budget[label] = BudgetEntry(values[0], values[1])
    return budget, notes
