"""reader's widgets. Each draws what it is told to by the screen that holds it (method
calls going down) and reports what the user did with a message it declares (going up):
``ArticleList.Open``, ``ArticleView.Scrolled`` / ``Touched``, ``SidePanel.Selected`` /
``Closed``, ``SearchBar.Query`` / ``Done`` / ``Cancelled``, ``HeatMap.Selected``. No
widget reads or writes another's attributes.

* :mod:`~reader.tui.widgets.article_list` -- the library, with each article's share of A;
* :mod:`~reader.tui.widgets.reading_pane` -- pane A or B: an
  :mod:`~reader.tui.widgets.article_header` over an :mod:`~reader.tui.widgets.article_view`;
* :mod:`~reader.tui.widgets.side_panel` -- the :mod:`~reader.tui.widgets.quotes_tab` and
  :mod:`~reader.tui.widgets.entities_tab` for the pair (both a
  :mod:`~reader.tui.widgets.side_list`);
* :mod:`~reader.tui.widgets.key_bar` -- the footer, keeping ``?`` and ``q`` at every width;
* :mod:`~reader.tui.widgets.status_line`, :mod:`~reader.tui.widgets.search_bar`;
* :mod:`~reader.tui.widgets.heat_map` -- the story screen's shared-text matrix.

Nothing is imported here: a widget module is loaded when a screen imports it.
"""
