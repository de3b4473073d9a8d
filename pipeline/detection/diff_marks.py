"""Values glued to a word diff's markers: `git diff --word-diff` and `wdiff` print a changed
word run as `[-old words-]{+new words+}`, the markers touching the values they wrap
("ring [-07700 900123-]{+07700 900456+} first", "[-<First> <Last>-]{+<First> <Last>+}").
OCR reads "[-07700", "<Last>-]{+<First>" and "<address>-]" as words: the phone number's
pattern needs a boundary before its digits, the name finders see no name in a word holding
brackets or two names, and an e-mail address ending in "-]" is no address. `without_marks`
reads a line that holds a marked run with its markers as words of their own: its words are cut
before and after them (their boxes in proportion to their characters). Other lines, and layouts
with no marked run, are returned as they are.
"""

from __future__ import annotations

import re

from pipeline.core.types import Layout, OcrWord, TextLine
from pipeline.detection.word_cuts import cut_word

# a removed run "[-...-]" or an added run "{+...+}" on one line, its words inside
_MARKED = re.compile(r"\[-(?=\S).*?(?<=\S)-\]|\{\+(?=\S).*?(?<=\S)\+\}")
_MARKER = re.compile(r"\[-|-\]|\{\+|\+\}")


def without_marks(layout: Layout) -> Layout:
    """`layout` with the word-diff markers of its marked lines cut off the words they touch."""
    lines = [_unmarked(line) if _MARKED.search(" ".join(w.text for w in line.words)) else line for line in layout.lines]
    if all(new is old for new, old in zip(lines, layout.lines, strict=True)):
        return layout
    return Layout(tuple(lines), layout.fields)


def _unmarked(line: TextLine) -> TextLine:
    return TextLine(tuple(part for word in line.words for part in _cut(word)))


def _cut(word: OcrWord) -> list[OcrWord]:
    """`word` cut before and after each of its markers, each part boxed where its characters
    lie; the markers stay words of their own, so a removed name and the added one beside it
    ("[-<First> <Last>-]{+<First> <Last>+}") are two runs of words, not one."""
    return cut_word(word, (i for m in _MARKER.finditer(word.text) for i in m.span()))
