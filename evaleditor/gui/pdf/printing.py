"""印刷 and 印刷プレビュー: the same pages as the PDF, painted on a QPrinter.

For the main window: ``open_print_preview(project, parent)`` shows a preview
whose print button prints; ``print_project(project, printer)`` prints to a
printer set up by a QPrintDialog (or to a PDF file, in tests).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from evaleditor.applog import log
from evaleditor.errors import SaveError
from evaleditor.gui.pdf.renderer import ProjectRenderer
from evaleditor.gui.pdf.writer import a4_layout, document_title
from evaleditor.model import Project
from evaleditor.storage.atomic import write_atomic


def new_printer() -> QPrinter:
    """A printer preset to A4 portrait with the PDF's margins (the user may change them)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_layout())
    return printer


def print_project(project: Project, printer: QPrinter) -> int:
    """Print every page (or the range chosen in the print dialog); the number of pages printed."""
    if not printer.docName():
        printer.setDocName(document_title(project))
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    renderer = ProjectRenderer(project, printer, area.width(), area.height())
    first, last = 1, len(renderer)
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(1, printer.fromPage()), min(last, printer.toPage() or last)
    if not len(renderer) or first > last:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    writes_pdf = (painter.paintEngine().type() == QPaintEngine.Type.Pdf
                  and printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and bool(printer.outputFileName()))
    try:
        for number in range(first, last + 1):
            if number > first:
                printer.newPage()
            renderer.paint(painter, number - 1)
    finally:
        painter.end()
    if writes_pdf:  # printed to a PDF file, not to paper or a preview
        _fix_pdf_file(Path(printer.outputFileName()), renderer)
    return last - first + 1


def _fix_pdf_file(path: Path, renderer: ProjectRenderer) -> None:
    """"Print to file" wrote a PDF: make its text extract as drawn, as the PDF export does."""
    try:
        data = path.read_bytes()
        fixed = renderer.repair_pdf(data)
        if fixed is not data:
            write_atomic(path, fixed, keep_backup=False)
    except (OSError, SaveError):
        log.warning("could not repair the text map of %s", path, exc_info=True)


def print_preview_dialog(project: Project, parent: QWidget | None = None,
                         printer: QPrinter | None = None) -> QPrintPreviewDialog:
    """A preview of the project's pages; its print button prints them."""
    printer = printer or new_printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog._printer = printer  # type: ignore[attr-defined]  # Qt does not own the printer: keep it alive
    dialog.setWindowTitle(QCoreApplication.translate("PrintPreview", "印刷プレビュー"))
    dialog.paintRequested.connect(lambda target: print_project(project, target))
    dialog.resize(900, 1000)
    return dialog


def open_print_preview(project: Project, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """Show the preview without blocking and return it (it deletes itself when closed)."""
    dialog = print_preview_dialog(project, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
