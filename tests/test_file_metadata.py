"""A file's metadata in a terminal (scene file_metadata): `exiftool` pads each tag name to one
column and puts the colon there, right before the value ("City<spaces>: <town>"); `pdfinfo` pads
after the colon. The padded colon read as a caption's colon with another panel's text far after it,
so the town was looked for under its caption (the next tag's name was masked, the town was not);
the tags naming people (Artist, Owner Name, Last Modified By, Author) were no labels. Values are
invented, lower case where NER alone would find a capitalised name."""

from tests.helpers import text_layout


def _exif(rows: list[tuple[str, str]]) -> list[str]:
    return [f"{name:<32}: {value}" for name, value in rows]


def _found(detector, rows: list[str]) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


PHOTO = [
    ("Make", "Canon"),
    ("Camera Model Name", "Canon EOS R50"),
    ("Artist", "ifor penhallow"),
    ("Owner Name", "delyth carne"),
    ("Exposure Time", "1/250"),
    ("City", "Lostwithiel"),
    ("Sub-location", "14 Fore Street"),
    ("Lens Model", "RF-S18-45mm F4.5-6.3 IS STM"),
]


def test_a_padded_tag_name_takes_the_value_after_its_colon(detector):
    found = _found(detector, _exif(PHOTO))
    assert ("LOCATION", "Lostwithiel") in found, found
    assert not {v for _, v in found if "Sub-location" in v}, found  # the next tag's name stays


def test_the_tags_naming_people_are_labels_of_names(detector):
    found = _found(detector, _exif([*PHOTO, ("Last Modified By", "gwilym treloar")]))
    assert {("PERSON", "ifor penhallow"), ("PERSON", "delyth carne"), ("PERSON", "gwilym treloar")} <= found, found


def test_pdfinfo_names_its_author_and_keeps_its_producer(detector):
    rows = ["Title:           Quote 2026-118", "Author:          aled kitto", "Creator:         Writer"]
    found = _found(detector, [*rows, "Producer:        LibreOffice 7.6", "Page size:       595.276 x 841.89 pts (A4)"])
    assert ("PERSON", "aled kitto") in found, found
    kept = ("Writer", "LibreOffice", "Quote", "Canon")
    assert not {v for _, v in found if any(k in v for k in kept)}, found


def test_the_camera_and_lens_stay_readable(detector):
    found = _found(detector, _exif(PHOTO))
    assert not {v for _, v in found if any(k in v for k in ("Canon", "EOS", "RF-S18", "1/250"))}, found
