"""Before/after tables of two `redact eval` runs on the same clips (two versions of the code, or
a degraded copy against the original), from their eval.json files, as markdown.

    python benchmarks/eval_compare.py out/eval-before/eval.json out/eval-after/eval.json

Each label can be named (`--before-label b025fd9`): the reports' own labels are the folder names.
A folder evaluated in parts is one report again with `--merge A/eval.json B/eval.json`
(its tables, merged, printed and written to `--out` when given)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from pipeline.redact.scorecard import compare_markdown, markdown, merge_reports, write_report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path, nargs="?")
    parser.add_argument("after", type=Path, nargs="?")
    parser.add_argument("--before-label")
    parser.add_argument("--after-label")
    parser.add_argument("--merge", type=Path, nargs="+", metavar="EVAL_JSON")
    parser.add_argument("--label", default="merged", help="the merged report's label")
    parser.add_argument("--out", type=Path, help="folder for the merged eval.json and eval.md")
    args = parser.parse_args()
    if args.merge:
        merged = merge_reports([json.loads(path.read_text()) for path in args.merge], args.label)
        if args.out:
            write_report(args.out, merged)
        print(markdown(merged))
        return
    if not (args.before and args.after):
        parser.error("give BEFORE and AFTER eval.json files, or --merge")
    before, after = json.loads(args.before.read_text()), json.loads(args.after.read_text())
    before["label"] = args.before_label or before["label"]
    after["label"] = args.after_label or after["label"]
    print(compare_markdown(before, after))


if __name__ == "__main__":
    main()
