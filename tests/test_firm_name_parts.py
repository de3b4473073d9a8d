"""A firm named after its partners, one of them a surname the recording showed before (a mortgage
case's "Solicitor" tab: the contact "<First> <Last>" above, the firm "<Last> & <Last> Solicitors
LLP" on its own row). The remembered surname is masked there as anywhere it is written as a name
(name_parts.py); the word after it says what the company is, and is no rest of a name read
otherwise: masked with it, the page's "Solicitor" read inside "Solicitors" was lost at 66 %.
Names are invented."""

from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout


def _types(detector, rows, memory) -> dict[str, set[str]]:
    lt, findings = detector.find_spans(text_layout(*rows), memory)
    found: dict[str, set[str]] = {}
    for f in findings:
        found.setdefault(lt.text[f.start : f.end], set()).add(f.entity_type)
    return found


def test_a_remembered_surname_in_a_firms_name_leaves_the_firms_trade_readable(detector):
    memory = ValueMemory()
    contact = [(10, 88, "Contact"), (200, 88, "Wenna Pryor")]
    for firm, trade in (("Ashcombe & Pryor Solicitors LLP", "Solicitors"), ("Pryor Accountants", "Accountants")):
        found = _types(detector, [(10, 40, "Firm"), (200, 40, firm), *contact], memory)
        assert "PERSON" in found.get("Pryor", set()), (firm, found)
        assert trade not in found, (firm, found)


def test_a_surname_after_a_remembered_given_name_is_still_the_rest_of_the_name(detector):
    memory = ValueMemory()
    _types(detector, [(10, 88, "Contact"), (200, 88, "Wenna Pryor")], memory)
    found = _types(detector, [(10, 40, "Thanks, Wenna Quarrell")], memory)
    assert "PERSON" in found.get("Quarrell", set()) or "PERSON" in found.get("Wenna Quarrell", set()), found
