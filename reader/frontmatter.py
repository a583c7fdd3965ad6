"""Front matter: the YAML block at the top of a Markdown article.

The block is found by markdown-it-py's front-matter plugin (only the lines up to the
closing fence are parsed, so a long body costs nothing) and read with PyYAML's *safe*
loader: tags that would build Python objects are refused. A broken block is reported
with its line in the file and ignored; the body is kept. Absurdly nested YAML is refused
before the loader sees it, because libyaml's C composer recurses and would overflow the
stack (a crash no ``except`` can catch).

Imported only when a file has front matter, so commands on plain files skip PyYAML.
"""

from __future__ import annotations

import re

import yaml

from reader.sanitize import one_line

_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FENCE_RE = re.compile(r"^(?:-{3,}|\.{3})[ \t]*$")


def split_front_matter(text: str, problems: list) -> tuple[dict, str]:
    """Return (metadata, body). Broken front matter is reported and ignored, the body kept."""
    # Split on "\n" only, as markdown-it counts lines (str.splitlines also breaks at
    # form feeds, U+2028 and others, which would shift the body).
    lines = [ln for ln in re.split(r"(?<=\n)", text) if ln]
    if not lines or not lines[0].startswith("---") or not _FENCE_RE.match(lines[0].rstrip("\n")):
        return {}, text
    close = next((i for i in range(1, len(lines)) if _FENCE_RE.match(lines[i].rstrip("\n"))), None)
    if close is None:
        problems.append(("front matter is never closed by '---'; read as plain Markdown", 1))
        return {}, text
    token = _front_matter_token("".join(lines[: close + 1])) or _front_matter_token(text)
    if token is None:
        return {}, text
    end_line = token.map[1]
    body = "".join(lines[end_line:])
    try:
        _check_depth(token.content)
        data = yaml.load(token.content, Loader=_SafeLoader)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError) as exc:
        line = _error_line(exc, token.content)
        reason = one_line(getattr(exc, "problem", None) or (str(exc).splitlines() or [exc.__class__.__name__])[0])
        problems.append((f"front matter is not valid YAML ({reason}) at line {line}; metadata ignored", line))
        return {}, body
    if data is None:
        return {}, body
    if not isinstance(data, dict):
        problems.append(("front matter is not a mapping of fields; metadata ignored", 2))
        return {}, body
    return data, body


MAX_YAML_DEPTH = 64
_OPENERS = (yaml.FlowSequenceStartToken, yaml.FlowMappingStartToken, yaml.BlockSequenceStartToken,
            yaml.BlockMappingStartToken)
_CLOSERS = (yaml.FlowSequenceEndToken, yaml.FlowMappingEndToken, yaml.BlockEndToken)


class _TooDeep(ValueError):
    def __init__(self, line: int) -> None:
        super().__init__(f"nested more than {MAX_YAML_DEPTH} levels deep")
        self.line = line


def _check_depth(content: str) -> None:
    """Refuse absurdly nested YAML before the (recursive, C) loader can overflow its stack."""
    if content.count("[") + content.count("{") + content.count(":") + content.count("- ") < MAX_YAML_DEPTH:
        return
    depth = 0
    for tok in yaml.scan(content, Loader=_SafeLoader):
        if isinstance(tok, _OPENERS):
            depth += 1
            if depth > MAX_YAML_DEPTH:
                raise _TooDeep(tok.start_mark.line + 2)
        elif isinstance(tok, _CLOSERS):
            depth -= 1


def _error_line(exc: Exception, content: str) -> int:
    """File line (the opening fence is line 1) of a YAML error."""
    if isinstance(exc, _TooDeep):
        return exc.line
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if mark is not None:
        return mark.line + 2
    position = getattr(exc, "position", None)  # yaml.reader.ReaderError
    if isinstance(position, int):
        return content.count("\n", 0, position) + 2
    return 1


_md = None


def _front_matter_token(text: str):
    global _md
    if _md is None:
        from markdown_it import MarkdownIt
        from mdit_py_plugins.front_matter import front_matter_plugin

        _md = MarkdownIt("commonmark").use(front_matter_plugin)
    tokens = _md.parse(text)
    if tokens and tokens[0].type == "front_matter":
        return tokens[0]
    return None
