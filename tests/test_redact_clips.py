"""End to end: the real `redact file` on generated support-session clips, checked by an OCR
independent of the pipeline's own: no fake value readable in any checked output frame where it
was readable in the input, and the innocent text still readable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.core.plan import RedactionPlan
from pipeline.media.probe import probe
from pipeline.redact.evaluate import Truth, check_output
from samples.make_samples import make_clip

# every test redacts a generated clip with the real pipeline (detection inline, with the session's
# detector: the detection process has its own tests)
pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("inline_detection")]


CLIPS = ["form_typing", "terminal_config", "scrolling_list", "dark_mode", "screenshot"]
MIN_UTILITY = 0.8  # share of the innocent strings still readable


@pytest.fixture(scope="module")
def clip_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("clips")


@pytest.mark.parametrize("name", CLIPS)
def test_clip_has_no_readable_value_and_keeps_innocent_text(clip_dir, tmp_path, name):
    made = make_clip(name, clip_dir, width=960, height=540, fps=10.0, seed=4321)
    suffix = made.video_path.suffix
    output = tmp_path / f"{name}.redacted{suffix}"
    plan_path = tmp_path / f"{name}.plan.json"
    result = CliRunner().invoke(
        main, ["file", str(made.video_path), "-o", str(output), "--plan", str(plan_path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output

    info_in, info_out = probe(made.video_path), probe(output)
    shape = (info_in.frame_count, info_in.width, info_in.height)
    assert (info_out.frame_count, info_out.width, info_out.height) == shape

    truth = Truth.load(made.json_path)
    plan = RedactionPlan.load(plan_path)
    report = check_output(truth, made.video_path, output, plan, seconds=1.0, per_second=2.0)
    assert report.values_in_input >= max(1, len(truth.pii) // 3), "the clip must show values to hide"
    assert report.leaks == [], report.line()
    assert report.utility >= MIN_UTILITY, report.line()
    assert report.masked_share < 0.35, report.line()

    # Our own artefacts never carry the values.
    plan_text = plan_path.read_text()
    values = [p["value"] for p in json.loads(made.json_path.read_text())["pii"] if len(p["value"]) >= 5]
    assert not [v for v in values if v in plan_text or v in result.output]
