"""`redact list | show | review | mask | unmask | approve | reject`: QA's daily commands.

They read the catalog and redacted artifacts only (qa.py, review.py do the work); every view
and edit goes to the audit log. Tables are drawn with rich: colour on a terminal only.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import click

from pipeline.cli.common import open_store, progress_bar, store_options
from pipeline.store.catalog import STATES


def _check_operator(_ctx, _param, value: str | None) -> str | None:
    from pipeline.core.errors import ConfigError
    from pipeline.qa.actions import OPERATOR_RULE, operator_id

    try:
        return operator_id(value) if value is not None else None
    except ConfigError:  # not a plain id: never echoed
        raise click.BadParameter(f"an operator id is {OPERATOR_RULE}") from None


def operator_option(command):
    """`--as OPERATOR` (or $REDACT_OPERATOR): who acts, named in the audit entry (else the OS user)."""
    option = click.option(
        "--as",
        "actor",
        metavar="OPERATOR",
        envvar="REDACT_OPERATOR",
        callback=_check_operator,
        help="Operator id named in the audit log (default: $REDACT_OPERATOR, else the OS user).",
    )
    return option(command)


def _console():
    from rich.console import Console

    tty = sys.stdout.isatty()
    return Console(no_color=not tty, highlight=False, soft_wrap=False, width=None if tty else 160)


def _since(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter("use a date like 2026-11-01 or 2026-11-01T08:00") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def parse_clock(value: str) -> float:
    """Seconds from `SS`, `MM:SS(.s)` or `HH:MM:SS(.s)`."""
    if not re.fullmatch(r"\d+(:\d{1,2}){0,2}(\.\d+)?", value):
        raise click.BadParameter(f"{value!r} is not a time (use 00:01:02.5, 1:02.5 or 62.5)")
    seconds = 0.0
    for part in value.split(":"):
        seconds = seconds * 60 + float(part)
    return seconds


def parse_box(value: str):
    from pipeline.core.types import Box

    parts = value.split(",")
    if len(parts) != 4 or not all(p.strip().isdigit() for p in parts):
        raise click.BadParameter(f"{value!r} is not X,Y,W,H in pixels")
    x, y, w, h = (int(p) for p in parts)
    if w <= 0 or h <= 0:
        raise click.BadParameter("width and height must be positive")
    return Box(x, y, w, h)


def _row_dict(store, row) -> dict:
    from pipeline.qa.actions import stored_outputs
    from pipeline.redact.findings import block_reasons

    outputs = stored_outputs(store, row.id)
    blocked: Counter[str] = Counter()
    for o in outputs:
        if o.state == "blocked":  # each label at its largest count over the purposes
            blocked |= block_reasons(o.verification)
    counts: dict[str, int] = {}
    for o in outputs:
        for kind, n in (o.counts or {}).items():
            counts[kind] = max(counts.get(kind, 0), n)
    verification = {
        o.purpose: ("clean" if (o.verification or {}).get("clean") else "blocked" if o.verification else "not run")
        for o in outputs
    }
    return {
        "id": row.id,
        "state": row.state,
        "reason": row.reason,
        "session_id": row.session_id,
        "tenant": row.tenant,
        "recorded_at": row.recorded_at.isoformat() if row.recorded_at else None,
        "duration_s": row.duration_s,
        "policy_version": row.policy_version,
        "purposes": {o.purpose: o.state for o in outputs},
        "redactions": dict(sorted(counts.items())),
        "verification": verification,
        # why the gate holds it (label: count), most frequent first; types and categories only
        "review_reasons": dict(sorted(blocked.items(), key=lambda item: (-item[1], item[0]))),
    }


@click.command("list")
@click.option("--state", type=click.Choice(STATES), help="Only recordings in this state.")
@click.option("--tenant", help="Only this tenant's recordings.")
@click.option("--since", help="Only recordings ingested since this date (2026-11-01).")
@click.option("--json", "as_json", is_flag=True, help="JSON lines for scripts.")
@store_options
def list_command(state, tenant, since, as_json, store_config) -> None:
    """List recordings with state, duration, redactions by type, verification and policy.

    \b
    Examples:
      redact list --state needs_review
      redact list --tenant acme-b2b --since 2026-11-01 --json
    """
    store = open_store(store_config)
    rows = [_row_dict(store, r) for r in store.catalog.recordings(state, tenant, _since(since))]
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, sort_keys=True))
        return
    from rich.table import Table

    table = Table(box=None, header_style="bold", pad_edge=False)
    from pipeline.redact.findings import reasons_text

    for column in ("id", "state", "reason", "tenant", "duration", "redactions", "verification", "policy"):
        table.add_column(column)
    for row in rows:
        table.add_row(
            row["id"][:12],
            _state_text(row["state"]),
            reasons_text(Counter(row["review_reasons"])) or row["reason"] or "-",
            row["tenant"] or "-",
            f"{row['duration_s']:.0f} s" if row["duration_s"] else "-",
            ", ".join(f"{k} {v}" for k, v in row["redactions"].items()) or "-",
            ", ".join(f"{k} {v}" for k, v in row["verification"].items()) or "-",
            row["policy_version"] or "-",
        )
    console = _console()
    console.print(table)
    console.print(f"{len(rows)} recordings")


def _state_text(state: str) -> str:
    colour = {"needs_review": "yellow", "approved": "green", "rejected": "red", "failed": "red", "processed": "cyan"}
    return f"[{colour[state]}]{state}[/]" if state in colour else state


@click.command("show")
@click.argument("recording")
@click.option("--json", "as_json", is_flag=True, help="One JSON document.")
@operator_option
@store_options
def show_command(recording, as_json, actor, store_config) -> None:
    """Facts of one recording and its tracks by entity type and time. RECORDING is its id or
    an unambiguous prefix (at least 6 characters).

    \b
    Example:
      redact show 622c87ecf9ba
    """
    from pipeline.qa.actions import audit_actor, master_plan, resolve, track_rows

    store = open_store(store_config)
    actor = audit_actor(store, actor)
    row = resolve(store, recording)
    facts = _row_dict(store, row)
    tracks = track_rows(master_plan(store, row)) if store.artifacts(row.id, "review", "plan") else []
    store.audit.append("view", recording=row.id, what="show", actor=actor)
    if as_json:
        click.echo(json.dumps({**facts, "tracks": tracks}, sort_keys=True, indent=1))
        return
    console = _console()
    for key in (
        "id",
        "state",
        "reason",
        "session_id",
        "tenant",
        "recorded_at",
        "duration_s",
        "policy_version",
        "purposes",
        "verification",
        "review_reasons",
    ):
        value = facts[key]
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items()) or "-"
        console.print(f"{key:<15} {value if value is not None else '-'}")
    from rich.table import Table

    table = Table(box=None, header_style="bold", pad_edge=False)
    for column in ("track", "type", "from", "to", "score", "source", "box"):
        table.add_column(column)
    for t in tracks:
        table.add_row(
            str(t["track"]),
            t["type"],
            _clock(t["from_s"]),
            _clock(t["to_s"]),
            f"{t['score']:.2f}",
            t["source"],
            ",".join(map(str, t["box"])),
        )
    console.print(table)


def _clock(seconds: float) -> str:
    minutes, rest = divmod(seconds, 60)
    return f"{int(minutes):02d}:{rest:04.1f}"


@click.command("review")
@click.argument("recording")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="HTML file (default: beside the recording's artifacts in the store, removed with them).",
)
@click.option("--purpose", default="qa_review", show_default=True, help="Which stored video to show.")
@click.option("--open", "open_page", is_flag=True, help="Open the page in the browser.")
@operator_option
@store_options
def review_command(recording, output, purpose, open_page, actor, store_config) -> None:
    """Write a self-contained HTML review page: timeline of tracks per type, contact sheet of
    redacted frames with boxes labelled by type and score, filters, verification result.
    Only redacted frames appear.

    \b
    Example:
      redact review 622c87ecf9ba --open
    """
    from pipeline.core.paths import check_outside
    from pipeline.qa.actions import MissingOutput, review_page

    if output is not None:  # a page written by hand into the store could replace what it holds
        check_outside(output, "the review page", store_config.root, "the store")

    with progress_bar() as progress:
        tick = (lambda done, total: progress("decode", done, total)) if progress else None
        try:
            output = review_page(open_store(store_config), recording, purpose, output, progress=tick, actor=actor)
        except MissingOutput as exc:
            raise click.BadParameter(exc.detail, param_hint="--purpose") from None
    click.echo(f"review page: {output}")
    if open_page:
        click.launch(output.resolve().as_uri())


def _edit_report(result) -> None:
    outputs = ", ".join(f"{k} {v}" for k, v in result.outputs.items())
    click.echo(
        f"{result.recording_id[:12]}: {result.state} ({outputs})"
        + ("" if result.from_raw else "; drawn over the stored video (raw no longer kept)")
    )


@click.command("mask")
@click.argument("recording")
@click.option("--box", "box", required=True, help="X,Y,W,H in pixels of the video.")
@click.option("--from", "start", required=True, help="Start time (00:01:02.5).")
@click.option("--to", "end", required=True, help="End time (00:01:10).")
@operator_option
@store_options
def mask_command(recording, box, start, end, actor, store_config) -> None:
    """Add a manual mask, re-render every stored video from the plan (no OCR), verify again.

    \b
    Example:
      redact mask 622c87ecf9ba --box 120,340,260,28 --from 00:01:02.5 --to 00:01:10
    """
    from pipeline.qa.actions import add_mask

    start_s, end_s = parse_clock(start), parse_clock(end)
    if end_s < start_s:
        raise click.BadParameter("--to is before --from")
    result = add_mask(open_store(store_config), recording, parse_box(box), start_s, end_s, actor=actor)
    click.echo(f"added manual track {result.track_id}")
    _edit_report(result)


@click.command("unmask")
@click.argument("recording")
@click.argument("track", type=click.IntRange(1))
@operator_option
@store_options
def unmask_command(recording, track, actor, store_config) -> None:
    """Remove a track (an over-redaction) and re-render from the sealed raw, then verify.

    \b
    Example:
      redact unmask 622c87ecf9ba 17
    """
    from pipeline.qa.actions import remove_track

    _edit_report(remove_track(open_store(store_config), recording, track, actor=actor))


@click.command("approve")
@click.argument("recording")
@click.option(
    "--override-verification", is_flag=True, help="Approve although verification blocked (findings judged false)."
)
@operator_option
@store_options
def approve_command(recording, override_verification, actor, store_config) -> None:
    """Sign off a recording's redaction.

    \b
    Example:
      redact approve 622c87ecf9ba
    """
    from pipeline.qa.actions import approve

    row = approve(open_store(store_config), recording, override=override_verification, actor=actor)
    click.echo(f"{row.id[:12]}: {row.state}")


@click.command("reject")
@click.argument("recording")
@click.option("--note", required=True, help="Why (kept in the catalog, not in the audit log).")
@operator_option
@store_options
def reject_command(recording, note, actor, store_config) -> None:
    """Reject a recording's redaction: its outputs are withheld and its raw copy deleted.

    \b
    Example:
      redact reject 622c87ecf9ba --note "blur misses the chat window"
    """
    from pipeline.qa.actions import reject

    row = reject(open_store(store_config), recording, note, actor=actor)
    click.echo(f"{row.id[:12]}: {row.state}")
