"""A wordmark that is a public suffix and nothing more ("GOV.UK" in a government service's header)
names no one's site: it stays readable; a host registered under it, a site with a path and any
other bare host are still URLs (filters.py `_url_ok`)."""

from __future__ import annotations

import pytest

from pipeline.detection.detector import Detector
from tests.helpers import text_layout


def _urls(detector: Detector, *rows: str) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "URL"}


@pytest.mark.parametrize("row", ["GOV.UK      Renew or replace your adult passport", "Sign in to GOV.UK One Login"])
def test_a_public_suffix_alone_is_no_url(detector, row):
    assert not _urls(detector, row)


@pytest.mark.parametrize(
    "row, url",
    [
        ("Portal: renewals.tallyhub.gov.uk", "renewals.tallyhub.gov.uk"),
        ("See quillmere.co.uk for opening hours", "quillmere.co.uk"),
    ],
)
def test_hosts_under_a_public_suffix_are_still_urls(detector, row, url):
    assert url in _urls(detector, row)
