"""A password's stored hash in a format that names its scheme is a secret wherever it is printed
(scene db_cli_modes: sqlite3's `.mode line` and mysql's `\\G` print a customers table's
'password_hash = $2b$12$...' / 'password_hash: $2b$12$...'; no label names a password there).
Values are invented."""

from tests.helpers import text_layout

BCRYPT = "$2b$12$" + "R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"  # 53 after the cost
SHA512 = "$6$rounds=5000$Qm4lZ8vR$" + "k2JtTQe1b7dWq9Y3n0oS5pLxVh8uC6fAzM4rG.jN/HyB1iEwK7sD3aPlO9mXcF2"
ARGON2 = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQxMjM$ZmFrZWhhc2hmYWtlaGFzaGZha2VoYXNo"
DJANGO = "pbkdf2_sha256$600000$Xk3pQ9sLmN2v$q3Yx8Zr0T5uWv+Jk1Lm2No3Pq4Rs5Tu6Vw7Xy8Za9Bc="


def _secrets(detector, *rows: str) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type in ("SECRET", "PASSWORD")}


def test_a_database_shells_password_hash_column(detector):
    assert BCRYPT in _secrets(detector, "           id = 2204", f"password_hash = {BCRYPT}")  # sqlite3 .mode line
    assert BCRYPT in _secrets(detector, "        email: a@example.org", f"password_hash: {BCRYPT}")  # mysql \G


def test_other_schemes_in_a_shadow_line_a_json_dump_and_a_django_row(detector):
    assert SHA512 in _secrets(detector, f"deploy:{SHA512}:19700:0:99999:7:::")
    assert ARGON2 in _secrets(detector, f'{{"id":7,"hash":"{ARGON2}","active":true}}')
    assert DJANGO in _secrets(detector, f"7 | {DJANGO} | 2026-11-02")


def test_dollar_signs_that_are_no_hash_stay_readable(detector):
    rows = ("echo $HOME/$USER and $1 $2", "Total: $12.50 paid on 2026-12-01", "cost $5$10 per seat")
    assert not _secrets(detector, *rows)
