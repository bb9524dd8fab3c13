"""印刷 and 印刷プレビュー paint the same pages as the PDF export, on a QPrinter."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from evaleditor.gui.pdf.printing import new_printer, open_print_preview, print_preview_dialog, print_project
from evaleditor.gui.pdf.writer import export_pdf_bytes
from tests import factories
from tests.gui.pdf.conftest import page_count, page_texts, squeeze


def pdf_printer(path):
    printer = new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_print_project_prints_every_page_like_the_pdf_export(sample_project, tmp_path):
    printed = tmp_path / "printed.pdf"
    assert print_project(sample_project, pdf_printer(printed)) == page_count_of_export(sample_project, tmp_path)
    assert page_count(printed) == page_count_of_export(sample_project, tmp_path)
    text = squeeze("".join(page_texts(printed)))
    for _, indicator in sample_project.sheets[0].all_indicators():
        assert squeeze(indicator.name) in text


def page_count_of_export(project, tmp_path):
    path = tmp_path / "exported.pdf"
    path.write_bytes(export_pdf_bytes(project))
    return page_count(path)


def test_print_project_honours_a_page_range(tmp_path):
    project = factories.project(["2年度", "3年度"], sheets=3)
    printer = pdf_printer(tmp_path / "range.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert print_project(project, printer) == 1
    pages = page_texts(tmp_path / "range.pdf")
    assert len(pages) == 1 and project.sheets[1].policy_name in pages[0]


def test_preview_shows_the_projects_pages(qtbot, tmp_path):
    project = factories.project(["2年度", "3年度", "4年度"], sheets=2)
    dialog = print_preview_dialog(project, printer=pdf_printer(tmp_path / "preview.pdf"))
    qtbot.addWidget(dialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    with qtbot.waitSignal(dialog.paintRequested):
        dialog.show()
    qtbot.waitUntil(lambda: preview.pageCount() > 0)
    assert preview.pageCount() == 2  # one page per sheet
    assert dialog.windowTitle() == "印刷プレビュー"


def test_open_print_preview_is_non_blocking(qtbot):
    project = factories.project(["2年度", "3年度"], sheets=1)
    dialog = open_print_preview(project)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.findChild(QPrintPreviewWidget).pageCount() == 1)
    dialog.close()


def test_printing_to_a_pdf_file_keeps_the_characters(sample_project, tmp_path):
    printed = tmp_path / "printed.pdf"
    print_project(sample_project, pdf_printer(printed))
    text = "".join(page_texts(printed))
    assert not [c for c in text if 0x2E80 <= ord(c) <= 0x2FDF]
    assert "人" in text
