"""A list's names with a single capital inside: a middle initial ("Sarah J <Last>") or an Irish
"O" whose apostrophe or accent OCR lost ("Caoimhín Ó <Last>" read "Caoimhin O <Last>", scene
sheet_filter's filter menu and grid). lists.py _particle_or_initial: such a word may stand inside
a name, and counts neither for nor against a name being known. Values are invented."""

from tests.helpers import text_layout

ROWS = [
    "Recent contacts",
    "Aoibhin Quennell            Yesterday",
    "Sarah J Oxborrow            Yesterday",
    "Caoimhin O Tamberlane       Monday",
    "Connor Featherstone         Monday",
    "Conor Gascoigne             Friday",
]


def test_a_name_with_an_initial_or_an_irish_o_inside_is_a_list_s_name(detector):
    lt, findings = detector.find_spans(text_layout(*ROWS))
    persons = {lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"}
    assert {"Caoimhin O Tamberlane", "Sarah J Oxborrow", "Conor Gascoigne"} <= persons, persons


def test_a_menu_with_single_capitals_stays(detector):
    rows = ["Settings", "Page A Layout          Edit", "Section B Notes        Edit", "Part C Review          Edit"]
    lt, findings = detector.find_spans(text_layout(*rows))
    assert not [f for f in findings if f.recognizer == "structure/list"], findings
