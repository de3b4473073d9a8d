"""`redact eval`'s tables and degraded copies, on a tiny real clip: distinct values and frame
sightings counted apart, per scene and per type, no value text in the tables or the saved
input reads; degraded copies keep every frame and timestamp, and their ground truth follows."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.core.plan import RedactionPlan
from pipeline.media.frames import iter_frames
from pipeline.media.probe import probe
from pipeline.redact.degrade import DegradeSpec, degrade_clip, parse_degrade
from pipeline.redact.evaluate import ClipReport, Leak, Truth, value_id
from pipeline.redact.scorecard import compare_markdown, merge_reports, report_dict
from tests.helpers import draw_screen, ffmpeg, screen_clip

EMAIL, CARD, KEEP = "jane.doe@example.com", "4111 1111 1111 1111", "Delivered"
FRAMES = 6


@pytest.fixture(scope="module")
def clip_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("eval_clip")
    lines = [(20, 30, f"Contact: {EMAIL}"), (20, 90, f"Card: {CARD}"), (20, 150, f"Status: {KEEP}")]
    screen_clip(folder / "screen.mp4", [draw_screen(lines, (640, 360), font_size=22)] * FRAMES, fps=5.0)
    truth = {
        "name": "screen",
        "file": "screen.mp4",
        "video": {"width": 640, "height": 360, "fps": 5.0, "frames": FRAMES},
        "pii": [
            {"value": EMAIL, "type": "EMAIL_ADDRESS", "first_shown_s": 0.0},
            {"value": CARD, "type": "CREDIT_CARD", "first_shown_s": 0.0},
        ],
        "keep": [KEEP],
    }
    (folder / "screen.json").write_text(json.dumps(truth))
    return folder


def _score_only(clip_folder: Path, out: Path, output_video: Path) -> tuple[int, dict, str]:
    """Score `output_video` as the redacted copy of the clip, with an empty plan."""
    out.mkdir()
    shutil.copy(output_video, out / "screen.redacted.mp4")
    RedactionPlan(video=probe(clip_folder / "screen.mp4")).save(out / "screen.plan.json")
    result = CliRunner().invoke(
        main, ["eval", str(clip_folder), "--out", str(out), "--score-only", "--per-second", "5"]
    )
    return result.exit_code, json.loads((out / "eval.json").read_text()), result.output


def test_unredacted_output_counts_each_value_once_and_its_sightings_apart(clip_folder, tmp_path):
    code, report, printed = _score_only(clip_folder, tmp_path / "out", clip_folder / "screen.mp4")

    assert code == 7, printed  # values leaked
    scene = report["scenes"][0]
    assert scene["readable"] == {"CREDIT_CARD": 1, "EMAIL_ADDRESS": 1}
    assert scene["leaked"] == scene["readable"]
    assert report["types"]["EMAIL_ADDRESS"] == {"readable": 1, "leaked": 1}
    # each value shows in every checked frame: sightings count frames, values stay 2
    assert [v["sightings"] for v in scene["leaked_values"]] == [scene["frames_checked"]] * 2
    assert report["summary"]["leaked"] == 2 and report["summary"]["sightings"] == 2 * scene["frames_checked"]
    assert (scene["keep_in_input"], scene["keep_in_output"]) == (1, 1)

    written = [
        tmp_path / "out" / "eval.md",
        tmp_path / "out" / "eval.json",
        *(tmp_path / "out" / "input-reads").glob("*"),
    ]
    assert len(written) == 3
    for path in written:
        text = path.read_text().lower()
        assert not any(s.lower() in text for s in (EMAIL, CARD, KEEP, "jane", "1111")), path.name
    assert "| screen | 2 | 2 |" in (tmp_path / "out" / "eval.md").read_text()


def test_blank_output_leaks_nothing_and_keeps_nothing(clip_folder, tmp_path):
    blank = tmp_path / "blank.mp4"
    ffmpeg("-f", "lavfi", "-i", f"color=c=gray:s=640x360:r=5:d={FRAMES / 5}", "-pix_fmt", "yuv420p", str(blank))
    code, report, printed = _score_only(clip_folder, tmp_path / "out", blank)

    assert code == 0, printed
    assert report["summary"]["readable"] == 2 and report["summary"]["leaked"] == 0
    assert report["summary"]["kept"] == 0.0
    assert report["scenes"][0]["keep_lost"] == [value_id(KEEP)]
    assert f"screen: {value_id(KEEP)}" in (tmp_path / "out" / "eval.md").read_text()
    assert "0 of 2 readable values leaked" in printed


def test_innocent_text_the_outputs_encode_alone_makes_unreadable_is_not_counted(clip_folder, tmp_path, monkeypatch):
    """../shared/recordings at 75 %: text of 6-8 px read in the degraded input, encoded once more
    by the output's encoder, is no longer readable where no mask covers it (as in the input
    rendered with no mask at all): three such strings made 'kept' 23/26. A string the input
    rendered with no mask does not show either is not counted; one it shows is lost (above)."""
    blank = tmp_path / "blank.mp4"
    ffmpeg("-f", "lavfi", "-i", f"color=c=gray:s=640x360:r=5:d={FRAMES / 5}", "-pix_fmt", "yuv420p", str(blank))
    rendered = []

    def encoder_loses_it(plan, input_path, output_path, **options):  # the unmasked render, as lossy
        rendered.append(plan)
        shutil.copy(blank, output_path)

    monkeypatch.setattr("pipeline.render.renderer.render", encoder_loses_it)
    code, report, printed = _score_only(clip_folder, tmp_path / "out", blank)

    assert code == 0, printed
    scene = report["scenes"][0]
    assert (scene["keep_in_input"], scene["keep_lost"], scene["keep_unmasked"]) == (0, [], [value_id(KEEP)])
    assert len(rendered) == 1 and not rendered[0].tracks and not rendered[0].full_frames
    assert "not counted" in (tmp_path / "out" / "eval.md").read_text()


def test_half_a_token_value_readable_is_a_partial_leak(clip_folder, tmp_path):
    # a box that ends too soon: the card's first half still shows (the e-mail is covered)
    lines = [(20, 90, f"Card: {CARD[:10]}"), (20, 150, f"Status: {KEEP}")]
    half = screen_clip(tmp_path / "half.mp4", [draw_screen(lines, (640, 360), font_size=22)] * FRAMES, fps=5.0)
    code, report, printed = _score_only(clip_folder, tmp_path / "out", half)

    assert code == 7, printed
    assert report["summary"]["leaked"] == 0 and report["summary"]["partly_leaked"] == 1
    assert [v["type"] for v in report["scenes"][0]["partly_leaked_values"]] == ["CREDIT_CARD"]
    assert "1 partly leaked" in printed and "1111" not in (tmp_path / "out" / "eval.md").read_text()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("scale=0.75", [DegradeSpec("scale=0.75", scale=0.75)]),
        ("scale=0.66,crf=36", [DegradeSpec("scale=0.66", scale=0.66), DegradeSpec("crf=36", crf=36)]),
        ("scale=0.66+crf=36", [DegradeSpec("scale=0.66+crf=36", scale=0.66, crf=36)]),
        ("viewer=1366x768:1280x720", [DegradeSpec("viewer=1366x768:1280x720", viewer=((1366, 768), (1280, 720)))]),
        ("none", [DegradeSpec("none")]),
    ],
)
def test_degrade_specs(text, expected):
    assert parse_degrade(text) == expected


@pytest.mark.parametrize("text", ["scale=2", "scale=x", "crf=60", "blur=3", "viewer=1366x768", "crf=30+crf=31"])
def test_bad_degrade_spec_is_a_usage_error(clip_folder, tmp_path, text):
    with pytest.raises(ValueError):
        parse_degrade(text)
    result = CliRunner().invoke(main, ["eval", str(clip_folder), "--out", str(tmp_path), "--degrade", text])
    assert result.exit_code == 2 and "--degrade" in result.output


def test_degraded_copy_keeps_frames_and_times_and_moves_ground_truth(clip_folder, tmp_path):
    source = tmp_path / "src"
    shutil.copytree(clip_folder, source)
    (source / "screen.boxes.json").write_text(json.dumps({"pii": {"x": {"t": 0.0, "box": [20, 30, 300, 26]}}}))
    truth = Truth.load(source / "screen.json")

    for spec, size in [("scale=0.66+crf=36", (422, 238)), ("viewer=1366x768:1280x720", (1280, 720))]:
        copy = degrade_clip(truth, parse_degrade(spec)[0], tmp_path / spec)
        info = probe(copy.with_suffix(".mp4"))
        assert (info.width, info.height, info.frame_count) == (*size, FRAMES)
        times = [round(f.pts_s, 3) for f in iter_frames(copy.with_suffix(".mp4"), info)]
        assert times == [round(i / 5.0, 3) for i in range(FRAMES)]
        moved = json.loads(copy.read_text())
        assert (moved["video"]["width"], moved["video"]["height"], moved["degraded"]) == (*size, spec)
        assert Truth.load(copy).pii == truth.pii
        box = json.loads((tmp_path / spec / "screen.boxes.json").read_text())["pii"]["x"]["box"]
        sx, sy = size[0] / 640, size[1] / 360
        assert box == [round(20 * sx), round(30 * sy), round(300 * sx), round(26 * sy)]


@pytest.mark.slow  # redacts two copies with the real pipeline (detection inline)
@pytest.mark.usefixtures("inline_detection")
def test_eval_on_degraded_copies_writes_a_table_per_copy(clip_folder, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["eval", str(clip_folder), "--out", str(out), "--degrade", "scale=0.75,crf=36", "--per-second", "5"]
    )
    assert result.exit_code == 0, result.output
    for name, width in [("scale-0.75", 480), ("crf-36", 640)]:
        assert probe(out / "degraded" / name / "screen.mp4").width == width
        report = json.loads((out / name / "eval.json").read_text())
        assert report["summary"]["readable"] >= 1 and report["summary"]["leaked"] == 0, result.output
        assert probe(out / name / "screen.redacted.mp4").width == width
    combined = (out / "eval.md").read_text()
    assert "(scale=0.75)" in combined and "(crf=36)" in combined
    # the outputs of one copy scored again, as another version's would be
    first = json.loads((out / "crf-36" / "eval.json").read_text())["summary"]
    again = CliRunner().invoke(
        main, ["eval", str(clip_folder), "--out", str(out), "--degrade", "crf=36", "--score-only", "--per-second", "5"]
    )
    assert again.exit_code == 0, again.output
    rescored = json.loads((out / "crf-36" / "eval.json").read_text())["summary"]
    assert (rescored["readable"], rescored["leaked"]) == (first["readable"], first["leaked"])


def test_score_only_of_a_degraded_copy_needs_its_copies(clip_folder, tmp_path):
    result = CliRunner().invoke(
        main, ["eval", str(clip_folder), "--out", str(tmp_path), "--degrade", "scale=0.75", "--score-only"]
    )
    assert result.exit_code == 2 and "no degraded copies (scale=0.75)" in result.output


def test_compare_shows_before_and_after_per_scene_and_type():
    readable = {"a1": "EMAIL_ADDRESS", "b2": "PERSON"}
    leaky = ClipReport("s", 10.0, 5.0, dict(readable), [Leak("PERSON", "b2", 1.0), Leak("PERSON", "b2", 2.0)], 2, 2)
    clean = ClipReport("s", 10.0, 5.0, dict(readable), [], 2, 1)
    before, after = report_dict([leaky], "before"), report_dict([clean], "after")
    assert before["scenes"][0]["leaked_values"] == [
        {"type": "PERSON", "id": "b2", "first_s": 1.0, "last_s": 2.0, "sightings": 2}
    ]

    table = compare_markdown(before, after)
    assert "| s | 2 | 1 → 0 | 2 → 0 | 2/2 → 1/2 |" in table
    assert "| PERSON | 1 | 1 → 0 |" in table and "| EMAIL_ADDRESS | 1 | 0 |" in table
    assert "| **all** | 2 | 1 → 0 | 2 → 0 | 100.0% → 50.0% |" in table


def test_reports_of_a_folder_in_parts_merge_into_one():
    leaky = ClipReport("a", 10.0, 5.0, {"a1": "PERSON"}, [Leak("PERSON", "a1", 1.0)], 1, 1)
    clean = ClipReport("b", 20.0, 5.0, {"b1": "PERSON", "b2": "IBAN_CODE"}, [], 3, 2)
    merged = merge_reports([report_dict([clean], "part 2"), report_dict([leaky], "part 1")], "all")
    assert [s["name"] for s in merged["scenes"]] == ["a", "b"]
    assert merged["types"] == {"IBAN_CODE": {"readable": 1, "leaked": 0}, "PERSON": {"readable": 2, "leaked": 1}}
    assert merged["summary"] | {"kept": 0} == {
        "clips": 2,
        "readable": 3,
        "leaked": 1,
        "sightings": 1,
        "partly_leaked": 0,
        "keep_in_input": 4,
        "keep_in_output": 3,
        "kept": 0,
        "keep_lost_under_no_mask": 0,  # no reasons given: every loss counts in the second figure
        "kept_losses_under_a_mask_only": 0.75,
        "realtime": 3.0,
    }


def test_an_evaluation_cut_short_keeps_the_tables_of_the_clips_done(clip_folder, tmp_path):
    folder, out = tmp_path / "clips", tmp_path / "out"
    shutil.copytree(clip_folder, folder)
    # a second clip after it, with no output to score
    shutil.copy(folder / "screen.mp4", folder / "zz_later.mp4")
    later = json.loads((folder / "screen.json").read_text()) | {"name": "zz_later", "file": "zz_later.mp4"}
    (folder / "zz_later.json").write_text(json.dumps(later))
    out.mkdir()
    shutil.copy(folder / "screen.mp4", out / "screen.redacted.mp4")
    RedactionPlan(video=probe(folder / "screen.mp4")).save(out / "screen.plan.json")

    result = CliRunner().invoke(main, ["eval", str(folder), "--out", str(out), "--score-only", "--per-second", "5"])
    assert result.exit_code == 3 and "zz_later.redacted.mp4: no redacted output to score" in result.output
    report = json.loads((out / "eval.json").read_text())
    assert [s["name"] for s in report["scenes"]] == ["screen"] and report["summary"]["leaked"] == 2
