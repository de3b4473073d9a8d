"""A row an edge cuts teaches nothing, and a company is no person in an organisation's column.

crm_grid (issue 17): NER took the company names of a grid's last, half-scrolled row for persons
(the row's letters cut by the grid's bottom edge, a word cut off), the value memory learnt them
and their words, and the Company column's first words were then masked on every row for the
rest of the recording (the gate reported the words as pieces of a person seen: a false block).
(a) A line much less tall than the lines above and below it in its column is clipped: its
NER-only findings are masked (fail closed) but not learnt. (b) In a column whose header names an
organisation ("Company", "Employer", "Supplier", the language packs' words), NER's person is none
unless its first word is a given name the lexicon knows: a sole trader's "<First> <Last>
Plumbing" stays masked; other recognizers (e-mail, labels) are unaffected. Values are invented.
"""

from pipeline.analysis.analyzer import AnalysisConfig, ScreenAnalyzer
from pipeline.analysis.values import SeenValues
from pipeline.core.layout import group_lines
from pipeline.core.types import Box, Detection, Layout, OcrWord
from pipeline.detection.clipped import clipped_line, on_clipped_line
from pipeline.detection.memory import ValueMemory
from pipeline.detection.text import LayoutText
from pipeline.media.probe import probe
from tests.helpers import FakeDetector, draw_screen, screen_clip

COMPANY = "Trask Penhallow"  # a made-up company NER reads as a person's name


def _layout(cells: list[tuple[int, int, str, int]], char_w: int = 7) -> Layout:
    words = []
    for x, y, text, height in cells:
        for part in text.split():
            words.append(OcrWord(part, Box(x, y, char_w * len(part), height), 92.0))
            x += char_w * len(part) + 5
    return Layout(group_lines(words).lines)


def _panel(last_height: int) -> Layout:
    """A side panel's list, its last line at the panel's bottom edge (cut when `last_height` is
    small: only the top of its letters shows)."""
    return _layout(
        [
            (40, 100, "Signed in as support", 13),
            (40, 124, "Recent visitors:", 13),
            (40, 148, "Granby Marsh", last_height),
        ]
    )


def test_a_clipped_lines_ner_person_is_masked_but_not_learnt(detector):
    memory = ValueMemory()
    lt, findings = detector.find_spans(_panel(7), memory)
    assert "Granby Marsh" in {lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"}
    assert not memory.find("Granby Marsh"), "a clipped line's NER person was learnt"
    assert not memory.name_parts & {"granby", "marsh"}


def test_a_clipped_lines_ner_person_says_so_to_the_gate(detector):
    cut = [d for d in detector.detect(_panel(7), ValueMemory()) if d.entity_type == "PERSON"]
    assert cut and all(on_clipped_line(d.recognizer) for d in cut)
    whole = [d for d in detector.detect(_panel(13), ValueMemory()) if d.entity_type == "PERSON"]
    assert whole and not any(on_clipped_line(d.recognizer) for d in whole)


class _Tagged(FakeDetector):
    """NER's persons as the detector gives them: one on a clipped line, one on a whole one."""

    def detect(self, layout: Layout, memory=None) -> list[Detection]:
        found = []
        for line in layout.lines:
            text = " ".join(w.text for w in line.words)
            box = Box.union_all(w.box for w in line.words)
            if "Granby" in text and box is not None:
                found.append(Detection("PERSON", 0.85, box.pad(2), "SpacyRecognizer:clipped", "a" * 16))
            if "Quennell" in text and box is not None:
                found.append(Detection("PERSON", 0.85, box.pad(2), "SpacyRecognizer", "b" * 16))
        return found


def test_the_gate_sees_no_value_of_a_clipped_line(engine, tmp_path):
    rows = [(40, 30, "Recent visitors"), (40, 70, "Ellen Quennell"), (40, 110, "Granby Marsh")]
    image = draw_screen(rows, (320, 180))
    clip = screen_clip(tmp_path / "panel.mp4", [image] * 4, 4.0)
    seen = SeenValues()
    analyzer = ScreenAnalyzer(probe(clip), engine, _Tagged(), AnalysisConfig(), values=seen)
    for index in range(4):
        analyzer.process_frame(index, index / 4.0, image)
    tracks, _ = analyzer.finish()
    assert len([t for t in tracks if t.entity_type == "PERSON"]) == 2, "both are masked"
    assert len(seen) == 1, "the clipped line's value was kept for the gate"


def test_a_whole_lines_ner_person_is_learnt(detector):
    memory = ValueMemory()
    lt, findings = detector.find_spans(_panel(13), memory)
    assert "Granby Marsh" in {lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"}
    assert memory.find("Granby Marsh")


def test_which_lines_are_clipped():
    cut = LayoutText(_panel(7))
    assert clipped_line(cut, 2)
    assert not clipped_line(cut, 1)
    whole = LayoutText(_panel(13))
    assert not any(clipped_line(whole, i) for i in range(3))
    # a caption under a heading has one line above it: nothing says it is cut
    heading = LayoutText(_layout([(40, 100, "Account overview", 24), (40, 130, "Updated daily", 11)]))
    assert not clipped_line(heading, 1)
    # a grid's last row, cut by the grid's bottom edge: the rows above say it is cut
    grid = LayoutText(
        _layout(
            [(20, 100, "101", 13), (80, 100, "Alpha Row", 13)]
            + [(20, 124, "102", 13), (80, 124, "Beta Row", 13)]
            + [(20, 148, "103", 6), (80, 148, "Gamma Row", 6)]
        )
    )
    assert [clipped_line(grid, i) for i in range(len(grid.lines))] == [False, False, True]


def _grid(header: str, company: str) -> Layout:
    cells = [(20, 76, "ID", 13), (80, 76, "Name", 13), (260, 76, header, 13), (460, 76, "Email", 13)]
    cells += [(680, 76, "City", 13)]
    people = [
        ("Ellen Quennell", "ellen.q@example.com"),
        ("Tobias Oxborrow", "toby@example.org"),
        ("Miriam Ashdown", "m.ashdown@example.net"),
        ("Daniel Devereux", "dd@example.com"),
    ]
    companies = ["Harbourline Optics", company, "Stonegate Joinery", "Fernway Cycles"]
    for i, ((name, email), firm) in enumerate(zip(people, companies, strict=True)):
        y = 100 + 24 * i
        cells += [(20, y, str(100 + i), 13), (80, y, name, 13), (260, y, firm, 13), (460, y, email, 13)]
        cells += [(680, y, "Leeds", 13)]
    return _layout(cells)


def _persons(detector, layout: Layout) -> set[str]:
    lt, findings = detector.find_spans(layout, ValueMemory())
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"}


def test_ner_person_in_an_organisation_column_is_none(detector):
    for header in ("Company", "Employer", "Supplier", "Société", "Firma", "Empresa"):
        persons = _persons(detector, _grid(header, COMPANY))
        assert COMPANY not in persons, header
        assert {"Tobias Oxborrow", "Daniel Devereux"} <= persons, header  # the Name column's


def test_a_sole_trader_and_other_columns_stay_persons(detector):
    # a company that opens with a given name: a sole trader's business
    assert "Sarah Quennell" in _persons(detector, _grid("Company", "Sarah Quennell Plumbing"))
    # the same cell under a column that names no organisation
    assert COMPANY in _persons(detector, _grid("Region", COMPANY))


def test_an_organisation_column_keeps_its_e_mails(detector):
    layout = _grid("Company", "j.penhallow@example.com")
    lt, findings = detector.find_spans(layout, ValueMemory())
    assert "j.penhallow@example.com" in {lt.text[f.start : f.end] for f in findings if f.entity_type == "EMAIL_ADDRESS"}
