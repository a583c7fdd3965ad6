"""Theme styles for Line API widgets, with translucent colours blended.

A component class such as ``background: $accent 12%`` has an alpha channel, which a
Rich style cannot carry; drawn as it is, it would paint solid accent. Here it is
blended over the widget's own background, the way Textual blends widget backgrounds.
"""

from __future__ import annotations

from rich.style import Style
from textual.widget import Widget


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
