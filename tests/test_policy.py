"""The privacy policy: the shipped file, one table row per decision rule, and file errors."""

from __future__ import annotations

import copy
import hashlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml

from pipeline.core.errors import ConfigError, ExitCode
from pipeline.store.policy import (
    DEFAULT_MODELS_DIR,
    FLOOR_ENTITIES,
    PolicyError,
    check_policy,
    decide,
    describe,
    entities_to_find,
    expires_at,
    is_expired,
    load_policy,
)
from pipeline.store.sidecar import Consent, Sidecar

POLICY_FILE = DEFAULT_MODELS_DIR / "policy.yaml"
DETECTABLE = yaml.safe_load((DEFAULT_MODELS_DIR / "detection.yaml").read_text())["entities"]
T0 = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def policy():
    return load_policy()


def sidecar(tenant: str = "default", consent: str = "recording qa_review training", minor: bool = False) -> Sidecar:
    given = set(consent.split())
    return Sidecar(
        session_id="S-1",
        customer_id="C-1",
        tenant=tenant,
        technician_id="T-1",
        recorded_at=T0,
        consent=Consent(**{flag: flag in given for flag in Consent.model_fields}),
        customer_is_minor=minor,
    )


# ------------------------------------------------------------------ the shipped policy --


def test_shipped_policy_loads_and_keeps_its_promises(policy):
    assert policy.version == "2026-12-06.1"
    assert policy.sha256 == hashlib.sha256(POLICY_FILE.read_bytes()).hexdigest()
    assert policy.raw_retention_days == 0
    assert set(policy.tenants) == {"default", "acme-b2b", "globex"}
    # QA review hides everything the detector can find
    assert policy.purposes["qa_review"].entities == frozenset(DETECTABLE)
    for tenant in policy.tenants:
        for rule in policy.rules_for(tenant).values():
            assert rule.entities >= FLOOR_ENTITIES
            assert "recording" in rule.consent and rule.purpose in rule.consent
            assert rule.requires_verification
    assert policy.tenants["globex"].raw_retention_days == 7
    assert policy.rules_for("globex") == dict(policy.purposes)


def test_check_of_shipped_policy_is_clean_and_described(policy):
    assert check_policy(POLICY_FILE) == []
    lines = describe(policy)
    assert lines[0].startswith("version 2026-12-06.1 (sha256 ")
    assert "purpose training: consent recording+training, 54 entities, fill, kept 365 days" in "\n".join(lines)
    assert "tenant acme-b2b: qa_review: kept 30 days; training disabled" in lines
    assert "tenant globex: raw recordings kept 7 days" in lines
    assert "tenant default: defaults" in lines


def test_policy_is_immutable(policy):
    with pytest.raises(TypeError):
        policy.tenants["new"] = policy.tenants["default"]  # type: ignore[index]
    with pytest.raises(AttributeError):
        policy.version = "x"  # type: ignore[misc]


# ------------------------------------------------------------- one row per policy rule --

# (rule, sidecar, accepted, refusal, {purpose: retention_days}, raw_retention_days)
DECISIONS = [
    ("no recording consent", sidecar(consent="qa_review training"), False, "no_recording_consent", {}, 0),
    ("recording consent only", sidecar(consent="recording"), False, "no_purpose", {}, 0),
    ("QA-only consent", sidecar(consent="recording qa_review"), True, None, {"qa_review": 90}, 0),
    ("training consent", sidecar(consent="recording training"), True, None, {"training": 365}, 0),
    ("full consent", sidecar(), True, None, {"qa_review": 90, "training": 365}, 0),
    ("minor with full consent", sidecar(minor=True), False, "minor", {}, 0),
    ("minor without consent", sidecar(consent="", minor=True), False, "minor", {}, 0),
    ("tenant override: training off, QA 30 days", sidecar("acme-b2b"), True, None, {"qa_review": 30}, 0),
    ("tenant override: only training consent", sidecar("acme-b2b", "recording training"), False, "no_purpose", {}, 0),
    ("tenant keeps raw 7 days", sidecar("globex"), True, None, {"qa_review": 90, "training": 365}, 7),
    ("unknown tenant", sidecar("initech"), False, "unknown_tenant", {}, 0),
]


@pytest.mark.parametrize(
    ("given", "accepted", "refusal", "retention", "raw_days"),
    [row[1:] for row in DECISIONS],
    ids=[row[0] for row in DECISIONS],
)
def test_decide(policy, given, accepted, refusal, retention, raw_days):
    decision = decide(policy, given)
    assert decision.policy_version == policy.version
    assert decision.accepted is accepted
    assert decision.refusal == refusal
    assert {rule.purpose: rule.retention_days for rule in decision.purposes} == retention
    assert decision.purpose_names == tuple(retention)  # in PURPOSES order
    assert decision.raw_retention_days == raw_days
    if accepted:
        assert entities_to_find(decision) >= FLOOR_ENTITIES
    else:
        assert entities_to_find(decision) == frozenset()


def test_decide_is_pure(policy):
    given = sidecar("acme-b2b")
    assert decide(policy, given) == decide(policy, given)


def test_entities_to_find_is_the_union_over_purposes(tmp_path):
    doc = _shipped()
    doc["purposes"]["training"]["entities"] = sorted(FLOOR_ENTITIES | {"PERSON"})
    doc["purposes"]["qa_review"]["entities"] = sorted(FLOOR_ENTITIES | {"PHONE_NUMBER"})
    policy = load_policy(_write(tmp_path, doc))
    assert entities_to_find(decide(policy, sidecar(consent="recording training"))) == FLOOR_ENTITIES | {"PERSON"}
    assert entities_to_find(decide(policy, sidecar())) == FLOOR_ENTITIES | {"PERSON", "PHONE_NUMBER"}


# (case, tenant, purpose or raw, stored days ago, expired)
RETENTION = [
    ("QA day 89", "default", "qa_review", 89, False),
    ("QA day 90", "default", "qa_review", 90, True),
    ("QA day 91", "default", "qa_review", 91, True),
    ("acme QA day 29", "acme-b2b", "qa_review", 29, False),
    ("acme QA day 31", "acme-b2b", "qa_review", 31, True),
    ("training day 364", "default", "training", 364, False),
    ("raw 0 days: expired once processed", "default", "raw", 0, True),
    ("globex raw day 6", "globex", "raw", 6, False),
    ("globex raw day 8", "globex", "raw", 8, True),
]


@pytest.mark.parametrize(
    ("tenant", "what", "age_days", "expired"), [r[1:] for r in RETENTION], ids=[r[0] for r in RETENTION]
)
def test_retention_expiry(policy, tenant, what, age_days, expired):
    rule = policy.tenants[tenant].raw_retention_days if what == "raw" else policy.rules_for(tenant)[what]
    now = T0 + timedelta(days=age_days)
    assert is_expired(rule, T0, now) is expired


def test_expires_at_needs_aware_times(policy):
    rule = policy.purposes["qa_review"]
    assert expires_at(rule, T0) == T0 + timedelta(days=90)
    with pytest.raises(ValueError):
        expires_at(rule, datetime(2026, 1, 1))
    with pytest.raises(ValueError):
        is_expired(rule, T0, datetime(2026, 1, 1))


# ---------------------------------------------------------------------- file errors --


def _shipped() -> dict:
    return yaml.safe_load(POLICY_FILE.read_text())


def _write(tmp_path: Path, doc: dict | str, name: str = "policy.yaml") -> Path:
    path = tmp_path / name
    path.write_text(doc if isinstance(doc, str) else yaml.safe_dump(doc, sort_keys=False))
    return path


def _set(doc: dict, dotted: str, value: object) -> dict:
    doc = copy.deepcopy(doc)
    *parents, last = dotted.split("/")
    node = doc
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node.setdefault(key, {})
    if value is _DELETE:
        del node[last]
    elif isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return doc


_DELETE = object()
_FLOOR_LESS_URL = [e for e in DETECTABLE if e != "URL"]
_FLOOR_LESS_NINO = [e for e in DETECTABLE if e != "UK_NINO"]
_FLOOR_LESS_PASSPORT = [e for e in DETECTABLE if e != "US_PASSPORT"]
_FLOOR_LESS_ACCOUNT = [e for e in DETECTABLE if e != "ACCOUNT_NUMBER"]
_FLOOR_LESS_DOB = [e for e in DETECTABLE if e != "DATE_OF_BIRTH"]

# (case, key to set, value, expected problem)
FILE_ERRORS = [
    (
        "unknown entity name",
        "purposes/training/entities/3",
        "EMIAL_ADDRESS",
        "purposes.training.entities[3]: unknown entity 'EMIAL_ADDRESS' (not in detection.yaml)",
    ),
    (
        "unknown entity added by a tenant",
        "tenants/globex/purposes/qa_review/add_entities",
        ["PASSPORT"],
        "tenants.globex.purposes.qa_review.add_entities[0]: unknown entity 'PASSPORT'",
    ),
    (
        "floor entity removed by a tenant",
        "tenants/acme-b2b/purposes/qa_review/entities",
        _FLOOR_LESS_URL,
        "tenants.acme-b2b.purposes.qa_review.entities: must include URL",
    ),
    (
        "floor entity removed by default",
        "purposes/training/entities",
        _FLOOR_LESS_URL,
        "purposes.training.entities: must include URL",
    ),
    # national ids and bank details are fixed like cards and IBANs
    (
        "national id removed by a tenant",
        "tenants/acme-b2b/purposes/qa_review/entities",
        _FLOOR_LESS_NINO,
        "tenants.acme-b2b.purposes.qa_review.entities: must include UK_NINO",
    ),
    (
        "passport removed by default",
        "purposes/qa_review/entities",
        _FLOOR_LESS_PASSPORT,
        "purposes.qa_review.entities: must include US_PASSPORT",
    ),
    (
        "account number removed by default",
        "purposes/training/entities",
        _FLOOR_LESS_ACCOUNT,
        "purposes.training.entities: must include ACCOUNT_NUMBER",
    ),
    # a date of birth may be a child's (a parent's family page): no contract keeps one
    (
        "date of birth removed by a tenant",
        "tenants/acme-b2b/purposes/qa_review/entities",
        _FLOOR_LESS_DOB,
        "tenants.acme-b2b.purposes.qa_review.entities: must include DATE_OF_BIRTH",
    ),
    (
        "bad style",
        "purposes/qa_review/style",
        "smudge",
        "purposes.qa_review.style: must be 'blur', 'pixelate' or 'fill'",
    ),
    (
        "bad tenant style",
        "tenants/globex/purposes/training/style",
        "sharpen",
        "tenants.globex.purposes.training.style: must be 'blur', 'pixelate' or 'fill'",
    ),
    ("negative retention", "purposes/training/retention_days", -1, "purposes.training.retention_days: must be >= 1"),
    (
        "zero retention",
        "tenants/acme-b2b/purposes/qa_review/retention_days",
        0,
        "tenants.acme-b2b.purposes.qa_review.retention_days: must be >= 1",
    ),
    ("negative raw retention", "raw_retention_days", -1, "raw_retention_days: must be >= 0"),
    (
        "bool as retention",
        "purposes/qa_review/retention_days",
        True,
        "purposes.qa_review.retention_days: must be an integer",
    ),
    ("missing version", "version", _DELETE, "version: missing"),
    ("version not a string", "version", 3, "version: must be a string"),
    ("typo at top level", "tenant", {}, "tenant: unknown key (did you mean 'tenants'?)"),
    (
        "typo in a tenant",
        "tenants/acme-b2b/purposes/training/enabeld",
        False,
        "tenants.acme-b2b.purposes.training.enabeld: unknown key (did you mean 'enabled'?)",
    ),
    (
        "tenant may not turn verification off",
        "tenants/globex/purposes/qa_review/requires_verification",
        False,
        "tenants.globex.purposes.qa_review.requires_verification: unknown key",
    ),
    ("unknown purpose", "purposes/marketing", {}, "purposes.marketing: unknown key"),
    ("missing purpose", "purposes/training", _DELETE, "purposes.training: missing"),
    ("minors allowed", "minors", "allow", "minors: must be 'refuse'"),
    (
        "consent without recording",
        "purposes/training/consent",
        ["training"],
        "purposes.training.consent: must include recording",
    ),
    (
        "training on QA consent",
        "purposes/training/consent",
        ["recording", "qa_review"],
        "purposes.training.consent: must include training",
    ),
    (
        "unknown consent flag",
        "purposes/qa_review/consent/1",
        "marketing",
        "purposes.qa_review.consent[1]: must be 'recording', 'qa_review' or 'training'",
    ),
    (
        "replace and add at once",
        "tenants/globex/purposes/qa_review",
        {"entities": DETECTABLE, "add_entities": ["PERSON"]},
        "tenants.globex.purposes.qa_review: use entities (replace) or add_entities, not both",
    ),
    ("bad tenant name", "tenants/acme b2b", {}, "tenants.(a key with unusual characters): invalid key name"),
    ("tenants not a mapping", "tenants", ["acme"], "tenants: must be a mapping"),
]


@pytest.mark.parametrize(("key", "value", "expected"), [r[1:] for r in FILE_ERRORS], ids=[r[0] for r in FILE_ERRORS])
def test_policy_file_error_names_the_key(tmp_path, key, value, expected):
    path = _write(tmp_path, _set(_shipped(), key, value))
    problems = check_policy(path)
    assert any(expected in p for p in problems), problems
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    assert expected in message
    assert caught.value.exit_code == ExitCode.CONFIG


def test_all_problems_are_reported_at_once(tmp_path):
    doc = _set(_shipped(), "purposes/training/entities/3", "EMIAL_ADDRESS")
    doc = _set(doc, "tenants/acme-b2b/purposes/qa_review/entities", _FLOOR_LESS_URL)
    problems = check_policy(_write(tmp_path, doc))
    assert len(problems) == 2
    doc = _set(_set(_shipped(), "version", _DELETE), "purposes/qa_review/style", "smudge")
    assert len(check_policy(_write(tmp_path, doc))) == 2


def test_disabled_purpose_may_have_any_entities(tmp_path):
    doc = _set(_shipped(), "tenants/acme-b2b/purposes/training/entities", ["PERSON"])
    assert check_policy(_write(tmp_path, doc)) == []


def test_tenant_adds_and_replaces_entities(tmp_path):
    doc = _set(_shipped(), "purposes/qa_review/entities", sorted(FLOOR_ENTITIES))
    doc = _set(doc, "tenants/globex/purposes/qa_review/add_entities", ["PERSON"])
    doc = _set(doc, "tenants/acme-b2b/purposes/qa_review/entities", sorted(FLOOR_ENTITIES | {"LOCATION"}))
    policy = load_policy(_write(tmp_path, doc))
    assert policy.rules_for("globex")["qa_review"].entities == FLOOR_ENTITIES | {"PERSON"}
    assert policy.rules_for("acme-b2b")["qa_review"].entities == FLOOR_ENTITIES | {"LOCATION"}
    assert policy.rules_for("default")["qa_review"].entities == FLOOR_ENTITIES


# libyaml's wording of the parser's problem (the pure-Python parser's lacks the first words)
_UNCLOSED = "did not find " if yaml.__with_libyaml__ else ""


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("version: '1'\nversion: '2'\n", "invalid YAML at line 2 column 1: duplicate key 'version'"),
        ("purposes: [unclosed\n", f"invalid YAML at line 2 column 1: {_UNCLOSED}expected ',' or ']'"),
        ("- a list\n", "expected a YAML mapping at top level"),
    ],
    ids=["duplicate key", "syntax", "not a mapping"],
)
def test_unreadable_policy_file(tmp_path, content, expected):
    path = _write(tmp_path, content)
    problems = check_policy(path)
    assert len(problems) == 1 and problems[0].startswith(expected)
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    assert str(caught.value).startswith(f"{path}: {expected}")


def test_missing_policy_file(tmp_path):
    with pytest.raises(ConfigError) as caught:
        load_policy(tmp_path / "nope.yaml")
    assert str(caught.value) == f"{tmp_path / 'nope.yaml'}: configuration file is missing"


def test_entity_names_come_from_detection_yaml(tmp_path):
    # a detector configured without USERNAME: the shipped policy names an undetectable entity
    detection = yaml.safe_load((DEFAULT_MODELS_DIR / "detection.yaml").read_text())
    detection["entities"] = [e for e in detection["entities"] if e != "USERNAME"]
    (tmp_path / "detection.yaml").write_text(yaml.safe_dump(detection))
    problems = check_policy(POLICY_FILE, models_dir=tmp_path)
    assert problems == [
        f"purposes.{p}.entities[{DETECTABLE.index('USERNAME')}]: unknown entity 'USERNAME' (not in detection.yaml)"
        for p in ("qa_review", "training")
    ]


def test_missing_detection_yaml_is_a_config_error_naming_it(tmp_path):
    with pytest.raises(ConfigError) as caught:
        load_policy(POLICY_FILE, models_dir=tmp_path)
    assert str(caught.value) == f"{tmp_path / 'detection.yaml'}: configuration file is missing"
