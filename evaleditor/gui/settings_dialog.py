"""The project settings dialog: municipality, plan, year columns, year under review, labels, export font."""

from __future__ import annotations

import copy
import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from evaleditor.gui import field_help
from evaleditor.gui.commands import ProjectStateCommand
from evaleditor.gui.dialogs import Dialogs
from evaleditor.gui.document import ProjectDocument
from evaleditor.gui.rating_bands_editor import RatingBandsEditor
from evaleditor.model import FiscalYear, ProjectSettings
from evaleditor.model.eras import label_year, mismatched_years, project_era, western_year
from evaleditor.gui.access_keys import name_standard_buttons

ORIGINAL = Qt.ItemDataRole.UserRole + 1
# the label a row had before its last edit (its Western year follows the label when it matched it)
PREVIOUS = Qt.ItemDataRole.UserRole + 2
_NUMBERED = re.compile(r"^(?P<head>.*?)(?P<number>\d+)(?P<tail>\D*)$")



def next_label(label: str) -> str:
    """``5年度`` → ``6年度``, ``令和5年度`` → ``令和6年度``; a label without a number gets ``（次）``."""
    if label.startswith("元") or "元年" in label:
        label = label.replace("元", "1", 1)
    match = _NUMBERED.match(label)
    if not match:
        return f"{label}（次）"
    return f"{match['head']}{int(match['number']) + 1}{match['tail']}"


class SettingsDialog(QDialog):
    def __init__(self, settings: ProjectSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("プロジェクトの設定"))
        self.original = settings
        self.municipality = QLineEdit(settings.municipality, self)
        self.plan = QLineEdit(settings.plan, self)
        self.title = QLineEdit(settings.title, self)
        self.baseline = QLineEdit(settings.baseline_label, self)
        self.target = QLineEdit(settings.target_label, self)
        self.font_name = QComboBox(self)
        self.font_name.setEditable(True)
        self.font_name.addItems(sorted(set(QFontDatabase.families()) | {settings.font_name}))
        self.font_name.setCurrentText(settings.font_name)
        self.font_size = QDoubleSpinBox(self)
        self.font_size.setRange(6, 28)
        self.font_size.setDecimals(1)
        self.font_size.setSingleStep(0.5)
        self.font_size.setSuffix(" pt")
        self.font_size.setValue(float(settings.font_size))
        self.char_limit = QSpinBox(self)
        self.char_limit.setRange(0, 100000)
        self.char_limit.setSpecialValueText(self.tr("なし"))
        self.char_limit.setValue(settings.char_limit or 0)
        self.excel_charts = QCheckBox(self.tr("Excel にグラフを入れる(&E)"), self)
        self.excel_charts.setChecked(settings.excel_charts)
        self.excel_charts.setToolTip(self.tr("書き出した Excel の指標の表の横に、指標ごとのグラフを入れます"))
        self.bands = RatingBandsEditor(settings.rating_bands, self)
        self.bands.edited.connect(lambda: self._years_edited())

        self.years = QTableWidget(0, 2, self)
        self.years.setHorizontalHeaderLabels([self.tr("表示名"), self.tr("西暦")])
        self.years.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.years.verticalHeader().setVisible(True)
        for year in settings.years:
            self._append_year(year.label, year.western_year, year.label)
        self.count = QSpinBox(self)
        self.count.setRange(1, 30)
        self.count.setValue(max(1, len(settings.years)))
        self.count.valueChanged.connect(self._set_count)
        up, down = QPushButton(self.tr("上へ(&U)"), self), QPushButton(self.tr("下へ(&D)"), self)
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        self.review = QComboBox(self)
        self.years.itemChanged.connect(self._years_edited)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.error.setWordWrap(True)
        self.fix_years = QPushButton(self.tr("西暦を表示名に合わせる(&W)"), self)
        self.fix_years.setToolTip(self.tr("表示名が示す年度と違う西暦を、表示名どおりに直します（表示名の方が違うときは、表示名を直してください）"))
        self.fix_years.clicked.connect(self._fix_western_years)

        general = QGroupBox(self.tr("計画"), self)
        form = QFormLayout(general)
        form.addRow(self.tr("市町村名(&M)"), self.municipality)
        form.addRow(self.tr("計画名(&P)"), self.plan)
        form.addRow(self.tr("新しいシートの表題(&T)"), self.title)
        years_box = QGroupBox(self.tr("年度の列"), self)
        years_layout = QVBoxLayout(years_box)
        count_row = QHBoxLayout()
        count_label = QLabel(self.tr("列の数(&C)"), self)
        count_label.setBuddy(self.count)
        count_row.addWidget(count_label)
        count_row.addWidget(self.count)
        count_row.addStretch(1)
        count_row.addWidget(up)
        count_row.addWidget(down)
        years_layout.addLayout(count_row)
        years_layout.addWidget(self.years)
        review_row = QFormLayout()
        review_row.addRow(self.tr("評価対象年度(&R)"), self.review)
        self.review.setWhatsThis(field_help.lookup("評価対象年度"))
        self.baseline.setWhatsThis(field_help.lookup("策定時"))
        years_layout.addLayout(review_row)
        labels = QGroupBox(self.tr("列名と書き出し"), self)
        form2 = QFormLayout(labels)
        form2.addRow(self.tr("基準値の列名(&B)"), self.baseline)
        form2.addRow(self.tr("目標値の列名(&G)"), self.target)
        form2.addRow(self.tr("書き出しのフォント(&F)"), self.font_name)
        form2.addRow(self.tr("文字の大きさ(&S)"), self.font_size)
        form2.addRow(self.tr("文字数の上限（各欄）(&L)"), self.char_limit)
        form2.addRow("", self.excel_charts)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        name_standard_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(general)
        left.addWidget(labels)
        left.addWidget(self.bands)
        left.addStretch(1)
        columns.addLayout(left, 1)
        columns.addWidget(years_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        error_row = QHBoxLayout()
        error_row.addWidget(self.error, 1)
        error_row.addWidget(self.fix_years, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(error_row)
        layout.addWidget(self.buttons)
        self._years_edited()
        self.review.setCurrentIndex(max(0, self.review.findData(settings.review_year)))

    # -- year rows
    def _append_year(self, label: str, western: int | None, original: str | None) -> None:
        row = self.years.rowCount()
        self.years.blockSignals(True)
        self.years.insertRow(row)
        item = QTableWidgetItem(label)
        item.setData(ORIGINAL, original)
        item.setData(PREVIOUS, label)
        self.years.setItem(row, 0, item)
        self.years.setItem(row, 1, QTableWidgetItem("" if western is None else str(western)))
        self.years.blockSignals(False)

    def _set_count(self, count: int) -> None:
        while self.years.rowCount() < count:
            labels = self.labels()
            last = labels[-1] if labels else "1年度"
            label = next_label(last) if labels else last
            # a bare label in the era the other rows count in (平成29年度, 30年度 → 31年度 = 2019)
            self._append_year(label, label_year(label, project_era(self._years())) or western_year(label), None)
        while self.years.rowCount() > count:
            self.years.removeRow(self.years.rowCount() - 1)
        self._years_edited()

    def _move(self, delta: int) -> None:
        row = self.years.currentRow()
        target = row + delta
        if not (0 <= row < self.years.rowCount() and 0 <= target < self.years.rowCount()):
            return
        self.years.blockSignals(True)
        items = [self.years.takeItem(row, c) for c in range(2)]
        others = [self.years.takeItem(target, c) for c in range(2)]
        for c in range(2):
            self.years.setItem(target, c, items[c])
            self.years.setItem(row, c, others[c])
        self.years.blockSignals(False)
        self.years.setCurrentCell(target, 0)
        self._years_edited()

    def labels(self) -> list[str]:
        return [(self.years.item(r, 0).text() if self.years.item(r, 0) else "").strip()
                for r in range(self.years.rowCount())]

    def _years(self) -> list[tuple[str, int | None]]:
        """(label, Western year or None) of each row as typed."""
        result = []
        for r, label in enumerate(self.labels()):
            western = self.years.item(r, 1).text().strip() if self.years.item(r, 1) else ""
            result.append((label, int(western) if western.isdigit() else None))
        return result

    def _label_edited(self, item: QTableWidgetItem) -> str | None:
        """A row's label was edited: its Western year follows when it was empty or matched the old label.

        Returns the old label."""
        previous = item.data(PREVIOUS)
        self.years.blockSignals(True)
        item.setData(PREVIOUS, item.text().strip())
        western = self.years.item(item.row(), 1)
        if western is not None:
            years = self._years()
            before = list(years)
            before[item.row()] = (previous or "", before[item.row()][1])
            old_year = label_year(previous or "", project_era(before))
            new_year = label_year(item.text(), project_era(years)) or western_year(item.text())
            typed = western.text().strip()
            if new_year and (not typed or (old_year is not None and typed == str(old_year))):
                western.setText(str(new_year))
        self.years.blockSignals(False)
        return previous

    def _fix_western_years(self) -> None:
        self.years.blockSignals(True)
        for row, _, expected, _ in mismatched_years(self._years()):
            self.years.item(row, 1).setText(str(expected))
        self.years.blockSignals(False)
        self._years_edited()

    def _years_edited(self, item: QTableWidgetItem | None = None) -> None:
        current = self.review.currentData()
        if item is not None and item.column() == 0:
            previous = self._label_edited(item)
            if current is not None and current == previous:  # the year under review follows its label
                current = item.text().strip()
        self.review.blockSignals(True)
        self.review.clear()
        self.review.addItem(self.tr("自動（実績のある最新の年度）"), None)
        for label in self.labels():
            if label:
                self.review.addItem(label, label)
        self.review.setCurrentIndex(max(0, self.review.findData(current)))
        self.review.blockSignals(False)
        if self.count.value() != self.years.rowCount():
            self.count.blockSignals(True)
            self.count.setValue(self.years.rowCount())
            self.count.blockSignals(False)
        self.target.setPlaceholderText(self.tr("空欄なら「{0} 目標値」").format(
            self.labels()[-1] if self.labels() else ""))
        problem = self.problem()
        self.error.setText(problem or "")
        self.error.setVisible(bool(problem))
        wrong = {row for row, *_ in mismatched_years(self._years())}
        self.fix_years.setVisible(bool(problem) and bool(wrong))
        self.years.blockSignals(True)
        for row in range(self.years.rowCount()):  # the 西暦 that contradict their labels in red
            if (western := self.years.item(row, 1)) is not None:
                western.setData(Qt.ItemDataRole.ForegroundRole, QColor("#b71c1c") if row in wrong else None)
        self.years.blockSignals(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)

    def problem(self) -> str | None:
        labels = self.labels()
        for n, label in enumerate(labels):
            if not label:
                return self.tr("{0} 列目の年度の表示名が空です").format(n + 1)
            if label in labels[:n]:
                return self.tr("年度「{0}」が重複しています").format(label)
            western = self.years.item(n, 1).text().strip() if self.years.item(n, 1) else ""
            if western and not (western.isdigit() and 1900 <= int(western) <= 2200):
                return self.tr("「{0}」の西暦「{1}」は年ではありません").format(label, western)
        wrong = mismatched_years(self._years())
        if wrong:
            return "\n".join(self.tr("{0}は西暦{1}年度です（{2} になっています）").format(label, expected, western)
                             for _, label, expected, western in wrong)
        return self.bands.problem()

    # -- result
    def settings(self) -> ProjectSettings:
        result = copy.deepcopy(self.original)
        result.municipality = self.municipality.text().strip()
        result.plan = self.plan.text().strip()
        result.title = self.title.text().strip() or self.original.title
        result.baseline_label = self.baseline.text().strip()
        result.target_label = self.target.text().strip()
        result.font_name = self.font_name.currentText().strip() or self.original.font_name
        size = self.font_size.value()
        result.font_size = int(size) if size.is_integer() else size
        result.char_limit = self.char_limit.value() or None
        result.excel_charts = self.excel_charts.isChecked()
        result.rating_bands = self.bands.bands()
        result.years = []
        for r, label in enumerate(self.labels()):
            western = self.years.item(r, 1).text().strip() if self.years.item(r, 1) else ""
            result.years.append(FiscalYear(label, int(western) if western else None))
        result.review_year = self.review.currentData()
        return result

    def renames(self) -> dict[str, str]:
        """Original year label → label now, for the rows that were there when the dialog opened."""
        mapping = {}
        for r in range(self.years.rowCount()):
            original = self.years.item(r, 0).data(ORIGINAL)
            if original:
                mapping[original] = self.labels()[r]
        return mapping


def apply_settings(doc: ProjectDocument, dialogs: Dialogs, new: ProjectSettings, renames: dict[str, str]) -> bool:
    """Make ``new`` the project's settings as one undo step, renaming or dropping year-keyed values."""
    project = doc.project
    dropped = [label for label in project.settings.year_labels if label not in renames]
    lost = sum(1 for sheet in project.sheets for _, ind in sheet.all_indicators()
               for label in dropped if ind.actual(label) is not None)
    lost += sum(1 for sheet in project.sheets for label in dropped if label in sheet.budget)
    if lost and not dialogs.confirm(
            QCoreApplication.translate("SettingsDialog", "年度の列の削除"),
            QCoreApplication.translate("SettingsDialog", "削除する年度（{0}）の値が {1} 件あります。値も削除しますか？（元に戻すことができます）").format(
                "、".join(dropped), lost)):
        return False

    def mutate() -> None:
        vars(project.settings).update(copy.deepcopy(vars(new)))
        for sheet in project.sheets:
            for _, indicator in sheet.all_indicators():
                indicator.actuals = {renames[k]: v for k, v in indicator.actuals.items() if k in renames}
            sheet.budget = {renames[k]: v for k, v in sheet.budget.items() if k in renames}

    doc.undo_stack.push(ProjectStateCommand(doc, QCoreApplication.translate("SettingsDialog", "プロジェクトの設定の変更"), mutate))
    return True
