"""Screens in German: models/languages/de.yaml adds German captions and table headers to the
English groups (an account's or a broker's settings, a checkout, a CRM): "Straße und
Hausnummer" over a street, "Steuer-ID" beside an 11-digit tax number, "Geb. am", "Wohnort:",
"Handynummer:", "Kundennummer:", a table of authorised persons under "Name | Geburtsdatum |
Rolle | Seit". The values are found by the same rules as English ones; German UI words stay
text. Values are invented."""

from __future__ import annotations

from tests.helpers import values_found


def test_a_german_account_form_is_read_by_its_captions(detector):
    rows = [
        "Straße und Hausnummer                      PLZ",
        "Am Lindenhang 23                           27612",
        "Steuer-ID            72918365401",
        "Geb. am 14.08.1979",
        "Wohnort: Loxstedt",
        "Handynummer: 0157 31846027",
        "Kundennummer: 58203917",
    ]
    found = values_found(detector, *rows)
    assert found.get("Am Lindenhang 23") == "ADDRESS"
    assert found.get("72918365401") == "NATIONAL_ID"
    assert found.get("14.08.1979") == "DATE_OF_BIRTH"
    assert found.get("Loxstedt") == "LOCATION"
    assert found.get("58203917") == "ACCOUNT_NUMBER"
    assert "0157 31846027" in found


def test_a_german_tables_header_types_its_columns(detector):
    rows = [
        "Bevollmächtigte",
        "Name                  Geburtsdatum     Rolle               Seit",
        "Wiebold Tammena       09.02.1954       Kontovollmacht      03/2021",
    ]
    found = values_found(detector, *rows)
    assert found.get("Wiebold Tammena") == "PERSON"
    assert found.get("09.02.1954") == "DATE_OF_BIRTH"
    assert "Kontovollmacht" not in found and "03/2021" not in found


def test_german_ui_words_stay_text(detector):
    rows = ["Finanzamt            wird automatisch ermittelt", "Kirchensteuer        keine", "Status     Aktiv"]
    assert not values_found(detector, *rows)


def test_german_settings_headings_are_no_names(detector):
    """English NER takes two capitalised German words for a name; remembered, they were masked
    wherever they stood (a settings page's side menu, its cards' headings)."""
    for heading in (
        "Persönliche Daten",
        "Steuerliche Angaben",
        "Referenzkonto Kontoinhaber",
        "Ziffer und ein Sonderzeichen",
    ):
        assert not values_found(detector, heading), heading


def test_a_forms_second_row_of_captions_read_bare_ends_the_first_rows_columns(detector):
    """A settings form's grid of captions over inputs, as OCR reads it: the umlaut lost
    ('Staatsangehorigkeit'), an input's right border read as ')' before the next value. The
    second row of captions is a header row of its own, so 'Nachname' types nothing under it."""
    rows = [
        (236, 183, "Anrede"),
        (578, 183, "Vorname"),
        (921, 183, "Nachname"),
        (249, 205, "Frau"),
        (586, 205, "Wiebold"),
        (876, 205, ")     Tammena-Ulrichs"),
        (236, 234, "Geburtsdatum"),
        (579, 234, "Staatsangehorigkeit"),
        (921, 234, "Familienstand"),
        (244, 255, "14.06.1991"),
        (534, 255, ")     deutsch"),
        (876, 255, ")     verheiratet"),
    ]
    found = values_found(detector, *rows)
    assert not {v for v in found if "verheiratet" in v or "deutsch" in v}, found
