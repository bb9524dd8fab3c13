"""PySide6 6.12.0 returned None from every void method without counting the reference.

On Python 3.11, where None is not immortal, a few thousand such calls (setters, painting) then
abort the interpreter with "none_dealloc: deallocating None". pyproject.toml excludes that
release; this test catches any other release with the same fault.
"""

import sys

from PySide6.QtCore import QObject, QPointF


def test_void_qt_calls_keep_none_counted():
    obj, point = QObject(), QPointF()
    before = sys.getrefcount(None)
    for _ in range(200):
        obj.setObjectName("x")
        point.setX(1.0)
    assert sys.getrefcount(None) - before > -100
