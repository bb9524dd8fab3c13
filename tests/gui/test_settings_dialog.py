"""The project settings dialog: year columns (count, labels, Western years), review year, labels, font."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from evaleditor.gui.document import Tab
from evaleditor.gui.settings_dialog import SettingsDialog, next_label
from evaleditor.storage.projectfile import load_project


def run_dialog(window, interact) -> None:  # type: ignore[no-untyped-def]
    """Open the settings as the menu does; ``interact(dialog)`` acts as the user, then OK is pressed."""
    def act() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog) and w.isVisible())
        try:
            interact(dialog)
        finally:  # a failing check must not leave the dialog waiting for a user
            ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
            if ok.isEnabled():
                ok.click()
            else:
                dialog.reject()
    QTimer.singleShot(0, act)
    window.settings_action.trigger()


def headers(window) -> list[str]:  # type: ignore[no-untyped-def]
    window.editor.show_tab(Tab.INDICATORS)
    model = window.editor.indicators.current_view().model
    return [model.headerData(c, 1) for c in range(model.columnCount())]


def test_adding_a_year_column_adds_it_to_every_table(qtbot, window):
    def interact(dialog):  # type: ignore[no-untyped-def]
        dialog.count.setValue(5)
        assert dialog.labels()[-1] == "6年度" and dialog.years.item(4, 1).text() == "2024"
        dialog.target.setText("")
    run_dialog(window, interact)
    settings = window.doc.project.settings
    assert settings.year_labels == ["2年度", "3年度", "4年度", "5年度", "6年度"]
    assert settings.years[-1].western_year == 2024
    assert headers(window)[3:9] == ["2年度", "3年度", "4年度", "5年度", "6年度", "6年度 目標値"]
    assert window.editor.budget.model.columnCount() == 5
    window.undo_action.trigger()
    assert settings.year_labels == ["2年度", "3年度", "4年度", "5年度"]
    assert headers(window)[7] == "5年度 目標値"


def test_renaming_years_keeps_their_values_and_saves(qtbot, window, example):
    def interact(dialog):  # type: ignore[no-untyped-def]
        for row in range(4):
            dialog.years.item(row, 0).setText(f"令和{row + 2}年度")
        dialog.review.setCurrentIndex(dialog.review.findData("令和2年度"))
        dialog.municipality.setText("平塚市（テスト）")
        dialog.font_size.setValue(11)
    run_dialog(window, interact)
    sheet = window.doc.project.sheets[0]
    assert sheet.indicator_groups[0].indicators[2].actuals == {"令和2年度": 2449}
    assert sheet.budget["令和2年度"].cost_thousand_yen == 1539950
    assert window.doc.project.settings.review_year == "令和2年度"
    assert window.save()
    saved = load_project(example)
    assert saved.settings.municipality == "平塚市（テスト）" and saved.settings.font_size == 11
    assert saved.sheets[0].indicator_groups[0].indicators[0].actuals == {"令和2年度": 18}


def test_removing_a_year_with_values_asks_before_dropping_them(qtbot, window, dialogs):
    def remove_first(dialog):  # type: ignore[no-untyped-def]
        dialog.years.setCurrentCell(0, 0)
        dialog._move(1)
        dialog._move(1)
        dialog._move(1)
        assert dialog.labels() == ["3年度", "4年度", "5年度", "2年度"]
        dialog.count.setValue(3)
    dialogs.confirms = [False]
    run_dialog(window, remove_first)
    assert "2年度" in dialogs.asked[-1] and "6 件" in dialogs.asked[-1]  # five actuals and one budget
    assert window.doc.project.settings.year_labels == ["2年度", "3年度", "4年度", "5年度"]
    dialogs.confirms = [True]
    run_dialog(window, remove_first)
    sheet = window.doc.project.sheets[0]
    assert window.doc.project.settings.year_labels == ["3年度", "4年度", "5年度"]
    assert sheet.budget == {} and all(not i.actuals for i in sheet.indicator_groups[0].indicators)
    window.undo_action.trigger()
    assert sheet.indicator_groups[0].indicators[2].actuals == {"2年度": 2449}


def test_duplicate_or_empty_year_labels_cannot_be_accepted(qtbot, window):
    seen = []

    def interact(dialog):  # type: ignore[no-untyped-def]
        dialog.years.item(1, 0).setText("2年度")
        seen.append((dialog.error.text(), dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()))
        dialog.years.item(1, 0).setText("")
        seen.append((dialog.error.text(), dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()))
    run_dialog(window, interact)
    assert seen == [("年度「2年度」が重複しています", False), ("2 列目の年度の表示名が空です", False)]
    assert window.doc.project.settings.year_labels == ["2年度", "3年度", "4年度", "5年度"]


def test_next_year_label_follows_the_pattern():
    assert next_label("5年度") == "6年度"
    assert next_label("令和元年度") == "令和2年度"
    assert next_label("R5") == "R6"
    assert next_label("最終") == "最終（次）"


def test_every_field_and_button_of_the_settings_has_its_own_access_key(qtbot, window):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from evaleditor.gui.access_keys import access_key

    dialog = SettingsDialog(window.doc.project.settings, window)
    qtbot.addWidget(dialog)
    labels = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    buttons = [b.text() for b in dialog.findChildren(QAbstractButton)
               if b.text() and b.parent() is not dialog.buttons]  # OK / キャンセル: Enter / Esc
    keys = [access_key(text) for text in labels + buttons]
    assert len(labels) >= 9 and None not in keys, labels + buttons
    assert len(set(keys)) == len(keys), sorted(zip(keys, labels + buttons))


def ok_enabled(dialog) -> bool:  # type: ignore[no-untyped-def]
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_relabelling_a_year_moves_its_western_year_with_the_label(qtbot, window):
    def interact(dialog):  # type: ignore[no-untyped-def]
        dialog.years.item(0, 0).setText("令和6年度")  # 2年度 = 2020 matched its label: it follows
        assert dialog.years.item(0, 1).text() == "2024"
        dialog.years.item(0, 1).setText("2019")        # typed by hand, then the label changed: kept
        dialog.years.item(0, 0).setText("令和7年度")
        assert dialog.years.item(0, 1).text() == "2019"
        assert dialog.error.text() == "令和7年度は西暦2025年度です（2019 になっています）" and not ok_enabled(dialog)
        dialog.years.item(0, 0).setText("令和元年度")
        dialog.years.item(0, 1).setText("2020")
        dialog.years.item(0, 0).setText("6年度")       # a bare label in the era the other rows count in
        assert dialog.years.item(0, 1).text() == "2020" and "6年度は西暦2024年度です" in dialog.error.text()
        dialog.years.item(0, 0).setText("2年度")
    run_dialog(window, interact)
    assert [(y.label, y.western_year) for y in window.doc.project.settings.years][0] == ("2年度", 2020)


def test_a_western_year_that_contradicts_its_label_is_pointed_out_and_fixed(qtbot, window):
    window.doc.project.settings.years[0].label = "令和6年度"  # as the dialog used to accept: 令和6年度 = 2020
    window.doc.project.rename_year("2年度", "令和6年度")
    seen = []

    def red(dialog):  # type: ignore[no-untyped-def]
        return [r for r in range(4) if dialog.years.item(r, 1).data(Qt.ItemDataRole.ForegroundRole) is not None]

    def interact(dialog):  # type: ignore[no-untyped-def]
        seen.append((dialog.error.text(), ok_enabled(dialog), dialog.fix_years.isVisibleTo(dialog)))
        assert red(dialog) == [0]
        dialog.fix_years.click()
        assert red(dialog) == []
        seen.append((dialog.error.text(), ok_enabled(dialog), dialog.fix_years.isVisibleTo(dialog)))
    run_dialog(window, interact)
    assert seen == [("令和6年度は西暦2024年度です（2020 になっています）", False, True), ("", True, False)]
    assert [y.western_year for y in window.doc.project.settings.years] == [2024, 2021, 2022, 2023]


def test_the_year_under_review_follows_its_relabelled_column(qtbot, window):
    window.doc.project.settings.review_year = "3年度"

    def interact(dialog):  # type: ignore[no-untyped-def]
        dialog.years.item(1, 0).setText("令和3年度")
        assert dialog.review.currentData() == "令和3年度"
    run_dialog(window, interact)
    assert window.doc.project.settings.review_year == "令和3年度"
    assert window.doc.project.settings.years[1].western_year == 2021


def test_an_added_year_is_counted_in_the_era_of_the_others(qtbot):
    from evaleditor.model import FiscalYear, ProjectSettings

    dialog = SettingsDialog(ProjectSettings(years=[FiscalYear("29年度", 2017), FiscalYear("30年度", 2018)]))
    qtbot.addWidget(dialog)
    dialog.count.setValue(3)
    assert dialog.labels()[-1] == "31年度" and dialog.years.item(2, 1).text() == "2019"
    assert dialog.error.isHidden() and ok_enabled(dialog)
