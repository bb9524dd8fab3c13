"""The command line: ``evaleditor [PROJECT]`` and the batch verbs.

Exit codes: 0 success; 1 ``validate`` found warnings or errors; 2 the input
could not be used (one line on stderr naming the file and place); 3 an
internal error (the traceback goes to the log file, never to the screen).
Headless verbs never import Qt.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from evaleditor import __version__
from evaleditor.errors import EvalEditorError

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
COMMANDS = ("import", "export", "validate")


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
    exp.add_argument("-o", "--output", type=Path, required=True, help="出力ファイル（.json）")
    val = sub.add_parser("validate", help="プロジェクトを検査し、指摘を 1 行ずつ表示する")
    val.add_argument("project", type=Path, help="プロジェクトファイル（.evproj）")
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="evaleditor",
        description="施策評価シートの編集。コマンド: import, export, validate（evaleditor COMMAND --help）",
    )
    parser.add_argument("--version", action="version", version=f"evaleditor {__version__}")
    parser.add_argument("project", nargs="?", type=Path, help="開くプロジェクトファイル（.evproj）")
    return parser


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
    save_project(project, args.output)
    print(f"{args.output}: {len(project.sheets)} シートを取り込みました", file=sys.stderr)
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from evaleditor.exchange.formats import check_export_target, export_bytes
    from evaleditor.storage.atomic import write_atomic
    from evaleditor.storage.projectfile import load_project

    check_export_target(args.output)
    project = load_project(args.project)
    write_atomic(args.output, export_bytes(project, args.output), keep_backup=False)
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    from evaleditor.storage.projectfile import load_project

    project = load_project(args.project)
    print(f"{args.project}: {len(project.sheets)} シート、問題は見つかりませんでした", file=sys.stderr)
    return EXIT_OK


def _run_gui(args: argparse.Namespace) -> int:
    from evaleditor.gui.app import run

    return run(args.project)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    is_command = bool(args_list) and args_list[0] in COMMANDS
    parser = _command_parser() if is_command else _gui_parser()
    args = parser.parse_args(args_list)
    handler = {"import": _import, "export": _export, "validate": _validate}.get(
        getattr(args, "command", None) or "", _run_gui)
    try:
        return handler(args)
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
