"""The insight settings in the project settings dialog: rating bands, Excel charts, the character limit."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from evaleditor.gui.rating_bands_editor import RatingBandsEditor
from evaleditor.model.rating import RatingBand, default_bands
from evaleditor.storage.projectfile import load_project
from tests.gui.test_indicator_table import indicator_view
from tests.gui.test_rate_columns import FOUNDERS, cells
from tests.gui.test_settings_dialog import run_dialog


def set_band(editor: RatingBandsEditor, row: int, label: str, minimum: str) -> None:
    editor.table.item(row, 0).setText(label)
    editor.table.item(row, 1).setText(minimum)


def test_bands_edited_in_the_dialog_rate_again_and_undo(qtbot, window, example):
    def interact(dialog):  # type: ignore[no-untyped-def]
        assert [(b.label, b.minimum_percent) for b in dialog.bands.bands()] == [
            ("A", 100), ("B", 80), ("C", 50), ("D", None)]
        set_band(dialog.bands, 1, "B", "60")
        dialog.bands.table.setCurrentCell(2, 0)
        dialog.bands.add_band()  # below C
        set_band(dialog.bands, 3, "C-", "25")
        dialog.excel_charts.setChecked(True)
        dialog.char_limit.setValue(300)
    run_dialog(window, interact)
    settings = window.doc.project.settings
    assert settings.rating_bands == [RatingBand("A", 100), RatingBand("B", 60), RatingBand("C", 50),
                                     RatingBand("C-", 25), RatingBand("D", None)]
    assert settings.excel_charts and settings.char_limit == 300
    view = indicator_view(window)
    assert cells(view, FOUNDERS)[2] == "B"
    assert cells(view, 4)[2] == "C-"  # 27.5%
    assert window.save()
    saved = load_project(example).settings
    assert saved.rating_bands == settings.rating_bands and saved.excel_charts
    window.undo_action.trigger()
    assert settings.rating_bands == default_bands() and not settings.excel_charts and settings.char_limit is None
    assert cells(indicator_view(window), FOUNDERS)[2] == "C"


def test_removing_a_band(qtbot, window):
    def interact(dialog):  # type: ignore[no-untyped-def]
        dialog.bands.table.setCurrentCell(1, 0)
        dialog.bands.remove_band()
    run_dialog(window, interact)
    assert [b.label for b in window.doc.project.settings.rating_bands] == ["A", "C", "D"]


def test_bands_are_checked_before_ok(qtbot, window):
    problems: list[str | None] = []

    def interact(dialog):  # type: ignore[no-untyped-def]
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        bands = dialog.bands
        for row, label, minimum in ((1, "B", "120"), (1, "", "80"), (1, "A", "80"), (1, "B", "8０%"),
                                    (1, "B", ""), (1, "B", "－")):
            set_band(bands, row, label, minimum)
            problems.append(dialog.error.text() if not ok.isEnabled() else None)
        set_band(bands, 1, "B", "80")
        assert ok.isEnabled() and not dialog.error.isVisible()
        bands.table.setCurrentCell(3, 0)
        bands.add_band()  # a new band goes above the open one, and needs a label
        assert bands.table.item(3, 0).text() == "" and not ok.isEnabled()
        set_band(bands, 3, "E", "10")
        assert ok.isEnabled()
        set_band(bands, 0, "", "100")  # left invalid: OK stays off and the dialog is cancelled

    run_dialog(window, interact)
    assert problems[0] == "評価「B」の下限（120%）は上の行より小さくしてください"
    assert problems[1] == "評価の区分 2 行目の評価が空です"
    assert problems[2] == "評価「A」が重複しています"
    assert problems[3] is not None and problems[3].startswith("評価「B」の下限: ")
    assert problems[4] == problems[5] == "下限のない評価の区分は最後の 1 行だけにしてください（「B」）"
    assert window.doc.project.settings.rating_bands == default_bands()  # cancelled


def test_no_bands_at_all_means_no_ratings(qtbot, window):
    def interact(dialog):  # type: ignore[no-untyped-def]
        while dialog.bands.table.rowCount():
            dialog.bands.table.setCurrentCell(0, 0)
            dialog.bands.remove_band()
    run_dialog(window, interact)
    assert window.doc.project.settings.rating_bands == []
    view = indicator_view(window)
    assert cells(view, FOUNDERS)[2] == "—"
    assert cells(view, FOUNDERS, 3)[2] == "達成率 67.3% に当てはまる評価の区分がありません"  # 3: ToolTipRole
