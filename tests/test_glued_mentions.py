"""A mention's display name whose space small text lost (pipeline/detection/mention_names.py):
scene wiki_oncall on a copy scaled to 66 %, where "Owned by @<First> <Last>" was read
"@<First><Lsst>-Last updated" and the page's owner stayed readable from 0 s to the end. Values
are invented."""

import pytest

from tests.helpers import text_layout


def _persons(detector, row: str) -> set[str]:
    lt, findings = detector.find_spans(text_layout(row))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"}


@pytest.mark.parametrize(
    "row, name",
    [
        ("Owned by @HaroldPenhalow-Last updated today - 4 min read", "HaroldPenhalow"),
        ("cc @GwendolynOkafor can you check", "GwendolynOkafor"),
    ],
)
def test_a_glued_mention_of_a_given_name_and_a_surname_is_a_person(detector, row, name):
    assert name in _persons(detector, row), row


@pytest.mark.parametrize(
    "row",
    [
        '@SuppressWarnings("unchecked") @PostMapping @NotNull @SpringBootApplication',
        "@RequestMapping @GetMapping @JsonProperty @MockBean @BeforeEach @DisplayName",
        "@NoArgsConstructor @AllArgsConstructor @EqualsAndHashCode @HostListener @ViewChild",
    ],
)
def test_annotations_and_decorators_name_no_one(detector, row):
    assert not _persons(detector, row), row
