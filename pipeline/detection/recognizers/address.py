"""Postal addresses of the US, the UK and Canada, with the rules of `pyap2` (a maintained
address parser for those three countries), and postcodes on their own.

An address on a screen spans lines: the street, then the town and postcode below it, and in a
form or an invoice with columns the layout text interleaves them with the next column's lines.
Every address of the three countries ends in a postcode (US: a ZIP or a state), so pyap2's rules
run only on the lines of one block that end at a line holding one (AddressBlockFinder, a layout
pass: the lines stacked above it that overlap it horizontally, up to three), and only from
where a house number and a street type stand; a screen without postcodes costs one cheap scan
per country. What pyap2 finds there is ADDRESS (street to postcode). Postcodes are also reported
alone as ZIP_CODE (PostcodeRecognizer, with context words of its own): a UK postcode ("SW1A
1AA") or a Canadian one ("K1A 0B1") written with its space, a US ZIP+4, a ZIP after ", ST";
other shapes (no space, a bare 5-digit ZIP) need a context word ("zip", "postcode"). Street
lines alone ("221B Baker Street", StreetLineRecognizer) are numbers, capitalised words and a
street type from pyap2's lists; types that also name technical things ("445 SMB Port", "3389
Remote Desktop Gateway") and plurals ("2 Network Drives") need a context word ("address").

pyap2's patterns run on our text as it is (its own `parse` rewrites spaces and commas first,
which would move the offsets we map back to boxes).
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable, Iterator
from typing import Any

import regex
from pyap.source_CA import data as ca_rules
from pyap.source_GB import data as gb_rules
from pyap.source_US import data as us_rules

from pipeline.core.types import Box
from pipeline.detection.recognizers.base import CodeRecognizer
from pipeline.detection.text import LayoutText, LineRef, SpanFinding, WordRef

WINDOW_LINES = 3  # street, town, postcode: the lines an address takes at most
STACK_MAX_LINES = 4  # a flat, a street, a locality, a town above a postcode (AddressBlockFinder._stacked)
_PYAP_FLAGS = re.VERBOSE | re.UNICODE  # the flags pyap2 compiles its rules with
_RULES = {"US": us_rules, "GB": gb_rules, "CA": ca_rules}


@functools.cache
def _full_address(country: str) -> re.Pattern[str]:
    # compiled on first use (the US rules take about a second): once per process
    return re.compile(_RULES[country].full_address, _PYAP_FLAGS)


_GB_POSTCODE = regex.compile(r"(?<![\w-])(?:" + gb_rules.postal_code + r")(?![\w-])", regex.VERBOSE | regex.VERSION0)
_CA_POSTCODE = regex.compile(r"(?<![\w-])(?:" + ca_rules.postal_code + r")(?![\w-])", regex.VERBOSE | regex.VERSION0)
_US_STATE = (
    r"(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|"
    r"W[AIVY])"
)
_NUMBER_END = r"(?![\w/-]|[.,:]\d)"  # not inside a longer number, path or version
_US_ZIP4 = regex.compile(rf"(?<![\w./:-])\d{{5}}-\d{{4}}{_NUMBER_END}")
_US_STATE_ZIP = regex.compile(
    rf"(?<=[A-Za-z]{{2}}),[ ]?{_US_STATE}[ ]{{1,2}}(?P<zip>\d{{5}}(?:-\d{{4}})?){_NUMBER_END}"
)
_US_ZIP = regex.compile(rf"(?<![\w./:#-])\d{{5}}{_NUMBER_END}")
# Australia: a suburb, its state and four digits ("Manly NSW 2095", "Manly, NSW, 2095"); each
# state's postcodes start with its own digits, which a state and number in other text ("SA 1234"
# in an error) seldom match; written with commas, as forms join their fields, any four count
_AU_POSTCODE = regex.compile(
    r"(?<=\p{L}{2},?[ ]{1,2})(?-i:NSW[ ]{1,2}(?P<code>[12]\d{3})|VIC[ ]{1,2}(?P<code>[38]\d{3})"
    r"|QLD[ ]{1,2}(?P<code>[49]\d{3})|SA[ ]{1,2}(?P<code>5\d{3})|WA[ ]{1,2}(?P<code>6\d{3})"
    r"|TAS[ ]{1,2}(?P<code>7\d{3})|NT[ ]{1,2}(?P<code>08\d{2})|ACT[ ]{1,2}(?P<code>(?:02|26|29)\d{2})"
    r"|(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT),[ ]{1,2}(?P<code>\d{4}))(?![\w/-])",
    regex.VERSION0,
)
# Ireland's Eircode: a routing key ("D02", "F23", "D6W") and four of its unique identifier's
# letters and digits, written with the space ("D08 W2C4")
_IE_EIRCODE = regex.compile(r"(?<![\w-])(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ ](?=[A-Z]*\d)[0-9AC-FHKNPRTV-Y]{4}(?![\w-])")
# New Zealand: a town and four digits on the line under a street ("Takapuna 0622"): alone such a
# line is a product and its year as often ("Windows 2000"), so only a street above makes it one
_NZ_TOWN_CODE = regex.compile(
    r"\p{Lu}[\p{L}'’.-]+(?:[ ]\p{Lu}[\p{L}'’.-]+){0,2}[ ]{1,2}(?P<code>\d{4})", regex.VERSION0
)
_PYAP_COUNTRIES = frozenset(_RULES)
# the rest of an address written on one line after its street, for the countries pyap2 has no
# rules for: the suburb or town (and a county, "Co. Cork"), then the state and postcode
# (Australia), the postcode (New Zealand), or the Eircode ("..., Takapuna 0622")
_ONE_LINE_TAIL = regex.compile(
    r"(?:,[ ]{1,2}(?:RD[ ]\d{1,2}|\p{Lu}[\p{L}'’.-]*(?:[ ]\p{Lu}[\p{L}'’.-]*){0,2})){1,3},?[ ]{1,2}"
    r"(?:(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT),?[ ]{1,2}\d{4}|\d{4}|(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ ][0-9AC-FHKNPRTV-Y]{4})"
    r"(?![\w/-])",
    regex.VERSION0,
)
# "Madison, WI": an address without its ZIP
_US_STATE_END = regex.compile(rf"(?<=[A-Za-z]{{2}}),[ ]?(?P<state>{_US_STATE})(?![\w])")
# OCR reads a UK postcode's digit as the letter it resembles: the digit that starts the inward
# code ("M5 STW" for "M5 5TW") or the outward code's ("KTOA 8TT" for "KT0A 8TT"). Such a letter
# is read back as its digit (same length, so offsets hold) before the postcode and address rules
# run, where the other half keeps its real digit ("TO SEE" in a heading stays words).
_INWARD_MISREAD = regex.compile(r"(?<![\w-])([A-Z]{1,2}[0-9][A-Z0-9]?[ ]{1,2})([SOIlBZG])([A-Z]{2})(?![\w-])")
_OUTWARD_MISREAD = regex.compile(r"(?<![\w-])([A-Z]{1,2})([SOIlBZG])([A-Z0-9]?[ ]{1,2}[0-9][A-Z]{2})(?![\w-])")
_LOOK_ALIKES = "SOIlBZG"
_AS_DIGIT = str.maketrans(_LOOK_ALIKES, "5011826")
# At a low bitrate a '9' whose tail the encoder softened reads as 'Y': an outward code of one or
# two letters and that 'Y' has no digit, which every outward code has ("WY 7HB" for "W9 7HB"),
# so the 'Y' is its digit when a valid inward code follows (its letters are never C I K M O V:
# "BY 3PM" stays words); "SY2 7HB" keeps its Y.
_OUTWARD_Y = regex.compile(r"(?<![\w-])([A-Z]{1,2})Y([ ]{1,2}[0-9][ABD-HJLNP-UW-Z]{2})(?![\w-])")


def _as_digit(m: regex.Match[str]) -> str:
    return m.group(1) + m.group(2).translate(_AS_DIGIT) + m.group(3)


def _outward_as_digits(m: regex.Match[str]) -> str:
    """`_as_digit` of an outward code, and its last character too where that is a look-alike
    and only both read back make a postcode: an area's two digits both misread, scaled down
    ("LLOS" for "LL05": "LL0S" is none, an area and digit take no S after them)."""
    one = _as_digit(m)
    rest = m.group(3)
    if _GB_POSTCODE.fullmatch(one) or not rest[:1] or rest[0] not in _LOOK_ALIKES:
        return one
    both = m.group(1) + (m.group(2) + rest[0]).translate(_AS_DIGIT) + rest[1:]
    return both if _GB_POSTCODE.fullmatch(both) else one


# Or reads the left edge of the inward code's digit as a "1" of its own ("E6U 14QB" for "E6U
# 4QB", in 13 px type): an inward code of four characters, "1", a digit and two letters, after an
# outward code is read back with a space for that "1" (same length: "E6U  4QB")
_INWARD_STROKE = regex.compile(r"(?<![\w-])([A-Z]{1,2}[0-9][A-Z0-9]?[ ])1([0-9][A-Z]{2})(?![\w-])")


# Scaled down, a capital whose shape its small letter shares (C O S U V W X Z) is read as that
# small letter: "M4 oxu" for "M4 0XU". After a clean outward code, an inward code of a digit (or
# its look-alike) and two such letters is read back in capitals.
_INWARD_SMALL = regex.compile(
    r"(?<![\w-])([A-Z]{1,2}[0-9][A-Z0-9]?[ ]{1,2})([0-9SOIlBZGosz])([A-Zcosuvwxz]{2})(?![\w-])"
)
_AS_DIGIT_SMALL = str.maketrans("osz", "052")


def _as_capitals(m: regex.Match[str]) -> str:
    inward = m.group(2) + m.group(3)
    if inward.isupper() or inward.isdigit() or inward[1:].isupper():
        return m.group(0)  # nothing small: the other rules' cases
    return m.group(1) + m.group(2).translate(_AS_DIGIT_SMALL).translate(_AS_DIGIT) + m.group(3).upper()


# The same misreading in the outward code, in 12 px monospace capitals too: "Ox3W 5TR" for
# "OX3W 5TR". An outward code's capital, then a letter of those shapes read small, then its
# digit, before a clean inward code, is read back in capitals where that names a postcode area.
_OUTWARD_SMALL = regex.compile(r"(?<![\w-])([A-Z][cosuvwxz])([0-9][A-Z0-9]?[ ]{1,2}[0-9][A-Z]{2})(?![\w-])")


def _outward_capitals(m: regex.Match[str]) -> str:
    area = m.group(1).upper()
    return area + m.group(2) if area in GB_POSTCODE_AREAS else m.group(0)


def repair_postcodes(text: str) -> str:
    """`text` with the misread digit of UK inward or outward codes put back, an inward or
    outward code's capitals read as small letters put back, and a stroke read as a "1" before
    the inward code's digit made a space (same length)."""
    text = _OUTWARD_SMALL.sub(_outward_capitals, text)
    text = _INWARD_SMALL.sub(_as_capitals, _INWARD_STROKE.sub(r"\1 \2", text))
    text = _OUTWARD_MISREAD.sub(_outward_as_digits, _INWARD_MISREAD.sub(_as_digit, text))
    return _OUTWARD_Y.sub(r"\g<1>9\g<2>", text) if "Y" in text else text


# A low-bitrate or scaled line's thin strokes (l, i, I, 1, |, !) are read as one another: a
# unit word before its number ("Fiat 3,", "Su1te 4,") is no start pyap2's rules accept, and the
# whole first line of the address stays readable. Such a word before "<number>," is read back as
# the unit word it folds to (same length, offsets hold), only in a block that a postcode ends.
_THIN = "il1|!"
_FOLD_THIN = str.maketrans(_THIN, "l" * len(_THIN))
_UNIT_WORDS = ("Flat", "Apt", "Apartment", "Unit", "Suite", "Ste", "Floor", "Fl", "Level")
_UNIT_BY_FOLD = {w.lower().translate(_FOLD_THIN): w for w in _UNIT_WORDS if any(c in _THIN for c in w.lower())}
_UNIT_MISREAD = regex.compile(
    r"(?<![\w.,/:#|!-])[A-Za-z1|!]{2,9}(?=[ ]?\#?[A-Za-z]?\d[A-Za-z0-9-]{0,5},)", regex.VERSION0
)


def _as_unit(m: regex.Match[str]) -> str:
    word = m.group(0)
    unit = _UNIT_BY_FOLD.get(word.lower().translate(_FOLD_THIN))
    if unit is None or word.lower() == unit.lower():
        return word
    return "".join(u if c.lower() in _THIN else c for c, u in zip(word, unit, strict=True))


def repair_units(text: str) -> str:
    """`text` with a unit word whose thin letters OCR misread put back (same length)."""
    return _UNIT_MISREAD.sub(_as_unit, text)


_SIZE_INWARD = regex.compile(r"\d[GTPMK]B$")  # "8GB", "2TB": sizes have the shape of an inward code

# Street types: pyap2's US list (USPS suffixes) and British ones it lacks, as lower-case words.
_GB_TYPES = [
    "close",
    "crescent",
    "mews",
    "gardens",
    "grove",
    "green",
    "hill",
    "rise",
    "parade",
    "row",
    "wharf",
    "yard",
    "quay",
    "embankment",
    "approach",
    "chase",
    "croft",
    "drove",
]
# Australia Post's and New Zealand's street types pyap2's lists lack ("14 <Name> Brace", "3/27
# <Name> Esplanade"); those that also name other things ("5 Easy Steps", "2 Product Line") are
# in TECHNICAL_TYPES below
_AU_NZ_TYPES = [
    "alleyway",
    "amble",
    "anchorage",
    "boardwalk",
    "brae",
    "brow",
    "byway",
    "colonnade",
    "concourse",
    "copse",
    "corso",
    "courtyard",
    "cul-de-sac",
    "dene",
    "esplanade",
    "foreshore",
    "glade",
    "grange",
    "highroad",
    "laneway",
    "lookout",
    "meander",
    "parklands",
    "piazza",
    "quays",
    "ramble",
    "ridgeway",
    "riverway",
    "tarn",
    "vale",
    "walkway",
    "footway",
    "wynd",
]
_AU_NZ_TECHNICAL = [
    "access",
    "brace",
    "break",
    "circuit",
    "circus",
    "dell",
    "fairway",
    "nook",
    "retreat",
    "strand",
    "tor",
    "deviation",
    "follow",
    "edge",
    "end",
    "gate",
    "gap",
    "line",
    "link",
    "range",
    "round",
    "turn",
    "upper",
    "cross",
    "entrance",
    "return",
    "steps",
    "slope",
    "reach",
    "reserve",
    "towers",
    "villas",
    "outlook",
    "pathway",
    "quadrant",
    "interchange",
    "distributor",
    "tollway",
    "thoroughfare",
    "subway",
    "strip",
]
STREET_TYPES = frozenset(
    {t.lower() for t in us_rules.street_type_list if t.isalpha()}
    | set(_GB_TYPES)
    | set(_AU_NZ_TYPES)
    | set(_AU_NZ_TECHNICAL)
)
# types that also name technical things: alone (without a postcode) they need a context word
TECHNICAL_TYPES = frozenset(
    {
        "port",
        "ports",
        "gateway",
        "gtwy",
        "key",
        "keys",
        "ky",
        "kys",
        "station",
        "sta",
        "center",
        "centre",
        "ctr",
        "point",
        "pt",
        "path",
        "route",
        "loop",
        "pass",
        "run",
        "view",
        "vw",
        "field",
        "union",
        "track",
        "trak",
        "stream",
        "bridge",
        "lock",
        "locks",
        "summit",
        "club",
        "mall",
        "spur",
        "ext",
        "est",
        "well",
        "wells",
        *_AU_NZ_TECHNICAL,
    }
)
# A street line: a number, then capitalised words of which the last is a street type (checked
# in code: an alternation of pyap2's 500 types is slow to compile and to run), then an
# optional direction and flat.
_UNIT = "(?:" + "|".join(_UNIT_WORDS) + ")"
# a line of a stacked address: a few capitalised words or numbers, no label's colon ("Flat 52",
# "14 Oliver Skyway", "Port Nicoleshire"), and a unit alone on its line ("Studio 1")
_STACK_LINE = regex.compile(
    r"(?:\d{1,5}[A-Za-z]?(?:/\d{1,5}[A-Za-z]?)?,?[ ])?\p{Lu}[\p{L}'’.-]*"
    r"(?:,?[ ]{1,2}(?:\p{Lu}[\p{L}'’.-]*|\d{1,5}[A-Za-z]?(?:/\d{1,5}[A-Za-z]?)?)){0,4},?"
)
# a house number (Australia's "4/18": flat 4 of number 18), then the street's name
_NUMBERED_LINE = regex.compile(r"\d{1,5}[A-Za-z]?(?:/\d{1,5}[A-Za-z]?)?[ ]\p{Lu}")
_PO_BOX_LINE = regex.compile(r"P\.?[ ]?O\.?[ ]?Box[ ]\d{1,6}", regex.IGNORECASE)
_UNIT_LINE = regex.compile(r"(?:" + "|".join(_UNIT_WORDS) + r"|Studio)[ ]\#?\d{1,5}[A-Za-z]?", regex.IGNORECASE)
_STREET_START = regex.compile(
    rf"""(?<![\w.,/:#-])(?:{_UNIT}\.?[ ]?\#?[A-Za-z0-9-]{{1,6}},?[ ]{{1,2}})?
    \d{{1,5}}[A-Za-z]?(?:[ ]?-[ ]?\d{{1,5}}[A-Za-z]?|/\d{{1,5}}[A-Za-z]?)?,?[ ]{{1,2}}
    (?P<words>[A-Z][A-Za-z'’.-]*(?:[ ]{{1,2}}[A-Z][A-Za-z'’.-]*){{1,4}})""",
    regex.VERBOSE | regex.VERSION0,
)
_WORD = regex.compile(r"[A-Za-z][A-Za-z'’.-]*")
MAX_FLAT_CHARS = 12  # a flat's or a studio's words before a street line in one field ("Studio 16d ")
# where a field opens with a flat's or a studio's word glued to its number ("Studio16d"): `street_field`
_GLUED_UNIT = regex.compile(r"(?<=^[ ]?(?i:" + "|".join((*_UNIT_WORDS, "Studio")) + r"))(?=\d)")
# a line that ends in a unit's word, its number wrapped to the next line ("... Forge Suite")
UNIT_LINE_END = regex.compile(rf"(?<![\w])(?i:{_UNIT}|\#)\.?$", regex.VERSION0)
_STORAGE_PLURALS = frozenset({"drives"})  # "off Network Drives": disks, no street
# a street named without its number where a place is told by what it is near: a shared live
# location's "Near <Name> <Type>", a directions list's "just off <Name> <Type>", "along ..."
_NEAR_STREET = regex.compile(
    r"(?<![\w])(?i:near|just[ ]off|off|along)[ ]{1,2}"
    r"(?P<words>[A-Z][A-Za-z'’.-]*(?:[ ]{1,2}[A-Z][A-Za-z'’.-]*){1,3})",
    regex.VERSION0,
)
# a street named without its number in an account of a journey (a claim's or an incident
# report's "pulled out of <Name> <Type> into my lane", "turning left into <Name> <Type>", "at the
# junction of <Name> <Type>"): a verb of moving along roads and a preposition of direction, or a
# junction's or a corner's "of"/"with". Toggles' "turned on/off" and fetches' "pulled up/from"
# take no direction word here, and git's branches ("pulled into <Name> Branch") are no street.
_JOURNEY_STREET = regex.compile(
    r"(?<![\w])(?i:(?:(?:pull|turn|revers|swerv|travel|travell|walk|cycl|driv|emerg|exit)(?:e|ed|es|ing|s)?"
    r"|drove)[ ]{1,2}(?:(?:back|left|right|round|away)[ ]{1,2})?"
    r"(?:out[ ]{1,2}of|into|onto|down|along|across|through|towards?)"
    r"|(?:junction|corner|crossroads)[ ]{1,2}(?:of|with))[ ]{1,2}"
    r"(?P<words>[A-Z][A-Za-z'’.-]*(?:[ ]{1,2}[A-Z][A-Za-z'’.-]*){1,3})",
    regex.VERSION0,
)
_NO_JOURNEY_TYPES = frozenset({"branch", "branches", "br", "brs"}) | _STORAGE_PLURALS
_UNIT_AFTER = regex.compile(rf"\.?,?[ ]{{1,2}}(?-i:{_UNIT})\.?[ ]{{0,2}}\#?\d", regex.VERSION0)
_STREET_TAIL = regex.compile(
    rf"\.?(?:[ ](?-i:[NSEW]{{1,2}})(?![\w]))?"
    rf"(?:,?[ ]{{1,2}}(?:{_UNIT}|\#)\.?[ ]{{0,2}}\#?[A-Za-z0-9-]{{1,6}}(?![\w-]))?",
    regex.VERSION0,
)
# where a full address may start: a house number, a flat, a PO box (pyap2 then parses from there)
_ADDRESS_START = regex.compile(
    rf"(?<![\w.,/:#-])(?:\d{{1,6}}[A-Za-z]?(?=[ ,-])|{_UNIT}\b|P\.?[ ]?O\.?[ ]?Box\b)",
    regex.IGNORECASE | regex.VERSION0,
)


@functools.cache
def _occupancy_start(country: str) -> regex.Pattern[str]:
    """Where a first line that starts with a flat, studio, room, suite ... of pyap2's own words
    for the country may start ("Studio 4, Elm Lane": the house number after the comma is no
    start pyap2's rules accept, the flat before it is)."""
    return regex.compile(r"(?<![\w.,/:#-])(?=" + _RULES[country].occupancy + r")", regex.VERBOSE | regex.VERSION0)


def _starts(text: str, country: str, start: int, end: int) -> list[int]:
    """Offsets in text[start:end] where an address of `country` may start, in order."""
    found = {m.start() for m in _ADDRESS_START.finditer(text, start, end)}
    found.update(m.start() for m in _occupancy_start(country).finditer(text, start, end))
    return sorted(found)


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            spans.append((start, len(text)))
            return spans
        spans.append((start, end))
        start = end + 1


def _street_type_ahead(text: str, pos: int, end: int, words: int = 6) -> bool:
    """Whether one of the next `words` words on the line after `pos` is a street type."""
    line_end = text.find("\n", pos, end)
    for i, w in enumerate(_WORD.finditer(text, pos, end if line_end < 0 else line_end)):
        if i >= words:
            return False
        if w.group(0).rstrip(".").lower() in STREET_TYPES:
            return True
    return False


def _letters_upper(value: str) -> bool:
    return all(not ch.isalpha() or ch.isupper() for ch in value)


POSTCODE_SCORE = 0.6  # a postcode in its full written form
# words this many word heights apart are in two panes, not one line of an address
SEGMENT_GAP_HEIGHTS = 3.0
WEAK_SCORE = 0.3  # needs a context word: a postcode without its space, a technical street type
ZIP_SCORE = 0.1  # a bare 5-digit number: only with "zip", "postcode", ... before it


def postcodes(
    text: str, start: int, end: int, *, repair: bool = False
) -> Iterator[tuple[str, list[tuple[int, int, float]]]]:
    """(country, [(start, end, score)]) for each country with a postcode on the line [start,
    end): where its addresses end, and the score of each postcode alone (0: not one, a US state
    that ends an address without its ZIP). With `repair`, a UK inward code's misread first digit
    counts (only where a street above must complete the address: "P2 SLA" alone is a ticket's
    priority, not a postcode)."""
    gb = []
    line = text[start:end]
    for m in _GB_POSTCODE.finditer(repair_postcodes(line) if repair else line):
        value = m.group(0)
        if _letters_upper(value):
            strong = " " in value and not _SIZE_INWARD.search(value)
            gb.append((start + m.start(), start + m.end(), POSTCODE_SCORE if strong else WEAK_SCORE))
    if gb:
        yield "GB", gb
    ca = [
        (m.start(), m.end(), POSTCODE_SCORE if " " in m.group(0) else WEAK_SCORE)
        for m in _CA_POSTCODE.finditer(text, start, end)
    ]
    if ca:
        yield "CA", ca
    us = [(m.start("zip"), m.end("zip"), POSTCODE_SCORE) for m in _US_STATE_ZIP.finditer(text, start, end)]
    us += [(m.start(), m.end(), POSTCODE_SCORE) for m in _US_ZIP4.finditer(text, start, end)]
    us += [(m.start(), m.end(), ZIP_SCORE) for m in _US_ZIP.finditer(text, start, end)]
    us += [(m.start("state"), m.end("state"), 0.0) for m in _US_STATE_END.finditer(text, start, end)]
    if us:
        yield "US", us
    au = [(m.start("code"), m.end("code"), POSTCODE_SCORE) for m in _AU_POSTCODE.finditer(text, start, end)]
    if au:
        yield "AU", au
    ie = [(m.start(), m.end(), POSTCODE_SCORE) for m in _IE_EIRCODE.finditer(text, start, end)]
    if ie:
        yield "IE", ie


class PostcodeRecognizer(CodeRecognizer):
    """ZIP_CODE: postcodes of the US, UK and Canada. Its own recognizer for its own context words
    ("zip", "postcode"): "address" before a bare number is an IP address's port as often."""

    ENTITIES = ("ZIP_CODE",)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list:  # noqa: D102 - Presidio's docs
        found = [
            self.result("ZIP_CODE", s, e, score)
            for start, end in _lines(text)
            for _, codes in postcodes(text, start, end)
            for s, e, score in codes
            if score
        ]
        return found + self._misread_repeats(text, {(r.start, r.end) for r in found})

    def _misread_repeats(self, text: str, found: set[tuple[int, int]]) -> list[Any]:
        """A UK postcode whose outward code's digit OCR read as a letter ("MSC 5JT" for "M5C
        5JT": bold capitals on a label), where the screen shows the same postcode read right
        elsewhere (a shipment's row beside its label preview, a list beside its detail card).
        Alone, a repaired code is too often a ticket's or a product's ("P2 SLA"), so the
        postcode read right must vouch for it; the inward code must be read clean."""
        out = []
        for m in _OUTWARD_MISREAD.finditer(text):
            repaired = _outward_as_digits(m)
            if (m.start(), m.end()) in found or not _GB_POSTCODE.fullmatch(repaired):
                continue
            if regex.search(rf"(?<![\w-]){regex.escape(repaired)}(?![\w-])", text) is not None:
                out.append(self.result("ZIP_CODE", m.start(), m.end(), POSTCODE_SCORE))
        return out


# the UK's postcode areas (the outward code's letters): a code that names none is no postcode
_GB_AREAS = (
    "AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT"
    " DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE"
    " LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM"
    " SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE"
)
GB_POSTCODE_AREAS = frozenset(_GB_AREAS.split())
_NOT_INWARD = frozenset("CIKMOV")  # letters no inward code uses


def find_addresses(
    text: str, country: str, window_start: int, window_end: int, ends: list[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    """[start, end) of pyap2's addresses in text[window_start:window_end] that start at a house
    number, a flat or a PO box and end at one of the postcodes `ends` (a US address: with a
    street type)."""
    rules = _full_address(country)
    pos = window_start
    for start in _starts(text, country, window_start, window_end):
        if start < pos or not _street_type_ahead(text, start, window_end):
            continue  # pyap2's rules take milliseconds per try: only where a street may start
        m = rules.match(text, start, window_end)
        if m is None:
            continue
        value_end = len(text[: m.end()].rstrip(" ,\n"))
        if not any(a < value_end <= b for a, b in ends):
            # pyap2 read on past the postcode (its country: "..., LS6 2AB, United Kingdom"):
            # the address ends at its postcode, and the country alone names no one's address
            inside = [b for a, b in ends if start < a and b < value_end]
            if not inside:
                continue
            value_end = max(inside)
        parts = m.groupdict()
        if country == "US" and not any(v for k, v in parts.items() if k.startswith(("street_type", "po_box"))):
            continue  # "ID 1144 PID 28714": a typeless street is no address on a screen
        if country != "US" and not _letters_upper(parts.get("postal_code") or ""):
            continue  # pyap2 reads postcodes in any case; on screens they are capitals
        pos = value_end
        yield m.start(), value_end


class AddressBlockFinder:
    """ADDRESS: pyap2's full addresses over the lines of one block that end at a postcode.

    A layout pass, not a Presidio recognizer: the lines of an address are those stacked above
    its postcode's line in the same column, which the layout text does not keep together when
    a form or an invoice has columns ("Flat 15E, Harper Pike" / "16 September 2025" of the next
    column / "Juneberg" / "M5 5TW")."""

    SCORE = 0.75
    RECOGNIZER = "address/block"
    TOWN_RECOGNIZER = "address/town"
    GAP_LINE_HEIGHTS = 1.5  # a line of the block lies at most this far above the next one

    def __init__(self) -> None:
        # pyap2's rules compile in a second or two: at start, not in the middle of a recording
        for country in _RULES:
            _full_address(country)
            _occupancy_start(country)

    def find(self, lt: LayoutText, is_label: Callable[[str], bool] | None = None) -> list[SpanFinding]:
        """The block addresses of `lt`; `is_label(text)`: a field's label (the detector's label
        words, models/detection.yaml), which no line of an address starts with."""
        found: dict[tuple[int, int], SpanFinding] = {}
        lone: list[SpanFinding] = []

        def add(refs: list[LineRef]) -> None:
            for ref in refs:
                key = (ref.start, ref.end)
                found.setdefault(key, SpanFinding(ref.start, ref.end, "ADDRESS", self.SCORE, self.RECOGNIZER))

        for i, line in enumerate(lt.lines):
            if ", " in lt.text[line.start : line.end]:
                boxes = [(m.start(), m.end()) for m in _PO_BOX_LINE.finditer(lt.text, line.start, line.end)]
                for start, end in [*_street_spans(lt.text, line.start, line.end), *boxes]:
                    tail = _ONE_LINE_TAIL.match(lt.text, end, line.end)
                    if tail is not None:
                        found.setdefault(
                            (start, tail.end()), SpanFinding(start, tail.end(), "ADDRESS", self.SCORE, self.RECOGNIZER)
                        )
            any_code = False
            for country, codes in postcodes(lt.text, line.start, line.end, repair=True):
                any_code = True
                if country == "GB":
                    lone.extend(_lone_misread_postcodes(lt, line, codes))
                if country not in _PYAP_COUNTRIES:  # pyap2 has no rules for them: the stacked lines
                    add(self._stacked(lt, i, codes, is_label))
                    continue
                parsed = False
                for part, part_codes in _segments_with(line, codes):
                    block = self._block(lt, part)
                    text = repair_units(repair_postcodes(_block_text(lt, block)))
                    shift = len(text) - (part.end - part.start) - part.start  # layout -> window offsets
                    ends = [(s + shift, e + shift) for s, e, _ in part_codes]
                    for start, end in find_addresses(text, country, 0, len(text), ends):
                        parsed = True
                        for a, b in _layout_spans(block, start, end):
                            a = _after_label(lt, a, b, is_label)
                            found.setdefault((a, b), SpanFinding(a, b, "ADDRESS", self.SCORE, self.RECOGNIZER))
                if not parsed and any(score >= POSTCODE_SCORE for _, _, score in codes):
                    add(self._stacked(lt, i, codes, is_label))
            if not any_code:
                town_code = _NZ_TOWN_CODE.fullmatch(lt.text, line.start, line.end)
                if town_code is not None:
                    code = (town_code.start("code"), town_code.end("code"), POSTCODE_SCORE)
                    add(self._stacked(lt, i, [code], is_label, numbered_street=True))
        # a lone code that ends a block is in the block's finding already
        blocks = list(found.values())
        return [*blocks, *(z for z in lone if not any(b.start <= z.start and z.end <= b.end for b in blocks))]

    def _stacked(
        self,
        lt: LayoutText,
        index: int,
        codes: list[tuple[int, int, float]],
        is_label: Callable[[str], bool] | None,
        *,
        numbered_street: bool = False,
    ) -> list[LineRef]:
        """The lines of an address block pyap2 does not parse: a UK street without a number under
        a line of its own with the flat ("Flat 52" / "<Name> Skyway" / "<Town>" / "<POSTCODE>",
        as Faker's and many forms' addresses are printed), a Canadian street whose type its rules
        lack ("0181 <Name> Parkways" / "<Town>, NS K7C 1Y2"): a postcode (a strong one: a US ZIP
        with its state) alone on its line or after its town, and up to `STACK_MAX_LINES` lines
        right above it, left-aligned with it, each a few capitalised words and no label, one of
        them a street (ending in a street type, or a house number first) or a unit ("Flat 52",
        "Studio 1"). A numbered street with its type or a PO box right above the postcode's line
        is enough alone ("3/27 <Name> Esplanade" / "<Suburb> QLD 4557"). With `numbered_street`
        (a postcode that is no more than four digits, "<Town> 0622"), a numbered street with a
        type that names nothing else, or a PO box, must be one of the lines. Empty when the block
        is not such."""
        line = lt.lines[index]
        rest = lt.text[line.start : line.end]
        for s, e, _ in sorted(codes, reverse=True):
            rest = rest[: s - line.start] + rest[e - line.start :]
        if not _STACK_LINE.fullmatch(rest.strip(" ,")) and rest.strip(" ,"):
            return []
        stack: list[LineRef] = []
        low = line
        while len(stack) < STACK_MAX_LINES:
            above = [
                other
                for other in lt.lines
                if other.box.y2 <= low.box.y + low.height / 2
                and low.box.y - other.box.y2 <= self.GAP_LINE_HEIGHTS * low.height
                and abs(other.box.x - line.box.x) <= line.height
            ]
            if not above:
                break
            nearest = max(above, key=lambda o: o.box.y2)
            text = lt.text[nearest.start : nearest.end].strip()
            if not _STACK_LINE.fullmatch(text) or (is_label is not None and is_label(text)):
                break
            stack.insert(0, nearest)
            low = nearest
        if not stack:
            return []
        texts = [lt.text[ref.start : ref.end].strip(" ,") for ref in stack]
        numbered = [t for t in texts if _PO_BOX_LINE.fullmatch(t) or _numbered_street(t)]
        if numbered_street:
            # a type that also names other things only right above the town, in the singular and
            # after no year ("5 Easy Steps" / "3 Cell Towers" / "Windows 2000" is a list, "2024
            # Company Retreat" / "Office 2019" a calendar)
            strong = [t for t in numbered if t.rsplit(" ", 1)[-1].lower() not in TECHNICAL_TYPES]
            last = texts[-1]
            weak = last in numbered and not _plural(last) and not _YEAR_FIRST.match(last)
            return [*stack, line] if strong or weak else []
        street = any(t.split()[-1].lower() in STREET_TYPES or _unit_first(t) or _NUMBERED_LINE.match(t) for t in texts)
        if numbered and texts[-1] in numbered:
            return [*stack, line]
        return [*stack, line] if len(stack) >= 2 and street else []

    def _block(self, lt: LayoutText, first: LineRef) -> list[LineRef]:
        """The postcode's line (or its part, `_segments_with`) and up to WINDOW_LINES - 1 lines
        stacked above it, top first: each the nearest line above the previous one that overlaps
        it horizontally, cut to its part over the previous one (a pane beside it read on the same
        rows is no line of the address)."""
        block = [first]
        while len(block) < WINDOW_LINES:
            low = block[0]
            above = [
                other
                for other in lt.lines
                if other.box.y2 <= low.box.y + low.height / 2
                and low.box.y - other.box.y2 <= self.GAP_LINE_HEIGHTS * low.height
                and min(other.box.x2, low.box.x2) > max(other.box.x, low.box.x)
            ]
            if not above:
                break
            nearest = max(above, key=lambda o: (o.box.y2, min(o.box.x2, low.box.x2) - max(o.box.x, low.box.x)))
            block.insert(0, max(_segments(nearest), key=lambda p: min(p.box.x2, low.box.x2) - max(p.box.x, low.box.x)))
        return block

    def towns_under(
        self, lt: LayoutText, findings: list[SpanFinding], is_town: Callable[[str], bool]
    ) -> list[SpanFinding]:
        """LOCATION: a known town (`is_town`: a city, no country: a card's country line names no
        one's address) alone on the line right under a line holding a street address (ADDRESS
        found there). A messenger's customer sends an address as short messages, one
        per line, each with its time ("<street> 14:02" / "<town> 14:02" / "<postcode> 14:02"):
        the block finder needs a postcode read right under the town, and a town alone is too
        short for NER. The town line is the place's words alone, the message's time (and its
        read ticks) aside; it lies under the street's line, left-aligned with it."""
        found: list[SpanFinding] = []
        # under the line's left edge, and under the street's own: an address card beside others
        # is read on one row with them
        streets: set[tuple[int, int]] = set()
        for f in findings:
            if f.entity_type == "ADDRESS":
                i = lt.line_at(f.end - 1)
                ref = lt.lines[i]
                streets.add((i, ref.box.x))
                words = lt.words_in(f.start, f.end)
                if words and words[0].box.x - ref.box.x > ref.height:
                    streets.add((i, words[0].box.x))
        for i, x in sorted(streets):
            below = _run_under(lt, lt.lines[i], self.GAP_LINE_HEIGHTS, x)
            if below is None:
                continue
            text = lt.text[below : lt.lines[lt.line_at(below)].end]
            cut = _MESSAGE_TIME.search(text)
            line = (text[: cut.start()] if cut else text).strip(" ,.")
            # a continental address puts the postcode before the town ("75002 Paris", "1012 AB
            # Amsterdam"): the line is a place when its town is one, the postcode with it
            code = _CODE_BEFORE_TOWN.match(line)
            town = line[code.end() :] if code else line
            # under a street, five digits (or four and two letters) and capitalised words alone
            # are the postcode and town whatever the town: OCR of small text misreads its letters
            # ("Manenberg"); a year before words has four digits
            misread = code is not None and _POSTCODE_TOWN_LINE.fullmatch(line) is not None
            if code:
                town = _known_town(town, is_town) or (town if misread else "")
                line = line[: code.end() + len(town)]
            if cut and town.lower() in _WEEKDAYS:
                continue  # "Mon, 10:34 CDT" under a ticket's address: a local time, no town
            if 0 < len(town.split()) <= TOWN_MAX_WORDS and (is_town(town) or misread):
                start = below + text.index(line)
                found.append(SpanFinding(start, start + len(line), "LOCATION", self.SCORE, self.TOWN_RECOGNIZER))
        return found

    def postcode_towns(
        self, lt: LayoutText, findings: list[SpanFinding], is_town: Callable[[str], bool]
    ) -> list[SpanFinding]:
        """LOCATION: a line that is only a continental postcode and a known town ("90517 Nürnberg",
        "1071 AA Amsterdam"), with no street found above it: a form's postcode and town boxes side
        by side read as one line, their captions between it and the street; a label's town line.
        Five digits or four and two letters: a year before a town ("2024 Paris") is no such line.
        The town box's left edge may be read between them ("90517 | <Town>"). Where the postcode
        is already a postcode (ZIP_CODE found there: its caption above it), the capitalised words
        beside it are its town whatever the town: OCR of small text misreads a letter of the town
        typed in the box beside it ('g' as 'd'), its own caption too ("Ort" as "on")."""
        found: list[SpanFinding] = []
        text = lt.text
        codes = {(f.start, f.end) for f in findings if f.entity_type == "ZIP_CODE"}
        for line in lt.lines:
            if not text[line.start : line.start + 1].isdigit():
                continue
            m = _POSTCODE_TOWN_LINE.fullmatch(text, line.start, line.end)
            if m is None:
                continue
            code = (line.start, m.end("code"))
            if _known_town(m.group("town"), is_town) == m.group("town") or any(
                a <= code[0] and code[1] <= b for a, b in codes
            ):
                found.append(SpanFinding(line.start, m.end("town"), "LOCATION", self.SCORE, self.TOWN_RECOGNIZER))
        return found

    def towns_before_postcodes(
        self, lt: LayoutText, findings: list[SpanFinding], is_town: Callable[[str], bool]
    ) -> list[SpanFinding]:
        """LOCATION: a line that is only a known town and a UK or Canadian postcode written with
        its space ("Leeds LS6 2AB", "Halifax, NS B3H 4R2" without its province): a shop's
        "Deliver to" header, a card's last line. The postcode alone is ZIP_CODE; the town
        beside it tells where the person lives as much. A line an ADDRESS finding already holds
        (a Canadian "Ottawa, ON K1A 0B6") is left to it.

        Right after a street on the same row (`_town_postcode_after_street`), the town is one whatever the
        town: an address autocomplete's suggestion, "<street>  <Town> <POSTCODE>" with the town
        and postcode in small grey type, read as a line of its own beside the street's, or
        after it on its line where pyap2 does not take the line whole; invented and rare towns
        are in no list."""
        found: list[SpanFinding] = []
        text = lt.text
        addresses = [(f.start, f.end) for f in findings if f.entity_type == "ADDRESS"]
        street_ends = [f.end for f in findings if f.entity_type == "ADDRESS"]
        for line in lt.lines:
            m = _TOWN_POSTCODE_LINE.fullmatch(text, line.start, line.end)
            span: tuple[int, int, int] | None
            if m is not None and _known_town(m.group("town"), is_town) == m.group("town"):
                span, repair = (line.start, m.start("code"), m.end("code")), False
            else:
                span, repair = _town_postcode_after_street(lt, line, street_ends), True
            if span is None:
                continue
            start, code_start, code_end = span
            if any(a <= start and code_end <= b for a, b in addresses):
                continue
            if any(
                score >= POSTCODE_SCORE
                for _, codes in postcodes(text, code_start, code_end, repair=repair)
                for *_, score in codes
            ):
                found.append(SpanFinding(start, code_end, "LOCATION", self.SCORE, self.TOWN_RECOGNIZER))
        return found

    def towns_after(
        self, lt: LayoutText, findings: list[SpanFinding], is_town: Callable[[str], bool]
    ) -> list[SpanFinding]:
        """A street and a known town after it on one line, parted by a comma: an address
        written as one line ("<name>, 12 Bridge Street, Leeds"; "Calle Mayor 4, 28013 Madrid"),
        as address books, browsers' saved addresses and order lists summarise it. The town (with
        a postcode written before it) is LOCATION; the street is ADDRESS at the block's score,
        a street type that also names technical things ("Bridge", "Gateway") included: a town
        after it says it is a street. The street is an ADDRESS finding of the line or a street
        line (a number, capitalised words, a street type); only lines holding ", " look.
        A summary that starts with a person's name (PERSON found there: "<name>, <street>") ends
        in its town whatever the town: OCR of small text misreads a letter of it and loses the
        comma before it ("<street> Newcaste upon Tyne"), so capitalised words (lower-case "upon",
        "on", "am" ... between) from the street to the line's end are the town."""
        found: list[SpanFinding] = []
        text = lt.text
        people = [(f.start, f.end) for f in findings if f.entity_type == "PERSON"]
        streets = [(f.start, f.end) for f in findings if f.entity_type == "ADDRESS"]
        for line in lt.lines:
            if ", " in text[line.start : line.end] and any(c.isdigit() for c in text[line.start : line.end]):
                streets.extend(_street_spans(text, line.start, line.end))
        done: set[int] = set()
        for start, end in sorted(streets, key=lambda s: (s[1], s[0])):
            if end in done:
                continue
            after = _TOWN_AFTER.match(text, end)
            if after is None:
                tail = _summary_town(lt, people, start, end)
                if tail is not None:
                    done.add(end)
                    found.append(SpanFinding(start, end, "ADDRESS", self.SCORE, self.TOWN_RECOGNIZER))
                    found.append(SpanFinding(*tail, "LOCATION", self.SCORE, self.TOWN_RECOGNIZER))
                continue
            code = _CODE_BEFORE_TOWN.match(text, after.end(), after.end() + 16)
            town_start = code.end() if code else after.end()
            line_end = lt.lines[lt.line_at(town_start)].end
            town = _known_town(text[town_start:line_end], is_town)
            if not town:
                tail = _summary_town(lt, people, start, end)
                if tail is not None:
                    done.add(end)
                    found.append(SpanFinding(start, end, "ADDRESS", self.SCORE, self.TOWN_RECOGNIZER))
                    found.append(SpanFinding(*tail, "LOCATION", self.SCORE, self.TOWN_RECOGNIZER))
                continue
            done.add(end)
            found.append(SpanFinding(start, end, "ADDRESS", self.SCORE, self.TOWN_RECOGNIZER))
            found.append(SpanFinding(after.end(), town_start + len(town), "LOCATION", self.SCORE, self.TOWN_RECOGNIZER))
        return found

    ADDRESSEE_RECOGNIZER = "address/addressee"
    _ADDRESS_PARTS = frozenset({"ADDRESS", "LOCATION", "ZIP_CODE"})

    def addressees(
        self, lt: LayoutText, findings: list[SpanFinding], is_name: Callable[[str], bool]
    ) -> list[SpanFinding]:
        """PERSON: the line right above a postal address's first line, left-aligned with it. A
        letter, a statement, an invoice or a parcel label prints its address block with the
        addressee first and no label ("<First> <Last>" / "<street>" / "<town>" / "<postcode>"),
        whatever the name: a given name and a surname that no list knows. The address's first
        line holds an ADDRESS finding from its left edge, no line of the address lies above it,
        and another line of the address (ADDRESS, LOCATION or ZIP_CODE) lies right under it: a
        heading over a lone street line is not taken. `is_name(text)`: whether the words right
        above, up to a gap that parts columns, read as a person's name (the detector's lexicon)."""
        held: set[int] = set()
        for f in findings:
            if f.entity_type in self._ADDRESS_PARTS:
                held.update(range(lt.line_at(f.start), lt.line_at(f.end - 1) + 1))
        found: list[SpanFinding] = []
        done: set[int] = set()
        for f in findings:
            if f.entity_type != "ADDRESS":
                continue
            i = lt.line_at(f.start)
            words = lt.words_in(f.start, f.end)
            if i in done or not words or lt.text[lt.lines[i].start : f.start].strip():
                continue
            done.add(i)
            line, x = lt.lines[i], words[0].box.x
            h = line.height
            near = [
                j
                for j, other in enumerate(lt.lines)
                if j != i
                and abs(other.box.x - x) <= h
                and (
                    0 <= line.box.y - other.box.y2 <= self.GAP_LINE_HEIGHTS * h
                    or 0 <= other.box.y - line.box.y2 <= self.GAP_LINE_HEIGHTS * h
                )
            ]
            above = [j for j in near if lt.lines[j].box.y2 <= line.box.y]
            under = lt.line_at(f.end - 1) != i or any(j in held for j in near if lt.lines[j].box.y >= line.box.y2)
            if not above or not under:
                continue
            j = max(above, key=lambda k: lt.lines[k].box.y2)
            if j in held:
                continue  # the address goes on above: this line is none of its first
            run = _first_run(lt.lines[j], h)
            start, end = run[0].start, run[-1].end
            if is_name(lt.text[start:end]):
                found.append(SpanFinding(start, end, "PERSON", self.SCORE, self.ADDRESSEE_RECOGNIZER))
        return found


def _first_run(line: LineRef, height: int) -> list[WordRef]:
    """The words a line starts with, up to a gap of more than two of `height`s: a column's part."""
    run = [line.words[0]]
    for w in line.words[1:]:
        if w.box.x - run[-1].box.x2 > 2 * height:
            break
        run.append(w)
    return run


TOWN_MAX_WORDS = 3  # "Newcastle upon Tyne"
BESIDE_STREET_LINE_HEIGHTS = 4.0  # a town and postcode this close right of a street's end: one row


def _beside_street(lt: LayoutText, line: LineRef, end: int) -> bool:
    """Whether `line` starts right after a street (an ADDRESS finding ending at `end`) on the
    same row: the street's line ends left of it, within BESIDE_STREET_LINE_HEIGHTS line heights,
    its middle within half a line height of this one's."""
    other = lt.lines[lt.line_at(end - 1)]
    if other is line or other.box.x2 > line.box.x:
        return False
    middle, other_middle = line.box.y + line.box.h / 2, other.box.y + other.box.h / 2
    return (
        abs(middle - other_middle) <= max(line.height, other.height) / 2
        and line.box.x - other.box.x2 <= BESIDE_STREET_LINE_HEIGHTS * other.height
        and lt.text[end : other.end].strip(" ,") == ""
    )


def _town_postcode_after_street(lt: LayoutText, line: LineRef, street_ends: list[int]) -> tuple[int, int, int] | None:
    """(town start, postcode start, postcode end) of the town and postcode that end `line` right
    after a street: on the line ("<street>  <Town> <POSTCODE>"), or making up a line of its own
    beside the street's (`_beside_street`); or None. The postcode's misread digit is read back
    (repair_postcodes: an "I" read for the outward code's "1" in 8 px grey type at 75 %)."""
    fixed: str | None = None
    for end in street_ends:
        if line.start < end < line.end:
            at = end - line.start
        elif _beside_street(lt, line, end):
            at = 0
        else:
            continue
        fixed = fixed if fixed is not None else repair_postcodes(lt.text[line.start : line.end])
        m = _TOWN_POSTCODE_LINE.fullmatch(fixed, at)
        if m is not None and fixed[at : m.start("town")].strip(" ,") == "":
            return line.start + m.start("town"), line.start + m.start("code"), line.start + m.end("code")
    return None


# a continental postcode before its town: "75002", "D-10115", "1012 AB" (the Netherlands)
_CODE_BEFORE_TOWN = regex.compile(r"(?:[A-Z]{1,2}-)?\d{4,5}(?:[ ][A-Z]{2})?[ ]{1,2}(?=\p{Lu})", regex.VERSION0)
# a line of a continental postcode and its town alone: five digits, or four and two letters
_POSTCODE_TOWN_LINE = regex.compile(
    r"(?P<code>(?:[A-Z]{1,2}-)?(?:\d{5}|\d{4}[ ][A-Z]{2}))[ ]{1,2}(?:[|\[][ ]{0,2})?"  # a box's edge read
    r"(?P<town>\p{Lu}[\p{L}'’.-]*(?:[ ](?:\p{Lu}[\p{L}'’.-]*|upon|on|am|an|der|sur|de|la|le|del|en)){0,2})[ ]*",
    regex.VERSION0,
)
# a line of a town and its postcode alone ("Leeds LS6 2AB"; "Halifax, NS B3H 4R2")
_TOWN_POSTCODE_LINE = regex.compile(
    r"[ ]*(?P<town>\p{Lu}[\p{L}'’.-]*(?:[ ](?:\p{Lu}[\p{L}'’.-]*|upon|on)){0,2}),?[ ]{1,2}(?:[A-Z]{2}[ ]{1,2})?"
    r"(?P<code>[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}|[A-Z]\d[A-Z][ ]\d[A-Z]\d)[ ]*",
    regex.VERSION0,
)
# the comma after a street, before its town; escaped with a backslash as iCalendar and vCard
# text values escape it ("LOCATION:<street>\, <town>\, <postcode>" in an .ics file's source)
_TOWN_AFTER = regex.compile(r"\\?,[ ]{1,2}(?=\p{Lu}|\d{4,5}[ ])", regex.VERSION0)
_TOWN_WORD = regex.compile(r"[\p{L}'’.-]+", regex.VERSION0)
# a one-line summary: the name that starts it ("<First> <Last>, "), and the town that ends it
# after the street, its comma read, read as a full stop or lost
_SUMMARY_HEAD = regex.compile(r"\p{Lu}[\p{L}'’.-]*(?:[ ]\p{Lu}[\p{L}'’.-]*){0,3},[ ]{1,2}", regex.VERSION0)
_SUMMARY_TOWN = regex.compile(
    r"[,.]?[ ]{1,2}(?P<town>\p{Lu}[\p{L}'’-]+(?:[ ](?:\p{Lu}[\p{L}'’-]+|upon|on|am|an|der|sur|de|la|le|del|en)){0,2})"
    r"[ ]*",
    regex.VERSION0,
)


def _summary_town(lt: LayoutText, people: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The town's span that ends a one-line summary "<name>, <street> <town>" whose street is
    [start, end) and whose name is a PERSON finding (`people`), or None."""
    line = lt.lines[lt.line_at(start)]
    head = _SUMMARY_HEAD.fullmatch(lt.text, line.start, start)
    if head is None or not any(line.start <= a and b <= start for a, b in people):
        return None
    tail = _SUMMARY_TOWN.fullmatch(lt.text, end, line.end)
    return (tail.start("town"), tail.end("town")) if tail is not None else None


def _known_town(text: str, is_town: Callable[[str], bool]) -> str | None:
    """The longest run of words (at most TOWN_MAX_WORDS) starting `text` that is a known town
    ("Newcastle upon Tyne" before "Newcastle"), or None."""
    words = list(_TOWN_WORD.finditer(text))[:TOWN_MAX_WORDS]
    for n in range(len(words), 0, -1):
        candidate = text[: words[n - 1].end()]
        if words[0].start() == 0 and is_town(candidate):
            return candidate
    return None


_YEAR_FIRST = regex.compile(r"(?:19|20)\d{2}[ ]")


def _unit_first(line: str) -> bool:
    """Whether `line` is a unit ("Flat 52", "Studio 1") alone or before its street after a comma
    ("Studio 14, <Name> <Type>"): a street's line even where OCR misread its type."""
    m = _UNIT_LINE.match(line)
    return m is not None and line[m.end() :][:1] in ("", ",")


def _plural(line: str) -> bool:
    """Whether the last word of `line` is a plural ("Steps", "Towers"; not "Pass")."""
    return line.endswith("s") and not line.endswith("ss")


def _numbered_street(line: str) -> bool:
    """Whether `line` is a street line alone: a house number, a name and a street type ("14
    <Name> Brace", "Unit 4/18 <Name> Corso"): above a postcode, a type that also names other
    things ("<Name> Pass", "<Name> View") is the street's."""
    for m in _STREET_START.finditer(line):
        if m.start() == 0 and m.end() == len(line):
            return line.rsplit(" ", 1)[-1].rstrip(".").lower() in STREET_TYPES
    return False


def street_field(text: str) -> bool:
    """Whether `text`, one field of a delimited row, is a street line to its end: a house number
    (a flat's or a studio's before it, if any: "Flat 4, 9 <Name> Row", "Studio 2b <Name> Way"),
    a name and a street type. A CSV's street field stands between commas, where a street line
    of running text is never looked for ("1,250 Main" is a number). A flat's or a studio's word
    glued to its number ("Studio2b <Name> Way": a space of a scaled-down terminal lost) is read
    with its space."""
    text = _GLUED_UNIT.sub(" ", text, count=1)
    end = len(text.rstrip(" ."))
    return any(e == end and s <= MAX_FLAT_CHARS for s, e in _street_spans(text, 0, len(text)))


def _street_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Street lines in text[start:end] ("4 Granville Bridge"), whatever their type's weight."""
    for m in _STREET_START.finditer(text, start, end):
        words = list(_WORD.finditer(text, m.start("words"), m.end("words")))
        for last in range(len(words) - 1, 0, -1):
            if words[last].group(0).rstrip(".").lower() in STREET_TYPES:
                yield m.start(), words[last].end()
                break


# a message's time at the end of its bubble ("14:02", "2:05 pm"), and the ticks read after it ("vv")
_MESSAGE_TIME = regex.compile(r"[ ]+\d{1,2}[:.]\d{2}(?:[ ]?[AaPp]\.?[Mm]\.?)?(?:[ ]+\S{1,3})?$")
# a day of the week, written out or cut short ("Mon, 10:34 CDT": a ticket's customer's local
# time under their address): a date's word, no town, though a gazetteer holds a place of the name
_WEEKDAYS = frozenset(d.lower() for d in (*calendar.day_name, *calendar.day_abbr))


def _run_under(lt: LayoutText, line: LineRef, gap_line_heights: float, x: int | None = None) -> int | None:
    """Where the text right below `line` starts: the nearest line at most `gap_line_heights`
    of its height under it, from its word that starts where `line` starts (or at `x`; within a line
    height). That word starts its line, or a run of words a line height or more clear of the
    words before it: text of a panel beside it may be read on the same row, small text's rows
    of two panels lining up (a chat list's time or preview before a message)."""
    height = line.height
    left = line.box.x if x is None else x
    best: tuple[int, int] | None = None
    for other in lt.lines:
        if other.box.y < line.box.y2 - height / 2 or other.box.y - line.box.y2 > gap_line_heights * height:
            continue
        for k, word in enumerate(other.words):
            if abs(word.box.x - left) > height:
                continue
            clear = k == 0 or word.box.x - other.words[k - 1].box.x2 >= height
            if clear and (best is None or other.box.y < best[0]):
                best = (other.box.y, word.start)
            break
    return best[1] if best else None


LABEL_MAX_WORDS = 3  # words of a field's label before a line of an address ("post code")


def _after_label(lt: LayoutText, start: int, end: int, is_label: Callable[[str], bool] | None) -> int:
    """Where a line's part [start, end) of an address begins once a field's label that starts
    it is left out: pyap2 takes any words before a postcode for a town, and a key | value
    record (psql's expanded display, its "|" lost to OCR: "postcode <code>" under "town |
    <town>") puts the key on the address's lines. The label is no part of the value, so its box
    leaves the label readable and the value the gate looks for holds no label word (the
    record's column header and the query name it too). At least one word stays."""
    if is_label is None:
        return start
    words = lt.words_in(start, end)
    for n in range(min(LABEL_MAX_WORDS, len(words) - 1), 0, -1):
        if is_label(lt.text[words[0].start : words[n - 1].end]):
            return words[n].start
    return start


def _layout_spans(block: list[LineRef], start: int, end: int) -> Iterator[tuple[int, int]]:
    """The layout text's spans of the window's [start, end) (the window is the block's lines
    joined with "\n")."""
    pos = 0
    for line in block:
        length = line.end - line.start
        a, b = max(start, pos), min(end, pos + length)
        if a < b:
            yield line.start + a - pos, line.start + b - pos
        pos += length + 1


# a flat's word and its number before the street's comma ("Flat 9,", "Studio 94l," read "94],"):
# the line is an address's
_FLAT_NUMBER = regex.compile(
    r"(?<![\w-])(?i:flat|apartment|apt|studio|maisonette)\.?[ ]\d{1,4}[A-Za-z\]|)]?,"
    r"(?:[ ]{1,2}(?P<street>\p{Lu}[\p{L}'’.-]*(?:[ ]\p{Lu}[\p{L}'’.-]*){1,3}))?",
    regex.VERSION0,
)


def _town_line_after(text: str, end: int) -> bool:
    """Whether the text line after the one holding `end` ends an address: a US state and ZIP or a
    UK postcode (a bottle label's '<n> <Name> Mills' over '<Town>, TN <ZIP>', whose town line OCR
    joined to a table row beside the label, so the address block is not found as one)."""
    start = text.find("\n", end)
    if start < 0:
        return False
    stop = text.find("\n", start + 1)
    stop = len(text) if stop < 0 else stop
    return any(
        score >= StreetLineRecognizer.STREET_SCORE
        for _, spans in postcodes(text, start + 1, stop)
        for *_, score in spans
    )


# A UK postcode as OCR of a harder encode reads it on the line under a street: its inward code's
# digit as a look-alike and a wide capital as two letters ("B7 oWwN" for "B7 0WN", a chat
# message's address wrapped over two lines at crf 36), with its town's capitalised words before
# it; a capital after the digit (a word of small letters, "B2 own the rest", is none). Only where
# it follows a street line.
_LOOSE_GB_POSTCODE = regex.compile(
    r"(?<![\w-])(?P<town>(?:[A-Z][a-z'’.-]+[ ]){0,3})(?P<area>[A-Z]{1,2})[0-9][A-Z0-9]?[ ]{1,2}"
    r"[0-9OoSsZzIlB](?=[A-Za-z]{0,2}[A-Z])[A-Za-z]{2,3}(?![\w-])",
    regex.VERSION0,
)
# the start of the town after a street line's comma, wrapped to the next line ("... Stream, New")
_TOWN_TO_LINE_END = regex.compile(r",[ ]{1,2}[A-Z][a-z'’.-]+(?:[ ][A-Z][a-z'’.-]+){0,2}(?=\n|$)", regex.VERSION0)


def _misread_postcode_after(text: str, end: int) -> tuple[int, int] | None:
    """The span of a misread UK postcode in a real postcode area, with its town's words before
    it, on one of the WINDOW_LINES - 1 lines after the one holding `end` (`_LOOSE_GB_POSTCODE`),
    or None. The text's lines go by height: a line of a pane beside the message may come between
    (a conversation list's avatar letter)."""
    start = text.find("\n", end)
    for _ in range(WINDOW_LINES - 1):
        if start < 0:
            return None
        stop = text.find("\n", start + 1)
        for m in _LOOSE_GB_POSTCODE.finditer(text, start + 1, len(text) if stop < 0 else stop):
            if m.group("area") in GB_POSTCODE_AREAS:
                return m.start(), m.end()
        start = stop
    return None


def _segments(line: LineRef) -> list[LineRef]:
    """The line cut where its words stand SEGMENT_GAP_HEIGHTS word heights apart or more: two
    panes side by side (a messages list and its conversation, a mail list and the open mail)
    put unrelated text on one layout line; an address's words are a space apart."""
    parts: list[LineRef] = []
    words = line.words
    begin = 0
    for k in range(1, len(words) + 1):
        if k == len(words) or _apart(words[k - 1], words[k]):
            part = words[begin:k]
            if len(part) == len(words):
                return [line]
            box = Box.union_all(w.box for w in part)
            assert box is not None
            parts.append(LineRef(part[0].start, part[-1].end, part, box, line.layout_index))
            begin = k
    return parts


def _lone_misread_postcodes(
    lt: LayoutText, line: LineRef, codes: list[tuple[int, int, float]]
) -> Iterator[SpanFinding]:
    """ZIP_CODE: a UK postcode that stands alone in its part of the line (`_segments`) and that
    only the repair of a misread inward digit made one ("<A99> S<AA>" for "<A99> 9<AA>": a bare
    postcode in a list of recent searches, in small type, beside a navigation pane). No street
    stands above it, so no block ends at it; alone, a code of a real postcode area with an
    inward code of a postcode's letters is one ("P2 SLA", a ticket's priority, names no area)."""
    for part, part_codes in _segments_with(line, codes):
        for start, end, _ in part_codes:
            value = lt.text[start:end]
            if (start, end) != (part.start, part.end) or _GB_POSTCODE.fullmatch(value):
                continue  # not alone, or read right (PostcodeRecognizer finds it)
            area = regex.match(r"[A-Z]+", value)
            if area is not None and area.group(0) in GB_POSTCODE_AREAS and not set(value[-2:]) & _NOT_INWARD:
                yield SpanFinding(start, end, "ZIP_CODE", POSTCODE_SCORE, "address/lone_postcode")


def _apart(left: WordRef, right: WordRef) -> bool:
    """Two words SEGMENT_GAP_HEIGHTS heights apart (the smaller word's: the line's own box spans
    both panes' baselines)."""
    return right.box.x - left.box.x2 >= SEGMENT_GAP_HEIGHTS * max(min(left.box.h, right.box.h), 1)


def _segments_with(
    line: LineRef, codes: list[tuple[int, int, float]]
) -> Iterator[tuple[LineRef, list[tuple[int, int, float]]]]:
    """Each part of the line (`_segments`) that holds postcodes, with them."""
    for part in _segments(line):
        inside = [c for c in codes if part.start <= c[0] and c[1] <= part.end]
        if inside:
            yield part, inside


def _block_text(lt: LayoutText, block: list[LineRef]) -> str:
    """The block's lines joined by line breaks, or by a space where a unit's word ends a line
    and its number opens the next (`UNIT_LINE_END`: a narrow card wrapped "<n> <Name> Forge Suite" / "222,
    <Town>, IL"): pyap2 reads a unit and its number on one line only. One character for one."""
    parts = [lt.text[b.start : b.end] for b in block]
    out = parts[0]
    for before, line in zip(parts, parts[1:]):
        joined = UNIT_LINE_END.search(before.rstrip()) is not None and line[:1].isdigit()
        out += (" " if joined else "\n") + line
    return out


def _same_line(text: str, a: int, b: int) -> bool:
    return "\n" not in text[min(a, b) : max(a, b)]


class StreetLineRecognizer(CodeRecognizer):
    """ADDRESS: street lines alone ("221B Baker Street"); whole addresses are AddressBlockFinder's."""

    ENTITIES = ("ADDRESS",)
    STREET_SCORE = 0.6  # a street line alone

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list:  # noqa: D102 - Presidio's docs
        found = list(self._street_lines(text))
        found += self._near_streets(text)
        flats = list(_FLAT_NUMBER.finditer(text))
        # a flat's line whose number OCR misread ("Studio 94l, <Name> Fort" read "94],"), so that
        # no street line starts there: the flat and the street after it, to its street type
        covered = [(r.start, r.end) for r in found]
        for m in flats:
            if m.group("street") and not any(a <= m.start() < b for a, b in covered):
                words = list(_WORD.finditer(text, m.start("street"), m.end("street")))
                last = next((w for w in reversed(words[1:]) if w.group(0).rstrip(".").lower() in STREET_TYPES), None)
                if last is not None:
                    found.append(self.result("ADDRESS", m.start(), last.end(), self.STREET_SCORE))
        # a line that holds a street, or a flat's number, holds addresses: a street of a
        # technical-sounding type on it is one too (a trip's "Flat 9, <Name> Fort -> 83 <Name>
        # Field", a route's two ends)
        strong = [r.start for r in found if r.score >= self.STREET_SCORE]
        strong += [m.start() for m in flats] if found else []
        for r in found:
            if r.score < self.STREET_SCORE and (
                any(_same_line(text, r.start, s) for s in strong) or _town_line_after(text, r.end)
            ):
                r.score = self.STREET_SCORE
        return found + self._wrapped_tails(text, found)

    def _wrapped_tails(self, text: str, found: list[Any]) -> list[Any]:
        """An address in a sentence wrapped over two lines whose postcode OCR misread ("... from
        <n> <Name> Stream, <Town" / "town> <postcode misread> after practice?"): the block finder
        needs a postcode it can read, and a street of a type that also names technical things
        waits for one. A misread postcode on the next line makes the street a street; the town's
        words after its comma, and the postcode with the town's words before it, are the
        address's too."""
        tails = []
        for r in found:
            code = _misread_postcode_after(text, r.end)
            if code is None:
                continue
            r.score = max(r.score, self.STREET_SCORE)
            town = _TOWN_TO_LINE_END.match(text, r.end)
            if town is not None:
                r.end = town.end()
            tails.append(self.result("ADDRESS", code[0], code[1], self.STREET_SCORE))
        return tails

    def _near_streets(self, text: str) -> list[Any]:
        """A street's name after "near", "off" or "along" ("Near <Name> Manors, <Town>": where a
        friend's shared location is), its last word a street type that names no technical thing,
        nor the plural of one ("near Data Gateway", "off Network Drives" stay); a plural type
        too, a place's name ("<Name> Heights"). After a journey's verb ("pulled out of", "turned
        into", "the junction of") any street type but a branch's or disks'."""
        found = []
        for m in _NEAR_STREET.finditer(text):
            words = list(_WORD.finditer(text, m.start("words"), m.end("words")))
            for last in range(len(words) - 1, 0, -1):
                kind = words[last].group(0).rstrip(".").lower()
                technical = kind in TECHNICAL_TYPES or kind[:-1] in TECHNICAL_TYPES or kind in _STORAGE_PLURALS
                if kind in STREET_TYPES and not technical:
                    found.append(self.result("ADDRESS", m.start("words"), words[last].end(), self.STREET_SCORE))
                    break
        # a journey's verb says the words are a road: a type that also names technical things
        # ("<Name> Path", "<Name> Loop") is a street there too
        for m in _JOURNEY_STREET.finditer(text):
            words = list(_WORD.finditer(text, m.start("words"), m.end("words")))
            for last in range(len(words) - 1, 0, -1):
                kind = words[last].group(0).rstrip(".").lower()
                if kind in STREET_TYPES and kind not in _NO_JOURNEY_TYPES:
                    found.append(self.result("ADDRESS", m.start("words"), words[last].end(), self.STREET_SCORE))
                    break
        return found

    def _street_lines(self, text: str) -> Iterator[Any]:
        """A number and capitalised words ending in a street type: "221B Baker Street". When
        the last type is a weak one, an earlier strong type ends the street: the town after a
        street on one line can start with a word that is also a type ("<n> <Name> Mews  Port
        <Name>haven <POSTCODE>", an address autocomplete's suggestion)."""
        for m in _STREET_START.finditer(text):
            words = list(_WORD.finditer(text, m.start("words"), m.end("words")))
            typed = [k for k in range(len(words) - 1, 0, -1) if self._street_type(text, words[k]) is not None]
            if not typed:
                continue  # at least one name word before the type
            last = next((k for k in typed if not self._street_type(text, words[k])), typed[0])
            weak = bool(self._street_type(text, words[last]))
            tail = _STREET_TAIL.match(text, words[last].end())
            end = tail.end() if tail else words[last].end()
            yield self.result("ADDRESS", m.start(), end, WEAK_SCORE if weak else self.STREET_SCORE)

    @staticmethod
    def _street_type(text: str, word: regex.Match[str]) -> bool | None:
        """None when `word` is no street type; else whether it is a weak one: plurals ("2 Network
        Drives", "3 Ethernet Ports") count things far more often, unless a flat or suite follows
        ("358 Vanessa Shoals Apt. 714"), and some types name technical things."""
        kind = word.group(0).rstrip(".").lower()
        if kind not in STREET_TYPES:
            return None
        unit = _UNIT_AFTER.match(text, word.end()) is not None
        return kind in TECHNICAL_TYPES or (kind.endswith("s") and kind[:-1] in STREET_TYPES and not unit)
