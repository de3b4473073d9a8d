"""A vet practice's screens. The day list, "Time | Pet | Species | Owner | Reason | Room": its
headers were mostly no header words and "Owner" is generic (a print queue's owner is "SYSTEM"),
so the owners written "<Last>, <First>" were typed by nothing and a given name no list knows left
the owner readable. The patient record: two cards side by side under the headings "OWNER" and
"PATIENT", each a list of "Caption  value" lines; the headings were a table's header ("patient"
a personal column), so every caption and value under "PATIENT" was masked as a name (the
insurer's name, "None known"). And an Irish surname with its "Ó" read as "O". Values are
invented."""

from tests.helpers import text_layout


def _found(detector, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows, char_w=7))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def test_the_owner_column_of_a_pet_list_is_typed(detector):
    header = [(38, 0, "Time"), (145, 0, "Pet"), (291, 0, "Species"), (437, 0, "Owner"), (745, 0, "Reason")]
    body = [
        (38, 30, "09:00"),
        (145, 30, "Biscuit"),
        (291, 30, "Dog"),
        (437, 30, "Quennell, Torquil"),
        (745, 30, "Vaccination booster"),
        (38, 60, "09:30"),
        (145, 60, "Pickle"),
        (291, 60, "Cat"),
        (437, 60, "Thewlis, Ysolde"),
        (745, 60, "Itchy ears"),
    ]
    found = _found(detector, *header, *body)
    assert {("PERSON", "Quennell, Torquil"), ("PERSON", "Thewlis, Ysolde")} <= found, found
    assert not {v for _, v in found} & {"Biscuit", "Pickle", "Dog", "Itchy ears"}, found


def test_a_print_queue_owner_column_stays_generic(detector):
    rows = [(0, 0, "Document name"), (300, 0, "Owner"), (450, 0, "Pages"), (0, 30, "Report.pdf"), (300, 30, "SYSTEM")]
    rows += [(450, 30, "3")]
    assert not any(e == "PERSON" for e, _ in _found(detector, *rows))


def test_card_headings_side_by_side_are_no_table_header(detector):
    rows = [
        (43, 0, "OWNER"),
        (660, 0, "PATIENT"),
        (43, 22, "Name"),
        (173, 22, "Torquil Quennell"),
        (660, 22, "Microchip"),
        (790, 22, "826004417752918"),
        (43, 43, "Phone"),
        (173, 43, "07700 900512"),
        (660, 43, "Insurer"),
        (790, 43, "PetCover Plus"),
        (43, 64, "E-mail"),
        (173, 64, "tq@example.org"),
        (660, 64, "Allergies"),
        (790, 64, "None known"),
    ]
    found = _found(detector, *rows)
    values = {v for _, v in found}
    assert not values & {"PetCover Plus", "None known", "Insurer", "Allergies"}, found
    assert {"826004417752918", "07700 900512"} <= values, found


def test_an_irish_surname_read_without_its_accent_is_a_name(detector):
    found = _found(detector, (43, 0, "Second contact"), (173, 0, "Maura O Ceallaigh - 01632 960805"))
    assert ("PERSON", "Maura O Ceallaigh") in found, found
