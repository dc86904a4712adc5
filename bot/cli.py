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

from bot.errors import UnusableInput

EXIT_UNUSABLE = 2


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="Sift: turn a news article into a ranked checklist of claims to verify.",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    check = commands.add_parser("check", help="Print the checklist for an article.")
    check.add_argument("source", help="A text/HTML/Markdown file, a http(s) URL, or - for stdin.")
    check.add_argument(
        "--format", choices=["text", "markdown", "json"], default="text", help="Output format."
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

    commands.add_parser("run", help="Serve the Telegram bot (needs TELEGRAM_BOT_TOKEN).")
    return parser


def _read_source(source: str) -> bytes:
    if source == "-":
        return sys.stdin.buffer.read()
    path = Path(source)
    if not path.is_file():
        raise UnusableInput("not_found", detail=source)
    return path.read_bytes()


_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


def _is_url(source: str) -> bool:
    """Anything with a scheme is a link; the fetcher refuses those it cannot fetch."""
    return bool(_SCHEME.match(source))


async def _check_with_extractor(args: argparse.Namespace):
    """The general path: URLs and non-heuristic extractors (network-bound, async)."""
    from bot.analysis import check_article, prepare_article
    from bot.config import get_settings
    from bot.extraction.choose import make_extractor

    settings = get_settings()
    if _is_url(args.source):
        from bot.input.fetch import fetch_article

        article = await fetch_article(args.source, settings=settings)
    else:
        article = prepare_article(
            _read_source(args.source), origin=args.source, max_chars=settings.sift_max_chars
        )
    extractor = make_extractor(args.extractor or settings.sift_extractor, settings)
    try:
        return await check_article(article, extractor)
    finally:
        close = getattr(extractor, "aclose", None)
        if close is not None:
            await close()


def _command_check(args: argparse.Namespace) -> int:
    from bot.checklist import render

    # A one-shot command whose objects hold no reference cycles: reference counting frees
    # them, and the cycle collector's passes over tens of thousands of live claims would
    # only cost time on large inputs (about 15% at 200,000 words).
    gc.disable()

    extractor = args.extractor
    if extractor is None:
        extractor = os.environ.get("SIFT_EXTRACTOR", "heuristic")
    if extractor == "heuristic" and not _is_url(args.source):
        from bot.analysis import check_text

        checklist = check_text(_read_source(args.source), origin=args.source)
    else:
        import asyncio

        checklist = asyncio.run(_check_with_extractor(args))

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
    args = _build_parser().parse_args(argv)
    try:
        if args.command == "check":
            return _command_check(args)
        return _command_run(args)
    except UnusableInput as exc:
        print(f"sift: {exc.message}", file=sys.stderr)
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
