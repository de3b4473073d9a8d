"""`python -m pipeline` is the `redact` command."""

from pipeline.cli import main

main(prog_name="redact")
