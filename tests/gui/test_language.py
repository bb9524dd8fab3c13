"""Japanese by default with Qt's own Japanese strings; English through the compiled translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from evaleditor.gui.app import TRANSLATIONS, install_translations
from evaleditor.gui.mainwindow import MainWindow


def installed(language: str):  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    translators = install_translations(app, language)
    return app, translators


def test_japanese_loads_qts_own_japanese_strings(qtbot):
    app, translators = installed("ja")
    try:
        assert len(translators) == 1
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_english_translates_the_whole_window(qtbot, qsettings, dialogs):
    assert (TRANSLATIONS / "evaleditor_en.qm").exists()
    app, translators = installed("en")
    try:
        assert len(translators) == 2
        window = MainWindow(qsettings, dialogs)
        qtbot.addWidget(window)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == ["&File", "&Edit", "&Sheet", "&Tools", "&View", "&Help"]
        tabs = [window.editor.tabs.tabText(i) for i in range(window.editor.tabs.count())]
        assert tabs == ["Basics", "Indicators", "Programs and budget", "Results", "Issues and policies"]
        assert window.windowTitle() == "Untitled[*] - evaleditor"
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_every_english_string_is_translated():
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parents[2] / "resources" / "translations" / "evaleditor_en.ts"
    messages = list(ET.parse(ts).getroot().iter("message"))
    assert len(messages) > 150
    unfinished = [m.findtext("source") for m in messages
                  if m.find("translation").get("type") in ("unfinished", "vanished") or not m.findtext("translation")]
    assert unfinished == []


def test_translation_source_lists_every_string_of_the_code(tmp_path):
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lupdate")
    assert lupdate, "pyside6-lupdate comes with PySide6"
    fresh = tmp_path / "fresh.ts"
    code = sorted(str(p) for p in (root / "evaleditor" / "gui").glob("*.py"))
    subprocess.run([lupdate, *code, "-ts", str(fresh)], check=True, capture_output=True)

    def sources(path: Path) -> set[tuple[str, str]]:
        return {(context.findtext("name"), message.findtext("source"))
                for context in ET.parse(path).getroot().iter("context") for message in context.iter("message")}

    committed = sources(root / "resources" / "translations" / "evaleditor_en.ts")
    missing = sources(fresh) - committed
    assert not missing, f"run scripts/translations.py and translate in pyside6-linguist: {sorted(missing)[:5]}"
