"""'Basic' labels a credential only before HTTP Basic's base64 (issue 17, over-masking; class:
subscription plans, tiers and disk types named 'Basic' in grids, cards and printed frames).
Found on notebook_dataframe (corpus43/new): a customers frame's plan column holds 'basic', and
the bearer label ('bearer', 'basic', any word of six characters after it) typed the date of birth
and the IBAN after it SECRET; on a plan card ('Plan: Basic  Renews <date>') it masks the word
after it. HTTP Basic sends base64 of '<login>:<password>': eight characters or more of base64's
alphabet, small letters among them, and a digit or a capital after a small letter. Values are
invented."""

from __future__ import annotations

import pytest

from tests.helpers import text_layout


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "line, token",
    [
        ("Authorization: Basic b3BzLWRlc2s6UmVkS2l0ZTQ0IQ==", "b3BzLWRlc2s6UmVkS2l0ZTQ0IQ=="),
        ("authorization: basic dGVjaDpwYXNzd29yZDE", "dGVjaDpwYXNzd29yZDE"),  # HTTP/2, padding lost
        ("Proxy-Authorization: Basic am9objpzM2NyZXQ=", "am9objpzM2NyZXQ="),
    ],
)
def test_http_basic_credentials_are_a_secret(detector, line, token):
    assert ("SECRET", token) in _found(detector, "GET /v2/orders HTTP/1.1", line)


@pytest.mark.parametrize(
    "rows",
    [
        ("Your plan", "Plan: Basic   Renews 14 March 2027"),
        ("Subscription", "Basic   Standard   Premium"),
        ("      plan         dob", "0   family  1957-06-11", "1    basic  1966-10-29"),
    ],
)
def test_a_basic_plan_labels_nothing_after_it(detector, rows):
    found = _found(detector, *rows)
    assert not any(kind == "SECRET" for kind, _ in found), found
