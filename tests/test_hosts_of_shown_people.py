"""A computer named after a person the screen shows by full name (scene remote_session, a
remote-support console's session list: customer, company, computer, logged-on user per row).
"DESKTOP-<SURNAME>" of a surname English also writes as a word and "<I><SURNAME>-PC" of a
surname no list knows, cut at Windows' length, were readable 0-26 s beside their owners' full
names. Values are invented."""

from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout


def row(*cells: str) -> str:
    """A session list's row: its cells apart by a column gap."""
    return "      ".join(cells)


HEADER = row("CUSTOMER", "COMPANY", "COMPUTER", "LOGGED-ON USER", "PUBLIC IP", "LAST SEEN")


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    memory = ValueMemory()
    lt, findings = detector.find_spans(text_layout(*rows), memory)
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def test_a_computer_named_after_a_customer_in_the_same_row_is_a_person(detector):
    found = _found(
        detector,
        HEADER,
        row(
            "Martin Baker",
            "Northgate Accountants",
            "DESKTOP-BAKER",
            "NORTHGATE\\mbaker",
            "198.51.100.7",
            "Online now",
        ),
        row(
            "Aoife Ni Bhriain",
            "Oakmoor Primary School",
            "ANIBHRIAI-PC",
            "OAKMOOR\\aoife.n",
            "198.51.100.9",
            "2 Dec 09:15",
        ),
    )
    assert ("PERSON", "DESKTOP-BAKER") in found, found
    assert ("PERSON", "ANIBHRIAI-PC") in found, found


def test_computers_of_no_one_shown_stay_readable(detector):
    found = _found(
        detector,
        HEADER,
        row(
            "Martin Baker",
            "Northgate Accountants",
            "DESKTOP-SALES",
            "NORTHGATE\\mbaker",
            "198.51.100.7",
            "Online now",
        ),
        row(
            "Martin Baker",
            "Northgate Accountants",
            "RECEPTION-PC",
            "NORTHGATE\\mbaker",
            "198.51.100.7",
            "Online now",
        ),
        row(
            "Martin Baker",
            "Northgate Accountants",
            "DESKTOP-7F3K2LM",
            "NORTHGATE\\mbaker",
            "198.51.100.7",
            "Online now",
        ),
    )
    hosts = {v for e, v in found if e == "PERSON" and "-" in v}
    assert not hosts, found
