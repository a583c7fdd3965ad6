"""The command palette's (``ctrl+p``) reader providers, imported when it first opens:
every key's action by name (:mod:`~reader.tui.commands.palette`) and the citation
formats ``y`` copies in (:mod:`~reader.tui.commands.citation`)."""
