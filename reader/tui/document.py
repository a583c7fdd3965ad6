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
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # markdown-it is imported when the first Markdown article is shown
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

ROLES = ("em", "strong", "link", "code", "heading", "quote")

_INLINE_ROLES = {"em_open": "em", "strong_open": "strong", "link_open": "link", "s_open": "em"}


@dataclass
class Block:
    """One paragraph, heading, list item, quote paragraph, code block or rule."""

    kind: str                      # paragraph | heading | code | rule
    plain: str = ""
    offsets: array[int] = field(default_factory=lambda: array("l"))
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


@lru_cache(maxsize=32)
def build_document(body: str, markdown: bool = True) -> Document:
    """The blocks of ``body``: Markdown, or plain text split into paragraphs."""
    blocks = _markdown_blocks(body) if markdown else _plain_blocks(body)
    if blocks:
        blocks[0].gap_before = False
    return Document(blocks)


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

_parser: MarkdownIt | None = None


def _md() -> MarkdownIt:
    global _parser
    if _parser is None:
        from markdown_it import MarkdownIt

        _parser = MarkdownIt("commonmark")
    return _parser


class _Locator:
    """Finds rendered text again in the source, moving forwards only."""

    def __init__(self, src: str, start: int, end: int) -> None:
        self.src, self.cursor, self.end = src, start, max(end, start)

    def locate(self, piece: str, out: array[int]) -> None:
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


def _char_range(lines: list[int], token: Token) -> tuple[int, int]:
    first, last = token.map if token.map else (0, len(lines) - 1)
    first = min(first, len(lines) - 1)
    last = min(last, len(lines) - 1)
    return lines[first], lines[last]


# Quote bars and list indents drawn at most this many levels deep (markdown-it itself
# honours 20 levels of nesting in all, see _markdown_blocks): deeper text is drawn at
# this depth, so the prefix never pushes it out of the pane.
MAX_DRAWN_DEPTH = 8

_CONTENT = ("inline", "code_block", "fence", "html_block", "hr")  # the tokens that make a block


def _markdown_blocks(body: str) -> list[Block]:
    """A block for each piece of content markdown-it finds, placed by the lists and
    quotes it is in."""
    lines = _line_starts(body)
    where = _Nesting()
    blocks: list[Block] = []
    tokens = _md().parse(body)
    deepest = _md().options["maxNesting"] - 1
    for k, tok in enumerate(tokens):
        if tok.type in _CONTENT:
            blocks.append(where.place(_content_block(tok, body, lines, where.heading)))
            continue
        where.enter(tok)
        if (tok.nesting == 1 and tok.level >= deepest and tok.map and k + 1 < len(tokens)
                and tokens[k + 1].nesting == -1):
            # markdown-it stops at its nesting limit and drops what is deeper (10,000
            # nested quotes left the pane blank): that text is shown as plain paragraphs
            # drawn at the deepest level honoured, its quote markers left out.
            lo, hi = _char_range(lines, tok)
            blocks.extend(where.place(block) for block in _flat_blocks(body, lo, hi))
    return blocks


def _flat_blocks(body: str, lo: int, hi: int) -> list[Block]:
    """Paragraphs of ``body[lo:hi]`` (split at lines with no text), each line without
    the quote markers and spaces it starts with, lines joined by a space."""
    blocks: list[Block] = []
    plain: list[str] = []
    offsets = array("l")
    start = lo
    while start < hi:
        end = body.find("\n", start, hi)
        end = hi if end < 0 else end
        first = start
        while first < end and body[first] in " \t>":
            first += 1
        last = end
        while last > first and body[last - 1] in " \t":
            last -= 1
        if first == last:
            if plain:
                blocks.append(Block("paragraph", "".join(plain), offsets))
                plain, offsets = [], array("l")
        else:
            if plain:  # the line break between two lines of a paragraph, as a space
                plain.append(" ")
                offsets.append(start - 1)
            plain.append(body[first:last])
            offsets.extend(range(first, last))
        start = end + 1
    if plain:
        blocks.append(Block("paragraph", "".join(plain), offsets))
    return blocks


def _content_block(tok: Token, body: str, lines: list[int], heading: bool) -> Block:
    lo, hi = _char_range(lines, tok)
    if tok.type == "inline":
        return _inline_block(tok, body, lo, hi, "heading" if heading else "paragraph")
    if tok.type == "hr":
        return Block("rule", anchor=lo)
    return _code_block(tok, body, lo, hi, tok.type)


@dataclass
class _OpenList:
    ordered: bool
    number: int  # of the next item, in an ordered list


class _Nesting:
    """Where the parser is between blocks: the lists and quotes open around the next
    block, whether it starts a list item or a heading, and whether it follows without a
    blank line (a tight list)."""

    def __init__(self) -> None:
        self.lists: list[_OpenList] = []
        self.quote = 0
        self.item_prefix: str | None = None  # marker for the first block of the current item
        self.heading = False
        self.tight = False                   # the paragraph is in a tight list: no blank lines
        self.list_start = False              # the next block is the first of a top-level list

    def enter(self, tok: Token) -> None:
        """Follow a token that opens or closes a list, item, quote, heading or paragraph."""
        t = tok.type
        if t in ("bullet_list_open", "ordered_list_open"):
            ordered = t == "ordered_list_open"
            self.lists.append(_OpenList(ordered, int(tok.attrGet("start") or 1) if ordered else 0))
            self.list_start = self.list_start or len(self.lists) == 1
        elif t in ("bullet_list_close", "ordered_list_close"):
            self.lists.pop()
        elif t == "list_item_open":
            self._start_item()
        elif t in ("blockquote_open", "blockquote_close"):
            self.quote += 1 if t == "blockquote_open" else -1
        elif t in ("heading_open", "heading_close"):
            self.heading = t == "heading_open"
        elif t == "paragraph_open":
            self.tight = bool(tok.hidden)

    def _start_item(self) -> None:
        current = self.lists[-1]
        self.item_prefix = f"{current.number}. " if current.ordered else "• "
        if current.ordered:
            current.number += 1

    def place(self, block: Block) -> Block:
        """Give ``block`` the prefixes, quote role and gap of where it stands."""
        indent = "  " * min(max(len(self.lists) - 1, 0), MAX_DRAWN_DEPTH)
        first = rest = "▎ " * min(self.quote, MAX_DRAWN_DEPTH) + indent
        if self.item_prefix is not None:
            first += self.item_prefix
            rest += " " * len(self.item_prefix)
        elif self.lists:
            first += " " * 2
            rest += " " * 2
        block.first_prefix, block.rest_prefix = first, rest
        if self.quote and block.kind != "rule":
            block.spans.insert(0, (0, len(block.plain), "quote"))
        block.gap_before = not self.tight or self.list_start
        self.item_prefix = None
        self.list_start = self.tight = False
        return block


def _inline_block(tok: Token, body: str, lo: int, hi: int, kind: str) -> Block:
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
                add(str(child.attrGet("alt") or ""))
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


def _code_block(tok: Token, body: str, lo: int, hi: int, kind: str) -> Block:
    content = tok.content.rstrip("\n")
    offsets = array("l")
    where = _Locator(body, lo, hi)
    for n, line in enumerate(content.split("\n")):
        if n:
            offsets.append(where.point("\n"))
        where.locate(line, offsets)
    spans = [(0, len(content), "code")] if kind != "html_block" and content else []
    return Block("code", content, offsets, spans, anchor=lo)
