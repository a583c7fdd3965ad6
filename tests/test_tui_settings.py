"""Settings (config.toml): read with one warning per problem and defaults for the rest,
applied by the app, and a theme picked in the palette written back without losing the
user's other lines."""

from __future__ import annotations

import os
import tomllib

from test_tui_support import make_app, settle

from reader.tui.settings import Settings, load_settings, save_theme, with_theme


def test_a_missing_default_file_is_no_settings(tmp_path, monkeypatch):
    monkeypatch.delenv("READER_CONFIG", raising=False)
    assert load_settings(tmp_path / "config.toml") == (Settings(), [])


def test_a_named_file_that_does_not_exist_is_reported(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_CONFIG", str(tmp_path / "nowhere.toml"))
    settings, problems = load_settings()
    assert settings == Settings()
    assert problems == [f"{tmp_path / 'nowhere.toml'}: settings ignored (no such file; READER_CONFIG names it)"]


def test_every_setting_is_read(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('theme = "textual-light"\ncitation = "apa"\nsync = false\nkeymap = "~/k.toml"\n')
    settings, problems = load_settings(path)
    assert problems == []
    assert settings == Settings("textual-light", "apa", False, (tmp_path / "x").home() / "k.toml")


def test_bad_files_and_values_warn_once_each_and_never_raise(tmp_path):
    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    assert load_settings(fifo) == (Settings(), [f"{fifo}: settings ignored (not a regular file)"])
    assert load_settings(tmp_path)[1] == [f"{tmp_path}: settings ignored (not a regular file)"]
    big = tmp_path / "big.toml"
    big.write_text("# " + "x" * 70_000 + "\n")
    assert "over the 64 KB limit" in load_settings(big)[1][0]
    broken = tmp_path / "broken.toml"
    broken.write_text("theme = [ not toml")
    settings, problems = load_settings(broken)
    assert settings == Settings() and len(problems) == 1 and "settings ignored" in problems[0]
    wrong = tmp_path / "wrong.toml"
    wrong.write_text('theme = 3\ncitation = "harvard"\nsync = "yes"\nkeymap = 1\ncolour = "red"\n')
    settings, problems = load_settings(wrong)
    assert settings == Settings()
    assert len(problems) == 5
    assert any("unknown setting 'colour'" in p for p in problems)
    assert any("citation must be one of plain, markdown, apa, mla, chicago" in p for p in problems)


def test_with_theme_keeps_every_other_line_and_comment():
    text = '# mine\ncitation = "mla"  # for the paper\ntheme = "nord"\n\n[later]\ntheme = "not this one"\n'
    new = with_theme(text, "textual-light")
    assert new == text.replace('theme = "nord"', 'theme = "textual-light"')
    assert with_theme("# only a comment\n", "x") == 'theme = "x"\n# only a comment\n'
    assert tomllib.loads(with_theme('[t]\na = 1\n', "y")) == {"theme": "y", "t": {"a": 1}}


def test_save_theme_creates_the_file_and_leaves_a_broken_one_alone(tmp_path):
    path = tmp_path / "sub" / "config.toml"
    assert save_theme("textual-light", path) is None
    assert tomllib.loads(path.read_text()) == {"theme": "textual-light"}
    broken = tmp_path / "broken.toml"
    broken.write_text("sync = [ oops\n")
    problem = save_theme("nord", broken)
    assert problem is not None and "not valid TOML" in problem
    assert broken.read_text() == "sync = [ oops\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


async def test_the_app_applies_settings_and_saves_a_picked_theme(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('# my settings\nsync = false\n')
    settings, _ = load_settings(path)
    app = make_app(settings=Settings(theme="textual-light", citation="mla", sync=False), config=path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.theme == "textual-light"
        assert app.main_screen.state.cite_format == "mla" and not app.main_screen.state.sync
        assert "sync off" in str(app.main_screen.query_one("#status").render())
        app.theme = "nord"  # as the palette's theme picker does
        await settle(pilot)
    assert path.read_text() == 'theme = "nord"\n# my settings\nsync = false\n'
    assert settings.sync is False


async def test_an_unknown_theme_is_reported_and_the_default_used():
    app = make_app(settings=Settings(theme="no-such-theme"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.theme == "textual-dark"
        assert any("theme 'no-such-theme' is not known" in n.message for n in app._notifications)


def test_a_theme_line_inside_a_multi_line_string_or_a_table_is_left_alone(tmp_path):
    texts = [
        'note = """\ntheme = "in the text"\n"""\ntheme = "nord"\n',
        "note = '''\n[not a table]\ntheme = 1\n'''\ncitation = \"mla\"\n",
        'note = """\ntheme = "in the text"\n"""\n[t]\ntheme = "under t"\n',
        'note = """\n[x]\n"""\ntheme = "nord"\n[t]\ntheme = "under t"\n',
    ]
    for n, text in enumerate(texts):
        path = tmp_path / f"c{n}.toml"
        path.write_text(text, encoding="utf-8")
        before = tomllib.loads(text)
        assert save_theme("textual-light", path) is None, text
        assert tomllib.loads(path.read_text(encoding="utf-8")) == {**before, "theme": "textual-light"}


NO_USER = "~nosuchuser7q3z"  # a ~name no system has: Path.expanduser raised RuntimeError on it


def test_a_home_of_no_user_is_a_warning_never_an_error(tmp_path, monkeypatch):
    path = tmp_path / "config.toml"
    path.write_text(f'keymap = "{NO_USER}/keys.toml"\n')
    settings, problems = load_settings(path)
    assert problems == [] and str(settings.keymap) == f"{NO_USER}/keys.toml"
    from reader.tui.keymap_file import load_keymap

    assert load_keymap(settings.keymap) == ({}, f"{NO_USER}/keys.toml: keymap ignored (no user "
                                                f"'{NO_USER[1:]}' for {NO_USER})")
    monkeypatch.setenv("READER_KEYMAP", f"{NO_USER}/k.toml")
    assert load_keymap()[1] == f"{NO_USER}/k.toml: keymap ignored (no user '{NO_USER[1:]}' for {NO_USER})"
    monkeypatch.setenv("READER_CONFIG", f"{NO_USER}/config.toml")
    assert load_settings() == (Settings(), [f"{NO_USER}/config.toml: settings ignored (no user "
                                            f"'{NO_USER[1:]}' for {NO_USER})"])
    monkeypatch.chdir(tmp_path)
    assert "theme not saved (no user" in (save_theme("textual-light") or "")
    assert list(tmp_path.iterdir()) == [path]  # no folder named ~nosuchuser7q3z made


def test_a_byte_order_mark_before_the_settings_or_the_keymap_is_read_past(tmp_path):
    from reader.tui.keymap_file import load_keymap

    keys = tmp_path / "keys.toml"
    keys.write_bytes('\ufeff"reader.quit" = "Q"\n'.encode())
    path = tmp_path / "config.toml"
    path.write_bytes(f'\ufefftheme = "textual-light"\nkeymap = "{keys}"\n'.encode())
    settings, problems = load_settings(path)
    assert problems == [] and settings == Settings("textual-light", keymap=keys)
    assert load_keymap(keys) == ({"reader.quit": "Q"}, None)
    assert save_theme("textual-dark", path) is None
    assert tomllib.loads(path.read_text()) == {"theme": "textual-dark", "keymap": str(keys)}
