"""Fixtures for every test: a guard against logged errors (markers: pyproject.toml). Plain
helpers that tests call with arguments (drawing, media, fakes, recordings) are in helpers.py."""

from __future__ import annotations

import logging

import pytest


@pytest.fixture(autouse=True)
def no_logged_errors(request, caplog):
    """A test that makes the pipeline log an error fails, unless it expects one."""
    caplog.set_level(logging.WARNING)
    yield
    if request.node.get_closest_marker("allow_errors"):
        return
    errors = [r for r in caplog.get_records("call") if r.levelno >= logging.ERROR]
    assert not errors, f"unexpected error logged: {errors[0].getMessage()}"
