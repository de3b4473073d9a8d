"""The privacy policy as data (models/policy.yaml) and the pure decisions made from it.

`load_policy` validates the file completely (every problem is reported at once, by key path)
and resolves each tenant's overrides into effective `PurposeRule`s. `decide` turns a policy and
a sidecar into a `Decision`: refused (and why, as a machine-readable category) or accepted for
some purposes, each with its entities, masking style, retention and gates. Nothing here does
I/O beyond reading the policy file, logs, or touches personal data.

What no policy file can change is fixed in code: FLOOR_ENTITIES are redacted for every enabled
purpose (the promises of shared/policy.md), every purpose needs recording consent and its own
consent flag, a minor's recording is refused, and an unknown tenant is refused.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from types import MappingProxyType
from typing import Literal, get_args

from pydantic import Field, ValidationError

from pipeline.analysis.unread import UNREAD_TEXT
from pipeline.core.config import DEFAULT_MODELS_DIR
from pipeline.core.errors import ConfigError
from pipeline.core.types import MaskStyle
from pipeline.core.yaml_config import read_yaml_mapping
from pipeline.store.sidecar import (
    ConsentFlag,
    Id,
    Sidecar,
    StrictModel,
    safe_key,
    validation_problems,
)

POLICY_FILE = "policy.yaml"
DETECTION_FILE = "detection.yaml"  # its `entities:` list names what can be detected
PurposeName = Literal["qa_review", "training"]
PURPOSES: tuple[str, ...] = get_args(PurposeName)
VERSION_PATTERN = r"^[A-Za-z0-9._-]{1,64}$"

# National identity numbers and identity documents: what identifies a person by itself.
NATIONAL_IDS = frozenset(
    {
        "US_SSN",
        "NATIONAL_ID",
        "UK_NINO",
        "UK_NHS",
        "UK_PASSPORT",
        "UK_DRIVING_LICENCE",
        "US_PASSPORT",
        "US_DRIVER_LICENSE",
        "US_ITIN",
        "CA_SIN",
        "AU_TFN",
        "AU_MEDICARE",
        "IN_PAN",
        "IN_AADHAAR",
        "IN_PASSPORT",
        "IN_VOTER",
        "ES_NIF",
        "ES_NIE",
        "IT_FISCAL_CODE",
        "IT_DRIVER_LICENSE",
        "IT_PASSPORT",
        "IT_IDENTITY_CARD",
        "PL_PESEL",
        "FI_PERSONAL_IDENTITY_CODE",
        "SE_PERSONNUMMER",
        "DE_PASSPORT",
        "DE_ID_CARD",
        "DE_TAX_ID",
        "DE_SOCIAL_SECURITY",
    }
)
# Never droppable: passwords/secrets, e-mail addresses, browsing history (URLs), payment data
# (cards, IBANs and the bank account numbers and sort codes an IBAN is made of), IP addresses
# (shared/policy.md), national ids, and dates of birth: an adult customer's screen shows their
# children too (family accounts, school and childcare portals, a dependant on a form), and a date
# of birth is what tells a child's data from an adult's, so no contract may keep one (the policy
# keeps no data of children under 13; a minor's own recording is refused outright).
FLOOR_ENTITIES = (
    frozenset(
        {
            "PASSWORD",
            "SECRET",
            "EMAIL_ADDRESS",
            "CREDIT_CARD",
            "IBAN_CODE",
            "ACCOUNT_NUMBER",
            "SORT_CODE",
            "US_BANK_NUMBER",
            "CRYPTO",  # a wallet's address: payment data, which the policy never keeps
            "URL",
            "IP_ADDRESS",
            "EMAIL_BODY",  # an opened e-mail message's body: the policy keeps none
            "BROWSING_HISTORY",  # a browser history list's visits: the policy keeps none
            "DATE_OF_BIRTH",  # whose age it tells, a child's among them (above)
        }
    )
    | NATIONAL_IDS
)

Refusal = Literal["minor", "no_recording_consent", "unknown_tenant", "no_purpose"]


# ------------------------------------------------------------------------------ results --


@dataclass(frozen=True)
class PurposeRule:
    """How a recording is stored for one purpose (a tenant's overrides already applied)."""

    purpose: str
    entities: frozenset[str]
    style: MaskStyle
    retention_days: int
    consent: tuple[str, ...]  # consent flags that must all be true
    requires_verification: bool
    requires_approval: bool  # export needs a QA approval


@dataclass(frozen=True)
class TenantPolicy:
    """A tenant's effective policy: rules of its enabled purposes and its raw retention."""

    name: str
    rules: Mapping[str, PurposeRule]
    raw_retention_days: int


@dataclass(frozen=True)
class Policy:
    version: str
    sha256: str  # of the file's bytes: identifies the exact policy beyond its version label
    purposes: Mapping[str, PurposeRule]  # the defaults, before tenant overrides
    raw_retention_days: int  # 0 = delete the raw recording once processed
    tenants: Mapping[str, TenantPolicy]

    def rules_for(self, tenant: str) -> dict[str, PurposeRule]:
        """Effective rules of the tenant's enabled purposes. KeyError for an unknown tenant."""
        return dict(self.tenants[tenant].rules)


@dataclass(frozen=True)
class Decision:
    policy_version: str
    accepted: bool
    refusal: Refusal | None  # why nothing is stored; never personal data
    purposes: tuple[PurposeRule, ...]  # in PURPOSES order; empty when refused
    raw_retention_days: int  # 0 when refused: nothing is kept

    @property
    def purpose_names(self) -> tuple[str, ...]:
        return tuple(rule.purpose for rule in self.purposes)


class PolicyError(ConfigError):
    """An invalid policy file; `problems` lists each one ("key.path: problem")."""

    def __init__(self, problems: list[str], path: str | Path):
        self.problems = tuple(problems)
        super().__init__("; ".join(problems), path)


# ------------------------------------------------------------------------- decisions --


def decide(policy: Policy, sidecar: Sidecar) -> Decision:
    """What may be stored of this recording, and how. Pure: same inputs, same decision."""
    if sidecar.customer_is_minor:
        return _refused(policy, "minor")  # whatever the consent: no data of children
    if not sidecar.consent.recording:
        return _refused(policy, "no_recording_consent")
    tenant = policy.tenants.get(sidecar.tenant)
    if tenant is None:
        return _refused(policy, "unknown_tenant")  # its contract is unknown: fail closed
    purposes = tuple(
        rule for rule in tenant.rules.values() if all(getattr(sidecar.consent, flag) for flag in rule.consent)
    )
    if not purposes:
        return _refused(policy, "no_purpose")
    return Decision(policy.version, True, None, purposes, tenant.raw_retention_days)


def _refused(policy: Policy, refusal: Refusal) -> Decision:
    return Decision(policy.version, False, refusal, (), 0)


def entities_to_find(decision: Decision) -> frozenset[str]:
    """What detection must find: the union over the accepted purposes, less UNREAD_TEXT, which
    the analysis itself reports (text no OCR pass could read)."""
    return frozenset().union(*(rule.entities for rule in decision.purposes)) - {UNREAD_TEXT}


def expires_at(rule: PurposeRule | int, stored_at: datetime) -> datetime:
    """When an artifact stored at `stored_at` (timezone-aware) must be gone."""
    if stored_at.tzinfo is None or stored_at.utcoffset() is None:
        raise ValueError("stored_at must be timezone-aware")
    days = rule if isinstance(rule, int) else rule.retention_days
    return stored_at + timedelta(days=days)


def is_expired(rule_or_days: PurposeRule | int, stored_at: datetime, now: datetime) -> bool:
    """True from the moment retention ends (so 0 days: expired as soon as stored)."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    return now >= expires_at(rule_or_days, stored_at)


def describe(policy: Policy) -> list[str]:
    """Summary lines for `redact policy check`: version, purposes, tenants (no personal data)."""
    lines = [
        f"version {policy.version} (sha256 {policy.sha256[:12]})",
        f"raw recordings: {_raw_text(policy.raw_retention_days)}; minors: refused",
    ]
    for rule in policy.purposes.values():
        lines.append(f"purpose {rule.purpose}: " + _rule_text(rule))
    for tenant in policy.tenants.values():
        changes = []
        if tenant.raw_retention_days != policy.raw_retention_days:
            changes.append(f"raw recordings {_raw_text(tenant.raw_retention_days)}")
        for name, default in policy.purposes.items():
            own = tenant.rules.get(name)
            if own is None:
                changes.append(f"{name} disabled")
            elif own != default:
                changes.append(f"{name}: {_diff_text(default, own)}")
        lines.append(f"tenant {tenant.name}: " + ("; ".join(changes) or "defaults"))
    return lines


def _raw_text(days: int) -> str:
    return "deleted once processed" if days == 0 else f"kept {days} days"


def _rule_text(rule: PurposeRule) -> str:
    return (
        f"consent {'+'.join(rule.consent)}, {len(rule.entities)} entities, {rule.style}, "
        f"kept {rule.retention_days} days, verification {_yes(rule.requires_verification)}, "
        f"approval {_yes(rule.requires_approval)}"
    )


def _diff_text(default: PurposeRule, rule: PurposeRule) -> str:
    parts = []
    if rule.entities != default.entities:
        added, removed = sorted(rule.entities - default.entities), sorted(default.entities - rule.entities)
        parts.append("entities" + "".join(f" +{e}" for e in added) + "".join(f" -{e}" for e in removed))
    if rule.style != default.style:
        parts.append(rule.style)
    if rule.retention_days != default.retention_days:
        parts.append(f"kept {rule.retention_days} days")
    if rule.requires_approval != default.requires_approval:
        parts.append(f"approval {_yes(rule.requires_approval)}")
    return ", ".join(parts)


def _yes(flag: bool) -> str:
    return "required" if flag else "not required"


# ----------------------------------------------------------------------- the YAML file --


class _PurposeDoc(StrictModel):
    entities: list[str] = Field(min_length=1)
    style: MaskStyle
    retention_days: int = Field(ge=1)
    consent: list[ConsentFlag] = Field(min_length=1)
    requires_verification: bool
    requires_approval: bool


class _PurposesDoc(StrictModel):
    qa_review: _PurposeDoc
    training: _PurposeDoc


class _OverrideDoc(StrictModel):
    enabled: bool = True
    entities: list[str] | None = Field(default=None, min_length=1)  # replaces the list
    add_entities: list[str] | None = None
    style: MaskStyle | None = None
    retention_days: int | None = Field(default=None, ge=1)
    requires_approval: bool | None = None


class _OverridesDoc(StrictModel):
    qa_review: _OverrideDoc | None = None
    training: _OverrideDoc | None = None


class _TenantDoc(StrictModel):
    raw_retention_days: int | None = Field(default=None, ge=0)
    purposes: _OverridesDoc = _OverridesDoc()


class _PolicyDoc(StrictModel):
    version: str = Field(pattern=VERSION_PATTERN)
    raw_retention_days: int = Field(ge=0)
    minors: Literal["refuse"]
    purposes: _PurposesDoc
    tenants: dict[Id, _TenantDoc]  # keys are the sidecars' `tenant` ids


def load_policy(path: Path | None = None, *, models_dir: Path | None = None) -> Policy:
    """Load and validate a policy file (default: models/policy.yaml).

    Entity names are checked against `entities:` of detection.yaml in `models_dir` (default:
    the repository's models/). Raises PolicyError (a ConfigError) listing every problem, or
    ConfigError when detection.yaml itself cannot be read.
    """
    policy, problems, path = _load(path, models_dir)
    if policy is None:
        raise PolicyError(problems, path)
    return policy


def check_policy(path: Path, *, models_dir: Path | None = None) -> list[str]:
    """Every problem of a policy file ("key.path: problem"); empty when it is valid."""
    return _load(path, models_dir)[1]


def _load(path: Path | None, models_dir: Path | None) -> tuple[Policy | None, list[str], Path]:
    models_dir = Path(models_dir) if models_dir is not None else DEFAULT_MODELS_DIR
    path = Path(path) if path is not None else models_dir / POLICY_FILE
    known = _detectable_entities(models_dir / DETECTION_FILE)
    try:
        raw, data = read_yaml_mapping(path)
    except ConfigError as exc:  # missing, unreadable, not YAML, a duplicate key, not a mapping
        return None, [exc.reason], path
    try:
        doc = _PolicyDoc.model_validate(data)
    except ValidationError as exc:
        return None, [f"{loc}: {problem}" for loc, _, problem in validation_problems(exc, _PolicyDoc)], path
    problems = _semantic_problems(doc, known)
    if problems:
        return None, problems, path
    return _build(doc, hashlib.sha256(raw).hexdigest()), [], path


def _semantic_problems(doc: _PolicyDoc, known: frozenset[str]) -> list[str]:
    """Rules across fields: entity names exist, the floor holds, consent flags are complete."""
    problems = []

    def check_names(where: str, names: list[str] | None) -> None:
        for i, name in enumerate(names or []):
            if name not in known:
                problems.append(f"{where}[{i}]: unknown entity {safe_key(name)!r} (not in {DETECTION_FILE})")

    def check_floor(where: str, entities: set[str]) -> None:
        for name in sorted(FLOOR_ENTITIES - entities):
            problems.append(f"{where}: must include {name} (never droppable)")

    for purpose in PURPOSES:
        rule: _PurposeDoc = getattr(doc.purposes, purpose)
        where = f"purposes.{purpose}"
        check_names(f"{where}.entities", rule.entities)
        check_floor(f"{where}.entities", set(rule.entities))
        for flag in ("recording", purpose):  # separate consent per purpose, recording for all
            if flag not in rule.consent:
                problems.append(f"{where}.consent: must include {flag}")
    for tenant, tdoc in doc.tenants.items():
        for purpose in PURPOSES:
            override: _OverrideDoc | None = getattr(tdoc.purposes, purpose)
            if override is None:
                continue
            where = f"tenants.{safe_key(tenant)}.purposes.{purpose}"
            check_names(f"{where}.entities", override.entities)
            check_names(f"{where}.add_entities", override.add_entities)
            if override.entities is not None and override.add_entities is not None:
                problems.append(f"{where}: use entities (replace) or add_entities, not both")
            elif override.entities is not None and override.enabled:
                check_floor(f"{where}.entities", set(override.entities))
    return problems


def _build(doc: _PolicyDoc, sha256: str) -> Policy:
    defaults = {purpose: _rule(purpose, getattr(doc.purposes, purpose)) for purpose in PURPOSES}
    tenants = {}
    for name, tdoc in sorted(doc.tenants.items()):
        rules = {}
        for purpose, default in defaults.items():
            override: _OverrideDoc | None = getattr(tdoc.purposes, purpose)
            if override is None:
                rules[purpose] = default
            elif override.enabled:
                rules[purpose] = _apply(default, override)
        raw_days = doc.raw_retention_days if tdoc.raw_retention_days is None else tdoc.raw_retention_days
        tenants[name] = TenantPolicy(name, MappingProxyType(rules), raw_days)
    return Policy(
        version=doc.version,
        sha256=sha256,
        purposes=MappingProxyType(defaults),
        raw_retention_days=doc.raw_retention_days,
        tenants=MappingProxyType(tenants),
    )


def _rule(purpose: str, pdoc: _PurposeDoc) -> PurposeRule:
    return PurposeRule(
        purpose=purpose,
        entities=frozenset(pdoc.entities),
        style=pdoc.style,
        retention_days=pdoc.retention_days,
        consent=tuple(dict.fromkeys(pdoc.consent)),
        requires_verification=pdoc.requires_verification,
        requires_approval=pdoc.requires_approval,
    )


def _apply(rule: PurposeRule, override: _OverrideDoc) -> PurposeRule:
    entities = frozenset(override.entities) if override.entities is not None else rule.entities
    return PurposeRule(
        purpose=rule.purpose,
        entities=entities | frozenset(override.add_entities or ()),
        style=override.style or rule.style,
        retention_days=override.retention_days or rule.retention_days,
        consent=rule.consent,
        requires_verification=rule.requires_verification,  # not overridable: fail closed
        requires_approval=rule.requires_approval if override.requires_approval is None else override.requires_approval,
    )


def _detectable_entities(path: Path) -> frozenset[str]:
    entities = read_yaml_mapping(path)[1].get("entities")
    if not isinstance(entities, list) or not all(isinstance(e, str) for e in entities):
        raise ConfigError("entities: must be a list of entity names", path)
    return frozenset(entities) | {UNREAD_TEXT}  # the analysis' own type: text no OCR pass could read
