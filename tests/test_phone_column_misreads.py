"""A column of telephone numbers in a terminal's table whose header was not read (sqlite3's
`.mode table` scaled to 75 %), where OCR read the trunk "0" of some numbers as a "6": the first
row's number is found by its shape, the rows under it, "67xxx xxxxxx", match no phone shape and
no header says what the column holds. A number grouped as a phone number found in the same
column (the same digit groups, each alone in its cell, on stacked rows) is a phone number too.
Values are invented."""

from tests.helpers import text_layout

QUERY = "sqlite> SELECT id, first_name, last_name, mobile, ref FROM contacts;"
GARBLED_HEADER = "!aa?aaaaaaaa aaaaa...aa....aaa.!"
PEOPLE = [("Oswin", "Kettleby"), ("Maelys", "Treloweth"), ("Ysolt", "Garrowby"), ("Perrin", "Purtell")]
# the first read right, the next three with their trunk 0 read as 6
MOBILES = ["07493 218850", "67528 306114", "67481 552093", "67360 479218"]


def _grid(mobiles: list[str], people=PEOPLE, other: list[str] | None = None) -> list[tuple[int, int, str]]:
    rows = [(0, 0, QUERY), (0, 24, GARBLED_HEADER)]
    for k, ((first, last), mobile) in enumerate(zip(people, mobiles, strict=True)):
        y = 48 + 16 * k
        rows += [(8, y, f"{5101 + k}"), (56, y, first), (136, y, last), (216, y, mobile)]
        if other:
            rows.append((320, y, other[k]))
    return rows


def _types(detector, rows, char_w: int = 6) -> dict[str, set[str]]:
    lt, findings = detector.find_spans(text_layout(*rows, char_w=char_w, line_h=11))
    found: dict[str, set[str]] = {}
    for f in findings:
        found.setdefault(lt.text[f.start : f.end], set()).add(f.entity_type)
    return found


def test_numbers_grouped_as_a_phone_number_found_above_them_are_phone_numbers(detector):
    found = _types(detector, _grid(MOBILES))
    for mobile in MOBILES:
        assert "PHONE_NUMBER" in found.get(mobile, set()), (mobile, found.get(mobile))


def test_between_the_rules_of_a_framed_table_too(detector):
    rows = [(0, 0, QUERY), (0, 24, GARBLED_HEADER)]
    for k, ((first, last), mobile) in enumerate(zip(PEOPLE, MOBILES, strict=True)):
        rows.append((0, 48 + 16 * k, f"| {5101 + k} | {first:<10} | {last:<10} | {mobile} |"))
    found = _types(detector, rows, char_w=7)
    for mobile in MOBILES:
        assert "PHONE_NUMBER" in found.get(mobile, set()), (mobile, found.get(mobile))


def test_a_column_of_such_numbers_with_no_phone_number_in_it_stays(detector):
    references = ["61240 883517", "61241 902266", "61245 017734", "61250 336120"]
    found = _types(detector, _grid(references))
    assert not any("PHONE_NUMBER" in found.get(ref, set()) for ref in references), found


def test_the_next_column_and_other_groupings_stay(detector):
    # a reference column beside the phones, and a cell of the phone column grouped otherwise
    references = ["6124 7883517", "6124 1902266", "6124 5217734", "6125 3336120"]
    mobiles = [*MOBILES[:3], "6736 4479218"]
    found = _types(detector, _grid(mobiles, other=references))
    assert not any("PHONE_NUMBER" in found.get(ref, set()) for ref in references), found
    assert "PHONE_NUMBER" not in found.get("6736 4479218", set()), found
    assert "PHONE_NUMBER" in found.get(MOBILES[1], set()), found
