"""基本情報: 施策番号, 施策名, the printed title and 関係部."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from evaleditor.gui.document import Part, Place, ProjectDocument, Tab
from evaleditor.gui.widgets import BoundLineEdit, StringListEditor
from evaleditor.model import Sheet


class InfoPanel(QWidget):
    def __init__(self, doc: ProjectDocument, sheet: Sheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        place = Place(sheet, Tab.INFO)
        self.number = BoundLineEdit(doc, sheet, Part.INFO, sheet, "policy_number", self.tr("施策番号"), place, self)
        self.name = BoundLineEdit(doc, sheet, Part.INFO, sheet, "policy_name", self.tr("施策名"), place, self)
        self.title = BoundLineEdit(doc, sheet, Part.INFO, sheet, "title", self.tr("表題"), place, self)
        self.departments = StringListEditor(doc, sheet, Part.DEPARTMENTS, sheet.departments, self.tr("関係部"),
                                            place, self)
        self.number.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000-00-00") + 24)
        self.departments.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        form = QFormLayout()
        form.addRow(self.tr("施策番号"), self.number)
        form.addRow(self.tr("施策名"), self.name)
        form.addRow(self.tr("表題"), self.title)
        form.addRow(self.tr("関係部"), self.departments)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

    def detach(self) -> None:
        for editor in (self.number, self.name, self.title, self.departments):
            editor.detach()
