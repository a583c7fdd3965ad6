"""reader: compare how news outlets cover one story.

The core (this package minus :mod:`reader.tui`) is plain Python: it never imports
Textual, so the command-line tools start fast and the core can be used from scripts.
"""

__version__ = "0.1.0"
