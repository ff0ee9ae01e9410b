"""Claim rules: load and validate `rules/<lang>/*.yaml` into `Rule` objects.

A rule names a predicate, the words that trigger it, and the slots a claim
fills (value, subject, object). Rules are data: a newsroom adds a rule file,
not code. Every rule carries examples that `tests/rules` and
`factcheck rules test` run.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from service.datafiles import load_yaml, validation_problems, yaml_files
from service.errors import DataFileError
from service.vocabulary import ENTITY_TYPES, PREDICATES, QUALIFIERS, QUANTITY_KINDS

_WORDS = fields.List(fields.String(validate=validate.Length(min=1, max=80)),
                     load_default=list, validate=validate.Length(max=500))


class TriggersSchema(Schema):
    """A rule's triggers: the words or phrases that start it."""
    lemmas = _WORDS
    phrases = _WORDS
    roles = _WORDS

    @validates_schema
    def some_trigger(self, data, **kwargs):
        """A rule without a trigger would never fire: refuse it at load time."""
        if not (data.get("lemmas") or data.get("roles") or data.get("phrases")):
            raise ValidationError("give at least one of lemmas, phrases or roles")
        for i, phrase in enumerate(data.get("phrases", [])):
            if len(phrase.split()) < 2:
                raise ValidationError(f"phrases[{i}]: {phrase!r} is one word; put it under lemmas")


class ValueSlotSchema(Schema):
    """A rule's value slot: the kinds of quantity it takes."""
    kinds = fields.List(fields.String(validate=validate.OneOf(sorted(QUANTITY_KINDS))),
                        required=True, validate=validate.Length(min=1))
    markers = _WORDS
    required = fields.Boolean(load_default=True)


class EntitySlotSchema(Schema):
    """A rule's subject or object slot: the entity types it takes."""
    types = fields.List(fields.String(validate=validate.OneOf(sorted(ENTITY_TYPES))),
                        required=True, validate=validate.Length(min=1))
    markers = _WORDS
    required = fields.Boolean(load_default=False)
    # Where to look when no marker introduces the entity: the first one after the trigger.
    fallback = fields.String(load_default="none", validate=validate.OneOf(["none", "after_trigger"]))


class ExpectedClaimSchema(Schema):
    """A claim a rule example expects, compared field by field by `rules test`."""
    subject = fields.String(allow_none=True)
    object = fields.String(allow_none=True)
    amount = fields.Float(allow_nan=False)
    unit = fields.String()
    qualifier = fields.String(validate=validate.OneOf(sorted(QUALIFIERS)))
    date = fields.String()
    role = fields.String()
    former = fields.Boolean()


class ExampleSchema(Schema):
    """A rule example: a sentence and the claims it must (or must not) give."""
    text = fields.String(required=True, validate=validate.Length(min=1))
    claims = fields.List(fields.Nested(ExpectedClaimSchema), required=True)


class RuleSchema(Schema):
    """A claim rule, validated at load time with precise errors."""
    id = fields.String(required=True, validate=validate.Regexp(r"^[a-z0-9][a-z0-9._-]*$"))
    predicate = fields.String(required=True, validate=validate.OneOf(sorted(PREDICATES)))
    description = fields.String(required=True)
    triggers = fields.Nested(TriggersSchema, required=True)
    value = fields.Nested(ValueSlotSchema)
    subject = fields.Nested(EntitySlotSchema, required=True)
    object = fields.Nested(EntitySlotSchema)
    examples = fields.List(fields.Nested(ExampleSchema), required=True,
                           validate=validate.Length(min=2, error="give at least one example that must "
                                                                 "match and one that must not"))

    @validates_schema
    def examples_both_ways(self, data, **kwargs):
        """Every rule needs an example that fires and one that must not, so its tests can fail."""
        examples = data.get("examples") or []
        if examples and not any(e["claims"] for e in examples):
            raise ValidationError("no example expects a claim", "examples")
        if examples and all(e["claims"] for e in examples):
            raise ValidationError("no example expects no claim (claims: [])", "examples")
        if "value" not in data and not data["triggers"].get("roles"):
            raise ValidationError("a rule without a value slot needs role triggers", "value")
        if data.get("value") and not data["value"].get("required", True) and not data["triggers"].get("roles") \
                and data["subject"].get("required") is not True:
            raise ValidationError("a rule whose value is optional needs subject.required: true, or it "
                                  "makes a claim of every trigger word", "subject")


class RuleFileSchema(Schema):
    """A rule file: its list of rules."""
    rules = fields.List(fields.Nested(RuleSchema), required=True)


@dataclass(frozen=True)
class Slot:
    """What a rule's slot accepts (entity types or quantity kinds), the words that mark it, whether
    the claim needs it, and where to look when the sentence leaves it empty."""
    types: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    markers: tuple[str, ...] = ()
    required: bool = False
    fallback: str = "none"


@dataclass(frozen=True)
class Rule:
    """A loaded claim rule: its predicate, triggers and slots, with its examples."""
    id: str
    language: str
    predicate: str
    description: str
    lemmas: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]  # lower-cased word sequences
    roles: dict[str, str]  # lower-cased role word -> role as written in the rule
    subject: Slot
    object: Slot | None
    value: Slot | None
    examples: tuple[dict[str, Any], ...]
    path: str


class ToleranceExampleSchema(Schema):
    """A tolerance example of verification.yaml: a figure and a fact, and whether they agree."""
    predicate = fields.String(required=True, validate=validate.OneOf(sorted(PREDICATES)))
    fact = fields.Float(required=True, allow_nan=False)
    claim = fields.Float(required=True, allow_nan=False)
    agrees = fields.Boolean(required=True)


class VerificationSchema(Schema):
    """rules/verification.yaml: tolerances per predicate, the conversion tolerance and severity overrides."""
    conversion = fields.Float(load_default=0.02, validate=validate.Range(min=0, max=1))
    severities = fields.Dict(keys=fields.String(validate=validate.Regexp(r"^FC\d{3}$")),
                             values=fields.String(validate=validate.OneOf(["error", "warning", "info"])),
                             load_default=dict)
    tolerances = fields.Dict(keys=fields.String(validate=validate.OneOf(sorted(PREDICATES | {"default"}))),
                             values=fields.Float(validate=validate.Range(min=0, max=1)), required=True)
    examples = fields.List(fields.Nested(ToleranceExampleSchema), required=True,
                           validate=validate.Length(min=1))


VERIFICATION_FILE = "verification.yaml"


# The tolerances without rules/verification.yaml: a figure agrees with a fact only when it is equal.
EXACT: dict[str, Any] = {"default": 0.0}


def load_tolerances(directory: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Per-predicate tolerances from `rules/verification.yaml` (none if the file is absent), and its
    examples; the key `conversion` holds the tolerance for amounts converted between currencies."""
    path = directory / VERIFICATION_FILE
    if not path.exists():
        return dict(EXACT), []
    data, problems = load_yaml(path)
    if problems:
        raise DataFileError(problems)
    try:
        loaded = VerificationSchema().load(data if data is not None else {})
    except ValidationError as exc:
        raise DataFileError(validation_problems(path, exc)) from None
    return ({**EXACT, "conversion": loaded["conversion"], "severities": loaded["severities"],
             **loaded["tolerances"]}, loaded["examples"])


def load_rules(directory: Path) -> dict[str, list[Rule]]:
    """Rules by language (the sub-directory name); raises DataFileError listing every problem."""
    if not directory.is_dir():
        raise DataFileError([f"{directory}: rules directory does not exist"])
    problems: list[str] = []
    by_language: dict[str, list[Rule]] = {}
    seen: dict[str, Path] = {}
    for path in yaml_files(directory):
        if path == directory / VERIFICATION_FILE:
            continue
        language = path.relative_to(directory).parts[0] if len(path.relative_to(directory).parts) > 1 else None
        if language is None:
            problems.append(f"{path}: rule files belong in a language folder such as rules/de/")
            continue
        data, read_problems = load_yaml(path)
        problems.extend(read_problems)
        if read_problems:
            continue
        try:
            loaded = RuleFileSchema().load(data if data is not None else {})
        except ValidationError as exc:
            problems.extend(validation_problems(path, exc))
            continue
        for i, raw in enumerate(loaded["rules"]):
            if raw["id"] in seen:
                problems.append(f"{path}: rules[{i}].id: duplicate rule id {raw['id']!r} (also in {seen[raw['id']]})")
                continue
            seen[raw["id"]] = path
            by_language.setdefault(language, []).append(_rule(raw, language, path))
    if problems:
        raise DataFileError(problems)
    return by_language


def _rule(raw: dict[str, Any], language: str, path: Path) -> Rule:
    def slot(data: dict[str, Any]) -> Slot:
        return Slot(types=tuple(data.get("types", ())), kinds=tuple(data.get("kinds", ())),
                    markers=tuple(m.lower() for m in data.get("markers", ())),
                    required=data.get("required", False), fallback=data.get("fallback", "none"))

    triggers = raw["triggers"]
    return Rule(
        id=raw["id"], language=language, predicate=raw["predicate"], description=raw["description"],
        lemmas=frozenset(w.lower() for w in triggers.get("lemmas", ())),
        phrases=tuple(tuple(p.lower().split()) for p in triggers.get("phrases", ())),
        roles={w.lower(): w for w in triggers.get("roles", ())},
        subject=slot(raw["subject"]), object=slot(raw["object"]) if raw.get("object") is not None else None,
        value=slot(raw["value"]) if raw.get("value") is not None else None,
        examples=tuple(raw["examples"]), path=str(path),
    )
