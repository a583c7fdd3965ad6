"""Text: tokens, sanitising, atomic files, the versioned cache and the native loader. Imports nothing else of reader."""
