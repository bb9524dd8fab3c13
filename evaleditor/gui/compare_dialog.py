"""ツール → 比較: what changed, sheet by sheet, between another project file and the open project.

The left list holds every sheet of either project (matched by 施策番号; sheets that share a number
by their name and 関係部, see :func:`evaleditor.exchange.compare.compare_projects`) with its number of changes;
the table lists the changes (項目, 変更前, 変更後); below, the selected change's old and new texts
are shown side by side with the changed characters highlighted. Double-clicking a change shows its
place in the editor (see :mod:`evaleditor.gui.compare_jump`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QGridLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QSplitter, QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget,
)

from evaleditor.exchange.compare import Change, SheetComparison
from evaleditor.gui.dialogs import failure_message
from evaleditor.gui.textdiff import diff_html
from evaleditor.model.richtext import escape
from evaleditor.gui.access_keys import name_standard_buttons

if TYPE_CHECKING:
    from evaleditor.gui.mainwindow import MainWindow

translate = QCoreApplication.translate

#: background of a change's row by its kind
KIND_COLORS = {"changed": "#fff3c4", "added": "#dcf2dc", "removed": "#fbdcdc"}
CHANGE_ROLE = Qt.ItemDataRole.UserRole


class CompareDialog(QDialog):
    def __init__(self, comparisons: list[SheetComparison], old_name: str, new_name: str,
                 jump: Callable[[SheetComparison, tuple[Any, ...]], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparisons = comparisons
        self.jump = jump
        self.setWindowTitle(self.tr("比較: {0} → {1}").format(old_name, new_name))
        self.setWindowFlag(Qt.WindowType.Window)
        changed = sum(1 for c in comparisons if c.changes or c.old is None or c.new is None)
        summary = QLabel(self.tr("変更前: <b>{0}</b>　変更後: <b>{1}</b>　— {2} シート中 {3} シートに違いがあります。"
                                 "変更をダブルクリックすると、編集画面のその場所を表示します。").format(
            escape(old_name), escape(new_name), len(comparisons), changed), self)
        summary.setWordWrap(True)

        self.sheets = QListWidget(self)
        self.sheets.setWordWrap(True)
        for comparison in comparisons:
            item = QListWidgetItem(self._sheet_label(comparison), self.sheets)
            item.setToolTip(item.text())  # whole, also where a long label is cut off
            if comparison.changes or comparison.old is None or comparison.new is None:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        self.sheets.currentRowChanged.connect(self._show_sheet)

        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("項目"), self.tr("変更前"), self.tr("変更後")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_change(row))
        self.table.cellDoubleClicked.connect(lambda row, _column: self.go_to(row))
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        self.old_text = QTextBrowser(self)
        self.new_text = QTextBrowser(self)
        detail = QWidget(self)
        grid = QGridLayout(detail)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("<b>変更前</b>（消えた文字に取り消し線）"), detail), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>変更後</b>（加わった文字を緑で表示）"), detail), 0, 1)
        grid.addWidget(self.old_text, 1, 0)
        grid.addWidget(self.new_text, 1, 1)

        right = QSplitter(Qt.Orientation.Vertical, self)
        table_box = QWidget(right)
        box = QVBoxLayout(table_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table, 1)
        box.addWidget(self.status)
        right.addWidget(table_box)
        right.addWidget(detail)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.sheets)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        em = self.fontMetrics().horizontalAdvance("M")
        widest = max((QFontMetrics(self.sheets.item(n).font()).horizontalAdvance(self.sheets.item(n).text()) + 2 * em
                      for n in range(self.sheets.count())), default=em * 16)
        split.setSizes([min(max(widest, em * 16), em * 30), em * 80])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        name_standard_buttons(buttons)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(em * 110, self.fontMetrics().height() * 40)
        first = next((n for n, c in enumerate(comparisons) if c.changes or c.old is None or c.new is None), 0)
        if comparisons:
            self.sheets.setCurrentRow(first)
        else:
            self.status.setText(self.tr("どちらのプロジェクトにもシートがありません。"))

    def _sheet_label(self, comparison: SheetComparison) -> str:
        sheet = comparison.new or comparison.old
        name = f"{comparison.policy_number} {sheet.policy_name if sheet else ''}".strip()
        if comparison.distinction:
            name += f"［{comparison.distinction}］"
        if comparison.old is None:
            return self.tr("{0}（追加されたシート）").format(name)
        if comparison.new is None:
            return self.tr("{0}（削除されたシート）").format(name)
        if not comparison.changes:
            return self.tr("{0}（変更なし）").format(name)
        return self.tr("{0}（{1} 件）").format(name, len(comparison.changes))

    def current_comparison(self) -> SheetComparison | None:
        row = self.sheets.currentRow()
        return self.comparisons[row] if 0 <= row < len(self.comparisons) else None

    def _show_sheet(self, row: int) -> None:
        comparison = self.current_comparison()
        changes = comparison.changes if comparison else []
        self.table.setRowCount(len(changes))
        for n, change in enumerate(changes):
            brush = QBrush(QColor(KIND_COLORS[change.kind]))
            # the kind in words too, not by colour alone: an empty side says なし (an empty value) or, for a
            # whole indicator or topic, 追加 or 削除 — as the command line prints them
            old = _one_line(change.old) or (self.tr("（追加）") if change.whole else self.tr("（なし）"))
            new = _one_line(change.new) or (self.tr("（削除）") if change.whole else self.tr("（なし）"))
            for column, text in enumerate((change.label, old, new)):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{change.old}\n→\n{change.new}" if column else change.label)
                item.setData(CHANGE_ROLE, n)
                if column or change.kind != "changed":
                    item.setBackground(brush)
                self.table.setItem(n, column, item)
        em = self.fontMetrics().horizontalAdvance("M")
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), em * 36))
        self.table.setColumnWidth(1, em * 22)
        if comparison is None:
            text = ""
        elif comparison.old is None:
            text = self.tr("このシートは比較したファイルにはありません（新しく加わったシート）。")
        elif comparison.new is None:
            text = self.tr("このシートは開いているプロジェクトにはありません（削除されたシート）。")
        elif not changes:
            text = self.tr("このシートに違いはありません。")
        else:
            text = ""
        if comparison is not None and comparison.note:
            text = " ".join(filter(None, (self.tr(
                "施策番号 {0} のシートが複数あり、施策名と関係部で区別できないため、順番で対応付けました。"
                "対応が違う場合は、施策名か関係部を直してから比較してください。").format(comparison.policy_number), text)))
        self.status.setText(text)
        self.status.setVisible(bool(text))
        if changes:
            self.table.setCurrentCell(0, 0)
        self._show_change(0 if changes else -1)

    def change_at(self, row: int) -> Change | None:
        comparison = self.current_comparison()
        if comparison is None or not 0 <= row < len(comparison.changes):
            return None
        return comparison.changes[row]

    def _show_change(self, row: int) -> None:
        change = self.change_at(row)
        if change is None:
            self.old_text.clear()
            self.new_text.clear()
            return
        old, new = diff_html(change.old, change.new)
        self.old_text.setHtml(old or self.tr("<i>（なし）</i>"))
        self.new_text.setHtml(new or self.tr("<i>（なし）</i>"))

    def go_to(self, row: int) -> None:
        comparison, change = self.current_comparison(), self.change_at(row)
        if comparison is not None and change is not None and self.jump is not None:
            self.jump(comparison, change.place)


def _one_line(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= 80 else flat[:79] + "…"


def compare_with_file(window: MainWindow) -> CompareDialog | None:
    """Choose another project file (e.g. an earlier submission) and show what the open project changed."""
    from evaleditor.exchange.compare import compare_projects
    from evaleditor.gui.compare_jump import show_change
    from evaleditor.storage.projectfile import load_project

    if window.doc is None:
        return None
    window._commit_pending_edit()
    folder = str(window.doc.path.parent) if window.doc.path else ""
    path = window.dialogs.open_path(translate("CompareActions", "比較するプロジェクト（以前の版など）を選択"),
                                    translate("CompareActions", "プロジェクト (*.evproj)"), folder)
    if path is None:
        return None
    try:
        old = load_project(path)
    except Exception as error:
        window.dialogs.error(failure_message(translate("CompareActions", "開けませんでした。"), error,
                                             f"opening {path} to compare"))
        return None
    comparisons = compare_projects(old, window.doc.project)
    dialog = CompareDialog(comparisons, path.name, window.doc.display_name(),
                           lambda comparison, place: show_change(window, comparison.policy_number, place,
                                                                 comparison.new), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.compare_dialog = dialog  # type: ignore[attr-defined]  # tests and screenshots reach it here
    dialog.show()
    return dialog
