"""A word of a name the recording showed, typed in lower case as a search command's term (scene
vcard_terminal: `grep -i <surname> contacts.csv` after `cat contacts.vcf` had shown the full name;
the typed surname stayed readable 23-34 s). Values are invented."""

import pytest

from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout


def _after_name(detector, *rows: str) -> set[tuple[str, str]]:
    memory = ValueMemory()
    detector.find_spans(text_layout("Name: Tamsin Quarrie", "Company: Fenwick Joinery"), memory=memory)
    lt, findings = detector.find_spans(text_layout(*rows), memory=memory)
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "command",
    [
        "support@desk-04:~/export$ grep -i quarrie contacts.csv",
        "$ rg -i -w quarrie exports/",
        "PS C:\\Users\\support> Select-String -Pattern quarrie contacts.csv",
    ],
)
def test_a_surname_seen_before_is_found_as_a_search_term_in_lower_case(detector, command):
    assert ("PERSON", "quarrie") in _after_name(detector, command)


def test_a_search_term_that_names_no_one_and_a_name_elsewhere_in_lower_case_stay(detector):
    found = _after_name(detector, "$ grep -i joinery contacts.csv", "$ ls quarrie-notes")
    assert not {v for _, v in found if v.lower() in ("joinery", "quarrie")}, found
