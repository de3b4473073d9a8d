"""A name right above its person's headline: "<Job title> at <Company>".

A recruiting tool's candidate card, a social site's "People you may know", a CRM's contact card
and a professional profile all print a person as two lines: the name, then what the person does
and where ("Senior Data Engineer at <Company>", "Head of Sales @ <Company>"). The headline is the
screen's own statement that the line over it names a person, whatever the name: a given name no
list knows beside a surname English also writes as a word ("<rare given name> Knight") is found
as surely as "John Smith". The headline's words before "at" end with a job title's word
(detection.yaml bare_names.headline_titles) and a capitalised word follows "at"; the name is two
or three capitalised words, none a system or UI word and not all of them ordinary English words
("Work History" over "Data Engineer at <Company>" is a heading), starting over the headline
(left-aligned or centred), its bottom at most `_ABOVE_LINE_HEIGHTS` line heights above it. A
scorecard's reviewer is printed the same way, over "<verdict> · <role>" ("Strong yes · Hiring
manager"): that line too says the one over it is a person.
Cards side by side on one OCR line (a kanban board's columns) are told apart by their gaps.

The same person on one line: an app's signed-in user in its top bar, "<First> <Last> · Reception",
"<First> <Last> · Class teacher" (a byline): two or three name-shaped words, one of them a known
given name or a listed surname and none a word that says what a company is ("Hotel <Name> ·
Reception" is the hotel), a separator OCR reads as "·", "-", "•" or "|", then one to three words
whose last is a job title's or one of `byline_roles` (a team or a desk: "Reception", "Talent
team"). An activity timeline's entry puts its date first: "<date> · <First> <Last>" over what was
done, the name two or three name-shaped words ending the line, whatever lists know of them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.detection.names import NameLexicon, is_name_token
from pipeline.detection.text import LayoutText, LineRef, SpanFinding, WordRef

RECOGNIZER = "names:headline"
_ABOVE_LINE_HEIGHTS = 1.6  # from the name's bottom to the headline's top
_CELL_GAP_LINE_HEIGHTS = 1.5  # a wider gap between two words parts two cards on one line
_ALIGN_LINE_HEIGHTS = 2.0  # the name starts this close to the headline's start, or inside it
_MAX_TITLE_WORDS = 6  # words of a headline before "at"
_AT = frozenset({"at", "@"})
# (a middle dot scaled to 66 % is read as "»": a scorecard's "Yes » Technical interviewer")
_SEPARATORS = frozenset({"·", "-", "•", "|", "–", "—", "»"})
_MAX_ROLE_WORDS = 3
_EDGE = ",.;:·|()"
# an entry's date before a byline's separator: "02/12/2026", "2026-10-28", "3 Oct 2026", a time
_DATE = re.compile(
    r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}[ ][A-Z][a-z]{2,8}(?:[ ]\d{4})?"
    r"|(?:\S+[ ])?\d{1,2}:\d{2}(?:[ ]?[ap]m)?"
)
_DATE_WORDS = 3
# a message's stamp after its author and role: a date, a time, or a date and its time ("2 Dec
# 16:05", "02/12/2026, 14:02", "Yesterday 09:15")
_STAMP = re.compile(r"(?:" + _DATE.pattern + r")(?:,?[ ](?:at[ ])?\d{1,2}:\d{2}(?:[ ]?[ap]m)?)?")
_STAMP_WORDS = 5


def _runs(words: Iterable[WordRef], height: int) -> list[list[WordRef]]:
    """The words of one OCR line cut where a gap is wider than a few letters: one card each."""
    runs: list[list[WordRef]] = []
    for w in words:
        if runs and w.box.x - runs[-1][-1].box.x2 <= _CELL_GAP_LINE_HEIGHTS * height:
            runs[-1].append(w)
        else:
            runs.append([w])
    return runs


class HeadlineNameFinder:
    """PERSON: the name line right above a "<Job title> at <Company>" line."""

    def __init__(self, lexicon: NameLexicon, titles: Iterable[str], score: float, roles: Iterable[str] = ()):
        self.lexicon = lexicon
        self.titles = frozenset(t.lower() for t in titles)
        self.roles = self.titles | frozenset(r.lower() for r in roles)
        self.score = score

    def find(self, lt: LayoutText) -> list[SpanFinding]:
        if not self.titles:
            return []
        found: list[SpanFinding] = []
        lines = lt.lines
        for index, line in enumerate(lines):
            # cheap gate: a word "at" or "@", or a separator, on the line
            texts = [lt.text[w.start : w.end].lower() for w in line.words]
            if any(t in _SEPARATORS for t in texts):
                found.extend(self._bylines(lt, line))
                for run in _runs(line.words, line.height):
                    if self._verdict_line([lt.text[w.start : w.end] for w in run]):
                        found.extend(self._name_above(lt, lines, index, run))
            if not any(t in _AT for t in texts):
                continue
            for run in _runs(line.words, line.height):
                if self._headline(lt, run):
                    found.extend(self._name_above(lt, lines, index, run))
        return found

    def _bylines(self, lt: LayoutText, line: LineRef) -> list[SpanFinding]:
        found: list[SpanFinding] = []
        for run in _runs(line.words, line.height):
            words = [lt.text[w.start : w.end] for w in run]
            dated = self._dated_byline(words)
            if dated:
                found.append(SpanFinding(run[-dated].start, run[-1].end, "PERSON", self.score, RECOGNIZER))
            authored = self._authored_byline(words)
            if authored:
                found.append(SpanFinding(run[0].start, run[authored - 1].end, "PERSON", self.score, RECOGNIZER))
            for i, word in enumerate(words):
                if word not in _SEPARATORS or not 2 <= i <= 3 or not 1 <= len(words) - i - 1 <= _MAX_ROLE_WORDS:
                    continue
                if words[-1].strip(_EDGE).lower() not in self.roles:
                    continue
                name = [w.strip(_EDGE) for w in words[:i]]
                lex = self.lexicon
                if (
                    self._name_shaped(name)
                    and any(lex.is_given_name(w) or lex.is_listed_surname(w) for w in name)
                    and not any(lex.is_organisation_word(w) for w in name)
                ):
                    found.append(SpanFinding(run[0].start, run[i - 1].end, "PERSON", self.score, RECOGNIZER))
        return found

    def _dated_byline(self, words: list[str]) -> int:
        """How many words at the end of `words` name the person after an entry's date ("<date> ·
        <First> <Last>": an activity timeline's entry, an audit trail's), or 0. The date alone
        before the separator, two or three name-shaped words after it and nothing else, none of
        them a word that says what a company is ("<date> · <Brand> Energy")."""
        for i, word in enumerate(words):
            if word not in _SEPARATORS or not 1 <= i <= _DATE_WORDS or not 2 <= len(words) - i - 1 <= 3:
                continue
            if not _DATE.fullmatch(" ".join(words[:i])):
                return 0
            name = [w.strip(_EDGE) for w in words[i + 1 :]]
            lex = self.lexicon
            if (
                self._name_shaped(name)
                and not lex.is_common_word(name[-1])  # an event's kind: "Winter Appeal", "Summer Fete"
                and not any(lex.is_organisation_word(w) for w in name)
            ):
                return len(name)
            return 0
        return 0

    def _authored_byline(self, words: list[str]) -> int:
        """How many words at the start of `words` name a message's author ("<First> <Last> ·
        <Role> · <date time>": a ticket's or a job's thread, a comment, a case note), or 0.
        Two or three name-shaped words, a separator, one to three words of a role whatever it is
        (tenant, contractor, the customer), a separator and the message's stamp ending the run:
        the stamp says an entry, the role that someone wrote it, whatever lists know of the
        name; none of its words says what a company is ("<Brand> Lettings · Branch · 2 Dec")."""
        seps = [i for i, word in enumerate(words) if word in _SEPARATORS]
        if len(seps) < 2 or not 2 <= seps[0] <= 3 or not 1 <= seps[1] - seps[0] - 1 <= _MAX_ROLE_WORDS:
            return 0
        stamp = words[seps[1] + 1 :]
        if not 1 <= len(stamp) <= _STAMP_WORDS or not _STAMP.fullmatch(" ".join(stamp)):
            return 0
        name = [w.strip(_EDGE) for w in words[: seps[0]]]
        lex = self.lexicon
        if (
            self._name_shaped(name)
            and not lex.is_common_word(name[-1])
            and not any(lex.is_organisation_word(w) for w in name)
        ):
            return len(name)
        return 0

    def _verdict_line(self, words: list[str]) -> bool:
        """A reviewer's line under their name: "<verdict> · <role>" ("Strong yes · Hiring
        manager", a scorecard's or an approval's), the verdict one to three frequent words (not a
        date, `_dated_byline`, nor a name, `_bylines`), the role one to three words ending with a
        job title's word."""
        seps = [i for i, word in enumerate(words) if word in _SEPARATORS]
        if len(seps) != 1 or not 1 <= seps[0] <= _MAX_ROLE_WORDS:
            return False
        verdict, role = words[: seps[0]], words[seps[0] + 1 :]
        return (
            1 <= len(role) <= _MAX_ROLE_WORDS
            and role[-1].strip(_EDGE).lower() in self.titles
            and all(self.lexicon.zipf(w.strip(_EDGE)) >= self.lexicon.common_zipf for w in verdict)
        )

    def _headline(self, lt: LayoutText, run: list[WordRef]) -> bool:
        words = [lt.text[w.start : w.end] for w in run]
        for i, word in enumerate(words):
            if word.lower() not in _AT or not 1 <= i <= _MAX_TITLE_WORDS or i + 1 >= len(words):
                continue
            title = words[i - 1].strip(_EDGE).lower()
            if (title in self.titles or title.rstrip("s") in self.titles) and words[i + 1][:1].isupper():
                return True
        return False

    def _name_above(
        self, lt: LayoutText, lines: tuple[LineRef, ...] | list[LineRef], index: int, headline: list[WordRef]
    ) -> list[SpanFinding]:
        x1, x2 = headline[0].box.x, headline[-1].box.x2
        top = min(w.box.y for w in headline)
        best: tuple[int, list[WordRef]] | None = None
        for line in lines[max(index - 8, 0) : index + 1]:
            h = line.height
            for run in _runs(line.words, h):
                if run is headline or run[0].box.x < x1 - _ALIGN_LINE_HEIGHTS * h or run[0].box.x > x2:
                    continue
                bottom = max(w.box.y2 for w in run)
                gap = top - bottom
                if not 0 <= gap <= _ABOVE_LINE_HEIGHTS * h:
                    continue
                if best is None or gap < best[0]:
                    best = (gap, run)
        if best is None:
            return []
        run = best[1]
        name = [lt.text[w.start : w.end].strip(_EDGE) for w in run]
        if not 2 <= len(name) <= 3 or not self._name_shaped(name):
            return []
        return [SpanFinding(run[0].start, run[-1].end, "PERSON", self.score, RECOGNIZER)]

    def _name_shaped(self, name: list[str]) -> bool:
        lex = self.lexicon
        if not all(w[:1].isupper() and is_name_token(w) for w in name):
            return False
        if any(lex.is_system(w) or w.lower() in lex.ui or w.lower() in self.titles for w in name):
            return False
        # not all ordinary words: a section's heading over a job ("Work History", "Current Role")
        return not lex.all_dictionary([part for w in name for part in w.split("-")])
