"""An opened e-mail message: the lines under its header are its body, which is never kept.

The privacy policy promises that e-mail bodies never survive into a stored artifact (shared
policy: "browsing history, e-mail messages and addresses, passwords ... are not collected"). A
body has no shape of its own: it is prose, a signature, a quoted reply. What says "this is a
message" is its header: the sender's line (a sender label first, "From: Ann Lee", or an address
in angle brackets, "Ann Lee <ann.lee@x.com>") and right under it the recipient's line (a
recipient label first: "To: Ben Ray", Gmail's "to me"). A `git log` entry has an author with an
address in brackets but no recipient, and a mail list's rows have neither: those stay readable.

Every line under the header (after any other header lines: "Sent:", "Subject:") that lies in the
message's column is EMAIL_BODY, down to a gap wider than a paragraph break, a line of the
message's action buttons ("Reply", "Forward"), or a line that belongs to another panel.

A body outgrows its header's reach: the analysis hands detection the lines that changed with a
few lines around them, and a message typed line by line, or scrolled, soon shows its new lines
without its header. So the body's lines are remembered (`MailMemory`, in memory only, like a
table's columns): a line seen again where it was (a line being typed grows, so its first
letters are what must match) or, long enough to be that message's own, anywhere (scrolled), is
still the body, and so are the lines under it in its column, by the same rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from pipeline.core.types import Box
from pipeline.detection.structure.vocabulary import EDGE_PUNCTUATION, MailWords, phrase_key
from pipeline.detection.text import LayoutText, LineRef, SpanFinding

ENTITY = "EMAIL_BODY"
RECOGNIZER = "structure/mail"
SCORE = 0.85
HEADER_GAP_LINE_HEIGHTS = 2.5  # the recipient's line lies at most this far under the sender's
BODY_GAP_LINE_HEIGHTS = 3.5  # a body ends where the next line is further below than this
COLUMN_SLACK_LINE_HEIGHTS = 4.0  # a body line starts at most this far left of the header
RUN_GAP_LINE_HEIGHTS = 0.6  # a gap this wide parts a line's words into runs (panels side by side)
MAX_BODY_LINES = 80
# A header's lines start close to its first line's start: labels set flush, or right-aligned (a
# shorter "To:" starts right of "From:", a longer "Subject:" left of "To:" in a compose window)
ALIGN_LINE_HEIGHTS = 2.0
_BRACKETED_ADDRESS = regex.compile(r"<[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+>")
_WEB_ADDRESS = regex.compile(r"(?:://|(?<![@\w.-])[\w-]+(?:\.[\w-]+)+/)")  # "https://", "<site>.<tld>/<path>"
_BOUNDARY = regex.compile(r"--[0-9A-Za-z'()+_,./=?-]{8,70}")  # a MIME part's boundary line (RFC 2046)
# small type scaled down reads a field name's hyphen with a space beside it ("Content -Type")
_FIELD_HYPHEN = regex.compile(r"\s*-\s*")
_EXTENSION_FIELDS = ("x-", "arc-")  # header fields anyone may add ("X-Mailer"), and ARC's
_SLIP_FIELD_CHARS = 8  # a field name this long is still that field with one letter misread ("OKIM-Signature")
_LABEL_WORDS = 3  # a header label has at most this many words ("reply to", "reply to all")
MAX_ACTION_WORDS = 8  # a line of the message's buttons; a sentence saying "forward" is longer
MAX_REMEMBERED_LINES = 240  # body lines kept per recording (the newest)
SAME_START_CHARS = 6  # a remembered line seen again where it was starts with the same letters
MOVED_MIN_CHARS = 16  # a remembered line found anywhere else is at least this long, whole


@dataclass(frozen=True, slots=True)
class BodyLine:
    """A line of a message's body: its text key, where it was, and its message's column."""

    key: str
    box: Box
    left: float

    def at(self, box: Box) -> bool:
        """Whether a line at `box` starts where this one did."""
        reach = max(box.h, self.box.h)
        return abs(box.y - self.box.y) <= reach / 2 and abs(box.x - self.box.x) <= reach

    def here(self, key: str, box: Box) -> bool:
        """Whether a line `key` at `box` is this line, as it was or as typed further."""
        if not self.at(box):
            return False
        n = min(SAME_START_CHARS, len(key), len(self.key))
        return n > 0 and key[:n] == self.key[:n]


@dataclass
class MailMemory:
    """Message bodies this recording showed, by line, newest last."""

    lines: list[BodyLine] = field(default_factory=list)
    revision: int = 0

    def remember(self, line: BodyLine) -> None:
        """Keep `line`; what was remembered at its place (the same line, typed shorter, or what
        the screen showed there before) is replaced."""
        if line in self.lines:
            return
        self.lines = [known for known in self.lines if not known.at(line.box)]
        self.lines.append(line)
        del self.lines[:-MAX_REMEMBERED_LINES]
        self.revision += 1

    def seen(self, key: str, box: Box) -> BodyLine | None:
        """The remembered line that a line `key` at `box` is, as it was or as typed further."""
        return next((known for known in reversed(self.lines) if known.here(key, box)), None)

    def moved(self, key: str) -> BodyLine | None:
        """The remembered line `key` is, wherever it is now, if long enough to be a body's own
        (a body moves whole when it scrolls: the finder asks for the line under it too)."""
        if len(key) < MOVED_MIN_CHARS:
            return None
        return next((known for known in reversed(self.lines) if known.key == key), None)


class MailBodyFinder:
    def __init__(self, words: MailWords):
        self.words = words

    def find(self, lt: LayoutText, memory: MailMemory | None = None) -> list[SpanFinding]:
        runs = _runs(lt)
        done: set[int] = set()
        body: dict[int, float] = {}  # run index -> its message's column left
        for index, run in enumerate(runs):
            if index in done:
                continue
            if self._sender(lt, run):
                header = self._header(lt, runs, index)
            elif self._recipient(lt, run) and not self._empty(lt, runs, index):
                header = self._header(lt, runs, index, composing=True)
            else:
                continue
            if header is None:
                continue
            last, lines = header
            done.update(lines)
            left = _column_left(run)
            for line in self._body(lt, runs, last, left):
                done.add(line)
                body[line] = left
        if memory is not None and memory.lines:
            # a body whose header is out of this text's reach: from a line remembered as body
            keys = {i: _key(lt, run) for i, run in enumerate(runs) if i not in done}
            actions: list[Box] | None = None  # the message's buttons, looked for once a line is known
            for index in sorted(keys, key=lambda i: runs[i].box.y):
                if index in done:
                    continue
                known = memory.seen(keys[index], runs[index].box) or self._moved(runs, keys, index, memory)
                if known is None:
                    continue
                if actions is None:
                    actions = [run.box for run in runs if self._actions(lt, run)]
                if _on_row_of(runs[index].box, actions):
                    continue  # a shape of the buttons' row remembered as body: the body ended above it
                if self._source_field(lt, runs[index]):
                    continue  # a raw source's header field where a body line was (scrolled): no body
                # the body goes on under it in its own column: an icon at the pane's edge read as
                # a letter (a scroll bar's arrow, "a"), remembered with a body, makes no body of
                # the next message's subject and sender where they show under it (mail_thread)
                left = max(known.left, _column_left(runs[index]))
                for line in [index, *self._body(lt, runs, index, left)]:
                    done.add(line)
                    body.setdefault(line, known.left)
        findings = []
        for index, left in sorted(body.items()):
            ref = runs[index]
            findings.append(SpanFinding(ref.start, ref.end, ENTITY, SCORE, RECOGNIZER))
            if memory is not None:
                memory.remember(BodyLine(_key(lt, ref), ref.box, left))
        return findings

    def _sender(self, lt: LayoutText, line: LineRef) -> bool:
        text = lt.text[line.start : line.end]
        return _BRACKETED_ADDRESS.search(text) is not None or self._starts_with(lt, line, self.words.sender_labels)

    def _recipient(self, lt: LayoutText, line: LineRef) -> bool:
        """A recipient's line: a recipient label first, and no web address on it. A browser's
        address bar scaled down reads its reload icon as "Cc" before "Not secure <site>/<path>"
        (scene delivery_tracking at 0.75: under it a "Sender" caption made a header, and the
        page below was masked as a message body); an address chip holds an "@", not a path."""
        if not self._starts_with(lt, line, self.words.recipient_labels) or self._in_sentence(lt, line):
            return False
        # the OCR line the run was cut from: the icon's "Cc" is a run of its own, the site another
        whole = next((ln for ln in lt.lines if ln.start <= line.start and line.end <= ln.end), line)
        return _WEB_ADDRESS.search(lt.text[whole.start : whole.end]) is None

    def _in_sentence(self, lt: LayoutText, line: LineRef) -> bool:
        """Whether a run that starts with a recipient label in small letters goes on with a word
        of small letters: the end of a sentence that a gap wider than a space parted from its
        start ("... Contact the HR team" | "to change it."), in small helper text under a form's
        fields, where the caption under it ("DATE OF BIRTH") then read as a header line and the
        form under it as a message's body. A recipient's line names people or addresses after
        its label; Gmail's "to me" is a label of its own."""
        words = _words(lt, line)
        if words and len(words[0]) == 1:
            words = words[1:]  # an avatar's initial ("R to me")
        if len(words) < 2 or not words[0].islower() or phrase_key(words[:2]) in self.words.recipient_labels:
            return False
        return words[1].isalpha() and words[1].islower()

    def _header(
        self, lt: LayoutText, runs: list[LineRef], first: int, *, composing: bool = False
    ) -> tuple[int, list[int]] | None:
        """The index of the header's last run (its recipient's line, or the header lines after
        it) and the indices of its runs, or None when no recipient's line lies right under the
        sender's. A message being written (`composing`) starts at its recipient's line ("To"
        and the chips of its addresses) and has a header line right under it ("Subject")."""
        top = runs[first]
        last, bottom, recipient = None, top.box.y2, composing
        lines: list[int] = []
        column = _below(runs, top, _column_left(top))
        for index in column:
            line = runs[index]
            if line.box.y - bottom > HEADER_GAP_LINE_HEIGHTS * max(top.height, line.height):
                break
            if _after_on_row(runs, column, index):
                continue  # a header row's value, whose label is the row's first run
            reach = ALIGN_LINE_HEIGHTS * top.height
            if self._recipient(lt, line):
                if top.box.x - _label_x(lt, line) > reach:
                    continue  # another panel's, left of the header: a list cut off at a drawer's edge
                if self._empty(lt, runs, index):
                    bottom = max(bottom, line.box.y2)  # an empty Cc field: the header goes on under it
                    continue
                recipient = True
            elif not (
                recipient
                and self._starts_with(lt, line, self.words.header_labels | self.words.sender_labels)
                and not (composing and line.box.x - top.box.x > reach)
            ):
                if recipient:
                    break
                continue  # the sender's line wraps, or a date beside it: the recipient may follow
            last, bottom = index, line.box.y2
            lines.append(index)
        return (last, lines) if recipient and last is not None else None

    def _empty(self, lt: LayoutText, runs: list[LineRef], index: int) -> bool:
        """Whether run `index` is a recipient label with no recipient after it on its row: a
        compose window's empty Cc field, or what OCR read "Cc" of a list's row cut off at the
        edge of a details drawer opened over it (scene payment_activity at 0.75: each of its rows
        showed the 'C' of its status; under the drawer's "To <name>" row, beside its "Date" row
        and under a received payment's "From <name>" row, such a "Cc" made a message's header,
        and the drawer's rows its body). Neither starts a header nor makes one whole; "To" with
        its names in a column of their own still does."""
        line = runs[index]
        words = _words(lt, line)
        if len(words) != 1 or phrase_key(words) not in self.words.recipient_labels:
            return False  # Gmail's "to me" names its recipient
        middle = line.box.y + line.box.h / 2
        return not any(
            other.box.x >= line.box.x2 and abs(other.box.y + other.box.h / 2 - middle) <= line.box.h / 2
            for i, other in enumerate(runs)
            if i != index
        )

    def _moved(self, runs: list[LineRef], keys: dict[int, str], index: int, memory: MailMemory) -> BodyLine | None:
        """The remembered line that run `index` is, moved, when the run under it is one too: a
        line alone equal to a body's is something else (the recipient's name in a chip, after
        the autocomplete list that showed it under the header went)."""
        known = memory.moved(keys[index])
        if known is None:
            return None
        under = next((i for i in _below(runs, runs[index], known.left) if i != index), None)
        return known if under is not None and memory.moved(keys.get(under, "")) is not None else None

    def _body(self, lt: LayoutText, runs: list[LineRef], header: int, left: float) -> list[int]:
        """The runs of the body under run `header` (or a body line), in the column from `left`."""
        bottom = runs[header].box.y2
        body: list[int] = []
        # runs to the left are another panel's (a folder list, the message list beside the
        # reading pane or under a compose window: their rows share OCR lines with the body's)
        field_x: float | None = None  # the start of the last source header field passed over
        column = _below(runs, runs[header], left)
        actions: list[Box] | None = None  # the message's buttons in the column, looked for once
        for index in column:
            line = runs[index]
            if line.box.y - bottom > BODY_GAP_LINE_HEIGHTS * line.height or len(body) >= MAX_BODY_LINES:
                break
            if self._actions(lt, line):
                break  # the message's buttons: its body ended above them
            if actions is None:
                actions = [runs[i].box for i in column if self._actions(lt, runs[i])]
            if _on_row_of(line.box, actions):
                break  # a button's icon read apart, the outlines' bottoms: the buttons' row
            bottom = max(bottom, line.box.y2)
            if field_x is not None and line.box.x > field_x + line.height:
                continue  # a folded header field's next line, indented under it
            field_x = None
            if self._source_field(lt, line):
                field_x = line.box.x
                continue
            body.append(index)
        return body

    def _source_field(self, lt: LayoutText, line: LineRef) -> bool:
        """A raw message source's header field ("Received: from ...", "DKIM-Signature: v=1;",
        "X-Originating-IP: [..]") or a MIME boundary ("--000000000000a1b2"): the message's
        envelope, no body. Its addresses and IPs are their recognizers' to find."""
        text = lt.text[line.start : line.end].lstrip()
        if _BOUNDARY.fullmatch(text):
            return True
        name, colon, _ = text.partition(":")
        name = _FIELD_HYPHEN.sub("-", name.strip().lower())
        if not colon:
            return False
        if " " not in name and name.startswith(_EXTENSION_FIELDS):
            return True
        if name in self.words.source_fields:
            return True
        # a hyphenated name only: a body's "Referenced:" is one letter from "references"
        slips = len(name) >= _SLIP_FIELD_CHARS and "-" in name
        return slips and any(_one_slip(name, known) for known in self.words.source_fields)

    def _starts_with(self, lt: LayoutText, line: LineRef, phrases: frozenset[str]) -> bool:
        """Whether the line's first words are one of `phrases`: icons and arrows left out, and
        a single character before them (an avatar's initial: "R to me")."""
        words = _words(lt, line)
        starts = (0, 1) if words and len(words[0]) == 1 else (0,)
        return any(
            phrase_key(words[s : s + n]) in phrases for s in starts for n in range(1, min(_LABEL_WORDS, len(words)) + 1)
        )

    def _actions(self, lt: LayoutText, line: LineRef) -> bool:
        """A short line of buttons that holds an action ("Reply", "Forward"): icons read as
        letters around them ("(O © Fleply © Forward")."""
        words = _words(lt, line)
        return len(words) <= MAX_ACTION_WORDS and any(phrase_key([w]) in self.words.actions for w in words)


def _one_slip(name: str, known: str) -> bool:
    """Whether `name` is `known` with one letter read as another."""
    return len(name) == len(known) and sum(a != b for a, b in zip(name, known, strict=True)) == 1


def _words(lt: LayoutText, line: LineRef) -> list[str]:
    """The words of a line that hold a letter or digit, icons and arrows left out."""
    words = [lt.text[w.start : w.end].strip(EDGE_PUNCTUATION + "↩↪▾▸›»←→") for w in line.words]
    return [w for w in words if any(ch.isalnum() for ch in w)]


def _label_x(lt: LayoutText, line: LineRef) -> int:
    """Where the line's label starts: after an avatar's initial read before it ("R to me")."""
    words = [w for w in line.words if any(ch.isalnum() for ch in lt.text[w.start : w.end])]
    if len(words) > 1 and len(lt.text[words[0].start : words[0].end].strip(EDGE_PUNCTUATION)) == 1:
        return words[1].box.x
    return words[0].box.x if words else line.box.x


def _key(lt: LayoutText, line: LineRef) -> str:
    return phrase_key(_words(lt, line))


def _below(runs: list[LineRef], top: LineRef, left: float) -> list[int]:
    """The indices of the runs under `top` (their top below its middle) that start at `left`
    or right of it, top to bottom."""
    middle = top.box.y + top.box.h / 2
    below = [i for i, ln in enumerate(runs) if ln.box.y >= middle and ln is not top and ln.box.x >= left]
    return sorted(below, key=lambda i: runs[i].box.y)


def _after_on_row(runs: list[LineRef], column: list[int], index: int) -> bool:
    """Whether another run of `column` starts left of run `index` on its row. A terminal mail
    client's header rows (mutt's pager: "Cc: <name> <address>, ...") are parted into a run a word,
    its monospace spaces as wide as the gap between runs, and OCR sets the words of a row a
    pixel above or below its label: taken in their order down the screen, a recipient's name came
    before its row's "Cc:" label, made no header line, ended the header, and the Cc and Subject
    rows became the body (mutt_mail, corpus36/scn2). A header row is judged by its first run."""
    line = runs[index]
    middle = line.box.y + line.box.h / 2
    return any(
        i != index
        and runs[i].box.x2 <= line.box.x
        and abs(runs[i].box.y + runs[i].box.h / 2 - middle) <= min(line.box.h, runs[i].box.h) / 2
        for i in column
    )


def _on_row_of(box: Box, actions: list[Box]) -> bool:
    """Whether a run at `box` shares its rows with a line of a message's buttons (`actions`): OCR
    reads a row of outlined buttons as two lines that overlap in height (the outlines' tops with
    the labels, then their bottoms as shapes, 'J\\', 'A'), and with the pointer's I-beam over
    'Reply' the first button's icon as a run of its own ('fr'), at the labels' height. Taken down
    the screen before the labels' run, such a run was a body line; remembered, it carried the
    body on under it, over the outlines' bottoms (webmail_inbox, corpus42: the gate's EMAIL_BODY
    x19 over the buttons, the analysis's mask over 'Reply'). A body line lies above its buttons."""
    return any(box.y < a.y2 and a.y < box.y2 for a in actions)


def _column_left(top: LineRef) -> float:
    return top.box.x - COLUMN_SLACK_LINE_HEIGHTS * top.height


def _runs(lt: LayoutText) -> list[LineRef]:
    """Each line's runs of words, parted at gaps wider than RUN_GAP_LINE_HEIGHTS: the text of
    two panels or windows side by side shares OCR lines (a compose window over the mail list,
    a reading pane beside it), and a header's label starts its panel's run, not the line."""
    runs: list[LineRef] = []
    for line in lt.lines:
        gap = RUN_GAP_LINE_HEIGHTS * line.height
        start = 0
        words = line.words
        for i in range(1, len(words) + 1):
            if i == len(words) or words[i].box.x - words[i - 1].box.x2 > gap:
                part = words[start:i]
                box = Box.union_all(w.box for w in part)
                assert box is not None
                runs.append(LineRef(part[0].start, part[-1].end, part, box, line.layout_index))
                start = i
    return runs
