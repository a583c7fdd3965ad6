"""How an article file's bytes become its text.

A byte order mark names the encoding: UTF-8, UTF-32 (checked before UTF-16: the UTF-32
little-endian mark FF FE 00 00 begins with the UTF-16 one), UTF-16. Without one the text
is UTF-8; bytes that are not are shown as U+FFFD, with one warning. A stray NUL byte (a
copy-and-paste or download artefact) keeps the text too, shown as ``␀`` by the loader's
neutralising, with one warning; a file with a NUL is binary, and skipped, when it starts
with a known binary signature or holds control bytes (NULs among them) more than one in a
thousand (UTF-16 without its mark is half NULs).
"""

from __future__ import annotations

import codecs

Problems = list[tuple[str, int | None]]

# (UTF-32 before UTF-16: FF FE 00 00 is also the UTF-16 mark FF FE followed by a NUL)
BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))

# The openings of binary formats a library folder may hold (images, documents, archives,
# programs): a file holding a NUL that opens so is binary, however few its NULs.
BINARY_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"%PDF-", b"PK\x03\x04",
                     b"\x1f\x8b", b"\x7fELF", b"\xfd7zXZ\x00", b"7z\xbc\xaf\x27\x1c", b"SQLite format 3\x00",
                     b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe")
# Control bytes no text has (tab, line breaks and escape left out)
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])


def bom_of(data: bytes) -> tuple[str, int] | None:
    """(the encoding, the mark's length) a byte order mark at the start of ``data``
    names; None without one."""
    for bom, name in BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def is_binary(data: bytes) -> bool:
    """Whether ``data`` (with no byte order mark) is a binary file rather than text with
    a stray NUL: a NUL, and a known binary signature or control bytes (NULs among them)
    more than one, plus one in a thousand."""
    if b"\x00" not in data:
        return False
    if data.startswith(BINARY_SIGNATURES):
        return True
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    return controls > 1 + len(data) // 1000


def decode_text(data: bytes, problems: Problems) -> str | None:
    """The text of a file's bytes (see the module's docstring); None, with the problem
    in ``problems``, for a binary file or one whose marked encoding is broken."""
    marked = bom_of(data)
    if marked is not None and marked[0] != "utf-8":
        name, size = marked
        try:
            return data[size:].decode(name)
        except UnicodeDecodeError:
            problems.append((f"broken {name[:6].upper()} text, skipped", None))
            return None
    if is_binary(data):
        problems.append(("binary file, skipped", None))
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8-sig", errors="replace")
        problems.append((f"not valid UTF-8 (first bad byte at offset {exc.start}); shown with U+FFFD", None))
    nuls = text.count("\x00")
    if nuls:
        problems.append((f"{nuls} NUL byte{'s' if nuls > 1 else ''} in the text; shown as \u2400", None))
    return text
