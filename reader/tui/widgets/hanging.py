"""Text whose wrapped lines keep their indent: a list item continues under its words.

Textual wraps a line of a Static to the widget's left edge, so a long item of a list
("  · a sentence only one source has …") went on left of its own bullet.
:class:`HangingContent` wraps each line that opens with spaces (and a bullet: ``·``, ``•``,
``-``, ``*``, ``1.``) itself, at the width it is drawn at, its continuation lines indented
as far as the line's text starts; then Textual draws the lines, which fit. Its text, spans
and ``plain`` are those of the content given: only the drawing differs.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rich.text import Text
from textual.content import Content

if TYPE_CHECKING:
    from textual.css.styles import RulesMap
    from textual.strip import Strip
    from textual.style import Style
    from textual.visual import RenderOptions

_INDENT = re.compile(r" *(?:(?:[·•*-]|\d+\.) +)?")
MIN_TEXT = 12         # cells left for the text after the indent, at least: else wrapped as usual


def indent_of(line: str) -> int:
    """Where the text of ``line`` starts: after its leading spaces and bullet (ASCII spaces
    and one-cell bullets: characters and cells agree)."""
    match = _INDENT.match(line)
    return match.end() if match is not None and match.end() < len(line) else 0


class HangingContent(Content):
    """Content whose lines, wrapped, continue under their text (see the module)."""

    @classmethod
    def of(cls, text: Text) -> HangingContent:
        content = Content.from_rich_text(text)
        return cls(content.plain, list(content.spans), content.cell_length)

    def hung(self, width: int) -> Content:
        """The content with every long indented line wrapped at ``width``, its
        continuation lines indented (kept for the last width: measured, then drawn)."""
        kept: tuple[int, Content] | None = getattr(self, "_hung", None)
        if kept is None or kept[0] != width:
            kept = self._hung = (width, self._hang(width))
        return kept[1]

    def _hang(self, width: int) -> Content:
        lines = []
        for line in self.split(allow_blank=True):
            indent = indent_of(line.plain)
            if indent and line.cell_length > width and width - indent >= MIN_TEXT:
                head, rest = line[:indent], line[indent:]
                parts = rest.wrap(width - indent)
                pad = " " * indent
                line = Content("\n").join([head + parts[0], *(pad + part for part in parts[1:])])
            lines.append(line)
        return Content("\n").join(lines)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.hung(width).get_height(rules, width)

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        return self.hung(width).render_strips(width, height, style, options)
