"""Write the README's screenshots, ``docs/screenshot.png`` and ``docs/story-screen.png``.

Both show the bundled story (``articles/``) as the app draws it in a 150 x 42 terminal:
the comparison screen as it opens, and the Story screen (``m``). Textual exports each
screen as SVG; CairoSVG turns that into PNG. Run it from the repository root after a
change to what those screens show, in an environment where reader is installed and
CairoSVG can be (it is not one of reader's dependencies)::

    .venv/bin/pip install cairosvg
    .venv/bin/python tools/screenshots.py [--out docs]

Two things the SVG asks for that CairoSVG does not give are supplied here: the font
("Fira Code", which few machines have, becomes an installed monospace font, so that
columns line up), and ``text-decoration`` (struck and underlined words, the marks of the
word diff), which CairoSVG ignores: each struck or underlined run of text gets a line of
its own colour drawn through or under it.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.pilot import Pilot

ROOT = Path(__file__).resolve().parent.parent
SIZE = (150, 42)
WIDTH = 1600          # pixels of the PNG
MONO = "DejaVu Sans Mono"

_CLASS = re.compile(r"\.(terminal-\d+-r\d+) \{ ([^}]*)\}")
_TEXT = re.compile(r'<text class="(terminal-\d+-r\d+)" x="([\d.]+)" y="([\d.]+)" '
                   r'textLength="([\d.]+)"[^>]*>[^<]*</text>')


def with_lines(svg: str, font: str = MONO) -> str:
    """``svg`` with ``font`` for Fira Code and a drawn line for every struck or underlined text."""
    svg = svg.replace('"Fira Code"', f'"{font}"').replace("Fira Code, monospace", f"{font}, monospace")
    lines: dict[str, list[tuple[str, str]]] = {}
    for m in _CLASS.finditer(svg):
        fill = re.search(r"fill: (#[0-9a-fA-F]+)", m.group(2))
        for kind in ("line-through", "underline"):
            if kind in m.group(2) and fill:
                lines.setdefault(m.group(1), []).append((kind, fill.group(1)))

    def add(m: re.Match[str]) -> str:
        x, y, width = float(m.group(2)), float(m.group(3)), float(m.group(4))
        drawn = ""
        for kind, colour in lines.get(m.group(1), []):
            at = y - 5 if kind == "line-through" else y + 3
            drawn += f'<line x1="{x}" y1="{at}" x2="{x + width}" y2="{at}" stroke="{colour}" stroke-width="1.3"/>'
        return m.group(0) + drawn

    return _TEXT.sub(add, svg)


async def screens() -> tuple[str, str]:
    """SVG of the comparison screen as it opens on the bundled story, and of its Story screen."""
    from reader.library.loading import load_library
    from reader.tui.app import ReaderApp

    articles = load_library(sorted(str(p) for p in (ROOT / "articles").glob("*.md"))).articles
    app = ReaderApp(articles, keymap={})
    async with app.run_test(size=SIZE) as pilot:
        await _settle(pilot)
        main = app.export_screenshot()
        await pilot.press("m")
        await _settle(pilot)
        return main, app.export_screenshot()


async def _settle(pilot: Pilot[int]) -> None:
    """Until no worker runs and the screen is drawn."""
    from textual.worker import WorkerCancelled

    app = pilot.app
    for _ in range(200):
        await pilot.pause()
        if not any(w.is_running for w in app.workers):
            break
        try:
            await app.workers.wait_for_complete()
        except WorkerCancelled:
            continue        # (replaced by a newer exclusive worker: wait for that one)
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="the folder for the PNG files")
    args = parser.parse_args(argv)
    try:
        import cairosvg  # type: ignore[import-untyped]
    except ImportError:
        print("CairoSVG is not installed: pip install cairosvg", file=sys.stderr)
        return 1
    main_svg, story_svg = asyncio.run(screens())
    for name, svg in (("screenshot.png", main_svg), ("story-screen.png", story_svg)):
        target = args.out / name
        cairosvg.svg2png(bytestring=with_lines(svg).encode(), write_to=str(target), output_width=WIDTH)
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
