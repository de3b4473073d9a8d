"""Headed blocks: what sits under a "Recovery codes", "API keys" or "Private key" heading is a
secret, whatever its shape.

One-time recovery codes (`4f9k-2m8q`), a key's lines, a token printed alone: none has a label on
its own line, and a pattern for each vendor's shape never ends. The heading says what the block
holds. Every code-like word of the lines under it (up to the next gap wider than the block's
line spacing) is SECRET; prose ("Each code can be used once") and buttons stay readable.

A random code can come out without a digit (`euay-gbjr`: about one 8-character code in fourteen
drawn from letters and digits), which alone looks like prose. Beside the block's other codes it
is not: a word with the shape of two or more of them (the same length, the same joiners at the
same places) is a code too, unless its parts are all common English words ("used-once").

An assignment line (`XDG_RUNTIME_DIR=/run/user/1000`, `LANG=en_GB.UTF-8`: `env`'s output, a
`.env` file) is no code of a block: its own key names its value, and the label pass finds the
secret ones by that key (`AWS_SECRET_ACCESS_KEY=...`). Under a line that only reads as a heading
("AWS SECRET ACCESS KEY" where the gate reads `env` with that variable's value masked, the `=`
under the blur) every path and locale printed below was a "secret".
"""

from __future__ import annotations

from collections import Counter

import regex
from wordfreq import zipf_frequency

from pipeline.detection.structure.vocabulary import EDGE_PUNCTUATION, Vocabulary, phrase_key
from pipeline.detection.text import LayoutText, LineRef, SpanFinding, WordRef

RECOGNIZER = "structure/secret_block"
SCORE = 0.85
BLOCK_GAP_LINE_HEIGHTS = 2.2  # a block ends where the next line is further below than this
# ... unless no code came yet and the line after the gap holds one: the heading's explanation
# over a panel of codes ("Save your backup codes / If you lose your phone, ... / [codes]")
PANEL_GAP_LINE_HEIGHTS = 4.5
MAX_BLOCK_LINES = 24
EXTRA_HEADING_WORDS = 3  # "Your recovery codes", "Save your backup codes": a heading, not prose
_CODE_PUNCTUATION = frozenset("-_.+/=:")
SIBLINGS_FOR_SHAPE = 2  # codes of one shape that make a digitless word of that shape a code
_COMMAND_CHARS = frozenset("$|=")
# a line starting with `KEY=value` (OCR may read the key's underscores as spaces): no base64 line,
# whose only "=" are its padding at the end
_ASSIGNMENT = regex.compile(r"[A-Za-z_][A-Za-z0-9_.-]*(?:[ ][A-Za-z0-9_.-]+){0,4}[ ]?=[ ]?[^=\s]")
DIGIT_GROUP = (3, 5)  # digits in one group of a code printed in groups ("4172 3096")
MAX_DIGIT_GROUPS = 4
COMMON_WORD_ZIPF = 3.0  # wordfreq's scale: "once" 5.5, "abcd" 2.4, "euay" 0


class SecretBlockFinder:
    def __init__(self, vocabulary: Vocabulary):
        self.vocabulary = vocabulary

    def find(self, lt: LayoutText) -> list[SpanFinding]:
        findings: list[SpanFinding] = []
        for index, line in enumerate(lt.lines):
            if not self._is_heading(lt, line):
                continue
            block = [below for below in self._block(lt, index) if not _assignment(lt, below)]
            words = [token for below in block for token in _tokens(lt, below)]
            codes = [text for _, _, text in words if code_like(text)]
            shapes = Counter(code_shape(text) for text in codes)
            findings.extend(
                SpanFinding(start, end, "SECRET", SCORE, RECOGNIZER)
                for start, end, text in words
                if code_like(text) or (shapes[code_shape(text)] >= SIBLINGS_FOR_SHAPE and not _prose(text))
            )
        return findings

    def _is_heading(self, lt: LayoutText, line: LineRef) -> bool:
        words = [lt.text[w.start : w.end] for w in line.words]
        if not words or len(words) > self.vocabulary.longest + EXTRA_HEADING_WORDS:
            return False
        if any(ch in _COMMAND_CHARS for word in words for ch in word):
            return False  # a command or an assignment ("env | grep -E 'TOKEN|KEY'", "KEY=..."), no heading
        for n in range(min(self.vocabulary.longest, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                if phrase_key(words[i : i + n]) in self.vocabulary.secret_headings:
                    return True
        return False

    def _block(self, lt: LayoutText, heading: int) -> list[LineRef]:
        top = lt.lines[heading]
        below = sorted(
            (ln for ln in lt.lines[heading + 1 :] if ln.box.y >= top.box.y2 - top.height / 2), key=lambda ln: ln.box.y
        )
        block: list[LineRef] = []
        counted = 0  # lines with text: a panel's dashed border read as stray marks uses up none
        last_y2 = top.box.y2
        # where another panel's text beside the heading, on its row, starts: its lines are none
        # of the block (a table's row level with a "Secret Recovery Phrase" card's heading)
        beside = [
            ln.box.x
            for ln in lt.lines
            if ln is not top and ln.box.x >= top.box.x2 and ln.box.y < top.box.y2 and ln.box.y2 > top.box.y
        ]
        side_x: int | None = min(beside) if beside else None
        coded = False  # whether a line of the block so far holds a code
        for line in below:
            gap, height = line.box.y - last_y2, max(top.height, line.height)
            if gap > BLOCK_GAP_LINE_HEIGHTS * height and (
                coded or gap > PANEL_GAP_LINE_HEIGHTS * height or not _holds_code(lt, line)
            ):
                break  # past the block; but the heading's explanation may stand over the codes' panel
            if line.box.x2 < top.box.x - 4 * top.height:
                continue  # a panel to the left, not the block
            if line.box.y < top.box.y2 and line.box.x >= top.box.x2:
                # beside the heading, on its row: another panel's (a table's row level with a
                # "Secret Recovery Phrase" card's heading), and its lines below are none either
                side_x = line.box.x if side_x is None else min(side_x, line.box.x)
                continue
            if side_x is not None and line.box.x >= side_x - top.height:
                continue
            if self._is_heading(lt, line) or _prompt(lt, line) or counted >= MAX_BLOCK_LINES:
                break  # a shell prompt starts the next command: the block was one command's output
            block.append(line)
            coded = coded or _holds_code(lt, line)
            counted += any(sum(ch.isalnum() for ch in lt.text[w.start : w.end]) >= 2 for w in line.words)
            last_y2 = max(last_y2, line.box.y2)
        return block


def _tokens(lt: LayoutText, line: LineRef) -> list[tuple[int, int, str]]:
    """The line's words as (start, end, text), with a code printed in groups of digits joined
    into one ("4172 3096": two-step verification's backup codes, eight digits as two groups of
    four). Each group alone is too short a number to be a code; groups of DIGIT_GROUP digits
    set a space apart (at most a line height) are one code, up to MAX_DIGIT_GROUPS of them."""
    tokens: list[tuple[int, int, str]] = []
    run: list[WordRef] = []

    def close() -> None:
        if len(run) >= 2:
            tokens.append((run[0].start, run[-1].end, "".join(lt.text[w.start : w.end] for w in run)))
        else:
            tokens.extend((w.start, w.end, lt.text[w.start : w.end]) for w in run)
        run.clear()

    for word in line.words:
        text = lt.text[word.start : word.end]
        group = text.isdigit() and DIGIT_GROUP[0] <= len(text) <= DIGIT_GROUP[1]
        if run and not (group and len(run) < MAX_DIGIT_GROUPS and word.box.x - run[-1].box.x2 <= line.height):
            close()
        if group:
            run.append(word)
        else:
            tokens.append((word.start, word.end, text))
    close()
    return tokens


def _holds_code(lt: LayoutText, line: LineRef) -> bool:
    return any(code_like(text) for _, _, text in _tokens(lt, line))


def _prompt(lt: LayoutText, line: LineRef) -> bool:
    """A shell prompt's line: a word ending in "$" ("user@host:~$", "$")."""
    return any(lt.text[w.start : w.end].endswith("$") for w in line.words)


def _assignment(lt: LayoutText, line: LineRef) -> bool:
    """A `KEY=value` line (`env`'s output, a `.env` file): its key, not a heading, names its value."""
    return _ASSIGNMENT.match(lt.text, line.start, line.end) is not None


def code_like(word: str) -> bool:
    """A one-time code, key or token: letters and digits (with a few joiners), at least one digit,
    or a long run without a vowel-rich word in it."""
    token = word.strip(EDGE_PUNCTUATION)
    if len(token) < 4 or not all(ch.isalnum() or ch in _CODE_PUNCTUATION for ch in token):
        return False
    digits = sum(ch.isdigit() for ch in token)
    if digits and (digits < len(token) or len(token) >= 6):
        return True
    letters = [ch for ch in token.lower() if ch.isalpha()]
    vowels = sum(ch in "aeiouy" for ch in letters)
    return len(token) >= 10 and vowels <= len(letters) // 5


def code_shape(word: str) -> tuple[int, tuple[tuple[int, str], ...]]:
    """A code's length and where its joiners stand: `884q-kdu3` and `euay-gbjr` share one."""
    token = word.strip(EDGE_PUNCTUATION)
    return len(token), tuple((i, ch) for i, ch in enumerate(token) if ch in _CODE_PUNCTUATION)


def _prose(word: str) -> bool:
    """Not a code: too short, a character no code has, or parts that are all common words."""
    token = word.strip(EDGE_PUNCTUATION)
    if len(token) < 4 or not all(ch.isalnum() or ch in _CODE_PUNCTUATION for ch in token):
        return True
    parts = [p for p in "".join(ch if ch.isalnum() else " " for ch in token).split() if p]
    return all(p.isalpha() and zipf_frequency(p.lower(), "en") >= COMMON_WORD_ZIPF for p in parts)
