"""The gate agrees with the analysis (issue 17 item 2): on real rendered text, encoded and read
again with the real OCR and detector, it reports readable text only as a value the analysis
saw, a sensitive structural field, or the detector's confident finding, and says which.
A system screen (a services list under "Name | Display name") and a phone number's shape
without context are not findings; the same number once the analysis found it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.analysis.values import SeenValues
from pipeline.core.layout import group_lines
from pipeline.core.plan import RedactionPlan
from pipeline.core.types import Box, Detection, Layout, OcrWord
from pipeline.media.probe import probe
from pipeline.redact.verify import (
    HIGH_CONFIDENCE,
    Finding,
    FindingBasis,
    Verification,
    _found_shown,
    _TablesMemory,
    finding_basis,
    verify_output,
)
from tests.helpers import draw_screen, screen_clip

W, H, FPS, COUNT = 800, 360, 5.0, 5
COLUMNS = (20, 170, 390, 620)
SERVICES = [
    ("Name", "Display name", "Description", "Status"),
    ("camsvc", "Capability Access", "Manages app access.", "Running"),
    ("DsSvc", "Data Sharing Service", "Shares data.", "Stopped"),
    ("InventorySvc", "Base Filtering Engine", "Filters packets.", "Running"),
    ("AppMgmt", "Task Scheduler", "Runs tasks.", "Running"),
]
NUMBER = "020 7946 0958"
NOTES = [(20, 20, "Case notes"), (20, 60, f"Reference {NUMBER} logged")]
SIGN_IN = [
    (20, 20, "Sign in to the billing portal"),
    (20, 60, "E-mail:"),
    (120, 60, "dana.cooper@gmail.com"),
    (20, 100, "Password:"),
    (120, 100, "Wx7#pLq2!vRb"),
]


def clip(folder: Path, name: str, lines: list[tuple[int, int, str]]) -> Path:
    path = folder / f"{name}.mp4"
    return screen_clip(path, [draw_screen(lines, (W, H))] * COUNT, FPS, codec="raw", pix_fmt="bgr24")


@pytest.fixture(scope="module")
def clips(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("basis")
    services = [(x, 30 + 40 * r, cell) for r, row in enumerate(SERVICES) for x, cell in zip(COLUMNS, row)]
    return {
        "services": clip(folder, "services", services),
        "notes": clip(folder, "notes", NOTES),
        "sign_in": clip(folder, "sign_in", SIGN_IN),
    }


def unmasked(path: Path) -> RedactionPlan:
    """The plan of an analysis that boxed nothing: the output is the input."""
    return RedactionPlan(probe(path))


@pytest.mark.slow
def test_services_list_is_clean(clips, detector, engine):
    """A "Name" header over service names: the label pass used to walk down the column and the
    gate blocked on "camsvc", "AppMgmt" as PERSON."""
    path = clips["services"]
    result = verify_output(path, unmasked(path), detector, engine)
    assert result.frames_checked == 2
    assert result.clean, result.summary()


@pytest.mark.slow
def test_number_the_analysis_did_not_find_is_not_reported(clips, detector, engine):
    """A phone number's shape without its context word scores below the gate's confidence."""
    path = clips["notes"]
    result = verify_output(path, unmasked(path), detector, engine)
    assert result.clean, result.summary()


@pytest.mark.slow
def test_number_the_analysis_found_blocks_as_a_seen_value(clips, detector, engine):
    path = clips["notes"]
    seen = SeenValues()
    seen.add("PHONE_NUMBER", NUMBER, 0.0)
    result = verify_output(path, unmasked(path), detector, engine, seen=seen)
    assert not result.clean
    assert {(f.entity_type, f.basis) for f in result.findings} == {("PHONE_NUMBER", FindingBasis.SEEN_VALUE)}
    assert all(f.seen_s == 0.0 and not f.partial for f in result.findings)


@pytest.mark.slow
def test_each_finding_says_why(clips, detector, engine):
    """A password beside its label is a structural finding, an e-mail address a confident one."""
    path = clips["sign_in"]
    result = verify_output(path, unmasked(path), detector, engine)
    assert not result.clean
    kinds = {(f.entity_type, f.basis) for f in result.findings}
    assert ("PASSWORD", FindingBasis.STRUCTURAL) in kinds
    assert ("EMAIL_ADDRESS", FindingBasis.HIGH_CONFIDENCE) in kinds
    assert "2 structural fields" in result.summary()


@pytest.mark.parametrize(
    ("entity", "recognizer", "score", "expected"),
    [
        ("PASSWORD", "label:password", 0.85, FindingBasis.STRUCTURAL),
        ("UK_NINO", "structure/table", 0.85, FindingBasis.STRUCTURAL),
        ("SECRET", "structure/secret_block", 0.85, FindingBasis.STRUCTURAL),
        ("EMAIL_ADDRESS", "EmailRecognizer", 1.0, FindingBasis.HIGH_CONFIDENCE),
        ("PERSON", "label:name", 0.85, FindingBasis.HIGH_CONFIDENCE),
        ("PERSON", "names:bare", 0.55, None),
        ("URL", "UrlRecognizer", 0.5, None),
        ("PHONE_NUMBER", "PhoneRecognizer", HIGH_CONFIDENCE - 0.01, None),
    ],
)
def test_finding_basis(entity, recognizer, score, expected):
    assert finding_basis(Detection(entity, score, Box(0, 0, 10, 10), recognizer, "0" * 16)) == expected


def test_basis_round_trip_and_older_records():
    box = Box(10, 20, 30, 12)
    findings = (
        Finding(3, 0.6, "PASSWORD", 0.85, box, basis=FindingBasis.STRUCTURAL),
        Finding(4, 0.8, "CREDIT_CARD", 0.9, box, seen_s=1.5, partial=True),
        Finding(5, 1.0, "EMAIL_ADDRESS", 0.99, box),
    )
    verification = Verification(False, 5, findings, reason="finding")
    record = verification.to_dict()
    assert [f["basis"] for f in record["findings"]] == ["structural", "seen_value", "high_confidence"]
    assert Verification.from_dict(record) == verification
    for f in record["findings"]:
        del f["basis"]  # a record written before the basis: derived from seen_s
    assert [f.basis for f in Verification.from_dict(record).findings] == [
        FindingBasis.HIGH_CONFIDENCE,
        FindingBasis.SEEN_VALUE,
        FindingBasis.HIGH_CONFIDENCE,
    ]


def _prompt_line(first: str) -> Layout:
    """A shell prompt at x=127 after a masked user name, then `env | grep` for keys: the words as
    the gate's OCR gave them on terminal_ops_secrets (a monospace 9 px a character)."""
    words, x = [], 127
    for text in (first, "env", "|", "grep", "-E", "'USER|TOKEN|KEY'"):
        words.append(OcrWord(text, Box(x, 334, 9 * len(text), 19), 95.0))
        x += 9 * (len(text) + 1)
    return group_lines(words)


@pytest.mark.parametrize(
    "first,masks,reported",
    [
        # the blur's right edge read as "W": a mixed-case token with digits on a line naming keys
        # (with the masks of the lines above and below, grown, over more than half of the word)
        ("Whilling-prod-02:~$", [Box(33, 337, 108, 18), Box(147, 354, 372, 21), Box(221, 315, 109, 23)], False),
        ("Whilling-prod-02:~$", [], True),  # no mask beside it: the word is what the screen shows
        # a token that stays random once the letter under the blur's edge is taken out
        ("Wghp_a8Kd03LmQz7Xw2Pr5Tn9Yb4Vc6Hj1Gf0Se3D", [Box(33, 337, 108, 18)], True),
    ],
)
def test_a_finding_is_judged_on_the_text_no_mask_covers(detector, first, masks, reported):
    """terminal_ops_secrets (../shared/recordings), frames 27.8-30.0 s: the prompt's user name
    masked, OCR read the soft right edge of its blur as a "W" glued to the host, and the host
    ("Whilling-prod-02:~$", mixed case) became a random-looking token on a line that names TOKEN
    and KEY: SECRET high_confidence x5. The gate judges the characters no (grown) mask covers:
    the host alone is no secret (the analysis, reading the prompt whole, found none)."""
    layout = _prompt_line(first)
    memory = _TablesMemory()
    found = [d for d in detector.detect(layout, memory) if d.entity_type == "SECRET"]
    assert found and finding_basis(found[0]) == FindingBasis.HIGH_CONFIDENCE
    assert _found_shown(found[0], detector, layout, masks, memory) is reported
