"""`redact export`: de-identified training data from approved recordings."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.cli.common import open_store, progress_bar, store_options


@click.command("export")
@click.option(
    "--purpose",
    type=click.Choice(["training"]),
    default="training",
    show_default=True,
    help="Only training data leaves the store.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["parquet", "webdataset", "jsonl"]), default="parquet", show_default=True
)
@click.option("--out", "out_dir", type=click.Path(path_type=Path), help="New export folder (must not exist).")
@click.option("--since", type=click.DateTime(), help="Only recordings made at or after this date.")
@click.option("--tenant", help="Only this tenant's recordings.")
@click.option("--surrogates", is_flag=True, help="Consistent fake values instead of <ENTITY> placeholders.")
@click.option("--val-fraction", type=click.FloatRange(0, 1), default=0.1, show_default=True)
@click.option(
    "--rebuild",
    "manifest",
    type=click.Path(path_type=Path),
    help="Regenerate the export of this manifest.json without recordings erased since.",
)
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

    from pipeline.core.paths import check_outside
    from pipeline.export.run import rebuild_export, run_export

    folder = manifest.parent if manifest is not None else out_dir
    if folder is not None:  # a rebuild replaces its folder whole: never the store or around it
        check_outside(folder, "the export folder", store_config.root, "the store")
    store = open_store(store_config)
    with progress_bar() as progress:
        if manifest is not None:
            run = rebuild_export(store, manifest, progress=progress)
        else:
            if out_dir is None:
                raise click.UsageError("give --out DIR (or --rebuild MANIFEST)")
            if since is not None and since.tzinfo is None:
                since = since.replace(tzinfo=timezone.utc)
            run = run_export(
                store,
                fmt,
                out_dir,
                tenant=tenant,
                since=since,
                surrogates=surrogates,
                val_fraction=val_fraction,
                progress=progress,
            )
    m = run.manifest
    splits = ", ".join(f"{k} {v}" for k, v in sorted(m.samples_by_split.items()))
    click.echo(
        f"export {m.export_id}: {m.samples} samples ({splits}) from {len(m.recordings)} recordings -> {run.path}"
    )
    if run.skipped_unapproved:
        click.echo(f"{run.skipped_unapproved} recordings wait for QA approval (redact list --state processed)")
