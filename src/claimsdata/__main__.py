"""``python -m claimsdata`` runs the command-line interface."""

from .cli import main

main()
