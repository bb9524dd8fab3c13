"""Showing a compared change's place (a :class:`Change.place` path) in the editor."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel
from PySide6.QtWidgets import QWidget

from evaleditor.gui.document import Place, Tab
from evaleditor.model import Sheet

if TYPE_CHECKING:
    from evaleditor.gui.mainwindow import MainWindow

INFO_FIELDS = {"policy_name": "name", "title": "title", "departments": "departments"}
INDICATOR_COLUMNS = {"unit": "unit", "direction": "direction", "baseline": "baseline", "target": "target"}


def show_change(window: MainWindow, policy_number: str, place: tuple[Any, ...], sheet: Sheet | None = None) -> bool:
    """Select ``sheet`` (else the one sheet with ``policy_number``) and show the tab, cell or text of ``place``.

    Several sheets may share a number: the compared sheet itself is shown while it is in the project;
    once it is gone, the number is used only when it names one sheet.
    """
    doc, editor = window.doc, window.editor
    sheets = doc.project.sheets if doc else []
    if not any(s is sheet for s in sheets):
        numbered = [s for s in sheets if s.policy_number == policy_number]
        sheet = numbered[0] if len(numbered) == 1 else None
    if sheet is None or editor is None:
        window.statusBar().showMessage(QCoreApplication.translate(
            "CompareActions", "施策番号 {0} のシートは開いているプロジェクトにありません").format(policy_number), 8000)
        return False
    kind = place[0] if place else ""
    window.activateWindow()
    if kind in INFO_FIELDS:
        window.show_place(Place(sheet, Tab.INFO))
        return _focus(getattr(editor.info, INFO_FIELDS[kind], None))
    if kind == "programs":
        window.show_place(Place(sheet, Tab.BUDGET))
        return _focus(editor.budget.programs if editor.budget else None)
    if kind == "budget" and len(place) == 3:
        window.show_place(Place(sheet, Tab.BUDGET))
        years = doc.project.settings.year_labels
        if editor.budget is None or place[1] not in years:
            return True
        row = 0 if place[2] == "cost_thousand_yen" else 1
        return _select(editor.budget.table, editor.budget.model.index(row, years.index(place[1])))
    if kind == "indicator" and len(place) >= 3:
        group = next((g for g in sheet.indicator_groups if g.name == place[1]), None)
        window.show_place(Place(sheet, Tab.INDICATORS, group))
        view = editor.indicators.current_view() if editor.indicators else None
        if view is None or group is None:
            return True
        row = next((n for n, i in enumerate(group.indicators) if i.name == place[2]), None)
        if row is None:
            return True
        key = "name"
        if len(place) >= 5 and place[3] == "actuals":
            key = f"actual:{place[4]}"
        elif len(place) >= 4:
            key = INDICATOR_COLUMNS.get(place[3], "name")
        keys = [view.model.column_key(c) for c in range(view.model.columnCount())]
        return _select(view.table, view.model.index(row, keys.index(key) if key in keys else 0))
    if kind == "topic" and len(place) >= 2:
        part = place[2] if len(place) >= 3 else "result"
        window.show_place(Place(sheet, Tab.RESULTS if part == "result" else Tab.ISSUES))
        panel = editor.results if part == "result" else editor.issues
        index = next((n for n, t in enumerate(sheet.topics) if t.heading == place[1]), None)
        if panel is None or index is None or index >= len(panel.rows):
            return True
        row = panel.rows[index]
        target = row.editors[1 if part == "policy" else 0].edit if row.editors else row.heading
        panel.scroll.ensureWidgetVisible(row.heading)
        return _focus(target)
    window.show_place(Place(sheet, Tab.INFO))
    return True


def _focus(widget: QWidget | None) -> bool:
    if widget is not None:
        widget.setFocus()
    return True


def _select(table: Any, index: Any) -> bool:
    if index.isValid():
        table.setFocus()
        table.setCurrentIndex(index)
        table.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        table.scrollTo(index)
    return True
