"""Reports: comparisons, stories, quotes and entities as terminal text, Markdown, HTML, citations and JSON."""
