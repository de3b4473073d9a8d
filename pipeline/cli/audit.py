"""`redact audit verify | show`: the hash-chained audit log."""

from __future__ import annotations

import json

import click

from pipeline.cli.common import store_options
from pipeline.core.errors import ExitCode


@click.group("audit")
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
    from pipeline.store.audit import AuditLog

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
    from pipeline.store.audit import AuditLog

    entries = list(AuditLog(store_config.root / "audit.jsonl").entries())[-last:]
    for e in entries:
        if as_json:
            click.echo(json.dumps({"seq": e.seq, "at": e.at, "event": e.event, **e.fields}, sort_keys=True))
        else:
            fields = " ".join(f"{k}={v}" for k, v in sorted(e.fields.items()))
            click.echo(f"{e.seq:>6} {e.at} {e.event:<8} {fields}")
