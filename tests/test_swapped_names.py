"""A person a grid wrote surname first, '<Last>, <First>' (a class register, a patient list), shown
later as '<First> <Last>' (the profile the row opens, headed by the name): found whole from the
memory. Only the first name was (a word no English writes, name_parts.py), and a surname English
also writes as a word stayed readable beside the mask (scene school_portal). Names are invented."""

from pipeline.detection.memory import ValueMemory, swapped_name
from tests.helpers import text_layout
from tests.test_detect import assert_hidden, assert_visible, make_layout


def _register(detector, *names: str) -> ValueMemory:
    rows = [(0, 0, "Pupil"), (210, 0, "Year"), (300, 0, "DOB")]
    for i, name in enumerate(names, start=1):
        rows += [(0, 30 * i, name), (210, 30 * i, "Year 4"), (300, 30 * i, "14/03/2018")]
    memory = ValueMemory()
    detector.detect(text_layout(*rows), memory)
    return memory


def test_a_name_seen_surname_first_is_found_whole_first_name_first(detector):
    memory = _register(detector, "Baker, Adaora", "Church, Temitayo")
    rows = ["Adaora Baker", "Year 4 · 4B · Pupil profile", "Temitayo Church (Mother)"]
    layout = make_layout(*rows)
    dets = detector.detect(layout, memory)
    assert_hidden(layout, dets, "Adaora Baker", 0)
    assert_hidden(layout, dets, "Temitayo Church", 2)
    assert_visible(layout, dets, "Year 4", 1)


def test_only_a_name_s_shape_is_swapped():
    assert swapped_name("Baker, Adaora") == "Adaora Baker"
    assert swapped_name("Ó Briain, Mary Kate") == "Mary Kate Ó Briain"
    assert swapped_name("Leeds, West Yorkshire, UK") is None
    assert swapped_name("Adaora Baker") is None
    assert swapped_name("Baker, 14 March") is None
