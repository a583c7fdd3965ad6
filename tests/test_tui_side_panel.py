"""The side panel's Quotes and Entities tabs, and copying quotes: every key through
Pilot, with its real effect checked (the copied text, its format, the notification,
the mentions marked in the panes and the panes scrolled)."""

from __future__ import annotations

import pytest
from test_tui_support import bundled, fixed_compare, make_app, settle

from reader.tui import clipboard
from reader.tui.widgets.entities_tab import EntitiesTab
from reader.tui.widgets.quotes_tab import QuotesTab

SIZE = (160, 45)
CNN, HOUSE = 0, 2   # bundled story: cnn and house-addresses share three quotations


@pytest.fixture
def copied(monkeypatch):
    """Capture what the app copies; the native clipboard tools are not run."""
    got: list[str] = []
    monkeypatch.setattr(clipboard, "native_copy", lambda text: None)

    def start(app):
        monkeypatch.setattr(app, "copy_to_clipboard", got.append)
        return got

    return start


def app_on_pair():
    return make_app(bundled(), pair=(CNN, HOUSE), compare=fixed_compare)


async def started(app, pilot):
    await settle(pilot)
    return app.main_screen


def notes(app) -> list[str]:
    return [f"{n.title}: {n.message}" for n in app._notifications]


async def test_quote_key_focuses_the_quotes_list_with_every_quote_of_the_pair():
    app = app_on_pair()
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        await pilot.press("quotation_mark")
        await settle(pilot)
        quotes = screen.query_one(QuotesTab)
        assert app.focused is quotes
        texts = [i.text for i in quotes.items]
        assert any(t.startswith("Plaintiffs have shown") for t in texts)
        first = quotes.items[0]
        assert first.speaker == "Colleen Kollar-Kotelly"
        assert {"CNN", "house-addresses"} <= set(first.outlets)
        assert first.spans.keys() == {"a", "b"}  # both panes carry it


async def test_e_focuses_the_entities_list_grouped_with_marks():
    app = app_on_pair()
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        await pilot.press("e")
        await settle(pilot)
        entities = screen.query_one(EntitiesTab)
        assert app.focused is entities
        types = [i.type for i in entities.items]
        assert types == sorted(types, key=["person", "organization", "place", "date", "figure"].index)
        marks = {i.name: i.mark for i in entities.items}
        assert marks["Donald Trump"] == "A B"
        assert marks["CNN"] == "A  "      # only CNN names itself
        headings = [str(o.prompt) for o in entities.options if o.disabled]
        assert headings[0].startswith("People (")


async def test_moving_the_highlight_marks_a_quote_in_both_panes_and_scrolls_to_it():
    app = app_on_pair()
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        a, b = screen.view("a"), screen.view("b")
        assert a.scroll_y == 0 and a.selection == []
        await pilot.press("quotation_mark", "j")
        await settle(pilot)
        item = screen.query_one(QuotesTab).selected_item
        assert item is screen.query_one(QuotesTab).items[1]
        assert a.selection == item.spans["a"] and b.selection == item.spans["b"]
        start = a.selection[0][0]
        assert a.article.body[start:a.selection[0][1]] == item.text
        for view in (a, b):
            row = view.row_of(view.selection[0][0])
            assert view.scroll_y > 0
            assert view.scroll_y <= row < view.scroll_y + view.scrollable_content_region.height
        # drawn with the selection style on the mention's row
        row = a.row_of(start) - round(a.scroll_y)
        style = a._style("selection")
        assert any(seg.style and style.reverse and seg.style.reverse for seg in a.render_line(row))


async def test_selecting_an_entity_marks_its_mentions():
    app = app_on_pair()
    async with app.run_test(size=SIZE) as pilot:
        screen = await started(app, pilot)
        await pilot.press("e")
        await settle(pilot)
        entities = screen.query_one(EntitiesTab)
        index = next(n for n, i in enumerate(entities.items) if i.name == "Donald Trump")
        entities.highlighted = entities.get_option_index(str(index))
        await pilot.press("enter")
        await settle(pilot)
        a = screen.view("a")
        assert a.selection and all(a.article.body[s:e] in ("Donald Trump", "Trump") for s, e in a.selection)
        assert screen.view("b").selection
        # the quotes tab comes back with its own selection (its first quote): the marks follow
        await pilot.press("quotation_mark")
        await settle(pilot)
        first = screen.query_one(QuotesTab).items[0]
        assert a.selection == sorted(first.spans["a"])


async def test_y_copies_the_selected_quote_in_plain_text(copied):
    app = app_on_pair()
    async with app.run_test(size=SIZE) as pilot:
        got = copied(app)
        await started(app, pilot)
        await pilot.press("quotation_mark", "y")
        await pilot.pause()
        assert len(got) == 1
        assert got[0].startswith("“Plaintiffs have shown")
        assert "Colleen Kollar-Kotelly" in got[0] and "CNN" in got[0]
        assert any(n.startswith("Copied quote (plain text): “Plaintiffs have shown") for n in notes(app))


async def test_y_without_a_quote_says_how_to_select_one(copied):
    app = make_app(pair=(0, 1), compare=fixed_compare)  # the synthetic story quotes no one
    async with app.run_test(size=SIZE) as pilot:
        got = copied(app)
        await started(app, pilot)
        await pilot.press("y")
        await pilot.pause()
        assert got == []
        assert any("Nothing selected to copy" in n and '"' in n for n in notes(app))


async def test_the_quote_list_starts_on_its_first_quote_and_y_copies_it(copied):
    app = app_on_pair()
    async with app.run_test(size=SIZE) as pilot:
        got = copied(app)
        screen = await started(app, pilot)
        quotes = screen.query_one(QuotesTab)
        assert quotes.selected_item is quotes.items[0]
        assert screen.view("a").selection == []  # not marked until the user comes to the list
        await pilot.press("y")
        await pilot.pause()
        assert len(got) == 1 and got[0].startswith("“Plaintiffs")


async def test_y_on_the_entities_tab_copies_the_entity_not_the_last_quote(copied):
    app = app_on_pair()
    async with app.run_test(size=SIZE) as pilot:
        got = copied(app)
        screen = await started(app, pilot)
        await pilot.press("quotation_mark", "j", "e")
        await settle(pilot)
        entity = screen.query_one(EntitiesTab).selected_item
        assert entity is not None
        await pilot.press("y")
        await pilot.pause()
        assert got == [entity.name]
        assert any(entity.name in n for n in notes(app))


async def test_the_selected_quote_shows_in_full_and_copy_notes_end_between_words(copied):
    from reader.tui.screens.quote_copy import preview
    from reader.tui.widgets.quotes_tab import MAX_QUOTE

    app = app_on_pair()
    async with app.run_test(size=SIZE) as pilot:
        copied(app)
        screen = await started(app, pilot)
        quotes = screen.query_one(QuotesTab)
        long = next(n for n, item in enumerate(quotes.items) if n and len(item.text) > MAX_QUOTE + 10)
        index = quotes.get_option_index(str(long))
        assert "…" in str(quotes.get_option_at_index(index).prompt)
        await pilot.press("quotation_mark")
        quotes.highlighted = index
        await pilot.pause()
        words = " ".join(quotes.items[long].text.split())
        assert words in str(quotes.get_option_at_index(index).prompt)
    text = "one two three four five six seven"
    assert preview(text, 14) == "one two three…"
    assert preview("x" * 30, 10).endswith("…")


@pytest.mark.parametrize("presses,name,check", [
    (1, "Markdown", lambda t: t.startswith("> Plaintiffs") and "quoted in *CNN*" in t),
    (2, "APA", lambda t: "(Kollar-Kotelly, as cited in Cohen, n.d.)" in t and "Cohen, M. (n.d.)" in t),
    (3, "MLA", lambda t: t.startswith("According to Colleen Kollar-Kotelly") and "qtd. in Cohen" in t),
    (4, "Chicago", lambda t: "quoted in Marshall Cohen" in t),
    (5, "plain text", lambda t: t.startswith("“Plaintiffs")),
])
async def test_Y_cycles_the_citation_format(copied, presses, name, check):
    app = app_on_pair()
    async with app.run_test(size=SIZE) as pilot:
        got = copied(app)
        screen = await started(app, pilot)
        await pilot.press("quotation_mark", *["Y"] * presses, "y")
        await pilot.pause()
        assert check(got[-1]), got[-1]
        assert screen.state.cite_format == {"Markdown": "markdown", "APA": "apa", "MLA": "mla", "Chicago": "chicago",
                                      "plain text": "plain"}[name]
        assert any(n.startswith(f"Copied quote ({name})") for n in notes(app))


async def test_palette_picks_the_citation_format(copied):
    app = app_on_pair()
    async with app.run_test(size=SIZE) as pilot:
        got = copied(app)
        screen = await started(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"citation format: mla")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert screen.state.cite_format == "mla"
        await pilot.press("quotation_mark", "y")
        await pilot.pause()
        assert "qtd. in" in got[-1]


async def test_new_keys_are_in_the_footer_and_help():
    from reader.tui import bindings

    ids = {b.id for b in bindings.SCREEN}
    assert {"reader.copy-quote", "reader.cite-format"} <= ids
    app = app_on_pair()
    async with app.run_test(size=SIZE) as pilot:
        await started(app, pilot)
        shown = {b.binding.id for b in app.active_bindings.values() if b.binding.show}
        assert {"reader.copy-quote", "reader.cite-format"} <= shown


async def test_focus_order_still_list_panes_side_list():
    from reader.tui.widgets.article_list import ArticleList
    from reader.tui.widgets.article_view import ArticleView

    app = app_on_pair()
    async with app.run_test(size=SIZE) as pilot:
        await started(app, pilot)
        order = []
        for _ in range(4):
            await pilot.press("tab")
            order.append(app.focused)
        assert [type(w) for w in order] == [ArticleView, ArticleView, QuotesTab, ArticleList]


async def test_quotes_show_an_ellipsis_while_matching(monkeypatch):
    import threading

    import reader.analysis.quote_match as quote_match

    release = threading.Event()
    real = quote_match.match_quotes

    def slow(articles, quotes=None):
        release.wait(5)
        return real(articles, quotes)

    monkeypatch.setattr(quote_match, "match_quotes", slow)
    app = app_on_pair()
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        for _ in range(50):
            await pilot.pause()
            if screen.ready:
                break
        quotes = screen.query_one(QuotesTab)
        assert [str(o.prompt) for o in quotes.options] == ["…"]
        release.set()
        await settle(pilot)
        assert quotes.items


def test_native_copy_never_fails(monkeypatch):
    monkeypatch.setattr(clipboard.shutil, "which", lambda name: None)
    assert clipboard.native_copy("x") is None
    monkeypatch.setattr(clipboard.shutil, "which", lambda name: "/nonexistent/" + name)
    assert clipboard.native_copy("x") is None


def test_quotes_tab_shows_how_another_outlet_worded_a_quote():
    """The same quotation with a word changed in another outlet: the item says where and how."""
    from reader.analysis.quote_match import match_quotes
    from reader.library.model import Article
    from reader.tui.side_items import quote_items
    from reader.tui.widgets.quotes_tab import quote_prompt

    said = "“We will appeal this ruling at once, because the law is clear,” said Mayor Ana Ruiz of Springfield."
    altered = "“We will appeal this decision at once, because the law is clear,” said Mayor Ana Ruiz of Springfield."
    a = Article(id="one", body=said, title="One", outlet="First Post", words=20)
    b = Article(id="two", body=altered, title="Two", outlet="Second Times", words=20)
    items = quote_items(match_quotes([a, b]), [a, b], a, b)
    assert len(items) == 1
    (item,) = items
    assert [(outlet, relation) for outlet, relation, _ in item.wording] == [("Second Times", "altered")] \
        or [(outlet, relation) for outlet, relation, _ in item.wording] == [("First Post", "altered")]
    shown = quote_prompt(item)
    plain = shown.plain
    assert "altered in" in plain and "ruling" in plain and "decision" in plain
    styles = {shown.plain[span.start:span.end]: str(span.style) for span in shown.spans}
    assert any("strike" in style for style in styles.values())
    assert any("underline" in style for style in styles.values())
