"""reader's screens and the parts the comparison screen is built from.

* :mod:`~reader.tui.screens.main_screen` -- the comparison screen (list, panes A and B,
  side panel, status line), assembled from :mod:`~reader.tui.screens.passage_walk`,
  :mod:`~reader.tui.screens.pane_search`, :mod:`~reader.tui.screens.share_survey`,
  :mod:`~reader.tui.screens.quote_copy`, :mod:`~reader.tui.screens.pair_choice`,
  :mod:`~reader.tui.screens.pair_compare`, :mod:`~reader.tui.screens.search_field` and
  :mod:`~reader.tui.screens.screen_areas`: plain classes given the screen's
  :class:`~reader.tui.state.PairState` and the widgets they act on;
* :mod:`~reader.tui.screens.story_screen` (``m``) with its text sections
  (:mod:`~reader.tui.screens.story_sections`), and
  :mod:`~reader.tui.screens.help_screen` (``?``), both imported when first opened.

Nothing is imported here, so importing one screen does not import the others.
"""
