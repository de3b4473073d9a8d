"""Before/after tables of two `redact eval` runs on the same clips (two versions of the code, or
a degraded copy against the original), from their eval.json files, as markdown.

    python benchmarks/eval_compare.py out/eval-before/eval.json out/eval-after/eval.json

Each label can be named (`--before "b025fd9"`): the reports' own labels are the folder names."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from pipeline.redact.scorecard import compare_markdown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--before-label")
    parser.add_argument("--after-label")
    args = parser.parse_args()
    before, after = json.loads(args.before.read_text()), json.loads(args.after.read_text())
    before["label"] = args.before_label or before["label"]
    after["label"] = args.after_label or after["label"]
    print(compare_markdown(before, after))


if __name__ == "__main__":
    main()
