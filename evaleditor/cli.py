"""The command line: ``evaleditor [PROJECT]`` and the batch verbs.

Exit codes: 0 success; 1 ``validate`` found warnings or errors; 2 the input
could not be used (one line on stderr naming the file and place); 3 an
internal error (the traceback goes to the log file, never to the screen);
141 the output's reader went away (``… | head -1``), as for a process ended by
SIGPIPE: not an error, so nothing is said or logged. Headless verbs never import Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from evaleditor import __version__
from evaleditor.errors import EvalEditorError

if TYPE_CHECKING:
    from evaleditor.storage.lock import ProjectLock

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_CLOSED_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a command whose reader went away
COMMANDS = ("import", "export", "validate", "merge", "compare", "next-year")


class _Parser(argparse.ArgumentParser):
    """argparse that reports wrong options in one line with exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_INPUT, f"{self.prog}: {message}（{self.prog} --help で使い方を表示）\n")


def _command_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="evaleditor", description="施策評価シートの編集・書き出し")
    parser.add_argument("--version", action="version", version=f"evaleditor {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    imp = sub.add_parser("import", help="ブックや交換形式 JSON をプロジェクトに取り込む")
    imp.add_argument("source", type=Path, help="取り込むファイル（.json、.xlsx）")
    imp.add_argument("-o", "--output", type=Path, required=True, help="作成するプロジェクト（.evproj）")
    exp = sub.add_parser("export", help="プロジェクトを書き出す（形式は出力の拡張子で決まる）")
    exp.add_argument("project", type=Path, help="プロジェクトファイル（.evproj）")
    exp.add_argument("-o", "--output", type=Path, required=True, help="出力ファイル（.json、.xlsx、.csv、.pdf）")
    exp.add_argument("--sheet", action="append", default=[], metavar="施策番号",
                     help="この施策番号のシートだけを書き出す（繰り返して複数指定。既定はすべてのシート）")
    val = sub.add_parser("validate", help="プロジェクトを検査し、指摘を 1 行ずつ表示する")
    val.add_argument("project", type=Path, help="プロジェクトファイル（.evproj）")
    mrg = sub.add_parser("merge", help="複数のプロジェクトを 1 つに統合する（各部の提出を集める）")
    mrg.add_argument("projects", type=Path, nargs="+", help="統合するプロジェクト（.evproj）")
    mrg.add_argument("-o", "--output", type=Path, required=True, help="作成するプロジェクト（.evproj）")
    mrg.add_argument("--duplicates", choices=[r.value for r in _resolutions()],
                     help="同じ施策番号のシートの扱い: keep-both（両方残す）, keep-first（先のファイル）, keep-last（後のファイル）。"
                          "指定がなく重複がある場合は統合せずに重複を表示します")
    cmp = sub.add_parser("compare", help="2 つのプロジェクトの違いをシートごとに表示する")
    cmp.add_argument("old", type=Path, help="以前のプロジェクト（.evproj）")
    cmp.add_argument("new", type=Path, help="新しいプロジェクト（.evproj）")
    nxt = sub.add_parser("next-year", help="次年度の準備: 評価対象年度を 1 年進めた新しいプロジェクトを作る")
    nxt.add_argument("project", type=Path, help="元のプロジェクト（.evproj、変更されません）")
    nxt.add_argument("-o", "--output", type=Path, required=True, help="作成するプロジェクト（.evproj）")
    nxt.add_argument("--clear", default="", help="空にする文章: result,issue,policy のうち（カンマ区切り）。既定はすべて残す")
    return parser


def _resolutions():  # type: ignore[no-untyped-def]
    from evaleditor.exchange.merge import Resolution

    return list(Resolution)


def _gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="evaleditor",
        description="施策評価シートの編集。コマンド: " + ", ".join(COMMANDS) + "（evaleditor COMMAND --help）",
    )
    parser.add_argument("--version", action="version", version=f"evaleditor {__version__}")
    parser.add_argument("project", nargs="?", type=Path, help="開くプロジェクトファイル（.evproj）")
    # for the frozen app's smoke test: open the project (default: the bundled example), show it, quit
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    return parser


def _lock_for_writing(path: Path) -> ProjectLock | None:
    """Lock a project about to be overwritten: ProjectLockedError if someone has it open in the editor."""
    from evaleditor.storage.lock import LockFileError, acquire

    try:
        return acquire(path)
    except LockFileError:
        return None  # the folder cannot be written: saving will say why


def _import(args: argparse.Namespace) -> int:
    from evaleditor.exchange.formats import import_file_with_notes
    from evaleditor.storage.projectfile import SUFFIX, save_project

    if args.output.suffix.lower() != SUFFIX:
        print(f"evaleditor: {args.output}: 出力は {SUFFIX} ファイルにしてください", file=sys.stderr)
        return EXIT_INPUT
    result = import_file_with_notes(args.source)
    for note in result.notes:
        print(note.one_line(str(args.source)), file=sys.stderr)
    project = result.project
    held = _lock_for_writing(args.output)
    try:
        save_project(project, args.output)
    finally:
        if held is not None:
            held.release()
    print(f"{args.output}: {len(project.sheets)} シートを取り込みました", file=sys.stderr)
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from evaleditor.exchange.formats import check_export_target, export_bytes
    from evaleditor.storage.atomic import write_atomic
    from evaleditor.storage.projectfile import load_project

    check_export_target(args.output)
    project = load_project(args.project)
    if args.sheet:
        from evaleditor.exchange.sheet_choice import sheets_numbered, with_sheets

        project = with_sheets(project, sheets_numbered(project, args.sheet, args.project))
    write_atomic(args.output, export_bytes(project, args.output), keep_backup=False)
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    from evaleditor.checks import Level, check_project, fails_validation
    from evaleditor.storage.projectfile import load_project

    project = load_project(args.project)
    findings = check_project(project)
    if hasattr(sys.stdout, "reconfigure"):  # a console in a legacy code page must not fail on a rare character
        sys.stdout.reconfigure(errors="backslashreplace")
    for finding in findings:
        print(finding.line())
    counts = "、".join(f"{level.label} {sum(f.level is level for f in findings)} 件" for level in Level)
    summary = counts if findings else "問題は見つかりませんでした"
    print(f"{args.project}: {len(project.sheets)} シート、{summary}", file=sys.stderr)
    return EXIT_FINDINGS if fails_validation(findings) else EXIT_OK


def _require_new_project(path: Path, *inputs: Path) -> None:
    from evaleditor.errors import InputError
    from evaleditor.storage.projectfile import SUFFIX

    if path.suffix.lower() != SUFFIX:
        raise InputError(path, f"出力は {SUFFIX} ファイルにしてください")
    if any(path.resolve() == source.resolve() for source in inputs):
        raise InputError(path, "出力に入力と同じファイルは指定できません")


def _merge(args: argparse.Namespace) -> int:
    from evaleditor.errors import InputError
    from evaleditor.exchange.merge import Resolution, merge_files
    from evaleditor.storage.projectfile import save_project

    _require_new_project(args.output, *args.projects)
    chosen = Resolution(args.duplicates) if args.duplicates else None
    undecided = []

    def resolve(duplicate):  # type: ignore[no-untyped-def]
        if chosen is None:
            undecided.append(duplicate)
            return Resolution.KEEP_BOTH
        return chosen

    result = merge_files(args.projects, resolve)
    if undecided:
        for duplicate in undecided:
            print(f"evaleditor: {duplicate.describe()}", file=sys.stderr)
        raise InputError(None, "同じ施策番号のシートがあります。--duplicates keep-both|keep-first|keep-last で扱いを指定してください")
    for note in [*result.year_notes, *result.notes]:
        print(f"evaleditor: {note}", file=sys.stderr)
    for duplicate in result.duplicates:
        print(f"evaleditor: {duplicate.describe()}（{chosen.value if chosen else ''}）", file=sys.stderr)
    save_project(result.project, args.output)
    print(f"{args.output}: {len(args.projects)} ファイル、{len(result.project.sheets)} シートを統合しました", file=sys.stderr)
    return EXIT_OK


def _compare(args: argparse.Namespace) -> int:
    from evaleditor.exchange.compare import compare_projects
    from evaleditor.storage.projectfile import load_project

    comparisons = compare_projects(load_project(args.old), load_project(args.new))
    if hasattr(sys.stdout, "reconfigure"):  # a console in a legacy code page must not fail on a rare character
        sys.stdout.reconfigure(errors="backslashreplace")
    for item in comparisons:
        title = _one_line(item.title)
        if item.note:
            print(f"evaleditor: {title}: {item.note}", file=sys.stderr)
        if item.old is None:
            print(f"{title}\t追加\t{_one_line(item.new.policy_name if item.new else '')}")
        elif item.new is None:
            print(f"{title}\t削除\t{_one_line(item.old.policy_name)}")
        for change in item.changes:
            # an empty side: a value that was (or became) empty, or a whole indicator or topic added or removed
            no_old, no_new = ("（追加）", "（削除）") if change.whole else ("（なし）", "（なし）")
            old, new = _one_line(change.old) or no_old, _one_line(change.new) or no_new
            print(f"{title}\t{_one_line(change.label)}\t{old} → {new}")
    return EXIT_OK


#: shown for a line break in a compared text, so that each change stays one line (in Shift_JIS too)
LINE_BREAK_MARK = "¶"


def _one_line(text: str) -> str:
    """A field of a tab-separated line: line breaks shown as ¶, tabs as spaces."""
    return LINE_BREAK_MARK.join(text.splitlines()).replace("\t", " ")


def _next_year(args: argparse.Namespace) -> int:
    from evaleditor.errors import InputError
    from evaleditor.model.next_year import prepare_next_year
    from evaleditor.model.topic import TOPIC_PARTS
    from evaleditor.storage.projectfile import load_project, save_project

    _require_new_project(args.output, args.project)
    parts = frozenset(p.strip() for p in args.clear.split(",") if p.strip())
    if not parts <= set(TOPIC_PARTS):
        raise InputError(None, f"--clear には {', '.join(TOPIC_PARTS)} を指定してください")
    new = prepare_next_year(load_project(args.project), parts)
    save_project(new, args.output)
    print(f"{args.output}: 評価対象年度を {new.settings.review_year} にしました", file=sys.stderr)
    return EXIT_OK


def _run_gui(args: argparse.Namespace) -> int:
    # The Qt-free modules that opening a project needs are imported before Qt: PySide6 reads the source
    # of every module imported after it (its __feature__ import hook), which adds up at start-up.
    import platformdirs  # noqa: F401  (the log and recovery folders)
    import evaleditor.storage.session  # noqa: F401

    if args.project is not None:
        from evaleditor.storage import schema

        schema.load_validator()  # pydantic-core's import is the largest part of reading the file
    from evaleditor.gui.app import run

    if args.smoke_test:
        from evaleditor.gui.smoke import smoke_test

        return smoke_test(args.project)
    return run(args.project)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    is_command = bool(args_list) and args_list[0] in COMMANDS
    parser = _command_parser() if is_command else _gui_parser()
    args = parser.parse_args(args_list)
    handler = {"import": _import, "export": _export, "validate": _validate, "merge": _merge,
               "compare": _compare, "next-year": _next_year}.get(
        getattr(args, "command", None) or "", _run_gui)
    try:
        return _run(handler, args, args_list)
    except BrokenPipeError:
        return _closed_pipe()


def _closed_pipe() -> int:
    """Stop quietly: the reader of stdout or stderr went away, so there is no one to tell."""
    try:  # what is still buffered goes nowhere, instead of failing again when Python exits
        devnull = os.open(os.devnull, os.O_WRONLY)
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                os.dup2(devnull, stream.fileno())
    except (OSError, ValueError, AttributeError):  # a stream without a file descriptor
        pass
    return EXIT_CLOSED_PIPE


def _run(handler, args: argparse.Namespace, args_list: list[str]) -> int:  # type: ignore[no-untyped-def]
    try:
        code = handler(args)
        for stream in (sys.stdout, sys.stderr):  # a closed pipe shows here at the latest, not at Python's exit
            if stream is not None:  # None in the windowed exe
                stream.flush()
        return code
    except BrokenPipeError:
        raise
    except EvalEditorError as error:
        print(f"evaleditor: {error}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        return 130
    except Exception:
        from evaleditor.applog import log, setup_file_logging

        where = setup_file_logging()
        log.exception("internal error in %s", args_list)
        print(f"evaleditor: 内部エラーが発生しました。詳細はログ {where or '（書き込めません）'} を参照してください",
              file=sys.stderr)
        return EXIT_INTERNAL
