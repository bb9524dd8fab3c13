"""The start-up floor: a bare PySide6 main window with a table, shown, painted once, then quit.

It says "shown" at the same moment as ``evaleditor --smoke-test``: in the event-loop pass after the
window's first paint.
"""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableWidget(10, 8)
for row in range(10):
    for column in range(8):
        table.setItem(row, column, QTableWidgetItem(f"{row * column:,}"))
window.setCentralWidget(table)
window.resize(1200, 800)


def shown() -> None:
    print("shown", flush=True)  # the benchmark times the process until this line
    app.quit()


class FirstPaint(QObject):
    seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, shown)  # after the whole frame, as the app's smoke test
        return False


first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.show()
sys.exit(app.exec())
