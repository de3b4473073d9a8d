"""A family or team page's member cards side by side (class: family sharing, parental controls,
a workspace's members): each card's name over a subtitle of details, "Organiser · Parent/Guardian",
"Adult · Parent/Guardian", then captioned rows (Birthday, Apple ID, Devices). A caption word among
a subtitle's details is a role, no caption: two such subtitles on one row are no header row
whose column runs down the cards. Values are invented."""

from tests.helpers import values_found

CARDS = [
    (292, 0, "Tamsin Quennell"),
    (810, 0, "Piers Oxborrow"),
    (292, 16, "Organiser · Parent/Guardian"),
    (809, 16, "Adult · Parent/Guardian"),
    (246, 39, "Birthday"),
    (376, 39, "14 March 1979"),
    (764, 39, "Birthday"),
    (894, 39, "2 June 1977"),
    (246, 58, "Phone"),
    (376, 58, "07700 900461"),
    (764, 58, "Devices"),
    (894, 58, "MacBook Air, Apple Watch"),
    (246, 77, "Devices"),
    (376, 77, "Kindle Paperwhite"),
]


def test_a_role_among_a_subtitles_details_is_no_caption(detector):
    found = values_found(detector, *CARDS)
    assert "MacBook Air, Apple Watch" not in found, found
    assert "Kindle Paperwhite" not in found, found
    assert found.get("14 March 1979") == "DATE_OF_BIRTH", found


def test_a_guardians_caption_still_takes_its_name(detector):
    found = values_found(detector, "Parent/Guardian: Tamsin Quennell", "Relationship · Guardian: Piers Oxborrow")
    assert found.get("Tamsin Quennell") == "PERSON", found
    assert found.get("Piers Oxborrow") == "PERSON", found
