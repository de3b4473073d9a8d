"""A file name or URL page made of English's commonest words joined by a dash is a compound, no
name (names.py FileNameNameFinder): a wiki page's address "on-call.html" (scene wiki_oncall, the
URL bar masked as PERSON from 0 s to the end), "to-do.txt", "in-house.pdf". The given-name lists
hold "On", "To", "In"; the census lists "Call", "Do". Values are invented."""

import pytest

from tests.helpers import text_layout


def _persons(detector, row: str) -> set[str]:
    lt, findings = detector.find_spans(text_layout(row))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"}


@pytest.mark.parametrize(
    "row",
    [
        "A  Not secure  wiki.corp.example/w/plat/on-call.html",
        "notes/to-do.txt",
        "Downloads  in-house-guide.pdf  2.1 MB",
    ],
)
def test_a_compound_of_function_words_in_a_file_name_is_no_person(detector, row):
    assert not _persons(detector, row), row


@pytest.mark.parametrize(
    "row, name",
    [("will_hartley_cv.pdf", "will_hartley"), ("jo-pennick-p45.pdf", "jo-pennick")],
)
def test_a_given_name_and_surname_in_a_file_name_is_still_a_person(detector, row, name):
    assert name in _persons(detector, row), row
