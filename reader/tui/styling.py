"""Theme styles for Line API widgets, with translucent colours blended.

A component class such as ``background: $accent 12%`` has an alpha channel, which a
Rich style cannot carry; drawn as it is, it would paint solid accent. Here it is
blended over the widget's own background, the way Textual blends widget backgrounds.

Component classes are resolved when a widget first draws one (:class:`LazyComponents`).
"""

from __future__ import annotations

import re

from rich.style import Style
from textual.css.styles import RenderStyles
from textual.dom import DOMNode
from textual.widget import Widget


class LazyComponents(Widget):
    """A widget whose ``COMPONENT_CLASSES`` are resolved when it first draws one, not
    before. Put it before the other widget base (``class ArticleView(LazyComponents,
    ScrollView)``): it is a Widget, so it adds no attribute a widget does not have.

    Textual resolves every component class of a widget (a virtual node each, matched
    against the whole stylesheet) whenever the widget's styles are updated -- twice
    before the first frame, for widgets that draw nothing yet (the reading panes have
    nineteen). Until the widget first asks for one, the stylesheet is told it has none;
    the one asked for is resolved then, the way Textual's
    ``Stylesheet._process_component_classes`` does it, and from then on Textual keeps
    them all up to date as usual."""

    _components_live = False

    # Textual declares this a cached classmethod (one answer per class); answering per
    # widget, until it first draws, is the point of this class. mypy cannot type a
    # classmethod overridden by an instance method, hence the one ignore.
    def _get_component_classes(self) -> frozenset[str]:  # type: ignore[override]
        # What the stylesheet resolves at every style update: nothing until drawn.
        return super()._get_component_classes() if self._components_live else frozenset()

    def get_component_styles(self, *names: str) -> RenderStyles:
        self._components_live = True
        known = self._get_component_classes()
        resolved = self._component_styles
        for name in names:
            if name not in resolved and name in known:
                node = DOMNode(classes=name)
                node._attach(self)
                self.app.stylesheet.apply(node)
                resolved[name] = node.styles
        return super().get_component_styles(*names)


def component_style(widget: Widget, name: str) -> Style:
    """The style of component class ``name`` of ``widget``: only what it sets."""
    styles = widget.get_component_styles(name)
    base = widget.background_colors[1]
    background = base
    bgcolor = color = None
    if styles.has_rule("background") and styles.background.a > 0:
        background = base + styles.background
        bgcolor = background.rich_color
    if styles.has_rule("color"):
        if styles.auto_color:
            color = background.get_contrast_text(styles.color.a).rich_color
        elif styles.color.a > 0:
            color = (background + styles.color).rich_color
    return Style(color=color, bgcolor=bgcolor) + styles.text_style


# The sections of styles.tcss for what the first screen does not draw: the text styles
# and marks of the panes' bodies (drawn one frame after the headers), the side panel's
# tabs, the search field and the footer (mounted just after it), the help and story
# screens. They are parsed after the first frame (:func:`split_stylesheet`), before any
# of it is drawn (:meth:`reader.tui.app.ReaderApp.later_styles`).
LATER_SECTIONS = ("ArticleView.marks", "SidePanel", "SearchBar", "KeyBar", "HelpScreen", "StoryScreen", "HeatMap")
_SECTION = re.compile(r"(?m)^(?=/\* === )")


def split_stylesheet(css: str, later: tuple[str, ...] = LATER_SECTIONS) -> tuple[str, str]:
    """(what the first screen needs, the rest) of the stylesheet ``css``: its sections
    (each starts with a ``/* === Name ...`` comment) headed by a name in ``later`` go to
    the rest, in their order. Every rule is in one part or the other, once."""
    heads = tuple(f"/* === {name} " for name in later)
    first: list[str] = []
    rest: list[str] = []
    for section in _SECTION.split(css):
        (rest if section.startswith(heads) else first).append(section)
    return "".join(first), "".join(rest)
