"""`redact file | render | eval`: one recording at a time, and the quality check over a folder."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import click

from pipeline.cli.common import OCR_ENGINES, STYLES, X264_PRESETS, progress_bar
from pipeline.core.errors import ExitCode
from pipeline.core.types import mask_style
from pipeline.media.encode import DEFAULT_CRF


@click.command("file")
@click.argument("input_path", metavar="INPUT", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Redacted copy (default: INPUT.redacted.EXT).")
@click.option("--plan", "plan_path", type=click.Path(path_type=Path), help="Plan JSON (default: beside the output).")
@click.option("--style", type=click.Choice(STYLES), default="blur", show_default=True, help="How boxes are hidden.")
@click.option("--keep-audio", is_flag=True, help="Keep the audio track (dropped by default).")
@click.option("--ocr-engine", type=click.Choice(OCR_ENGINES), default="auto", show_default=True)
@click.option("--crf", type=click.IntRange(0, 51), default=DEFAULT_CRF, show_default=True, help="x264 quality.")
@click.option(
    "--preset", type=click.Choice(X264_PRESETS), default="veryfast", show_default=True, help="x264 speed preset."
)
def file_command(
    input_path: Path,
    output: Path | None,
    plan_path: Path | None,
    style: str,
    keep_audio: bool,
    ocr_engine: str,
    crf: int,
    preset: str,
) -> None:
    """Redact one recording (mp4/mkv/webm/mov) or screenshot (png/jpg).

    \b
    Examples:
      redact file session.mp4 -o session.redacted.mp4 --plan session.plan.json
      redact file screenshot.png -o screenshot.redacted.png
    """
    from pipeline.analysis.analyzer import AnalysisConfig
    from pipeline.redact.controller import RedactRequest, redact_file

    if output is None:
        output = input_path.with_name(f"{input_path.stem}.redacted{input_path.suffix or '.mp4'}")
    analysis = AnalysisConfig()
    analysis = replace(analysis, ocr=replace(analysis.ocr, engine=ocr_engine))
    request = RedactRequest(
        input=input_path,
        output=output,
        plan=plan_path,
        style=mask_style(style),
        keep_audio=keep_audio,
        crf=crf,
        preset=preset,
        analysis=analysis,
    )
    with progress_bar() as progress:
        result = redact_file(request, progress=progress)
    found = ", ".join(f"{n} {kind}" for kind, n in result.by_type.items()) or "nothing found"
    whole = sum(m.end_frame - m.start_frame + 1 for m in result.plan.full_frames)
    click.echo(f"redacted: {result.output}")
    click.echo(f"plan:     {result.plan_path}")
    click.echo(f"tracks:   {len(result.plan.tracks)} ({found})" + (f"; {whole} frames masked whole" if whole else ""))
    speed = f"{result.realtime_factor:.2f}x real time" if not result.plan.video.is_image else "still image"
    click.echo(f"time:     {result.seconds:.1f} s ({speed})")


@click.command("render")
@click.argument("input_path", metavar="INPUT", type=click.Path(path_type=Path))
@click.option("--plan", "plan_path", required=True, type=click.Path(path_type=Path), help="Plan JSON to apply.")
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path), help="Redacted copy to write.")
@click.option("--style", type=click.Choice(STYLES), default="blur", show_default=True)
@click.option("--keep-audio", is_flag=True, help="Keep the audio track (dropped by default).")
def render_command(input_path: Path, plan_path: Path, output: Path, style: str, keep_audio: bool) -> None:
    """Render INPUT again from an existing (possibly edited) plan, without OCR.

    \b
    Example:
      redact render session.mp4 --plan session.plan.json -o session.redacted.mp4
    """
    from pipeline.redact.controller import render_from_plan

    plan = render_from_plan(input_path, plan_path, output, style=mask_style(style), keep_audio=keep_audio)
    click.echo(f"redacted: {output} ({len(plan.tracks)} tracks)")


@click.command("eval")
@click.argument("folder", type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    default=Path("out/eval"),
    show_default=True,
    help="Where the redacted clips, plans and tables (eval.json, eval.md) go.",
)
@click.option(
    "--per-second",
    type=click.FloatRange(0.05, 30),
    default=1.0,
    show_default=True,
    help="Frames checked per second of video (plus frames right after each value appears).",
)
@click.option("--ocr-engine", type=click.Choice(OCR_ENGINES), default="auto", show_default=True)
@click.option(
    "--degrade",
    "degrade_specs",
    multiple=True,
    metavar="SPEC",
    help="Evaluate degraded copies instead: scale=F, crf=N, viewer=WxH:WxH, ops joined by +, "
    "copies by commas; 'none' is the folder as it is. Repeatable.",
)
@click.option(
    "--score-only",
    is_flag=True,
    help="Score the outputs and plans already in --out (made by another version); with --degrade, "
    "those of the copies there.",
)
def eval_command(
    folder: Path, out_dir: Path, per_second: float, ocr_engine: str, degrade_specs: tuple[str, ...], score_only: bool
) -> None:
    """Redact every clip in FOLDER that has a ground-truth JSON and check the outputs.

    Prints per clip: distinct values readable in the input, values still readable in the output
    (by type and hash, and how many checked frames showed them), innocent text still readable,
    share of the area masked, speed; then a summary. Writes the tables per scene, per entity type
    and of the leaked values (hashes and times only) to --out as eval.json and eval.md. Exits 7
    when any value leaks.

    \b
    Examples:
      redact eval ../shared/recordings --out out/eval
      redact eval ../shared/recordings --out out/degraded --degrade scale=0.75,crf=36 \\
          --degrade viewer=1366x768:1280x720
    """
    from pipeline.analysis.analyzer import AnalysisConfig
    from pipeline.redact.controller import RedactRequest, redact_file
    from pipeline.redact.degrade import evaluate_copies, parse_degrade

    try:
        specs = [spec for text in degrade_specs for spec in parse_degrade(text)]
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--degrade") from None
    for spec in specs if score_only else []:
        # the outputs were made from the copies made then: scored against those, not new ones
        copies = out_dir / "degraded" / spec.folder_name
        if not spec.is_none and not copies.is_dir():
            raise click.UsageError(f"--score-only: no degraded copies ({spec.label}) in {copies}")
    analysis = AnalysisConfig()
    analysis = replace(analysis, ocr=replace(analysis.ocr, engine=ocr_engine))

    def redact(input_path: Path, output: Path, plan: Path):
        result = redact_file(RedactRequest(input=input_path, output=output, plan=plan, analysis=analysis))
        return result.plan, result.seconds

    reports = evaluate_copies(folder, out_dir, specs, None if score_only else redact, per_second, click.echo)
    click.echo(f"tables:  {out_dir / 'eval.md'}")
    if any(r["summary"]["leaked"] or r["summary"].get("partly_leaked") for r in reports):
        raise SystemExit(int(ExitCode.LEAK))
