"""Going to the place of a finding: the sheet, the tab, then the cell or editor, which gets the focus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QWidget

from evaleditor.checks import Area, Finding
from evaleditor.gui.budget_panel import FIELDS
from evaleditor.gui.document import Place, Tab

if TYPE_CHECKING:
    from evaleditor.gui.mainwindow import MainWindow

_TOPIC_TABS = {"result": Tab.RESULTS, "heading": Tab.RESULTS, "issue": Tab.ISSUES, "policy": Tab.ISSUES}
_INDICATOR_KEYS = {"baseline": "baseline", "target": "target", "name": "name", "unit": "unit",
                   "direction": "direction"}


def _select_cell(view: QAbstractItemView, row: int, column: int) -> QWidget:
    model = view.model()
    index = model.index(row, column)
    view.setCurrentIndex(index)
    view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    view.scrollTo(index)
    view.setFocus()
    return view


def show_finding(window: MainWindow, finding: Finding) -> QWidget | None:
    """Show the place of ``finding`` in ``window``'s editor; returns the widget given the focus."""
    doc, editor = window.doc, window.editor
    if doc is None or editor is None or not 0 <= finding.sheet < len(doc.project.sheets):
        return None
    sheet = doc.project.sheets[finding.sheet]
    place = finding.place
    if place.area is Area.INDICATOR:
        groups = sheet.indicator_groups
        group = groups[place.group] if place.group is not None and place.group < len(groups) else None
        doc.placeRequested.emit(Place(sheet, Tab.INDICATORS, group))
        view = editor.indicators.current_view() if editor.indicators is not None else None
        if view is None or group is None or view.group is not group:
            return None
        key = f"actual:{place.year}" if place.field == "actuals" else _INDICATOR_KEYS.get(place.field, "name")
        keys = [c.key for c in view.model.columns]
        row = place.indicator if place.indicator is not None and place.indicator < view.model.rowCount() else 0
        return _select_cell(view.table, row, keys.index(key) if key in keys else 0)
    if place.area is Area.BUDGET:
        doc.placeRequested.emit(Place(sheet, Tab.BUDGET))
        budget = editor.budget
        if budget is None:
            return None
        years = budget.model.years()
        column = years.index(place.year) if place.year in years else 0
        row = FIELDS.index(place.field) if place.field in FIELDS else 0
        return _select_cell(budget.table, row, column)
    if place.area is Area.TOPIC:
        tab = _TOPIC_TABS.get(place.field, Tab.RESULTS)
        doc.placeRequested.emit(Place(sheet, tab))
        panel = editor.results if tab == Tab.RESULTS else editor.issues
        if panel is None or place.topic is None or place.topic >= len(panel.rows):
            return None
        row = panel.rows[place.topic]
        if place.field == "heading":
            target: QWidget = row.heading
        else:
            target = row.editors[1].edit if place.field == "policy" and len(row.editors) > 1 else row.editors[0].edit
        panel.scroll.ensureWidgetVisible(target)
        target.setFocus()
        return target
    doc.placeRequested.emit(Place(sheet, Tab.INFO))
    info = editor.info
    if info is None:
        return None
    target = {"policy_name": info.name, "title": info.title}.get(place.field, info.number)
    target.setFocus()
    return target
