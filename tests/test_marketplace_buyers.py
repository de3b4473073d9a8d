"""A marketplace's buyers: a "Buyer" column whose cells hold the user name over the full name, a
double-barrelled surname remembered, and user names made of a name the recording showed
(pipeline/detection/owned_logins.py). Values are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows, memory=None) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows), memory)
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def _masked(found: set[tuple[str, str]], value: str) -> bool:
    return any(value in v for _, v in found)


def test_a_buyer_column_types_its_cells(detector):
    found = _found(
        detector,
        (0, 0, "Item"),
        (272, 0, "Buyer"),
        (461, 0, "Post to"),
        (700, 0, "Total"),
        (0, 28, "Walnut Bedside Cabinet"),
        (272, 28, "dpennyfeather_1979"),
        (461, 28, "Dorothea Pennyfeather"),
        (700, 28, "£45.00"),
        (272, 44, "Dorothea Pennyfeather"),
        (461, 44, "9 Quarry Bank"),
        (461, 60, "Whitby YO21 3PE"),
    )
    assert _masked(found, "dpennyfeather_1979"), found


def test_a_double_barrelled_surname_is_remembered(detector):
    from pipeline.detection.memory import ValueMemory

    memory = ValueMemory()
    found = _found(detector, "Emeka Pemberton-Adair", memory=memory)
    assert ("PERSON", "Emeka Pemberton-Adair") in found, found
    assert _masked(_found(detector, "Order 4412 for Emeka Pemberton-Adair", memory=memory), "Pemberton-Adair")


@pytest.mark.parametrize(
    "name, row, login",
    [
        ("Emeka Pemberton-Adair", "epembertonadair_1981", "epembertonadair_1981"),  # initial and surname
        ("Rosalind Thackeray", "Rosalind Thackeray (thackeray207) · opened 5 Dec", "thackeray207"),
        ("Rosalind Thackeray", "rosalindt-uk · 4 Dec, 21:14", "rosalindt-uk"),  # a last name's initial
        ("Rosalind Thackeray", "rosalind_thac4", "rosalind_thac4"),  # a surname cut
    ],
)
def test_a_login_made_of_a_name_shown_is_a_username(detector, name, row, login):
    from pipeline.detection.memory import ValueMemory

    memory = ValueMemory()
    _found(detector, name, memory=memory)
    found = _found(detector, row, memory=memory)
    assert ("USERNAME", login) in found or _masked(found, login), found


@pytest.mark.parametrize(
    "row, word",
    [
        ("Click mark-as-read to clear it", "mark-as-read"),  # a slug of words
        ("See the markdown guide", "markdown"),
        ("Open smith.txt in the editor", "smith.txt"),  # a file's name
        ("The baker opens at nine", "baker"),  # the surname as an English word
    ],
)
def test_words_holding_a_shown_name_stay(detector, row, word):
    from pipeline.detection.memory import ValueMemory

    memory = ValueMemory()
    _found(detector, "Mark Baker", memory=memory)
    _found(detector, "Jane Smith", memory=memory)
    found = _found(detector, row, memory=memory)
    assert not _masked(found, word), found


def test_a_name_cell_read_with_its_surname_in_lower_case_is_still_a_name(detector):
    """Small grey text scaled down: the buyer's name under the user name read "<Firsx> <surname>";
    a lower-case word that is no surname ("Call notes") stays refused."""
    rows = [
        (0, 0, "Item"),
        (300, 0, "Buyer"),
        (480, 0, "Post to"),
        (700, 0, "Total"),
        (0, 24, "Walnut Bedside Cabinet"),
        (300, 24, "dpennyfeather_1979"),
        (480, 24, "9 Quarry Bank"),
        (700, 24, "£45.00"),
        (0, 48, "Order 27-11111-22222 - Qty 1"),
        (300, 48, "Rosalinb thackeray"),
        (480, 48, "Whitby YO21 3PE"),
        (0, 96, "Brass Lamp"),
        (300, 96, "Call notes"),
    ]
    found = _found(detector, *rows)
    assert ("PERSON", "Rosalinb thackeray") in found, found
    assert not _masked(found, "Call notes"), found


@pytest.mark.parametrize("cell, person", [("Marek tobrzyk", True), ("Marek pending", False), ("Notes tobrzyk", False)])
def test_a_name_cell_whose_unlisted_surname_lost_its_capital_is_still_a_name(detector, cell, person):
    """`column -t` of a customer CSV at 66 %: a surname no list knows, its capital read as a small
    letter ('Ł' as 't'), after a given name: the cell was refused and stayed readable. A word
    English writes, or one after no given name, stays refused."""
    rows = ["id    name              email                  postcode"]
    rows += ["5201  Maud Ellery       mellery@example.com    AB1 2CD"]
    rows += [f"5203  {cell:<16}  mtob@example.com       LS9 4QT"]
    found = _found(detector, *rows)
    assert (("PERSON", cell) in found) is person, found
