from pathlib import Path

from PySide6.QtWidgets import QTreeWidget

from evaleditor.gui.app import ProjectWindow

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "hiratsuka-policy4-r2.evproj"


def test_window_shows_the_example_projects_sheets(qtbot):
    window = ProjectWindow(EXAMPLE)
    qtbot.addWidget(window)
    window.show()
    tree = window.centralWidget()
    assert isinstance(tree, QTreeWidget)
    assert tree.topLevelItemCount() == 1
    assert tree.topLevelItem(0).text(1) == "産業の活性化を促進する"
    assert window.windowTitle().startswith("hiratsuka-policy4-r2.evproj")
