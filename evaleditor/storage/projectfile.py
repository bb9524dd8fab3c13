"""Reading and writing ``.evproj`` project files (UTF-8 JSON with a format version)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from evaleditor import __version__
from evaleditor.errors import ProjectFileError
from evaleditor.model import Project, richtext
from evaleditor.model.topic import TOPIC_PARTS
from evaleditor.storage.backups import DEFAULT_BACKUP_COUNT, write_with_backups
from evaleditor.storage.migrations import CURRENT_VERSION, MigrationError, migrate
from evaleditor.storage.schema import FORMAT_NAME, dump_body_json, validate_body, validate_current_file

SUFFIX = ".evproj"


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} は使えません")


def _decode(raw: bytes, path: str | None) -> dict[str, Any]:
    if not raw.strip():
        raise ProjectFileError(path, "ファイルが空です")
    if raw.startswith(b"PK\x03\x04"):
        raise ProjectFileError(
            path, "Excel ブックなどの ZIP 形式です。ブックは「ファイル → 取り込み」（コマンドでは evaleditor import）で読み込んでください")
    if b"\x00" in raw[:4096]:
        raise ProjectFileError(path, "テキストではありません（バイナリファイルです）")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":  # cut in the middle of a character
            raise ProjectFileError(path, "ファイルが途中で切れているか壊れています（最後の文字が欠けています）") from None
        raise ProjectFileError(path, f"UTF-8 のテキストではありません（{exc.start} バイト目）") from None
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise ProjectFileError(
            path, f"JSON として読めません（{exc.lineno} 行 {exc.colno} 列）。途中で切れているか壊れています") from None
    except RecursionError:
        raise ProjectFileError(path, "JSON として読めません（入れ子が深すぎます）") from None
    except ValueError as exc:  # NaN/Infinity, or an integer past Python's digit limit
        raise ProjectFileError(path, f"JSON として読めません（{exc}）") from None
    if not isinstance(data, dict):
        raise ProjectFileError(path, "evaleditor のプロジェクトファイルではありません（最上位がオブジェクトではありません）")
    return data


def _check_envelope(data: dict[str, Any], path: str | None) -> int:
    if data.get("format") != FORMAT_NAME:
        if data.get("format") == "evaluation-sheets/1":
            raise ProjectFileError(
                path, "シート交換形式（evaluation-sheets/1）のファイルです。「ファイル → 取り込み」（コマンドでは evaleditor import）で読み込んでください",
                "format")
        raise ProjectFileError(path, f"evaleditor のプロジェクトファイルではありません（format が {FORMAT_NAME} ではありません）", "format")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        if "version" not in data:
            raise ProjectFileError(path, "形式のバージョンがありません", "version")
        shown = json.dumps(version, ensure_ascii=False)[:40]
        raise ProjectFileError(
            path, f"形式のバージョンが正しくありません（{shown}。1〜{CURRENT_VERSION} の整数で書かれます）", "version")
    if version > CURRENT_VERSION:
        raise ProjectFileError(
            path,
            f"新しいバージョンの evaleditor で作られたファイルです（形式 {version}）。"
            f"このバージョン（{__version__}）は形式 {CURRENT_VERSION} までしか読めません。evaleditor を更新してください",
            "version")
    for key in ("settings", "sheets"):
        if key not in data:
            raise ProjectFileError(path, "必須の項目がありません", key)
    return version


def check_references(project: Project, path: str | None = None) -> None:
    """Invariants the schema cannot express: unique year labels, known year keys, unique group names."""
    labels = project.settings.year_labels
    seen: set[str] = set()
    for index, label in enumerate(labels):
        if not label.strip():
            raise ProjectFileError(path, "年度の表示名が空です", f"settings.years[{index}].label")
        if label in seen:
            raise ProjectFileError(path, f"年度「{label}」が重複しています", f"settings.years[{index}].label")
        seen.add(label)
    review = project.settings.review_year
    if review is not None and review not in seen:
        raise ProjectFileError(path, f"評価対象年度「{review}」は年度の列にありません", "settings.review_year")
    for s, sheet in enumerate(project.sheets):
        group_names: set[str] = set()
        for g, group in enumerate(sheet.indicator_groups):
            if group.name in group_names:
                raise ProjectFileError(
                    path, f"指標の区分「{group.name}」が重複しています", f"sheets[{s}].indicator_groups[{g}].name")
            group_names.add(group.name)
            for i, indicator in enumerate(group.indicators):
                for year in indicator.actuals:
                    if year not in seen:
                        raise ProjectFileError(
                            path, "年度の列にない年度です",
                            f"sheets[{s}].indicator_groups[{g}].indicators[{i}].actuals.{year}")
        for year in sheet.budget:
            if year not in seen:
                raise ProjectFileError(path, "年度の列にない年度です", f"sheets[{s}].budget.{year}")


def _load_step_by_step(raw: bytes, where: str | None) -> Project:
    """Decode, check the envelope, migrate an older version, validate: what is wrong is named with its place."""
    data = _decode(raw, where)
    version = _check_envelope(data, where)
    if version != CURRENT_VERSION:
        try:
            data = migrate(data, version)
        except MigrationError:
            raise ProjectFileError(where, f"形式 {version} からの変換がありません", "version") from None
    body = {key: value for key, value in data.items() if key not in ("format", "version", "app")}
    return validate_body(json.dumps(body, ensure_ascii=False), where)


def loads_project(raw: bytes | str, path: str | Path | None = None) -> Project:
    """Parse, migrate and validate project file content; raise ProjectFileError with the place."""
    where = str(path) if path is not None else None
    raw = raw.encode("utf-8") if isinstance(raw, str) else raw
    # the usual case, a valid file of the current version, in one pass; anything else step by step
    project = validate_current_file(raw)
    if project is None:
        project = _load_step_by_step(raw, where)
    check_references(project, where)
    for sheet in project.sheets:  # anything outside the safe subset never enters the model
        for topic in sheet.topics:
            for part in TOPIC_PARTS:
                setattr(topic, part, richtext.ensure_safe(getattr(topic, part)))
    return project


def read_failure(path: str | Path, error: OSError) -> ProjectFileError:
    """The located message for a project file that cannot be read at all."""
    if isinstance(error, FileNotFoundError):
        return ProjectFileError(path, "ファイルが見つかりません")
    if isinstance(error, IsADirectoryError):
        return ProjectFileError(path, "フォルダーです。プロジェクトファイルを指定してください")
    return ProjectFileError(path, f"読み込めません（{error.strerror or error}）")


def load_project(path: str | Path) -> Project:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise read_failure(path, exc) from None
    return loads_project(raw, path)


def dumps_project(project: Project, *, compact: bool = False) -> bytes:
    """The file's content: indented by one space (readable, diffable), or ``compact`` on one line."""
    head = {"format": FORMAT_NAME, "version": CURRENT_VERSION, "app": f"evaleditor {__version__}"}
    indent = None if compact else 1
    head_text = json.dumps(head, ensure_ascii=False, indent=indent, separators=(",", ":") if compact else None)
    body = dump_body_json(project, indent=indent)
    if not (head_text.endswith("}") and body.startswith(b"{") and body.endswith(b"}")):
        raise ValueError("unexpected JSON from the serializer")
    head_part = head_text[:-1].rstrip()  # the head's members, without its closing brace
    # the body's members follow the head's, as if both had been one object (one copy of the 1–2 MB)
    return b"".join((head_part.encode("utf-8"), b",", memoryview(body)[1:], b"\n"))


def save_project(
    project: Project, path: str | Path, *, keep_backup: bool = True, backups: int = DEFAULT_BACKUP_COUNT,
) -> None:
    """Save atomically, keeping up to ``backups`` earlier versions in ``NAME.evproj.backups/``.

    ``keep_backup=False`` keeps none. Raises SaveError (the file on disk unchanged) on failure.
    """
    write_with_backups(path, dumps_project(project), count=backups if keep_backup else 0)
