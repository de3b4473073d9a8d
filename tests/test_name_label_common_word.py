"""One English word that names no one is no person under or beside a "Name" label: a request
list's, a file list's or a report list's "Name" column of resources (devtools_panel at 75 %: the
request list's first cell under its "Name" header, read with a capital). Values are invented."""

import pytest

from tests.helpers import text_layout


def _people(detector, *rows) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"}


@pytest.mark.parametrize("cell", ["Statement", "Invoice", "Overview"])
def test_a_common_word_under_a_name_header_is_no_person(detector, cell):
    assert not _people(detector, "Name", cell, "main.4f2a91.js  200  script")


@pytest.mark.parametrize("cell", ["Quennell", "Ottoline"])
def test_a_name_under_a_name_header_still_is_one(detector, cell):
    assert cell in _people(detector, "Name", cell, "Status  Active")
