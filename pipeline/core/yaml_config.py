"""Strict YAML configuration files (models/): no duplicate keys, checked by pydantic models with
exact types and no unknown keys (`core.documents.Document`), each problem reported by its key path.

A misspelt key must never read as "not given" (a threshold silently taking its default), and
PyYAML keeps the last of two equal keys without a word: both are errors here. Messages name the
file, the key path and what was expected ("labels[3].max_words: must be >= 1"); they never repeat
a value from the file.
"""

from __future__ import annotations

import difflib
import re
import types
from collections.abc import Hashable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar, Union, get_args, get_origin

import yaml
from pydantic import BaseModel, ValidationError

from pipeline.core.documents import describe, format_loc
from pipeline.core.errors import ConfigError

M = TypeVar("M", bound=BaseModel)
_SAFE_KEY = re.compile(r"[A-Za-z0-9_.:-]{1,64}")  # a key name we may repeat in a message


# libyaml's parser when PyYAML was built with it (its wheels are): ten times the pure-Python
# parser's speed on models/, which every process that builds a detector reads at start.
if TYPE_CHECKING:
    _SafeLoader = yaml.SafeLoader
else:
    _SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class UniqueKeyLoader(_SafeLoader):
    """SafeLoader that rejects a key given twice in one mapping."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Hashable, Any]:
        seen: set[object] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {safe_key(key)!r}", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def read_yaml_mapping(path: Path) -> tuple[bytes, dict[str, Any]]:
    """The bytes of the YAML file `path` and its top-level mapping. ConfigError (naming the file)
    when it is missing, unreadable, not YAML, holds a duplicate key or is not a mapping."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError("configuration file is missing", path) from None
    except OSError as exc:
        raise ConfigError(f"cannot read configuration file ({type(exc).__name__})", path) from None
    try:
        doc = yaml.load(raw, Loader=UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        raise ConfigError(yaml_problem(exc), path) from None
    if not isinstance(doc, dict):
        raise ConfigError("expected a YAML mapping at top level", path)
    return raw, doc


def yaml_problem(exc: yaml.YAMLError) -> str:
    """ "invalid YAML at line 3 column 5: duplicate key 'score'" (the parser's words, no text)."""
    mark = getattr(exc, "problem_mark", None)
    where = f" at line {mark.line + 1} column {mark.column + 1}" if mark is not None else ""
    problem = getattr(exc, "problem", None)
    return f"invalid YAML{where}" + (f": {problem}" if problem else "")


def validate(model: type[M], data: Any, path: Path) -> M:
    """`data` as a `model`; ConfigError naming `path` and every problem by key path."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ConfigError("; ".join(problems(exc, model)), path) from None


def safe_key(key: object) -> str:
    """A key name fit for an error message: shown only when it looks like an identifier."""
    text = str(key)
    return text if _SAFE_KEY.fullmatch(text) else "(a key with unusual characters)"


# Where a YAML file's words differ from a JSON document's (core/documents.describe)
_YAML_WORDS = {
    "string_type": "must be a string (quote words that YAML reads otherwise: 'yes', 'no', 'on', 'off', numbers)",
    "dict_type": "must be a mapping",
    "model_type": "must be a mapping",
    "model_attributes_type": "must be a mapping",
    "too_short": "must not be empty",
    "string_too_short": "must not be empty",
}


def problems(exc: ValidationError, root: type[BaseModel]) -> list[str]:
    """ "key.path: problem" per error of validating `root`; never an input value."""
    found = []
    for error in exc.errors(include_url=False, include_input=False):
        loc = list(error["loc"])
        kind = error["type"]
        ctx = error.get("ctx") or {}
        is_key = bool(loc) and loc[-1] == "[key]"  # the key of a mapping is what is wrong
        if is_key:
            loc.pop()
        shown, parent = _walk(root, loc)
        if kind in ("union_tag_invalid", "union_tag_not_found"):  # the key that picks the kind of entry
            shown.append(str(ctx.get("discriminator", "type")).strip("'"))
        if kind in ("missing", "union_tag_not_found"):
            problem = "missing"
        elif kind == "extra_forbidden":
            problem = "unknown key" + _did_you_mean(parent, loc[-1] if loc else None)
        elif kind == "union_tag_invalid":
            problem = f"must be one of {ctx.get('expected_tags')}"
        elif kind == "string_pattern_mismatch":
            problem = f"must match {ctx.get('pattern')}"
        else:
            problem = describe(kind, ctx, _YAML_WORDS)
        if is_key:
            problem = f"invalid key: {problem}"
        found.append(f"{format_loc(shown) or '(top level)'}: {problem}")
    return found


def _walk(root: Any, loc: list[str | int]) -> tuple[list[str | int], Any]:
    """The key path of `loc` as the file spells it (pydantic's union branch labels left out) and
    the type that holds its last part (for hints)."""
    shown: list[str | int] = []
    node: Any = root
    parent: Any = None
    for part in loc:
        node = _unwrap(node)
        members = _union_members(node)
        if members and isinstance(part, str):  # a union has no keys: this names the branch tried
            node = next((m for m in members if part in _labels(m)), None)
            continue
        shown.append(part)
        parent = node
        node = _child(node, part)
    return shown, parent


def _unwrap(node: Any) -> Any:
    while True:
        if get_origin(node) is Annotated:
            node = get_args(node)[0]
            continue
        members = _union_members(node)
        present = [m for m in members if m is not type(None)]
        if members and len(present) == 1:
            node = present[0]
            continue
        return node


def _union_members(node: Any) -> tuple[Any, ...]:
    return get_args(node) if get_origin(node) in (Union, types.UnionType) else ()


def _labels(member: Any) -> set[str]:
    """Names pydantic gives a union branch in an error location: a tag (the value of a Literal
    field) or the branch's type name."""
    member = _unwrap(member)
    names = {getattr(member, "__name__", str(member)), str(member)}
    if isinstance(member, type) and issubclass(member, BaseModel):
        for field in member.model_fields.values():
            if get_origin(field.annotation) is Literal:
                names.update(str(v) for v in get_args(field.annotation))
    return names


def _child(node: Any, part: str | int) -> Any:
    if isinstance(node, type) and issubclass(node, BaseModel):
        field = node.model_fields.get(part) if isinstance(part, str) else None
        return field.annotation if field is not None else None
    origin, args = get_origin(node), get_args(node)
    if origin in (list, tuple, set, frozenset) and args:
        return args[0]
    if origin is dict and len(args) == 2:
        return args[1]
    return None


def _did_you_mean(holder: Any, key: str | int | None) -> str:
    """A hint for a misspelt key: the closest field name of the model that rejected it."""
    holder = _unwrap(holder)
    if not isinstance(key, str) or not (isinstance(holder, type) and issubclass(holder, BaseModel)):
        return ""
    close = difflib.get_close_matches(key, list(holder.model_fields), n=1, cutoff=0.7)
    return f" (did you mean {close[0]!r}?)" if close else ""
