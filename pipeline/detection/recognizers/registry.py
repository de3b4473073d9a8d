"""The recognizer registry, built from models/recognizers.yaml.

The file names each recognizer: `type: predefined` by class name (Presidio's, or ours in
OWN_RECOGNIZERS), `type: custom` as a regex recognizer declared as data. Presidio looks
predefined classes up among the subclasses of `EntityRecognizer`, so ours must be imported
before it loads the file: importing this module does that, and OWN_RECOGNIZERS is the one
list of them. `recognizer_options` (our key) then sets attributes on the loaded instances.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.nlp_engine import NlpEngine
from presidio_analyzer.recognizer_registry import RecognizerRegistry, RecognizerRegistryProvider
from presidio_analyzer.recognizer_registry.recognizers_loader_utils import (
    PredefinedRecognizerNotFoundError,
    RecognizerListLoader,
)

from pipeline.core.errors import ConfigError
from pipeline.core.yaml_config import safe_key
from pipeline.detection.config import LANGUAGE, describe
from pipeline.detection.recognizers.address import PostcodeRecognizer, StreetLineRecognizer
from pipeline.detection.recognizers.credit_card import OcrCreditCardRecognizer
from pipeline.detection.recognizers.crypto import CryptoAddressRecognizer, RecoveryPhraseRecognizer
from pipeline.detection.recognizers.email import OfflineEmailRecognizer
from pipeline.detection.recognizers.identifiers import BankAccountRecognizer, DateOfBirthRecognizer
from pipeline.detection.recognizers.meters import MpanCoreRecognizer
from pipeline.detection.recognizers.secrets import DetectSecretsRecognizer
from pipeline.detection.schema import PRESIDIO_REGEX_FLAGS, PredefinedRecognizerDoc, RecognizersDoc, compiled

OWN_RECOGNIZERS: dict[str, type[EntityRecognizer]] = {
    cls.__name__: cls
    for cls in (
        OcrCreditCardRecognizer,
        OfflineEmailRecognizer,
        StreetLineRecognizer,
        PostcodeRecognizer,
        DateOfBirthRecognizer,
        BankAccountRecognizer,
        DetectSecretsRecognizer,
        CryptoAddressRecognizer,
        RecoveryPhraseRecognizer,
        MpanCoreRecognizer,
    )
}


def build_registry(
    configuration: dict[str, Any], doc: RecognizersDoc, nlp_engine: NlpEngine, path: Path
) -> RecognizerRegistry:
    """The registry of `configuration` (recognizers.yaml as written; `doc` is its validated
    form). ConfigError naming `path` when a recognizer is unknown or Presidio refuses one."""
    for i, entry in enumerate(doc.recognizers):
        if isinstance(entry, PredefinedRecognizerDoc) and entry.name not in OWN_RECOGNIZERS:
            try:
                RecognizerListLoader.get_existing_recognizer_cls(entry.name)
            except PredefinedRecognizerNotFoundError:
                problem = f"recognizers[{i}].name: no recognizer class {safe_key(entry.name)!r}"
                raise ConfigError(problem, path) from None
    # Both keys present, or Presidio would merge in its own default recognizer list.
    configuration = {"supported_languages": [LANGUAGE], "global_regex_flags": 26, **configuration}
    configuration.pop("recognizer_options", None)
    try:
        provider = RecognizerRegistryProvider(registry_configuration=configuration, nlp_engine=nlp_engine)
        registry = provider.create_recognizer_registry()
    except Exception as exc:  # noqa: BLE001 - pydantic/ValueError/regex errors from Presidio
        raise ConfigError(f"invalid recognizer configuration ({describe(exc)})", path) from None
    _set_options(registry, doc.recognizer_options, path)
    _precompile(registry)
    return registry


def _precompile(registry: RecognizerRegistry) -> None:
    """Hand each pattern recognizer its patterns compiled with the analysis's flags, from the
    compiles of schema.py's checks (`compiled`): Presidio compiles a pattern on its first
    analysis when it has none with those flags, and would compile each text once more."""
    for recognizer in registry.recognizers:
        for pattern in getattr(recognizer, "patterns", None) or ():
            if pattern.compiled_regex is None:
                pattern.compiled_regex = compiled(pattern.regex, PRESIDIO_REGEX_FLAGS)
                pattern.compiled_with_flags = PRESIDIO_REGEX_FLAGS


def _set_options(registry: RecognizerRegistry, options: dict[str, dict[str, Any]], path: Path) -> None:
    """Set `recognizer_options` on the loaded recognizers: an option must be an attribute the
    recognizer has, and take a value of that attribute's type (lists become tuples)."""
    for name, attrs in options.items():
        where = f"recognizer_options.{safe_key(name)}"
        targets = [r for r in registry.recognizers if r.name == name]  # type: ignore[has-type]  # Presidio: untyped
        if not targets:
            raise ConfigError(f"{where}: no loaded recognizer of that name", path)
        for rec in targets:
            for attr, value in attrs.items():
                if attr.startswith("_") or not hasattr(rec, attr):
                    raise ConfigError(f"{where}.{safe_key(attr)}: {name} has no such option", path)
                value = tuple(value) if isinstance(value, list) else value
                current = getattr(rec, attr)
                if current is not None and not _same_kind(current, value):
                    raise ConfigError(f"{where}.{safe_key(attr)}: must be {_kind(current)}", path)
                setattr(rec, attr, value)


def _same_kind(current: Any, value: Any) -> bool:
    if isinstance(current, (list, tuple)):
        return isinstance(value, tuple)
    if isinstance(current, bool) or isinstance(value, bool):
        return isinstance(current, bool) and isinstance(value, bool)
    if isinstance(current, (int, float)):
        return isinstance(value, (int, float))
    return isinstance(value, type(current))


def _kind(current: Any) -> str:
    if isinstance(current, (list, tuple)):
        return "a list"
    if isinstance(current, bool):
        return "true or false"
    if isinstance(current, (int, float)):
        return "a number"
    return f"a {type(current).__name__}"
