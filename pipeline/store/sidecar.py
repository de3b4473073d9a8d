"""The JSON sidecar `<stem>.json` beside a recording `<stem>.mp4`: who, when, and what consent.

The sidecar decides whether a recording may be stored at all (see policy.decide), so it is
validated strictly: exact JSON types ("yes" or 1 is not a boolean), no unknown fields (a typo
such as "trainig" must not silently read as "no consent given" or worse), no duplicate keys,
timezone-aware times. Error messages name the file and the field and say what was expected;
they never repeat a value from the file, which may be personal data, nor the name of a field we
do not know (a key can be personal data too: it is named by its position in its object).
"""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path
from typing import Annotated, Any, Literal, get_args, get_origin

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError

from pipeline.core.errors import InputError
from pipeline.core.files import NotRegularFile, open_regular

SIDECAR_SUFFIX = ".json"
MAX_SIDECAR_BYTES = 64 * 1024  # a sidecar is a few hundred bytes; anything large is not one
ID_PATTERN = r"^[A-Za-z0-9._:-]{1,128}$"
ID_RULE = "must be 1-128 characters from A-Z a-z 0-9 . _ : -"
ConsentFlag = Literal["recording", "qa_review", "training"]
Id = Annotated[str, Field(pattern=ID_PATTERN)]

_SAFE_KEY = re.compile(r"[A-Za-z0-9_.:-]{1,64}")  # a key name we may repeat in a message


class StrictModel(BaseModel):
    """Exact types, no unknown keys, immutable: the base of every validated input here."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class Consent(StrictModel):
    """What the customer agreed to. Field names are the ConsentFlag values."""

    recording: bool
    qa_review: bool
    training: bool


class Sidecar(StrictModel):
    session_id: Id
    # ids of people: kept out of repr() so that a logged Sidecar does not show them
    customer_id: Id = Field(repr=False)
    tenant: Id
    technician_id: Id = Field(repr=False)
    recorded_at: AwareDatetime
    consent: Consent
    customer_is_minor: bool


class SidecarError(InputError):
    """A missing or invalid sidecar (exit code BAD_INPUT)."""


def sidecar_path(video: Path) -> Path:
    """The sidecar of a recording: same folder, same stem, `.json`."""
    return Path(video).with_suffix(SIDECAR_SUFFIX)


def load_sidecar_for(video: Path) -> Sidecar:
    """Load the sidecar beside `video` (the error for a missing one names the video)."""
    return load_sidecar(sidecar_path(video), video=video)


def load_sidecar(path: Path, *, video: Path | None = None) -> Sidecar:
    """Read and validate one sidecar; any problem raises SidecarError naming file and field."""
    path = Path(path)
    try:
        # a regular file only: opening a FIFO would wait for a writer forever, a device never end
        with open_regular(path) as handle:
            raw = handle.read(MAX_SIDECAR_BYTES + 1)
    except FileNotFoundError:
        where = f" (expected beside {Path(video).name})" if video is not None else ""
        raise SidecarError(f"no sidecar{where}", path) from None
    except NotRegularFile as exc:
        reason = "is a folder, not a sidecar file" if exc.kind == "a folder" else exc.reason
        raise SidecarError(reason, path) from None
    except OSError as exc:
        raise SidecarError(f"cannot read sidecar ({exc.strerror or type(exc).__name__})", path) from None
    if len(raw) > MAX_SIDECAR_BYTES:
        raise SidecarError(f"not a session sidecar (larger than {MAX_SIDECAR_BYTES} bytes)", path)
    try:
        text = raw.decode("utf-8")
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except UnicodeDecodeError:
        raise SidecarError("not UTF-8 text", path) from None
    except json.JSONDecodeError as exc:
        raise SidecarError(f"malformed JSON at line {exc.lineno} column {exc.colno}", path) from None
    except _DuplicateKey as exc:
        raise SidecarError(f"duplicate field {exc.args[0]}", path) from None
    if not isinstance(data, dict):
        raise SidecarError("not a session sidecar (expected a JSON object)", path)
    if "session_id" not in data and not data.keys() & Sidecar.model_fields.keys():
        # e.g. a samples/ ground-truth file (name, video, pii) given where a sidecar belongs
        raise SidecarError("not a session sidecar (no session_id)", path)
    try:
        # JSON mode: strict types, and RFC 3339 strings are accepted for recorded_at
        return Sidecar.model_validate_json(text)
    except ValidationError as exc:
        problems = [
            f"missing field {loc}" if kind == "missing" else f"{loc}: {problem}"
            for loc, kind, problem in validation_problems(exc, Sidecar, noun="field", data=data)
        ]
        raise SidecarError("; ".join(problems), path) from None


class _DuplicateKey(ValueError):
    pass


_FIELD_NAMES = frozenset(Sidecar.model_fields) | frozenset(Consent.model_fields)


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for position, (key, value) in enumerate(pairs, start=1):
        if key in result:
            # a field we know is named; any other key only by where it stands
            raise _DuplicateKey(key if key in _FIELD_NAMES else f"at position {position} of its object")
        result[key] = value
    return result


def safe_key(key: object) -> str:
    """A key name fit for an error message: shown only when it looks like an identifier."""
    text = str(key)
    return text if _SAFE_KEY.fullmatch(text) else "(a key with unusual characters)"


# Problems by pydantic error type. Pydantic's own messages are avoided on purpose: a few embed
# parts of the input, and ours name the expected form in the words of the file's format.
_PROBLEMS = {
    "bool_type": "must be true or false",
    "int_type": "must be an integer",
    "int_from_float": "must be an integer",
    "string_type": "must be a string",
    "list_type": "must be a list",
    "dict_type": "must be a mapping",
    "model_type": "must be a mapping",
    "model_attributes_type": "must be a mapping",
    "string_too_short": "must not be empty",
    "too_short": "must not be empty",
    "timezone_aware": "must have a time zone (e.g. 2026-11-25T10:00:00Z)",
    "datetime_type": "must be a date-time string with a time zone (RFC 3339)",
    "datetime_parsing": "must be a date-time string with a time zone (RFC 3339)",
    "datetime_from_date_parsing": "must be a date-time string with a time zone (RFC 3339)",
    "frozen_instance": "cannot be changed",
}


def validation_problems(
    exc: ValidationError, root: type[BaseModel], noun: str = "key", data: Any = None
) -> list[tuple[str, str, str]]:
    """(location, error type, problem) per error of validating `root`, e.g. ("consent.training",
    "bool_type", "must be true or false"). Never holds an input value, only key names. Given the
    validated `data`, an unknown key is not named either: it is shown by its position in its
    object ("consent", "extra_forbidden", "an unknown field at position 3")."""
    problems = []
    for error in exc.errors(include_url=False, include_input=False):
        loc = list(error["loc"])
        kind = error["type"]
        is_key = bool(loc) and loc[-1] == "[key]"  # the key of a mapping is what is wrong
        if is_key:
            loc.pop()
        ctx = error.get("ctx") or {}
        if kind == "missing":
            problem = "missing"
        elif kind == "extra_forbidden" and data is not None:
            hint = _did_you_mean(root, loc)
            position = _position(data, loc)
            loc = loc[:-1]
            problem = f"an unknown {noun}" + (f" at position {position}" if position else "") + hint
        elif kind == "extra_forbidden":
            problem = f"unknown {noun}" + _did_you_mean(root, loc)
        elif kind == "greater_than_equal":
            problem = f"must be >= {ctx.get('ge')}"
        elif kind == "literal_error":
            problem = f"must be {ctx.get('expected')}"
        elif kind == "string_pattern_mismatch":
            problem = ID_RULE if ctx.get("pattern") == ID_PATTERN else "has characters that are not allowed"
        else:
            problem = _PROBLEMS.get(kind, f"invalid ({kind})")
        if is_key:
            problem = f"invalid {noun} name: {problem}"
        problems.append((format_loc(loc) or "(top level)", kind, problem))
    return problems


def _position(data: Any, loc: list[str | int]) -> int | None:
    """Where the key at `loc` stands in its object (1 = first), or None when it cannot be found."""
    holder = data
    for part in loc[:-1]:
        if isinstance(holder, dict) and isinstance(part, str):
            holder = holder.get(part)
        elif isinstance(holder, list) and isinstance(part, int) and 0 <= part < len(holder):
            holder = holder[part]
        else:
            return None
    if not isinstance(holder, dict) or not loc or loc[-1] not in holder:
        return None
    return list(holder).index(loc[-1]) + 1


def format_loc(loc: list[str | int] | tuple[str | int, ...]) -> str:
    """("purposes", "training", "entities", 3) -> "purposes.training.entities[3]"."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += ("." if text else "") + safe_key(part)
    return text


def _did_you_mean(root: type[BaseModel], loc: list[str | int]) -> str:
    """A hint for a misspelt key: the closest field name of the model that rejected it."""
    if not loc or not isinstance(loc[-1], str):
        return ""
    model: Any = root
    parts = iter(loc[:-1])
    for part in parts:
        field = model.model_fields.get(part) if isinstance(part, str) else None
        if field is None:
            return ""
        model = field.annotation
        optional = [a for a in get_args(model) if a is not type(None)]
        if get_origin(model) is not dict and len(optional) == 1:  # Model | None
            model = optional[0]
        if get_origin(model) is dict:  # dict[str, Model]: skip the key, go on with the model
            model = get_args(model)[1]
            if next(parts, None) is None:
                return ""
        if not (isinstance(model, type) and issubclass(model, BaseModel)):
            return ""
    close = difflib.get_close_matches(loc[-1], list(model.model_fields), n=1, cutoff=0.7)
    return f" (did you mean {close[0]!r}?)" if close else ""
