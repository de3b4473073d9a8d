"""A person's record printed as one CSV line without its header (scene vcard_terminal: `grep -i
<surname> contacts.csv` printed '<First> <Last>,<e-mail>,<mobile>,<company>,<town>,<postcode>';
the name and the town were glued to their neighbours by commas and stayed readable). Values are
invented."""

import pytest

from tests.helpers import text_layout

PROMPT = "support@desk-04:~/export$ grep -i tennant contacts.csv"


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def test_a_grepped_csv_record_names_its_person_and_town(detector):
    record = "Zubair Tennant,zubairt@example.co.uk,07700900512,Orchard Lane Vets,Derby,DE22 1XY"
    found = _found(detector, PROMPT, record)
    assert ("PERSON", "Zubair Tennant") in found, found  # the name's first word is in the local part
    assert ("LOCATION", "Derby") in found, found
    assert not {v for _, v in found if "Orchard" in v}, found  # a company's name stays readable


def test_a_listed_given_name_before_an_unrelated_address(detector):
    found = _found(detector, PROMPT, "Margaret Oduya,accounts@example.org,07700900777,Kestrel Joinery,Leeds,LS6 2AB")
    assert ("PERSON", "Margaret Oduya") in found, found


def test_a_record_without_an_e_mail_address_is_left_to_the_other_rules(detector):
    found = _found(detector, "build,status,branch,Lane Cove,Running")
    assert not {v for e, v in found if e in ("PERSON", "LOCATION")}, found


def test_a_postal_code_of_digits_after_the_town_is_a_zip_code(detector):
    found = _found(detector, PROMPT, "Ishita Rao,ishita.rao@example.in,+919800012345,Larkspur Analytics,Pune,411014")
    assert ("ZIP_CODE", "411014") in found, found
    assert ("LOCATION", "Pune") in found, found


# A customers export whose name is two fields ("id,first_name,last_name,email,..."), seen in vim
# after `:set nu` and `:vsplit` (scene vim_editing): the header scrolled away, the window moved,
# each record wrapped over two rows at the window's edge. Invented values.
VIM_ROWS = (
    "20 1058,Tanvi,Rusk, tanvir@example.co.uk,07700 900412,AB1 2CD,",
    "1994-08-02",
    "21 1059,Ottavia,Lenz,ottavia. lenz@example.com,07700 900413,E",
    "8D 1QD,2002-01-03",
)


def test_a_name_in_two_fields_is_named_by_the_e_mail_beside_it(detector):
    found = _found(detector, *VIM_ROWS)
    assert ("PERSON", "Rusk") in found, found  # a four-letter surname: the given name is in the local part
    assert ("PERSON", "Tanvi") in found, found
    assert ("PERSON", "Lenz") in found, found  # the local part read with a space after its dot


def test_a_listed_given_name_before_a_surname_field(detector):
    found = _found(detector, "1061,Margaret,Oduy,accounts@example.org,07700900777,LS6 2AB")
    assert ("PERSON", "Oduy") in found, found


def test_two_capitalised_fields_that_name_no_person_stay_readable(detector):
    found = _found(detector, "4411,Open,Closed,ops@example.com,Queue,2026-12-01")
    assert not {v for e, v in found if e == "PERSON"}, found
    found = _found(detector, "9,Billing,Export,billing@example.com,Daily,csv")
    assert not {v for e, v in found if e == "PERSON"}, found


# `grep --color -in <surname> customers.csv` in a terminal (scene colour_terminal): the town is
# the record's last field, a village or a made-up place no gazetteer lists, built as towns are.
@pytest.mark.parametrize(
    "record, town",
    [
        ("212:4100,Maren Quillfeather,maren_q@example.com,07700 900101,Hollisbury", "Hollisbury"),
        ("388:4137,Rosalind Quillfeather,rquill@example.net,07700 900102,South Wendland", "South Wendland"),
        ("1047:4174,Ishani Quillfeather,ishani.q@example.com,07700 900103,Kestrelberg", "Kestrelberg"),
    ],
)
def test_a_record_s_town_that_no_gazetteer_lists_is_found_by_its_shape(detector, record, town):
    assert ("LOCATION", town) in _found(detector, record)


def test_a_record_s_status_and_list_words_are_no_towns(detector):
    found = _found(detector, "4174,Ishani Quillfeather,iq@example.com,07700 900104,Newsletter,Marketing,Birthday")
    assert not {v for e, v in found if e == "LOCATION"}, found


@pytest.mark.parametrize(
    "record",
    [
        # a customer export's line without its header (its header scrolled away, `tail -1`)
        "51207,Wendeline,Harrowgate,wharrowgate@example.org,07700 900231,1969-02-27,Unit 6 Harrow Quay,Ormskirk",
        # a database dump's row: `INSERT ... VALUES (...)` names no column
        "INSERT INTO `customers` VALUES (51207,'Wendeline','Harrowgate','wharrowgate@example.org',"
        "'1969-02-27','Unit 6 Harrow Quay','Ormskirk');",
    ],
)
def test_a_record_s_old_date_and_street_line_are_typed_by_their_shapes(detector, record):
    found = _found(detector, record)
    assert ("DATE_OF_BIRTH", "1969-02-27") in found, found
    assert ("ADDRESS", "Unit 6 Harrow Quay") in found, found


def test_a_record_s_recent_date_stays(detector):
    found = _found(detector, "51207,Wendeline,Harrowgate,wharrowgate@example.org,2026-03-21,Fibre 150")
    assert not {v for _, v in found if "2026" in v}, found
