"""The `redact` command line: the group, its error handling, and the commands registered on it.

Each command group lives in its own module (redact, store, audit, policy, export, review) and
never imports this one back; commands only parse options, call the library and print.

Errors print as one line on stderr (`redact: <file>: <reason>`) with the exit code of their
class (see errors.ExitCode and the README); `-v` adds tracebacks and progress detail.
"""

from __future__ import annotations

import logging
import signal
import sys

import click

from pipeline.core.errors import ExitCode, RedactorError
from pipeline.core.processes import Terminated, sigterm_as_interrupt


class _Group(click.Group):
    """Turns our exceptions into one line and an exit code, everywhere below the group. SIGTERM
    (kill, a service manager) stops a command as Ctrl-C does: its children stopped, its
    temporary files removed, then one line."""

    def invoke(self, ctx: click.Context):
        try:
            with sigterm_as_interrupt():
                return super().invoke(ctx)
        except RedactorError as exc:
            _fail(ctx, str(exc), int(exc.exit_code))
        except Terminated:
            _fail(ctx, "terminated", 128 + signal.SIGTERM)
        except KeyboardInterrupt:
            _fail(ctx, "interrupted", 128 + signal.SIGINT)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as exc:  # noqa: BLE001 - last resort: one line, never a value from a frame
            _fail(ctx, f"internal error ({type(exc).__name__}); run with -v for details", int(ExitCode.INTERNAL))


def _fail(ctx: click.Context, message: str, code: int) -> None:
    if ctx.find_root().params.get("verbose"):
        logging.getLogger(__name__).exception("failed")
    click.echo(f"redact: {message}", err=True)
    ctx.exit(code)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", is_flag=True, help="More log output and tracebacks on errors.")
@click.version_option(package_name="session-redactor", prog_name="redact")
def main(verbose: bool) -> None:
    """Find and blur personal data in screen recordings.

    \b
    Example:
      redact file session.mp4 -o session.redacted.mp4 --plan session.plan.json
    """
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    # Presidio and spaCy log chatty INFO lines; they never carry our data but drown the output.
    for name in ("presidio-analyzer", "presidio_analyzer", "spacy"):
        logging.getLogger(name).setLevel(logging.ERROR)


def _register() -> None:
    from pipeline.cli import audit, export, policy, redact, review, store

    for command in (
        redact.file_command,
        redact.render_command,
        redact.eval_command,
        store.ingest_command,
        store.forget_command,
        store.purge_command,
        store.keygen_command,
        audit.audit_group,
        policy.policy_group,
        export.export_command,
        review.list_command,
        review.show_command,
        review.review_command,
        review.mask_command,
        review.unmask_command,
        review.approve_command,
        review.reject_command,
    ):
        main.add_command(command)


_register()
