"""The findings model sorts itself (once per change, not through a proxy's comparisons); ties keep the
order of the checks, and a sort keeps the selected finding selected."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from evaleditor.checks import Finding, Level
from evaleditor.checks.findings import Area, Place
from evaleditor.gui.problems_model import LEVEL, MESSAGE, PLACE, SHEET, ProblemsFilter, ProblemsModel
from evaleditor.gui.problems_panel import ProblemsPanel


def finding(level: Level, sheet: int, where: str, message: str) -> Finding:
    return Finding(level, f"code-{message}", sheet, f"施策{sheet}", Place(Area.SHEET, "name"), where, message)


FINDINGS = [
    finding(Level.NOTICE, 2, "い", "c"),
    finding(Level.ERROR, 1, "う", "a"),
    finding(Level.WARNING, 0, "あ", "b"),
    finding(Level.ERROR, 0, "あ", "d"),
    finding(Level.NOTICE, 1, "い", "e"),
]


def messages(model) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(row, MESSAGE).data() for row in range(model.rowCount())]


def test_the_model_passes_qts_model_tests_while_it_sorts_and_changes(qtmodeltester, qtbot):
    model = ProblemsModel()
    model.set_findings(FINDINGS)
    qtmodeltester.check(model)
    model.sort(PLACE, Qt.SortOrder.DescendingOrder)
    model.set_findings(FINDINGS[:3])
    qtmodeltester.check(model)


def test_sorting_by_each_column_keeps_ties_in_the_order_of_the_checks():
    model = ProblemsModel()
    model.set_findings(FINDINGS)
    assert messages(model) == ["c", "a", "b", "d", "e"]  # not sorted yet: as checked
    model.sort(LEVEL, Qt.SortOrder.AscendingOrder)
    assert messages(model) == ["a", "d", "b", "c", "e"]  # worst first, ties as checked
    model.sort(LEVEL, Qt.SortOrder.DescendingOrder)
    assert messages(model) == ["e", "c", "b", "d", "a"]
    model.sort(SHEET, Qt.SortOrder.AscendingOrder)
    assert messages(model) == ["b", "d", "a", "e", "c"]
    model.sort(PLACE, Qt.SortOrder.AscendingOrder)
    assert messages(model) == ["b", "d", "c", "e", "a"]
    model.set_findings(list(reversed(FINDINGS)))  # new findings are shown in the chosen order
    assert messages(model) == ["d", "b", "e", "c", "a"]
    assert model.checked == list(reversed(FINDINGS))


def test_a_sort_keeps_the_selected_finding_selected(qtbot):
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.set_findings(FINDINGS)
    proxy: ProblemsFilter = panel.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, MESSAGE).data() == "e")
    panel.view.selectionModel().setCurrentIndex(
        proxy.index(row, LEVEL), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    panel.view.sortByColumn(MESSAGE, Qt.SortOrder.DescendingOrder)  # as a click on the header does
    assert [proxy.index(r, MESSAGE).data() for r in range(proxy.rowCount())] == ["e", "d", "c", "b", "a"]
    assert panel.current_finding() is FINDINGS[4]
    assert [i.row() for i in panel.view.selectionModel().selectedRows()] == [0]
    assert panel.view.horizontalHeader().sortIndicatorSection() == MESSAGE


def test_hidden_levels_and_the_text_filter_apply_to_the_sorted_findings(qtbot):
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.set_findings(FINDINGS)
    panel.buttons[Level.NOTICE].click()  # hides the notices
    assert [panel.proxy.index(r, MESSAGE).data() for r in range(panel.proxy.rowCount())] == ["a", "d", "b"]
    panel.search.setText("あ")
    assert [panel.proxy.index(r, MESSAGE).data() for r in range(panel.proxy.rowCount())] == ["d", "b"]
