"""Front matter: the YAML block at the top of a Markdown article.

The block is found by markdown-it-py's front-matter plugin (only the lines up to the
closing fence are parsed, so a long body costs nothing) and read with PyYAML's *safe*
loader: tags that would build Python objects are refused. A broken block is reported
with its line in the file and its plain ``key: value`` lines are read as text
(:mod:`reader.library.frontmatter_recovery`); the body is kept. Absurdly nested YAML is refused
before the loader sees it, because libyaml's C composer recurses and would overflow the
stack (a crash no ``except`` can catch).

Imported only when a file has front matter; PyYAML and markdown-it themselves only when
a block is not in the cache (see :func:`split_front_matter`).

The cache (``<cache dir>/frontmatter-v7/``, :class:`reader.text.cache.ShardedJsonStore`)
is 256 shards by the hash of the key (the key is itself a hash of the block, so they
fill evenly), one entry a line: a run reads only the shards of the blocks it meets and
parses only their entries. v2 was one JSON file read whole: once it had seen a
10,000-article library, opening the 5 bundled articles spent 29 ms (median; 74 ms in a
busier run) in it before the first frame, 157 ms at 100,000 entries (capped, 25,000
kept); sharded, 0.5 and 3.9 ms (benchmarks/frontmatter_cache.py, medians of 11 fresh
processes, load average about 3 on 2 cores). 256 rather than 16 shards (2.3 and 37.5 ms)
or 4096 (0.3 and 0.4 ms, but a warm 10,000-article library then reads 4096 files: 219
ms in the cache against 136 with 256 shards and 124 with the single file; the whole
load 922, 823 and 802 ms). One shard per source folder was the other candidate; not
taken because one article of a large folder (the user's imported library is one
folder) would still cost the whole folder's entries.
"""

from __future__ import annotations

import datetime as _dt
import re

try:
    # hashlib's blake2b is this one (CPython keeps BLAKE2 out of OpenSSL); importing
    # hashlib itself loads OpenSSL's libcrypto first, about 1 ms before the first frame
    from _blake2 import blake2b
except ImportError:  # a Python without the module: the same function through hashlib
    from hashlib import blake2b

from reader.text import cache_prune
from reader.text.cache import ShardedJsonStore
from reader.text.sanitize import one_line

TYPE_CHECKING = False  # typing is not imported at run time: it costs start-up
if TYPE_CHECKING:
    from typing import Any

    from markdown_it import MarkdownIt
    from markdown_it.token import Token

    from reader.library.loading import Problems

_FENCE_RE = re.compile(r"^(?:-{3,}|\.{3})[ \t]*$")


def split_front_matter(text: str, problems: Problems,
                       lines: dict[str, int] | None = None) -> tuple[dict[str, Any], str]:
    """Return (metadata, body). Broken front matter is reported and ignored, the body kept;
    a field that cannot be read is reported (with its line) and left out, the others kept.
    ``lines``, when given, receives the file line of each field read.

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
    key = blake2b(head.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    hit = CACHE.get(key)
    if hit is not None and _line_start(text, hit[2]) == head_end:  # (a damaged "end" is a miss, re-put)
        meta, cached, end_line, cached_lines = hit
        problems.extend(cached)
        if lines is not None:
            lines.update(cached_lines)
        return meta, text[_line_start(text, end_line):]
    found: Problems = []
    field_lines: dict[str, int] = {}
    meta, end_line, from_head = _parse(text, head, found, field_lines)
    problems.extend(found)
    if lines is not None:
        lines.update(field_lines)
    if end_line is None:
        return {}, text
    encoded = _encode(meta)
    if from_head and encoded is not _UNCACHEABLE and _line_start(text, end_line) == head_end:
        CACHE.put(key, {"meta": encoded, "problems": found, "end": end_line, "lines": field_lines})
    return meta, text[_line_start(text, end_line):]


def _from_cache(entry: Any) -> tuple[dict[str, Any], Problems, int, dict[str, int]] | None:
    """A cache entry as (metadata, problems, end line, field lines); None for anything
    else (a cache file is outside reader's control: a wrong shape is a miss)."""
    if not isinstance(entry, dict) or set(entry) != {"meta", "problems", "end", "lines"}:
        return None
    end, found, field_lines, meta = entry["end"], entry["problems"], entry["lines"], entry["meta"]
    if type(end) is not int or end < 0 or not isinstance(found, list) or not isinstance(field_lines, dict):
        return None
    if not all(isinstance(p, list) and len(p) == 2 and isinstance(p[0], str)
               and (p[1] is None or type(p[1]) is int) for p in found):
        return None
    if not all(isinstance(k, str) and type(v) is int for k, v in field_lines.items()):
        return None
    if not isinstance(meta, dict) or not _json_within(meta, MAX_YAML_DEPTH + 2):
        return None
    try:
        decoded = _decode(meta)
    except (ValueError, TypeError):
        return None
    return decoded, [(m, ln) for m, ln in found], end, field_lines


def _json_within(value: object, depth: int) -> bool:
    """Whether a decoded JSON value nests no deeper than ``depth``."""
    if isinstance(value, (list, dict)):
        if depth <= 0:
            return False
        items = value.values() if isinstance(value, dict) else value
        return all(_json_within(v, depth - 1) for v in items)
    return True


CACHE_VERSION = 7                # 6: text fields as written ("title: 12:30" is no 750); 7: repeated fields named
cache_prune.declare("frontmatter", CACHE_VERSION)
CACHE = ShardedJsonStore(f"frontmatter-v{CACHE_VERSION}", decode=_from_cache)


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


def _parse(text: str, head: str, problems: Problems,
           lines: dict[str, int] | None = None) -> tuple[dict[str, Any], int | None, bool]:
    """Parse the front matter: (metadata, line where the body starts, whether the block
    alone sufficed). ``None`` for the line when markdown-it sees no front matter."""
    import yaml

    token = _front_matter_token(head)
    from_head = token is not None
    token = token or _front_matter_token(text)
    if token is None or token.map is None:  # (the plugin always maps its token)
        return {}, None, False
    end_line = token.map[1]
    content = token.content
    if len(content) > MAX_FRONT_MATTER_CHARS:
        problems.append((f"front matter is {len(content):,} characters long, over the limit of "
                         f"{MAX_FRONT_MATTER_CHARS:,}; metadata ignored", 1))
        return {}, end_line, from_head
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(content)
    try:
        try:
            _check_depth(content)
            root = loader.get_single_node()  # aliases stay shared nodes here: nothing is expanded yet
        except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError) as exc:
            return _recovered(content, exc, problems, lines), end_line, from_head
        if root is None:
            return {}, end_line, from_head
        if not isinstance(root, yaml.MappingNode):
            problems.append(("front matter is not a mapping of fields; metadata ignored", 2))
            return {}, end_line, from_head
        return _fields(loader, root, problems, {} if lines is None else lines), end_line, from_head
    finally:
        loader.dispose()


def _recovered(content: str, exc: Exception, problems: Problems,
               lines: dict[str, int] | None) -> dict[str, Any]:
    """The fields of a block that is not valid YAML, read line by line
    (:mod:`reader.library.frontmatter_recovery`), with the problem that says so."""
    from reader.library.frontmatter_recovery import fields_by_line

    line = _error_line(exc, content)
    fields, at = fields_by_line(content)
    kept = f"fields read line by line as text: {', '.join(fields)[:200]}" if fields else "metadata ignored"
    problems.append((f"front matter is not valid YAML ({_reason(exc)}) at line {line}; {kept}", line))
    if lines is not None:
        lines.update(at)
    return dict(fields)


def _reason(exc: BaseException) -> str:
    return one_line(getattr(exc, "problem", None) or (str(exc).splitlines() or [exc.__class__.__name__])[0])[:200]


# Limits on what one front matter block may make. Aliases are the danger: nine aliases of
# nine aliases of ... (the "billion laughs") is a few hundred bytes of YAML that builds
# billions of values once expanded, and an alias inside its own anchor builds a value
# that contains itself. The node graph PyYAML composes keeps every alias as one shared
# node, so it is measured (with aliases expanded, as the metadata and its cache would
# hold it) before anything is built from it.
MAX_FRONT_MATTER_CHARS = 256_000
MAX_VALUES = 10_000          # values (scalars, lists, mappings) with aliases expanded, in all fields
MAX_VALUE_CHARS = 1_000_000  # characters of those scalars
MAX_YAML_DEPTH = 64
_MERGE_TAG = "tag:yaml.org,2002:merge"


class _Refused(ValueError):
    """A field the limits refuse (its text is the reason)."""


def _fields(loader: Any, root: Any, problems: Problems, lines: dict[str, int]) -> dict[str, Any]:
    """The fields of the top-level mapping, each built on its own: a field that breaks a
    limit or cannot be built (an impossible date, an unknown tag) is reported with its
    line and left out; the others are kept."""
    import yaml

    data: dict[Any, Any] = {}
    merged: list[tuple[dict[Any, Any], int]] = []
    memo: dict[int, tuple[int, int, int]] = {}
    values, chars = 0, 0
    refused: dict[str, list[tuple[str, int]]] = {}  # the fields a limit refused, by reason
    for key_node, value_node in root.value:
        line = key_node.start_mark.line + 2  # the opening fence is line 1
        name = key_node.value if isinstance(key_node, yaml.ScalarNode) else "?"
        shown = one_line(name)[:60]
        try:
            n1, c1 = _measure(key_node, 0, memo, set())
            n2, c2 = _measure(value_node, 0, memo, set())
            if values + n1 + n2 > MAX_VALUES or chars + c1 + c2 > MAX_VALUE_CHARS:
                raise _Refused(f"with aliases expanded, the front matter would make over {MAX_VALUES:,} values "
                               f"or {MAX_VALUE_CHARS:,} characters")
            is_merge = key_node.tag == _MERGE_TAG
            key = "<<" if is_merge else loader.construct_object(key_node, deep=True)
            value = loader.construct_object(_as_written(value_node) if name in TEXT_FIELDS else value_node, deep=True)
            hash(key)
        except _Refused as exc:
            refused.setdefault(str(exc), []).append((shown, line))
            continue
        except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError) as exc:
            problems.append((f"front matter field '{shown}' on line {line} is not valid YAML ({_reason(exc)}); "
                             "ignored", line))
            # A failed build leaves the constructor half-way: start the next field afresh.
            loader.constructed_objects, loader.recursive_objects, loader.state_generators = {}, {}, []
            continue
        values, chars = values + n1 + n2, chars + c1 + c2
        if is_merge:  # "<<: *defaults": fields given explicitly win over merged ones
            maps = value if isinstance(value, list) else [value]
            merged.extend((m, line) for m in maps if isinstance(m, dict))
            continue
        if key in data and isinstance(key, str):  # YAML forbids it; PyYAML keeps the last silently
            problems.append((f"front matter field '{shown}' on line {line} repeats line {lines[key]}; "
                             "the later value is used", line))
        data[key] = value
        if isinstance(key, str):
            lines[key] = line
    for reason, where in refused.items():  # one problem for all the fields of a billion laughs
        names = ", ".join(f"'{name}' (line {line})" for name, line in where[:5])
        more = f" and {len(where) - 5} more" if len(where) > 5 else ""
        field = "field" if len(where) == 1 else "fields"
        problems.append((f"front matter {field} {names}{more}: {reason}; ignored", where[0][1]))
    for fields, line in merged:
        for key, value in fields.items():
            if key not in data:
                data[key] = value
                if isinstance(key, str):
                    lines[key] = line
    return data


# The fields that are text: a plain scalar YAML 1.1 reads as a number, a boolean or a date
# ("title: 12:30" is 750, "010" is 8, "0x1F" 31, "yes" True) is kept exactly as written.
TEXT_FIELDS = frozenset({"title", "outlet", "publisher", "language", "author", "authors", "url"})
_NOT_TEXT = frozenset(f"tag:yaml.org,2002:{kind}" for kind in ("int", "float", "bool", "timestamp"))


def _as_written(node: Any) -> Any:
    """``node`` with a plain scalar (or each of a sequence's) that YAML would read as a
    number, a boolean or a date made a string of the scalar's own text."""
    import yaml

    if isinstance(node, yaml.ScalarNode) and node.tag in _NOT_TEXT:
        return yaml.ScalarNode("tag:yaml.org,2002:str", node.value, node.start_mark, node.end_mark, node.style)
    if isinstance(node, yaml.SequenceNode):
        return yaml.SequenceNode(node.tag, [_as_written(item) for item in node.value], node.start_mark,
                                 node.end_mark, node.flow_style)
    return node


def _measure(node: Any, depth: int, memo: dict[int, tuple[int, int, int]], active: set[int]) -> tuple[int, int]:
    """(values, scalar characters) of ``node`` with its aliases expanded; raises
    :class:`_Refused` when it contains itself, nests too deep or grows past the limits
    (counting stops there, so a billion laughs costs no more than the limit)."""
    found = memo.get(id(node))
    if found is not None:
        if depth + found[2] > MAX_YAML_DEPTH:
            raise _Refused(f"nested more than {MAX_YAML_DEPTH} levels deep")
        return found[0], found[1]
    if id(node) in active:
        raise _Refused("an alias refers to the value that contains it")
    if depth > MAX_YAML_DEPTH:
        raise _Refused(f"nested more than {MAX_YAML_DEPTH} levels deep")
    if isinstance(node.value, str):
        result = (1, len(node.value), 0)
    else:
        children = [n for pair in node.value for n in pair] if node.id == "mapping" else node.value
        active.add(id(node))
        try:
            values, chars, height = 1, 0, 0
            for child in children:
                n, c = _measure(child, depth + 1, memo, active)
                values, chars, height = values + n, chars + c, max(height, memo[id(child)][2] + 1)
                if values > MAX_VALUES or chars > MAX_VALUE_CHARS:
                    raise _Refused(f"with aliases expanded, the front matter would make over {MAX_VALUES:,} "
                                   f"values or {MAX_VALUE_CHARS:,} characters")
        finally:
            active.discard(id(node))
        result = (values, chars, height)
    memo[id(node)] = result
    return result[0], result[1]


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
