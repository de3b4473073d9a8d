"""The QA review page: built from a real redaction of a clip with fake personal values, checked
by parsing its HTML, by reading its images with an OCR, and in headless Chromium."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import subprocess
from collections import Counter
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import cv2
import numpy as np
import pytesseract
import pytest
from markupsafe import escape
from PIL import Image

from pipeline.core.errors import InputError, OutputError
from pipeline.core.plan import RedactionPlan
from pipeline.core.types import Box, FullFrameMask, Track, TrackSegment, VideoInfo
from pipeline.media.frames import iter_frames
from pipeline.media.probe import probe
from pipeline.qa.review import (
    ReviewFacts,
    build_review_page,
    clock,
    pick_tracks,
    track_spans,
    write_review_page,
)
from pipeline.redact.controller import RedactRequest, redact_file
from pipeline.redact.evaluate import normalise
from samples.make_samples import make_clip
from tests.helpers import ffmpeg

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DATA_URI = re.compile(r"data:image/(?:jpeg|png);base64,([A-Za-z0-9+/=]+)")


# ------------------------------------------------------------------------------ helpers


class PageParser(HTMLParser):
    """The elements the tests look at, with their attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, {k: v or "" for k, v in attrs}))

    def find(self, tag: str, klass: str | None = None, **attrs: str) -> list[dict[str, str]]:
        found = []
        for name, values in self.elements:
            if name != tag:
                continue
            if klass is not None and klass not in values.get("class", "").split():
                continue
            if all(values.get(k.replace("_", "-")) == v for k, v in attrs.items()):
                found.append(values)
        return found


def parse(page: str) -> PageParser:
    parser = PageParser()
    parser.feed(page)
    return parser


def without_images(page: str) -> str:
    return DATA_URI.sub("data:image", page)


def decode_image(uri: str) -> np.ndarray:
    match = DATA_URI.fullmatch(uri)
    assert match, "images are inline data URIs"
    data = np.frombuffer(base64.b64decode(match.group(1)), np.uint8)
    image = cv2.imdecode(data, cv2.IMREAD_COLOR)
    assert image is not None
    return image


def ocr(image_bgr: np.ndarray) -> str:
    """Sparse-text Tesseract on a 2x upscale (UI text is small), as normalised text."""
    big = cv2.resize(image_bgr, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC)
    text = pytesseract.image_to_string(Image.fromarray(big[:, :, ::-1]), config="--psm 11")
    return normalise(text)


def leaked(values: list[str], text: str) -> list[str]:
    """Values found in `text`, as their types' positions only (never print a value)."""
    flat = normalise(text)
    lower = text.lower()
    return [f"value #{i}" for i, v in enumerate(values) if v.lower() in lower or normalise(v) in flat]


def facts_for(plan: RedactionPlan, **kw) -> ReviewFacts:
    base = {
        "recording_id": "a1b2c3d4e5f6",
        "session_ref": "sess-0001",
        "tenant": "contoso",
        "state": "needs_review",
        "purpose": "qa_review",
        "policy_version": "3",
    }
    base.update(kw)
    return ReviewFacts.from_plan(plan, **base)


# ------------------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module")
def redacted(tmp_path_factory):
    """A real redaction (real OCR and detection) of an 8 s, 5 fps form-typing clip."""
    folder = tmp_path_factory.mktemp("review")
    made = make_clip("form_typing", folder, width=800, height=480, fps=5.0, duration_s=8.0, seed=777)
    output = folder / "form.redacted.mp4"
    result = redact_file(RedactRequest(made.video_path, output, folder / "form.plan.json"))
    truth = json.loads(made.json_path.read_text())
    values = [p["value"] for p in truth["pii"] if len(normalise(p["value"])) >= 5]
    assert len({t.entity_type for t in result.plan.tracks}) >= 3, "the clip must give several entity types"
    return {
        "source": made.video_path,
        "output": output,
        "plan": result.plan,
        "values": values,
        "keep": truth["keep"],
        "folder": folder,
    }


@pytest.fixture(scope="module")
def page(redacted) -> str:
    return build_review_page(redacted["plan"], redacted["output"], facts_for(redacted["plan"]))


@pytest.fixture
def testsrc(tmp_path) -> tuple[Path, VideoInfo]:
    """A small, detailed synthetic video (no text at all) for tests that need no OCR."""
    path = tmp_path / "testsrc.mp4"
    ffmpeg(
        "-f",
        "lavfi",
        "-i",
        "testsrc=size=320x240:rate=10",
        "-t",
        "3",
        "-c:v",
        "libx264",
        "-pix_fmt",
        "yuv420p",
        str(path),
    )
    return path, probe(path)


def segment(start: int, end: int, box: tuple[int, int, int, int], fps: float = 10.0) -> TrackSegment:
    return TrackSegment(start, end, Box(*box), start / fps, end / fps)


# ------------------------------------------------------------------------- real clip


@pytest.mark.slow
def test_page_structure_matches_the_plan(redacted, page):
    plan: RedactionPlan = redacted["plan"]
    html = parse(page)
    types = sorted({t.entity_type for t in plan.tracks})

    rows = html.find("g", "row")
    names = {c["data-filter"]: c["data-name"] for c in html.find("input", type="checkbox")}
    assert sorted(names.values()) == types, "one filter checkbox per entity type"
    assert sorted(names[r["data-type"]] for r in rows if "data-type" in r) == types, "one timeline row per type"

    bars = html.find("rect", "bar")
    assert len(bars) >= len(plan.tracks), "every track has at least one bar"
    cards = html.find("figure", "card")
    assert len(cards) == min(len(plan.tracks), 120)
    assert sorted(c["id"] for c in cards) == sorted(f"track-{t.track_id}" for t in plan.tracks)
    by_id = {f"track-{t.track_id}": t.entity_type for t in plan.tracks}
    assert all(names[c["data-type"]] == by_id[c["id"]] for c in cards), "each card is filtered by its type"
    assert len(html.find("img", "thumb")) == len(cards) and len(html.find("img", "detail")) == len(cards)
    links = {a["href"] for a in html.find("a") if a.get("href", "").startswith("#track-")}
    assert links == {f"#{c['id']}" for c in cards}, "bars link to their images"
    # the image tags hold only inline data; nothing is fetched from anywhere
    assert all(i["src"].startswith("data:image/jpeg;base64,") for i in html.find("img"))
    assert not re.search(r"(src|href)=\"(https?:|//|file:)", page)
    assert "Not verified" in page


@pytest.mark.slow
def test_cap_keeps_every_type(redacted):
    plan: RedactionPlan = redacted["plan"]
    types = {t.entity_type for t in plan.tracks}
    page = build_review_page(plan, redacted["output"], facts_for(plan), max_thumbs=len(types))
    cards = parse(page).find("figure", "card")
    names = {c["data-filter"]: c["data-name"] for c in parse(page).find("input", type="checkbox")}
    assert len(cards) == len(types) < len(plan.tracks)
    assert Counter(names[c["data-type"]] for c in cards) == Counter(types), "one image per type"
    assert f"Showing {len(types)} of {len(plan.tracks)} tracks" in page


@pytest.mark.slow
def test_page_holds_no_fake_value(redacted, page):
    values = redacted["values"]
    assert len(values) >= 3
    assert leaked(values, without_images(page)) == []
    for uri in DATA_URI.findall(page):
        assert not leaked(values, base64.b64decode(uri).decode("latin-1")), "no value in image metadata"


@pytest.mark.slow
def test_images_are_redacted_frames(redacted):
    """Thumbnails at full size, read by an OCR: innocent text is readable, no fake value is, while
    the same frame of the input shows values readably (so the check can fail)."""
    plan: RedactionPlan = redacted["plan"]
    page = build_review_page(plan, redacted["output"], facts_for(plan), thumb_width=plan.video.width)
    cards = [(int(c["id"].split("-")[1]), c) for c in parse(page).find("figure", "card")]
    last = max(plan.tracks, key=lambda t: t.start_frame)
    thumbs = [i["src"] for i in parse(page).find("img", "thumb")]
    ids = [cid for cid, _ in cards]
    thumb = decode_image(thumbs[ids.index(last.track_id)])
    assert thumb.shape[:2] == (plan.video.height, plan.video.width)

    source = next(
        f.image for f in iter_frames(redacted["source"], probe(redacted["source"])) if f.index == last.start_frame
    )
    values, keep = redacted["values"], redacted["keep"]
    assert leaked(values, ocr(source)), "the input frame shows values readably"
    text = ocr(thumb)
    assert [k for k in keep if len(normalise(k)) >= 5 and normalise(k) in text], "innocent text stays readable"
    assert leaked(values, text) == []


@pytest.mark.slow
def test_source_video_is_refused(redacted):
    plan: RedactionPlan = redacted["plan"]
    with pytest.raises(InputError, match="unredacted source") as err:
        build_review_page(plan, redacted["source"], facts_for(plan))
    assert str(err.value).startswith(str(redacted["source"]))


@pytest.mark.slow
def test_write_review_page_is_atomic_ascii(redacted, page, tmp_path):
    path = write_review_page(tmp_path / "review.html", page)
    data = path.read_bytes()
    assert data.isascii() and data.startswith(b"<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["review.html"], "no temporary file left"
    with pytest.raises(OutputError):
        write_review_page(tmp_path / "missing" / "review.html", page)


# --------------------------------------------------------------------- synthetic plans


def synthetic_plan(info: VideoInfo, safe: bool = False) -> RedactionPlan:
    """Three tracks and frames masked whole; unless `safe`, with markup in names (a plan in memory
    is not validated: the page must escape whatever it is given)."""
    kind, recognizer = ("MANUAL", "qa") if safe else ("<script>alert(1)</script>", 'x" onmouseover="alert(2)')
    return RedactionPlan(
        video=info,
        tracks=[
            Track(
                1,
                "EMAIL_ADDRESS",
                0.9,
                segments=[
                    segment(0, 4, (10, 10, 60, 16)),
                    segment(5, 9, (12, 10, 60, 16)),
                    segment(20, 24, (10, 40, 60, 16)),
                ],
            ),
            Track(2, kind, 0.5, source="manual", segments=[segment(3, 12, (100, 100, 50, 30))]),
            Track(3, "PERSON", 0.85, recognizer=recognizer, segments=[segment(3, 8, (200, 20, 40, 20))]),
        ],
        full_frames=[FullFrameMask(26, 28, "decode_error")],
    )


def test_escaping_manual_tracks_whole_frames_and_findings(testsrc):
    path, info = testsrc
    plan = synthetic_plan(info)
    finding_box = Box(150, 150, 80, 40)
    verification = {
        "clean": False,
        "frames_checked": 12,
        "reason": "new_category",
        "unreadable": [27],
        "findings": [
            {"frame": 14, "time_s": 1.4, "entity_type": "PHONE_NUMBER", "score": 0.8, "box": finding_box.to_list()}
        ],
    }
    facts = facts_for(plan, tenant="<img src=x onerror=alert(3)>", state="rejected", verification=verification)
    page = build_review_page(plan, path, facts, thumb_width=info.width)
    html = parse(page)

    assert "<script>alert" not in page and "<img src=x" not in page and "Reason: new_category" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;img src=x onerror=alert(3)&gt;" in page
    assert not [e for _, e in html.elements if any(k.startswith("on") for k in e)], "no event handler attribute"
    assert len(html.find("script")) == 1, "only the page's own filter script"

    assert len(html.find("g", "row")) == 4, "three type rows and the whole-frame row"
    assert len(html.find("rect", "whole")) == 1
    assert len(html.find("rect", "manual")) == 1
    assert len([b for b in html.find("g", "trk") if b["data-track"] == "1"]) == 1
    assert len(html.find("rect", "bar")) == 4, "track 1's touching segments merge into one bar, its gap makes two"
    assert len(html.find("path", "finding")) == 1
    assert "Blocked by verification" in page and "state-rejected" in page and "1 frame</b> could not be read" in page
    assert "150,150,80,40" in page, "the finding's box is listed for `redact mask`"

    # The finding's box is filled on every image (testsrc is busy everywhere else).
    finding_card = html.find("figure", "finding-card")
    assert [c["id"] for c in finding_card] == ["finding-0"]
    images = [decode_image(i["src"]) for i in html.find("img", "thumb")]
    assert len(images) == 4
    inner = finding_box.pad(-4)
    for image in images:
        crop = image[inner.y : inner.y2, inner.x : inner.x2].astype(float)
        assert crop.std(axis=(0, 1)).max() < 6.0, "finding box filled"
        assert image.astype(float).std() > 30.0


def test_each_finding_has_its_crop_type_and_reason(testsrc):
    """A blocked recording: every finding gets a card with a 1:1 crop of its surroundings (the
    finding itself filled), its type, id and reason; the table and the timeline link to it."""
    from pipeline.redact.findings import finding_id
    from pipeline.redact.verify import Verification

    path, info = testsrc
    plan = synthetic_plan(info)
    records = [
        {
            "frame": i,
            "time_s": i / 10,
            "entity_type": "PERSON" if i % 2 else "PHONE_NUMBER",
            "score": 0.85,
            "box": [10 + (i % 5) * 60, 10 + (i // 5) * 36, 40, 20],
        }
        for i in range(30)
    ]
    records[7].update(seen_s=1.0, partial=True)
    records[8].update(basis="structural")
    verification = {"clean": False, "frames_checked": 30, "reason": "finding", "findings": records}
    findings = Verification.from_dict(verification).findings
    page = build_review_page(plan, path, facts_for(plan, verification=verification), thumb_width=info.width)
    html = parse(page)

    cards = _figures(html, "finding-card")
    assert len(cards) == 30, "every finding has a card, not only the first 24"
    assert sum(1 for imgs in cards.values() if "thumb" in imgs) == 24, "the whole frame for the first 24"
    assert all("detail" in imgs for imgs in cards.values()), "the 1:1 crop for each"
    text = without_images(page)
    shown = dict(re.findall(r'id="(finding-\d+)".*?finding <code>([0-9a-f]{10})</code>', text, re.S))
    assert sorted(shown.values()) == sorted(finding_id(f) for f in findings), "each card names its finding"
    linked = dict(re.findall(r'<a href="#(finding-\d+)"><code>([0-9a-f]{10})</code></a>', text))
    assert linked == shown, "each table row links to its own finding's card"
    assert {a["href"][1:] for a in html.find("a") if a.get("href", "").startswith("#finding-")} == set(cards)
    assert "partial match of a value seen at 00:01.0" in text and "found in the output with high confidence" in text
    assert "a sensitive field (by the screen&#39;s structure or its label)" in text
    assert "--override-verification" in text and "redact mask a1b2c3d4e5f6 --box" in text

    by_id = {finding_id(f): f for f in findings}
    for anchor, imgs in cards.items():
        crop = decode_image(imgs["detail"])
        box = by_id[shown[anchor]].box
        assert crop.shape[0] > box.h and crop.shape[1] > box.w, "context around the finding"
        pad = (crop.shape[1] - box.w) // 2 if box.x > 40 else box.x  # the crop is clipped at the frame's edge
        top = (crop.shape[0] - box.h) // 2 if box.y > 40 else box.y
        inner = crop[top + 4 : top + box.h - 4, pad + 4 : pad + box.w - 4].astype(float)
        assert inner.std(axis=(0, 1)).max() < 6.0, "the finding is filled in its crop too"
        assert crop.astype(float).std() > 20.0, "its surroundings are shown"


def _figures(html: PageParser, klass: str) -> dict[str, dict[str, str]]:
    """The images of each <figure class=klass>, by the figure's id: {"thumb": src, "detail": src}."""
    figures: dict[str, dict[str, str]] = {}
    current = None
    for tag, attrs in html.elements:
        if tag == "figure":
            current = attrs["id"] if klass in attrs.get("class", "").split() else None
            if current:
                figures[current] = {}
        elif tag == "img" and current:
            figures[current][attrs["class"]] = attrs["src"]
    return figures


HOSTILE = '"><script>alert(1)</script><x-hostile onclick="x'


def test_every_string_that_reaches_the_page_is_escaped(testsrc):
    """Autoescaping, independently of any validation: hostile text in every string field of the
    facts, the engines and a track appears as text, never as markup."""
    path, info = testsrc
    plan = synthetic_plan(info)
    plan.engines = {"ocr": HOSTILE, HOSTILE: "1.0"}
    plan.tracks[0].recognizer = HOSTILE
    fields = ("recording_id", "session_ref", "tenant", "purpose", "policy_version", "state")
    page = build_review_page(plan, path, facts_for(plan, **dict.fromkeys(fields, HOSTILE)))
    assert HOSTILE not in page
    assert page.count(str(escape(HOSTILE))) >= len(fields) + 3
    html = parse(page)
    assert len(html.find("script")) == 1 and html.find("x-hostile") == []
    assert not [e for _, e in html.elements if any(k.startswith("on") for k in e)], "no event handler attribute"
    assert html.find("span", "state-other"), "an unknown state is no class name"


def test_csp_allows_the_pages_own_script_only(testsrc):
    path, info = testsrc
    plan = synthetic_plan(info)
    page = build_review_page(plan, path, facts_for(plan))
    [policy] = parse(page).find("meta", http_equiv="Content-Security-Policy")
    directives = dict(d.strip().split(" ", 1) for d in policy["content"].split(";"))
    [script] = re.findall(r"<script>(.*?)</script>", page, re.S)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert directives["script-src"] == f"'sha256-{digest}'"
    assert "unsafe-inline" not in directives["script-src"] and directives["default-src"] == "'none'"


@pytest.mark.parametrize(
    "change, problem",
    [
        (lambda d: d["video"].update(frame_count="<script>alert(1)</script>"), "video.frame_count: must be an integer"),
        (lambda d: d["video"].update(width=-5), "video.width: must be >= 1"),
        (
            lambda d: d["tracks"][0].update(entity_type="<script>alert(1)</script>"),
            "tracks[0].entity_type: has characters",
        ),
        (lambda d: d["tracks"][0]["segments"][0].update(box=[1, 2, 3]), "tracks[0].segments[0].box[3]: missing"),
        (lambda d: d["tracks"][0].update(score="0.9"), "tracks[0].score: must be a number"),
        (lambda d: d["engines"].update(ocr=["<script>"]), "engines.ocr: must be a string"),
        (lambda d: d.update(note="<script>alert(1)</script>"), "note: unknown key"),
    ],
)
def test_tampered_plan_is_refused_on_load(testsrc, tmp_path, change, problem):
    """A plan is checked when it is read: a wrong type or value never reaches the page. The error
    is one line naming the file and the field, without the value."""
    _, info = testsrc
    plan_path = tmp_path / "tampered.plan.json"
    synthetic_plan(info, safe=True).save(plan_path)
    data = json.loads(plan_path.read_text())
    change(data)
    plan_path.write_text(json.dumps(data))
    with pytest.raises(InputError) as caught:
        RedactionPlan.load(plan_path)
    message = str(caught.value)
    assert message.startswith(f"{plan_path}: invalid redaction plan: ") and problem in message, message
    assert "script" not in message and "\n" not in message


def test_malformed_verification_is_refused(testsrc):
    path, info = testsrc
    plan = synthetic_plan(info)
    bad = {
        "clean": False,
        "frames_checked": 3,
        "findings": [{"frame": 1, "time_s": 0.1, "entity_type": "URL", "score": 0.5, "box": [1, 2, 3]}],
    }
    with pytest.raises(InputError, match=r"invalid verification record: .*findings\[0\].box\[3\]: missing"):
        build_review_page(plan, path, facts_for(plan, verification=bad))


def test_wrong_size_video_is_refused(testsrc):
    path, info = testsrc
    plan = synthetic_plan(replace(info, width=640, height=480))
    with pytest.raises(InputError, match="320x240 but the plan is for a 640x480"):
        build_review_page(plan, path, facts_for(plan))


def test_one_decoding_pass_up_to_the_last_start_frame(testsrc):
    path, info = testsrc
    plan = synthetic_plan(info)
    plan.tracks[2].segments = [segment(3, 8, (200, 20, 40, 20))]  # starts on frame 3 like track 2
    seen: list[int] = []
    page = build_review_page(plan, path, facts_for(plan), progress=lambda done, total: seen.append(total))
    assert len(parse(page).find("img", "thumb")) == 3
    assert seen == [4, 4, 4, 4], "frames 0-3 decoded once each; two tracks share frame 3; then it stops"


def test_plan_without_tracks(testsrc):
    path, info = testsrc
    plan = RedactionPlan(video=info)
    verification = {"clean": True, "frames_checked": 9, "reason": None, "findings": []}
    page = build_review_page(plan, path, facts_for(plan, verification=verification))
    assert "Nothing was redacted" in page and "Verified clean" in page
    assert parse(page).find("img") == [] and parse(page).find("input") == []


def test_still_image_page(tmp_path):
    path = tmp_path / "still.png"
    cv2.imwrite(
        str(path),
        cv2.resize(np.indices((60, 80)).sum(axis=0).astype(np.uint8) * 3, (320, 240))[..., None].repeat(3, axis=2),
    )
    info = probe(path)
    plan = RedactionPlan(video=info, tracks=[Track(1, "URL", 0.7, segments=[TrackSegment(0, 0, Box(5, 5, 50, 20))])])
    page = build_review_page(plan, path, facts_for(plan, state="approved"))
    html = parse(page)
    assert "still image: one frame" in page
    assert len(html.find("img", "thumb")) == 1 and len(html.find("rect", "bar")) == 1


def test_pick_tracks_covers_types_then_spreads():
    def track(i: int, kind: str, start: int, source: str = "auto") -> Track:
        return Track(i, kind, 0.9, source=source, segments=[segment(start, start + 2, (0, 0, 10, 10))])

    many = [track(i, "PERSON", i * 10) for i in range(10)]
    tracks = many + [track(20, "URL", 5), track(21, "URL", 50, "manual"), track(30, "IP_ADDRESS", 99)]
    assert {t.entity_type for t in pick_tracks(tracks, 3)} == {"PERSON", "URL", "IP_ADDRESS"}
    picked = pick_tracks(tracks, 5)
    assert [t.track_id for t in picked if t.entity_type == "PERSON"] == [0, 9], "spread: first and last"
    assert [t.track_id for t in pick_tracks(tracks, 6) if t.entity_type == "PERSON"] == [0, 5, 9]
    assert [t.track_id for t in pick_tracks(tracks, 3) if t.entity_type == "URL"] == [21], "manual first"
    assert [t.start_frame for t in picked] == sorted(t.start_frame for t in picked)
    assert len(pick_tracks(tracks, 100)) == len(tracks) and pick_tracks(tracks, 0) == []


def test_track_spans_and_clock():
    track = Track(
        1,
        "URL",
        0.9,
        segments=[segment(10, 19, (0, 0, 5, 5)), segment(0, 9, (0, 0, 5, 5)), segment(30, 30, (0, 0, 5, 5))],
    )
    spans = track_spans(track, 10.0)
    assert [(s.start_frame, s.end_frame) for s in spans] == [(0, 19), (30, 30)]
    assert spans[0].end_s == pytest.approx(2.0) and spans[1].start_s == pytest.approx(3.0)
    assert (clock(0), clock(65.25), clock(3725, 0)) == ("00:00.0", "01:05.2", "1:02:05")


# ------------------------------------------------------------------------------ browser


def chromium(tmp_path: Path, url: str, *args: str) -> subprocess.CompletedProcess:
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        *args,
        url,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=True)


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed (Debian package `chromium`)")
def test_page_renders_in_headless_chromium(redacted, page, tmp_path):
    plan: RedactionPlan = redacted["plan"]
    path = write_review_page(tmp_path / "review.html", page)
    url = path.resolve().as_uri()

    shot = tmp_path / "review.png"
    chromium(tmp_path, url, f"--screenshot={shot}", "--window-size=1280,2000")
    pixels = np.asarray(Image.open(shot).convert("L"), dtype=float)
    assert pixels.shape == (2000, 1280)
    assert pixels.std() > 20, "the screenshot is not blank"
    rows_with_ink = (np.abs(pixels - np.median(pixels)) > 40).any(axis=1).mean()
    assert rows_with_ink > 0.5, "content fills the page, not only a header"

    dom = chromium(tmp_path, url, "--dump-dom").stdout
    html = parse(dom)
    assert html.find("html")[0].get("data-ready") == "1", "the page's script ran"
    assert len(html.find("rect", "bar")) >= len(plan.tracks)
    assert len(html.find("img", "thumb")) == len(plan.tracks)
    assert not [c for c in html.find("figure", "card") if "off" in c["class"].split()]
    assert leaked(redacted["values"], without_images(dom)) == []

    # The filter state rides in the URL: hiding one type hides its bars and images only.
    hide = min(t.entity_type for t in plan.tracks)
    dom = chromium(tmp_path, f"{url}#hide={hide}", "--dump-dom").stdout
    html = parse(dom)
    names = {c["data-filter"]: c["data-name"] for c in html.find("input", type="checkbox")}
    hidden = {c["id"] for c in html.find("figure", "card") if "off" in c["class"].split()}
    assert hidden == {f"track-{t.track_id}" for t in plan.tracks if t.entity_type == hide}
    assert all(("off" in g["class"].split()) == (names[g["data-type"]] == hide) for g in html.find("g", "trk"))


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed (Debian package `chromium`)")
def test_an_injected_script_does_not_run(testsrc, tmp_path):
    """The policy names the page's own script by its hash: a script added to the file is blocked
    while the page's own still runs."""
    path, info = testsrc
    plan = synthetic_plan(info)
    page = build_review_page(plan, path, facts_for(plan))
    extra = '<script>document.documentElement.setAttribute("data-injected", "1")</script>'
    injected = page.replace("</body>", extra + "</body>")
    url = write_review_page(tmp_path / "review.html", injected).resolve().as_uri()
    root = parse(chromium(tmp_path, url, "--dump-dom").stdout).find("html")[0]
    assert root.get("data-ready") == "1" and "data-injected" not in root
