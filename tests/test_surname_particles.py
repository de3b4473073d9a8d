"""A surname with a particle ("<First> Mac <Surname>", "<First> van der <Surname>", "<First> de
<Surname>", "<First> Mac an tSurname", "<First> Ó hSurname") on a participant list, a field or
an activity feed: NER reads the Gaelic "Mac" as a computer and a first name that is a month
("Jan") as a date, so only the bare-name rule's particles find them. Values are invented."""

import pytest

from tests.helpers import text_layout


def _people(detector, *rows: str) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"}


@pytest.mark.parametrize(
    ("rows", "name"),
    [
        (("Ciaran Mac Giolla joined the meeting",), "Ciaran Mac Giolla"),
        (("Owner: Ciaran Mac Giolla",), "Ciaran Mac Giolla"),
        (("Seamus Mac Aodha", "Account manager"), "Seamus Mac Aodha"),
        (("Lotte van Dijk and Jan de Jong liked your photo",), "Jan de Jong"),
        # an Irish surname: the article "an" after the particle, the surname's first letter
        # mutated ("tS", "hA"), on a card's name line
        (("Grainne Mac an tSionnaigh", "Date of birth"), "Grainne Mac an tSionnaigh"),
        (("Lead tenant: Niamh Ní hEigeartaigh",), "Niamh Ní hEigeartaigh"),
        (("Padraig Ó hAodha", "Guarantor"), "Padraig Ó hAodha"),
    ],
)
def test_a_name_with_a_surname_particle_is_a_person(detector, rows, name):
    assert name in _people(detector, *rows)


@pytest.mark.parametrize(
    "row",
    ["Rose de Provence hand cream", "Buy Mac Pro now", "Crème de la Crème", "Send Mark an Invoice", "Mark an tEST"],
)
def test_a_product_with_a_particle_is_no_person(detector, row):
    assert not _people(detector, row)


@pytest.mark.parametrize(
    ("rows", "name"),
    [
        # a tenancy's second tenant, a card's name line in bold above its date of birth: a first
        # name English also writes as a word ("bill", "penny", "will") and an Irish surname no
        # list knows, written with its article and its mutated first letter
        (("Bill Mac an tSealbhaigh", "Date of birth 03/09/1987"), "Bill Mac an tSealbhaigh"),
        (("Guarantor", "Penny Ní bhFaoláin"), "Penny Ní bhFaoláin"),
        (("Will Nic an Bhreithimh", "Mobile"), "Will Nic an Bhreithimh"),
    ],
)
def test_a_first_name_that_is_a_word_before_an_irish_surname_is_a_person(detector, rows, name):
    assert name in _people(detector, *rows)


@pytest.mark.parametrize(
    "row",
    ["Will de Provence hand cream", "Bill an tEST", "Will de Luxe edition", "Penny de Luxe"],
)
def test_a_word_before_a_particle_and_an_unlisted_word_is_still_no_person(detector, row):
    assert not _people(detector, row)
