"""`python -m samples.scenes.check DIR [--only NAME ...]`: can an independent OCR read the ground truth?

Why: a scored value a human cannot read would punish a redactor for missing it, and a keep string
nobody can read proves nothing. Each scored `pii` value is read in the frame at its
`first_shown_s`, each `keep` string in a frame where the watcher saw it, with the `tesseract`
command line (not the project's own OCR) on a 2x upscaled crop around where the watcher saw it
(`NAME.boxes.json`), or on the whole frame for text the watcher cannot locate (xterm, browser UI).
A near miss (a character or two off, e.g. `0`/`O`) is listed apart: a person reads those.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image

AFTER_S = 0.7  # whole-frame reads look this long after first_shown_s (any scroll has ended)
NEAR = 0.85  # similarity counted as a near miss rather than a miss
PAD = (10, 26)  # crop margin in pixels (x, y): the page may have moved a little since the poll
KEEP_FRACTIONS = (0.3, 0.55, 0.8)


def norm(text: str) -> str:
    """Compare without case and white space: OCR splits and joins words freely."""
    return re.sub(r"\s+", "", text).lower()


def similarity(value: str, text: str) -> float:
    """1.0 when `value` occurs in `text`; else the best ratio against same-length windows of it."""
    v, t = norm(value), norm(text)
    if not v or v in t:
        return 1.0
    best = 0.0
    sm = difflib.SequenceMatcher(None, "", v, autojunk=False)  # seq2 is analysed once, windows vary
    for i in range(max(1, len(t) - len(v) + 1)):
        sm.set_seq1(t[i : i + len(v)])
        if sm.real_quick_ratio() > best and sm.quick_ratio() > best:
            best = max(best, sm.ratio())
    return best


Look = tuple[float, tuple[int, int, int, int] | None, str]  # frame time, crop box (None: whole frame), psm


class Frames:
    """Decoded frames of one video (each decoded once) and Tesseract reads of them.

    Reads are batched: one `tesseract` run takes a list of images and separates their text with
    form feeds, so a scene with hundreds of values costs a few OCR runs, not hundreds (starting
    Tesseract and loading its model is most of the cost of a small crop)."""

    def __init__(self, video: Path, duration: float) -> None:
        self.video, self.duration = video, duration
        self.tmp = tempfile.TemporaryDirectory()
        self.frames: dict[float, Image.Image] = {}
        self.texts: dict[Look, str] = {}

    def at(self, t: float) -> float:
        """A frame time inside the video, rounded so that equal looks share a decoded frame."""
        return round(min(max(0.0, t), self.duration - 0.1), 2)

    def frame(self, t: float) -> Image.Image:
        if t not in self.frames:
            png = Path(self.tmp.name) / f"{t:.2f}.png"
            subprocess.run(
                [
                    "ffmpeg",
                    "-loglevel",
                    "error",
                    "-y",
                    "-ss",
                    f"{t:.2f}",
                    "-i",
                    str(self.video),
                    "-frames:v",
                    "1",
                    str(png),
                ],
                check=True,
            )
            self.frames[t] = Image.open(png).convert("RGB")
        return self.frames[t]

    def _image(self, look: Look, n: int) -> Path:
        """The look's pixels, upscaled 2x (small UI fonts need it), as a PNG for Tesseract."""
        t, box, _ = look
        img = self.frame(t)
        if box is not None:
            img = img.crop(box)
        img = img.resize((img.width * 2, img.height * 2), Image.Resampling.LANCZOS)
        path = Path(self.tmp.name) / f"look{n}.png"
        img.save(path)
        return path

    def _tesseract(self, images: list[Path], psm: str) -> list[str]:
        listing = Path(self.tmp.name) / "images.txt"
        listing.write_text("".join(f"{p}\n" for p in images))
        out = subprocess.run(
            ["tesseract", str(listing), "stdout", "--psm", psm], capture_output=True, text=True, check=False
        ).stdout
        pages = out.split("\f")
        if len(pages) == len(images):
            return pages
        return [self._tesseract([p], psm)[0] for p in images] if len(images) > 1 else [out]

    def read(self, looks: list[Look]) -> dict[Look, str]:
        """Text for each look, OCR'd in one batch per page-segmentation mode."""
        todo = [k for k in dict.fromkeys(looks) if k not in self.texts]
        for psm in sorted({k[2] for k in todo}):
            keys = [k for k in todo if k[2] == psm]
            for key, text in zip(
                keys, self._tesseract([self._image(k, i) for i, k in enumerate(keys)], psm), strict=True
            ):
                self.texts[key] = text
        return {k: self.texts[k] for k in looks}

    def crop_box(self, box: list[int]) -> tuple[int, int, int, int]:
        w, h = self.frame(self.at(0)).size
        return (max(0, box[0] - PAD[0]), max(0, box[1] - PAD[1]), min(w, box[2] + PAD[0]), min(h, box[3] + PAD[1]))

    def scores(self, wanted: list[tuple[str, list[Look]]]) -> list[float]:
        """For each (string, looks): the best similarity, trying the next look only where still unread."""
        best = [0.0] * len(wanted)
        for k in range(max((len(looks) for _, looks in wanted), default=0)):
            pending = [i for i, (_, looks) in enumerate(wanted) if best[i] < 1.0 and k < len(looks)]
            texts = self.read([wanted[i][1][k] for i in pending])
            for i in pending:
                best[i] = max(best[i], similarity(wanted[i][0], texts[wanted[i][1][k]]))
        return best

    def close(self) -> None:
        self.tmp.cleanup()


@dataclass
class Report:
    name: str
    misses: list[str] = field(default_factory=list)
    near: list[str] = field(default_factory=list)
    checked: int = 0

    def verdict(self, label: str, value: str, score: float) -> None:
        self.checked += 1
        if score < NEAR:
            self.misses.append(f"{label} {value!r} ({score:.2f})")
        elif score < 1.0:
            self.near.append(f"{label} {value!r} ({score:.2f})")


def _looks(frames: Frames, t: float, seen: dict[str, Any] | None) -> list[Look]:
    """Where to read a string: the crop where it was seen, then whole frames a little later."""
    looks: list[Look] = []
    if seen:
        crop = frames.crop_box(seen["box"])
        at = frames.at(seen["t"])
        looks += [(at, crop, "6"), (at, crop, "11"), (frames.at(seen["t"] + 0.3), crop, "6")]
    return looks + [(frames.at(t + AFTER_S), None, "11"), (frames.at(t + AFTER_S), None, "3")]


def check(truth_path: Path) -> Report:
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    boxes_path = truth_path.with_name(truth["name"] + ".boxes.json")
    boxes: dict[str, Any] = {"pii": {}, "keep": {}}
    if boxes_path.exists():
        boxes = json.loads(boxes_path.read_text(encoding="utf-8"))
    frames = Frames(truth_path.parent / truth["file"], float(truth["video"]["duration_s"]))
    wanted: list[tuple[str, list[Look]]] = []
    labels: list[str] = []
    try:
        for p in truth["pii"]:
            if p.get("scored", True):
                wanted.append((p["value"], _looks(frames, p["first_shown_s"], boxes["pii"].get(p["value"]))))
                labels.append(f"pii@{p['first_shown_s']:.1f}s")
        for k in truth["keep"]:
            seen = boxes["keep"].get(k)
            looks = _looks(frames, seen["t"], seen) if seen else []
            wanted.append((k, looks + [(frames.at(frames.duration * f), None, "11") for f in KEEP_FRACTIONS]))
            labels.append("keep")
        report = Report(truth["name"])
        for label, (value, _), score in zip(labels, wanted, frames.scores(wanted), strict=True):
            report.verdict(label, value, score)
    finally:
        frames.close()
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m samples.scenes.check", description=__doc__)
    ap.add_argument("dir", type=Path)
    ap.add_argument("--only", nargs="+", metavar="NAME")
    args = ap.parse_args(argv)
    paths = sorted(
        p
        for p in args.dir.glob("*.json")
        if not p.name.endswith(".boxes.json") and (not args.only or p.stem in args.only)
    )
    bad = 0
    for path in paths:
        r = check(path)
        bad += len(r.misses)
        print(f"{r.name}: {r.checked} strings, {len(r.misses)} misses, {len(r.near)} near misses", flush=True)
        for line in r.misses:
            print(f"  MISS {line}")
        for line in r.near:
            print(f"  near {line}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
