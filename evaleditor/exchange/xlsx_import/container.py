"""Checks on the file itself before any XML is parsed: is it a workbook, and a safe one?

Workbooks arrive by mail from outside, so everything here is cheap and
bounded: the zip directory is read (never the data) to refuse zip bombs by
their declared sizes — Python's zipfile never inflates an entry beyond its
declared size, so the declared sizes bound the work — and the first bytes tell
encrypted and legacy workbooks apart from random files.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from evaleditor.errors import InputError

#: More zip entries than any evaluation workbook has (a 100-sheet workbook has a few hundred).
MAX_ENTRIES = 10_000
#: Total uncompressed size of the parts the importer may parse (XML), in bytes.
MAX_XML_BYTES = 32 * 1024 * 1024
#: Total uncompressed size of everything (pictures included, which are never read).
MAX_TOTAL_BYTES = 1024 * 1024 * 1024

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")
_PARSED_SUFFIXES = (".xml", ".rels", ".vml")


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):,.0f} MB"


def _refuse_ole(path: Path) -> None:
    """An OLE2 compound file: a password-protected .xlsx or an old .xls."""
    with path.open("rb") as handle:
        head = handle.read(4 * 1024 * 1024)
    if _ENCRYPTION_STREAM in head:
        raise InputError(path, "パスワードで保護（暗号化）されたブックは読めません。"
                               "Excel でパスワードを解除して保存してから取り込んでください")
    raise InputError(path, "古い形式（.xls）のブックは読めません。Excel で .xlsx 形式で保存してから取り込んでください")


def check_workbook_file(path: Path) -> None:
    """Raise InputError unless ``path`` looks like an .xlsx workbook within the size limits."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise InputError(path, "ファイルが見つかりません") from None
    except OSError as exc:
        raise InputError(path, f"読み込めません（{exc.strerror or exc}）") from None
    if not head:
        raise InputError(path, "ファイルが空です")
    if head == _OLE_MAGIC:
        _refuse_ole(path)
    if not head.startswith(b"PK"):
        raise InputError(path, "Excel ブック（.xlsx）ではありません")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise InputError(path, "ブックが壊れているか、途中で切れています（zip として読めません）") from None
    if len(infos) > MAX_ENTRIES:
        raise InputError(path, f"ブックの中のファイルが多すぎます（{len(infos):,} 個、上限 {MAX_ENTRIES:,} 個）")
    names = {info.filename for info in infos}
    if "xl/workbook.xml" not in names and not any(n.lower() == "xl/workbook.xml" for n in names):
        if "word/document.xml" in names:
            raise InputError(path, "Word 文書です。Excel ブック（.xlsx）を指定してください")
        if "mimetype" in names or "content.xml" in names:
            raise InputError(path, "OpenDocument などの別形式です。Excel で .xlsx 形式で保存してから取り込んでください")
        raise InputError(path, "Excel ブック（.xlsx）ではありません（xl/workbook.xml がありません）")
    total = sum(info.file_size for info in infos)
    parsed = sum(info.file_size for info in infos if info.filename.lower().endswith(_PARSED_SUFFIXES))
    if parsed > MAX_XML_BYTES:
        raise InputError(path, f"展開後の XML が大きすぎるため読み込みません（{_mb(parsed)}、上限 {_mb(MAX_XML_BYTES)}）。"
                               "zip 爆弾の可能性があります")
    if total > MAX_TOTAL_BYTES:
        raise InputError(path, f"展開後のサイズが大きすぎるため読み込みません（{_mb(total)}、上限 {_mb(MAX_TOTAL_BYTES)}）。"
                               "zip 爆弾の可能性があります")
    if any(info.flag_bits & 0x1 for info in infos):
        raise InputError(path, "パスワードで保護（暗号化）された zip は読めません")
