"""What the recognizers found, checked against the screen and grown to what OCR split.

Presidio's results are spans of the layout text; on a screen many are look-alikes or cut short:
- spaCy's PERSON/LOCATION spans are split per line and kept only when they look like a name or
  a place (no UI words, not all caps, a lone word only after a context word: `NameFilter`; no
  system, product or file names, a name not only of dictionary words: names.py `NameLexicon`);
- phone numbers glued to letters or hex prefixes, IPv4-shaped versions, file names read as
  URLs, identifiers without the word that names them are dropped (`LookalikeFilter`);
- URLs and e-mail addresses grow to the whole token and over the pieces Tesseract split off
  at their punctuation; tokens (keys, cards, addresses) grow over words that touch on screen.
Models/detection.yaml sections `ner_filter` and `filters` hold the word lists.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from wordfreq import top_n_list

from pipeline.detection.config import LookalikeFilter, NameFilter
from pipeline.detection.names import NameLexicon
from pipeline.detection.recognizers.address import STREET_TYPES
from pipeline.detection.recognizers.email import has_public_suffix, only_public_suffix
from pipeline.detection.recognizers.identifiers import REGISTER_CAPTION_WORDS, REGISTER_NUMBER_WORDS
from pipeline.detection.text import LayoutText, LineRef, SpanFinding, WordRef, line_char_w, outlined

NER_RECOGNIZER = "SpacyRecognizer"
# A mail index's sender cell (models/recognizers.yaml): written surname first ("<Last>, <First>")
# it is a person's whatever its words; given name first it may be a service's name as well
# ("Cron Daemon", "Mail Delivery S"), so it is judged as NER's names are.
MAIL_INDEX_SENDER = "MailIndexSenderRecognizer"
# Values written as one unbroken token on screen: OCR's splits inside them are joined again.
TOKEN_ENTITIES = frozenset(
    {"SECRET", "PASSWORD", "URL", "EMAIL_ADDRESS", "USERNAME", "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS"}
)
_NER_BAD_CHARS = set('0123456789()[]{}<>/\\|=_@#$%^&*+~:;!?"')
_PUNCT_EDGES = " \t\n,.;:!?\"'()[]{}"
# A field's identifier written in CamelCase with "Id" last ("LogonId", "SessionId", "UserID"): a
# command's output names its fields so (klist's "Current LogonId is 0:0x3e7a1"); no name is set so
_IDENTIFIER_NAME = re.compile(r"(?:[A-Z][a-z]+){1,3}I[dD]")
# an ISO date that starts a phone match is a date, the number after it something else: git blame's
# gutter ("2026-12-16  15) <code>": the date and the line number), a log's date and hour
_ISO_DATE = re.compile(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)")
# an IPv4 address, four octets and no fifth group after it (a French phone number is five pairs
# of digits joined by dots, "01.23.45.67.89")
_IPV4 = re.compile(r"(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![.\d])")
# a month's name or abbreviation: before a day number it is a date's, not a surname ("Mar 14")
_MONTHS = frozenset(
    [
        "jan",
        "january",
        "feb",
        "february",
        "mar",
        "march",
        "apr",
        "april",
        "may",
        "jun",
        "june",
        "jul",
        "july",
        "aug",
        "august",
        "sep",
        "sept",
        "september",
        "oct",
        "october",
        "nov",
        "november",
        "dec",
        "december",
    ]
)
# a config's key before an address ("user.email=<address>"): e-mail's local part may hold "=",
# a key's name does not start one
_ASSIGNED_KEY = re.compile(r"[A-Za-z_][\w.-]*[ ]?=[ ]?")
# top-level domains that name sites, never a code's attribute; others that are English words
# ("name", "email", "app", "page") end dotted names of code and config as often as hosts
_SITE_TLDS = frozenset({"com", "net", "org", "edu", "gov", "int", "mil"})
_CODE_WORD_ZIPF = 3.0  # both parts words English uses at least this often (wordfreq)
_OCR_BREAKS = "./-_"  # punctuation where Tesseract splits a token with a space
# a gap below this many characters is no space on screen: a space is a whole cell in a terminal
# and about 0.6-0.8 of an average character in a proportional font (ink to ink); a split inside a
# token leaves only the glyphs' side bearings (0-0.4: 'DB_PASSWORD=j' 'rqy...' at 0.38)
_GLUE_CHARS = 0.5
_CELL_GAP_CHARS = 2.0  # a gap this wide (in characters) ends a table's cell
# a gap from this many characters up to _GLUE_CHARS is a split only where it is narrower than
# the line's own spaces (_spaced_like_line): SPACE_SHARE of their median, MIN_LINE_SPACES of
# them at least; gaps wider than _COLUMN_GAP_CHARS are between cells, no spaces
_SPLIT_CHARS = 0.4
_SPACE_SHARE = 0.6
_MIN_LINE_SPACES = 2
_COLUMN_GAP_CHARS = 2.0

# Identifiers a recognizer finds by their shape alone, printed in one cell with single spaces
# ("AB 12 34 56 C"): a match over a cell gap joins two cells of a row that OCR read as one line
# (a boarding pass's "SK 1351" under FLIGHT and "14C" under SEAT read "SK 1351 14C", a NINO's shape;
# a postcode's outward code ending one panel's line and the next panel's heading in capitals,
# "<AA99> GAS", a registration's)
_ONE_CELL_ENTITIES = frozenset({"UK_NINO", "VEHICLE_REGISTRATION"})
# an issuer's block: its street line, its town's, then its register number (`_over_register_number`)
_ISSUER_BLOCK_LINES = 2
_LINE_TOUCH_PX = 2  # lines whose boxes overlap by this much are still one over the other
# A word this many of the line's characters wide or less right of a line's last word, its middle
# within that word's height, is the same printed line that OCR read as two (`_split_off`)
_SPLIT_OFF_GAP_CHARS = 1.5
# a product's name and "/" right before a dotted number: a user agent's "Chrome/131.0.0.0", a
# "<product>/<version>" token that is no address (the name starts its token: a path's
# ".../hosts/10.0.0.5" and a URL's "http://10.0.0.5" keep theirs)
_PRODUCT_BEFORE = re.compile(r"(?:^|[\s(;,\"'\[])[A-Za-z][A-Za-z0-9._+-]*/[ ]?$")
# A MAC address is six pairs of hex digits: six taken out of a longer run of pairs ("1e:e6:b2:8c:...",
# a certificate's serial number, a key's fingerprint, the rows of its modulus in `openssl x509
# -text`) are no address
_HEX_PAIR_BEFORE = re.compile(r"[0-9A-Fa-f]{2}[:-]$")
_HEX_PAIR_AFTER = re.compile(r"[:-][0-9A-Fa-f]{2}")
_CELL_GAP_CHARS = 2.0  # a gap this many average characters wide parts two cells
# A word being typed at the text cursor (`FindingFilter._being_typed`): the start of a month's or
# a day's name of at least `_TYPED_MIN` letters, or of one of the `_TYPED_WORDS` most frequent
# English words (no name or place) of at least `_TYPED_WORD_MIN`, `_TYPED_LEFT` or more short
_CALENDAR_WORDS = (
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
_TYPED_MIN = 3
_TYPED_WORD_MIN = 4
_TYPED_LEFT = 2
_TYPED_WORDS = 30000
# the text cursor glued to the last letter typed, as OCR reads it ("Janu|": "Janl", "Jand", "JanI")
_CARET_READINGS = frozenset("lId")

log = logging.getLogger(__name__)


def _email_address(word: str) -> bool:
    """Whether `word` is an e-mail address: its domain's suffix may also be a file's extension
    (".pl", ".sh", ".md"), and a terminal table's e-mail column two spaces right of a surname
    reads as the end of the surname's cell."""
    local, at, host = word.rpartition("@")
    return bool(at and local and has_public_suffix(host))


class FindingFilter:
    """Checks and reshapes recognizer findings on one layout text."""

    def __init__(
        self,
        names: NameFilter,
        lookalikes: LookalikeFilter,
        lexicon: NameLexicon | None = None,
        town_shaped: Callable[[str], bool] | None = None,
    ):
        self.names = names
        self.lookalikes = lookalikes
        self.lexicon = lexicon  # dictionary, first-name and system words (names.py)
        # whether words are built as a town's name ("Port <Name>": structure.yaml `town_shapes`)
        self.town_shaped = town_shaped or (lambda _words: False)
        self._starts: frozenset[str] | None = None  # `_word_starts`, built when first asked

    def accept(self, lt: LayoutText, f: SpanFinding) -> list[SpanFinding]:
        """What is kept of a Presidio finding: nothing, the finding, or its reshaped parts; none
        that a form's hint or placeholder gives as an example ("e.g. name@example.com")."""
        return [g for g in self._accept(lt, f) if not _an_example(lt, g.start, g.end)]

    def _accept(self, lt: LayoutText, f: SpanFinding) -> list[SpanFinding]:
        if f.recognizer == NER_RECOGNIZER and f.entity_type in ("PERSON", "LOCATION"):
            return self._filter_ner(lt, f)
        if f.recognizer == MAIL_INDEX_SENDER and "," not in lt.text[f.start : f.end]:
            return self._filter_ner(lt, f)
        if f.entity_type == "PHONE_NUMBER" and not _phone_ok(lt.text, f.start, f.end):
            return []
        if f.entity_type in _REGISTER_LOOKALIKES and REGISTER_NUMBER_WORDS.before(
            lt.text, f.start, words=REGISTER_CAPTION_WORDS, above=0
        ):
            return []  # "Company number <8 digits>": a public register's number (no phone, no bank account)
        if f.entity_type == "ADDRESS" and _over_register_number(lt, f.start):
            return []  # a receipt's or a letterhead's own premises: the issuer's, no customer's
        required = self.lookalikes.required_context.get(f.entity_type)
        if required is not None and not required.before(lt.text, f.start):
            return []  # an identifier's shape without its word ("passport", "NHS") before it
        if f.entity_type in _ONE_CELL_ENTITIES and _across_cells(lt, f.start, f.end):
            return []
        if f.entity_type == "MAC_ADDRESS" and (
            _HEX_PAIR_BEFORE.search(lt.text, max(0, f.start - 3), f.start) or _HEX_PAIR_AFTER.match(lt.text, f.end)
        ):
            return []
        if f.entity_type == "IP_ADDRESS" and _previous_words(lt, f.start, 2) & self.lookalikes.ip_not_after:
            return []
        if f.entity_type == "IP_ADDRESS" and _PRODUCT_BEFORE.search(lt.text, max(0, f.start - 64), f.start):
            return []  # "Chrome/131.0.0.0" of a user agent: a product's version
        if f.entity_type == "URL":
            # Presidio's URL pattern can stop inside a word ("grant-white.bi" of ".biz") and
            # leaves out the path, which is often the personal part: take the whole token, and
            # the pieces OCR split off it.
            start, end = _join_ocr_breaks(lt.text, *_whole_token(lt.text, f.start, f.end))
            key = _ASSIGNED_KEY.match(lt.text, start, end)
            if key and "/" not in lt.text[start : key.end()]:
                start = key.end()  # a config's "homepage=<url>": the key is no part of the address
            start = max(start, lt.text.rfind("(", start, f.start) + 1)  # a call's "print(<url>"
            if not self._url_ok(lt.text, start, end):
                return []
            return [SpanFinding(start, end, f.entity_type, f.score, f.recognizer)]
        if f.entity_type == "EMAIL_ADDRESS":
            # the local part as OCR splits it: "carla. hawkins@ hotmail.com"
            start = f.start
            while start > 0 and _is_local_char(lt.text[start - 1]):
                start -= 1
            start, end = _join_ocr_breaks(lt.text, start, f.end, _is_local_char)
            key = _ASSIGNED_KEY.match(lt.text, start, end)
            if key:
                start = key.end()  # "user.email=<address>" of a config: the key stays readable
            local, _, domain = lt.text[start:end].rpartition("@")
            domain = "".join(domain.split()).lower()
            if domain.rsplit(".", 1)[-1] in self.lookalikes.url_file_extensions and not has_public_suffix(domain):
                return []  # a file name after an icon read as "@" ("v @ INV-2025-0917.pdf"); ".pl" is a country
            if local.endswith(" ") and not has_public_suffix(domain):
                return []  # a chat's mention after a word ("cc @m.ostrowska"), no address read apart
            return [SpanFinding(start, end, f.entity_type, f.score, f.recognizer)]
        return [f]

    def label_value_ok(self, lt: LayoutText, f: SpanFinding) -> bool:
        """A label's value must not be UI text: a "Name" column header is followed by "Date
        modified  Type  Size", a "Password" label above its (masked) input by a "Submit"
        button. A value made only of UI words is refused; one that merely starts with one
        ("New Aaron", a city) is kept. Checked for names and places, and for every value found
        right of or below its label on another line. An address that is a country's name alone
        is none: the last line of an address card ("Shipping address": addressee, street, town
        and postcode, country) names no one's address; its other lines do."""
        if f.entity_type == "ADDRESS" and self._country(lt.text[f.start : f.end]):
            log.debug("%s dropped: a country alone (%s)", f.entity_type, f.recognizer)  # never the text
            return False
        if f.entity_type not in ("PERSON", "LOCATION") and "/" not in f.recognizer:
            return True
        if f.entity_type == "PERSON" and "/" in f.recognizer and self._file_name_cell(lt, f):
            # a documents list's "Name" column holds files: "Witness statement - <Last>.pdf"
            # under it is no person's name (its surname is found as a remembered name's word)
            log.debug("%s dropped: a file's name under its label (%s)", f.entity_type, f.recognizer)
            return False
        words = [w.strip(_PUNCT_EDGES).lower() for w in lt.text[f.start : f.end].split()]
        words = [w for w in words if w]
        if not words:
            return True
        ui = self.names.ui_vocabulary
        lexicon = self.lexicon if f.entity_type in ("PERSON", "LOCATION") else None
        first = lt.text[f.start : f.end].split()[0].strip(_PUNCT_EDGES)
        if (
            f.entity_type == "PERSON"
            and self.lexicon is not None
            and self.lexicon.is_organisation_word(first)
            and not self.lexicon.is_first_name(first)
        ):
            # a word that says what a company is opens no person's name: a grid's "Name" header
            # read with the next header cell "Company" (and, while scrolling, the first row's
            # company under it) as its value (crm_grid), masked and remembered as a person
            log.debug("%s dropped: opens with an organisation's word (%s)", f.entity_type, f.recognizer)
            return False
        if f.entity_type == "PERSON" and self.lexicon is not None:
            tokens = [t.strip(_PUNCT_EDGES) for t in lt.text[f.start : f.end].split()]
            tokens = [t for t in tokens if t]
            named = len(tokens) == 2 and self.lexicon.is_first_name(tokens[0])  # "Mark Care": a person
            if self.lexicon.is_company_name(tokens) and not named:
                # a company is no person's name: a bank details card's "Account name" beside
                # "<Brand> Joinery Ltd", a payee's "Name" of a supplier (then remembered and
                # masked wherever the company stood: a list's row, a heading, a matched line)
                log.debug("%s dropped: a company's name (%s)", f.entity_type, f.recognizer)
                return False
        if (
            f.entity_type == "LOCATION"
            and len(words) == 2
            and self.town_shaped(" ".join(lt.text[f.start : f.end].split()))
        ):
            # a town's first word and then a name, each a UI word too ("Port <Month>", "New
            # Port"): built as a town, under its label it is one (a lone UI word is still none:
            # "Support" ends as a town may)
            return True
        # and no name is a service or product name: "wuauserv" below a "Name" header
        return not all(w in ui or (lexicon is not None and lexicon.is_system(w)) for w in words)

    def _file_name_cell(self, lt: LayoutText, f: SpanFinding) -> bool:
        """Whether the cell of a label's value ends in a file name: the value's words and the
        words after them on its line, up to a cell's gap (_CELL_GAP_CHARS)."""
        words = lt.words_in(f.start, f.end)
        if self.lexicon is None or not words:
            return False
        line = lt.lines[words[-1].line]
        gap = _CELL_GAP_CHARS * line_char_w(line)
        cell = list(words)
        for w in line.words[words[-1].index + 1 :]:
            if w.box.x - cell[-1].box.x2 > gap:
                break
            cell.append(w)
        last = lt.text[cell[-1].start : cell[-1].end].strip(_PUNCT_EDGES + "()")
        return "." in last and self.lexicon.is_file_name(last) and not _email_address(last)

    def _country(self, value: str) -> bool:
        """Whether `value` is a country's name, alone ("Canada", "United Kingdom.")."""
        words = [w for w in (w.strip(_PUNCT_EDGES) for w in value.split()) if w]
        return self.lexicon is not None and bool(words) and self.lexicon.is_country(" ".join(words))

    def _url_ok(self, text: str, start: int, end: int) -> bool:
        if (end < len(text) and text[end].isalnum()) or (start > 0 and text[start - 1].isalnum()):
            return False  # cut inside a word: "config.in" of "config.ini"
        low = "".join(text[start:end].split()).strip("\"'<>()[]").lower()  # without OCR's spaces
        if self._software_link(low):
            return False
        if self._system_host(text, start, low):
            log.debug("URL dropped: a vendor's or a provider's host after words on its line")  # never the text
            return False
        if low.startswith(("http://", "https://", "ftp://", "www.")):
            return True
        host = low.split("/", 1)[0].split("?", 1)[0].split(":", 1)[0]
        last = host.rsplit(".", 1)[-1]
        if last in self.lookalikes.url_file_extensions:
            return False
        if host == low and self._dotted_name(text[start:end].strip("\"'<>()[]")):
            return False
        if host == low and only_public_suffix(host):
            return False  # a wordmark that is a public suffix alone ("GOV.UK"): no one's site
        return has_public_suffix(host)

    def _software_link(self, low: str) -> bool:
        """Whether a URL (lower-cased, without spaces) is a link that software prints in its own
        banner, help or error text: written with its scheme, to a vendor's link or documentation
        host (detection.yaml `software_link_hosts`, whole hosts), with no user part or e-mail in
        it. A browser's address bar leaves the scheme out unless it is being edited."""
        scheme, sep, rest = low.partition("://")
        if not sep or scheme not in ("http", "https") or "@" in rest:
            return False
        host = rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0].split(":", 1)[0]
        return host in self.lookalikes.software_link_hosts

    def _system_host(self, text: str, start: int, low: str) -> bool:
        """Whether a URL (`low`: lower-cased, without spaces) starting at `start` is a bare host
        name in a vendor's or a provider's domain (detection.yaml `system_domains`), a port
        aside, written after other words on its line: a mail header's receiving host, an SMTP
        relay in a config, no visited page. A path, a query, a user part, an e-mail's "@"
        before it, or a place at its line's start (an address bar's) keeps it a URL."""
        if text[max(0, start - 4) : start].rstrip(" ").endswith("@"):
            return False  # an e-mail address's domain, OCR's space after its "@" or not
        host = low.partition("://")[2] or low
        host = host.rstrip(".;,:").removesuffix("/")  # a header's "mx.<domain>;", a root's "/"
        if any(c in host for c in "/?#@"):
            return False
        host = host.split(":", 1)[0].rstrip(".")  # a port, a fully qualified name's last dot
        domains = self.lookalikes.system_domains
        if not any(host == d or host.endswith("." + d) for d in domains):
            return False
        line_start = text.rfind("\n", 0, start) + 1
        before = (w.strip(_PUNCT_EDGES).lower() for w in text[line_start:start].split())
        return any(len(w) > 1 and w not in self.lookalikes.address_bar_words for w in before)

    def _dotted_name(self, token: str) -> bool:
        """Whether a scheme-less, path-less "host" is a code's or a config's dotted name: two
        lower-case words English uses, the last a generic top-level domain's word ('user.name',
        'user.email' of `git config`, 'request.app', 'self.page'), not one that names sites."""
        parts = token.split(".")
        return (
            len(parts) == 2
            and parts[1] not in _SITE_TLDS
            and len(parts[1]) >= 3
            and all(p.isalpha() and p.islower() for p in parts)
            and self.lexicon is not None
            and all(self.lexicon.zipf(p) >= _CODE_WORD_ZIPF for p in parts)
        )

    def _filter_ner(self, lt: LayoutText, f: SpanFinding) -> list[SpanFinding]:
        """Split a NER span per line and keep the parts that look like a real name/place."""
        kept = []
        text = lt.text
        pos = f.start
        while pos < f.end:
            nl = text.find("\n", pos, f.end)
            seg_end = f.end if nl < 0 else nl
            s, e = pos, seg_end
            while s < e and text[s] in _PUNCT_EDGES:
                s += 1
            while e > s and text[e - 1] in _PUNCT_EDGES:
                e -= 1
            e = _without_date_month(text, s, e)
            s = _without_leading_caps(text, s, e)
            s, e = self._without_outlined_ends(lt, s, e)
            reason = self._ner_reject_reason(lt, s, e, f.entity_type) if e > s else "empty"
            if reason is not None:
                log.debug("NER %s dropped: %s", f.entity_type, reason)  # never the text
            for a, b, typed in _field_parts(lt, s, e) if reason is None else ():
                # a part typed in a field keeps the name; a part outside it must name on its own
                part_reason = None if typed else self._ner_reject_reason(lt, a, b, f.entity_type)
                if part_reason is None:
                    kept.append(SpanFinding(a, b, f.entity_type, f.score, f.recognizer))
                else:
                    log.debug("NER %s part dropped: %s", f.entity_type, part_reason)  # never the text
            pos = seg_end + 1
        return kept

    def _without_outlined_ends(self, lt: LayoutText, start: int, end: int) -> tuple[int, int]:
        """[start, end) without a word at either end that OCR read together with a shape's edge
        (text.py `outlined`) and that is no name: '<given name> I<word>', a selected tab's
        caption read as a person and held masked for the rest of the recording (telecom_account).
        The words left are judged on their own."""
        words = lt.words_in(start, end)
        if len(words) < 2:
            return start, end
        while len(words) > 1 and self._outlined(lt, words[-1], words[:-1]):
            words.pop()
        while len(words) > 1 and self._outlined(lt, words[0], words[1:]):
            words.pop(0)
        return max(start, words[0].start), min(end, words[-1].end)

    def _outlined(self, lt: LayoutText, word: WordRef, others: list[WordRef]) -> bool:
        text = lt.text[word.start : word.end]
        return outlined(text, word, others) and not (self.lexicon is not None and self.lexicon.is_name(text))

    def _ner_reject_reason(self, lt: LayoutText, start: int, end: int, entity: str) -> str | None:
        """Why a NER span is no name or place (None: it looks like one)."""
        value = lt.text[start:end]
        if value.endswith(("'s", "’s")):
            value = value[:-2]
        if any(ch in _NER_BAD_CHARS for ch in value):
            return "technical characters"
        tokens = [t.strip(_PUNCT_EDGES) for t in value.split()]
        tokens = [t for t in tokens if t]
        if not tokens or not all(t[0].isalpha() for t in tokens):
            return "not words"
        if any(t.lower() in self.names.ui_vocabulary for t in tokens):
            return "UI word"
        if any(len(t) > 1 and t.isupper() for t in tokens):
            return "all caps"  # UI text or acronyms ("SUBMIT", "Reader DC")
        if any(_IDENTIFIER_NAME.fullmatch(t) for t in tokens):
            return "identifier"
        if not any(t[0].isupper() for t in tokens):
            return "lower case"
        letters = [sum(ch.isalpha() for ch in t) for t in tokens]
        if len(tokens) > 1 and max(letters) < 3 and sum(n >= 2 for n in letters) < 2:
            return "short words"  # "v Me": an icon read as a letter beside a short word ("Li Na" stays a name)
        if len(tokens) > 1 and max(letters) < 3 and not all(t[0].isupper() for t in tokens):
            # a lower-case particle ("al", "de", "le") names no one without a name beside it:
            # the tops of a row's letters above a window's edge, read "Le al"
            return "short words"
        if self.lexicon is not None:
            reason = self.lexicon.ner_reject_reason(tokens, entity)
            if reason is not None:
                return reason
            rest = _split_off(lt, end)
            if rest is not None and self._split_company(tokens, rest, entity):
                # "<Role> · <Brand> <Trade>" of a people list's caption, its trade word read as
                # a line of its own beside a mask's edge: the words NER took for a person are
                # the head of a company's name, as the analysis read the line whole
                return "organisation name split off its line"
            if entity == "LOCATION" and self._company_not_place(tokens):
                return "organisation name"
            if entity == "LOCATION" and self.lexicon.is_country(" ".join(tokens)):
                # a country alone is no one's address (an address card's last line; a town, a
                # street or a postcode are: their own recognizers and labels find them)
                return "a country alone"
        if len(tokens) == 1:
            if len(tokens[0]) < self.names.min_token_chars or not tokens[0][0].isupper():
                return "short or lower-case word"
            if self.lexicon is not None and self._being_typed(lt, start, end, tokens[0]):
                return "a word being typed"
            context = self.names.single_token_context.get(entity, frozenset())
            line = lt.lines[lt.line_at(start)]
            before = lt.text[line.start : start].split()[-5:]
            if not any(w.strip(_PUNCT_EDGES).lower() in context for w in before):
                return "lone word without context"
        return None

    def _split_company(self, tokens: list[str], rest: str, entity: str) -> bool:
        """Whether `tokens` and the word OCR split off their line (`rest`) are a company's name
        by the rules a NER span read whole is judged by (`NameLexicon.ner_reject_reason`,
        `_company_not_place`)."""
        assert self.lexicon is not None
        word = rest.strip(_PUNCT_EDGES)
        if not word or not word[0].isalpha():
            return False
        whole = [*tokens, word]
        if entity == "LOCATION":
            return self._company_not_place(whole)
        return self.lexicon.ner_reject_reason(whole, entity) == "organisation name"

    def _being_typed(self, lt: LayoutText, start: int, end: int, token: str) -> bool:
        """Whether a lone capitalised word is one being typed, or cut short: the last of its
        line, no known name, and the start of a month's or a day's name ("... can start in Janu",
        the text cursor after it, read glued: "Janl", "Jand"), or of an ordinary word it is not
        itself, where it is no known place. NER takes the half word after "in" for a place; the
        word typed on is the month, a word, not a place."""
        assert self.lexicon is not None
        line = lt.lines[lt.line_at(start)]
        if lt.text[end : line.end].strip(_PUNCT_EDGES + "|"):
            return False  # words after it on its line: no word at the cursor
        if self.lexicon.is_name(token):
            return False
        low = token.lower()
        if low[-1] in _CARET_READINGS and _starts_calendar_word(low[:-1]):
            return True  # the cursor read as a letter: "Jand" is a listed town too, "Jan" + cursor here
        if self.lexicon.is_place(token):
            return False
        if _starts_calendar_word(low):
            return True
        return len(low) >= _TYPED_WORD_MIN and not self.lexicon.is_dictionary(low) and low in self._word_starts()

    def _word_starts(self) -> frozenset[str]:
        """The starts (`_TYPED_WORD_MIN` letters or more, at least `_TYPED_LEFT` letters short)
        of the `_TYPED_WORDS` most frequent English words that are no name or place: built once,
        when a lone word at a line's end is first judged."""
        if self._starts is None:
            assert self.lexicon is not None
            starts: set[str] = set()
            for word in top_n_list("en", _TYPED_WORDS):
                if len(word) < _TYPED_WORD_MIN + _TYPED_LEFT or not word.isalpha():
                    continue
                if self.lexicon.is_name(word) or self.lexicon.is_place(word):
                    continue
                starts.update(word[:n] for n in range(_TYPED_WORD_MIN, len(word) - _TYPED_LEFT + 1))
            self._starts = frozenset(starts)
        return self._starts

    def _company_not_place(self, tokens: list[str]) -> bool:
        """A company's name that spaCy tagged a place ("<Brand> Nurseries" under a contact's
        name, its trade word misread): no street type ends it ("<Name> Gardens", "<Name>
        Lodge" may be a street), and it starts with no known place ("<Town> Logistics" is
        kept: the town is one)."""
        assert self.lexicon is not None
        words = self.lexicon.company_words(tokens)
        return (
            self.lexicon.is_company_name(tokens)
            and words[-1].lower() not in STREET_TYPES
            and not self.lexicon.is_place(words[0])
            and not self.lexicon.is_place(" ".join(words))
        )


def _split_off(lt: LayoutText, end: int) -> str | None:
    """The first word of another line that continues the line ending at `end` on the screen:
    it starts right after the line's last word (a gap of `_SPLIT_OFF_GAP_CHARS` of its
    characters at most), its middle within that word's height. OCR's line finder parts one
    printed line where a smaller word sits lower or a mask's edge or an avatar stands beside it
    (a caption '<Role> · <Brand> <Trade>' read as '<Role> <Brand>' and '<Trade>'). None where
    words follow on the span's own line or no such word is read."""
    words = lt.words_in(end - 1, end)
    if not words:
        return None
    last = words[-1]
    line = lt.lines[last.line]
    if last.index != len(line.words) - 1 or lt.text[end : last.end].strip(_PUNCT_EDGES):
        return None
    reach = _SPLIT_OFF_GAP_CHARS * last.char_w
    for n, other in enumerate(lt.lines):
        if n == last.line or not other.words:
            continue
        first = other.words[0].box
        if not -1 <= first.x - last.box.x2 <= reach:
            continue
        middle = first.y + first.h / 2
        if last.box.y <= middle <= last.box.y + last.box.h:
            return lt.text[other.words[0].start : other.words[0].end]
    return None


def _starts_calendar_word(stem: str) -> bool:
    """Whether `stem` is the start of a month's or a day's name, short of its end ("janu", "sept")."""
    return len(stem) >= _TYPED_MIN and any(w != stem and w.startswith(stem) for w in _CALENDAR_WORDS)


def _across_cells(lt: LayoutText, start: int, end: int) -> bool:
    """Whether the words of [start, end) stand in two cells of a row: a gap between two of
    them on one line as wide as _CELL_GAP_CHARS of their average character."""
    words = lt.words_in(start, end)
    chars = sum(w.end - w.start for w in words)
    if len(words) < 2 or chars == 0:
        return False
    char_w = sum(w.box.w for w in words) / chars
    return any(
        a.line == b.line and b.box.x - a.box.x2 >= _CELL_GAP_CHARS * char_w
        for a, b in zip(words, words[1:], strict=False)
    )


def _field_parts(lt: LayoutText, start: int, end: int) -> list[tuple[int, int, bool]]:
    """[start, end) split where its words cross an input box's border, with whether each part is
    typed in a field: a page's brand in its top bar left of the search box and the query typed in
    it ('<Brand> <Surname>'), read as one line, are two texts (customer_search: NER took both for
    a name, and its words were remembered as a person's: the brand masked in the tab's title)."""
    words = lt.words_in(start, end) if lt.fields else []
    if len(words) < 2:
        return [(start, end, True)]

    def field_of(w: WordRef) -> int:
        cx, cy = w.box.x + w.box.w / 2, w.box.y + w.box.h / 2
        return next((i for i, f in enumerate(lt.fields) if f.box.x <= cx < f.box.x2 and f.box.y <= cy < f.box.y2), -1)

    parts = [[words[0]]]
    for w in words[1:]:
        if field_of(w) == field_of(parts[-1][-1]):
            parts[-1].append(w)
        else:
            parts.append([w])
    if len(parts) == 1:
        return [(start, end, True)]
    return [(max(start, p[0].start), min(end, p[-1].end), field_of(p[0]) >= 0) for p in parts]


def _without_leading_caps(text: str, start: int, end: int) -> int:
    """The start of a NER span less a leading token of two or three capitals before two or more
    words written as a name: a mail list's row checkbox and star read as "CJ" or "EI" before the
    sender, and spaCy takes them into the name ("CJ First Last"), which the all-caps rule then
    dropped whole. The rest is judged on its own ("Reader DC" and "SUBMIT" are no name still)."""
    first, _, rest = text[start:end].partition(" ")
    words = rest.split()
    capitals = 2 <= len(first) <= 3 and first.isalpha() and first.isupper()
    if capitals and len(words) >= 2 and all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words[:2]):
        return start + len(first) + (len(rest) - len(rest.lstrip())) + 1
    return start


def _without_date_month(text: str, start: int, end: int) -> int:
    """The end of a NER span less its last word where that word is a month's and a day number
    follows it on the line: a journal's "Mar 14 09:02:10" beside a link of the page behind the
    terminal, read on one line ("Bill Mar"), is a date after a word, no name."""
    head, _, last = text[start:end].rpartition(" ")
    if not head.strip() or last.strip(_PUNCT_EDGES).lower() not in _MONTHS:
        return end
    after = text[end:].split("\n", 1)[0].split()
    day = after[0].rstrip(",.") if after else ""
    if day.isdigit() and 1 <= int(day) <= 31:
        return start + len(head.rstrip())
    return end


def glued(lt: LayoutText, start: int, end: int) -> tuple[int, int]:
    """Grow a token's span over the OCR words that touch it on screen. Tesseract splits a long
    token into words where the image has no space ("=ghp_...kuL" "j" "PYAgKX6QL"): a gap well
    below a space (a third of a character) joins them. Words far into each other or on another
    text row (a label above a field that OCR put on the field's line) are no such pieces."""
    words = lt.words_in(start, end)
    if not words:
        return start, end
    char_w = sum(w.box.w for w in words) / max(sum(w.end - w.start for w in words), 1)

    def touch(left: WordRef, right: WordRef) -> bool:
        gap = right.box.x - left.box.x2
        overlap = min(left.box.y2, right.box.y2) - max(left.box.y, right.box.y)
        if not (-char_w <= gap <= _GLUE_CHARS * char_w and overlap >= 0.5 * min(left.box.h, right.box.h)):
            return False
        return gap < _SPLIT_CHARS * char_w or not _spaced_like_line(lt, left, gap, char_w)

    first, last = words[0], words[-1]
    while first.start == start and first.index > 0:
        before = lt.lines[first.line].words[first.index - 1]
        if not touch(before, first):
            break
        first, start = before, before.start
    while last.end == end and last.index + 1 < len(lt.lines[last.line].words):
        after = lt.lines[last.line].words[last.index + 1]
        if not touch(last, after):
            break
        last, end = after, after.end
    return start, end


def _spaced_like_line(lt: LayoutText, left: WordRef, gap: int, char_w: float) -> bool:
    """Whether the `gap` after `left` is as wide as its line's spaces: the median of the line's
    other gaps between words (not a column's gap), if it has at least MIN_LINE_SPACES of them.
    In a bold sans-serif a space is half an average character, ink to ink ('<login> approved
    these changes' at 13 px: 4 px after an 8.9 px character), which the character rule alone
    took for a token's split; the line's own spaces tell a space from a split."""
    words = lt.lines[left.line].words
    others = sorted(
        b.box.x - a.box.x2
        for a, b in zip(words, words[1:])
        if a.index != left.index and 0 < b.box.x - a.box.x2 <= _COLUMN_GAP_CHARS * char_w
    )
    if len(others) < _MIN_LINE_SPACES:
        return False
    return gap >= _SPACE_SHARE * others[len(others) // 2]


def _whole_token(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow [start, end) to the surrounding run of non-space characters, without trailing
    sentence punctuation or brackets."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    while end > start and text[end - 1] in ".,;:!?)]}>\"'":
        end -= 1
    while start < end and text[start] in "([{<\"'":
        start += 1
    return start, end


def _is_local_char(ch: str) -> bool:
    """A character of an e-mail address's local part."""
    return ch.isalnum() or ch in "._%+-"


def _join_ocr_breaks(
    text: str, start: int, end: int, allowed: Callable[[str], bool] = lambda ch: not ch.isspace()
) -> tuple[int, int]:
    """Grow [start, end) over the neighbouring pieces that Tesseract split off a token at its
    punctuation ("https://clark- ramirez .com/robin92", "carla. hawkins@"): across one space
    where the piece before it ends, or the piece after it starts, with "." "-" "_" or "/".
    A piece must hold a letter or digit (a lone dash between words is no part of a token)
    and only `allowed` characters."""

    def piece_ok(a: int, b: int) -> bool:
        piece = text[a:b]
        return any(ch.isalnum() for ch in piece) and all(allowed(ch) for ch in piece)

    while start >= 2 and text[start - 1] == " ":
        a = start - 1
        while a > 0 and not text[a - 1].isspace():
            a -= 1
        if a == start - 1 or not piece_ok(a, start - 1):
            break
        if text[start - 2] not in _OCR_BREAKS and text[start] not in _OCR_BREAKS:
            break
        start = a
    while end + 1 < len(text) and text[end] == " ":
        b = end + 1
        while b < len(text) and not text[b].isspace():
            b += 1
        if b == end + 1 or not piece_ok(end + 1, b):
            break
        if text[end - 1] not in _OCR_BREAKS and text[end + 1] not in _OCR_BREAKS:
            break
        end = b
    return start, end


# A value a form's hint or placeholder gives as an example of what to type ("e.g. name@example.com",
# "For example, QQ 12 34 56 C"): the words before it on its line end with one of these (or the
# value, as OCR joined it, starts with "e.g."); no one's value is written so. Placeholders are
# light grey in thin type: OCR reads their "e" as "€", "©", "é" or "2", or loses it, and their
# "g" as "9" ("€.g. name@example.cam", "2.9. name@..."); so misread, the marker stands apart
# (a space after it: "a.g.smith@..." is an address)
_EXAMPLE_BEFORE = re.compile(
    r"(?:^|[\s(])(?:[eé€©2]?\.[ ]?[g9]\.?|eg\.|for[ ]example)[,:]?[ ]*$", re.IGNORECASE | re.MULTILINE
)
_EXAMPLE_START = re.compile(r"e\.[ ]?g\.[ ]?|[eé€©2]?\.[ ]?[g9]\.[ ]", re.IGNORECASE)
# the domains RFC 2606 and RFC 6761 keep for documentation: an address there is nobody's
_RESERVED_EXAMPLE_DOMAIN = re.compile(
    r"@(?:[\w-]+\.)*(?:example\.(?:com|org|net)|[\w-]+\.(?:example|test|invalid))$", re.IGNORECASE
)
# a gap this many characters wide before the marker parts it from a cell on its left
_EXAMPLE_CELL_GAP_CHARS = 2.0


def _an_example(lt: LayoutText, start: int, end: int) -> bool:
    """Whether the value at [start, end) is given as an example: "e.g." (or "for example") right
    before it, or opening it, where the marker opens its line or its cell (a hint or a
    placeholder, "For example, 07700 900982") or the value is at a documentation domain
    ("..., e.g. name@example.com"). In prose a marker can stand before a real value ("the affected
    users, e.g. <someone's address>"), so there only the reserved domains count."""
    opened = _EXAMPLE_START.match(lt.text, start)
    line = lt.lines[lt.line_at(start)]
    marker = opened or _EXAMPLE_BEFORE.search(lt.text, max(line.start, start - 16), start)
    if marker is None:
        return False
    if _RESERVED_EXAMPLE_DOMAIN.search(lt.text[start:end].rstrip(_PUNCT_EDGES)):
        return True
    at = marker.start()
    if lt.text[at] == "(" or lt.text[at].isspace():
        at += 1  # the match opens with the character before the marker
    return _opens_cell(lt, at)


def _opens_cell(lt: LayoutText, offset: int) -> bool:
    """Whether the word at `offset` opens its line, or stands a cell's gap right of the word before."""
    words = lt.words_in(offset, offset + 1)
    if not words or words[0].index == 0:
        return True
    word = words[0]
    before = lt.lines[word.line].words[word.index - 1]
    return word.box.x - before.box.x2 >= _EXAMPLE_CELL_GAP_CHARS * max(word.char_w, before.char_w)


def _previous_words(lt: LayoutText, offset: int, n: int) -> set[str]:
    line = lt.lines[lt.line_at(offset)]
    return {w.strip(_PUNCT_EDGES).lower() for w in lt.text[line.start : offset].split()[-n:]}


def _over_register_number(lt: LayoutText, offset: int) -> bool:
    """Whether the line at `offset` has a line right under it, or one more under that, holding a
    register number after its caption ("VAT NO. GB <digits>", "Company No. <digits>"): a till
    receipt's header prints its shop's address between the shop's name and its VAT number, a
    letterhead its firm's over its company number. Masked, the shop's address hid on every
    receipt (refund_receipt); a customer's block has no register number under it."""
    line = lt.lines[lt.line_at(offset)]
    for _ in range(_ISSUER_BLOCK_LINES):
        under = _line_under(lt, line)
        if under is None:
            return False
        digit = re.search(r"\d", lt.text[under.start : under.end])
        if digit is not None and REGISTER_NUMBER_WORDS.before(
            lt.text, under.start + digit.start(), words=REGISTER_CAPTION_WORDS, above=0
        ):
            return True
        line = under
    return False


def _line_under(lt: LayoutText, line: LineRef) -> LineRef | None:
    """The line whose top is within a line's height under `line`'s bottom and that overlaps it
    across: the next line of the same block."""
    below = [
        other
        for other in lt.lines
        if 0 <= other.box.y - line.box.y2 + _LINE_TOUCH_PX <= line.height
        and other.box.x < line.box.x2
        and line.box.x < other.box.x2
        and other is not line
    ]
    return min(below, key=lambda other: other.box.y, default=None)


# number shapes a company's, a charity's or a regulator's register number also has
_REGISTER_LOOKALIKES = frozenset(
    {"PHONE_NUMBER", "US_BANK_NUMBER", "ACCOUNT_NUMBER", "US_DRIVER_LICENSE", "US_PASSPORT"}
)


def _phone_ok(text: str, start: int, end: int) -> bool:
    """Reject phone matches glued to letters or hex prefixes ("0x80070005", "I219-LM")."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum() or after.isalnum():
        return False
    if before in "-_." and start > 1 and text[start - 2].isalnum():
        return False
    if after in "-_" and end + 1 < len(text) and text[end + 1].isalnum():
        return False
    if _ISO_DATE.match(text, start):
        return False
    if _IPV4.match(text, start):
        return False  # an address and the number in the next cell ("<ip> 2 Dec 09:15"): the IP's own finding stays
    digits = sum(ch.isdigit() for ch in text[start:end])
    return digits >= 7
