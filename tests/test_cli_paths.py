"""Careless paths and options are refused before any work: an output (video, plan, review page,
export folder, key) never lands on an input or the store, options are checked when parsed, and a
file name's control characters never reach the terminal raw."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

import pipeline.redact.controller as controller
from pipeline.cli import main
from pipeline.core.errors import ExitCode, OutputError, printable
from pipeline.core.paths import check_distinct, check_outside, same_file


def run_cli(*args: str | Path):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def clip(path: Path, frames: int = 12) -> Path:
    """A small H.264 test pattern (no text: nothing to detect, so the run is quick)."""
    subprocess.run(
        [
            "ffmpeg",
            "-v",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            "testsrc=size=160x120:rate=10",
            "-frames:v",
            str(frames),
            "-pix_fmt",
            "yuv420p",
            str(path),
        ],
        check=True,
    )
    return path


@pytest.fixture
def no_analysis(monkeypatch):
    """Any analysis fails the test: the refusals under test must come first."""

    def analyse(*args, **kwargs):
        raise AssertionError("the analysis ran before the refusal")

    monkeypatch.setattr(controller, "analyse_file", analyse)


@pytest.fixture
def video(tmp_path) -> Path:
    return clip(tmp_path / "in.mp4")


def refused(result, code: ExitCode, *needles: str) -> None:
    assert result.exit_code == code, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("redact: "), result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]


# ------------------------------------------------------------------ redact file / render


def test_plan_on_the_input_is_refused_and_the_input_kept(tmp_path, video, no_analysis):
    before = video.read_bytes()
    result = run_cli("file", video, "-o", tmp_path / "out.mp4", "--plan", video)
    refused(result, ExitCode.OUTPUT, "the plan would overwrite the input", str(video))
    assert video.read_bytes() == before and not (tmp_path / "out.mp4").exists()


def test_plan_on_the_output_is_refused(tmp_path, video, no_analysis):
    out = tmp_path / "out.mp4"
    refused(run_cli("file", video, "-o", out, "--plan", out), ExitCode.OUTPUT, "the plan would overwrite the output")


@pytest.mark.parametrize("link", [os.symlink, os.link], ids=["symlink", "hardlink"])
def test_plan_or_output_through_a_link_to_the_input_is_refused(tmp_path, video, no_analysis, link):
    alias = tmp_path / "alias.mp4"
    link(video, alias)
    before = video.read_bytes()
    refused(
        run_cli("file", video, "-o", tmp_path / "out.mp4", "--plan", alias),
        ExitCode.OUTPUT,
        "the plan would overwrite the input",
        str(alias),
    )
    refused(run_cli("file", video, "-o", alias), ExitCode.OUTPUT, "the output would overwrite the input")
    assert video.read_bytes() == before


def test_video_to_an_image_output_is_refused_before_the_analysis(tmp_path, video, no_analysis):
    result = run_cli("file", video, "-o", tmp_path / "out.png")
    refused(result, ExitCode.OUTPUT, "out.png", ".mp4")
    assert list(tmp_path.iterdir()) == [video]


def test_render_never_writes_over_its_input_or_plan(tmp_path, video):
    plan = tmp_path / "in.plan.json"
    plan.write_text("{}")  # never read: the paths are refused first
    refused(run_cli("render", video, "--plan", plan, "-o", plan), ExitCode.OUTPUT, "would overwrite the plan")
    refused(run_cli("render", video, "--plan", plan, "-o", video), ExitCode.OUTPUT, "would overwrite the input")
    assert plan.read_text() == "{}"


def test_unknown_preset_is_a_usage_error(tmp_path, video, no_analysis):
    result = run_cli("file", video, "-o", tmp_path / "out.mp4", "--preset", "bogus")
    assert result.exit_code == ExitCode.USAGE and "bogus" in result.stderr
    assert list(tmp_path.iterdir()) == [video]


@pytest.mark.slow
def test_render_progress_counts_each_frame_once(tmp_path):
    source = clip(tmp_path / "pattern.mp4", frames=15)
    seen: dict[str, list[int]] = {}
    request = controller.RedactRequest(source, tmp_path / "out.mp4", render_mode="after", detection_mode="inline")
    result = controller.redact_file(
        request, progress=lambda stage, done, total: seen.setdefault(stage, []).append((done, total))
    )
    frames = result.plan.video.frame_count
    for stage in ("analyse", "render"):
        done = [d for d, _ in seen[stage]]
        assert done == list(range(1, frames + 1)), (stage, done)
        assert {t for _, t in seen[stage]} == {frames}


# ------------------------------------------------------------------ store commands


def test_review_page_inside_the_store_is_refused(tmp_path):
    store = tmp_path / "store"
    store.mkdir()
    result = run_cli("review", "622c87ecf9ba", "-o", store / "catalog.sqlite", "--store", store)
    refused(result, ExitCode.OUTPUT, "the review page is inside the store")
    assert list(store.iterdir()) == []


@pytest.mark.parametrize("where", ["store", "inside", "rebuild-store", "rebuild-around"])
def test_export_folder_is_never_the_store_nor_inside_nor_around_it(tmp_path, where):
    store = tmp_path / "exports" / "store"
    store.mkdir(parents=True)
    (store / "keep").write_text("x")
    args = {
        "store": ["--out", store],
        "inside": ["--out", store / "exports" / "2026-11"],
        "rebuild-store": ["--rebuild", store / "manifest.json"],
        "rebuild-around": ["--rebuild", tmp_path / "exports" / "manifest.json"],
    }[where]
    result = run_cli("export", *args, "--store", store)
    refused(result, ExitCode.OUTPUT, "the export folder")
    assert sorted(p.name for p in store.iterdir()) == ["keep"]


def test_keygen_under_a_file_names_the_key_and_exits_4(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    refused(run_cli("keygen", blocker / "raw.key"), ExitCode.OUTPUT, str(blocker / "raw.key"), "cannot create")


# ------------------------------------------------------------------ error lines


@pytest.mark.parametrize("name", ["evil\x1b]0;owned\x07.mp4", "evil\x1b[2J\r.mp4", "evil\u202egpj.mp4", "a\x9bb.mp4"])
def test_control_characters_of_a_file_name_never_reach_the_terminal(tmp_path, name):
    result = run_cli("file", tmp_path / name, "-o", tmp_path / "out.mp4")
    refused(result, ExitCode.BAD_INPUT, "no such file")
    assert not any(c in result.stderr for c in "\x1b\x07\r\x9b\u202e")
    assert "evil\\x1b" in result.stderr or "\\u202e" in result.stderr or "\\x9b" in result.stderr


def test_printable_keeps_ordinary_text():
    assert printable("Zürich/ファイル 1.mp4: no such file") == "Zürich/ファイル 1.mp4: no such file"
    assert printable("a\nb\tc") == "a\\x0ab\\x09c"


# ------------------------------------------------------------------ the library helpers


def test_same_file_follows_links_and_compares_new_names(tmp_path):
    a = tmp_path / "a"
    a.write_text("x")
    os.link(a, tmp_path / "hard")
    os.symlink(a, tmp_path / "soft")
    assert same_file(a, tmp_path / "hard") and same_file(a, tmp_path / "soft")
    assert same_file(tmp_path / "new", tmp_path / "sub" / ".." / "new")
    assert not same_file(a, tmp_path / "new")


def test_check_distinct_and_outside(tmp_path):
    check_distinct(
        {"the output": tmp_path / "o", "the plan": tmp_path / "p"}, {"the input": tmp_path / "i", "the other": None}
    )
    with pytest.raises(OutputError, match="the plan would overwrite the output"):
        check_distinct({"the output": tmp_path / "o", "the plan": tmp_path / "o"}, {})
    check_outside(tmp_path / "exports", "the export folder", tmp_path / "store", "the store")
    with pytest.raises(OutputError, match="contains the store"):
        check_outside(tmp_path, "the export folder", tmp_path / "store", "the store")
