"""The app makes no network requests: no network module is loaded, and no socket is ever connected.

Runs the editor (offscreen) on the example and every export in a fresh process whose sockets refuse
to connect and whose name lookups fail, then lists the network modules that got imported.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NETWORK_MODULES = ("http.client", "urllib.request", "ssl", "ftplib", "smtplib", "imaplib", "poplib",
                   "xmlrpc.client", "PySide6.QtNetwork", "requests", "urllib3", "httpx", "aiohttp")

_SCRIPT = """
import os, socket, sys, tempfile
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
attempts = []
def refuse(*args, **kwargs):
    attempts.append(args)
    raise OSError("network use is not allowed")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.getaddrinfo = refuse
socket.create_connection = refuse

from PySide6.QtCore import QSettings
from evaleditor.gui.app import create_application
from evaleditor.gui.mainwindow import MainWindow
from evaleditor.resources import example_project
from evaleditor.exchange.formats import EXPORTERS, export_bytes
from evaleditor.storage.projectfile import load_project

app = create_application()
folder = Path(tempfile.mkdtemp())
window = MainWindow(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
window.show()
assert window.open_path(example_project(), ask=False)
app.processEvents()
project = load_project(example_project())
for suffix in EXPORTERS:
    assert export_bytes(project, folder / f"x{suffix}")
window.close()
print(sorted(m for m in sys.modules if m in {modules!r}))
print(attempts)
"""


def test_no_network_module_is_loaded_and_no_connection_made():
    script = _SCRIPT.replace("{modules!r}", repr(set(NETWORK_MODULES)))
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    loaded, attempts = result.stdout.strip().splitlines()[-2:]
    assert loaded == "[]"
    assert attempts == "[]"
