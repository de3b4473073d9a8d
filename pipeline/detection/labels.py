"""Values beside or below field labels ("Password:", a "Name" label above its input, a CSV
column under a "payee" header).

The label pass needs the screen's geometry, so it works on the `LayoutText`, not inside
Presidio. Its label table is data (models/detection.yaml, sections `labels` and
`label_search`); `LabelValueFinder.from_config` compiles it once per detector.

Nothing here logs or raises with detected text.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import regex

from pipeline.core.types import Box
from pipeline.detection.markup import html_tag_at
from pipeline.detection.masked_values import masked_by_page
from pipeline.detection.schema import LABEL_FLAGS, LabelDoc, LabelSearchDoc, compiled
from pipeline.detection.structure.form_rows import back_at_caption
from pipeline.detection.text import LayoutText, LineRef, SpanFinding, WordRef, span_box, words_inside


@dataclass(frozen=True)
class LabelGroup:
    key: str
    entity: str
    label_re: Any  # compiled regex of all label alternatives
    not_after: frozenset[str]
    value_re: Any
    bare_value_re: Any | None
    max_words: int
    below: bool
    score: float
    below_lines: int = 1  # stacked lines of one block a value below its label may take
    above: bool = False  # the label may be a caption under its value
    members: bool = False  # an object under its key holds its values (JSON, YAML)
    member_re: Any = None  # keys of members that hold its parts (`name: { first: .., last: .. }`)
    # (label, value) regexes, each matched whole: the label's value of that shape is no value
    # of the group's type (the shell's `PWD=/home/...`: a directory)
    other_meanings: tuple[tuple[Any, Any], ...] = ()
    # the labels matched misread by a letter or two (models/detection.yaml `misread`), or None
    misread_re: Any = None
    # the labels as written with spaces only: a label matched only as an identifier
    # ("firstName", "first_name") is one only before a separator (see _identifier_joins)
    spaced_re: Any = None

    def ruled_out_by(self, before: str) -> bool:
        """Whether the word before a label makes it another field (`not_after`: "Change
        password"). A masked word (`MASKED_VALUE`, as the gate reads one the plan masked) may
        have been one of them: the analysis read it and judged the caption, and the gate, which
        cannot, does not take the rest for the label ("User <mask> password   Yes")."""
        return before in self.not_after or (bool(self.not_after) and before == MASKED_VALUE)

    def means_other(self, label: str, value: str) -> bool:
        """Whether `value` after `label` is something else than this group's type."""
        return any(lab.fullmatch(label) and val.fullmatch(value) for lab, val in self.other_meanings)


@dataclass(frozen=True)
class LabelSearch:
    """How far from its label a value may be, in line heights (models/detection.yaml `label_search`)."""

    word_gap: float  # words closer than this belong to the same value
    sep_gap: float  # a label-to-value gap at least this wide separates like ":"
    below_max: float  # a value below its label at most this far down
    right_max: float  # a value right of its label on another OCR line at most this far
    reject_values: Any  # compiled regex of values never reported, or None


# What may sit between a label and its value: an optional "(...)" / "*" marker, then a
# separator such as ":", "=", ":=", "=>", optionally inside quotes (JSON/YAML/INI lines).
# A filler word ("my password is x") is skipped but does not count as a separator, so the
# stricter bare-value shape still applies ("password is incorrect" is prose).
# After a caption, its translation and the field's number: an identity document's bilingual
# captions ("Surname / Nom (1)", "Date of birth / Date de naissance (4)") hold their values on
# the line below. So does a caption with the format its date is typed in, in the form's language
# ("Geburtsdatum (TT.MM.JJJJ)", "Date de naissance (JJ/MM/AAAA)", "Date of birth (DD/MM/YYYY)"),
# its letters read short or lost when the form is scaled down ("(TT.MM.J)", "(T.M.)").
_CAPTION_TAIL = regex.compile(
    r"(?:/[ ]+\p{L}[\p{L} '’.-]{0,40}?)?[ ]*(?:\(\d{1,2}\)|(?i:\((?:[dmytja]{1,4}[ ./-]){1,2}[dmytja]{0,4}\)))?"
)
_ASSIGNMENTS = frozenset({"=", ":=", "=>", "->"})  # separators after which a value is never below
_SEPARATOR = regex.compile(
    r"""["'“”‘’\]\)]?[ ]*\*?[ ]*"""
    r"""(?:(?P<sep>:=|=>|->|[:=])[ ]*["'“”‘’]?|(?P<quote>["'“”‘’])[ ]*|(?P<filler>(?:is|was|ist|lautet|=)[ ]+))?""",
    LABEL_FLAGS,
)
_TRIM_CHARS = "\"'`“”‘’,;[]|"  # quotes (straight, or curly as OCR reads them small), input-box borders read as [ ] |
# the quote that closes a value opened by each quote (OCR reads a straight one as curly in small
# text), where the next member, the object's end or the word's end follows it ("O'Neill" keeps its
# apostrophe)
_CLOSING_QUOTES = {
    **{q: regex.compile(r'["“”](?=[ ]*(?:[,;}\])]|$))') for q in '"“”'},
    **{q: regex.compile(r"['‘’](?=[ ]*(?:[,;}\])]|$))") for q in "'‘’"},
}
# a word alone made of these before a value is a box's border: the field's own, or the right edge of
# the field beside it on the row, read glued to the value's line (") 85961148")
_BORDER_CHARS = _TRIM_CHARS + "(){}"
_NEXT_WORD = regex.compile(r"[ ][^\W\d_]{3,}")  # a label's next word, letters only
_COUNTRY_KEY = regex.compile(r"(?i)country(?:[ _-]?(?:code|name|iso))?|nation|iso[ _-]?country")
_CAPTION_END = regex.compile(r"[^\W\d_]{2,}[:：]")  # a caption's last word, letters, its colon
_DETAIL_SEPARATORS = frozenset("·•|-–—")  # a word of these alone parts a value from details after it
# a subtitle's detail separator right before a label, after a word ("Organiser · Parent/Guardian",
# "·" read as "-"): the label is one of the details, no caption
_DETAIL_BEFORE = regex.compile(r"\w[ ]+[·•\-–—][ ]+$")
# the end of one detail of a subtitle: the next separator between spaces, or the line's end
_DETAIL_END = regex.compile(r"[ ]+[·•|\-–—][ ]+|$")
_DIGIT_GROUP = regex.compile(r"\+?\d{1,4}")  # one group of a number printed in groups ("006", "+33")
GROUPED_NUMBER_WORDS = 8  # the most groups one number is printed in ("1 85 05 78 006 084 36": a French NIR)
BELOW = "below"  # the placement of a value found on a line below its label
STRAY_LETTERS = 3  # a word this short after a caption under a label is read off something else
# What the verification gate reads where the plan masked a value (redact/verify.py MASKED_CELL, a
# full block): a label's value there is masked, no other text is its value
MASKED_VALUE = "\u2588"
# A line that starts at a shell's prompt: PowerShell's "PS C:\\...>", cmd's "C:\\...>", a Unix
# shell's "user@host:~$" or "[user@host ~]#". A command typed there is no value below a label.
_PROMPT_START = regex.compile(r"PS[ ][A-Za-z]:|[A-Za-z]:\\\S*>(?:[ ]|$)|\S*[@:~\]]\S*[$#](?:[ ]|$)")
# A street line's last word ("14 Quay Street" on a receipt's or a letterhead's address block):
# a house number and one to three capitalised words before the label on its line, from the
# line's start, a comma or another caption's colon ("Sub-location: 14 Quay Street" in a photo's
# metadata); the word is the street's, no caption of the line under it
_STREET_BEFORE = regex.compile(r"(?:^|[,:][ ])\d{1,5}[A-Za-z]?(?:[ ]\p{Lu}[\p{L}'’.-]*){1,3}[ ]$")
# words before a label that still make it a field's caption ("Confirm date of birth")
_CAPTION_QUALIFIERS = frozenset(
    {"confirm", "re-enter", "reenter", "retype", "re-type", "repeat", "verify", "new", "current", "old", "your"}
    # the language packs' forms ("Neues Passwort", "Nouveau mot de passe", "Nueva contraseña")
    | {"neues", "neue", "aktuelles", "altes", "bisheriges", "nouveau", "nouvelle", "actuel", "nuevo", "nueva"}
)
# ... and after it ("Neues Passwort bestätigen", "E-Mail wiederholen", "Password (again)")
_CAPTION_TRAILERS = frozenset({"again", "(again)", "(confirm)", "bestätigen", "(bestätigen)", "wiederholen", "erneut"})
ABOVE = "above"  # the placement of a value found over its caption
CAPTION_GAP = 0.8  # caption heights at most between a value and the caption under it
CAPTION_PITCH = 0.85  # a caption's letters at most this wide of its value's, where its box is no shorter
WRAP_GAP = 0.8  # line heights between a caption's line and the line it wraps onto
HINT_FIELD_GAP = 1.5  # hint line heights at most between a field's hint and the top of its input box
# lines of help between a label and its input box: a hint, and after a failed submit the refused
# answer's message ("Date of birth / For example, 27/3/2007 / Error: You must be 18 or over / [field]")
HINT_LINES_MAX = 2
BLOCK_LINE_GAP = 1.0  # line heights between the stacked lines of one value block (an address)
OWNER_WORDS = 2  # words before a label, a possessive last, that are its caption's ("| Employee's")
COLUMN_PITCH_GROWTH = 1.8  # a column's next row this many times further than its first row from the label ends it
_ANY_WORD_TYPES = frozenset({"PASSWORD", "SECRET", "USERNAME"})  # whose values may be any word, a label's too

log = logging.getLogger(__name__)


# A label's words as a program names a field: "first_name", "date-of-birth", "firstName",
# "dateofbirth" (JSON keys, database columns, config keys; OCR reads "dateOfBirth" with a small
# "o" too). The space of a label pattern ("first[ ]name") also matches these joins; the label
# is still a whole word, and one so joined counts only as a key, before ":" or "=" (a column
# header "DisplayName" over a services list is no name label; table headers are typed by
# detection/structure, which reads identifiers itself).
_SPACE = "[ ]"
_JOIN = "[ _.-]?"


# the word "id" in a label's pattern: OCR reads a sans-serif "Id" as "ld" ("Userld", "Customer ld")
_ID_WORD = regex.compile(r"(?<![A-Za-z\\])id(?![A-Za-z])")


def _id_as_read(pattern: str) -> str:
    """A label's pattern with its word "id" also read as "ld" (a capital I read as a small l):
    an AWS user's `"Userld": "AIDA..."` in a CLI's JSON, a grid's "Customer ld" column."""
    return _ID_WORD.sub("[il]d", pattern)


def _identifier_joins(pattern: str) -> str:
    return pattern.replace(_SPACE, _JOIN)


def _assigned(text: str, end: int) -> bool:
    """Whether a separator or a quote follows the label ending at `end` (a key's ":" or "=")."""
    sep = _SEPARATOR.match(text, end)
    return bool(sep and (sep.group("sep") or sep.group("quote")))


def placed_below(recognizer: str) -> bool:
    """Whether a finding's recognizer name says the label pass found it below its label."""
    return recognizer.startswith("label:") and recognizer.endswith("/" + BELOW)


class LabelValueFinder:
    """Values beside or below field labels, from the table in models/detection.yaml."""

    def __init__(self, groups: Sequence[LabelGroup], search: LabelSearch):
        self.groups = list(groups)
        self.word_gap = search.word_gap
        self.sep_gap = search.sep_gap
        self.below_max = search.below_max
        self.right_max = search.right_max
        self.reject_values = search.reject_values
        self._label_cache: dict[str, list[tuple[int, int, LabelGroup]]] = {}
        self._misread_cache: dict[str, list[tuple[int, int, LabelGroup]]] = {}
        self._longer_cache: dict[tuple[str, int, str], int] = {}  # (line text, label start, key) -> its end

    @classmethod
    def from_config(cls, labels: Sequence[LabelDoc], search: LabelSearchDoc) -> LabelValueFinder:
        """Compile the validated table (every regex compiled alone when it was validated)."""
        groups = []
        for entry in labels:
            read = [_id_as_read(a) for a in entry.labels]
            label_re = regex.compile(
                r"(?<![\w])(?:" + "|".join(f"(?:{_identifier_joins(a)})" for a in read) + r")(?![\w])",
                LABEL_FLAGS,
            )
            spaced_re = regex.compile("|".join(f"(?:{a})" for a in read), LABEL_FLAGS)
            groups.append(
                LabelGroup(
                    key=entry.key,
                    entity=entry.entity,
                    label_re=label_re,
                    not_after=frozenset(w.lower() for w in entry.not_after),
                    value_re=compiled(entry.value, LABEL_FLAGS),
                    bare_value_re=compiled(entry.bare_value, LABEL_FLAGS) if entry.bare_value else None,
                    max_words=entry.max_words,
                    below=entry.below,
                    score=entry.score,
                    below_lines=entry.below_lines,
                    members=entry.members,
                    member_re=(
                        regex.compile("|".join(f"(?:{k})" for k in entry.member_keys), LABEL_FLAGS)
                        if entry.member_keys
                        else None
                    ),
                    above=entry.above,
                    other_meanings=tuple(
                        (compiled(o.label, LABEL_FLAGS), compiled(o.value, LABEL_FLAGS)) for o in entry.other_meanings
                    ),
                    misread_re=_misread_re(entry.labels) if entry.misread else None,
                    spaced_re=spaced_re,
                )
            )
        rejects = search.reject_values
        reject_re = regex.compile("|".join(f"(?:{r})" for r in rejects), LABEL_FLAGS) if rejects else None
        return cls(
            groups,
            LabelSearch(
                word_gap=search.word_gap_line_heights,
                sep_gap=search.separator_gap_line_heights,
                below_max=search.below_max_line_heights,
                right_max=search.right_max_line_heights,
                reject_values=reject_re,
            ),
        )

    # -- label matches -------------------------------------------------------------------

    def _labels_in_line(self, lt: LayoutText, line: LineRef) -> list[tuple[int, int, LabelGroup]]:
        text = lt.text[line.start : line.end]
        found: list[tuple[int, int, LabelGroup]] = []
        for start, end, group in self._labels_in(text):
            if group.ruled_out_by(self._word_before(lt, line, text, start)):
                continue
            found.append((line.start + start, line.start + end, group))
        found = [self._misread_longer(text, line.start, item) for item in found]
        found.extend(self._misread_labels(text, line.start, found))
        # overlapping labels: keep the longest ("User name" over "name")
        found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
        kept: list[tuple[int, int, LabelGroup]] = []
        for item in found:
            if kept and item[0] < kept[-1][1]:
                continue
            kept.append(item)
        return kept

    def _labels_in(self, text: str) -> list[tuple[int, int, LabelGroup]]:
        """The labels of one line's text, as far as the text alone says (the word before a label,
        which may be the word above it, is the caller's), remembered by the text: every label
        pattern is tried on every line, and a screen's lines are read again on every frame."""
        cached = self._label_cache.get(text)
        if cached is not None:
            return cached
        found: list[tuple[int, int, LabelGroup]] = []
        # an identifier's O read as a zero ("date0fBirth: ISODate(...)" in mongosh at 10 pt): the
        # line is read once more with each zero between two letters as an o (same length)
        reads = [text, _ZERO_IN_WORD.sub("o", text)] if _ZERO_IN_WORD.search(text) else [text]
        # a letter read off the left edge before the line's key: the line is read once more
        # with it as a space (same length); the key counts only as a key, before ":" or "="
        edged = len(reads) if _EDGE_GLYPH.match(text) else -1
        if edged >= 0:
            reads.append(_EDGE_GLYPH.sub(" ", text))
        for n, read in enumerate(reads):
            exact = list(found)
            for group in self.groups:
                for m in group.label_re.finditer(read):
                    # a pattern may take the space before its word ("- Phone": "[ ]?phone"): a label
                    # starts at its first word, or it would start on no word at all
                    start = m.start() + len(m.group()) - len(m.group().lstrip())
                    if m.end() == start or (n and any(start < e and s < m.end() for s, e, _ in exact)):
                        continue
                    if n == edged and (start != 1 or not _assigned(read, m.end())):
                        continue
                    if not group.spaced_re.fullmatch(read, start, m.end()) and not _assigned(read, m.end()):
                        continue  # "DisplayName" over a services list's column: a key only before ":" or "="
                    if _in_path(read, start) and not _assigned(read, m.end()):
                        continue  # "service.name", "user.email": a field path's last member, no caption
                    if start and read[start - 1] == "=" and not _assigned(read, m.end()):
                        continue  # "spf=pass (...)", "dkim=pass": another key's value, no caption
                    if (
                        _DETAIL_BEFORE.search(read, 0, start)
                        and not _assigned(read, m.end())
                        and not _detail_number(read, m.end(), group)
                    ):
                        continue  # "Adult · Parent/Guardian" under a member's name: a role, no caption
                    found.append((start, m.end(), group))
        if len(self._label_cache) >= LABEL_CACHE_LINES:
            self._label_cache.clear()
        self._label_cache[text] = found
        return found

    def _word_before(self, lt: LayoutText, line: LineRef, text: str, start: int) -> str:
        """The word before a label at `start` of the line's `text`; for a label that starts a
        run of words (its line's start, or after a gap wider than a space), the word right above
        it when that word ends its own run: a narrow button wraps its caption ("Reset" over
        "password", beside "Block" over "sign-in"), and "Reset password" is no label of the
        caption beside it. Such a row shares its layout line with a table's row beside it. A
        masked word (`MASKED_VALUE`) is the word before only inside the label's run: one above
        it or across a gap is another field's value, masked."""
        before = _previous_word(text, start)
        first = lt.words_in(line.start + start, line.start + start + 1)
        if not first:
            return before
        word = first[0]
        if word.index > 0:
            prev = line.words[word.index - 1]
            if word.box.x - prev.box.x2 <= self.word_gap * line.height:
                return before  # inside a run of words: its neighbour on the line is the word before
        before = "" if before == MASKED_VALUE else before
        for other in lt.lines:
            if other is line or other.box.y2 > line.box.y + line.height / 2:
                continue
            if line.box.y - other.box.y2 > WRAP_GAP * line.height:
                continue
            for i, up in enumerate(other.words):
                if up.box.x < word.box.x2 and word.box.x < up.box.x2:
                    nxt = other.words[i + 1] if i + 1 < len(other.words) else None
                    if nxt is None or nxt.box.x - up.box.x2 > self.word_gap * other.height:
                        above = _previous_word(lt.text[up.start : up.end], up.end - up.start)
                        return "" if above == MASKED_VALUE else above
        return before

    def _misread_labels(
        self, text: str, offset: int, exact: list[tuple[int, int, LabelGroup]]
    ) -> list[tuple[int, int, LabelGroup]]:
        """Labels read with a letter wrong, added or dropped, or two neighbouring letters merged (a
        scaled-down or blocky "Sort code" read "Son code", "Birthday" read "Birthdav"; `_misread`),
        for the groups whose value has a shape of its own: the value must still match it, so a
        misread label cannot make innocent text a value. Where a label reads right, it is that
        label."""
        found: list[tuple[int, int, LabelGroup]] = []
        for start, end, group in self._misread_in(text):
            s, e = offset + start, offset + end
            if any(s < xe and xs < e for xs, xe, _ in exact):
                continue
            if group.ruled_out_by(_previous_word(text, start)):
                continue
            found.append((s, e, group))
        return found

    def _misread_longer(
        self, text: str, offset: int, label: tuple[int, int, LabelGroup]
    ) -> tuple[int, int, LabelGroup]:
        """A label read right up to a word its longer form goes on with, read wrong ("Account
        nember" under the pointer, "Phone numbr"): the fuzzy match prefers the exact shorter label
        ("Account"), whose value would then be the misread word. With that word the label is the
        longer one, misread (for groups whose value has a shape of its own, as `_misread_labels`)."""
        start, end, group = label
        if group.misread_re is None:
            return label
        word = _NEXT_WORD.match(text, end - offset)
        if word is None:
            return label
        key = (text, start - offset, group.key)
        longer = self._longer_cache.get(key)
        if longer is None:
            m = group.misread_re.fullmatch(text, start - offset, word.end())
            misread = m is not None and any(m.fuzzy_counts) and _misread(m.group(), m.fuzzy_counts, m.fuzzy_changes)
            longer = word.end() if misread else end - offset
            if len(self._longer_cache) >= MISREAD_CACHE_LINES:
                self._longer_cache.clear()
            self._longer_cache[key] = longer
        return start, offset + longer, group

    def _misread_in(self, text: str) -> list[tuple[int, int, LabelGroup]]:
        """The misread labels of one line's text, remembered by the text: fuzzy matching costs
        about as much as the rest of the label pass, and a screen's lines are read again on
        every frame."""
        cached = self._misread_cache.get(text)
        if cached is not None:
            return cached
        found: list[tuple[int, int, LabelGroup]] = []
        for group in self.groups:
            if group.misread_re is None:
                continue
            for m in group.misread_re.finditer(text):
                if not any(m.fuzzy_counts):
                    continue  # read right: an exact label (or one its not_after word excluded)
                start = m.start() + len(m.group()) - len(m.group().lstrip())
                if _misread(text[start : m.end()], m.fuzzy_counts, m.fuzzy_changes):
                    found.append((start, m.end(), group))
        if len(self._misread_cache) >= MISREAD_CACHE_LINES:
            self._misread_cache.clear()
        self._misread_cache[text] = found
        return found

    def _field_span(self, lt: LayoutText, line: LineRef, ls: int, le: int) -> tuple[int, int] | None:
        """Where the caption of the field that a label at `ls` names starts and ends, or None when the label starts no
        field: a label first in its run of words (line start or after a wide gap) or followed by
        a separator starts one; only these end the value of an earlier label or count as
        "another label" below one ("Street" inside "12 Main Street" does not). A caption that
        asks again or anew for its field ("Confirm date of birth", "Re-enter email", "New
        password") starts at its qualifier, in its own run of words: a row of such captions over
        their inputs ("Current password   New password   Confirm new password") is a form's
        row of captions, and "New" no value of the caption left of it; "bestätigen" in "Neues
        Passwort bestätigen" is the caption's, no value."""
        sep = _SEPARATOR.match(lt.text, le, line.end)
        first = lt.words_in(ls, ls + 1)[0]
        if sep and sep.group("sep") or first.start == ls and first.index == 0:
            return ls, le
        if first.start != ls:
            return None
        gap = self.word_gap * line.height
        if first.box.x - line.words[first.index - 1].box.x2 > gap:
            return ls, le
        run_start = first.index
        while run_start > 0 and line.words[run_start].box.x - line.words[run_start - 1].box.x2 <= gap:
            run_start -= 1
        words = line.words[run_start : first.index]
        last = lt.words_in(le - 1, le)
        if not last or len(words) > 2:
            return None
        end = last[-1].index
        if end + 1 < len(line.words) and _word(lt, line.words[end + 1]).lower() in _CAPTION_TRAILERS:
            end += 1  # "Neues Passwort bestätigen", "Password (again)"
        ends_run = end == len(line.words) - 1 or line.words[end + 1].box.x - line.words[end].box.x2 > gap
        if ends_run and all(_word(lt, w).lower() in _CAPTION_QUALIFIERS for w in words):
            return words[0].start, max(le, line.words[end].end)
        return None

    def find(self, lt: LayoutText) -> list[SpanFinding]:
        per_line = [self._labels_in_line(lt, line) for line in lt.lines]
        spans = [
            {ls: span for ls, le, _ in labels if (span := self._field_span(lt, lt.lines[li], ls, le)) is not None}
            for li, labels in enumerate(per_line)
        ]
        fields = [sorted(fs for fs, _ in line_spans.values()) for line_spans in spans]
        label_starts = {s for line_spans in spans for ls, (fs, _) in line_spans.items() for s in (ls, fs)}
        # A row of several labels (on one OCR line or on separate ones side by side) is a
        # table header: each label then names its whole column.
        rows = [lt.lines[li].box for li, labels in enumerate(per_line) for _ in labels]

        def in_header(li: int) -> bool:
            box = lt.lines[li].box
            return sum(1 for other in rows if abs((other.y + other.h / 2) - (box.y + box.h / 2)) <= box.h / 2) >= 2

        results: list[SpanFinding] = []
        beside: list[tuple[LabelGroup, SpanFinding]] = []  # values found on their label's row, right of it
        for li, line in enumerate(lt.lines):
            labels = per_line[li]
            for ls, le, group in labels:
                if lt.text[ls:le].lower() == "street" and _STREET_BEFORE.search(lt.text[line.start : ls]):
                    continue  # "14 Quay Street": the street's own word, no caption
                if _TAG_OPEN_BEFORE.search(lt.text, line.start, ls) and _ATTRIBUTE_AFTER.match(lt.text, le):
                    # '<Address type="home">': a start tag's name and its attributes, no caption
                    # and its value (_xml_elements reads the element's text and its members)
                    continue
                region_end = next((s for s in fields[li] if s >= le), line.end)
                # "New password", "Neues Passwort bestätigen": the caption with its qualifiers
                ls, le = spans[li].get(ls, (ls, le))
                found = self._same_line(lt, line, ls, le, region_end, group)
                if found is None:
                    # text follows the label but is no value: no search elsewhere; an empty
                    # record's placeholder ("-") still starts its row of records side by side
                    beside.extend((group, f) for f in self._placeholder(lt, ls, le))
                    continue
                if found is not False and _label_itself(found, labels, le):
                    found = False  # "Street: address": the label's own next word; its value is elsewhere
                if found is not False:
                    if group.below and _colon_then_gap(lt, ls, le, found):
                        # OCR joined the caption and another panel's text on its row into one
                        # line ("Mother's maiden name:   Date"): the value is the line under it
                        under = self._below(lt, li, ls, le, group, label_starts)
                        if under and _starts_under(lt, ls, le, under[0]):
                            found = under[0]
                        elif _masked_under(lt, ls, le):
                            continue  # the value under it is masked: the gate reads our mask so
                    meant = self._meant(lt, ls, le, group, [found])
                    results.extend(meant)
                    beside.extend((group, f) for f in meant if _beside_label(lt, ls, le, f))
                    if group.below_lines > 1:
                        results.extend(self._meant(lt, ls, le, group, _stacked_under(lt, ls, le, found, group)))
                    continue
                found = self._right_line(lt, li, ls, le, group, label_starts)
                if not found and _masked_beside(lt, ls, le, self.right_max):
                    continue  # its value beside it, on a line of its own, is masked: no search below
                if not found:
                    beside.extend((group, f) for f in self._placeholder(lt, ls, le))
                if found and group.below and _colon_last(lt, line, le):
                    # "Mother's maiden name:" wrapped in a narrow column over its value, beside
                    # another panel's text on its row: the value is the line right under it
                    under = self._below(lt, li, ls, le, group, label_starts)
                    if under and _starts_under(lt, ls, le, under[0]):
                        found = under[0]
                if found:
                    meant = self._meant(lt, ls, le, group, [found])
                    results.extend(meant)
                    beside.extend((group, f) for f in meant if _beside_label(lt, ls, le, f))
                    if group.below_lines > 1:
                        results.extend(self._meant(lt, ls, le, group, _stacked_under(lt, ls, le, found, group)))
                elif group.below or group.above:
                    # a caption-only group ("Local account" under a login) takes no value below it
                    below = (
                        self._below(lt, li, ls, le, group, label_starts, column=in_header(li)) if group.below else []
                    )
                    if not below and group.above:
                        above = self._above(lt, li, ls, le, group, label_starts)
                        below = [above] if above else []
                    results.extend(self._meant(lt, ls, le, group, below))
        results.extend(self._record_columns(lt, beside, label_starts))
        results.extend(self._delimited(lt))
        results.extend(self._nested(lt))
        results.extend(self._inline_objects(lt))
        results.extend(self._field_lists(lt))
        results.extend(self._xml_elements(lt))
        results.extend(self._refused_quotes(lt))
        return results

    def _refused_quotes(self, lt: LayoutText) -> list[SpanFinding]:
        """A form's message quoting a refused answer back ("'<answer>' is not a valid email
        address", "Error: '<answer>' is not a valid National Insurance number"), in an error
        summary or over the field: the quoted text is the answer to the field the message names,
        whatever its shape (it was refused for its shape). The field's name is a label of the
        table, at most REFUSED_LABEL_AT characters after "valid" ("a valid UK mobile number")."""
        results: list[SpanFinding] = []
        for line in lt.lines:
            text = lt.text[line.start : line.end]
            for m in _REFUSED_QUOTE.finditer(text):
                rest = m.group("rest")
                labels = [
                    item
                    for item in self._labels_in(rest)
                    if item[0] <= REFUSED_LABEL_AT and (item[0] == 0 or rest[: item[0]].replace(" ", "").isalpha())
                ]
                if not labels:
                    continue
                group = min(labels, key=lambda item: item[0])[2]
                start, end = line.start + m.start("value"), line.start + m.end("value")
                results.append(SpanFinding(start, end, group.entity, group.score, f"label:{group.key}/refused"))
        return results

    def _placeholder(self, lt: LayoutText, ls: int, le: int) -> list[SpanFinding]:
        """The first record's cell right of a caption on its row (on the caption's OCR line or
        another) when it holds a placeholder for no value ("-", "n/a", "Not set"; a radio
        button's glyph before it): a row of a comparison of records whose first record is
        empty, its other records' cells still typed by the caption (_record_columns). Never a
        finding of its own."""
        box = span_box(lt, ls, le)
        h = max(box.h, 1)
        row = [w for w in _row_after(lt, box) if w.start >= le]
        if not row or row[0].box.x - box.x2 > RECORD_REACH * self.right_max * h:
            return []
        run = self._run(row, h)
        text = lt.text[run[0].start : run[-1].end]
        choice = _CHOICE_GLYPH.match(text)
        if _PLACEHOLDER.fullmatch(text[choice.end() if choice else 0 :].strip()) is None:
            return []
        return [SpanFinding(run[0].start, run[-1].end, "PLACEHOLDER", 0.0, "placeholder")]

    def _record_columns(
        self, lt: LayoutText, beside: list[tuple[LabelGroup, SpanFinding]], label_starts: set[int]
    ) -> list[SpanFinding]:
        """The values of the other records in a comparison of records side by side: one column
        of captions on the left and a column of values per record ("Applicant 1 | Applicant 2"
        on a joint application, "Borrower | Co-borrower", "Current | Previous"), so only the
        first record's values stand next to their captions. The cells right of a caption's
        value on its row, each after a wide gap, are values of the caption's group when at
        least `RECORD_COLUMN_ROWS` captions' rows have a cell starting at the same x (within
        half a line height) that is a value of its own caption's group, one of them holding a
        digit or an '@' (a date, a number, an e-mail: no column of words that only look like
        names). A cell that holds a label or ends in a colon is the next caption of a grid of
        "Caption  value" pairs, never a value. Only rows whose caption's value was found, or
        whose first record holds a placeholder (_placeholder)."""
        cells: list[tuple[LabelGroup, list[WordRef]]] = []
        for group, found in beside:
            box = span_box(lt, found.start, found.end)
            h = max(box.h, 1)
            row = _row_after(lt, box)
            edge = box.x2
            for _ in range(RECORD_COLUMNS_MAX):
                if not row or row[0].box.x - edge <= self.sep_gap * h:
                    break  # no cell, or the value goes on: no wide gap before it
                run = self._run(row, h)
                cells.append((group, run))
                edge = run[-1].box.x2
                row = row[len(run) :]
        if len(cells) < RECORD_COLUMN_ROWS:
            return []
        valued: list[tuple[int, SpanFinding]] = []
        for group, run in cells:
            text = lt.text[run[0].start : run[-1].end]
            if text.rstrip().endswith(":") or run[0].start in label_starts:
                continue
            if any(not at for at, _, _ in self._labels_in(text)):
                continue
            found = self._value(lt, group, run, run[0].start, run[-1].end, True, "column")
            if found is not None:
                valued.append((run[0].box.x, found))
        results: list[SpanFinding] = []
        for x, found in valued:
            h = max(span_box(lt, found.start, found.end).h, 1)
            column = [f for x2, f in valued if abs(x2 - x) <= h / 2]
            shaped = any(any(c.isdigit() or c == "@" for c in lt.text[f.start : f.end]) for f in column)
            if len(column) >= RECORD_COLUMN_ROWS and shaped:
                results.append(found)
        return results

    def _meant(
        self, lt: LayoutText, ls: int, le: int, group: LabelGroup, found: list[SpanFinding]
    ) -> list[SpanFinding]:
        """The findings of a label less the values its group's `other_meanings` say are something
        else: the shell's working directory after `PWD=` or below a `pwd` command is a path."""
        if not group.other_meanings:
            return found
        label = lt.text[ls:le]
        kept = [f for f in found if not group.means_other(label, lt.text[f.start : f.end])]
        if len(kept) < len(found):
            # never the text
            log.debug("label %s: %d values of another meaning dropped", group.key, len(found) - len(kept))
        return kept

    def _delimited(self, lt: LayoutText) -> list[SpanFinding]:
        """Comma- or semicolon-separated rows (a CSV printed in a terminal, an export opened in
        a text editor): a header line whose fields include labels ("payee,iban,ssn,amount")
        names the fields of the lines below it that have as many fields. Columns are not
        aligned on screen, so the geometric passes cannot pair them."""
        results: list[SpanFinding] = []
        header: tuple[str, list[LabelGroup | None], LineRef] | None = None
        for line in lt.lines:
            if header is not None:
                delimiter, groups, top = header
                if abs(line.box.x - top.box.x) > 2 * top.height:
                    continue  # another window's text at this height
                cells = _cells(lt.text, line.start, line.end, delimiter)
                if len(cells) == len(groups):
                    for (start, end), group in zip(cells, groups):
                        if group is not None:
                            found = self._cell_value(lt, group, start, end)
                            if found:
                                results.append(found)
                    continue
                if len(cells) > 1:
                    continue  # a row with a delimiter inside a value
                header = None  # the table ended (a prompt, a line without the delimiter)
            for delimiter in _DELIMITERS:
                cells = _cells(lt.text, line.start, line.end, delimiter)
                if len(cells) < 3:
                    continue
                groups = [self._field_label(lt.text[a:b]) for a, b in cells]
                if any(groups):
                    header = (delimiter, groups, line)
                    break
        return results

    def _nested(self, lt: LayoutText) -> list[SpanFinding]:
        """The members of an object under a label's key (JSON, YAML, a config dump): an API's
        `"address": {` holds `"line1"`, `"line2"`, `"street"`, whatever each is called, and all
        are its address; a member whose own key is a label is left to that label ("city" is a
        town, "postcode" a postcode). The object ends at the first line not indented under its
        key (its closing brace, the next key)."""
        results: list[SpanFinding] = []
        order = sorted(range(len(lt.lines)), key=lambda i: lt.lines[i].box.y)
        for at, li in enumerate(order):
            top = lt.lines[li]
            opened = _OPENS_OBJECT.fullmatch(lt.text, top.start, top.end)
            if opened is None:
                continue
            group = self._field_label(opened.group("key"))
            if group is None or not (group.members or group.member_re is not None):
                continue
            # from the key's own word: a gutter's line number or a fold toggle may start the line
            key_words = lt.words_in(opened.start("key"), opened.end("key"))
            indent = (key_words[0].box.x if key_words else top.box.x) + MEMBER_INDENT * top.height
            for below in order[at + 1 :]:
                line = lt.lines[below]
                if line.box.y < top.box.y2 or line.box.x2 < indent:
                    continue  # beside the key, or text left of it on another panel
                # a gutter's line number glued to the member's line ('29 "given": ...') is left of it
                glued = _GUTTER_NUMBER.match(lt.text, line.start, line.end) and len(line.words) > 1
                if (line.words[1].box.x if glued else line.box.x) < indent:
                    break  # the object ended
                member = _MEMBER.fullmatch(lt.text, line.start, line.end)
                if member is None or self._field_label(member.group("key")) is not None:
                    continue
                if _COUNTRY_KEY.fullmatch(member.group("key").strip(" " + _TRIM_CHARS)):
                    continue  # an address's country ("country: 'GB'"): a country alone is no one's
                if not group.members and not _part_key(group, member.group("key")):
                    continue  # a name's object holds its parts only under their keys
                found = self._cell_value(lt, group, *member.span("value"))
                if found is not None:
                    results.append(
                        SpanFinding(found.start, found.end, found.entity_type, found.score, f"label:{group.key}/member")
                    )
        return results

    def _inline_objects(self, lt: LayoutText) -> list[SpanFinding]:
        """The members of an object printed on its key's line: mongosh's and a REPL's `name: {
        first: '<First>', last: '<Last>' }`, JSON's `"name": {"given": "<First>", "family":
        "<Last>"}`. Under a key whose group's objects hold its values (`members`) every member
        is one; under a name's key, the members whose keys name its parts (`member_keys`); a
        member whose own key is a label is left to that label. Only lines with a brace."""
        results: list[SpanFinding] = []
        text = lt.text
        for line in lt.lines:
            if text.find("{", line.start, line.end) < 0 and text.find("}", line.start, line.end) < 0:
                continue  # (a brace lost by OCR leaves the object's closing one)
            for opened in _INLINE_OBJECT.finditer(text, line.start, line.end):
                group = self._field_label(opened.group("key"))
                if group is None or not (group.members or group.member_re is not None):
                    continue
                for member in _INLINE_MEMBER.finditer(text, opened.start("body"), opened.end("body")):
                    key = member.group("key")
                    if self._field_label(key) is not None or _COUNTRY_KEY.fullmatch(key.strip(" " + _TRIM_CHARS)):
                        continue
                    if not group.members and not _part_key(group, key):
                        continue
                    found = self._cell_value(lt, group, *member.span("value"))
                    if found is not None:
                        name = f"label:{group.key}/member"
                        results.append(SpanFinding(found.start, found.end, found.entity_type, found.score, name))
        return results

    def _field_lists(self, lt: LayoutText) -> list[SpanFinding]:
        """A log explorer's field sidebar (Kibana's Discover, Datadog's facets): a field path alone
        on its line ("user.name", after a one-letter type icon), its most frequent values listed
        under it, indented, each with its share. The path's last members name the values' type
        ("user.name" a login, "customer.billing.postcode" a postcode); the list ends at the next
        line that starts at the path's line. Only lines that are one field path."""
        results: list[SpanFinding] = []
        text = lt.text
        for line in lt.lines:
            if line.end - line.start > FIELD_PATH_MAX or text.find(".", line.start, line.end) < 0:
                continue
            path = _FIELD_LINE.fullmatch(text, line.start, line.end)
            group = self._path_label(path.group("path")) if path else None
            if group is None:
                continue
            h = line.height
            below = sorted(
                (o for o in lt.lines if o.box.y > line.box.y + h / 2 and o.box.x < line.box.x + FIELD_LIST_REACH * h),
                key=lambda o: o.box.y,
            )
            last = line.box.y2
            for row in below[:FIELD_LIST_ROWS]:
                if row.box.y - last > FIELD_LIST_GAP * h or row.box.x <= line.box.x + FIELD_LIST_INDENT * h:
                    break  # past the list, or the next field's line
                last = row.box.y2
                run = _runs(list(row.words), self.word_gap * row.height)[0]
                found = self._cell_value(lt, group, run[0].start, run[-1].end)
                if found is not None:
                    name = "label:field/list"
                    results.append(SpanFinding(found.start, found.end, found.entity_type, found.score, name))
        return results

    def _xml_elements(self, lt: LayoutText) -> list[SpanFinding]:
        """An XML document as a browser's XML tree, its view-source or a pretty-printer shows it:
        an element's tag names its text as a JSON key names its value, with no ":" after it
        (`<GivenName>value</GivenName>`, `<ns:DateOfBirth>value</ns:DateOfBirth>`, the namespace
        prefix dropped), and a start tag's attribute its quoted value (`<Note author="...">`).
        An element alone on its line (`<Address type="home">`, a fold triangle before it) opens
        an object: its children's leaves, indented under it up to its closing tag, are its
        values as `_nested` takes a JSON object's members (`<Line1>` under `<Address>`). Only
        lines with a tag's "<" and ">"."""
        results: list[SpanFinding] = []
        text = lt.text
        openers: list[tuple[LineRef, LabelGroup, float]] = []
        for line in lt.lines:
            if text.find("<", line.start, line.end) < 0 or text.find(">", line.start, line.end) < 0:
                continue
            for leaf in _XML_LEAF.finditer(text, line.start, line.end):
                group = self._tag_label(leaf.group("tag"))
                if group is None and leaf.group("closing"):
                    # a start tag OCR misread (a scroll's frame smeared by a low bitrate):
                    # the element's closing tag, read whole to its ">", names it as well
                    group = self._tag_label(leaf.group("closing"))
                if group is not None:
                    found = self._cell_value(lt, group, *leaf.span("value"))
                    if found is not None:
                        results.append(_renamed(found, f"label:{group.key}/element"))
            for tag in _XML_START_TAG.finditer(text, line.start, line.end):
                if html_tag_at(text, tag.start()):
                    continue  # '<input name="dob">': an HTML element's attributes name no one's values
                for attr in _XML_ATTRIBUTE.finditer(text, *tag.span("attrs")):
                    group = self._tag_label(attr.group("name"))
                    if group is not None:
                        found = self._cell_value(lt, group, *attr.span("value"))
                        if found is not None:
                            results.append(_renamed(found, f"label:{group.key}/attribute"))
            opened = _XML_OPENS.fullmatch(text, line.start, line.end)
            group = self._tag_label(opened.group("tag")) if opened else None
            if opened and group is not None and (group.members or group.member_re is not None):
                tag_words = lt.words_in(opened.start("tag"), opened.end("tag"))
                x = tag_words[0].box.x if tag_words else line.box.x
                openers.append((line, group, x + MEMBER_INDENT * line.height))
        for top, group, indent in openers:
            for line in sorted((o for o in lt.lines if o.box.y >= top.box.y2), key=lambda o: o.box.y):
                if line.box.x2 < indent:
                    continue  # text left of it on another panel
                if line.box.x < indent:
                    break  # the element's closing tag, or the next element: the object ended
                leaf = _XML_LEAF.search(text, line.start, line.end)
                if leaf is None or self._tag_label(leaf.group("tag")) is not None:
                    continue  # a child whose own tag is a label is left to that label
                if _COUNTRY_KEY.fullmatch(leaf.group("tag")):
                    continue  # an address's country alone is no one's
                if not group.members and not _part_key(group, leaf.group("tag")):
                    continue  # a name's element holds its parts only under their tags
                found = self._cell_value(lt, group, *leaf.span("value"))
                if found is not None:
                    results.append(_renamed(found, f"label:{group.key}/member"))
        return results

    def _tag_label(self, tag: str) -> LabelGroup | None:
        """The label group an XML tag or attribute names, its O read as a zero too ("Date0fBirth")."""
        group = self._field_label(tag)
        if group is None and "0" in tag:
            group = self._field_label(_ZERO_IN_WORD.sub("o", tag))
        return group

    def _path_label(self, path: str) -> LabelGroup | None:
        """The label group a field path names by its last members: the whole path, else the part
        after each "." or "_" in turn ("user.full_name": "full_name"); none when the segment
        before that part rules the label out ("service.name", "host.name": `not_after`)."""
        starts = [0] + [i + 1 for i, c in enumerate(path) if c in "._"]
        for start in starts:
            group = next((g for g in self.groups if g.label_re.fullmatch(path, start)), None)
            if group is None:
                continue
            before = regex.split(r"[._]", path[: max(start - 1, 0)])[-1].lower()
            return None if before in group.not_after else group
        return None

    def is_label(self, text: str) -> bool:
        """Whether `text` is, whole, one of the labels' words ("Postcode", "town:")."""
        return self._field_label(text) is not None

    def _field_label(self, field: str) -> LabelGroup | None:
        field = field.strip(" " + _TRIM_CHARS)
        if not field or len(field) > 40:
            return None
        return next((g for g in self.groups if g.label_re.fullmatch(field)), None)

    def _cell_value(self, lt: LayoutText, group: LabelGroup, start: int, end: int) -> SpanFinding | None:
        text = lt.text
        while start < end and (text[start] == " " or text[start] in _TRIM_CHARS):
            start += 1
        while end > start and (text[end - 1] == " " or text[end - 1] in _TRIM_CHARS):
            end -= 1
        value = text[start:end]
        if not value or (self.reject_values is not None and self.reject_values.fullmatch(value)):
            return None
        if masked_by_page(value, group.entity):
            return None  # "•••• •••• •••• 4242": what the page shows of a number, no number
        if group.value_re.fullmatch(value):
            return SpanFinding(start, end, group.entity, group.score, f"label:{group.key}/column")
        return None

    # -- value placements ----------------------------------------------------------------

    def _same_line(self, lt, line, ls, le, region_end, group):
        """A finding, None (text follows but is not a value), or False (nothing follows)."""
        text = lt.text
        sep = _SEPARATOR.match(text, le, region_end)
        vstart = sep.end() if sep else le
        while vstart < region_end and text[vstart] == " ":
            vstart += 1
        # "password = " with nothing after: an assignment's value is on its own line (empty, or
        # masked where the gate reads it), never the next line ("[payments]" under it in an ini)
        nothing = None if sep and sep.group("sep") in _ASSIGNMENTS else False
        if vstart >= region_end:
            return nothing
        separated = bool(sep and (sep.group("sep") or sep.group("quote")))
        if not separated and _CAPTION_TAIL.fullmatch(text, vstart, region_end):
            return False  # "Surname / Nom (1)": the caption's translation and number; its value is below
        words = lt.words_in(vstart, region_end)
        label_box = span_box(lt, ls, le)
        if any(w.box.x < label_box.x and not w.start <= ls < w.end for w in words):
            # OCR read the row twice, overlapping (the whole row, then pieces of it again): a word
            # the text puts after the label but that starts left of it is none of its value
            words = [w for w in words if w.box.x >= label_box.x or w.start <= ls < w.end]
            vstart = max(vstart, words[0].start) if words else region_end
        if not words:
            return nothing
        label_words = lt.words_in(ls, le)
        if _buttons_apart(lt, label_words, words):
            return None  # "Attn" and "Sys Req" on a terminal emulator's keypad: two keys' captions
        if (
            not separated
            and label_words
            and words[0].line == label_words[-1].line
            and words[0].index == label_words[-1].index + 1
        ):
            # the value is the very next word: a wide gap separates like ":" (tabular form)
            gap = words[0].box.x - label_words[-1].box.x2
            if gap > self.sep_gap * line.word_height:
                # a wide gap separates like ":" (tabular form), or it parts two captions of a row
                # of captions over their values ("BOOKING REF    SEQ" on a boarding pass,
                # "Booking reference    London (LHR) -> Lisbon (LIS)"): no value of the label's
                # shape there, its value is looked for below
                if lt.text[words[0].start : words[0].end] == MASKED_VALUE:
                    return None  # the label's value, masked (the gate reads our mask so): no search elsewhere
                found = self._value(lt, group, self._run(words, line.height), vstart, region_end, True)
                return found or False
        run = self._run(words, line.height)
        return self._value(lt, group, run, vstart, region_end, separated) or None

    def _right_line(self, lt, li, ls, le, group, label_starts):
        """The value on another OCR line of the same row, right of the label."""
        label_box = span_box(lt, ls, le)
        h = max(label_box.h, 1)
        cy = label_box.y + label_box.h / 2
        best = None
        for lj, other in enumerate(lt.lines):
            if lj == li or abs(other.box.y + other.box.h / 2 - cy) > h / 2:
                continue
            first = next((w for w in other.words if w.box.x >= label_box.x2 - 1), None)
            if first is None:
                continue
            gap = first.box.x - label_box.x2
            if best and gap >= best[0]:
                continue
            if gap > self.right_max * h and not (
                gap <= RECORD_REACH * self.right_max * h and _value_column(lt, other, first, label_box)
            ):
                continue
            best = (gap, other, first)
        if best is None:
            return None
        _, other, first = best
        words = [w for w in other.words if w.start >= first.start]
        if first.start in label_starts:
            return None
        run = _before_details(lt, group, self._run(words, other.height))
        if len(run) > _word_limit(lt, group, run):
            return None  # a phrase, not the content of an input field
        return self._value(lt, group, run, first.start, other.end, True, "right")

    def _below(self, lt, li, ls, le, group, label_starts, column=False):
        """The value on the nearest line below, overlapping the label's x-range. In a table
        (`column`: the label line holds several labels, a header row) every row further down
        the column is a value too, until a gap, another label or the end of the layout; a row
        whose text is no value (cut by scrolling, a separator) is passed over."""
        label_box = _with_owner(lt, ls, span_box(lt, ls, le), self.word_gap)
        h = max(label_box.h, 1)
        top, bottom = label_box.y + h / 2, label_box.y2
        findings = []
        hinted = 0  # lines of help (a hint, a refused answer's message) passed over to the field under them
        last_y, first_pitch = label_box.y, 0
        first_row: tuple[int, int] | None = None  # a column's first row: its run's left and right
        while True:
            best = None
            # the next line of a block of several (`below_lines`) is stacked right under the last
            reach = self.below_max if column or not findings else BLOCK_LINE_GAP
            for lj, other in enumerate(lt.lines):
                if lj == li or other.box.y < top:
                    continue
                if other.box.y - bottom > reach * h:
                    continue
                hits = [w for w in other.words if w.box.x < label_box.x2 and w.box.x2 > label_box.x]
                if not hits:
                    continue
                if best is None or other.box.y < best[1].box.y:
                    best = (hits[0], other)
            if best is None:
                break
            hit, other = best
            if _PROMPT_START.match(lt.text, other.start, other.end):
                break  # the next command typed at the prompt: the table above was the last one's output
            if column and first_pitch and other.box.y - last_y > COLUMN_PITCH_GROWTH * first_pitch:
                # captions right over their values in boxes side by side ("Employee's address |
                # Works / payroll number" on a P60), the next box's text far further down: a
                # table's rows lie no further apart than its header lies from its first row
                break
            # a masked cell (the gate's full block) stands at its mask's middle third: its row's
            # text starts a third of the mask higher (with_masked_cells)
            row_y = other.box.y - other.box.h if lt.text[hit.start : hit.end] == MASKED_VALUE else other.box.y
            first_pitch = first_pitch or row_y - label_box.y
            last_y = row_y
            if _field_between(lt, label_box, other.box):
                break  # the label's own input box lies between them, empty: the line is past it
            if not column and _caption_between(lt, lt.lines[li].box.x - h, label_box, other.box, label_starts):
                break  # a panel's heading ("PREVIOUS ADDRESS") over its rows: the lines are theirs
            top, bottom = other.box.y + other.box.h / 2 + 1, other.box.y2
            # the run of words (small gaps) that contains the first overlapping word
            groups = _runs(list(other.words), self.word_gap * other.height)
            run = _in_field_of(lt, hit, _before_details(lt, group, next(r for r in groups if hit in r)))
            if any(w.start in label_starts for w in run):
                break  # stacked labels ("Name" above "Email"), not a value
            if column:
                edges = (run[0].box.x, run[-1].box.x2)
                if first_row is None:
                    first_row = edges
                elif back_at_caption(label_box.x, first_row, edges, h):
                    break  # a form's next caption under a row of fields whose borders were not found
            texts = [lt.text[w.start : w.end] for w in run if any(ch.isalpha() for ch in lt.text[w.start : w.end])]
            if len(texts) > 1 and self.is_label(texts[0]) and all(len(t) <= STRAY_LETTERS for t in texts[1:]):
                # the next caption read with stray letters the line's labels pass did not take
                # ("| Microchip ins": the pointer resting on it and on "Insurer" under it)
                break
            found = None
            if len(run) <= _word_limit(lt, group, run):  # else a phrase ("Forgot password?")
                found = self._value(lt, group, run, run[0].start, other.end, True, BELOW)
            if found:
                findings.append(found)
            elif (
                not column
                and not findings
                and hinted < HINT_LINES_MAX
                and _hint_over_field(lt, label_box, hit.box, other.box)
            ):
                hinted += 1  # "Account number / 8 digits / [field]": the value is in the field under the hint
                continue
            if not column and (found is None or len(findings) >= group.below_lines):
                break
        return findings

    def _above(self, lt, li, ls, le, group, label_starts):
        """A caption under its value, as a profile's contact details are set: the number, and
        "Mobile" in small type right under it. Only for a label alone on its line with no value
        below it, set smaller than the nearest line above it, which is close over it (a gap of
        at most `CAPTION_GAP` of the caption's height: a form's next label sits a field's margin
        under the last value) and whose words start where the caption starts; the run of words
        there must be a value."""
        line = lt.lines[li]
        if ls != line.start or le != line.end:
            return None  # a label with more on its line is no caption
        label_box = span_box(lt, ls, le)
        h = max(label_box.h, 1)
        best = None
        for lj, other in enumerate(lt.lines):
            if lj == li:
                continue
            # each word by its own box: a line may join a taller word off to the side (an
            # avatar's initials, a side bar's item) that reaches down beside the caption
            hits = [
                w
                for w in other.words
                if w.box.x < label_box.x2
                and w.box.x2 > label_box.x
                and w.box.y2 <= label_box.y + h / 2
                and label_box.y - w.box.y2 <= CAPTION_GAP * h
            ]
            if hits and (best is None or hits[0].box.y2 > best[0].box.y2):
                best = (hits[0], other)
        if best is None:
            return None
        hit, other = best
        if abs(hit.box.x - label_box.x) > h:
            return None  # the caption sits under the middle of a wider line: not its value
        # the value's words are set like the hit (an avatar's initials beside it are no part)
        hy, hh = hit.box.y + hit.box.h / 2, max(hit.box.h, 1)
        alike = [w for w in other.words if abs(w.box.y + w.box.h / 2 - hy) <= hh / 2 and w.box.h <= 2 * hh]
        groups = _runs(alike, self.word_gap * hh)
        run = _before_details(lt, group, next(r for r in groups if hit in r))
        if not _set_smaller(lt.words_in(ls, le), run):
            return None  # a caption is set smaller than its value; a form's next label is not
        if any(w.start in label_starts for w in run) or len(run) > _word_limit(lt, group, run):
            return None
        return self._value(lt, group, run, run[0].start, other.end, True, ABOVE)

    def _run(self, words: list[WordRef], height: int) -> list[WordRef]:
        run = [words[0]]
        for w in words[1:]:
            if w.box.x - run[-1].box.x2 > self.word_gap * height:
                break
            run.append(w)
        return run

    def _value(self, lt, group, run, vstart, limit, separated, placement=""):
        """The longest prefix of `run` (at most its _word_limit) that is a valid value.
        The recognizer name says where the value was: "label:<key>" beside the label on its
        line, "label:<key>/right" on another OCR line of the same row, "label:<key>/below"."""
        pattern = group.value_re if separated else group.bare_value_re
        if pattern is None:
            return None
        text = lt.text
        # an input box's border read as a word of its own ("|", "[") is no word of the value
        while run and all(c in _BORDER_CHARS for c in text[run[0].start : run[0].end]):
            run = run[1:]
        if not run:
            return None
        if not separated and _CAPTION_END.fullmatch(text, max(vstart, run[0].start), run[0].end):
            # "Password hint:", "password hash: <hash>" (mysql's \G, its underscore read as a
            # space): a word with a colon after the label is the rest of its caption, no value
            return None
        # a value opened by a quote ends at its closing one: compact JSON glues the next member
        # to it ('"username":"<login>","x":1}' is one OCR word)
        closing = _CLOSING_QUOTES.get(text[vstart - 1]) if separated and vstart > 0 else None
        for n in range(min(len(run), _word_limit(lt, group, run)), 0, -1):
            start = max(vstart, run[0].start)
            end = min(run[n - 1].end, limit)
            if closing is not None:
                close = closing.search(text, start, end)
                if close is not None and close.start() > start:
                    end = close.start()
            # an input box's border read as "|" or "[" before the value, and the space after it
            while start < end and (text[start] in _TRIM_CHARS or text[start] == " "):
                start += 1
            while end > start and (text[end - 1] in _TRIM_CHARS or text[end - 1] == " "):
                end -= 1
            if end <= start:
                continue
            value = text[start:end]
            if self.reject_values is not None and self.reject_values.fullmatch(value):
                return None
            if masked_by_page(value, group.entity):
                return None  # the page's masked print of a number ("DE09 •••• ... 7049 08"): no value
            choice = _CHOICE_GLYPH.match(value)
            if choice is not None and not pattern.fullmatch(value):
                # a radio button or a check box before the value, read as a glyph ("O", "@",
                # "©"): a form's or a merge screen's choice, no part of the value
                start += choice.end()
                value = text[start:end]
            if pattern.fullmatch(value):
                name = f"label:{group.key}" + (f"/{placement}" if placement else "")
                return SpanFinding(start, end, group.entity, group.score, name)
            stamp = _DATE_TIME.fullmatch(value) if "-" in value else None
            if stamp is not None and pattern.fullmatch(stamp["date"]):
                # a date stored as a timestamp: the date is the value ('dateOfBirth:
                # ISODate('<date>T00:00:00.000Z')' in mongosh, '<date> 00:00:00' in SQL)
                name = f"label:{group.key}" + (f"/{placement}" if placement else "")
                a, b = start + stamp.start("date"), start + stamp.end("date")
                return SpanFinding(a, b, group.entity, group.score, name)
        return None


def _row_after(lt: LayoutText, box: Box) -> list[WordRef]:
    """The words right of `box` on its row, left to right: on any OCR line whose centre lies
    within half the box's height of the box's (a row's cells are often read as lines of their own)."""
    h = max(box.h, 1)
    cy = box.y + box.h / 2
    return sorted(
        (
            w
            for line in lt.lines
            if abs(line.box.y + line.box.h / 2 - cy) <= h / 2
            for w in line.words
            if w.box.x >= box.x2
        ),
        key=lambda w: w.box.x,
    )


_DELIMITERS = (",", ";")
# A radio button or a check box before a value, as OCR reads it: a glyph word of its own ("O",
# "@", "©", "®", "○", "☐"), or glued to a placeholder ("@-", "O-")
_CHOICE_GLYPH = regex.compile(r"[O@©®○◯◉●☐☑☒□■](?:[ ]+|(?=[-–—]$))")
# a record's cell that holds no value: a dash, "n/a", "none", "not set", "(empty)"
_PLACEHOLDER = regex.compile(r"[-–—]{1,2}|n/?a|none|not[ ]set|not[ ]provided|\(?empty\)?|\(none\)", regex.IGNORECASE)
# An ISO date with a time of day, in a constructor's brackets or quotes as shells and REPLs print
# it: ISODate('<date>T00:00:00.000Z'), Timestamp('<date> 00:00:00'), '<date>T00:00:00+00:00';
# as OCR reads it too: the label's colon twice (": IS0Date("), a quote as "*"
_DATE_TIME = regex.compile(
    r"""(?:[:;][ ]?)?(?:[A-Za-z][A-Za-z0-9_.]{0,23}\()?["'‘’“”*]?(?P<date>\d{4}-\d{2}-\d{2})"""
    r"""(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?["'‘’“”]?\)?"""
)
# What a JSON viewer or a code editor prints before a key: the gutter's line number glued to the
# line, and a fold toggle ("▾", "▸"; read as "v", "y", "vy", "*", ">" in small type) before a quoted key
_GUTTER = r"""(?:\d{1,5}[ ]+(?=\S))?(?:(?:[▾▸▼▶►▿▹⏷⏵]|(?-i:[vy>»›+*-]{1,2})(?=[ ]+["'“”‘’]))[ ]+)?"""
# a gutter's line number before a quoted key or a fold toggle ('29 "given": ...', '28 v "name": {')
_GUTTER_NUMBER = regex.compile(r"""\d{1,5}[ ]+(?=["'“”‘’]|[▾▸▼▶►vy>][ ])""")
# A key alone on its line, opening an object or a YAML mapping: `"address": {`, `address:`;
# OCR reads a straight quote as a curly one in small text (`“address”: {`), the brace of a
# small monospace font as "£{", "£", "¢" or "(" (`"name": £{`), and the key's colon before a
# brace as a semicolon (`"name"; {`).
_OPENS_OBJECT = regex.compile(
    r"""[ ]*""" + _GUTTER + r"""["'“”‘’]?(?P<key>[^"'“”‘’:;={}\[\]]{1,40}?)["'“”‘’]?[ ]*"""
    r"""(?:[:=]|;(?=[ ]*[£€¢(]?[{\[]))[ ]*(?:[£€¢(]?[{\[]|[£€¢(])?[ ]*"""
)
# A member of it: `"line1": "Studio 4, Mill Lane",`, `line1: Studio 4`.
_MEMBER = regex.compile(
    r"""[ ]*(?:\d{1,5}[ ]+(?=["'“”‘’]))?["'“”‘’]?(?P<key>[^"'“”‘’:={}\[\]]{1,40}?)["'“”‘’]?[ ]*[:=][ ]*(?P<value>.*)"""
)
_ZERO_IN_WORD = regex.compile(r"(?<=[A-Za-z])0(?=[A-Za-z])")  # an O that OCR read as a zero
# a window's or a pane's left edge read as a letter glued to the key that starts the line
# ("lemployeeNumber: ...", "isn: ..." of LDIF in an xterm at 75 %); '|' and '[' are no letters
# and need no second reading
_EDGE_GLYPH = regex.compile(r"^[lIi1](?=[a-z][A-Za-z_]*[ ]?[:=])")
# An object opened on its key's line: `name: { first: ...`, `"name": {"first": ...}` (its closing
# brace may be past the line's end, on a narrow terminal); in minified JSON, OCR may lose the
# brace between two quoted keys (`"name": "given":"<First>"`)
_INLINE_OBJECT = regex.compile(
    r"""(?<![\w])["'“”‘’]?(?P<key>[A-Za-z_][\w.-]{0,38})["'“”‘’]?[ ]?[:=][ ]?"""
    r"""(?:\{|(?=["'“”‘’][A-Za-z_][\w-]{0,30}["'“”‘’][ ]?:))(?P<body>[^{}]*)"""
)
# one member of it: `first: '<First>'`, `"family": "<Last>"`
_INLINE_MEMBER = regex.compile(
    r"""["'“”‘’]?(?P<key>[A-Za-z_][\w-]{0,30})["'“”‘’]?[ ]?:[ ]?(?P<value>["'“”‘’][^"'“”‘’,{}]*["'“”‘’]?|[^,{}]*)"""
)
# An XML element on one line: its start tag (a namespace prefix, attributes), its text, and the
# "</" of its closing tag (the rest may be cut at the window's edge)
_XML_LEAF = regex.compile(
    r"""<(?:[A-Za-z_][\w.-]{0,20}:)?(?P<tag>[A-Za-z_][\w.-]{0,40})(?:[ ][^<>]*)?>[ ]*(?P<value>[^<>]{1,200}?)[ ]*</"""
    r"""(?:(?:[A-Za-z_][\w.-]{0,20}:)?(?P<closing>[A-Za-z_][\w.-]{0,40})>)?"""
)
# A start tag's attributes (up to its ">" or the line's end), and one of them with its quoted
# value: `author="..."` (curly quotes as OCR reads them small)
_XML_START_TAG = regex.compile(r"""<[A-Za-z_][\w:.-]{0,60}(?P<attrs>[ ][^<>]{1,400})""")
# a form's message quoting a refused answer: an opening quote (or the message's start, OCR may
# lose the quote), the answer, a closing quote, then "is not a valid <field>" ("isn't", "is
# invalid")
_REFUSED_QUOTE = regex.compile(
    r"""(?:^(?:Error:[ ]*)?|['‘’"“”`])(?P<value>[^'‘’"“”`\n]{2,60}?)['‘’"“”`][ ]*(?:is[ ]+not|isn['‘’]?t|is)"""
    r"""[ ]+(?:a[ ]+|an[ ]+)?(?:valid|invalid|recogni[sz]ed)[ ]+(?P<rest>[^\n]+)""",
    regex.IGNORECASE,
)
REFUSED_LABEL_AT = 12  # characters at most before the field's name ("UK ", "British ")
_XML_ATTRIBUTE = regex.compile(
    r"""(?<=[ ])(?:[A-Za-z_][\w.-]{0,20}:)?(?P<name>[A-Za-z_][\w.-]{0,40})[ ]?=[ ]?"""
    r"""["“”'](?P<value>[^"“”'<>=]{1,200})["“”']"""
)
# a label that is a start tag's name ("<" right before it, a namespace's prefix between) and
# an attribute after it
_TAG_OPEN_BEFORE = regex.compile(r"<(?:[A-Za-z_][\w.-]{0,20}:)?$")
_ATTRIBUTE_AFTER = regex.compile(r"[ ]+[A-Za-z_][\w:.-]{0,40}[ ]?=")
# A start tag alone on its line, opening an element with children (a fold triangle or a gutter's
# line number may come first, as OCR reads them: "▼", "v", "y", "*", "12")
_XML_OPENS = regex.compile(
    r"""[ ]*(?:\S{1,3}[ ]?)?<(?:[A-Za-z_][\w.-]{0,20}:)?(?P<tag>[A-Za-z_][\w.-]{0,40})(?:[ ][^<>]*)?>[ ]*"""
)
MEMBER_INDENT = 0.5  # line heights: a member starts this much right of its object's key
# A field sidebar's line: an optional one-character type icon ("k", "t", "#", "@" as OCR reads
# them), then one field path of two members or more ("user.name", "@timestamp" has none)
_FIELD_LINE = regex.compile(r"(?:\S[ ])?@?(?P<path>[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+)")
FIELD_PATH_MAX = 48  # characters: a field path's line is no longer
FIELD_LIST_INDENT = 0.3  # line heights: a field's values start this much right of its line
FIELD_LIST_REACH = 6  # line heights: ...and no further (text right of that is another panel's)
FIELD_LIST_GAP = 2.0  # line heights between a field's line and its first value, and between values
FIELD_LIST_ROWS = 10  # values listed under a field at most
MISREAD_MIN_LETTERS = 6  # a label this long may be read with one letter wrong; a shorter one never
MISREAD_PAIR_MIN_LETTERS = 8  # a label this long may have two neighbouring letters read as one ("rt": "n")
MISREAD_CACHE_LINES = 20_000  # line texts whose misread labels are remembered
LABEL_CACHE_LINES = 20_000  # line texts whose labels are remembered


# a postcode alone on an address's last line, as OCR may misread it ("E6U 498"): capitals and
# digits, with a digit, in one or two groups
_CODE_LINE = regex.compile(r"(?=[^\n]*\d)[A-Z0-9]{2,5}(?:[ ][A-Z0-9]{2,4})?")
COLON_GAP_LINE_HEIGHTS = 3.0  # a value this far right of "Caption:" may be another panel's text
STACKED_X_LINE_HEIGHTS = 0.5  # a value's next line starts this close to where the value starts
STACKED_GAP_LINE_HEIGHTS = 0.8  # and lies at most this far under it (a line's leading)
STACKED_OVERLAP_LINE_HEIGHTS = 0.3  # or this much over its bottom (tight leading, tall OCR boxes)
RECORD_REACH = 2.0  # times right_max a value may stand from its label in a column of values
RECORD_COLUMN_ROWS = 2  # captions' rows whose other records' values start at one x: a column
RECORD_COLUMNS_MAX = 3  # records side by side after the first (a joint application has two)
RECORD_ROWS = 2  # other rows of a record whose values start where this one's does


def _word(lt: LayoutText, word: WordRef) -> str:
    return lt.text[word.start : word.end]


def _with_owner(lt: LayoutText, ls: int, label_box: Box, word_gap: float) -> Box:
    """The label's box, from the caption's first word where a possessive names whose value it is
    ("Employee's surname", "Customer's address", "| Holder's name" with a box's edge read as
    "|"): the caption is left-aligned over its value, which starts under "Employee's", not under
    the label's word. At most OWNER_WORDS words of the label's run stand before it."""
    words = lt.words_in(ls, ls + 1)
    if not words or words[0].start != ls or words[0].index == 0:
        return label_box
    line = lt.lines[words[0].line]
    first = words[0].index
    before = line.words[max(0, first - OWNER_WORDS) : first]
    if not lt.text[before[-1].start : before[-1].end].endswith(("'s", "’s")):
        return label_box
    start = len(before) - 1
    while start > 0 and before[start].box.x - before[start - 1].box.x2 <= word_gap * line.height:
        start -= 1
    if line.words[first].box.x - before[-1].box.x2 > word_gap * line.height:
        return label_box
    x1 = before[start].box.x
    return Box.from_corners(min(x1, label_box.x), label_box.y, label_box.x2, label_box.y2)


def _colon_last(lt: LayoutText, line: LineRef, le: int) -> bool:
    """Whether the label ends its OCR line with a colon: a caption with nothing after it."""
    return lt.text[le : line.end].strip() == ":"


def _colon_then_gap(lt: LayoutText, ls: int, le: int, found: SpanFinding) -> bool:
    """Whether only a colon lies between the label and its value on their line, and the value
    stands far from it (COLON_GAP_LINE_HEIGHTS): text of another panel on the same row. Not
    where the colon stands apart from the label, at its value: keys padded to one column
    (`exiftool`'s "City<spaces>: <town>", `pdfinfo`, `ipconfig /all`) put the gap before the colon."""
    if lt.text[le : found.start].strip() != ":":
        return False
    label, value = span_box(lt, ls, le), span_box(lt, found.start, found.end)
    reach = COLON_GAP_LINE_HEIGHTS * max(label.h, 1)
    colon = lt.words_in(le, found.start)
    if colon and colon[-1].start >= le and value.x - colon[-1].box.x2 <= reach:
        return False  # the colon a word of its own (or the value's first character), by the value
    return value.x - label.x2 > reach


def _masked_under(lt: LayoutText, ls: int, le: int) -> bool:
    """Whether a masked value (`MASKED_VALUE`) stands right under the label, as `_starts_under`
    places a value: the caption's own value, which the plan masked."""
    label = span_box(lt, ls, le)
    h = max(label.h, 1)
    return any(
        lt.text[w.start : w.end] == MASKED_VALUE
        and w.box.y >= label.y2 - h / 2
        and abs(w.box.x - label.x) <= STACKED_X_LINE_HEIGHTS * h
        and w.box.y - label.y2 <= STACKED_GAP_LINE_HEIGHTS * h
        for line in lt.lines
        for w in line.words
    )


def _masked_beside(lt: LayoutText, ls: int, le: int, reach: float) -> bool:
    """Whether a masked value (`MASKED_VALUE`) starts right of the label, within `reach` line
    heights, on its row (its middle within the label's height): the caption's own value, which
    the plan masked, read as lines of its own (a hover card's 'Address' over a list whose masked
    cells OCR joined to the caption's line; its value's two masked lines beside it). The lines
    under the caption are the next captions' ('Plan', 'Since'), none of its value."""
    label = span_box(lt, ls, le)
    h = max(label.h, 1)
    return any(
        lt.text[w.start : w.end] == MASKED_VALUE
        and 0 <= w.box.x - label.x2 <= reach * h
        and label.y <= w.box.y + w.box.h / 2 <= label.y2
        for line in lt.lines
        for w in line.words[:1]
    )


def _starts_under(lt: LayoutText, ls: int, le: int, found: SpanFinding) -> bool:
    """Whether `found` starts right under the label (within half a line height of its x, at most
    a line's leading below it) and is no caption itself (no colon at its end)."""
    label, value = span_box(lt, ls, le), span_box(lt, found.start, found.end)
    h = max(label.h, 1)
    near = abs(value.x - label.x) <= STACKED_X_LINE_HEIGHTS * h and value.y - label.y2 <= STACKED_GAP_LINE_HEIGHTS * h
    return near and not lt.text[found.start : found.end].rstrip().endswith(":")


def _stacked_under(lt: LayoutText, ls: int, le: int, found: SpanFinding, group: LabelGroup) -> list[SpanFinding]:
    """The lines of a value right of its label that go on under it (a description list's
    "Address   <street>" over "<town> <postcode>" at the value's x): each next line that starts
    where the value starts, right under the last, with nothing on its row between the label's
    left edge and it (the next field's caption stands there), up to the group's `below_lines`."""
    label = _caption_box(lt, ls, le)
    last = span_box(lt, found.start, found.end)
    h = max(last.h, 1)
    taken: list[SpanFinding] = []
    while len(taken) < group.below_lines - 1:
        nxt = None
        for line in lt.lines:
            box = line.box
            if (
                abs(box.x - last.x) > STACKED_X_LINE_HEIGHTS * h
                or not -STACKED_OVERLAP_LINE_HEIGHTS * h <= box.y - last.y2 <= STACKED_GAP_LINE_HEIGHTS * h
            ):
                continue
            if nxt is None or box.y < nxt.box.y:
                nxt = line
        if nxt is None:
            break
        caption = any(
            other.box.x2 <= nxt.box.x
            and other.box.x >= label.x - h
            and abs(other.box.y + other.box.h / 2 - nxt.box.y - nxt.box.h / 2) <= nxt.box.h / 2
            for other in lt.lines
            if other is not nxt
        )
        line_text = lt.text[nxt.start : nxt.end]
        if caption or not (group.value_re.fullmatch(line_text) or _CODE_LINE.fullmatch(line_text)):
            break
        taken.append(SpanFinding(nxt.start, nxt.end, group.entity, group.score, f"label:{group.key}/right+below"))
        last = nxt.box
    return taken


def _value_column(lt: LayoutText, line: LineRef, first: WordRef, label_box: Box) -> bool:
    """Whether `first` (the first word right of a label, far from it) starts a column of values:
    a record printed in two columns without colons (`net user <login>`'s "Full Name   <name>",
    Settings > About's "Device name   <host>"), where the values stand at one x far right of
    their keys, or end at one x (pandas' Series of a row, `df.loc[n]`, right-aligns its values
    past the longest one). At least `RECORD_ROWS` other lines within a few rows start (or end)
    where it does (within half a line height) beside a key of their own."""
    h = max(line.box.h, 1)
    starts = ends = 0
    for other in lt.lines:
        if other is line or abs(other.box.y - line.box.y) > 8 * h:
            continue
        start = abs(other.words[0].box.x - first.box.x) <= h / 2
        end = abs(other.box.x2 - line.box.x2) <= h / 2
        if (start or end) and _keyed(lt, other, label_box, h):
            starts += start
            ends += end
    return max(starts, ends) >= RECORD_ROWS


def _keyed(lt: LayoutText, value: LineRef, label_box: Box, h: int) -> bool:
    """Whether a line of its own starts where the label does on `value`'s row (within half a line
    height `h`), and ends before `value` starts: the key of a record's value."""
    middle = value.box.y + value.box.h / 2
    return any(
        key is not value
        and abs(key.box.x - label_box.x) <= h / 2
        and abs(key.box.y + key.box.h / 2 - middle) <= h / 2
        and key.box.x2 < value.box.x
        for key in lt.lines
    )


def _caption_box(lt: LayoutText, ls: int, le: int) -> Box:
    """The label's box widened left over the words of its caption before it ("Current" of
    "Current address", "Previous" of "Previous address"): the words right before it on its
    line, each at most a line height from the next."""
    box = span_box(lt, ls, le)
    words = lt.words_in(ls, le)
    if not words:
        return box
    line = lt.lines[words[0].line]
    x = words[0].box.x
    for w in reversed(line.words[: words[0].index]):
        if x - w.box.x2 > max(line.height, 1):
            break
        x = w.box.x
    return Box(x, box.y, box.x2 - x, box.h)


def _beside_label(lt: LayoutText, ls: int, le: int, found: SpanFinding) -> bool:
    """Whether `found` stands on its label's row, right of it (not a line under it)."""
    label, value = span_box(lt, ls, le), span_box(lt, found.start, found.end)
    return value.x >= label.x2 - 1 and abs(value.y + value.h / 2 - (label.y + label.h / 2)) <= max(label.h, 1) / 2


def _label_itself(found: SpanFinding, labels: list[tuple[int, int, LabelGroup]], le: int) -> bool:
    """Whether the value `found` beside a label ending at `le` is, whole, another label of the
    line that follows it: "Street address" over its input box, read "Street: address" where the
    gate reads a redacted frame (the blur of the box below reaches the "t"), typed its value an
    ADDRESS. A label's word is no value of it, but where any word can be one (a password
    "password", a login "admin")."""
    if found.entity_type in _ANY_WORD_TYPES:
        return False
    return any(le <= a <= found.start and found.end <= b for a, b, _ in labels)


def _word_limit(lt: LayoutText, group: LabelGroup, run: Sequence[WordRef]) -> int:
    """The most words of `run` that one value of `group` may take: its max_words, or more where
    the run opens with a number printed in short groups of digits, which is one value however
    many groups it is set in (a French social security number in 7: "1 85 05 78 006 084 36")."""
    groups = 0
    for w in run[:GROUPED_NUMBER_WORDS]:
        if not _DIGIT_GROUP.fullmatch(lt.text, w.start, w.end):
            break
        groups += 1
    return max(group.max_words, groups)


def _before_details(lt: LayoutText, group: LabelGroup, run: list[WordRef]) -> list[WordRef]:
    """The words of `run` before its first separator word ("·", "-", "|"), where the run is too
    long to be a value and the group's values have a shape of their own (`misread`: digits, a
    date): a cell that lists a document's details after its number ("H1234567 · State: CA ·
    Expires 08/2029") holds the number first. The value must still match the group's shape, so
    a phrase cut at a dash is no value; names and places (no shape) keep the whole run."""
    if len(run) <= _word_limit(lt, group, run) or group.misread_re is None:
        return run
    for i, word in enumerate(run):
        if i and all(ch in _DETAIL_SEPARATORS for ch in lt.text[word.start : word.end]):
            return run[:i]
    return run


def _renamed(found: SpanFinding, recognizer: str) -> SpanFinding:
    return SpanFinding(found.start, found.end, found.entity_type, found.score, recognizer)


def _part_key(group: LabelGroup, key: str) -> bool:
    """Whether `key` is one of the keys of `group`'s parts (`member_keys`)."""
    return group.member_re is not None and group.member_re.fullmatch(key.strip(" " + _TRIM_CHARS)) is not None


def _misread_re(labels: Sequence[str]) -> Any:
    """The label alternatives matched with one letter wrong, one added and one dropped at most,
    two of these at most (the `regex` module's fuzzy matching, its match made as close as it can
    be); `_misread` says which reads count."""
    alternatives = "|".join(f"(?:{a})" for a in labels)
    return regex.compile(r"(?e)(?<![\w])(?:" + alternatives + r"){s<=1,i<=1,d<=1,e<=2}(?![\w])", LABEL_FLAGS)


def _misread(read: str, counts: tuple[int, int, int], changes: tuple[list[int], list[int], list[int]]) -> bool:
    """Whether `read`, a label matched with `counts` substitutions, insertions and deletions at
    the positions `changes`, is that label misread: one letter wrong, added or dropped in a
    label of MISREAD_MIN_LETTERS letters or more, or two neighbouring letters read as one, or
    one as two (a small font's "rt" read as "n", "m" as "rn": a letter wrong beside one dropped
    or added) in a longer one."""
    subs, ins, dels = counts
    edits = subs + ins + dels
    letters = sum(not c.isspace() for c in read) - ins + dels
    if edits == 1:
        return letters >= MISREAD_MIN_LETTERS
    if edits != 2 or subs != 1:
        return False
    at = sorted(changes[0] + changes[1] + changes[2])
    return at[1] - at[0] <= 1 and letters >= MISREAD_PAIR_MIN_LETTERS


def _cells(text: str, start: int, end: int, delimiter: str) -> list[tuple[int, int]]:
    """[start, end) of each field of a delimited line."""
    cells = []
    pos = start
    while True:
        cut = text.find(delimiter, pos, end)
        if cut < 0:
            cells.append((pos, end))
            return cells
        cells.append((pos, cut))
        pos = cut + 1


def _in_path(text: str, start: int) -> bool:
    """Whether the word at `start` is a member of a field path, glued after a letter's "." or
    "_" ("service.name", "user.email", "customer_email"): a log explorer's and a JSON path's
    field names, keys of their own."""
    return start >= 2 and text[start - 1] in "._" and text[start - 2].isalpha()


def _previous_word(text: str, pos: int) -> str:
    # a field path's segment before its member ("service" of "service.name")
    before = text[: pos - 1] if pos < len(text) and text[pos].isalpha() and _in_path(text, pos) else text[:pos]
    before = before.rstrip(" :")
    if before.endswith(MASKED_VALUE):
        return MASKED_VALUE  # a masked word: the gate's reading of one the plan masked
    i = len(before)
    while i > 0 and (before[i - 1].isalnum() or before[i - 1] in "_-"):
        i -= 1
    return before[i:].lower()


def _runs(words: list[WordRef], max_gap: float) -> list[list[WordRef]]:
    runs: list[list[WordRef]] = []
    for w in words:
        if runs and w.box.x - runs[-1][-1].box.x2 <= max_gap:
            runs[-1].append(w)
        else:
            runs.append([w])
    return runs


def _set_smaller(caption: list[WordRef], value: list[WordRef]) -> bool:
    """Whether the caption's words are set in smaller type than the value's: shorter boxes, or
    narrower letters (a login of x-height letters only, "owenr", has a shorter box than "Local
    account" in smaller type: its letters are wider)."""
    if not caption or not value:
        return False
    if max(w.box.h for w in caption) < max(w.box.h for w in value):
        return True

    def pitch(words: list[WordRef]) -> float:
        return sum(w.box.w for w in words) / max(1, sum(w.end - w.start for w in words))

    return pitch(caption) < CAPTION_PITCH * pitch(value)


def _hint_over_field(lt: LayoutText, label: Box, first: Box, line: Box) -> bool:
    """Whether `line`, right under a label and no value of it, is the field's hint: a line of
    help set between a label and its input box ("Account number / 8 digits", "National Insurance
    number / e.g. QQ 12 34 56 C", GOV.UK's and most banks' forms). It starts where the label
    starts (`first`: its first word under the label), lies in no input box, and an input box
    under the label starts right under it, so the value is the one typed in that box."""
    h = max(label.h, 1)
    if abs(first.x - label.x) > h:
        return False
    if any(f.box.contains(line) or f.box.intersects(line) for f in lt.fields):
        return False
    under = [f.box for f in lt.fields if f.box.y >= line.y2 - 2 and min(f.box.x2, label.x2) > max(f.box.x, label.x)]
    if not under:
        return False
    field = min(under, key=lambda b: b.y)
    if field.y <= line.y2 + HINT_FIELD_GAP * line.h:
        return True
    # after a failed submit the refused answer's message stands between the hint and the box:
    # lines stacked under this one, each starting where the label starts, the box right under them
    between = sorted(
        (
            other.box
            for other in lt.lines
            if other.box.y >= line.y2 - 2 and other.box.y2 <= field.y + 2 and other.box.x < label.x2
        ),
        key=lambda b: b.y,
    )
    if not 0 < len(between) < HINT_LINES_MAX or any(abs(b.x - label.x) > h for b in between):
        return False
    tops = [line, *between]
    if any(lower.y - upper.y2 > HINT_FIELD_GAP * upper.h for upper, lower in zip(tops, tops[1:])):
        return False
    return field.y <= between[-1].y2 + HINT_FIELD_GAP * between[-1].h


def _in_field_of(lt: LayoutText, hit: WordRef, run: list[WordRef]) -> list[WordRef]:
    """The words of `run` inside the input box that holds `hit` (their middles in it), where
    one does: a value typed into a field ends at the field's border. A drawer opened over a
    page puts its fields beside the page's text that its edge cuts, and OCR reads both as one
    line: shipping_labels' 'Label preview' heading, cut by the 'Edit recipient' drawer, and
    the drawer's 'Full name' field read as '<heading> <First> <Last>', all taken for the name."""
    for f in lt.fields:
        if _middle_in(hit.box, f.box):
            inside = [w for w in run if _middle_in(w.box, f.box)]
            return inside or run
    return run


def _buttons_apart(lt: LayoutText, label: list[WordRef], after: list[WordRef]) -> bool:
    """Whether the label's words and the first word `after` them (the boxes' borders between,
    read as "|", left out) are the captions of two boxes side by side (found from their
    borders), each alone and centred in its own: two buttons (a 5250 emulator's keypad, "Attn"
    beside "Sys Req"), no caption and its value. A value stands at the start of its field or
    cell, not in the middle of it."""
    caption = Box.union_all(w.box for w in label)
    first = next((w for w in after if not all(c in _BORDER_CHARS for c in lt.text[w.start : w.end])), None)
    if caption is None or first is None:
        return False
    own = [f.box for f in lt.fields if _middle_in(caption, f.box)]
    other = [f.box for f in lt.fields if _middle_in(first.box, f.box)]
    if len(own) != 1 or len(other) != 1 or own[0] == other[0]:
        return False
    return all(_centred_in(lt, box) for box in (own[0], other[0]))


def _centred_in(lt: LayoutText, box: Box) -> bool:
    """Whether the words inside `box` stand in its middle, no further off than half their height."""
    inside = words_inside(lt, box)
    run = Box.union_all(w.box for w in inside)
    return run is not None and abs((run.x + run.x2) - (box.x + box.x2)) <= run.h


def _middle_in(box: Box, outer: Box) -> bool:
    return outer.x <= box.x + box.w / 2 <= outer.x2 and outer.y <= box.y + box.h / 2 <= outer.y2


def _caption_between(lt: LayoutText, left: float, label: Box, line: Box, label_starts: set[int]) -> bool:
    """Whether another field's caption (a field label, `label_starts`) starts a line under
    `label` and above the lower `line`, from `left` (the label's line's left edge) and left of
    `line`'s end: a panel's heading holding a label word ("PREVIOUS ADDRESS") over a description
    list ("Address <street>", "<postcode>" wrapped under it, "Dates <from> to <to>", a note
    under them): the lines under it that reach under the label's word are those rows' values
    and notes, none of the heading's (energy_account: the note 'Lived at supply address since
    <mm/yyyy>' was an ADDRESS)."""
    return any(
        w.start in label_starts and left <= w.box.x < line.x2
        for other in lt.lines
        if label.y2 <= other.box.y < line.y
        for w in other.words[:1]
    )


def _field_between(lt: LayoutText, label: Box, line: Box) -> bool:
    """Whether an input box (found from its borders) lies wholly between `label` and the lower
    `line`, under the label: the label's field, empty, and `line` the next field's label ("City"
    over an empty box, then "Delivery method")."""
    return any(
        label.y2 - 1 <= f.box.y and f.box.y2 <= line.y + 2 and min(f.box.x2, label.x2) > max(f.box.x, label.x)
        for f in lt.fields
    )


def _detail_number(text: str, end: int, group: LabelGroup) -> bool:
    """Whether the rest of a subtitle's detail after its label, up to the next separator, is one
    number of the label's shape: "... · Case ref <ref> · Applied <date>" lists a caption and its
    value among the record's facts; a detail with no digit ("Parent/Guardian") is a role."""
    rest = text[end:]
    cut = _DETAIL_END.search(rest)
    value = rest[: cut.start() if cut else len(rest)].strip(" :")
    pattern = group.bare_value_re or group.value_re
    return any(c.isdigit() for c in value) and pattern is not None and pattern.fullmatch(value) is not None
