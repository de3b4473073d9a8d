"""A name right above its person's headline, "<Job title> at <Company>": a recruiting tool's
candidate cards on a kanban board (several cards side by side on one OCR line), a "People you
may know" card. The names here pair a given name no list knows with a surname English also
writes as a word, which neither NER nor the bare-name pass takes. Values are invented."""

from tests.helpers import text_layout


def _found(detector, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def test_candidate_cards_side_by_side_name_their_people(detector):
    rows = [
        (0, 0, "Olumide Baker"),
        (320, 0, "Tiwalade Church"),
        (0, 20, "Data Engineer at Northwind Analytics"),
        (320, 20, "Senior Analyst at Kestrel Logistics"),
        (0, 38, "LinkedIn"),
        (320, 38, "Careers page"),
        (0, 56, "12 days in stage"),
        (320, 56, "3 days in stage"),
    ]
    values = {v for e, v in _found(detector, *rows) if e == "PERSON"}
    assert {"Olumide Baker", "Tiwalade Church"} <= values, values


def test_a_centred_card_names_its_person(detector):
    rows = [(40, 0, "Yewande Street"), (0, 20, "Head of Platform Engineer at Quayside Software")]
    values = {v for e, v in _found(detector, *rows) if e == "PERSON"}
    assert "Yewande Street" in values, values


def test_a_heading_over_a_job_is_no_person(detector):
    rows = [
        (0, 0, "Work History"),
        (0, 20, "Senior Data Engineer at Fenwick Analytics"),
        (0, 60, "Meeting Notes"),
        (0, 80, "Catch up at Head Office"),
    ]
    values = {v for e, v in _found(detector, *rows) if e == "PERSON"}
    assert not values & {"Work History", "Meeting Notes"}, values


def test_the_signed_in_user_in_a_top_bar_is_a_person(detector):
    """'<First> <Last> · Reception', the dot read as a dash; the given name a town's too."""
    rows = [(0, 0, "FrontDesk"), (120, 0, "Hotel Harbourview Dublin"), (900, 0, "Derry Lenihan - Reception")]
    values = {v for e, v in _found(detector, *rows) if e == "PERSON"}
    assert "Derry Lenihan" in values, values


def test_a_company_or_a_product_before_a_team_is_no_person(detector):
    rows = [
        (0, 0, "Hotel Harbourview - Reception"),
        (0, 30, "Customer Service - Support team"),
        (0, 60, "Acme Analytics - Sales"),
    ]
    values = {v for e, v in _found(detector, *rows) if e == "PERSON"}
    assert not values, values


def test_a_messages_author_before_a_role_and_its_stamp_is_a_person(detector):
    """letting_agent recorded with other seeded values (--variant 3): a maintenance job's thread,
    each message under '<First> <Last> · <Role> · <date time>'; a contractor's name no list
    knows stayed readable 12.7-34 s (PERSON, 25 sightings). The stamp ending the line and the
    role between say an author, whatever the role."""
    rows = [
        (0, 0, "Job #5120 · Blocked gutter"),
        (0, 20, "Reported by tenant · Priority: normal · Assigned: Roofing"),
        (10, 50, "Brenna Quillfeather · Contractor · 2 Dec 16:05"),
        (10, 70, "I can come on Thursday morning to clear it."),
        (60, 110, "Tomasz Eberle · Tenant · 03/12/2026, 09:41"),
    ]
    values = {v for e, v in _found(detector, *rows) if e == "PERSON"}
    assert {"Brenna Quillfeather", "Tomasz Eberle"} <= values, values


def test_a_company_or_a_subject_before_a_role_and_a_stamp_is_no_person(detector):
    rows = [
        (0, 0, "Harbour Vale Lettings · Branch · 2 Dec 16:05"),
        (0, 30, "Leaking Tap · Plumbing · 2 Dec 16:05"),
        (0, 60, "Status · Open · 2 Dec"),
    ]
    values = {v for e, v in _found(detector, *rows) if e == "PERSON"}
    assert not values, values


def test_a_scorecard_names_its_interviewer_over_the_verdict_and_role(detector):
    """A recruiting tool's scorecard: each interviewer's name in bold over "<verdict> · <role>",
    then the note. The verdict line is the screen saying the line over it is a person, whatever
    lists know of the name (a given name of another language, a surname that is also a place)."""
    rows = [
        (0, 0, "Vaikunth Ramaswami"),
        (0, 18, "Strong yes - Hiring manager"),
        (0, 36, "Clear thinker on queue design and back-pressure."),
        (0, 70, "Oluwaseyi Lancaster"),
        (0, 88, "Yes · Technical interviewer"),
        (0, 106, "Needs more depth on indexing."),
    ]
    values = {v for e, v in _found(detector, *rows) if e == "PERSON"}
    assert {"Vaikunth Ramaswami", "Oluwaseyi Lancaster"} <= values, values


def test_a_verdict_line_s_dot_read_as_a_chevron_still_parts_verdict_and_role(detector):
    """ats_candidates scaled to 66 %: OCR read the scorecard's middle dot as "»" (conf 32), and
    the interviewer's name over "Yes » Technical interviewer" stayed readable for 21 s."""
    rows = [(0, 0, "Vaikunth Ramaswami"), (0, 18, "Yes » Technical interviewer"), (0, 36, "Good SQL.")]
    values = {v for e, v in _found(detector, *rows) if e == "PERSON"}
    assert "Vaikunth Ramaswami" in values, values


def test_a_heading_over_a_verdict_and_role_is_no_person(detector):
    rows = [(0, 0, "Overall Recommendation"), (0, 18, "Strong yes - Hiring manager")]
    values = {v for e, v in _found(detector, *rows) if e == "PERSON"}
    assert not values, values


def test_a_byline_under_a_heading_names_no_heading(detector):
    """'<First> <Last> · <role>' is the person's own line: the line over it is not theirs."""
    rows = [(0, 0, "Quarterly Planning"), (0, 18, "Ingrid Vasquez - Account manager")]
    values = {v for e, v in _found(detector, *rows) if e == "PERSON"}
    assert "Quarterly Planning" not in values, values
