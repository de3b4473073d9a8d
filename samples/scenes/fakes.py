"""Fake personal values in the exact shapes real screens print them, all from seeded generators.

Faker covers names, streets and e-mail addresses; the UK and US identifiers below are built by
hand because Faker's versions do not look like the real ones (`en_GB` `ssn()` gives `ZZ` prefixes
and a `T` suffix, which no National Insurance number has) and the scenes need the spacing and
grouping people actually see (`QQ 12 34 56 C`, `GB29 NWBK 6016 1331 9268 19`, `20-45-77`).
"""

from __future__ import annotations

import random
import string
import unicodedata
from dataclasses import dataclass

from faker import Faker

# HMRC never issues these first letters (D F I Q U V), second letters (also O) or prefixes.
_NINO_FIRST = [c for c in string.ascii_uppercase if c not in "DFIQUV"]
_NINO_SECOND = [c for c in string.ascii_uppercase if c not in "DFIQUVO"]
_NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
UK_CITIES = [
    "London",
    "Manchester",
    "Leeds",
    "Bristol",
    "Birmingham",
    "Glasgow",
    "Edinburgh",
    "Cardiff",
    "Nottingham",
    "Sheffield",
    "Liverpool",
    "Newcastle upon Tyne",
    "Brighton",
    "Reading",
    "Norwich",
    "Cambridge",
    "Oxford",
    "Southampton",
    "Leicester",
    "York",
    "Bath",
    "Exeter",
    "Belfast",
    "Derby",
]
US_CITIES = [
    ("Austin", "TX"),
    ("Denver", "CO"),
    ("Portland", "OR"),
    ("Columbus", "OH"),
    ("Raleigh", "NC"),
    ("Madison", "WI"),
    ("Tucson", "AZ"),
    ("Omaha", "NE"),
    ("Boise", "ID"),
    ("Richmond", "VA"),
    ("Sacramento", "CA"),
    ("Nashville", "TN"),
    ("Tampa", "FL"),
    ("Spokane", "WA"),
]


MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def person(fake: Faker) -> str:
    """'First Last' without Faker's occasional titles and suffixes ('Dr', 'MD'), as most apps show it."""
    return f"{fake.first_name()} {fake.last_name()}"


_UNDECOMPOSED = str.maketrans("łŁøØđĐßæÆ", "lLoOdDsaA")  # letters NFKD does not split into base and mark


def email_for(name: str, domain: str, rng: random.Random) -> str:
    """A work-style address derived from the name, so the name and the address agree on screen; in
    ASCII, as mail systems make them ("Ó Loingsigh" -> "oloingsigh")."""
    folded = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED))
    first, last = "".join(c for c in folded if not unicodedata.combining(c)).lower().replace("'", "").split(" ", 1)
    last = last.replace(" ", "").replace("-", "")
    local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{last[0]}", f"{first}_{last}"])
    return f"{local}@{domain}"


def initial_login(name: str) -> str:
    """A login as many organisations make it: the first name's initial and the surname, lower case,
    without spaces, hyphens or apostrophes, at most 12 characters ("Mary-Kate O'Neill" -> "moneill")."""
    first, last = name.lower().replace("'", "").replace("-", "").split(" ", 1)
    return f"{first[0]}{last.replace(' ', '')}"[:12]


def nino(rng: random.Random) -> str:
    """UK National Insurance number as printed on payslips: `AB 12 34 56 C`."""
    while True:
        prefix = rng.choice(_NINO_FIRST) + rng.choice(_NINO_SECOND)
        if prefix not in _NINO_BAD_PREFIX:
            break
    digits = "".join(rng.choice(string.digits) for _ in range(6))
    return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {rng.choice('ABCD')}"


@dataclass(frozen=True)
class UkBank:
    """One UK bank account; sort code and account number are the ones inside the IBAN."""

    iban: str  # compact: GB29NWBK60161331926819
    sort_code: str  # 60-16-13
    account: str  # 31926819

    @property
    def iban_spaced(self) -> str:
        return " ".join(self.iban[i : i + 4] for i in range(0, len(self.iban), 4))


def uk_bank(fake: Faker) -> UkBank:
    iban = fake.iban()  # en_GB: GBkk BBBB SSSSSS AAAAAAAA with a valid check number
    sc = iban[8:14]
    return UkBank(iban, f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", iban[14:22])


def uk_mobile(rng: random.Random) -> str:
    return f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"


def uk_mobile_intl(rng: random.Random) -> str:
    return f"+44 7{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}"


def us_phone(rng: random.Random) -> str:
    return f"({rng.randint(201, 989)}) {rng.randint(201, 989)}-{rng.randint(1000, 9999)}"


def uk_postcode(fake: Faker) -> str:
    return fake.postcode()


def dob_uk(fake: Faker) -> str:
    return fake.date_of_birth(minimum_age=21, maximum_age=64).strftime("%d/%m/%Y")


def dob_us(fake: Faker) -> str:
    return fake.date_of_birth(minimum_age=21, maximum_age=70).strftime("%m/%d/%Y")


def us_driver_license(rng: random.Random) -> str:
    """California's shape: one letter and seven digits (no I, O or Q, which read as digits)."""
    return rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "".join(rng.choice(string.digits) for _ in range(7))


def us_passport(rng: random.Random) -> str:
    """US passport book number: nine digits."""
    return str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(8))


def recovery_code(rng: random.Random) -> str:
    """One-time backup code like `4f9k-2m8q` (lower case letters and digits, no look-alikes)."""
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    return token(rng, 4, alphabet) + "-" + token(rng, 4, alphabet)


def token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def password(rng: random.Random, n: int = 14) -> str:
    """A password a person might pick from a manager: letters, digits and a few symbols xdotool can type."""
    return token(rng, n, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%*")


def account_number(rng: random.Random, digits: int = 8) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(digits - 1))


def street(fake: Faker) -> str:
    """Faker's street line; `en_GB` sometimes returns 'Flat 3\\nDawson Drive', shown on one line here."""
    return fake.street_address().replace("\n", ", ")


def ipv4(rng: random.Random) -> str:
    """A public-looking IPv4 address (a customer's or a sign-in's)."""
    return f"{rng.randint(81, 212)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
