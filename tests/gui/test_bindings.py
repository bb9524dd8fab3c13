"""The Qt bindings themselves: a PySide6 release that miscounts references to None aborts the app.

PySide6 6.12.0 under Python 3.11 drops one reference to None on every call of a method returning
void; after a few thousand calls Python aborts ("none_dealloc"). Python 3.12+ makes None immortal,
so there the check passes trivially.
"""

import sys

from PySide6.QtWidgets import QLineEdit


def test_void_calls_keep_the_reference_count_of_none(qtbot):
    field = QLineEdit()
    qtbot.addWidget(field)
    before = sys.getrefcount(None)
    for _ in range(1000):
        field.setEnabled(True)
    assert sys.getrefcount(None) >= before - 50
