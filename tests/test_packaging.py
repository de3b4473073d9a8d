"""The built wheel is complete: installed outside the checkout it finds its configuration
(models/, carried as pipeline/models) and its templates, and redacts the sample."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.helpers import ffmpeg

ROOT = Path(__file__).resolve().parents[1]


def test_config_is_read_through_the_package():
    """The configuration is found through the installed package, whatever the current folder."""
    from pipeline.core.config import DEFAULT_MODELS_DIR

    assert (DEFAULT_MODELS_DIR / "nlp.yaml").is_file() and (DEFAULT_MODELS_DIR / "policy.yaml").is_file()


@pytest.mark.slow
def test_wheel_installed_elsewhere_redacts_the_sample(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)], check=True)
    [wheel] = wheels.glob("session_redactor-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("nlp.yaml", "recognizers.yaml", "detection.yaml", "policy.yaml"):
        assert f"pipeline/models/{name}" in names
    shipped = {n for n in names if n.startswith("pipeline/qa/") and not n.endswith(".py")}
    expected = {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "pipeline" / "qa").rglob("*")
        if p.is_file() and p.suffix in (".html", ".j2", ".jinja", ".css", ".js")
    }
    assert expected and expected <= shipped, expected - shipped
    assert not any(n.startswith("models/") for n in names), "a top-level `models` package would clash"

    # A bare venv (no --system-site-packages: that would expose the base interpreter's packages,
    # not this project's). The dependencies are already installed in the venv running the tests and
    # cannot be downloaded here, so a .pth line puts that site-packages on the new venv's path. A .pth
    # line only appends a folder: the .pth files inside it, among them the editable install's hook to
    # the checkout, are not run, so `pipeline` can only come from the wheel.
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(purelib, "_project_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
    )

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    where = subprocess.run(
        [
            str(python),
            "-c",
            "import pipeline; from pipeline.core.config import DEFAULT_MODELS_DIR as d; "
            "print(pipeline.__file__); print(d)",
        ],
        cwd=elsewhere,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    assert all(Path(p).is_relative_to(venv) for p in where), where

    # The sample's first 4 s (a name, then an e-mail address): a real video redaction, with its
    # detection process started from the installed package, on a fifth of the sample's frames.
    clip = elsewhere / "session.mp4"
    ffmpeg("-i", str(ROOT / "samples" / "support_session.mp4"), "-t", "4", "-c", "copy", str(clip))
    result = subprocess.run(
        [str(venv / "bin" / "redact"), "file", str(clip), "-o", "out.mp4"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (elsewhere / "out.mp4").stat().st_size > 0
    plan = json.loads((elsewhere / "out.plan.json").read_text())
    assert "EMAIL_ADDRESS" in {track["entity_type"] for track in plan["tracks"]}
