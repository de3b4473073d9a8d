"""An IPv4 address before a date in the next cell is an address, no phone number (scene
remote_session, a session list's 'Public IP' then 'Last seen' '2 Dec 09:15': the phone pattern
took '<ip> 2' and the merge kept it over the address; the address was masked only from the frame
the value memory had it, and at 75 % stayed readable 0-6 s). Values are invented."""

from tests.helpers import text_layout


def _found(detector, row: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(row))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def test_an_address_before_a_date_is_an_ip_address(detector):
    row = "@ Aoife Ni Bhriain Oakmoor Primary School ANIBHRIAI-PC OAKMOORanibhriain 141.68.158.52 2 Dec 09:15"
    found = _found(detector, row)
    assert ("IP_ADDRESS", "141.68.158.52") in found, found
    assert not {v for e, v in found if e == "PHONE_NUMBER"}, found


def test_a_phone_number_in_dotted_pairs_is_still_a_phone(detector):
    found = _found(detector, "Mobile: 07.12.34.56.78")
    assert not {v for e, v in found if e == "IP_ADDRESS"}, found
