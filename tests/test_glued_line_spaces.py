"""A token finding grows over the words OCR split it into (filters.glued), not over the words a
space parts it from. In a bold sans-serif a space is about half an average character ink to ink:
on scene code_review (a pull request's '<login> approved these changes', 13 px, the login bold)
the login's finding grew over 'approved these', the memory learnt that phrase instead of the
login, and the same login alone in the Reviewers sidebar stayed readable after a scroll. Boxes
as the analysis's OCR read that frame; the login is invented."""

from pipeline.core.types import Box, Layout, OcrWord, TextLine
from pipeline.detection.detector import DetectConfig, Detector
from pipeline.detection.memory import ValueMemory

LOGIN = "tpellow"


def _line(*words: tuple[str, int, int, int, int]) -> TextLine:
    return TextLine(tuple(OcrWord(t, Box(x, y, w, h), 92.0) for t, x, y, w, h in words))


# the conversation's event line and the sidebar's Reviewers list, as read at 8 s
EVENT = _line(
    ("SM", 39, 388, 20, 18),
    (LOGIN, 68, 395, 62, 12),
    ("approved", 134, 392, 61, 14),
    ("these", 199, 392, 36, 12),
    ("changes", 240, 392, 54, 15),
)
SIDEBAR = [
    _line(("Reviewers", 977, 252, 69, 12)),
    _line(("@", 977, 272, 26, 26), ("corla88", 1009, 278, 55, 15)),
    _line(("@", 977, 304, 26, 26), (LOGIN, 1009, 308, 55, 19)),
]


def _found(layout: Layout, memory: ValueMemory) -> list[tuple[str, str]]:
    lt, spans = Detector(DetectConfig()).find_spans(layout, memory)
    return [(f.entity_type, lt.text[f.start : f.end]) for f in spans]


def test_a_login_before_its_event_is_masked_without_the_event_words():
    found = _found(Layout((EVENT,)), ValueMemory())
    assert ("USERNAME", LOGIN) in found
    assert not any("approved" in text for _, text in found)


def test_the_login_is_remembered_alone_and_found_in_the_sidebar():
    memory = ValueMemory()
    _found(Layout((EVENT,)), memory)
    lt, spans = Detector(DetectConfig()).find_spans(Layout(tuple(SIDEBAR)), memory)
    sidebar = [lt.text[f.start : f.end] for f in spans if f.entity_type == "USERNAME"]
    assert LOGIN in sidebar


def test_a_split_narrower_than_the_lines_spaces_is_still_glued():
    # a key split by OCR at 0.45 of a character, on a line whose spaces are a whole character
    line = _line(
        ("export", 10, 100, 48, 12),
        ("API_TOKEN=ghp_4Kq9", 66, 100, 144, 12),
        ("Zt7wLm2Rx8", 214, 100, 80, 12),
        ("#", 302, 100, 8, 12),
        ("prod", 318, 100, 32, 12),
    )
    found = _found(Layout((line,)), ValueMemory())
    assert any("Zt7wLm2Rx8" in text and "ghp_4Kq9" in text for _, text in found), found
