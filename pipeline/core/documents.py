"""The JSON documents we write and read back (plans, verification records, export manifests,
audit entries), checked at the edge by pydantic models.

The models describe the JSON as written, key for key; the pipeline keeps its own dataclasses
(a tracker makes thousands of boxes: they stay plain slots dataclasses) and converts at load and
save only. A document is strict: exact JSON types ("5" is no integer, true no number), no
unknown keys, bounded numbers, names and hashes in a fixed alphabet. A problem is reported as
`<what>: <field path>: <problem>` and never repeats a value from the document, which may have
been tampered with to carry anything.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, PlainValidator, Strict, ValidationError

from pipeline.core.errors import InputError, ProcessingError, RedactorError

D = TypeVar("D", bound=BaseModel)

MAX_INDEX = 2**31 - 1  # frame numbers, counts
MAX_COORD = 1 << 20  # pixel coordinates: far beyond any screen, far below overflow
MAX_SECONDS = 1e7  # about 115 days
MAX_ERRORS = 3  # problems named in one message; the rest are counted
_SAFE_KEY = re.compile(r"[A-Za-z0-9_.:-]{1,64}")


class Document(BaseModel):
    """Exact JSON types, no unknown keys, immutable."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


def _number(value: object) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError("must be a number")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("must be a finite number")
    return value


Count = Annotated[int, Field(ge=0, le=MAX_INDEX)]
Seconds = Annotated[float, Field(ge=0, le=MAX_SECONDS, allow_inf_nan=False)]  # a duration
Time = Annotated[float, Field(ge=-MAX_SECONDS, le=MAX_SECONDS, allow_inf_nan=False)]  # a pts: may start below 0
Score = Annotated[float, Field(ge=0, le=1, allow_inf_nan=False)]
Coord = Annotated[int, Strict(), Field(ge=-MAX_COORD, le=MAX_COORD)]
Size = Annotated[int, Strict(), Field(ge=0, le=MAX_COORD)]
# [x, y, w, h]: a JSON array of four integers (lax only about list vs tuple; checked without Python calls)
BoxList = Annotated[tuple[Coord, Coord, Size, Size], Field(strict=False)]
Number = Annotated[int | float, PlainValidator(_number)]  # a statistic: an int stays an int (no union branches)
# Names: entity types, recognizers, reasons, codecs, dictionary keys. No spaces, no markup.
EntityType = Annotated[str, Field(pattern=r"^[A-Za-z0-9_]{1,64}$")]
Name = Annotated[str, Field(pattern=r"^[A-Za-z0-9_.:/+@-]{1,128}$")]
OptionalName = Annotated[str, Field(pattern=r"^[A-Za-z0-9_.:/+@ -]{0,128}$")]
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
OptionalSha256 = Annotated[str, Field(pattern=r"^([0-9a-f]{64})?$")]
Timestamp = Annotated[str, Field(pattern=r"^[0-9T:.+Z-]{0,40}$")]  # ISO 8601, as we write it
Version = Annotated[str, Field(pattern=r"^[ -~]{0,200}$")]  # printable ASCII: engine versions


def check(
    model: type[D], data: Any, what: str, path: str | Path | None = None, error: type[RedactorError] = InputError
) -> D:
    """`data` (parsed JSON) as a `model`; else `error` naming `path` and the fields at fault."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise error(f"invalid {what}: {summary(exc)}", path) from None


def written(model: type[BaseModel], data: Any, what: str, path: str | Path | None = None) -> dict[str, Any]:
    """`data` checked as a `model`, in its JSON form: what we write. An invalid document here is a
    bug or an edit gone wrong: ProcessingError, and nothing is written that would not load again."""
    try:
        dumped: dict[str, Any] = model.model_validate(data).model_dump(mode="json")
    except ValidationError as exc:
        raise ProcessingError(f"refusing to write an invalid {what}: {summary(exc)}", path) from None
    return dumped


def summary(exc: ValidationError) -> str:
    found = problems(exc)
    more = f" (and {len(found) - MAX_ERRORS} more)" if len(found) > MAX_ERRORS else ""
    return "; ".join(found[:MAX_ERRORS]) + more


# Problems by pydantic error type. Pydantic's own messages are not used: some quote the input.
_PROBLEMS = {
    "bool_type": "must be true or false",
    "int_type": "must be an integer",
    "int_from_float": "must be an integer",
    "float_type": "must be a number",
    "finite_number": "must be a finite number",
    "string_type": "must be a string",
    "list_type": "must be a list",
    "dict_type": "must be an object",
    "model_type": "must be an object",
    "model_attributes_type": "must be an object",
    "missing": "missing",
    "extra_forbidden": "unknown key",
    "string_pattern_mismatch": "has characters that are not allowed, or is too long",
}
_BOUNDS = {
    "greater_than_equal": (">=", "ge"),
    "greater_than": (">", "gt"),
    "less_than_equal": ("<=", "le"),
    "less_than": ("<", "lt"),
    "too_short": ("at least", "min_length"),
    "too_long": ("at most", "max_length"),
}


def problems(exc: ValidationError) -> list[str]:
    """ "field.path: problem" for each error; never an input value."""
    found = []
    for error in exc.errors(include_url=False, include_input=False):
        loc = list(error["loc"])
        is_key = bool(loc) and loc[-1] == "[key]"  # the key of a mapping is what is wrong
        if is_key:
            loc.pop()
        problem = describe(error["type"], error.get("ctx") or {})
        if is_key:
            problem = f"invalid key: {problem}"
        found.append(f"{format_loc(loc) or '(top level)'}: {problem}")
    return found


def describe(kind: str, ctx: dict[str, Any], words: dict[str, str] | None = None) -> str:
    """The problem of one pydantic error of type `kind`, from its context and never its input;
    `words` overrides the wording of some kinds (a YAML file says "mapping", not "object")."""
    if words and kind in words:
        return words[kind]
    if kind in _BOUNDS:
        op, name = _BOUNDS[kind]
        bound = ctx.get(name)
        return f"must have {op} {bound} items" if kind.startswith("too_") else f"must be {op} {bound}"
    if kind == "literal_error":  # the allowed values are ours, not the document's
        return f"must be {ctx.get('expected')}"
    if kind == "value_error":  # our own validators: fixed texts without values
        return str(ctx.get("error", "invalid"))
    return _PROBLEMS.get(kind, f"invalid ({kind})")


def format_loc(loc: list[str | int] | tuple[str | int, ...]) -> str:
    """("tracks", 3, "segments", 0, "box") -> "tracks[3].segments[0].box"; a key that does not
    look like a name (it could be anything in a tampered file) is not repeated."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            key = str(part) if _SAFE_KEY.fullmatch(str(part)) else "(a key with unusual characters)"
            text += ("." if text else "") + key
    return text
