"""A web address's host made of a word of a shown name is no login (class: a helpdesk's, CRM's or
shop's own address in the browser's bar, '<brand>.example/desk/index.html', where the brand's
word is a word of a name the recording showed). Found on customer_search (corpus38/me) by
benchmarks/gate.py at 905721e: the address bar's host masked as USERNAME (names:owned_login)
0-33 s, and the page's brand, a piece of it, then blocked the gate (USERNAME seen_value_part x15).
A host before its path is the site's; a login with a dot ('<first>.<last>') stays one. Values are
invented."""

from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout


def _found(detector, row: str, memory: ValueMemory) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(row), memory)
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def _memory(detector) -> ValueMemory:
    memory = ValueMemory()
    _found(detector, "Owner: Grace Lambertson", memory)
    return memory


def test_a_sites_host_before_its_path_is_no_login(detector):
    memory = _memory(detector)
    found = _found(detector, "lambertson.example/desk/index.html", memory)
    assert not {v for e, v in found if e == "USERNAME"}, found


def test_a_dotted_login_is_still_one(detector):
    memory = _memory(detector)
    found = _found(detector, "Signed in as glambertson.77", memory)
    assert ("USERNAME", "glambertson.77") in found, found
