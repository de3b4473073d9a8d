"""The session sidecar: strict validation and one-line errors that never repeat a value."""

from __future__ import annotations

import json
import os
import socket
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import get_args

import pydantic
import pytest

from pipeline.core.errors import ExitCode, InputError
from pipeline.store.sidecar import (
    Consent,
    ConsentFlag,
    Sidecar,
    SidecarError,
    load_sidecar,
    load_sidecar_for,
    sidecar_path,
)
from tests.helpers import readers_released

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def valid() -> dict:
    return {
        "session_id": "S-1001",
        "customer_id": "C-42",
        "tenant": "acme-b2b",
        "technician_id": "T-7",
        "recorded_at": "2026-11-25T10:00:00+01:00",
        "consent": {"recording": True, "qa_review": True, "training": False},
        "customer_is_minor": False,
    }


def write(tmp_path: Path, data: object, name: str = "rec.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, indent=1))
    return path


def edited(**changes) -> dict:
    data = valid()
    for key, value in changes.items():
        if "__" in key:
            outer, inner = key.split("__")
            data[outer][inner] = value
        elif value is None:
            del data[key]
        else:
            data[key] = value
    return data


def test_valid_sidecar_loads_with_aware_time(tmp_path):
    sidecar = load_sidecar(write(tmp_path, valid()))
    assert sidecar.tenant == "acme-b2b"
    assert sidecar.consent == Consent(recording=True, qa_review=True, training=False)
    assert sidecar.recorded_at.utcoffset() == timedelta(hours=1)
    assert sidecar.customer_is_minor is False


def test_sample_sidecar_loads():
    sidecar = load_sidecar_for(SAMPLES / "support_session.mp4")
    assert sidecar.tenant == "default"
    assert sidecar.consent.recording


def test_sidecar_is_frozen_and_keeps_people_ids_out_of_repr(tmp_path):
    sidecar = load_sidecar(write(tmp_path, edited(customer_id="C-secret-99", technician_id="T-secret-98")))
    with pytest.raises(pydantic.ValidationError):
        sidecar.tenant = "other"  # type: ignore[misc]
    assert "C-secret-99" not in repr(sidecar)
    assert "T-secret-98" not in repr(sidecar)
    assert "S-1001" in repr(sidecar)


def test_sidecar_path_is_beside_the_video():
    assert sidecar_path(Path("/data/in/rec.2026.mp4")) == Path("/data/in/rec.2026.json")
    assert sidecar_path(Path("rec.mp4")) == Path("rec.json")


def test_consent_flags_match_the_consent_fields():
    assert set(get_args(ConsentFlag)) == set(Consent.model_fields)


# (case, content, expected message part, a value that must not appear in the message)
BAD = [
    ("malformed JSON", '{\n "session_id": "S-1",\n "tenant": ,\n}', "malformed JSON at line 3 column 12", None),
    ("missing field", edited(tenant=None), "missing field tenant", None),
    (
        "string for bool",
        edited(consent__training="yes-please-Jane"),
        "consent.training: must be true or false",
        "yes-please-Jane",
    ),
    ("number for bool", edited(customer_is_minor=1), "customer_is_minor: must be true or false", None),
    ("number for id", edited(session_id=73512), "session_id: must be a string", "73512"),
    ("naive datetime", edited(recorded_at="2026-03-04T05:06:07"), "recorded_at: must have a time zone", "05:06:07"),
    ("not a datetime", edited(recorded_at="last Tuesday at Jane's"), "recorded_at: must be a date-time string", "Jane"),
    ("extra field", edited(notes="called Jane Doe at 555-0100"), "(top level): an unknown field at position 8", "Jane"),
    # a key can be personal data too: named by its position, never by itself
    ("personal key", edited(**{"Jane.Doe_555-0100": True}), "(top level): an unknown field at position 8", "Jane"),
    (
        "typo in consent",
        edited(consent={"recording": True, "qa_review": True, "trainig": True}),
        "consent: an unknown field at position 3 (did you mean 'training'?)",
        "trainig",
    ),
    (
        "id with personal data",
        edited(customer_id="jane.doe@example.com"),
        "customer_id: must be 1-128 characters from A-Z a-z 0-9 . _ : -",
        "jane.doe",
    ),
    ("empty id", edited(tenant=""), "tenant: must be 1-128 characters", None),
    ("consent not an object", edited(consent=True), "consent: must be a mapping", None),
    ("duplicate key", '{"session_id": "S-1", "consent": {}, "consent": {}}', "duplicate field consent", None),
    (
        "duplicate personal key",
        '{"session_id": "S-1", "Jane_Doe": 1, "Jane_Doe": 2}',
        "duplicate field at position 3 of its object",
        "Jane",
    ),
    ("not an object", '["S-1", "C-42"]', "not a session sidecar (expected a JSON object)", "C-42"),
    ("not UTF-8", "\udcff", "not UTF-8 text", None),
]


@pytest.mark.parametrize(("content", "expected", "secret"), [row[1:] for row in BAD], ids=[row[0] for row in BAD])
def test_bad_sidecar_is_one_line_naming_file_and_field(tmp_path, content, expected, secret):
    path = tmp_path / "rec.json"
    if isinstance(content, str):
        path.write_bytes(content.encode("utf-8", "surrogateescape"))
    else:
        write(tmp_path, content)
    with pytest.raises(SidecarError) as caught:
        load_sidecar(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert expected in message
    assert "\n" not in message
    if secret is not None:
        assert secret not in message


def test_missing_sidecar_names_the_video(tmp_path):
    with pytest.raises(SidecarError) as caught:
        load_sidecar_for(tmp_path / "rec.mp4")
    assert str(caught.value) == f"{tmp_path / 'rec.json'}: no sidecar (expected beside rec.mp4)"
    assert isinstance(caught.value, InputError)
    assert caught.value.exit_code == ExitCode.BAD_INPUT


def test_every_problem_is_listed(tmp_path):
    data = edited(tenant=None, consent__qa_review="no", recorded_at="2026-03-04T05:06:07")
    with pytest.raises(SidecarError) as caught:
        load_sidecar(write(tmp_path, data))
    message = str(caught.value)
    for part in ("missing field tenant", "consent.qa_review:", "recorded_at:"):
        assert part in message


def test_ground_truth_file_is_not_a_sidecar():
    truth = SAMPLES / "support_session.truth.json"
    with pytest.raises(SidecarError) as caught:
        load_sidecar(truth)
    message = str(caught.value)
    assert message == f"{truth}: not a session sidecar (no session_id)"
    values = [item["value"] for item in json.loads(truth.read_text())["pii"]]
    assert values and not any(value in message for value in values)


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "rec.json"
    os.mkfifo(fifo)
    with readers_released(fifo) as waited, pytest.raises(SidecarError) as caught:
        load_sidecar_for(tmp_path / "rec.mp4")
    assert str(caught.value) == f"{fifo}: not a regular file (a FIFO)"
    assert caught.value.exit_code == ExitCode.BAD_INPUT
    assert not waited


def test_a_socket_or_a_folder_is_refused(tmp_path):
    path = tmp_path / "s.json"
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(path))
        with pytest.raises(SidecarError, match="s.json: not a regular file \\(a socket\\)$"):
            load_sidecar(path)
    (tmp_path / "d.json").mkdir()
    with pytest.raises(SidecarError, match="d.json: is a folder, not a sidecar file$"):
        load_sidecar(tmp_path / "d.json")


def test_oversized_file_is_refused_unread(tmp_path):
    path = write(tmp_path, {"session_id": "S-1", "pad": "x" * 100_000})
    with pytest.raises(SidecarError, match="not a session sidecar \\(larger than"):
        load_sidecar(path)


def test_sidecar_model_rejects_lax_python_values():
    data = {**valid(), "recorded_at": datetime(2026, 11, 25, 10, tzinfo=timezone.utc), "customer_is_minor": "false"}
    with pytest.raises(pydantic.ValidationError) as caught:
        Sidecar.model_validate(data)
    assert [e["loc"] for e in caught.value.errors()] == [("customer_is_minor",)]
