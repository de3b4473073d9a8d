"""A list's table is remembered (its header may scroll away while its rows stay); a click then
opens one of its records on another page of the same app (a donor CRM's donors list, then the
donor's record). The record's card headings and captions line up with the list's columns now
and then: "CONTACT | GIFT AID DECLARATION | ACTIVITY" put the middle heading under the list's
Town column, and it was masked as a town for the rest of the recording. A page whose rows fill
two of the list's columns at most, or straddle them, shows no rows of it; a list scrolled down
past its header still does. Values are invented."""

from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout

LIST_X = (14, 110, 270, 430, 560, 700, 880)
HEADER = ("Donor ID", "Name", "Town", "Last gift", "Date", "Source", "Gift Aid")
ROWS = [
    ("D-40210", "Ottoline Brackwater", "Kettering", "£50.00", "03/11/2026", "Winter appeal", "Yes"),
    ("D-40247", "Rhodri Callaghan", "Stevenage", "£10.00", "07/11/2026", "Raffle", "No"),
    ("D-40284", "Ines Featherby", "Harrogate", "£25.00", "12/11/2026", "Regular gift", "Yes"),
    ("D-40321", "Cosmo Ashdown", "Truro", "£15.00", "19/11/2026", "Online donation", "No"),
]


def _list(top: int = 80, header: bool = True):
    rows = []
    if header:
        rows += [(x, top, h) for x, h in zip(LIST_X, HEADER, strict=True)]
    for k, cells in enumerate(ROWS):
        rows += [(x, top + 30 * (k + 1), c) for x, c in zip(LIST_X, cells, strict=True)]
    return text_layout(*rows, char_w=7)


def _record():
    return text_layout(
        (14, 40, "Mrs Ottoline Brackwater"),
        (14, 60, "Donor D-40210 · Supporter since 2011 · Legacy prospect"),
        (26, 92, "CONTACT"),
        (270, 92, "GIFT AID DECLARATION"),
        (948, 92, "ACTIVITY"),
        (26, 114, "Title"),
        (136, 114, "Mrs"),
        (406, 114, "I, Mrs Ottoline Brackwater, of 12 Quarry Lane, want to Gift Aid"),
        (960, 114, "02/12/2026 · Thank-you call made"),
        (26, 134, "Home address"),
        (136, 134, "12 Quarry Lane"),
        (406, 134, "my donation and any donations I make in the future"),
        (960, 134, "15/11/2026 · Donation received"),
        (26, 154, "Preferences"),
        (136, 154, "Post and phone, no e-mail"),
        (406, 154, "Declared 03/10/2026 · Oral, confirmed in writing"),
        (26, 184, "REGULAR GIVING"),
        (270, 184, "LEGACY PLEDGE"),
        (26, 206, "Amount"),
        (136, 206, "£25.00 monthly"),
        (406, 206, "Mrs Brackwater mentioned leaving a gift to the appeal"),
        (26, 226, "Started"),
        (136, 226, "15/04/2019"),
        (406, 226, "in her will. Send legacy pack."),
    )


def _texts(detector, layout, memory) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(layout, memory)
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def test_the_lists_columns_type_no_heading_of_the_record_page(detector):
    memory = ValueMemory()
    _texts(detector, _list(), memory)
    assert memory.tables.tables, "the list's table is remembered"
    found = _texts(detector, _record(), memory)
    assert not any(v in ("GIFT AID DECLARATION", "LEGACY PLEDGE") for _, v in found), found


def test_the_list_scrolled_past_its_header_is_still_typed(detector):
    memory = ValueMemory()
    _texts(detector, _list(), memory)
    found = _texts(detector, _list(top=20, header=False), memory)
    assert ("LOCATION", "Harrogate") in found, found
    assert any(e == "PERSON" and "Rhodri Callaghan" in v for e, v in found), found
