"""The start-up floor: a bare PySide6 main window with a table, shown, then quit."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableWidget(10, 8)
for row in range(10):
    for column in range(8):
        table.setItem(row, column, QTableWidgetItem(f"{row * column:,}"))
window.setCentralWidget(table)
window.resize(1200, 800)
window.show()


def shown() -> None:
    print("shown", flush=True)  # the benchmark times the process until this line
    app.quit()


QTimer.singleShot(0, shown)
sys.exit(app.exec())
