"""The command line: `python -m bot check FILE|URL|-` and `python -m bot run`.

Heavy imports (httpx, python-telegram-bot) happen inside the commands that need them,
so that `check` on a file starts fast.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bot import __version__
from bot.errors import UnusableInput

if TYPE_CHECKING:
    from bot.config import Settings

EXIT_UNUSABLE = 2

RUN_SETTINGS = """\
settings, from the environment or a .env file in the working directory:
  TELEGRAM_BOT_TOKEN        the bot's token, from @BotFather (required)
  TELEGRAM_BASE_URL         Bot API root (default: https://api.telegram.org/bot)
  SIFT_WEBHOOK_URL          public https address: receive updates by webhook at
                            SIFT_WEBHOOK_URL/telegram instead of long polling
  SIFT_WEBHOOK_LISTEN       address the webhook server listens on (default: 0.0.0.0)
  SIFT_WEBHOOK_PORT         its port (default: 8443)
  SIFT_DB                   SQLite file for checklists and marks (default: sift.sqlite3)
  SIFT_BOT_MAX_CHARS        largest article the bot analyses (default: 60000)
  SIFT_EXTRACTOR            heuristic, llm or auto (default: heuristic)
  SIFT_LLM_BASE_URL, SIFT_LLM_API_KEY, SIFT_LLM_MODEL
                            an OpenAI-compatible endpoint for the llm extractor
"""


def _program_name() -> str:
    """`sift` when run as the installed script, `python -m bot` otherwise."""
    return "python -m bot" if Path(sys.argv[0]).name == "__main__.py" else "sift"


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_program_name(),
        description="Sift: turn a news article into a ranked checklist of claims to verify.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    check = commands.add_parser("check", help="Print the checklist for an article.")
    check.add_argument("source", help="A text/HTML/Markdown file, a http(s) URL, or - for stdin.")
    check.add_argument(
        "--format",
        choices=["text", "markdown", "json"],
        default="text",
        help="Output format (default: %(default)s).",
    )
    check.add_argument(
        "--extractor",
        choices=["heuristic", "llm", "auto"],
        default=None,
        help="Which extractor to use (default: SIFT_EXTRACTOR, else heuristic).",
    )
    check.add_argument(
        "--all", action="store_true", help="Show every claim in text/Markdown output."
    )

    commands.add_parser(
        "run",
        help="Serve the Telegram bot (needs TELEGRAM_BOT_TOKEN).",
        description="Serve the Telegram bot, by long polling or by webhook.",
        epilog=RUN_SETTINGS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return parser


def _read_source(source: str) -> bytes:
    """The bytes of `source`: standard input for "-", else a regular file."""
    if source == "-":
        return sys.stdin.buffer.read()
    path = Path(source)
    if path.is_dir():
        raise UnusableInput("is_directory", detail=source)
    if not path.exists():
        raise UnusableInput("not_found", detail=source)
    if not path.is_file():
        raise UnusableInput("not_a_file", detail=source)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UnusableInput("unreadable", detail=f"{source}: {exc.strerror or exc}") from None


_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


def _is_url(source: str) -> bool:
    """Anything with a scheme is a link; the fetcher refuses those it cannot fetch."""
    return bool(_SCHEME.match(source))


async def _check_with_extractor(args: argparse.Namespace, settings: Settings, extractor_name: str):
    """The general path: URLs and non-heuristic extractors (network-bound, async)."""
    from bot.analysis import check_article, prepare_article
    from bot.extraction.choose import make_extractor

    if _is_url(args.source):
        from bot.input.fetch import fetch_article

        article = await fetch_article(args.source, settings=settings)
    else:
        article = prepare_article(
            _read_source(args.source), origin=args.source, max_chars=settings.sift_max_chars
        )
    extractor = make_extractor(extractor_name, settings)
    try:
        return await check_article(article, extractor)
    finally:
        close = getattr(extractor, "aclose", None)
        if close is not None:
            await close()


def _command_check(args: argparse.Namespace) -> int:
    from bot.checklist import render
    from bot.config import InvalidSetting, get_settings

    settings = get_settings()
    extractor = args.extractor or settings.sift_extractor
    if extractor == "llm" and not settings.sift_llm_base_url:
        source = "--extractor llm" if args.extractor else "SIFT_EXTRACTOR=llm"
        raise InvalidSetting(
            f"{source} needs an OpenAI-compatible endpoint, and SIFT_LLM_BASE_URL is not set; "
            "set it in the environment or in .env, or use --extractor heuristic."
        )

    # A one-shot command whose objects hold no reference cycles: reference counting frees
    # them, and the cycle collector's passes over tens of thousands of live claims would
    # only cost time on large inputs (about 15% at 200,000 words).
    gc.disable()

    if extractor == "heuristic" and not _is_url(args.source):
        from bot.analysis import check_text

        checklist = check_text(
            _read_source(args.source), origin=args.source, max_chars=settings.sift_max_chars
        )
    else:
        import asyncio

        checklist = asyncio.run(_check_with_extractor(args, settings, extractor))

    if args.format == "json":
        out = render.render_json(checklist)
    elif args.format == "markdown":
        out = render.render_markdown(checklist, show_all=args.all)
    else:
        out = render.render_text(checklist, show_all=args.all)
    sys.stdout.write(out if out.endswith("\n") else out + "\n")
    for note in checklist.notes:
        print(render.describe(note, "en"), file=sys.stderr)
    return 0


def _command_run(args: argparse.Namespace) -> int:
    from bot.chat.app import run_bot
    from bot.config import get_settings

    return run_bot(get_settings())


def main(argv: list[str] | None = None) -> int:
    """Entry point of `python -m bot` and the `sift` script; returns the exit code."""
    from bot.config import InvalidSetting

    args = _build_parser().parse_args(argv)
    try:
        if args.command == "check":
            return _command_check(args)
        return _command_run(args)
    except UnusableInput as exc:
        print(f"sift: {exc.message}", file=sys.stderr)
        return EXIT_UNUSABLE
    except InvalidSetting as exc:
        print(f"sift: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - a user gets one line, never a traceback
        if os.environ.get("SIFT_DEBUG"):
            raise
        print(
            f"sift: internal error ({type(exc).__name__}); set SIFT_DEBUG=1 for details",
            file=sys.stderr,
        )
        return 1
