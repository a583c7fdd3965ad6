"""One module per ``reader`` subcommand; each has ``add(subparsers)``, which registers its
parser with ``func`` set to the function that runs it (see ``reader.cli.parser.COMMANDS``)."""
