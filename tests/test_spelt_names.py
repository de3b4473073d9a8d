"""A name that an e-mail address on the same screen spells: a CV's heading in display type over a
job title with no "at", its double-barrelled surname wrapped at the hyphen, and the CV's file name
in the viewer's bar. The given name is one no list knows, so neither NER nor the bare-name pass
takes it. Values are invented."""

from tests.helpers import text_layout


def _persons(detector, *rows) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"}


def test_a_cv_heading_spelt_by_its_address_is_a_person(detector):
    rows = [
        (0, 0, "CV_Chidubem_Quillfeather.pdf"),
        (260, 40, "Chidubem Quillfeather-"),
        (260, 64, "Ostrander"),
        (260, 96, "Chartered Quantity Surveyor (RICS)"),
        (0, 140, "CONTACT"),
        (0, 164, "chidubem_quillfeatherostrander@example.org"),
        (260, 140, "PROFILE"),
        (260, 164, "Quantity surveyor with ten years in commercial fit-out."),
    ]
    persons = _persons(detector, *rows)
    assert {"Chidubem Quillfeather", "Ostrander", "Chidubem_Quillfeather"} <= persons, persons


def test_a_mailbox_of_a_team_or_a_firm_spells_no_person(detector):
    rows = [
        (0, 0, "Payroll Team"),
        (0, 24, "payroll.team@example.org"),
        (0, 64, "Wrenfield Logistics"),
        (0, 88, "wrenfieldlogistics@example.org"),
    ]
    persons = _persons(detector, *rows)
    assert not persons & {"Payroll Team", "Wrenfield Logistics"}, persons
