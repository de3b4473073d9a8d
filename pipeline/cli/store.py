"""`redact ingest | forget | purge | audit | policy`: the store's commands.

They only parse options, call the library (store/schedule.py, store/store.py) and print.
Registered on the main group by cli/__init__.py. Every command that opens the store takes the
same `--store/--catalog/--key-file` options (or REDACT_STORE, REDACT_CATALOG, REDACT_RAW_KEY /
REDACT_RAW_KEY_FILE).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import click

from pipeline.cli.common import open_store, progress_bar, store_options
from pipeline.core.errors import ExitCode


@click.command("ingest")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--watch", "watch_dir", type=click.Path(path_type=Path), help="Keep ingesting what lands in this folder.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True, help="Local worker processes.")
@click.option("--scheduler", help="Dask scheduler address (tcp://HOST:PORT): run the jobs on that cluster.")
@click.option(
    "--policy",
    "policy_path",
    type=click.Path(path_type=Path),
    envvar="REDACT_POLICY",
    help="Policy file (default: models/policy.yaml).",
)
@click.option("--consume", is_flag=True, help="Delete each source once it is safely quarantined (--watch always does).")
@click.option(
    "--poll", type=click.FloatRange(0.2, 3600), default=5.0, show_default=True, help="Seconds between --watch scans."
)
@store_options
def ingest_command(paths, watch_dir, workers, scheduler, policy_path, consume, poll, store_config) -> None:
    """Process recordings into the store, as the policy allows. Each recording needs its
    sidecar (`NAME.json` beside `NAME.mp4`). Running it again skips what is done and resumes
    what was interrupted.

    \b
    Exit codes: 0 every recording decided (processed, needs_review, refused or skipped);
    3 a bad input (file or sidecar); 5 configuration; 6 a stage failed.
    \b
    Examples:
      redact ingest inbox/*.mp4 --store /srv/redact --workers 2
      redact ingest --watch /srv/inbox --store /srv/redact
      redact ingest inbox/ --scheduler tcp://10.0.0.5:8786 --store /shared/redact
    """
    from pipeline.store.ingest import IngestConfig
    from pipeline.store.schedule import find_recordings, ingest_all, watch

    if not paths and watch_dir is None:
        raise click.UsageError("give recordings or folders to ingest, or --watch DIR")
    config = IngestConfig(store=store_config, policy_path=policy_path, consume=consume)
    if watch_dir is not None:
        click.echo(f"watching {watch_dir} (Ctrl-C to stop)", err=True)
        with _Reporter(None) as report:
            summary = watch(watch_dir, config, workers=workers, scheduler=scheduler, poll_s=poll, on_outcome=report)
    else:
        videos = find_recordings(paths)
        with _Reporter(len(videos)) as report:
            summary = ingest_all(videos, config, workers=workers, scheduler=scheduler, on_outcome=report)
    click.echo(summary.line())
    if summary.exit_code:
        raise SystemExit(summary.exit_code)


class _Reporter:
    """One line per recording on stdout (failures carry their one-line reason); a progress bar
    on stderr when it is a terminal."""

    def __init__(self, total: int | None):
        self.total, self.done = total, 0
        self._progress = progress_bar()

    def __enter__(self):
        self._bar = self._progress.__enter__()
        return self.report

    def report(self, outcome) -> None:
        self.done += 1
        short = (outcome.recording_id or "-")[:12]
        reason = f" ({outcome.reason})" if outcome.reason and outcome.status != "failed" else ""
        if outcome.review_reasons:  # why the gate held it: types and categories, never text
            from pipeline.redact.findings import reasons_text

            reason = f" ({outcome.reason}: {reasons_text(Counter(dict(outcome.review_reasons)))})"
        line = f"{short}  {outcome.status}{reason}  {outcome.path}"
        click.echo(line if outcome.status != "failed" else f"{short}  failed: {outcome.reason}")
        if self._bar is not None:
            self._bar("recordings", self.done, self.total or self.done)

    def __exit__(self, *exc):
        self._progress.__exit__(*exc)
        return False


@click.command("forget")
@click.option("--customer", "customer_id", required=True, help="The customer's id, as in the sidecars.")
@store_options
def forget_command(customer_id: str, store_config) -> None:
    """Erase everything of one customer: artifacts, raw copies, catalog rows, and their samples in
    every export that holds them (each export rewritten without them); then prove it: counts
    before and after, and a scan of the store and of those exports for what the recordings could
    have left (session and technician ids, pseudonyms, recording ids, file hashes).

    \b
    Exit codes: 0 erased and proven; 6 not proven: an export still holds the customer's
    samples (named, with why), or a trace was found (the kind and the file are named).
    \b
    Example:
      redact forget --customer C-104233 --store /srv/redact
    """
    from pipeline.export.erasure import forget_customer

    report = forget_customer(open_store(store_config), customer_id)
    click.echo(
        f"forget {report.customer_ref}: {len(report.recordings)} recordings, {report.files_removed} files removed"
    )
    for key in report.before:
        click.echo(f"  {key:<12} before {report.before[key]:>5}  after {report.after[key]:>5}")
    for done in report.cleared:
        if done.new_id is None:
            click.echo(f"  export {done.old_id}: its folder is gone ({done.path})")
        else:
            click.echo(
                f"  export {done.path}: {done.recordings} recordings, {done.samples} samples taken out "
                f"(now {done.new_id})"
            )
    looked_for = ", ".join(f"{kind}: {n}" for kind, n in report.looked_for.items()) or "none"
    click.echo(
        f"  scanned {report.files_scanned} files of the store and {len(report.cleared) + len(report.holding)} "
        f"exports for the recordings' traces ({looked_for})"
    )
    if not report.erased:
        for held in report.holding:
            click.echo(f"  NOT ERASED: export {held.path} still holds the customer's samples: {held.reason}", err=True)
        for hit in report.found:
            click.echo(f"  NOT ERASED: {hit}", err=True)
        if any(report.after.values()) and not report.holding:
            click.echo("  NOT ERASED: the catalog still counts the customer's rows", err=True)
        raise SystemExit(int(ExitCode.PROCESSING))
    click.echo("  nothing found: erased")


@click.command("purge")
@store_options
def purge_command(store_config) -> None:
    """Apply retention: delete outputs and raw copies past their policy's retention; a recording
    left with nothing keeps only its content hash and state (so it is not ingested again).

    \b
    Example:
      redact purge --store /srv/redact
    """
    report = open_store(store_config).purge()
    click.echo(
        f"purged: {report.outputs} outputs, {report.raw_copies} raw copies, {report.files} files, "
        f"{report.rows_cleared} expired rows cleared"
    )


@click.command("keygen")
@click.argument("key_file", type=click.Path(path_type=Path))
def keygen_command(key_file: Path) -> None:
    """Create a new key file (0600) for raw recordings kept at rest. It refuses to overwrite
    an existing key: sealed recordings would become unreadable.

    \b
    Example:
      redact keygen /etc/redact/raw.key && export REDACT_RAW_KEY_FILE=/etc/redact/raw.key
    """
    from pipeline.core.errors import OutputError
    from pipeline.store.vault import generate_key_file

    try:
        written = generate_key_file(key_file)
    except OSError as exc:  # a parent that is a file, a folder we may not write: the key's path says where
        raise OutputError(f"cannot create the key file ({exc.strerror or type(exc).__name__})", key_file) from None
    click.echo(f"key written: {written}")
