"""The Engine: every pipeline stage of DESIGN.md, in order, over one text.

Built once per process (spaCy pipelines, compiled rules, fact store and its
entity index) and shared by the web layer, the CLI and the tests.
"""
from __future__ import annotations

import gc
from bisect import bisect_right
from dataclasses import replace
from typing import Any
from datetime import date
from pathlib import Path

from service.config import Reading, Settings
from service.engine.claims import extract_claims
from service.engine.consistency import age_findings, find_inconsistencies, local_figure_findings, local_role_findings
from service.engine.document import FORMATS, read_document
from service.engine.entities import EntityIndex
from service.engine.figures import find_figures
from service.engine.lang import check_packs, pack
from service.engine.local_entities import local_entities, without_roles
from service.engine.open_claims import OPEN_RULE, article_topic, event_dates_only, merge_claims, open_claims
from service.engine.passage import passage_problems, with_findings
from service.engine.rankings import ranking_problems
from service.engine.tenures import tenure_problems
from service.engine.language import detect_language
from service.engine.markup import visible_text
from service.engine.model import Finding, Quantity, Report
from service.engine.nlp import pipeline
from service.engine.quantities import find_quantities
from service.engine.words import warm_word_classes
from service.engine.verify import Checker, fact_findings, verify_claims
from service.errors import InvalidInput, UnsupportedLanguage
from service.facts import FactStore, load_fact_store
from service.rules import EXACT, Rule, load_rules, load_tolerances


class Engine:
    """The whole reading pipeline over one set of rules and one fact store, built once per process and shared
    by every request."""
    def __init__(self, rules: dict[str, list[Rule]], store: FactStore,
                 languages: tuple[str, ...] = Reading.languages, statement_match: float = Reading.statement_match,
                 tolerances: dict[str, Any] | None = None, entity_match: float = Reading.entity_match):
        self.rules = rules
        self.statement_match = statement_match
        self.tolerances = tolerances or dict(EXACT)
        self.store = store
        self.languages = languages
        check_packs(languages)
        self.entities = EntityIndex(store, entity_match)
        self.names = {entity.id: entity.name for entity in store.entities.values()}
        self.trigger_predicates = {language: {word: rule.predicate for rule in reversed(rules.get(language, []))
                                              for word in rule.lemmas}
                                   for language in languages}
        for language in languages:
            pipeline(language)  # build now, not on the first request
            self._warm(language)
        # The store never changes once built: move it out of the cyclic garbage collector's
        # sight, or every full collection walks all its objects (with 1,000,000 facts that
        # doubled the cost of each claim).
        gc.collect()
        gc.freeze()

    def _warm(self, language: str) -> None:
        """Load what the stages otherwise load on first use (the noun and name lists, the tagger,
        every compiled pattern), so that it happens once in the process that builds the Engine:
        the production server forks its workers after this, and a worker's first check must not
        pay seconds for it (with a short request timeout it would be cut)."""
        warm_word_classes(language)
        self.check("Anna Beispiel 12. 3,5 % 2:1", language=language)

    @classmethod
    def from_settings(cls, settings: Settings) -> "Engine":
        """The engine the settings describe: their rules, fixtures, languages and cut-offs."""
        reading = settings.reading
        tolerances, _ = load_tolerances(Path(reading.rules_dir))
        return cls(load_rules(Path(reading.rules_dir)), load_fact_store(reading.fixtures_dirs),
                   reading.languages, reading.statement_match, tolerances, reading.entity_match)

    def check(self, text: str, language: str = "auto", fmt: str = "plain",
              title: str | None = None, published_at: date | None = None) -> Report:
        """Read, verify and cross-check one article into a report; raises InvalidInput for an unknown format
        or language."""
        _check_format(fmt)
        language, detected = self.resolve_language(text, language)
        document = read_document(text, language, fmt)
        lang = pack(language)
        mentions = without_roles(self.entities.mentions(document.doc, document.visible, language),
                                 document.visible, lang)
        quantities = _outside(find_quantities(document.visible, language, published_at), mentions)
        entities = local_entities(document.visible, mentions, lang)
        figures, idle = find_figures(document.visible, quantities, lang)
        claims = merge_claims(
            event_dates_only(extract_claims(document, quantities, mentions, self.rules.get(language, []), self.names),
                             document.visible, lang),
            open_claims(document, figures, mentions, entities, lang), entities, idle,
            [(f.quantity.start, f.quantity.end) for f in figures if f.quantity.kind in ("score", "ordinal", "measure", "duration")])
        checker = Checker(self.store, self.tolerances, self.statement_match,
                          published_at.isoformat() if published_at else None)
        claims = verify_claims(claims, checker)
        severities = self.tolerances.get("severities") or {}
        topic = article_topic(document, entities)
        problems = passage_problems(document.visible, document.sentences, quantities, language, published_at,
                                    figures) \
            + ranking_problems(document.visible, document.sentences, mentions, entities, language) \
            + tenure_problems(document.visible, document.sentences, quantities, claims, topic, language)
        claims, passage_findings = with_findings(problems, claims, figures, document.visible, document.sentences,
                                                 topic, language, severities)
        # The open reading's figure claims are compared only by article-local key (entity, measure,
        # time): by predicate alone they would pair "19.9 million units" with "five million consoles".
        curated = [c for c in claims if not c.rule.startswith(OPEN_RULE)]
        findings = find_inconsistencies(curated, language, text=document.visible, published_at=published_at,
                                        severities=severities, predicates=self.trigger_predicates[language]) \
            + local_figure_findings(claims, language, document.visible, severities) \
            + age_findings(claims, language, document.visible, published_at, severities) \
            + passage_findings + local_role_findings(claims, language, document.visible, severities,
                                                  entities.places()) \
            + fact_findings(claims, language, severities)
        findings = [replace(f, id=f"f{i + 1}") for i, f in enumerate(_ordered(findings))]
        return Report(language=language, language_detected=detected, claims=tuple(claims),
                      findings=tuple(findings), segments=document.segments, title=title,
                      published_at=published_at.isoformat() if published_at else None,
                      entities=entities.entities(), text=text)


    def quantities(self, text: str, language: str = "auto", fmt: str = "plain",
                   reference_date: date | None = None) -> tuple[str, list[Quantity]]:
        """The language and the quantities of `text`, with offsets into it as submitted."""
        _check_format(fmt)
        language, _ = self.resolve_language(text, language)
        found = find_quantities(visible_text(text, fmt), language, reference_date)
        return language, [replace(q, text=text[q.start:q.end]) for q in found]

    def resolve_language(self, text: str, language: str) -> tuple[str, bool]:
        """(language, detected): `auto` is detected; anything else must be configured."""
        if language == "auto":
            detected = detect_language(text, self.languages)
            if detected is None:
                raise UnsupportedLanguage(
                    "could not tell the text's language; give \"language\" as one of "
                    + ", ".join(self.languages), {"language": ["could not be detected"]})
            return detected, True
        if language not in self.languages:
            raise UnsupportedLanguage(
                f"language {language!r} is not supported; use one of {', '.join(self.languages)} or auto",
                {"language": [f"must be one of {', '.join(self.languages)}, auto"]})
        return language, False


def _outside(quantities: list[Quantity], mentions) -> list[Quantity]:
    """Quantities that are not part of a name: the 1 of "MAI-1" is not a value."""
    starts = [m.mention.start for m in mentions]
    kept = []
    for q in quantities:
        i = bisect_right(starts, q.start) - 1
        inside = any(0 <= j < len(mentions) and mentions[j].mention.start < q.end and q.start < mentions[j].mention.end
                     for j in (i, i + 1))
        if not inside:
            kept.append(q)
    return kept


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise InvalidInput(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}",
                           {"format": [f"must be one of {', '.join(FORMATS)}"]})


def _ordered(findings: list[Finding]) -> list[Finding]:
    rank = {"error": 0, "warning": 1, "info": 2}
    return sorted(findings, key=lambda f: (rank[f.severity], f.claims))
