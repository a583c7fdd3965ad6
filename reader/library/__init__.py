"""Library: the article model, loading files and front matter, importing and fetching pages, the bundled story."""
