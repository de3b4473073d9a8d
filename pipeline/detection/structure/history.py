"""A browser's history list: the pages a person visited, which the policy never keeps.

The privacy policy promises that browsing history never survives into a stored artifact. A page's
title says what someone looked at ("symptoms of ...", "<Name> | LinkedIn", "Track your parcel
<number>") even where no recognizer finds a value in it; its site is a URL (masked anyway). What
says "this is a history list" is its rows' shape: a time of day, the page's title, the site's
host name last ("14:38  Track your parcel ...  track.dpd.co.uk"), with a checkbox and a favicon
that OCR reads as a letter or two before and after the time, and two such rows or more one
under another with their times in one column. Every such row's title and site are
BROWSING_HISTORY; the day headings, the search box and the menus stay readable.
"""

from __future__ import annotations

import regex

from pipeline.detection.text import LayoutText, LineRef, SpanFinding, line_char_w

ENTITY = "BROWSING_HISTORY"
RECOGNIZER = "structure/history"
SCORE = 0.85
MIN_ROWS = 2  # a history list shows two visits at least; one such line alone is a log line
TIME_COLUMN_CHARS = 2.0  # the rows' times start within this many characters of one another
MAX_WORDS_BEFORE_TIME = 1  # a checkbox read as a letter or two ("B", "OC")
_TIME = regex.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ ]?[AaPp]\.?[Mm]\.?)?")
_HOST = regex.compile(r"(?i)(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?")


class HistoryFinder:
    def find(self, lt: LayoutText) -> list[SpanFinding]:
        rows = [row for row in (_row(lt, line) for line in lt.lines) if row is not None]
        findings = []
        for time_x, title_start, line in rows:
            width = line_char_w(line)
            aligned = sum(1 for other_x, _, _ in rows if abs(other_x - time_x) <= TIME_COLUMN_CHARS * width)
            if aligned >= MIN_ROWS:
                findings.append(SpanFinding(title_start, line.end, ENTITY, SCORE, RECOGNIZER))
        return findings


def _row(lt: LayoutText, line: LineRef) -> tuple[int, int, LineRef] | None:
    """(the time's x, where the title starts, the line) of a history row, or None."""
    words = line.words
    if len(words) < 3 or not _HOST.fullmatch(lt.text, words[-1].start, words[-1].end):
        return None
    for i, word in enumerate(words[: MAX_WORDS_BEFORE_TIME + 1]):
        if _TIME.fullmatch(lt.text, word.start, word.end) and i + 1 < len(words) - 1:
            return word.box.x, words[i + 1].start, line
    return None
