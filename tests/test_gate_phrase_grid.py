"""A recovery phrase's numbered grid read again with all but one cell masked is a structural
finding of the gate (issue 17 item 2c, class: a wallet's or an exchange's 'Secret Recovery
Phrase' card, 12 to 24 numbered cells). Found on crypto_wallet (corpus37/me) by benchmarks/gate.py:
the plant with the track of one cell's word removed showed that word among eleven masked cells,
and the gate passed it: a phrase's word is a short dictionary word, a piece of nothing the
analysis remembered, and RecoveryPhraseRecognizer wants a run of list words, which the masked
cells (and the cells' borders, read as '|') break. The words below are BIP-39 list words of no
recording."""

from __future__ import annotations

from pipeline.core.types import Box, Layout
from pipeline.detection.recognizers.crypto import bip39_words
from pipeline.redact.verify import phrase_words_shown, with_masked_cells
from tests.test_detect import CHAR_W, LINE_H, make_layout

CELL_CHARS = 13  # a cell: its number (4 characters) and its word (9)
ROW_PITCH = 30
TABLE_X = 60 * CHAR_W  # another panel right of the grid: a table of transfers


def _grid(shown: dict[int, str], columns: int = 4, rows: int = 3, glued: bool = False) -> tuple[Layout, list[Box]]:
    """A grid of numbered cells, the words of `shown` readable, the other cells masked (a box
    over each where the word was), and a table's rows beside it."""
    lines: list[tuple[int, int, str]] = []
    masks = []
    for r in range(rows):
        text = ""
        for c in range(columns):
            n = r * columns + c + 1
            number = f"{n}."
            word = shown.get(n, "")
            cell = (number + word) if glued and word else number.ljust(4) + word
            text += cell.ljust(CELL_CHARS)
            if not word:
                masks.append(Box((c * CELL_CHARS + 4) * CHAR_W, r * ROW_PITCH - 4, 8 * CHAR_W, LINE_H + 8))
        lines.append((0, r * ROW_PITCH, text.rstrip()))
        lines.append((TABLE_X, r * ROW_PITCH, f"0{r + 1} Dec 2026 09:0{r} Deposit GBP +500.00"))
    return make_layout(*lines), masks


def _shown(layout: Layout, masks: list[Box]) -> list[Box]:
    return phrase_words_shown(with_masked_cells(layout, masks))


def test_one_word_shown_among_masked_cells(detector):
    assert {"ocean", "window"} <= bip39_words()
    layout, masks = _grid({12: "ocean"})
    cells = with_masked_cells(layout, masks)
    assert not [d for d in detector.detect(cells) if d.entity_type == "SECRET"], "the detector alone misses it"
    found = _shown(layout, masks)
    assert len(found) == 1
    assert found[0].x >= (3 * CELL_CHARS + 4) * CHAR_W - 4 and found[0].y >= 2 * ROW_PITCH - 4
    layout, masks = _grid({3: "window", 12: "ocean"}, columns=3, rows=4)
    assert len(_shown(layout, masks)) == 2


def test_a_word_glued_to_its_number():
    layout, masks = _grid({7: "window"}, glued=True)
    found = _shown(layout, masks)
    assert len(found) == 1 and found[0].y >= ROW_PITCH - 4


def test_the_grid_masked_whole_shows_nothing():
    layout, masks = _grid({})
    assert _shown(layout, masks) == []


def test_no_finding_without_masked_cells_or_list_words():
    """The phrase shown whole is the detector's (RecoveryPhraseRecognizer); a word off the list
    in a masked grid ('Copied', a button's) is none of it."""
    words = dict(enumerate(["ocean", "window", "zebra", "gallery", "orbit", "pilot"] * 2, start=1))
    layout, _ = _grid(words)
    assert phrase_words_shown(layout) == []
    layout, masks = _grid({12: "copied"})
    assert "copied" not in bip39_words()
    assert _shown(layout, masks) == []


def test_an_editors_line_numbers_are_no_grid():
    """Numbered lines of code, some masked whole after their number, one a single list word:
    the lines of text among them are no cells."""
    rows = ["1.  █", "2.  if ready:", "3.  █", "4.  token = load(path)", "5.  █", "6.  return", "7.  █", "8.  x = 1"]
    lines = [(0, i * 20, text.replace("█", "")) for i, text in enumerate(rows)]
    masks = [Box(4 * CHAR_W, i * 20 - 4, 8 * CHAR_W, LINE_H + 8) for i, text in enumerate(rows) if "█" in text]
    assert _shown(make_layout(*lines), masks) == []
