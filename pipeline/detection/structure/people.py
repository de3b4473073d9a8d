"""People lists under a heading: a side panel's "Reviewers", "Assignees", "Participants".

A code host's pull request, an issue tracker's ticket, a document's sharing panel list the people
involved in a narrow column beside the page: a heading, then one row per person, an avatar (read
as its initials, "SM", or as "@") and the person's login or display name. Nothing on the row says
what the word is; the heading does. A login seen elsewhere on the page ("<login> approved these
changes") is found again there by the memory, but a reviewer who has not acted yet is named only
in the list, and after a scroll the list may come back without the line that named them.

`PeopleListFinder` takes the rows under such a heading (models/structure.yaml `people_headings`)
in the heading's column, up to the next heading or a gap: a row's one word shaped like a login
(letters, digits, '-', '_', '.'; not a common English word, unless it has a digit or a joiner) is
a USERNAME; two or three capitalised words are a PERSON (a display name). Rows of prose ("No
reviews", "Request review", "Awaiting review from ...") and of common words stay.
"""

from __future__ import annotations

import regex
from wordfreq import zipf_frequency

from pipeline.detection.structure.vocabulary import EDGE_PUNCTUATION, phrase_key
from pipeline.detection.text import LayoutText, LineRef, SpanFinding, WordRef

RECOGNIZER = "structure/people_list"
SCORE = 0.85
BLOCK_GAP_LINE_HEIGHTS = 2.0  # the list ends where the next row is further below than this
MAX_ROWS = 12
MAX_HEADING_WORDS = 3
COLUMN_GAP_HEIGHTS = 3.0  # words this far (in line heights) from the heading's are another column
INDENT_HEIGHTS = 2.5  # a row's first word starts at most this far left or right of the heading
MAX_ICON_CHARS = 3  # an avatar read as letters: "SM", "EE)", "@", "Ee}"
COMMON_WORD_ZIPF = 3.0  # wordfreq's scale: "review" 4.4, a login like "jdoyle" below 2
_LOGIN = regex.compile(r"@?[A-Za-z0-9](?:[A-Za-z0-9]|[-_.](?=[A-Za-z0-9])){1,38}")
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}'’-]*\.?|(?:Mac|Mc|Ó|Ní|Nic|van|von|de|O['’])")


class PeopleListFinder:
    def __init__(self, headings: frozenset[str], entities: frozenset[str]):
        self.headings = headings
        self.first_words = frozenset(h.split()[0] for h in headings)
        self.entities = entities

    def find(self, lt: LayoutText) -> list[SpanFinding]:
        findings: list[SpanFinding] = []
        for index, line in enumerate(lt.lines):
            heading = self._heading(lt, line)
            if heading is None:
                continue
            for row in self._rows(lt, index, heading):
                findings.extend(self._person(lt, row))
        return findings

    def _heading(self, lt: LayoutText, line: LineRef) -> list[WordRef] | None:
        """The words of a people heading on `line`, standing apart from the line's other words."""
        words = line.words
        keys = [phrase_key([lt.text[w.start : w.end]]) for w in words]
        for i, key in enumerate(keys):
            if key.split(" ", 1)[0] not in self.first_words:  # a set lookup before any phrase is built
                continue
            for n in range(min(MAX_HEADING_WORDS, len(words) - i), 0, -1):
                if phrase_key([lt.text[w.start : w.end] for w in words[i : i + n]]) not in self.headings:
                    continue
                gap = COLUMN_GAP_HEIGHTS * line.height
                before_apart = i == 0 or words[i].box.x - words[i - 1].box.x2 > gap
                after = words[i + n :]
                after_apart = not after or after[0].box.x - words[i + n - 1].box.x2 > gap or _count_only(lt, after)
                if before_apart and after_apart:
                    return list(words[i : i + n])
        return None

    def _rows(self, lt: LayoutText, heading_line: int, heading: list[WordRef]) -> list[list[WordRef]]:
        """The rows of the list under `heading`: each row's words in the heading's column."""
        top = heading[0].box
        height = max(w.box.h for w in heading)
        x = top.x
        below = sorted(
            (ln for ln in lt.lines[heading_line + 1 :] if ln.box.y >= top.y2 - height / 2), key=lambda ln: ln.box.y
        )
        rows: list[list[WordRef]] = []
        last_y2 = max(w.box.y2 for w in heading)
        for line in below:
            column = _in_column(line, x, height)
            if not column:
                continue
            y = min(w.box.y for w in column)
            if y - last_y2 > BLOCK_GAP_LINE_HEIGHTS * height or len(rows) >= MAX_ROWS:
                break
            if self._heading(lt, line) is not None or _section(lt, column):
                break
            rows.append(column)
            last_y2 = max(last_y2, max(w.box.y2 for w in column))
        return rows

    def _person(self, lt: LayoutText, row: list[WordRef]) -> list[SpanFinding]:
        words = _core(lt, row)
        texts = [lt.text[w.start : w.end] for w in words]
        if len(words) == 1 and "USERNAME" in self.entities:
            token = texts[0].strip(EDGE_PUNCTUATION)
            # an avatar's initials alone: the row's name was not read (the gate's output frame,
            # where the name is masked and its status dot at the mask's edge read as a letter)
            if _LOGIN.fullmatch(token) and not _common(token) and not _initials(token):
                offset = texts[0].find(token)
                a = words[0].start + offset
                return [SpanFinding(a, a + len(token), "USERNAME", SCORE, RECOGNIZER)]
        if (
            2 <= len(words) <= 3
            and "PERSON" in self.entities
            and all(_NAME_WORD.fullmatch(t) for t in texts)
            and not all(_common(t) for t in texts)
        ):
            return [SpanFinding(words[0].start, words[-1].end, "PERSON", SCORE, RECOGNIZER)]
        return []


def _in_column(line: LineRef, x: int, height: int) -> list[WordRef]:
    """The words of `line` in the column starting at `x`: from the first word starting near x,
    on while the gaps stay below a column's gap."""
    words = line.words
    first = next((i for i, w in enumerate(words) if abs(w.box.x - x) <= INDENT_HEIGHTS * height), None)
    if first is None:
        return []
    column = [words[first]]
    for w in words[first + 1 :]:
        if w.box.x - column[-1].box.x2 > COLUMN_GAP_HEIGHTS * height:
            break
        column.append(w)
    return column


def _core(lt: LayoutText, row: list[WordRef]) -> list[WordRef]:
    """A row's words without the avatar before them and a status icon after them."""
    texts = [lt.text[w.start : w.end] for w in row]
    start = 0
    while start < len(row) - 1 and _icon(texts[start]):
        start += 1
    end = len(row)
    while end - 1 > start and _icon(texts[end - 1]) and not texts[end - 1].isalnum():
        end -= 1
    return row[start:end]


def _section(lt: LayoutText, row: list[WordRef]) -> bool:
    """The next section's heading ("Labels", "Milestone"), or the panel's prose: a row without
    an avatar, of common words only."""
    core = _core(lt, row)
    return len(core) == len(row) and all(_common(lt.text[w.start : w.end].strip(EDGE_PUNCTUATION)) for w in core)


def _icon(text: str) -> bool:
    """An avatar or a status icon read as a word: a few characters, capitals or no letters."""
    return len(text) <= MAX_ICON_CHARS and (text.isupper() or not text.isalnum() or not text.isalpha())


def _initials(token: str) -> bool:
    """An avatar's initials ("SM"): a few capitals, no login (logins are written in small letters
    or with digits and joiners)."""
    return len(token) <= MAX_ICON_CHARS and token.isalpha() and token.isupper()


def _count_only(lt: LayoutText, words: tuple[WordRef, ...]) -> bool:
    """A heading's count or settings icon after it ("Participants 3", "Reviewers ⚙"), no word
    ("Shared with me" is a navigation item)."""
    return len(words) <= 2 and all(
        len(text) <= 3 and not any(ch.isalpha() for ch in text) for text in (lt.text[w.start : w.end] for w in words)
    )


def _common(token: str) -> bool:
    """An English word ("review", "none", "suggestions"): a login has a digit or a joiner, or is
    no word English writes often."""
    token = token.lstrip("@")
    if any(ch.isdigit() or ch in "-_." for ch in token):
        return False
    return zipf_frequency(token.lower(), "en") >= COMMON_WORD_ZIPF
