"""`python -m samples.scenes --out DIR [--only NAME ...] [--variant N] [--recorder PATH]`: record the scenes.

Scenes run one after another on one virtual display: each is a real Chromium/xterm session in
real time, and two at once on a small machine would make typing and scrolling stutter.

`--variant N` (N > 0) records each scene with other seeded values (names, numbers, addresses,
lengths) on the same layout: a check that a fix holds for the class of screen and not only for
the values the committed corpus happens to show.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from dataclasses import replace
from pathlib import Path

from samples.scenes import SCENES, load
from samples.scenes.stage import default_recorder_dir, load_harness, record

VARIANT_STRIDE = 7919  # a prime: variants of different scenes never land on each other's seeds


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m samples.scenes", description=__doc__)
    ap.add_argument("--out", type=Path, help="folder for NAME.mp4 + NAME.json (required to record)")
    ap.add_argument("--only", nargs="+", metavar="NAME", choices=SCENES, help="record only these scenes")
    ap.add_argument(
        "--recorder",
        type=Path,
        default=None,
        help="folder holding harness.py (default: $REDACT_RECORDER or ../shared/recorder)",
    )
    ap.add_argument("--display", default=":93", help="X display number for the virtual screen")
    ap.add_argument(
        "--variant",
        type=int,
        default=0,
        help="0: the scenes' own seeds; N > 0: other seeded values on the same layouts",
    )
    ap.add_argument("--list", action="store_true", help="list the scenes and exit")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.list:
        for name in SCENES:
            spec = load(name)
            print(f"{name:20} {spec.width}x{spec.height} {spec.fps} fps, at least {spec.duration_s:.0f} s")
        return 0
    if args.out is None:
        print("--out DIR is required to record", file=sys.stderr)
        return 2
    harness = load_harness(args.recorder or default_recorder_dir())
    failed = []
    for name in args.only or SCENES:
        started = time.time()
        try:
            spec = load(name)
            if args.variant:
                spec = replace(spec, seed=spec.seed + VARIANT_STRIDE * args.variant)
            path = record(spec, args.out, harness, args.display)
        except Exception:  # noqa: BLE001 - report it and go on with the other scenes
            traceback.print_exc()
            failed.append(name)
            continue
        print(f"{name}: {path} ({time.time() - started:.0f} s)", flush=True)
    if failed:
        print("failed: " + " ".join(failed), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
