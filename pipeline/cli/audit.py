"""`redact audit verify | show | upgrade`: the keyed, hash-chained audit log."""

from __future__ import annotations

import json
import re

import click

from pipeline.cli.common import store_options
from pipeline.core.errors import ExitCode


def _log(store_config, *, keyed: bool = True):
    """The store's log, opened without creating anything (verifying must not repair a deleted store)."""
    from pipeline.store.audit import AuditLog, audit_key

    key = audit_key(store_config.audit_key_file, store_config.raw_key()) if keyed else None
    return AuditLog(store_config.root / "audit.jsonl", key)


def _catalogued(store_config) -> list[str]:
    """Ids of the recordings the catalog holds past their claim (each has an entry by then)."""
    from sqlalchemy import select

    from pipeline.store.catalog import PROCESSING, Catalog, Recording

    if store_config.catalog_url is None and not (store_config.root / "catalog.sqlite").is_file():
        return []  # no catalog: nothing to hold the log to (a store deleted whole)
    catalog = Catalog(store_config.url)
    try:
        with catalog.session() as s:
            return list(s.scalars(select(Recording.id).where(Recording.state != PROCESSING)))
    finally:
        catalog.dispose()


def _checkpoint(_ctx, _param, value: str | None) -> str | None:
    if value is not None and not re.fullmatch(r"[0-9a-f]{64}", value):
        raise click.BadParameter("a head printed by `redact audit verify`: 64 hex digits")
    return value


@click.group("audit")
def audit_group() -> None:
    """The append-only, keyed hash chain of everything done to the store's recordings."""


@audit_group.command("verify")
@click.option(
    "--expect-head",
    callback=_checkpoint,
    metavar="MAC",
    help="A head printed by an earlier `audit verify` and kept outside the store: it must still be in "
    "the chain (rules out a log cut back or rewritten with its head).",
)
@store_options
def audit_verify_command(expect_head: str | None, store_config) -> None:
    """Check every entry's MAC (under the audit key), the chain, the head, a checkpoint, and that
    every recording in the catalog is named by an entry. Exit 6 on any problem, each named with
    its line.

    \b
    Examples:
      redact audit verify --store /srv/redact
      redact audit verify --expect-head 3f0c...e1   # the head printed by an earlier run
    """
    report = _log(store_config).verify(expect_head=expect_head, recordings=_catalogued(store_config))
    for problem in report.problems:
        click.echo(problem)
    if not report.ok:
        click.echo(f"audit log: {len(report.problems)} problems in {report.entries} entries", err=True)
        raise SystemExit(int(ExitCode.PROCESSING))
    click.echo(f"audit log ok: {report.entries} entries, head {report.head}")
    click.echo(f"keep the head outside the store; later: redact audit verify --expect-head {report.head}")


@audit_group.command("upgrade")
@store_options
def audit_upgrade_command(store_config) -> None:
    """Once, after upgrading from a version without the audit key: verify the old, unkeyed chain
    and pin it with a keyed entry. Run `audit verify` first and keep its head.

    \b
    Example:
      redact audit upgrade --store /srv/redact
    """
    entry = _log(store_config).upgrade()
    if entry is None:
        click.echo("audit log: nothing to upgrade")
    else:
        click.echo(
            f"audit log upgraded: {entry.fields['legacy_entries']} unkeyed entries pinned by seq {entry.seq}, "
            f"head {entry.digest}"
        )


@audit_group.command("show")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--last", type=click.IntRange(1), default=50, show_default=True)
@store_options
def audit_show_command(as_json: bool, last: int, store_config) -> None:
    """Print the latest entries (types, ids and hashes only), unverified: see `audit verify`.

    \b
    Example:
      redact audit show --last 20
    """
    entries = list(_log(store_config, keyed=False).entries())[-last:]
    for e in entries:
        if as_json:
            click.echo(json.dumps({"seq": e.seq, "at": e.at, "event": e.event, **e.fields}, sort_keys=True))
        else:
            fields = " ".join(f"{k}={v}" for k, v in sorted(e.fields.items()))
            click.echo(f"{e.seq:>6} {e.at} {e.event:<8} {fields}")
