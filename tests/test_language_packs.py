"""Screens in another language: models/languages/<code>.yaml adds that language's captions and
headers to the English label groups and structure vocabulary (pipeline/detection/languages.py).
A French account page and a Spanish customer form, a French table under its header row: their
values are found by the same rules as English ones; a pack naming a group that does not exist,
or whose language is not its file's name, is a ConfigError naming the pack. Values are invented."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.core.config import DEFAULT_MODELS_DIR
from pipeline.core.errors import ConfigError
from pipeline.detection.config import load_model_files
from pipeline.detection.languages import LANGUAGES_DIR
from pipeline.detection.structure.vocabulary import load_vocabulary
from tests.helpers import text_layout, values_found


def test_a_french_account_page_is_read_by_its_captions(detector):
    rows = ["Mon compte", "Prénom : Maëlys", "Date de naissance : 21/09/1988", "Ville : Concarneau"]
    found = values_found(detector, *rows)
    assert found.get("Maëlys") == "PERSON"
    assert found.get("21/09/1988") == "DATE_OF_BIRTH"
    assert found.get("Concarneau") == "LOCATION"


def test_a_spanish_form_is_read_by_its_captions(detector):
    rows = ["Apellidos: Urrutikoetxea Sanz", "Teléfono móvil: 634 551 207", "Ciudad: Tolosa"]
    found = values_found(detector, *rows)
    assert found.get("Urrutikoetxea Sanz") == "PERSON"
    assert found.get("634 551 207") == "PHONE_NUMBER"
    assert found.get("Tolosa") == "LOCATION"


def test_a_french_tables_header_types_its_columns(detector):
    rows = ["Prénom    Date de naissance    Ville", "Erwann    04/11/1975           Landerneau"]
    found = values_found(detector, *rows)
    assert found.get("04/11/1975") == "DATE_OF_BIRTH"
    assert found.get("Landerneau") == "LOCATION"


def test_french_ui_words_stay_text(detector):
    assert not values_found(detector, "Statut     Actif", "Montant    125,00 €", "Référence  FAC-2026-0042")


def _models_with_pack(tmp_path: Path, name: str, text: str) -> Path:
    target = tmp_path / "models"
    shutil.copytree(DEFAULT_MODELS_DIR, target)
    (target / LANGUAGES_DIR / name).write_text(text)
    return target


@pytest.mark.parametrize(
    "name,text,problem",
    [
        ("it.yaml", "language: it\nname: Italiano\nlabels:\n  nome_x: ['nome']\n", "no label group 'nome_x'"),
        ("it.yaml", "language: pt\nname: Italiano\n", "does not match the file's name"),
        ("it.yaml", "language: it\nname: Italiano\nlabels:\n  name: ['nome(']\n", "invalid regular expression"),
    ],
)
def test_a_bad_pack_is_a_config_error_naming_it(tmp_path, name, text, problem):
    models = _models_with_pack(tmp_path, name, text)
    with pytest.raises(ConfigError) as err:
        load_model_files(models)
    assert str(err.value).startswith(f"{models / LANGUAGES_DIR / name}: ") and problem in str(err.value)


def test_a_packs_words_join_the_english_groups(tmp_path):
    models = _models_with_pack(
        tmp_path,
        "it.yaml",
        "language: it\nname: Italiano\nlabels:\n  dob: ['data[ ]di[ ]nascita']\n"
        "structure:\n  columns:\n    - entity: LOCATION\n      headers: [città]\n",
    )
    files = load_model_files(models)
    dob = next(g for g in files.detection.labels if g.key == "dob")
    assert "data[ ]di[ ]nascita" in dob.labels and "birthday" in dob.labels
    _, vocabulary = load_vocabulary(models, frozenset(files.detection.entities))
    assert "città" in str(vocabulary)


def test_a_french_tables_header_with_a_misread_caption_still_types_its_columns(detector):
    """A telecom's family lines at 75 %: "Date de naissance" read "Date de nalssance"; the
    header is one by its other cells, French table words included ("Ligne", "Offre")."""
    rows = [
        "Nom        Prénom        Ligne        Date de nalssance        Offre",
        "Kerhervé      Anouk      07 75 77 40 36      07/06/1987      Forfait 100 Go",
    ]
    found = values_found(detector, *rows)
    assert any("Anouk" in v and t == "PERSON" for v, t in found.items())
    assert found.get("07/06/1987") == "DATE_OF_BIRTH"


@pytest.mark.parametrize(
    "rows",
    [
        # a French social security number (NIR) is printed in seven groups: beside its caption,
        # on a row with a button, under its caption, and under the pack's short caption
        ["Numéro de sécurité sociale : 2 91 12 75 112 034 85", "Date d'ouverture : 12/03/2019"],
        ["Numéro de sécurité sociale       2 91 12 75 112 034 85       Modifier"],
        ["N° sécurité sociale", "2 91 12 75 112 034 85"],
        ["NIR", "2 91 12 75 112 034 85"],
    ],
)
def test_a_number_printed_in_many_groups_is_one_value(detector, rows):
    lt, findings = detector.find_spans(text_layout(*rows))
    ids = [lt.text[f.start : f.end] for f in findings if f.entity_type == "NATIONAL_ID"]
    assert ids == ["2 91 12 75 112 034 85"]
    words = {w for f in findings for w in lt.text[f.start : f.end].split()}
    assert not words & {"Modifier", "12/03/2019", "Date"}
