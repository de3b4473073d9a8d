"""`redact ingest | forget | purge | audit | policy`: the store's commands.

They only parse options; batch.py and store.py do the work. Registered on the main group by
cli.py. Every command that opens the store takes the same `--store/--catalog/--key-file`
options (or REDACT_STORE, REDACT_CATALOG, REDACT_RAW_KEY / REDACT_RAW_KEY_FILE).
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import click

from .cli import _progress, main
from .errors import ExitCode


def store_options(command):
    @click.option("--store", "store_root", type=click.Path(path_type=Path), envvar="REDACT_STORE",
                  default=Path("store"), show_default=True, help="Store folder (catalog, artifacts, audit log).")
    @click.option("--catalog", "catalog_url", envvar="REDACT_CATALOG", default=None,
                  help="SQLAlchemy URL of the catalog (default: SQLite inside the store).")
    @click.option("--key-file", type=click.Path(path_type=Path), envvar="REDACT_RAW_KEY_FILE", default=None,
                  help="Key for raw recordings at rest (or REDACT_RAW_KEY, base64/hex of 32 bytes).")
    @functools.wraps(command)
    def wrapper(*args, store_root: Path, catalog_url: str | None, key_file: Path | None, **kwargs):
        from .store import StoreConfig
        from .vault import load_key

        config = StoreConfig(root=store_root, catalog_url=catalog_url, key=load_key(key_file))
        return command(*args, store_config=config, **kwargs)

    return wrapper


def open_store(config):
    from .store import Store

    return Store(config)


@main.command("ingest")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--watch", "watch_dir", type=click.Path(path_type=Path), help="Keep ingesting what lands in this folder.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True, help="Local worker processes.")
@click.option("--scheduler", help="Dask scheduler address (tcp://HOST:PORT): run the jobs on that cluster.")
@click.option("--policy", "policy_path", type=click.Path(path_type=Path), envvar="REDACT_POLICY",
              help="Policy file (default: models/policy.yaml).")
@click.option("--consume", is_flag=True, help="Delete each source once it is safely quarantined (--watch always does).")
@click.option("--poll", type=click.FloatRange(0.2, 3600), default=5.0, show_default=True, help="Seconds between --watch scans.")
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
    from .batch import IngestConfig, find_recordings, ingest, watch

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
            summary = ingest(videos, config, workers=workers, scheduler=scheduler, on_outcome=report)
    click.echo(summary.line())
    if summary.exit_code:
        raise SystemExit(summary.exit_code)


class _Reporter:
    """One line per recording on stdout (failures carry their one-line reason); a progress bar
    on stderr when it is a terminal."""

    def __init__(self, total: int | None):
        self.total, self.done = total, 0
        self._progress = _progress()

    def __enter__(self):
        self._bar = self._progress.__enter__()
        return self.report

    def report(self, outcome) -> None:
        self.done += 1
        short = (outcome.recording_id or "-")[:12]
        reason = f" ({outcome.reason})" if outcome.reason and outcome.status != "failed" else ""
        line = f"{short}  {outcome.status}{reason}  {outcome.path}"
        click.echo(line if outcome.status != "failed" else f"{short}  failed: {outcome.reason}")
        if self._bar is not None:
            self._bar("recordings", self.done, self.total or self.done)

    def __exit__(self, *exc):
        self._progress.__exit__(*exc)
        return False


@main.command("forget")
@click.option("--customer", "customer_id", required=True, help="The customer's id, as in the sidecars.")
@store_options
def forget_command(customer_id: str, store_config) -> None:
    """Erase everything of one customer: artifacts, raw copies, catalog rows, export lineage;
    then prove it (counts before and after, and a scan of the store for the id).

    \b
    Example:
      redact forget --customer C-104233 --store /srv/redact
    """
    store = open_store(store_config)
    report = store.forget(customer_id)
    click.echo(f"forget {report.customer_ref}: {len(report.recordings)} recordings, {report.files_removed} files removed")
    for key in report.before:
        click.echo(f"  {key:<12} before {report.before[key]:>5}  after {report.after[key]:>5}")
    hits = store.scan_for(customer_id)
    for export in report.exports_to_rebuild:
        click.echo(f"  export to rebuild: {export}  (redact export --rebuild {export}/manifest.json)")
    if hits or any(report.after.values()):
        click.echo(f"  NOT ERASED: the id is still in {len(hits)} files of the store", err=True)
        raise SystemExit(int(ExitCode.PROCESSING))
    click.echo("  scan of the store for the id: nothing found")


@main.command("purge")
@store_options
def purge_command(store_config) -> None:
    """Apply retention: delete outputs and raw copies past their policy's retention.

    \b
    Example:
      redact purge --store /srv/redact
    """
    report = open_store(store_config).purge()
    click.echo(f"purged: {report.outputs} outputs, {report.raw_copies} raw copies, {report.files} files")


@main.group("audit")
def audit_group() -> None:
    """The append-only, hash-chained audit log of the store."""


@audit_group.command("verify")
@store_options
def audit_verify_command(store_config) -> None:
    """Check the chain: finds edited, inserted, removed or reordered entries and says where.

    \b
    Example:
      redact audit verify --store /srv/redact
    """
    from .audit import AuditLog

    report = AuditLog(store_config.root / "audit.jsonl").verify()
    for problem in report.problems:
        click.echo(problem)
    if not report.ok:
        click.echo(f"audit log: {len(report.problems)} problems in {report.entries} entries", err=True)
        raise SystemExit(int(ExitCode.PROCESSING))
    # keep the head hash somewhere else too: a rewrite of the whole log would have to match it
    click.echo(f"audit log ok: {report.entries} entries, head {report.last_hash}")


@audit_group.command("show")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--last", type=click.IntRange(1), default=50, show_default=True)
@store_options
def audit_show_command(as_json: bool, last: int, store_config) -> None:
    """Print the latest entries (types, ids and hashes only).

    \b
    Example:
      redact audit show --last 20
    """
    from .audit import AuditLog

    entries = list(AuditLog(store_config.root / "audit.jsonl").entries())[-last:]
    for e in entries:
        if as_json:
            click.echo(json.dumps({"seq": e.seq, "at": e.at, "event": e.event, **e.fields}, sort_keys=True))
        else:
            fields = " ".join(f"{k}={v}" for k, v in sorted(e.fields.items()))
            click.echo(f"{e.seq:>6} {e.at} {e.event:<8} {fields}")


@main.group("policy")
def policy_group() -> None:
    """The privacy policy file (models/policy.yaml by default)."""


@policy_group.command("check")
@click.argument("policy_file", type=click.Path(path_type=Path))
def policy_check_command(policy_file: Path) -> None:
    """Validate a policy file and explain every problem (one per line).

    \b
    Example:
      redact policy check models/policy.yaml
    """
    from .policy import check_policy, describe, load_policy

    problems = check_policy(policy_file)
    if problems:
        for problem in problems:
            click.echo(f"{policy_file}: {problem}", err=True)
        raise SystemExit(int(ExitCode.CONFIG))
    for line in describe(load_policy(policy_file)):
        click.echo(line)


@main.command("keygen")
@click.argument("key_file", type=click.Path(path_type=Path))
def keygen_command(key_file: Path) -> None:
    """Create a new key file (0600) for raw recordings kept at rest. It refuses to overwrite
    an existing key: sealed recordings would become unreadable.

    \b
    Example:
      redact keygen /etc/redact/raw.key && export REDACT_RAW_KEY_FILE=/etc/redact/raw.key
    """
    from .vault import generate_key_file

    click.echo(f"key written: {generate_key_file(key_file)}")


@main.command("export")
@click.option("--purpose", type=click.Choice(["training"]), default="training", show_default=True,
              help="Only training data leaves the store.")
@click.option("--format", "fmt", type=click.Choice(["parquet", "webdataset", "jsonl"]), default="parquet",
              show_default=True)
@click.option("--out", "out_dir", type=click.Path(path_type=Path), help="New export folder (must not exist).")
@click.option("--since", type=click.DateTime(), help="Only recordings made at or after this date.")
@click.option("--tenant", help="Only this tenant's recordings.")
@click.option("--surrogates", is_flag=True, help="Consistent fake values instead of <ENTITY> placeholders.")
@click.option("--val-fraction", type=click.FloatRange(0, 1), default=0.1, show_default=True)
@click.option("--rebuild", "manifest", type=click.Path(path_type=Path),
              help="Regenerate the export of this manifest.json without recordings erased since.")
@store_options
def export_command(purpose, fmt, out_dir, since, tenant, surrogates, val_fraction, manifest, store_config) -> None:
    """Write a de-identified training dataset: redacted frames at each change of the screen,
    their OCR text with personal data replaced, the boxes with types, pseudonymous session
    metadata, a train/validation split by session, a manifest and a dataset card. Only
    recordings with training consent, a clean verification and (where the policy asks) QA
    approval are exported.

    \b
    Examples:
      redact export --format parquet --out exports/2026-11
      redact export --format webdataset --out exports/acme --tenant acme-b2b --since 2026-11-01
      redact export --rebuild exports/2026-11/manifest.json
    """
    from datetime import timezone

    from .export_run import rebuild_export, run_export

    store = open_store(store_config)
    with _progress() as progress:
        if manifest is not None:
            run = rebuild_export(store, manifest, progress=progress)
        else:
            if out_dir is None:
                raise click.UsageError("give --out DIR (or --rebuild MANIFEST)")
            if since is not None and since.tzinfo is None:
                since = since.replace(tzinfo=timezone.utc)
            run = run_export(store, fmt, out_dir, tenant=tenant, since=since, surrogates=surrogates,
                             val_fraction=val_fraction, progress=progress)
    m = run.manifest
    splits = ", ".join(f"{k} {v}" for k, v in sorted(m.samples_by_split.items()))
    click.echo(f"export {m.export_id}: {m.samples} samples ({splits}) from {len(m.recordings)} recordings -> {run.path}")
    if run.skipped_unapproved:
        click.echo(f"{run.skipped_unapproved} recordings wait for QA approval (redact list --state processed)")
