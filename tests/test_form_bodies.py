"""Forms as a request carries them (scene http_capture: `tcpdump -A` paged in less; a proxy's
flow view, a server's debug log are alike). A URL-encoded body (`key=value&...`, a space as
`+`, `@` and `+` as `%40` and `%2B`) gives no value a recognizer's shape: the postcode after
`postcode=` and the name after `full_name=` stayed readable, and a password wrapped onto the
terminal's next line kept its second half. A multipart part puts its value on a line of its own
under `Content-Disposition: form-data; name="..."`: a date of birth and a town were read by
nothing. Values are invented."""

from tests.helpers import text_layout

BODY = (
    "email=ebrel.vell%40fastmail.co.uk&phone=%2B447700900321&full_name=Ebrel+Vellacott"
    "&password=Qw7%25rtZu3%21&postcode=PL26+8XY&marketing=0"
)


def _found(detector, rows: list[str]) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows, char_w=7, line_h=15, pitch=15))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def _covered(found: set[tuple[str, str]], value: str) -> bool:
    return any(value in text for _, text in found)


def test_a_url_encoded_body_types_each_value_by_its_key(detector):
    found = _found(detector, ["Content-Type: application/x-www-form-urlencoded", "", BODY])
    for value in ("PL26+8XY", "Ebrel+Vellacott", "%2B447700900321", "Qw7%25rtZu3%21"):
        assert _covered(found, value), (value, found)


def test_a_body_wrapped_by_the_terminal_goes_on_with_its_value(detector):
    cut = BODY.index("password=") + len("password=Qw7%25rt")
    rows = ["Content-Type: application/x-www-form-urlencoded", "", BODY[:cut], BODY[cut:]]
    assert rows[2].endswith("password=Qw7%25rt")  # the password cut by the wrap
    found = _found(detector, rows)
    assert _covered(found, "Zu3%21"), found
    assert _covered(found, "PL26+8XY"), found


def test_an_ampersand_lost_by_ocr(detector):
    found = _found(detector, ["email=x%40example.org&full_name=Senara+Penberthy&postcode=TR18+4QXsubmit=1"])
    assert _covered(found, "TR18+4QX"), found
    assert _covered(found, "Senara+Penberthy"), found


def test_multipart_parts_type_the_line_under_their_header(detector):
    boundary = "------WebKitFormBoundary3xQ9pLm2"
    rows = []
    for key, value in (("full_name", "Morwen Trethowan"), ("date_of_birth", "03/11/1974"), ("city", "Camborne")):
        rows += [boundary, f'Content-Disposition: form-data; name="{key}"', "", value]
    rows += [boundary, 'Content-Disposition: form-data; name="proof"; filename="bill.jpg"', "Content-Type: image/jpeg"]
    found = _found(detector, rows)
    assert ("DATE_OF_BIRTH", "03/11/1974") in found, found
    assert ("LOCATION", "Camborne") in found, found
    assert not _covered(found, "Content-Type"), found  # a file part's header is no value


def test_a_part_name_read_with_a_space_at_its_underscore(detector):
    rows = [
        "------WebKitFormBoundary3xQ9pLm2",
        'Content-Disposition: form-data; name="date_of _birth"',
        "",
        "03/11/1974",
    ]
    rows += [
        "------WebKitFormBoundary3xQ9pLm2",
        'Content-Disposition: form-data; name="full_name"',
        "",
        "Morwen Trethowan",
    ]
    found = _found(detector, rows)
    assert ("DATE_OF_BIRTH", "03/11/1974") in found, found
    rows[1] = 'Content-Disposition: form-data; : name="date_of _birth"'  # a stray colon read after the ';'
    assert ("DATE_OF_BIRTH", "03/11/1974") in _found(detector, rows)


def test_a_query_of_no_personal_fields_stays(detector):
    found = _found(detector, ["GET /search?q=walking+boots&page=2&sort=price_asc HTTP/1.1", "Host: shop.example"])
    assert not _covered(found, "walking"), found
    assert not _covered(found, "price_asc"), found
