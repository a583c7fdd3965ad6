"""An article body as blocks of plain text that remember where each character came from.

The reading panes draw Markdown (paragraphs, emphasis, links, headings, lists, quotes,
code) but everything reader knows about an article -- shared passages, word changes,
search matches -- is a span of *body* character offsets. So each rendered block keeps,
for every character it shows, the offset of the body character it stands for
(``offsets``, non-decreasing). Inline formatting is kept as ``(start, end, role)``
spans over the block's own text; the pane turns roles into theme styles when it draws,
so nothing here depends on Textual or on a theme, and article text is never parsed as
markup.

Markdown is parsed with markdown-it-py (CommonMark). Its tokens give line ranges, not
character offsets, so each piece of inline text is found again in the source, in order;
a piece the parser rewrote (an entity, a backslash escape) falls back to a character by
character match, so an offset is at worst a few characters early, never out of order.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from functools import lru_cache

ROLES = ("em", "strong", "link", "code", "heading", "quote")

_INLINE_ROLES = {"em_open": "em", "strong_open": "strong", "link_open": "link", "s_open": "em"}


@dataclass
class Block:
    """One paragraph, heading, list item, quote paragraph, code block or rule."""

    kind: str                      # paragraph | heading | code | rule
    plain: str = ""
    offsets: array = field(default_factory=lambda: array("l"))
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    first_prefix: str = ""         # e.g. "• " before the first line of a list item
    rest_prefix: str = ""          # the hanging indent of the lines after it
    gap_before: bool = True        # a blank line before this block
    anchor: int = 0                # body offset of the block (for blocks without text)

    def body_start(self) -> int:
        return self.offsets[0] if self.offsets else self.anchor


@dataclass
class Document:
    blocks: list[Block]
    body_length: int


@lru_cache(maxsize=32)
def build_document(body: str, markdown: bool = True) -> Document:
    """The blocks of ``body``: Markdown, or plain text split into paragraphs."""
    blocks = _markdown_blocks(body) if markdown else _plain_blocks(body)
    if blocks:
        blocks[0].gap_before = False
    return Document(blocks, len(body))


# --- plain text -----------------------------------------------------------------


def _plain_blocks(body: str) -> list[Block]:
    """Paragraphs separated by blank lines; single line breaks are re-wrapped."""
    blocks: list[Block] = []
    pos = 0
    for chunk in body.split("\n\n"):
        start = pos
        pos += len(chunk) + 2
        lead = len(chunk) - len(chunk.lstrip())
        text = chunk.strip()
        if not text:
            continue
        base = start + lead
        plain = text.replace("\n", " ")
        blocks.append(Block("paragraph", plain, array("l", range(base, base + len(plain)))))
    return blocks


# --- Markdown -------------------------------------------------------------------

_parser = None


def _md():
    global _parser
    if _parser is None:
        from markdown_it import MarkdownIt

        _parser = MarkdownIt("commonmark")
    return _parser


class _Locator:
    """Finds rendered text again in the source, moving forwards only."""

    def __init__(self, src: str, start: int, end: int) -> None:
        self.src, self.cursor, self.end = src, start, max(end, start)

    def locate(self, piece: str, out: array) -> None:
        src, cur, end = self.src, self.cursor, self.end
        k = src.find(piece, cur, end)
        if k >= 0:
            out.extend(range(k, k + len(piece)))
            self.cursor = k + len(piece)
            return
        last = max(end - 1, 0)
        for ch in piece:
            j = src.find(ch, cur, min(end, cur + 16))
            if j >= 0:
                out.append(j)
                cur = j + 1
            else:
                out.append(min(cur, last))
        self.cursor = max(cur, self.cursor)

    def point(self, ch: str) -> int:
        j = self.src.find(ch, self.cursor, self.end)
        if j < 0:
            return min(self.cursor, max(self.end - 1, 0))
        self.cursor = j + 1
        return j


def _line_starts(body: str) -> list[int]:
    starts = [0]
    find = body.find
    k = find("\n")
    while k >= 0:
        starts.append(k + 1)
        k = find("\n", k + 1)
    starts.append(len(body))
    return starts


def _char_range(lines: list[int], token) -> tuple[int, int]:
    first, last = token.map if token.map else (0, len(lines) - 1)
    first = min(first, len(lines) - 1)
    last = min(last, len(lines) - 1)
    return lines[first], lines[last]


def _markdown_blocks(body: str) -> list[Block]:
    tokens = _md().parse(body)
    lines = _line_starts(body)
    blocks: list[Block] = []
    lists: list[list] = []          # [ordered, next number] per open list
    quote = 0
    item_prefix: str | None = None  # marker for the first block of the current item
    heading = False
    tight = False                   # the paragraph is in a tight list: no blank lines
    list_start = False              # the next block is the first of a top-level list
    for tok in tokens:
        t = tok.type
        if t in ("bullet_list_open", "ordered_list_open"):
            start = int(tok.attrGet("start") or 1) if t == "ordered_list_open" else 0
            lists.append([t == "ordered_list_open", start])
            list_start = list_start or len(lists) == 1
        elif t in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif t == "list_item_open":
            ordered, number = lists[-1]
            item_prefix = f"{number}. " if ordered else "• "
            if ordered:
                lists[-1][1] = number + 1
        elif t == "blockquote_open":
            quote += 1
        elif t == "blockquote_close":
            quote -= 1
        elif t == "heading_open":
            heading = True
        elif t == "heading_close":
            heading = False
        elif t == "paragraph_open":
            tight = bool(tok.hidden)
        elif t in ("inline", "code_block", "fence", "html_block", "hr"):
            indent = "  " * max(len(lists) - 1, 0)
            bar = "▎ " * quote
            first = rest = bar + indent
            if item_prefix is not None:
                first += item_prefix
                rest += " " * len(item_prefix)
            elif lists:
                first += " " * 2
                rest += " " * 2
            lo, hi = _char_range(lines, tok)
            if t == "inline":
                block = _inline_block(tok, body, lo, hi, "heading" if heading else "paragraph")
            elif t == "hr":
                block = Block("rule", anchor=lo)
            else:
                block = _code_block(tok, body, lo, hi, t)
            block.first_prefix, block.rest_prefix = first, rest
            if quote and block.kind != "rule":
                block.spans.insert(0, (0, len(block.plain), "quote"))
            block.gap_before = not tight or list_start
            item_prefix = None
            list_start = tight = False
            blocks.append(block)
    return blocks


def _inline_block(tok, body: str, lo: int, hi: int, kind: str) -> Block:
    where = _Locator(body, lo, hi)
    plain: list[str] = []
    offsets = array("l")
    spans: list[tuple[int, int, str]] = []
    open_roles: list[tuple[str, int]] = []
    size = 0

    def add(text: str) -> None:
        nonlocal size
        if text:
            where.locate(text, offsets)
            plain.append(text)
            size += len(text)

    for child in tok.children or []:
        c = child.type
        if c in ("text", "html_inline"):
            add(child.content)
        elif c == "code_inline":
            start = size
            add(child.content)
            spans.append((start, size, "code"))
        elif c == "softbreak":
            offsets.append(where.point("\n"))
            plain.append(" ")
            size += 1
        elif c == "hardbreak":
            offsets.append(where.point("\n"))
            plain.append("\n")
            size += 1
        elif c == "image":
            start = size
            for grandchild in child.children or []:
                add(grandchild.content)
            if size == start:
                add(child.attrGet("alt") or "")
            spans.append((start, size, "link"))
        elif c in _INLINE_ROLES:
            open_roles.append((_INLINE_ROLES[c], size))
        elif c.endswith("_close") and open_roles:
            role, start = open_roles.pop()
            if size > start:
                spans.append((start, size, role))
    text = "".join(plain)
    if kind == "heading" and text:
        spans.insert(0, (0, len(text), "heading"))
    spans.sort()
    return Block(kind, text, offsets, spans, anchor=lo)


def _code_block(tok, body: str, lo: int, hi: int, kind: str) -> Block:
    content = tok.content.rstrip("\n")
    offsets = array("l")
    where = _Locator(body, lo, hi)
    for n, line in enumerate(content.split("\n")):
        if n:
            offsets.append(where.point("\n"))
        where.locate(line, offsets)
    spans = [(0, len(content), "code")] if kind != "html_block" and content else []
    return Block("code", content, offsets, spans, anchor=lo)
