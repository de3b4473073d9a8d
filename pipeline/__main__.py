"""`python -m pipeline` is the `redact` command."""

from .cli import main

main(prog_name="redact")
