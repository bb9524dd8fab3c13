"""Files that are not usable workbooks are refused quickly, in bounded memory, with one located message."""

from __future__ import annotations

import tracemalloc
import zipfile
from pathlib import Path

import pytest

from evaleditor.errors import InputError
from evaleditor.exchange.xlsx_import import import_workbook
from evaleditor.exchange.xlsx_import import cells
from evaleditor.exchange.xlsx_import.container import MAX_ENTRIES, MAX_XML_BYTES
from tests.exchange.xlsx_import import packages
from tests.exchange.xlsx_import.builder import write_workbook

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


def refused_within(path: Path, megabytes: float) -> str:
    """The refusal of ``path``, checking the peak of Python allocations on the way (tracemalloc)."""
    tracemalloc.start()
    try:
        with pytest.raises(InputError) as caught:
            import_workbook(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < megabytes * 2**20, f"{path.name}: {peak / 2**20:.0f} MB"
    return str(caught.value)


def test_huge_inputs_within_the_size_limit_use_bounded_memory(tmp_path, monkeypatch):
    """Too many strings, and a 200,000-row worksheet (9 MB of XML), are read only as far as the limits."""
    monkeypatch.setattr(cells, "MAX_SHARED_STRINGS", 20_000)  # the real limit behaves alike, 10 times slower
    strings = tmp_path / "strings.xlsx"  # within the size limit, beyond the string limit
    sst = f"<sst {packages.NS}>".encode() + b"<si><t>x</t></si>" * 100_000 + b"</sst>"
    packages.write(strings, packages.parts(packages.sheet_xml([]), sst))
    rows = [f'<row r="{i}"><c r="A{i}"><v>{i}</v></c></row>' for i in range(1, 200_001)]
    tall = packages.write(tmp_path / "tall.xlsx", packages.parts(packages.sheet_xml(rows)))
    assert "上限 20,000 個" in refused_within(strings, 10)
    assert "評価シート" in refused_within(tall, 20)



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
