"""A move told in a sentence names the town someone lives in: "My daughter has moved to <town>,
her new address is on the form" (a pension portal's secure message). spaCy's small model tagged
such towns as a facility, a company or nothing; scaled to 66 %, the beneficiary's address the
town was remembered from was misread, and the town stayed readable for 19 s (pension_portal).
Towns are invented or small real ones; the sentences are invented."""

import pytest

from tests.helpers import text_layout


def _places(detector, *rows: str) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "LOCATION"}


@pytest.mark.parametrize(
    ("rows", "town"),
    [
        (["My daughter has moved to Port Quillingmouth, her new address is on the form."], "Port Quillingmouth"),
        (["Hi, I'm moving to Swindon next month, can you update my details?"], "Swindon"),
        (["My son now lives in Kirkby Lonsdale with his partner."], "Kirkby Lonsdale"),
        (["We relocated to East Marrowfield in March."], "East Marrowfield"),
        # the sentence wrapped after the phrase
        (["Please note that my mother has moved to", "Little Tarnbury, so post goes there now."], "Little Tarnbury"),
    ],
)
def test_the_town_a_sentence_says_someone_moved_to_is_a_place(detector, rows, town):
    assert town in _places(detector, *rows)


@pytest.mark.parametrize(
    "row",
    [
        "The conversation was moved to Archive.",
        "Moved to Settings > Privacy and security",
        "Your files were moved to Trash",
        "She has moved to Spain.",  # a country names no one's address
        "Ticket moved to In Progress by the agent",
    ],
)
def test_a_folder_a_tab_or_a_country_something_moved_to_is_no_place(detector, row):
    assert not _places(detector, row)
