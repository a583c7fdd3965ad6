"""Snapshots of the side panel's Quotes and Entities tabs at 160×45 (bundled story,
cnn against house-addresses, with the fixed stand-in for the engine). Review new images
and accept them with ``--snapshot-update``."""

from __future__ import annotations

from test_tui_snapshots import after
from test_tui_support import bundled, fixed_compare, make_app


def app():
    return make_app(bundled(), pair=(0, 2), compare=fixed_compare)


def test_side_panel_quotes(snap_compare):
    assert snap_compare(app(), terminal_size=(160, 45), run_before=after("quotation_mark", "j"))


def test_side_panel_entities(snap_compare):
    assert snap_compare(app(), terminal_size=(160, 45), run_before=after("e", "j", "j"))
