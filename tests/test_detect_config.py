"""The detector's configuration files are read strictly: a misspelt key, a value of the wrong type
or out of range, a duplicate key or an entity name that is not listed is a ConfigError naming the
file and the key path, never a silently applied default (pipeline/detection/config.py, schema.py).

Each case edits one line of a copy of models/; the detector refuses it before loading spaCy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.core.config import DEFAULT_MODELS_DIR
from pipeline.core.errors import ConfigError, ExitCode
from pipeline.detection.config import DetectConfig, load_model_files
from pipeline.detection.detector import Detector


def models_with(tmp_path: Path, name: str, old: str, new: str) -> Path:
    """A copy of models/ whose `name` has the one occurrence of `old` replaced by `new`."""
    target = tmp_path / "models"
    shutil.copytree(DEFAULT_MODELS_DIR, target)
    text = (target / name).read_text()
    assert text.count(old) == 1, old
    (target / name).write_text(text.replace(old, new))
    return target


BAD_FILES = [
    # id, file, old text, new text, what the message must say (after "<path>: ")
    (
        "misspelt-top-key",
        "detection.yaml",
        "score_threshold: 0.4",
        "score_treshold: 0.4",
        "score_treshold: unknown key (did you mean 'score_threshold'?)",
    ),
    (
        "misspelt-box-padding",
        "detection.yaml",
        "  pad_px: 2",
        "  pad_pixels: 2",
        "boxes.pad_pixels: unknown key (did you mean 'pad_px'?)",
    ),
    (
        "misspelt-label-field",
        "detection.yaml",
        "    not_after: [forgot,",
        "    not_afer: [forgot,",
        "labels[0].not_afer: unknown key (did you mean 'not_after'?)",
    ),
    (
        "threshold-for-unlisted-entity",
        "detection.yaml",
        "  URL: 0.5",
        "  URLS: 0.5",
        "entity_thresholds.URLS: not in entities",
    ),
    (
        "label-of-unlisted-entity",
        "detection.yaml",
        "  - key: pin\n    entity: PASSWORD",
        "  - key: pin\n    entity: PASWORD",
        "labels[1].entity: not in entities",
    ),
    (
        "threshold-out-of-range",
        "detection.yaml",
        "score_threshold: 0.4",
        "score_threshold: 4",
        "score_threshold: must be <= 1.0",
    ),
    (
        "count-as-string",
        "detection.yaml",
        "min_token_chars: 3",
        "min_token_chars: '3'",
        "ner_filter.min_token_chars: must be an integer",
    ),
    ("max-words-zero", "detection.yaml", "    max_words: 10", "    max_words: 0", "labels[12].max_words: must be >= 1"),
    (
        "unquoted-yes-is-a-boolean",
        "detection.yaml",
        "ok, 'yes', 'no',",
        "ok, yes, 'no',",
        "ner_filter.ui_vocabulary[28]: must be a string",
    ),
    (
        "duplicate-key",
        "detection.yaml",
        "score_threshold: 0.4",
        "score_threshold: 0.4\nscore_threshold: 0.5",
        "duplicate key 'score_threshold'",
    ),
    (
        "broken-label-regex",
        "detection.yaml",
        "labels: ['pin(?:[ ]?code)?',",
        "labels: ['pin(?:[ ]?code?',",
        "labels[1].labels[0]: invalid regular expression",
    ),
    (
        "misspelt-recognizer-key",
        "recognizers.yaml",
        "    context: [phone, tel,",
        "    contxt: [phone, tel,",
        "recognizers[2].contxt: unknown key (did you mean 'context'?)",
    ),
    (
        "pattern-score-out-of-range",
        "recognizers.yaml",
        "        score: 0.8\n",
        "        score: 8\n",
        "recognizers[3].patterns[0].score: must be <= 1.0",
    ),
    (
        "broken-pattern-regex",
        "recognizers.yaml",
        "regex: '(?<![\\w.@-])(?:(?:https?|ftp)://|www\\.)\\S*'",
        "regex: '(?<![\\w.@-])(?:(?:https?|ftp)://|www\\.\\S*'",
        "recognizers[4].patterns[0].regex: invalid regular expression",
    ),
    (
        "unknown-recognizer-type",
        "recognizers.yaml",
        "  - name: IpRecognizer\n    type: predefined",
        "  - name: IpRecognizer\n    type: predefinde",
        "recognizers[11].type: must be one of 'predefined', 'custom'",
    ),
    (
        "recognizer-option-of-wrong-type",
        "recognizers.yaml",
        "    leniency: 1",
        "    leniency: strict",
        "recognizer_options.PhoneRecognizer.leniency: must be a number",
    ),
    (
        "misspelt-nlp-key",
        "nlp.yaml",
        "disabled_pipes:",
        "disabled_pipe:",
        "disabled_pipe: unknown key (did you mean 'disabled_pipes'?)",
    ),
    (
        "misspelt-ner-key",
        "nlp.yaml",
        "  labels_to_ignore:",
        "  label_to_ignore:",
        "ner_model_configuration.label_to_ignore: unknown key (did you mean 'labels_to_ignore'?)",
    ),
]


@pytest.mark.parametrize("name,old,new,problem", [c[1:] for c in BAD_FILES], ids=[c[0] for c in BAD_FILES])
def test_bad_setting_is_a_config_error_naming_file_and_key(tmp_path, name, old, new, problem):
    models = models_with(tmp_path, name, old, new)
    with pytest.raises(ConfigError) as err:
        Detector(DetectConfig(models_dir=models))
    message = str(err.value)
    assert message.startswith(f"{models / name}: ") and problem in message, message
    assert "\n" not in message and err.value.exit_code == ExitCode.CONFIG


def test_every_problem_of_a_file_is_named_at_once(tmp_path):
    models = models_with(
        tmp_path, "detection.yaml", "  pad_px: 2\n  pad_line_frac: 0.15", "  pad_px: -2\n  pad_line_frak: 0.15"
    )
    with pytest.raises(ConfigError) as err:
        load_model_files(models)
    assert "boxes.pad_px: must be >= 0" in str(err.value)
    assert "boxes.pad_line_frak: unknown key (did you mean 'pad_line_frac'?)" in str(err.value)


def test_packaged_files_are_valid_and_say_what_they_mean():
    files = load_model_files(DEFAULT_MODELS_DIR)
    # "yes" and "no" unquoted were YAML booleans: the UI words "true" and "false" instead
    assert {"yes", "no", "ok", "cancel"} <= set(files.detection.ner_filter.ui_vocabulary)
    assert [r.name for r in files.recognizers.recognizers][:2] == ["SpacyRecognizer", "PhoneRecognizer"]
    assert files.nlp.disabled_pipes and files.nlp.models[0].model_name


def test_narrowing_to_an_unlisted_entity_is_a_config_error():
    with pytest.raises(ConfigError, match="detection.yaml: entities not configured: PASWORD"):
        Detector(DetectConfig(entities=("PASSWORD", "PASWORD")))
