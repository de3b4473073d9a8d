"""A service's unit or a file named with a word that is also a shown person's name is no login
(shared recording terminal_ops_secrets at crf 36: `systemctl status <word>-api.service` and its
journal lines were boxed as USERNAME once a person whose name holds that word was remembered).
Values are invented."""

import pytest

from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout


def _found(detector, row: str, memory: ValueMemory) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(row), memory)
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "row",
    [
        "$ systemctl status lambertson-api.service",
        "Dec 06 03:12:44 web-02 lambertson-api.service: Started worker 3",
        "$ tail -f lambertson_exports.csv",
    ],
)
def test_a_unit_or_a_file_named_after_a_shown_name_is_no_login(detector, row):
    memory = ValueMemory()
    _found(detector, "Owner: Grace Lambertson", memory)
    found = _found(detector, row, memory)
    assert not {v for e, v in found if e == "USERNAME" and "lambertson" in v}, found


def test_a_login_made_of_the_shown_name_is_still_one(detector):
    memory = ValueMemory()
    _found(detector, "Owner: Grace Lambertson", memory)
    found = _found(detector, "Logged in as glambertson_77", memory)
    assert ("USERNAME", "glambertson_77") in found, found
