"""Backup codes printed as two groups of digits ("1234 5678") under their heading, in a panel whose
dashed border OCR reads as stray marks (issue 16; class: two-step verification's backup-code pages,
ten numbered codes of eight digits in two columns). Each group alone is four digits, no code by
itself; the two groups together are one code. The border's marks ("'", "!", "|") are no lines of
the block and must not use up its line budget before the last codes."""

from __future__ import annotations

from pipeline.core.layout import group_lines
from pipeline.core.types import Box, OcrWord
from pipeline.detection.detector import Detector

CHAR_W, LINE_H = 9, 16

# invented codes of the shape (two groups of four digits)
CODES = (
    "4172 3096",
    "5820 7713",
    "6094 2258",
    "3367 9140",
    "7725 0481",
    "2908 6634",
    "9051 3372",
    "1846 5529",
    "3710 4486",
    "6283 1907",
)


def _words(lines: list[tuple[int, int, str]]) -> list[OcrWord]:
    words = []
    for x, y, text in lines:
        for part in text.split():
            words.append(OcrWord(part, Box(x, y, CHAR_W * len(part), LINE_H), 95.0))
            x += CHAR_W * len(part) + 8
    return words


def _screen() -> list[tuple[int, int, str]]:
    lines = [
        (250, 226, "Your backup codes"),
        (250, 254, "Keep them somewhere safe: without your phone, one of them signs you in, once."),
    ]
    for i, code in enumerate(CODES):
        row, col = divmod(i, 2)
        y = 330 + 27 * row
        lines.append((295 + 210 * col, y, f"{i + 1}. {code}"))
        lines.append((272, y + 10, "!"))  # the panel's dashed border, read as stray marks
        lines.append((690, y + 5, "'"))
        lines.append((690, y + 15, "|"))
    lines.append((273, 490, "Download Print"))
    lines.append((276, 530, "I stored these codes"))
    lines.append((271, 571, "Finish"))
    return lines


def _covered(detector: Detector, words: list[OcrWord]) -> dict[str, str]:
    out = {}
    for det in detector.detect(group_lines(words)):
        inside = [w.text for w in words if det.box.contains(w.box)]
        out[" ".join(inside)] = det.entity_type
    return out


def test_two_digit_groups_under_a_backup_codes_heading_are_one_code_each(detector):
    covered = _covered(detector, _words(_screen()))
    hidden = " ".join(text for text, entity in covered.items() if entity == "SECRET")
    for code in CODES:
        assert code in hidden, f"code {CODES.index(code) + 1} of 10 is not masked"


def test_the_headings_prose_and_buttons_stay_readable(detector):
    covered = _covered(detector, _words(_screen()))
    masked = " ".join(covered)
    for kept in ("Your", "backup", "safe:", "once.", "Download", "Print", "Finish"):
        assert kept not in masked.split()


def test_digit_groups_under_no_secret_heading_stay_readable(detector):
    """The same panel under an innocent heading: order numbers with their years are no codes."""
    lines = [(250, 226, "Your recent orders"), (250, 254, "Orders placed in the last two years.")]
    lines += [(295, 330 + 27 * i, f"{i + 1}. 2025 Order {i + 7}") for i in range(4)]
    covered = _covered(detector, _words(lines))
    assert not any(entity == "SECRET" for entity in covered.values())
