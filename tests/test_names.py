"""Names without context, and the words that never are names (pipeline/detection/names.py)."""

from __future__ import annotations

import pytest

from pipeline.core.config import DEFAULT_MODELS_DIR
from pipeline.core.layout import group_lines
from pipeline.core.types import Box, OcrWord
from pipeline.core.yaml_config import read_yaml_mapping, validate
from pipeline.detection.names import BareNameFinder, NameLexicon
from pipeline.detection.schema import DetectionDoc
from pipeline.detection.text import LayoutText

CHAR_W, LINE_H = 9, 18
# Not from Faker (our test data is made with it): common names of several cultures, written here.
WORLD_NAMES = (
    "Emma Wilson",
    "Priya Sharma",
    "Wei Zhang",
    "Aisha Mohammed",
    "Mark Brown",
    "Sofia Garcia",
    "Hiroshi Tanaka",
    "Fatima Khan",
    "Lukas Schmidt",
    "Olga Ivanova",
    "Maria Rossi",
    "James Okafor",
    "Anna Kowalski",
    "Carlos Hernandez",
    "Ingrid Larsen",
    "Mehmet Yilmaz",
)


@pytest.fixture(scope="module")
def lexicon() -> NameLexicon:
    path = DEFAULT_MODELS_DIR / "detection.yaml"
    doc = validate(DetectionDoc, read_yaml_mapping(path)[1], path)
    return NameLexicon.load(DEFAULT_MODELS_DIR, doc.ner_filter, doc.filters.url_file_extensions)[1]


def layout(*cells_per_row: tuple[str, ...], xs=(40, 320, 600)) -> LayoutText:
    words = []
    for r, row in enumerate(cells_per_row):
        for x, cell in zip(xs, row):
            for text in cell.split():
                words.append(OcrWord(text, Box(x, 50 + r * 30, CHAR_W * len(text), LINE_H), 95.0))
                x += CHAR_W * len(text) + 6
    return LayoutText(group_lines(words))


def bare(lexicon: NameLexicon, lt: LayoutText) -> set[str]:
    return {lt.text[f.start : f.end] for f in BareNameFinder(lexicon, 0.55).find(lt)}


@pytest.mark.parametrize(
    ("tokens", "reason"),
    [
        (["Merino", "Hiking", "Socks"], "dictionary words"),
        (["Helps", "protect"], "dictionary words"),
        (["wuauserv"], "system phrase"),
        (["Dnscache"], "system phrase"),
        (["Windows", "Update"], "system word"),
        (["Svchost", "Running"], "system word"),
        (["Report.docx"], "file name"),
        # products named after people (shop_checkout): a name, then a word too common for a surname
        (["Florence", "Linen", "Shirt"], "ends in a common word"),
        (["Harris", "Tweed", "Flat", "Cap"], "ends in a common word"),
        (["Mabel", "Lambswool", "Scarf"], "ends in a common word"),
        # a grid's cells read as one line, NER's span cut across them: a product and the next one's name
        (["Merino", "Hiking", "Socks", "h", "Harris"], "mostly dictionary words"),
        (["Canvas", "Tote", "Bag", "Maria"], "mostly dictionary words"),
        (["Wool", "Beanie", "Oscar"], "mostly dictionary words"),
    ],
)
def test_system_and_product_words_are_no_names(lexicon: NameLexicon, tokens: list[str], reason: str) -> None:
    assert lexicon.ner_reject_reason(tokens, "PERSON") == reason


@pytest.mark.parametrize("name", WORLD_NAMES + ("Taylor Swift", "Grace Hill", "Dr Emma Wilson", "Emma Rose Wilson"))
def test_real_names_are_kept(lexicon: NameLexicon, name: str) -> None:
    assert lexicon.ner_reject_reason(name.split(), "PERSON") is None


@pytest.mark.parametrize(
    "tokens",
    [
        ["Fernbrook", "Nurseries"],
        ["Brackenfold", "Nurseris"],  # OCR dropped a letter of the trade: no dictionary word left
        ["Ashcombe", "Acountants"],
        ["Hollowmere", "Logistcs"],
        ["Quillon", "Legal"],
        ["Tarnwick", "Holdings", "Ltd"],
    ],
)
def test_a_company_name_is_no_person(lexicon: NameLexicon, tokens: list[str]) -> None:
    """contacts_app of corpus_v3: the company under a contact's name, its last word misread
    out of the dictionary, was typed PERSON by NER (the gate then blocked on it)."""
    assert lexicon.ner_reject_reason(tokens, "PERSON") == "organisation name"


def test_a_trade_that_is_also_a_first_name_makes_a_company(lexicon: NameLexicon) -> None:
    """crm_grid of corpus_v2 (issue 17, gate block PERSON seen_value x83 in the Company column):
    NER typed a Company cell "<Brand> Marine" PERSON, the trade word being a known first name
    (no surname), and the gate matched it in every row that names the company. A listed trade
    that is a first name but no surname makes a company; a name that starts with a first name,
    or ends in a surname, stays a person's."""
    for tokens in (["Gullhaven", "Marine"], ["Saltcombe", "Marina"]):
        assert lexicon.ner_reject_reason(tokens, "PERSON") == "organisation name", tokens
    for tokens in (["Marina", "Kowalski"], ["Elena", "Marina"], ["Tom", "Chambers"]):
        assert lexicon.ner_reject_reason(tokens, "PERSON") is None, tokens
    assert not lexicon.is_organisation_word("Carina")  # a first name one letter off "marina": no misread


@pytest.mark.parametrize(
    "name",
    [
        "Emma Baker",  # a surname that is a trade, and one letter off a company word ("bakery")
        "Tom Joiner",
        "Grace Kitchen",
        "Priya Brewer",
    ],
)
def test_names_that_look_like_a_trade_are_kept(lexicon: NameLexicon, name: str) -> None:
    assert lexicon.ner_reject_reason(name.split(), "PERSON") is None


@pytest.mark.parametrize("tokens", [["Request", "Reque"], ["Continue", "Contin"], ["Approve", "Appro"]])
def test_a_label_read_twice_is_no_name(lexicon: NameLexicon, tokens: list[str]) -> None:
    """profile_page of corpus_v3 (issue 17, a gate block: PERSON high_confidence x1): a
    button's label read twice, the copy cut short where the pointer stood, was a PERSON to NER."""
    assert lexicon.ner_reject_reason(tokens, "PERSON") == "a word read twice"


@pytest.mark.parametrize("name", ["Williams Will", "Jackson Jack", "Will Williams", "Rob Roberts"])
def test_a_name_whose_parts_begin_alike_is_kept(lexicon: NameLexicon, name: str) -> None:
    assert lexicon.ner_reject_reason(name.split(), "PERSON") is None


def test_places_may_be_dictionary_words(lexicon: NameLexicon) -> None:
    assert lexicon.ner_reject_reason(["New", "York"], "LOCATION") is None
    assert lexicon.ner_reject_reason(["Event", "Viewer"], "LOCATION") == "system word"


def test_bare_names_in_a_sender_column(lexicon: NameLexicon) -> None:
    rows = [(name, "Quarterly report", "10:42") for name in WORLD_NAMES]
    found = bare(lexicon, layout(*rows))
    missed = [n for n in WORLD_NAMES if n not in found]
    assert len(missed) <= 1, missed  # a name whose first name the list lacks may be missed


def test_bare_names_in_a_title_and_a_participant_list(lexicon: NameLexicon) -> None:
    lt = layout(("Chat with Emma Wilson - Teams",), ("Participants (2)",), ("Wei Zhang",), ("Mark Brown (you)",))
    assert bare(lexicon, lt) == {"Emma Wilson", "Wei Zhang", "Mark Brown"}


def test_no_bare_name_of_a_button_that_is_a_name_somewhere(lexicon: NameLexicon) -> None:
    """ "Edit" is a first name (Hungarian) and a button: OCR reading it twice is no "Edit Edit"."""
    assert bare(lexicon, layout(("Emergency contact", "Edit Edit"))) == set()
    assert bare(lexicon, layout(("Emergency contact", "Edit Kovacs"))) == set()
    assert bare(lexicon, layout(("Emergency contact", "Emma Kovacs"))) == {"Emma Kovacs"}


def test_no_bare_names_in_title_case_text_or_system_lists(lexicon: NameLexicon) -> None:
    lt = layout(
        ("Will Update Tonight",),
        ("Grace Period",),
        ("Getting Started With Jordan Pipelines Today",),
        ("Running", "wuauserv", "Windows Update"),
        ("Stopped", "Spooler", "Print Spooler"),
        ("Merino Hiking Socks", "£18.00"),
        ("Mark as read",),
    )
    assert bare(lexicon, lt) == set()


def test_a_name_in_capitals_that_fills_its_cell_is_found(lexicon: NameLexicon) -> None:
    """A CV's heading, a card's holder: "<FIRST> <LAST>" in capitals alone in its cell. Headings in
    capitals that are no name stay readable: ordinary words, a first name before an ordinary word
    ("GRACE PERIOD"), two names English also writes as words ("WILL CALL"), a place."""
    path = DEFAULT_MODELS_DIR / "detection.yaml"
    words = validate(DetectionDoc, read_yaml_mapping(path)[1], path).ner_filter.bare_names.capitals_not_first
    finder = BareNameFinder(lexicon, 0.55, capitals_not_first=words)
    lt = layout(("ROWENA VANTREIGHT",), ("Senior Data Analyst",), ("Invoice", "HARRIET B QUILLFEATHER"), ("CARL HUFF",))
    assert {lt.text[f.start : f.end] for f in finder.find(lt)} == {
        "ROWENA VANTREIGHT",
        "HARRIET B QUILLFEATHER",
        "CARL HUFF",  # both names English also writes as words ("carl", "huff"), the first mostly a name
    }
    headings = [("SENIOR DATA ANALYST",), ("GRACE PERIOD",), ("WILL CALL",), ("ROSE GOLD",), ("ORDER SUMMARY",)]
    lt = layout(*headings, ("EMMA", "PAID"), ("VICTORIA CANADA",))
    assert finder.find(lt) == []


def test_a_dot_read_after_a_first_name_does_not_part_it_from_its_surname(lexicon: NameLexicon) -> None:
    """chat_support at crf 36: a participant's name beside its status dot read 'Jade. Edwards @'
    (a speck of the low-bitrate frame after the first name), and the name stayed readable
    all through the recording. A comma still parts names in a list, and a sentence that ends in
    a first name is no name with the next sentence's first word."""
    lt = layout(("Participants (4)",), ("Jade. Edwards @",), ("Team lead",))
    assert bare(lexicon, lt) == {"Jade. Edwards"}
    assert bare(lexicon, layout(("Thanks Grace. Hopefully the reset works",))) == set()
    assert bare(lexicon, layout(("Emma, Wilson",))) == set()


def _ner_kept(detector, text: str, entity: str) -> bool:
    """Whether the detector's filter keeps a NER span of `entity` over the whole of `text`."""
    from pipeline.detection.filters import NER_RECOGNIZER
    from pipeline.detection.text import SpanFinding

    lt = layout((text,))
    return bool(detector._filter.accept(lt, SpanFinding(0, len(lt.text), entity, 0.85, NER_RECOGNIZER)))


@pytest.mark.parametrize(
    "company",
    [
        "Fernbrook Nurseries",
        "Brackenfold Nursenes",  # "ri" read as "n" at 66 %: no dictionary word left
        "Hollowmere Intenors",
        "Tarnwick Logistics",
        "Quillon Holdings Ltd",
        "Te HollowmereJoinery",  # OCR glued the trade to the brand
    ],
)
def test_a_company_name_is_no_place(detector, company: str) -> None:
    """contacts_app of corpus_v2 at 66 % (issue 18): spaCy tagged a contact's company LOCATION
    (its trade word misread, two letters as one), the value memory kept it, and it was masked
    in the contact list for the rest of the recording."""
    assert not _ner_kept(detector, company, "LOCATION")


@pytest.mark.parametrize(
    "place",
    [
        "Tunbridge Wells",
        "Reading Logistics",  # a company named after a town: the town is a place
        "Rosebery Gardens",  # a street type ends it: it may be a street
        "Hawthorn Lodge",
        "Hawthorn RoseberyGardens",  # glued, a street type still ends it
        "Milton Keynes",
    ],
)
def test_places_and_streets_are_kept_as_places(detector, place: str) -> None:
    assert _ner_kept(detector, place, "LOCATION")


def test_two_letters_read_as_one_make_an_organisation_word_misread_but_not_a_name(lexicon: NameLexicon) -> None:
    assert lexicon.is_organisation_word("Nursenes") and lexicon.is_organisation_word("Flonsts")
    assert lexicon.ner_reject_reason(["Brackenfold", "Intenors"], "PERSON") == "organisation name"
    assert not lexicon.is_organisation_word("Nurses") and not lexicon.is_organisation_word("Harris")


def test_a_trade_word_in_either_number_and_a_clinic_s_speciality_make_a_company(lexicon: NameLexicon) -> None:
    """crm_grid of corpus_v2 (issue 17, a gate block): NER typed Company cells PERSON ("<Brand>
    Florist", "<Brand> Pediatrics"), and the gate then found them unmasked on every frame
    before. The vocabulary lists a trade in one number ("florists", "supplies"): either is one.
    A surname is never a trade word ("Chambers"), and people's names stay names."""
    for tokens in (["Meadowmere", "Florist"], ["Oakfield", "Pediatrics"], ["Lakemoor", "Animal", "Hospital"]):
        assert lexicon.ner_reject_reason(tokens, "PERSON") == "organisation name", tokens
    assert lexicon.is_organisation_word("Florists") and lexicon.is_organisation_word("Supply")
    assert not lexicon.is_organisation_word("Chambers")
    for tokens in (["Dana", "Okafor"], ["Jack", "Mason"], ["Tara", "Singh"]):
        assert lexicon.ner_reject_reason(tokens, "PERSON") is None, tokens


@pytest.mark.parametrize(
    "tokens",
    [
        ["Te", "HollowmereJoinery"],  # an avatar's letters read before it, a known first name
        ["Wrenfield", "KestrelNurseries"],
        ["QuillonLogistics"],
    ],
)
def test_a_company_whose_trade_ocr_glued_to_its_brand_is_no_person(lexicon: NameLexicon, tokens: list[str]) -> None:
    """contacts_app of corpus_v3 at 66 % (issue 18): a company under a contact's name read with
    its space lost ("<Brand><Trade>") after an avatar's letters was typed PERSON, remembered,
    and masked in the contact list for 5 s."""
    assert lexicon.ner_reject_reason(tokens, "PERSON") == "organisation name"


@pytest.mark.parametrize("name", ["Anna McDonald", "Pieter DeVries", "Jo MacKenzie", "Lena DiNardo"])
def test_names_with_an_inner_capital_are_kept(lexicon: NameLexicon, name: str) -> None:
    assert lexicon.ner_reject_reason(name.split(), "PERSON") is None


def test_a_first_name_misread_in_small_text_is_still_a_name_before_a_surname(lexicon: NameLexicon) -> None:
    """order_lookup at 66 %: a gift message's 'Happy birthday <First> <Last>!' was read with the
    first name's 'ri' as 'n'; NER saw no name there and the name stayed readable all through. A known first
    name with two narrow letters read as one ('ri' as 'n', 'rn' as 'm') is one before a surname."""
    assert bare(lexicon, layout(("Happy birthday Kns Byrne! Wishing you a warm winter",))) == {"Kns Byrne"}
    assert bare(lexicon, layout(("Thanks, Bemie Shaw",))) == {"Bemie Shaw"}


def test_a_first_name_with_rl_read_as_n_is_still_a_name_before_a_surname(lexicon: NameLexicon) -> None:
    """payee_form of corpus_n3 at crf 36: the signed-in customer's name in the bank's header was
    read with its 'rl' as 'n' and stayed readable for the whole recording."""
    assert bare(lexicon, layout(("Shiney Hobbs",), ("Signed in as Canos Whitfield",))) == {
        "Shiney Hobbs",
        "Canos Whitfield",
    }
    assert bare(lexicon, layout(("Canos Mode",), ("Manene Settings",))) == set()


def test_a_first_name_with_a_narrow_letter_read_as_another_is_still_a_name_before_a_surname(
    lexicon: NameLexicon,
) -> None:
    """Issue 18, payee_form of corpus_n3 at 66 %: the signed-in customer's name in the bank's
    header was read with the first name's 'l' as 't'; NER and the bare-name finder saw no name,
    and it stayed readable for 16 s (22 sightings). One narrow letter read as another ('l' as
    't' or 'i') is a misread first name too, before a known surname only."""
    assert bare(lexicon, layout(("Juiia Hobbs",), ("Signed in as Emity Whitfield",))) == {
        "Juiia Hobbs",
        "Emity Whitfield",
    }
    # the same misreadings before a word that is no surname name no one
    assert bare(lexicon, layout(("Juiia Settings",), ("Emity Mode",))) == set()


def test_a_word_read_right_is_no_misread_first_name(lexicon: NameLexicon) -> None:
    """Only a word that is neither a name nor a word in use is taken for a misreading ('Done
    Hall' is no 'Dorie Hall', 'Main Hall' no 'Mairi Hall'), and only before a known surname
    ('Kns Mode' names no one); a first name read right is found as before."""
    assert bare(lexicon, layout(("Done Hall",), ("Main Hall",), ("Kns Mode",), ("Open Page",))) == set()
    assert bare(lexicon, layout(("Kris Byrne",))) == {"Kris Byrne"}


def test_names_with_an_apostrophe_or_accents_are_known_names(lexicon: NameLexicon) -> None:
    """The census list writes "OCONNOR": "Siobhan O'Connor" alone on a row was no name (the
    surname's frequency, 3.6, made it a common word); the first-name list writes "Zoe"."""
    lt = layout(("Siobhan O'Connor",), ("Assigned to Niamh O’Connor",), ("Zoë Okafor",))
    assert bare(lexicon, lt) == {"Siobhan O'Connor", "Niamh O’Connor", "Zoë Okafor"}


HONORIFICS = ("mr", "mrs", "ms", "dr")


def addressed(lexicon: NameLexicon, lt: LayoutText) -> set[str]:
    return {lt.text[f.start : f.end] for f in BareNameFinder(lexicon, 0.55, (), HONORIFICS).find(lt)}


def test_the_capitalised_words_after_an_honorific_are_a_name(lexicon: NameLexicon) -> None:
    """A record's "Customer: Mrs <First> <Last>" and a letter's "Dear Mr <Surname>,": the
    words after a word of address are a name, a known first name or not (spaCy's small model
    tagged neither). The honorific itself stays readable."""
    lt = layout(("Customer: Mrs Priya Raman",), ("Dear Mr Okonkwo, thank you",), ("Signed by Dr Adaeze Nwosu",))
    assert addressed(lexicon, lt) == {"Priya Raman", "Okonkwo", "Adaeze Nwosu"}


def test_an_honorific_before_a_label_a_common_word_or_a_system_name_names_no_one(lexicon: NameLexicon) -> None:
    """A title drop-down beside a form's labels ("Mr First name"), the titles offered in one
    ("Mr Mrs Ms Dr"), "MS Office", "12 ms Latency": no name."""
    lt = layout(
        ("Title", "Mr", "First name"),
        ("Mr Mrs Ms Dr",),
        ("MS Office Professional",),
        ("Ping 12 ms Latency",),
    )
    assert addressed(lexicon, lt) == set()


def logins(lexicon: NameLexicon, lt: LayoutText) -> set[str]:
    from pipeline.detection.names import LoginNameFinder

    finder = LoginNameFinder(lexicon, 0.55, ("as", "for", "user"))
    return {lt.text[f.start : f.end] for f in finder.find(lt)}


def test_a_login_made_of_a_name_s_parts_is_a_login_in_prose_and_logs(lexicon: NameLexicon) -> None:
    """A ticket's "Can't log in as k.okafor", an sshd line "Accepted password for j.smith from
    ...", "assigned to priya_raman": an initial or a first name, a separator, a surname."""
    lt = layout(
        ("Can't log in as k.okafor since Monday",),
        ("Accepted password for j.smith from port 22",),
        ("Ticket assigned to priya_raman today",),
    )
    assert logins(lexicon, lt) == {"k.okafor", "j.smith", "priya_raman"}


def test_code_and_dotted_words_are_no_logins(lexicon: NameLexicon) -> None:
    """Code's method calls and modules ("f.close()", "np.linalg", "x.ndim"), dotted words
    ("grace.period"), and a surname that is a common word without a word saying a login
    follows ("j.smith" in a list of files)."""
    lt = layout(
        ("f.close() then s.split",),
        ("np.linalg.norm of x.ndim",),
        ("grace.period expired",),
        ("Renamed j.smith to archive",),
    )
    assert logins(lexicon, lt) == set()


def test_a_name_glued_or_misread_in_scaled_down_text_is_still_a_name(lexicon: NameLexicon) -> None:
    """A calendar's chips at 66 %: OCR glued a name's words ("PeterHolt"), and the time before
    it ("14:30PeterHolt"), lost a narrow letter of a first name ("Oivia" for Olivia, glued too)
    or doubled one ("Brandlon"). Before a known surname, each is still a name."""
    lt = layout(
        ("14:30PeterHolt", "Dressing"),
        ("14:00 OiviaHartley", "Vaccination"),
        ("12:00 Brandlon Hughes - New patient",),
    )
    assert bare(lexicon, lt) == {"PeterHolt", "OiviaHartley", "Brandlon Hughes"}


def test_glued_words_that_are_no_names_stay_readable(lexicon: NameLexicon) -> None:
    """Product and program names written as one word ("PowerPoint", "JavaScript", "DevTools",
    "MarkLogic"), a code glued to its number ("2Factor"), a version to its notes ("v2Release")."""
    lt = layout(("Open in PowerPoint",), ("JavaScript DevTools MarkLogic",), ("2Factor Auth",), ("v2Release Notes",))
    assert bare(lexicon, lt) == set()


def test_a_calendar_entry_s_name_before_its_service_is_a_name(lexicon: NameLexicon) -> None:
    """A clinic's calendar at 66 %: "12:00 <First> <Last> · Vaccination" read without its dot.
    A run of capitalised words is no name in general ("Getting Started With ..."), but after a
    time, a known first name and a census surname before a dictionary word are an entry's name.
    A price before a product named like a person is no time."""
    lt = layout(("12:00 Maureen Ashworth Vaccination",), ("9.30am Dominic Barton Dressing",))
    assert bare(lexicon, lt) == {"Maureen Ashworth", "Dominic Barton"}
    lt = layout(("18.00 Harris Tweed Flat Cap",), ("10:42 Getting Started With Emma",), ("09:30 Team Standup",))
    assert bare(lexicon, lt) == set()


def test_a_surname_glued_to_the_next_word_by_a_dash_and_a_double_barrelled_one(lexicon: NameLexicon) -> None:
    """At 66 % a calendar's dot between a name and its service is read as a dash glued to both
    ("<Last>-Blood test"): the name ends at the dash. A double-barrelled surname stays whole and
    is a surname ("Smith-Jones", which the word list counts as a common word)."""
    lt = layout(("13:30 Maureen Ashworth-Blood test",), ("Lucy Smith-Jones",))
    assert bare(lexicon, lt) == {"Maureen Ashworth", "Lucy Smith-Jones"}
    assert bare(lexicon, layout(("Self-Service Portal",), ("Will Check-in Today",))) == set()
