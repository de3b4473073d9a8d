"""A site's name that its address bar shows is no piece of a name or a place (issue 17, false
blocks; class: web apps whose brand is a word no dictionary has, printed in the tab's title, the
header and the messages). toast_messages (corpus39): a toast '<user> was removed from <Brand>'
at 38.7 s, NER's LOCATION of the brand; the gate then counted the brand in the tab's title and
the header as a piece of that place on every frame from 0 s (LOCATION x77, the independent check
found no leak). The site's host in the address bar says which word is its name. Invented."""

from pipeline.analysis.values import SeenValues
from pipeline.redact.verify import _pieces
from tests.helpers import text_layout

BAR = "quillmarsh.example/admin/users"


def _found(detector, *rows: str, entity: str = "LOCATION", value: str = "Quillmarsh") -> list:
    seen = SeenValues()
    seen.add(entity, value, 38.7)
    lexicon = detector.lexicon
    return _pieces(0, 2.0, text_layout(*rows), seen, [], lexicon.is_ordinary, lexicon.is_name)


def test_the_site_s_name_is_no_piece(detector):
    assert _found(detector, "Users - Quillmarsh", BAR, "Quillmarsh Dashboard Users Audit") == []
    assert _found(detector, BAR, "Quillmarsh Dashboard", entity="PERSON", value="Quillmarsh Ltd staff") == []


def test_without_the_address_bar_it_is_one(detector):
    assert _found(detector, "Users - Quillmarsh", "Quillmarsh Dashboard Users Audit")


def test_a_person_of_another_site_is_still_a_piece(detector):
    found = _found(detector, BAR, "Edited by Amelie Oxborrow", entity="PERSON", value="Amelie Oxborrow")
    assert [p.entity_type for p in found] == ["PERSON"]


def test_site_names():
    from pipeline.redact.verify import site_names

    layout = text_layout("https://www.quillmarsh.co.uk/login", "mail me at a.b@oxborrow.com", "v1.2 ok")
    assert site_names(layout) == frozenset({"quillmarsh"})
