"""One worksheet → one Sheet, with notes on every cell that could not be used."""

from __future__ import annotations

from dataclasses import dataclass, field

from evaleditor.model import DEFAULT_GROUP, FiscalYear, IndicatorGroup, Sheet
from evaleditor.model.eras import western_year
from evaleditor.model.settings import DEFAULT_TITLE

from evaleditor.exchange.importresult import ImportNote
from evaleditor.exchange.xlsx_import import indicators, parts, topics
from evaleditor.exchange.xlsx_import.cells import Cell, Grid
from evaleditor.exchange.xlsx_import.labels import Part, group_name, heading_text, normalize, year_key
from evaleditor.exchange.xlsx_import.layout import Layout, Section, find_layout


class NotASheet(Exception):
    """The worksheet is not an evaluation sheet (a summary, a table, a blank sheet)."""


class YearsDiffer(Exception):
    """The worksheet's year columns are not the project's."""

    def __init__(self, cell: str, found: list[str], expected: list[str]) -> None:
        super().__init__(cell)
        self.cell, self.found, self.expected = cell, found, expected


@dataclass
class Columns:
    """What the first indicator table of the workbook decided for the whole project."""

    years: list[FiscalYear] | None = None
    baseline_label: str | None = None
    target_label: str | None = None
    title: str | None = None


@dataclass
class SheetReader:
    grid: Grid
    columns: Columns
    notes: list[ImportNote] = field(default_factory=list)
    consumed: set[str] = field(default_factory=set)
    _growing: bool = False
    _number_label: bool = False

    def note(self, cell: str, message: str) -> None:
        self.notes.append(ImportNote(message, self.grid.name, cell))

    def notes_from(self, found: list[tuple[str, str]]) -> None:
        for cell, message in found:
            self.note(cell, message)

    # -- years
    def _project_label(self, cell: Cell) -> str | None:
        """The project's label for a year heading, or None (noted) when the project has no such year."""
        label = heading_text(cell.text)
        key = year_key(label)
        years = self.columns.years if self.columns.years is not None else []
        match = next((y.label for y in years if year_key(y.label) == key), None)
        if match is None and self._growing:
            years.append(FiscalYear(label, western_year(label)))
            return label
        if match is None:
            self.note(cell.address, f"年度「{label}」はプロジェクトの年度（{'、'.join(y.label for y in years)}）"
                                    "にないため、この列を読み飛ばしました")
        return match

    def _settle_years(self, header: indicators.TableHeader, cell: Cell) -> None:
        labels = [heading_text(cell.text) for cell in header.years]
        if not labels:
            return
        if self.columns.years is None:
            self.columns.years = [FiscalYear(label, western_year(label)) for label in labels]
            return
        if [year_key(label) for label in labels] != [year_key(y.label) for y in self.columns.years]:
            raise YearsDiffer(cell.address, labels, [y.label for y in self.columns.years])

    # -- parts
    def read(self) -> Sheet:
        layout = find_layout(self.grid)
        policies = [s for s in layout.sections if s.part in (Part.POLICY, Part.NUMBER)]
        content = {Part.GROUP, Part.PROGRAMS, Part.BUDGET, Part.RESULT, Part.ISSUE, Part.DIRECTION}
        if not policies or not any(s.part in content for s in layout.sections):
            raise NotASheet()  # e.g. 一覧 or a machine-readable table with 施策番号 and 施策名 columns
        sections = self._first_policy_only(layout, policies)
        self._number_label = any(s.part is Part.NUMBER for s in sections)
        sheet = Sheet(title=self._title(layout), indicator_groups=[])
        self.consumed.update(s.label.address for s in sections)
        for section in [s for s in sections if s.part is Part.GROUP][:1]:
            header = indicators.read_header(self.grid, section)
            self._settle_years(header, header.years[0] if header.years else section.label)
        for section in sections:
            reader = getattr(self, f"_read_{section.part.name.lower()}")
            reader(section, sheet)
        self._read_topics(sections, sheet)
        if not sheet.indicator_groups:
            sheet.indicator_groups = [IndicatorGroup(DEFAULT_GROUP)]
        for part, what in ((Part.GROUP, "成果指標の表"), (Part.PROGRAMS, "関連事業"), (Part.BUDGET, "決算額"),
                           (Part.RESULT, "「成果」"), (Part.DEPARTMENTS, "関係部")):
            if not any(s.part is part for s in sections):
                self.note("", f"{what}が見つかりません")
        self._note_leftovers()
        return sheet

    def _first_policy_only(self, layout: Layout, policies: list[Section]) -> list[Section]:
        rows = sorted({s.first_row for s in policies})
        if len(rows) == 1:
            return layout.sections
        second = rows[1]
        self.note(f"A{second}", "1 つのワークシートに 2 つ目の施策があります。最初の施策だけを取り込みました")
        self.consumed.update(c.address for c in self.grid.all_cells() if c.row >= second)
        return [s for s in layout.sections if s.first_row < second]

    def _title(self, layout: Layout) -> str:
        texts = [c for c in layout.top if c.is_text]
        if not texts:
            return DEFAULT_TITLE
        chosen = next((c for c in texts if "シート" in c.text), None) or next(
            (c for c in texts if "評価" in c.text), texts[0])
        self.consumed.add(chosen.address)
        if self.columns.title is None:
            self.columns.title = chosen.text.strip()
        return chosen.text.strip()

    def _value_cells(self, section: Section) -> list[Cell]:
        """Beside the label in its row; else the rows below it."""
        beside = [c for c in self.grid.row(section.label.row)
                  if section.label.col < c.col <= section.last_col]
        return beside or section.cells(self.grid, below_only=True)

    def _read_policy(self, section: Section, sheet: Sheet) -> None:
        cells = self._value_cells(section)
        if not cells:
            self.note(section.label.address, "施策名が空です")
            return
        first_row = [c for c in cells if c.row == cells[0].row]
        self.consumed.update(c.address for c in first_row)
        found: list[tuple[str, str]] = []
        if self._number_label:  # 施策番号 has a label of its own: these cells are the name only
            sheet.policy_name = " ".join(c.text.strip() for c in first_row if c.text.strip())
            return
        number, name = parts.split_policy(first_row, found)
        self.notes_from(found)
        sheet.policy_number, sheet.policy_name = number, name

    def _read_number(self, section: Section, sheet: Sheet) -> None:
        cells = self._value_cells(section)
        if cells:
            first_row = [c for c in cells if c.row == cells[0].row]
            self.consumed.update(c.address for c in first_row)
            found: list[tuple[str, str]] = []
            number, _ = parts.split_policy(first_row[:1], found)
            self.notes_from(found)
            sheet.policy_number = number or first_row[0].text.strip()

    def _read_departments(self, section: Section, sheet: Sheet) -> None:
        cells = self._value_cells(section)
        self.consumed.update(c.address for c in cells)
        sheet.departments = parts.split_departments(cells)

    def _read_programs(self, section: Section, sheet: Sheet) -> None:
        cells = section.cells(self.grid)
        self.consumed.update(c.address for c in cells)
        sheet.programs = parts.split_programs(cells)

    def _read_budget(self, section: Section, sheet: Sheet) -> None:
        # Without an indicator table anywhere so far, the budget's year headings are the project's years.
        self._growing = self.columns.years is None
        if self._growing:
            self.columns.years = []
        budget, found = parts.read_budget(self.grid, section, self._project_label, self.consumed)
        self.notes_from(found)
        if self._growing and not self.columns.years:
            self.columns.years = None
        self._growing = False
        sheet.budget = budget

    def _read_group(self, section: Section, sheet: Sheet) -> None:
        header = indicators.read_header(self.grid, section)
        self.consumed.update(c.address for c in header.cells if c not in header.unknown)
        for cell in header.unknown:
            self.consumed.add(cell.address)
            self.note(cell.address, f"列「{cell.text.strip()}」は読み取れない列のため、この列を読み飛ばしました")
        if self.columns.baseline_label is None and header.baseline is not None:
            self.columns.baseline_label = heading_text(header.baseline.text)
        if self.columns.target_label is None and header.target_label:
            self.columns.target_label = header.target_label
        year_labels: dict[int, str] = {}
        for cell in header.years:
            label = self._project_label(cell)
            if label is not None:
                year_labels[cell.col] = label
            else:
                self.consumed.update(c.address for c in self.grid.box(
                    header.rows[-1] + 1, section.last_row, cell.col, cell.col))
        rows, found = indicators.read_rows(self.grid, section, header, year_labels, self.consumed)
        self.notes_from(found)
        title = section.label.text.strip()
        name = DEFAULT_GROUP if section.header_row == section.label.row and normalize(title) in ("指標名", "指標") \
            else group_name(title)
        sheet.indicator_groups.append(IndicatorGroup(name, rows))

    def _read_result(self, section: Section, sheet: Sheet) -> None:
        """成果, 課題 and 取組方針 are read together in _read_topics."""

    _read_issue = _read_direction = _read_result

    def _read_topics(self, sections: list[Section], sheet: Sheet) -> None:
        pieces: dict[str, list[topics.Piece]] = {}
        for part, key in ((Part.RESULT, "result"), (Part.ISSUE, "issue"), (Part.DIRECTION, "policy")):
            cells = [c for s in sections if s.part is part for c in s.cells(self.grid) if c.is_text]
            self.consumed.update(c.address for c in cells)
            pieces[key] = topics.split_pieces(cells)
        sheet.topics, found = topics.build_topics(pieces)
        self.notes_from(found)

    def _note_leftovers(self) -> None:
        for cell in self.grid.all_cells():
            if cell.address not in self.consumed:
                snippet = cell.text.strip().replace("\n", " ")
                snippet = snippet if len(snippet) <= 20 else snippet[:20] + "…"
                self.note(cell.address, f"「{snippet}」はどの項目にも当たらないため読み飛ばしました")
