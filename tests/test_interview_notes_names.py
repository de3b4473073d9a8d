"""An interviewer's notes on a candidate whose full name the screen showed: "<First> was strong on
data modelling", "<First> asked sharp questions" (a recruiting tool's scorecard, scene
ats_candidates: the first note's first name stayed readable). A word of a name seen earlier that
English also writes names its person before one of these verbs too. Names are invented."""

from pipeline.detection.memory import ValueMemory
from tests.test_detect import assert_hidden, assert_visible, make_layout


def _seen(detector, *rows: str) -> ValueMemory:
    memory = ValueMemory()
    detector.detect(make_layout(*rows), memory)
    return memory


def test_a_seen_first_name_before_an_interviewer_s_verb_is_masked(detector):
    memory = _seen(detector, "Candidate", "Florence Ashdown", "Stage", "Interview")
    rows = [
        "Florence was strong on data modelling and explained the trade-offs clearly.",
        "Good SQL. Florence asked sharp questions about on-call.",
        "Florence seemed unsure about the notice period",
    ]
    layout = make_layout(*rows)
    dets = detector.detect(layout, memory)
    for row in range(3):
        assert_hidden(layout, dets, "Florence", row)
    assert_visible(layout, dets, "strong on data modelling", 0)


def test_the_same_word_as_a_place_before_a_verb_without_the_name_seen_stays(detector):
    rows = ["Florence was lovely in May"]
    layout = make_layout(*rows)
    dets = detector.detect(layout, ValueMemory())
    assert_visible(layout, dets, "Florence was lovely", 0)
