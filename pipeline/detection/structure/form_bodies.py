"""Form bodies as a program sends them: each field's name types its value, as a header types its
column.

A captured request (`tcpdump -A`, a proxy's flow view, a server's debug log, a browser's
"view source" of a POST) shows a form as its wire format, where no value has the shape a
recognizer expects:
- URL-encoded (`application/x-www-form-urlencoded`, a URL's query string): `name=value` pairs
  joined by `&`, a space as `+`, other characters as `%XX` (`phone=%2B44...`,
  `full_name=<Given>+<Family>`, `postcode=<out>+<in>`). The pairs of one body are a row of
  header and cell at once: their keys are looked up as the structure vocabulary's column headers
  (`full_name`, `postcode`, `dob`; a generic `name` only beside a specific one). A terminal wraps
  a long body anywhere: a line of the body whose first part has no `=` goes on with the value the
  line above ends with (or the key, cut in two). OCR loses a `&` now and then
  (`<postcode>marketing=0`): the value then runs to the next `=`, the next key's letters with it.
- multipart (`multipart/form-data`): each part is `Content-Disposition: form-data;
  name="<field>"`, a blank line, and the value on a line of its own; a file part
  (`filename=`) holds no field's value.

Nothing here logs or raises with detected text.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from pipeline.detection.structure.vocabulary import Vocabulary, phrase_key
from pipeline.detection.text import LayoutText, LineRef, SpanFinding

RECOGNIZER = "structure/form_body"
SCORE = 0.85
MIN_PAIRS = 2  # `key=value` pairs joined by `&` that make a line a form body, not an assignment
# a field's name before its `=`: letters, digits, `_`, `-`, `.` and `[]` (`address[city]`)
_KEY_CHARS = r"[A-Za-z][A-Za-z0-9_.\-\[\]]{0,40}"
_KEY_AT_END = regex.compile(_KEY_CHARS + "$")
# a multipart part's header; OCR reads its ';' as ':' (or adds a stray ':' after it) and its
# straight quotes as curly ones
# and a space inside the quoted name, where an underscore stands ('name="date_of _birth"')
_PART = regex.compile(
    r"form-data[ ;:,]{0,4}name[ ]?=[ ]?[\"'“”‘’]?(?P<key>" + _KEY_CHARS + r"(?:[ ][A-Za-z0-9_.\-\[\]]{1,40}){0,3})"
    r"(?:[\"'“”‘’;]|$)"
)
_FILE_PART = regex.compile(r"filename[ ]?=")
_PART_END = ("--", "Content-")  # a line that opens the next part or a part's header: no value
VALUE_BELOW_LINE_HEIGHTS = 3.2  # a part's value at most this far below its header (a blank line between)
PART_START_LINE_HEIGHTS = 1.0  # and starting this close to where the header starts


class FormBodyFinder:
    def __init__(self, vocabulary: Vocabulary, entities: Iterable[str]):
        self.vocabulary = vocabulary
        self.entities = frozenset(entities)

    def find(self, lt: LayoutText) -> list[SpanFinding]:
        return [*self._encoded(lt), *self._multipart(lt)]

    # ------------------------------------------------------------------ URL-encoded --

    def _encoded(self, lt: LayoutText) -> list[SpanFinding]:
        pairs: list[tuple[str, int, int]] = []  # (key, value start, value end) of the bodies shown
        carry: tuple[str, bool] | None = None  # the line above's last key, and whether its value was cut
        for line in lt.lines:
            text = lt.text[line.start : line.end]
            if "=" not in text:
                if carry is not None and carry[1] and " " not in text.strip():
                    pairs.append((carry[0], line.start, line.end))  # a value wrapped over a whole line
                else:
                    carry = None
                continue
            found, carry = _line_pairs(text, line.start, carry)
            pairs.extend(found)
        if not pairs:
            return []
        keys = [phrase_key([key]) or None for key, _, _ in pairs]
        types = self.vocabulary.column_entities(keys, self.entities)
        out = []
        for (_, start, end), entity in zip(pairs, types, strict=True):
            if entity is not None and end > start and any(ch.isalnum() for ch in lt.text[start:end]):
                out.append(SpanFinding(start, end, entity, SCORE, RECOGNIZER))
        return out

    # -------------------------------------------------------------------- multipart --

    def _multipart(self, lt: LayoutText) -> list[SpanFinding]:
        parts: list[tuple[str, LineRef]] = []  # (field name, value line)
        for line in lt.lines:
            text = lt.text[line.start : line.end]
            if "form-data" not in text or _FILE_PART.search(text):
                continue
            match = _PART.search(text)
            if match is None:
                continue
            below = _value_line(lt, line)
            if below is not None:
                parts.append((match.group("key"), below))
        if not parts:
            return []
        keys = [phrase_key(key.split()) or None for key, _ in parts]
        types = self.vocabulary.column_entities(keys, self.entities)
        return [
            SpanFinding(below.start, below.end, entity, SCORE, RECOGNIZER)
            for (_, below), entity in zip(parts, types, strict=True)
            if entity is not None
        ]


def _line_pairs(
    text: str, offset: int, carry: tuple[str, bool] | None
) -> tuple[list[tuple[str, int, int]], tuple[str, bool] | None]:
    """The `key=value` pairs of one line of a URL-encoded body (value offsets in the layout
    text), and what the next line may go on with: the last key and whether its value reached the
    line's end, or a key cut at the end. A line of fewer than MIN_PAIRS pairs is no body, unless
    it goes on with the body above (`carry`)."""
    segments: list[tuple[int, int]] = []
    start = 0
    for i, ch in enumerate(text):
        if ch == "&":
            segments.append((start, i))
            start = i + 1
    segments.append((start, len(text)))
    pairs: list[tuple[str, int, int]] = []
    for k, (a, b) in enumerate(segments):
        segment = text[a:b]
        eq = segment.find("=")
        if eq < 0:
            if k == 0 and carry is not None:
                key, in_value = carry
                if in_value and b > a:
                    pairs.append((key, offset + a, offset + b))  # the value the line above was cut in
            continue
        match = _KEY_AT_END.search(segment[:eq].rstrip())
        if match is None:
            continue
        key = match.group()
        if k == 0 and carry is not None and not carry[1] and match.start() == 0:
            key = carry[0] + key  # a key the line above was cut in ("full_na" + "me")
        value_start = eq + 1
        while value_start < len(segment) and segment[value_start] == " ":
            value_start += 1
        # an `&` OCR lost: the value runs to the next `=`, the next key's letters with it
        value_end = segment.find("=", value_start)
        value_end = len(segment.rstrip()) if value_end < 0 else value_end
        pairs.append((key, offset + a + value_start, offset + a + value_end))
    joined = sum(1 for a, b in segments if "=" in text[a:b])
    if joined < MIN_PAIRS and not (carry is not None and pairs):
        return [], None
    last_a, last_b = segments[-1]
    last = text[last_a:last_b]
    if not last.strip():
        return pairs, None  # the line ends at an `&`: the next line starts a key
    if "=" in last:
        return pairs, (pairs[-1][0], True) if pairs else None
    cut = _KEY_AT_END.search(last)
    return pairs, (cut.group(), False) if cut is not None and cut.start() == 0 else None


def _value_line(lt: LayoutText, header: LineRef) -> LineRef | None:
    """The line holding a multipart part's value: the first line under its header, a blank line
    between, starting where the header starts; None when the part is empty (the next part's
    boundary or header follows)."""
    height = header.height
    below = [
        ln
        for ln in lt.lines
        if ln.box.y >= header.box.y2 - height / 2
        and ln.box.y - header.box.y2 <= VALUE_BELOW_LINE_HEIGHTS * height
        and abs(ln.box.x - header.box.x) <= PART_START_LINE_HEIGHTS * height
    ]
    if not below:
        return None
    line = min(below, key=lambda ln: ln.box.y)
    if lt.text[line.start : line.end].startswith(_PART_END):
        return None
    return line
