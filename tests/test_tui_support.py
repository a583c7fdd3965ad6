"""Helpers for the TUI tests (no tests here): a synthetic story and waiting for workers."""

from __future__ import annotations

import random

from reader.library.model import Article

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "da", "gu", "be", "zo", "fi", "ha", "ju"]


def _vocabulary(seed: int = 7, size: int = 600) -> list[str]:
    rng = random.Random(seed)
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


VOCAB = _vocabulary()


def paragraph(rng: random.Random, words: int = 45) -> str:
    text = " ".join(rng.choice(VOCAB) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _edit(rng: random.Random, text: str, swaps: int = 3) -> str:
    words = text.split()
    for _ in range(swaps):
        words[rng.randrange(1, len(words) - 2)] = rng.choice(VOCAB)
    return " ".join(words)


def story() -> list[Article]:
    """Four articles: A; B shares four passages with A at other heights (one edited);
    C shares one passage with A; D shares nothing. A has Markdown and literal markup."""
    rng = random.Random(42)
    a_paras = [paragraph(rng) for _ in range(14)]
    filler = [paragraph(rng) for _ in range(12)]
    a_body = "\n\n".join(
        ["# The *ruling* [bold]explained[/bold]",
         *a_paras[:3],
         "A list:\n\n- first point with a [link](https://example.com/x)\n- second **strong** point",
         *a_paras[3:]]
    ) + "\n"
    b_body = "\n\n".join([filler[0], filler[1], a_paras[1], filler[2], _edit(rng, a_paras[4]), filler[3],
                          filler[4], filler[5], a_paras[8], filler[6], a_paras[11]]) + "\n"
    c_body = "\n\n".join([filler[7], a_paras[6], filler[8]]) + "\n"
    d_body = "\n\n".join(filler[9:12]) + "\n"
    return [
        Article(id="alpha", body=a_body, title="Alpha: the [bold]ruling[/bold] explained", outlet="Alpha News",
                authors=("Ann Writer",), published="2025-11-21", words=len(a_body.split())),
        Article(id="beta", body=b_body, title="Beta copies four passages", outlet="Beta Wire",
                words=len(b_body.split())),
        Article(id="gamma", body=c_body, title="Gamma quotes one paragraph", outlet=None,
                words=len(c_body.split())),
        Article(id="delta", body=d_body, title="Delta shares nothing", outlet="Delta Daily",
                words=len(d_body.split())),
    ]


def bundled() -> list[Article]:
    from reader.library.loading import load_library

    return load_library().articles


def make_app(articles: list[Article] | None = None, **kwargs):
    from reader.tui.app import ReaderApp

    kwargs.setdefault("keymap", {})  # not the user's keymap, nor (by default) their settings
    return ReaderApp(story() if articles is None else articles, **kwargs)


async def settle(pilot, rounds: int = 200) -> None:
    """Wait until no worker runs (workers may start others) and the screen is drawn. A worker
    cancelled while waited for is one a newer exclusive worker replaced (the side panel's quotes
    when more articles load): the loop goes on waiting for the newer one."""
    from textual.worker import WorkerCancelled

    app = pilot.app
    for _ in range(rounds):
        await pilot.pause()
        if not any(w.is_running for w in app.workers):
            await pilot.pause()
            if not any(w.is_running for w in app.workers):
                break
        try:
            await app.workers.wait_for_complete()
        except WorkerCancelled:
            continue
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()


async def help_built_ahead(pilot, within: float) -> None:
    """Settle, then wait until the main screen's timer (HELP_AHEAD seconds after it is up)
    has started building the help screen ahead, off the screen, and settle again (that work
    done). Polled, so for as long as that takes, but never longer than ``within`` seconds:
    the fixed pause this replaces; the caller checks what it needs of the help screen."""
    import time

    from reader.tui.screens import help_screen

    await settle(pilot)
    deadline = time.monotonic() + within
    while not pilot.app.is_screen_installed(help_screen.SCREEN_NAME) and time.monotonic() < deadline:
        await pilot.pause(0.02)
    await settle(pilot)


def fixed_compare(a_body: str, b_body: str):
    """A stand-in for the engine, for snapshots that must not change when the engine
    does: every paragraph of A found in B with the same number of words, at least 80% of
    them equal in place, is a passage; differing words are the diff."""
    from reader.engine.compare import Comparison, Passage

    def paragraphs(body):
        out, pos = [], 0
        for chunk in body.split("\n\n"):
            out.append((pos, chunk))
            pos += len(chunk) + 2
        return out

    passages = []
    b_paras = paragraphs(b_body)
    for a_pos, a_text in paragraphs(a_body):
        a_words = a_text.split(" ")
        if len(a_words) < 10:
            continue
        for b_pos, b_text in b_paras:
            b_words = b_text.split(" ")
            if len(b_words) != len(a_words):
                continue
            same = sum(x == y for x, y in zip(a_words, b_words, strict=True))
            if same < 0.8 * len(a_words):
                continue
            diff = []
            for k, (x, y) in enumerate(zip(a_words, b_words, strict=True)):
                sep = " " if k < len(a_words) - 1 else ""
                if x == y:
                    diff.append((0, x + sep))
                else:
                    diff += [(-1, x), (1, y), (0, sep)] if sep else [(-1, x), (1, y)]
            merged = []
            for op, text in diff:
                if text and merged and merged[-1][0] == op:
                    merged[-1] = (op, merged[-1][1] + text)
                elif text:
                    merged.append((op, text))
            kind = "verbatim" if same == len(a_words) else "edited"
            passages.append(Passage(a_pos, a_pos + len(a_text), b_pos, b_pos + len(b_text), a_text, b_text,
                                    kind, same / len(a_words), len(a_words), len(b_words), merged))
            break
    a_total, b_total = len(a_body.split()), len(b_body.split())
    shared_a = sum(p.a_words for p in passages)
    shared_b = sum(p.b_words for p in passages)
    counts = {k: sum(p.kind == k for p in passages) for k in ("verbatim", "edited", "rewritten")}
    return Comparison(passages, a_total, b_total, shared_a / max(a_total, 1), shared_b / max(b_total, 1), counts)


def screen_text(app) -> str:
    """What the terminal shows, as plain text lines."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def screen_cells(app) -> list[list[tuple[str, object]]]:
    """What the terminal shows, cell by cell: (character, style) per row."""
    return [[(char, segment.style) for segment in strip for char in segment.text]
            for strip in app.screen._compositor.render_strips()]


async def cells_of_new(app, pilot, screen) -> list[list[tuple[str, object]]]:
    """The cells a newly composed ``screen`` shows once pushed and settled (it is popped
    after): what a screen built ahead must look like when it is shown."""
    await app.push_screen(screen)
    await settle(pilot)
    assert app.screen is screen and not screen.ahead
    cells = screen_cells(app)
    app.pop_screen()
    await settle(pilot)
    return cells


class Frames:
    """The frames the app writes to the terminal (Textual's updates), as they come."""

    def __init__(self, app) -> None:
        self.updates: list[object] = []
        display = app._display

        def record(screen, renderable) -> None:
            if renderable is not None:
                self.updates.append(renderable)
            display(screen, renderable)

        app._display = record

    def clear(self) -> None:
        self.updates.clear()

    def cells(self, n: int) -> dict[tuple[int, int], str]:
        """The cells frame ``n`` draws: (x, y) -> character."""
        from textual._compositor import ChopsUpdate, LayoutUpdate

        update = self.updates[n]
        cells: dict[tuple[int, int], str] = {}

        def put(x: int, y: int, strip) -> None:
            for char in strip.text:
                cells[(x, y)] = char
                x += 1

        if isinstance(update, LayoutUpdate):
            for y, line in enumerate(update.strips, update.region.y):
                x = update.region.x
                for strip in line:
                    put(x, y, strip)
                    x += strip.cell_length
        elif isinstance(update, ChopsUpdate):  # what it writes: the chops its spans cross
            for y, x1, x2 in update.spans:
                for end, (x, strip) in zip(update.chop_ends[y], update.chops[y].items(), strict=True):
                    if strip is not None and x <= x2 and end > x1:
                        put(x, y, strip)
        return cells
