"""名前を付けて保存 proposes a sensible folder, never the folder the program was started from."""

from pathlib import Path


def test_a_new_project_is_proposed_beside_the_last_project_used(qtbot, make_window, dialogs, example, tmp_path,
                                                                monkeypatch):
    monkeypatch.chdir(tmp_path / "..")  # the working folder must not matter
    window = make_window(example)
    window.new_file()
    proposals = []
    dialogs.save_path = lambda title, filters, suggested="": proposals.append(suggested) or None
    assert window.save_as() is False
    (proposal,) = proposals
    assert Path(proposal).parent == example.parent
    assert proposal.endswith(".evproj")


def test_an_open_project_is_proposed_under_its_own_name(qtbot, window, dialogs, example):
    proposals = []
    dialogs.save_path = lambda title, filters, suggested="": proposals.append(suggested) or None
    window.save_as()
    assert proposals == [str(example)]
