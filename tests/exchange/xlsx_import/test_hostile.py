"""Files that are not usable workbooks are refused quickly, in bounded memory, with one located message."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from evaleditor.errors import InputError
from evaleditor.exchange.xlsx_import import import_workbook
from evaleditor.exchange.xlsx_import.container import MAX_ENTRIES, MAX_XML_BYTES
from tests.exchange.xlsx_import import packages
from tests.exchange.xlsx_import.builder import write_workbook

ROOT = Path(__file__).resolve().parents[3]
LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
          b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>')


def refused(path: Path, *words: str) -> str:
    with pytest.raises(InputError) as caught:
        import_workbook(path)
    line = str(caught.value)
    assert "\n" not in line and line.startswith(str(path))
    for word in words:
        assert word in line, line
    return line


def test_random_bytes_and_empty_files(tmp_path):
    refused(packages_path(tmp_path, b"\x00\x01garbage" * 100), "Excel ブック（.xlsx）ではありません")
    refused(packages_path(tmp_path, b""), "空です")
    refused(tmp_path / "missing.xlsx", "見つかりません")


def packages_path(tmp_path: Path, content: bytes, name: str = "bad.xlsx") -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def test_truncated_workbook(tmp_path, three_year_project):
    book = write_workbook(tmp_path / "good.xlsx", three_year_project)
    data = book.read_bytes()
    refused(packages_path(tmp_path, data[: len(data) // 2]), "壊れているか、途中で切れています")


def test_zip_that_is_not_a_workbook(tmp_path):
    plain = packages.write(tmp_path / "plain.xlsx", {"readme.txt": b"hello"})
    refused(plain, "xl/workbook.xml がありません")
    word = packages.write(tmp_path / "word.xlsx", {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"})
    refused(word, "Word 文書です")


def test_encrypted_and_legacy_workbooks(tmp_path):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    refused(packages_path(tmp_path, ole + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 100),
            "パスワードで保護")
    refused(packages_path(tmp_path, ole + b"Workbook".ljust(64, b"\x00"), "old.xlsx"), "古い形式（.xls）")


def test_zip_bomb_is_refused_from_its_directory(tmp_path):
    bomb = tmp_path / "bomb.xlsx"
    content = packages.parts()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in content.items():
            archive.writestr(name, data)
        with archive.open("xl/worksheets/sheet2.xml", "w") as entry:
            chunk = b" " * (1024 * 1024)
            for _ in range(MAX_XML_BYTES // len(chunk) + 1):
                entry.write(chunk)
    assert bomb.stat().st_size < MAX_XML_BYTES // 100  # highly compressed
    refused(bomb, "展開後の XML が大きすぎる", "zip 爆弾")


def test_too_many_entries(tmp_path):
    content = packages.parts()
    content.update({f"xl/media/{i}.bin": b"" for i in range(MAX_ENTRIES + 1)})
    refused(packages.write(tmp_path / "many.xlsx", content, zipfile.ZIP_STORED), "ファイルが多すぎます")


@pytest.mark.parametrize("where", ["worksheet", "shared strings"])
def test_entity_expansion_is_refused(tmp_path, where):
    if where == "worksheet":
        xml = LAUGHS + packages.sheet_xml([f'<row r="1">{packages.inline(1, "A", "&lol3;")}</row>'])
        content = packages.parts(xml)
    else:
        sst = LAUGHS + f"<sst {packages.NS}><si><t>&lol3;</t></si></sst>".encode()
        content = packages.parts(packages.sheet_xml([f'<row r="1">{packages.shared(1, "A", 0)}</row>']), sst)
    refused(packages.write(tmp_path / "laughs.xlsx", content), "XML に危険な構造")


def test_workbook_without_an_evaluation_sheet(tmp_path):
    rows = [f'<row r="{i}">{packages.inline(i, "A", f"行{i}")}</row>' for i in range(1, 6)]
    refused(packages.write(tmp_path / "other.xlsx", packages.parts(packages.sheet_xml(rows))),
            "評価シート", "見つかりません")


def test_huge_worksheet_is_read_only_as_far_as_the_limits(tmp_path, three_year_project):
    """200,000 rows (about 9 MB of XML) stop at the row limit instead of being read to the end."""
    rows = [f'<row r="{i}"><c r="A{i}"><v>{i}</v></c></row>' for i in range(1, 200_001)]
    content = packages.parts(packages.sheet_xml(rows))
    refused(packages.write(tmp_path / "tall.xlsx", content), "評価シート")


MEMORY_PROBE = """
import resource, sys
from evaleditor.errors import InputError
from evaleditor.exchange.xlsx_import import import_workbook
try:
    import_workbook(sys.argv[1])
except InputError:
    pass
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="resource is POSIX only")
def test_hostile_inputs_use_bounded_memory(tmp_path):
    """A bomb and a 200,000-row worksheet each stay far below what reading them whole would take."""
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in packages.parts().items():
            archive.writestr(name, data)
        with archive.open("xl/sharedStrings.xml", "w") as entry:
            chunk = b"<si><t>x</t></si>" * 60_000
            for _ in range(MAX_XML_BYTES // len(chunk) + 2):
                entry.write(chunk)
    rows = [f'<row r="{i}"><c r="A{i}"><v>{i}</v></c></row>' for i in range(1, 200_001)]
    tall = packages.write(tmp_path / "tall.xlsx", packages.parts(packages.sheet_xml(rows)))
    for path in (bomb, tall):
        probe = subprocess.run([sys.executable, "-c", MEMORY_PROBE, str(path)], cwd=ROOT,
                               capture_output=True, text=True, timeout=60)
        assert probe.returncode == 0, probe.stderr
        assert int(probe.stdout) < 250, f"{path.name}: {probe.stdout} MB"


def test_too_many_shared_strings(tmp_path):
    from evaleditor.exchange.xlsx_import.cells import MAX_SHARED_STRINGS

    sst = f"<sst {packages.NS}>".encode() + b"<si><t>x</t></si>" * (MAX_SHARED_STRINGS + 1) + b"</sst>"
    content = packages.parts(packages.sheet_xml([f'<row r="1">{packages.shared(1, "A", 0)}</row>']), sst)
    refused(packages.write(tmp_path / "strings.xlsx", content), "文字列が多すぎる")


def test_zip_entry_that_lies_about_its_size(tmp_path):
    """An entry inflating to far more than its declared size is cut at that size and fails its checksum."""
    import struct

    path = tmp_path / "liar.xlsx"
    content = packages.parts()
    sheet = content.pop("xl/worksheets/sheet1.xml")
    rows = "".join(f'<row r="{i}"><c r="A{i}"><v>{i}</v></c></row>' for i in range(1, 100_001))
    big = sheet.replace(b"</worksheet>", b"").split(b"<sheetData")[0] + f"<sheetData>{rows}</sheetData></worksheet>".encode()
    content["xl/worksheets/sheet1.xml"] = big
    packages.write(path, content)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    declared = 2000
    struct.pack_into("<I", data, info.header_offset + 22, declared)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46:central + 46 + name_length] == b"xl/worksheets/sheet1.xml":
            struct.pack_into("<I", data, central + 24, declared)
            break
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("xl/worksheets/sheet1.xml").file_size == declared
    refused(path, "壊れているか、途中で切れています")
