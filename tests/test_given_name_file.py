"""The SSA's given names come from models/given_names.txt (scripts/given_names.py), not from the
birth records' parquet through pyarrow at run time (issue 18: the detection process spent 0.5-1 s
of CPU and about 170 MB of peak memory summing 1.9M rows on the first given-name question).

The file must give the same answers as the records: the same names with the same births at or
above its threshold, hence the same `_given_names` set and the same `is_given_name` on every name
of the records; below its threshold the records are read as before."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pipeline.core.config import DEFAULT_MODELS_DIR
from pipeline.detection import names

pytest.importorskip("pyarrow")


@pytest.fixture(scope="module")
def records() -> dict[str, int]:
    return names.birth_records_from_parquet()


def test_the_shipped_file_holds_the_records_names_and_births_at_its_threshold(records):
    shipped, written_min = names.read_given_names(DEFAULT_MODELS_DIR / names.GIVEN_NAMES_FILE)
    assert written_min is not None
    assert shipped == {name: count for name, count in records.items() if count >= written_min}


def test_given_names_from_the_file_are_those_from_the_records(records, monkeypatch):
    from_file = names._given_names.__wrapped__(500)
    monkeypatch.setattr(names, "_birth_records", lambda min_births: records)
    from_records = names._given_names.__wrapped__(500)
    assert from_file == from_records


def test_is_given_name_answers_as_before_on_every_name_of_the_records(detector, records, monkeypatch):
    lexicon = detector.lexicon
    words = [name.capitalize() for name in records]
    now = [lexicon.is_given_name(w) for w in words]
    monkeypatch.setattr(names, "_given_names", names.functools.cache(names._given_names.__wrapped__))
    monkeypatch.setattr(names, "_birth_records", lambda min_births: records)
    before = [lexicon.is_given_name(w) for w in words]
    assert sum(now) > 10_000
    assert now == before


def test_a_lower_threshold_than_the_files_reads_the_records(tmp_path, monkeypatch, records):
    path = tmp_path / names.GIVEN_NAMES_FILE
    assert names.write_given_names(records, 5000, path) < len(records)
    monkeypatch.setattr(names, "DEFAULT_MODELS_DIR", tmp_path)
    assert names._birth_records(500) == {n: c for n, c in records.items() if c >= 500}
    assert names._birth_records(6000) == {n: c for n, c in records.items() if c >= 6000}


def test_a_given_name_question_loads_no_pyarrow():
    code = "import sys\nfrom pipeline.detection import names\nnames._given_names(500)\nprint('pyarrow' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "False"
