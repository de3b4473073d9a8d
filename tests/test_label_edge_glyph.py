"""A window's left edge read as a letter glued to the key that starts a line: ldap_directory at
scale 0.75 (issue 18), an LDIF record in an xterm whose border Tesseract read as an 'l' before
'employeeNumber:' on the second record's line, once; no label matched 'lemployeeNumber', and the
staff number stayed readable (ACCOUNT_NUMBER, 8 sightings, 12-18 s). The same frames read 'i'
and '[' and a curly quote before other keys. Values are invented."""

import pytest

from pipeline.detection.detector import DetectConfig, Detector
from tests.helpers import text_layout


def _found(*rows: str) -> list[tuple[str, str]]:
    lt, spans = Detector(DetectConfig()).find_spans(text_layout(*rows))
    return [(f.entity_type, lt.text[f.start : f.end]) for f in spans]


@pytest.mark.parametrize("edge", ["l", "I", "i", "1"])
def test_a_key_behind_a_letter_read_off_the_edge_still_types_its_value(edge):
    found = _found("title: Repairs Scheduler", f"{edge}employeeNumber: 61408", "departmentNumber: Property Services")
    assert ("ACCOUNT_NUMBER", "61408") in found, found


def test_words_that_start_with_such_a_letter_are_read_as_they_are():
    # 'library' is no 'ibrary' key, and a key needs its separator: 'lemployee number 61408' is prose
    found = _found("library: Shelf 4 by the window", "lemployee number 61408 in the notes")
    assert not any(t == "ACCOUNT_NUMBER" for t, _ in found), found
