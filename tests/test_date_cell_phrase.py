"""A phrase is no cell of a date of birth's column (issue 17, class: a case page's Documents list
run on under its Dependants grid, '<file> | TB test certificate | Verified' with 'TB' read '7B').
Found on visa_application (corpus38/scn3) by benchmarks/gate.py at 178b20b: still blocked,
DATE_OF_BIRTH high_confidence x7 (11.3-18 s) on the Documents list's Evidence cells, under the
grid's date of birth column; the cell's misread digit gave it a date's one requirement. Two
lower-case words of four letters or more that are no month are a phrase's (a letter of one may
be read as a capital: 'celNiicate', 57c385b's re-run); one may be a month in another language.
Values are invented."""

from __future__ import annotations

import pytest

from pipeline.detection.structure.cells import cell_shape_ok
from tests.helpers import text_layout


@pytest.mark.parametrize("cell", ["7B test certificate", "1B test celNiicate", "2 nights stay", "6 signed copies"])
def test_a_phrase_with_a_digit_is_no_date_of_birth(cell):
    assert not cell_shape_ok("DATE_OF_BIRTH", cell)


@pytest.mark.parametrize("cell", ["14 March 1987", "14 march 1987", "14 mars 1987", "14 de marzo de 1987", "03/11/79"])
def test_dates_still_are(cell):
    assert cell_shape_ok("DATE_OF_BIRTH", cell)


def test_a_documents_cell_run_on_under_a_dependants_grid_is_no_date(detector):
    layout = text_layout(
        (31, 189, "Relationship"),
        (262, 189, "Name"),
        (580, 189, "Date of birth"),
        (814, 189, "Nationality"),
        (1018, 189, "Passport no."),
        (31, 215, "Spouse"),
        (262, 215, "Tobiah Okafor"),
        (580, 215, "01 June 1983"),
        (814, 215, "Nigerian"),
        (1018, 215, "A79411793"),
        (22, 253, "Caseworker notes"),
        (39, 279, "Spoke to the applicant about the school term."),
        (22, 317, "Documents"),
        (31, 343, "File"),
        (576, 343, "Evidence"),
        (1032, 343, "Status"),
        (31, 369, "tb_certificate.pdf"),
        (576, 369, "7B test certificate"),
        (1032, 369, "Verified"),
    )
    lt, findings = detector.find_spans(layout)
    found = {(f.entity_type, lt.text[f.start : f.end]) for f in findings}
    assert ("DATE_OF_BIRTH", "7B test certificate") not in found, found
    assert ("DATE_OF_BIRTH", "01 June 1983") in found, found
