"""``python -m corrobora`` runs the command line interface."""

from corrobora.entry import main

main()
