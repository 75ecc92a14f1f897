"""``python -m corrobora`` runs the command line interface."""

from corrobora.cli import main

main()
