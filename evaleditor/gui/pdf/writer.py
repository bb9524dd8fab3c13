"""PDF export: ``evaleditor export PROJECT.evproj -o OUT.pdf`` and 書き出し → PDF.

Runs without a display: when no Qt application exists, one is created, on the
``offscreen`` platform when the machine has no display and none was chosen.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter

from evaleditor.errors import InputError
from evaleditor.gui.pdf.renderer import ProjectRenderer
from evaleditor.model import Project

#: Device units per inch of the PDF: fine enough that text metrics need no rounding.
RESOLUTION = 600
#: Page margins in millimetres (left, top, right, bottom); the footer sits inside the bottom one's edge.
MARGINS_MM = (15.0, 12.0, 15.0, 10.0)

_app: QGuiApplication | None = None


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new one (offscreen when there is no display)."""
    global _app
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError("a non-GUI QCoreApplication is running; PDF export needs QGuiApplication")
    no_display = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and no_display and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication(sys.argv[:1] or ["evaleditor"])
    return _app


def a4_layout() -> QPageLayout:
    left, top, right, bottom = MARGINS_MM
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(left, top, right, bottom), QPageLayout.Unit.Millimeter)


def document_title(project: Project) -> str:
    if len(project.sheets) == 1:
        sheet = project.sheets[0]
        return f"{sheet.title} {sheet.display_name()}".strip()
    return project.settings.title


def export_pdf_bytes(project: Project, progress: Callable[[int, int], None] | None = None) -> bytes:
    """The project as an A4 PDF: every sheet from a new page, the font embedded.

    ``progress(done, total)`` reports the work in ``total`` = 2 × sheets steps: first each sheet laid out
    (1…sheets), then each sheet's pages painted (sheets+1…total). It may raise to stop the export
    (the progress dialog's キャンセル); nothing is returned then.
    """
    if not project.sheets:
        raise InputError(None, "書き出すシートがありません（プロジェクトにシートが 1 枚もありません）")
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(a4_layout())
    writer.setTitle(document_title(project))
    writer.setCreator("evaleditor")
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    sheets = len(project.sheets)
    report = progress or (lambda _done, _total: None)
    renderer = ProjectRenderer(project, writer, area.width(), area.height(),
                               lambda laid_out: report(laid_out, 2 * sheets))
    painter = QPainter(writer)
    try:
        painted = 0
        for index, page in enumerate(renderer.pages):
            if index:
                writer.newPage()
            renderer.paint(painter, index)
            if index + 1 == len(renderer.pages) or renderer.pages[index + 1].sheet is not page.sheet:
                painted += 1
                report(sheets + painted, 2 * sheets)
    finally:
        painter.end()
    buffer.close()
    return renderer.repair_pdf(bytes(data.data()))
