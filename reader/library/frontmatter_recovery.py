"""The fields of a front matter block that is not valid YAML, read line by line.

One unquoted colon in a title ("title: Harlow crash: six killed") makes the whole block
invalid YAML, and dropping the block would lose the outlet and date written correctly
beside it. So when the block fails, each top-level ``key: value`` line is read on its own,
as text: no YAML is run on it (a value that broke the block cannot then break anything
else, and nothing nested or aliased is built), a value in matching quotes loses them.
Indented lines (a list, a block scalar's text) and lines with no value or a block
scalar's indicator are left out; the loader checks each field as for any other block (a
date must still be a date).

Hand-written: PyYAML has no error-tolerant mode, and the lines read here are the plain
``key: value`` lines a person types.
"""

from __future__ import annotations

import re

_LINE_RE = re.compile(r"(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]+(?P<value>\S.*?)[ \t]*")
# "summary: |" or ">-": a block scalar's indicator, its text on the indented lines after
_BLOCK_RE = re.compile(r"[|>][+-]?[0-9]?[+-]?")


def fields_by_line(content: str) -> tuple[dict[str, str], dict[str, int]]:
    """(fields, line of each in the file) from the top-level ``key: value`` lines of
    ``content`` (the block without its fences; its first line is the file's line 2).
    The first of two lines with one key wins."""
    fields: dict[str, str] = {}
    lines: dict[str, int] = {}
    for n, line in enumerate(content.split("\n")):
        m = _LINE_RE.fullmatch(line)
        if m is None or m["key"] in fields or _BLOCK_RE.fullmatch(m["value"]):
            continue
        fields[m["key"]] = _unquoted(m["value"])
        lines[m["key"]] = n + 2
    return fields, lines


def _unquoted(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value
