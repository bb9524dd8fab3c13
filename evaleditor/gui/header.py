"""A horizontal header with a band over groups of columns (実績値 over the year columns)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

from evaleditor.gui.indicator_model import BAND_ROLE


class BandedHeader(QHeaderView):
    """Columns whose model header has a BAND_ROLE text share one cell above their own labels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.setSectionsClickable(True)  # a click selects the column, e.g. one year to copy
        self.setHighlightSections(False)

    def band(self, logical: int) -> str | None:
        model = self.model()
        return model.headerData(logical, Qt.Orientation.Horizontal, BAND_ROLE) if model else None

    def _has_bands(self) -> bool:
        model = self.model()
        return bool(model) and any(self.band(c) for c in range(model.columnCount()))

    def sizeHint(self) -> QSize:
        size = super().sizeHint()
        line = self.fontMetrics().height() + 8
        size.setHeight(max(size.height(), line) + (line if self._has_bands() else 0))
        return size

    def _band_span(self, logical: int, band: str) -> tuple[int, int]:
        """Viewport x and width of the run of adjacent sections sharing ``band``."""
        first = last = self.visualIndex(logical)
        while first > 0 and self.band(self.logicalIndex(first - 1)) == band:
            first -= 1
        while last < self.count() - 1 and self.band(self.logicalIndex(last + 1)) == band:
            last += 1
        left = self.sectionViewportPosition(self.logicalIndex(first))
        right = self.sectionViewportPosition(self.logicalIndex(last)) + self.sectionSize(self.logicalIndex(last))
        return left, right - left

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        if not rect.isValid():
            return
        band = self.band(logical)
        if not self._has_bands() or not band:
            super().paintSection(painter, rect, logical)
            return
        half = rect.height() // 2
        # the band: drawn over its whole span, clipped to this section so neighbours line up
        x, width = self._band_span(logical, band)
        top = QRect(rect.x(), rect.y(), rect.width(), half)
        painter.save()
        painter.setClipRect(top)
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = QRect(x, rect.y(), width, half)
        option.text = band
        option.textAlignment = Qt.AlignmentFlag.AlignCenter
        option.section = logical
        option.position = QStyleOptionHeader.SectionPosition.OnlyOneSection
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()
        painter.save()
        super().paintSection(painter, QRect(rect.x(), rect.y() + half, rect.width(), rect.height() - half), logical)
        painter.restore()
