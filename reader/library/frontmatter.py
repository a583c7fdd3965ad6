"""Front matter: the YAML block at the top of a Markdown article.

The block is found by markdown-it-py's front-matter plugin (only the lines up to the
closing fence are parsed, so a long body costs nothing) and read with PyYAML's *safe*
loader: tags that would build Python objects are refused. A broken block is reported
with its line in the file and ignored; the body is kept. Absurdly nested YAML is refused
before the loader sees it, because libyaml's C composer recurses and would overflow the
stack (a crash no ``except`` can catch).

Imported only when a file has front matter; PyYAML and markdown-it themselves only when
a block is not in the cache (see :func:`split_front_matter`).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re

from reader.text.cache import JsonStore
from reader.text.sanitize import one_line

TYPE_CHECKING = False  # typing is not imported at run time: it costs start-up
if TYPE_CHECKING:
    from typing import Any

    from markdown_it import MarkdownIt
    from markdown_it.token import Token

    from reader.library.loading import Problems

_FENCE_RE = re.compile(r"^(?:-{3,}|\.{3})[ \t]*$")


CACHE = JsonStore("frontmatter-v1.json")


def split_front_matter(text: str, problems: Problems) -> tuple[dict[str, Any], str]:
    """Return (metadata, body). Broken front matter is reported and ignored, the body kept.

    Results are cached by the exact text of the front matter block, so an article seen
    before costs neither PyYAML nor markdown-it (which is what lets the TUI's first
    screen appear without importing them)."""
    head_end = _block_end(text)
    if head_end is None:
        return {}, text
    if head_end < 0:
        problems.append(("front matter is never closed by '---'; read as plain Markdown", 1))
        return {}, text
    head = text[:head_end]
    key = hashlib.blake2b(head.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    hit = CACHE.get(key)
    if hit is not None:
        try:
            meta, cached, end_line = _decode(hit["meta"]), hit["problems"], hit["end"]
            if not isinstance(end_line, int) or end_line < 0:
                raise ValueError(end_line)
        except (KeyError, TypeError, ValueError):
            hit = None
        else:
            problems.extend((message, line) for message, line in cached)
            return meta, text[_line_start(text, end_line):]
    found: Problems = []
    meta, end_line, from_head = _parse(text, head, found)
    problems.extend(found)
    if end_line is None:
        return {}, text
    encoded = _encode(meta)
    if from_head and encoded is not _UNCACHEABLE:
        CACHE.put(key, {"meta": encoded, "problems": found, "end": end_line})
    return meta, text[_line_start(text, end_line):]


# Lines end after "\n" only, as markdown-it counts them (str.splitlines also breaks at
# form feeds, U+2028 and others, which would shift the body); only the lines of the block
# are looked at, so a long body costs nothing here.


def _block_end(text: str) -> int | None:
    """Where the line closing the front matter block ends: None when the text does not
    open with a fence line, -1 when no later line closes it."""
    end = text.find("\n") + 1 or len(text)
    first = text[:end]
    if not first.startswith("---") or not _FENCE_RE.match(first.rstrip("\n")):
        return None
    start = end
    while start < len(text):
        end = text.find("\n", start) + 1 or len(text)
        if _FENCE_RE.match(text[start:end].rstrip("\n")):
            return end
        start = end
    return -1


def _line_start(text: str, line: int) -> int:
    """Where line ``line`` (counted from 0) starts; the text's end when it has fewer."""
    start = 0
    for _ in range(line):
        start = text.find("\n", start) + 1
        if not start:
            return len(text)
    return start


def _parse(text: str, head: str, problems: Problems) -> tuple[dict[str, Any], int | None, bool]:
    """Parse the front matter: (metadata, line where the body starts, whether the block
    alone sufficed). ``None`` for the line when markdown-it sees no front matter."""
    import yaml

    token = _front_matter_token(head)
    from_head = token is not None
    token = token or _front_matter_token(text)
    if token is None or token.map is None:  # (the plugin always maps its token)
        return {}, None, False
    end_line = token.map[1]
    try:
        _check_depth(token.content)
        data = yaml.load(token.content, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError) as exc:
        line = _error_line(exc, token.content)
        reason = one_line(getattr(exc, "problem", None) or (str(exc).splitlines() or [exc.__class__.__name__])[0])
        problems.append((f"front matter is not valid YAML ({reason}) at line {line}; metadata ignored", line))
        return {}, end_line, from_head
    if data is None:
        return {}, end_line, from_head
    if not isinstance(data, dict):
        problems.append(("front matter is not a mapping of fields; metadata ignored", 2))
        return {}, end_line, from_head
    return data, end_line, from_head


# YAML values as JSON for the cache: dates are tagged so they come back as dates; a
# value JSON cannot hold exactly (bytes, sets, non-text keys) makes the entry uncached.
_UNCACHEABLE = object()


def _encode(value: object) -> object:
    if isinstance(value, _dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, _dt.date):
        return {"$date": value.isoformat()}
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, list):
        items = [_encode(v) for v in value]
        return _UNCACHEABLE if any(v is _UNCACHEABLE for v in items) else items
    if isinstance(value, dict) and all(isinstance(k, str) and not k.startswith("$") for k in value):
        fields = {k: _encode(v) for k, v in value.items()}
        return _UNCACHEABLE if any(v is _UNCACHEABLE for v in fields.values()) else fields
    return _UNCACHEABLE


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if isinstance(value, dict):
        if len(value) == 1 and "$date" in value:
            return _dt.date.fromisoformat(value["$date"])
        if len(value) == 1 and "$datetime" in value:
            return _dt.datetime.fromisoformat(value["$datetime"])
        return {k: _decode(v) for k, v in value.items()}
    return value


MAX_YAML_DEPTH = 64


class _TooDeep(ValueError):
    def __init__(self, line: int) -> None:
        super().__init__(f"nested more than {MAX_YAML_DEPTH} levels deep")
        self.line = line


def _check_depth(content: str) -> None:
    """Refuse absurdly nested YAML before the (recursive, C) loader can overflow its stack."""
    if content.count("[") + content.count("{") + content.count(":") + content.count("- ") < MAX_YAML_DEPTH:
        return
    import yaml

    openers = (yaml.FlowSequenceStartToken, yaml.FlowMappingStartToken, yaml.BlockSequenceStartToken,
               yaml.BlockMappingStartToken)
    closers = (yaml.FlowSequenceEndToken, yaml.FlowMappingEndToken, yaml.BlockEndToken)
    depth = 0
    for tok in yaml.scan(content, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
        if isinstance(tok, openers):
            depth += 1
            if depth > MAX_YAML_DEPTH:
                raise _TooDeep(tok.start_mark.line + 2)
        elif isinstance(tok, closers):
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


_md: MarkdownIt | None = None


def _front_matter_token(text: str) -> Token | None:
    global _md
    if _md is None:
        from markdown_it import MarkdownIt
        from mdit_py_plugins.front_matter import front_matter_plugin

        _md = MarkdownIt("commonmark").use(front_matter_plugin)
    tokens = _md.parse(text)
    if tokens and tokens[0].type == "front_matter":
        return tokens[0]
    return None
