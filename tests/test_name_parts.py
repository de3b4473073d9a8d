"""A word of a full name seen earlier, shown alone: masked where it names the person, and the gate
counts it under the same rule (pipeline/detection/name_parts.py). Names are invented."""

import pytest

from pipeline.analysis.values import SeenValues
from pipeline.detection.memory import ValueMemory
from tests.test_detect import assert_hidden, assert_visible, make_layout


@pytest.fixture(scope="module")
def rule(detector):
    return detector.name_part_rule


def _seen(detector, *rows: str) -> ValueMemory:
    memory = ValueMemory()
    detector.detect(make_layout(*rows), memory)
    return memory


def test_a_first_name_alone_after_the_full_name_was_seen_is_masked(detector):
    """A messenger: the contact panel showed "<First> <Last>"; then its menu says "Block <First>",
    the customer signs "Thanks! <First>" and the technician's reply starts "<First>, ...". A name's
    word that is no English word names the person wherever it is written as a name."""
    memory = _seen(detector, "Contact info", "Ysolde Marchbanks", "+44 7700 900318")
    rows = ["Block Ysolde", "Thanks! Ysolde", "Ysolde, can you open Settings?", "Marchbanks invoice 2231"]
    layout = make_layout(*rows)
    dets = detector.detect(layout, memory)
    for row, word in ((0, "Ysolde"), (1, "Ysolde"), (2, "Ysolde"), (3, "Marchbanks")):
        assert_hidden(layout, dets, word, row)
    for row, text in ((0, "Block"), (1, "Thanks!"), (2, "can you open Settings?"), (3, "invoice 2231")):
        assert_visible(layout, dets, text, row)


def test_a_first_name_alone_without_the_full_name_stays_readable(detector):
    """No full name was seen: a lone first name is no value the recording showed."""
    layout = make_layout("Block Ysolde", "Thanks! Ysolde")
    dets = detector.detect(layout, ValueMemory())
    assert not [d for d in dets if d.entity_type == "PERSON"]


def test_a_name_s_everyday_word_is_masked_only_where_it_names_the_person(detector):
    """ "Grace Pelham" and "Mark Hill" seen: "Hi Grace,", "Mark replied", "Hill's laptop" and
    "Grace" alone on its line name them; "Grace period", "Mark as read" and a "Hill Street" in a
    sentence do not."""
    memory = _seen(detector, "Account holder", "Grace Pelham", "Assigned to", "Mark Hill")
    rows = ["Grace period ends on 14 March", "Mark as read", "The depot is on Hill Street near the station"]
    layout = make_layout(*rows)
    dets = detector.detect(layout, memory)
    for row, text in enumerate(rows):
        assert_visible(layout, dets, text, row)
    rows = ["Hi Grace,", "Mark replied 2m ago", "Hill's laptop is back online", (600, 72, "Grace"), "cc @Mark today"]
    layout = make_layout(*rows)
    dets = detector.detect(layout, memory)
    for row, word in ((0, "Grace"), (1, "Mark"), (2, "Hill"), (3, "Grace"), (4, "Mark")):
        assert_hidden(layout, dets, word, row)
    assert_visible(layout, dets, "replied 2m ago", 1)
    assert_visible(layout, dets, "laptop is back online", 2)


def test_the_gate_counts_a_seen_name_s_word_where_the_analysis_masks_it(rule):
    """The gate's piece of a seen full name, one word of it, follows the analysis's rule: a
    "Block <First>" left readable is a leak, "Grace period" is none."""
    seen = SeenValues()
    seen.add("PERSON", "Ysolde Marchbanks", 1.0)
    seen.add("PERSON", "Grace Pelham", 2.0)
    pieces = seen.find(["Block", "Ysolde"], names_person=rule.names_person)
    assert [(p.start, p.end, p.entity_type) for p in pieces] == [(1, 2, "PERSON")]
    assert seen.find(["Hi", "Grace,"], names_person=rule.names_person) != []
    assert seen.find(["Grace", "period", "ends"], names_person=rule.names_person) == []
    # without the rule, any capitalised word of the name counts (the gate's older behaviour)
    assert seen.find(["Grace", "period", "ends"]) != []


def test_the_gate_s_own_detector_learns_no_name_words(detector):
    """The gate's memory remembers tables, no values: a name it reads in the output is a finding
    of its own frame, not a word to look for on every later frame."""
    from pipeline.redact.verify import _TablesMemory

    memory = _TablesMemory()
    detector.detect(make_layout("Account holder", "Ysolde Marchbanks"), memory)
    assert not memory.name_parts and not memory.entities


def test_the_rest_of_a_name_read_otherwise_beside_a_remembered_word_is_masked(detector):
    """An org chart at a low bitrate: the card's "<First> <Last>" was remembered, then read
    with its given name's first letter wrong ("Sronach" for "Bronach", scene org_chart at crf
    36, 4-17 s): the remembered surname alone was masked and the given name, misread, stayed
    readable to a person. The name-shaped word beside a remembered word is the rest of the
    name; words across a card's gap, common words and a job title stay readable."""
    memory = _seen(detector, "Reports to", "Bronach Quarrendon")
    rows = ["Sronach Quarrendon", "Quarrendon Logistics Ltd", "Field Engineer          Quarrendon"]
    layout = make_layout(*rows)
    dets = detector.detect(layout, memory)
    assert_hidden(layout, dets, "Sronach", 0)
    assert_hidden(layout, dets, "Quarrendon", 0)
    assert_visible(layout, dets, "Logistics Ltd", 1)
    assert_visible(layout, dets, "Field Engineer", 2)
