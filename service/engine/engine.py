"""The Engine: every pipeline stage of DESIGN.md, in order, over one text.

Built once per process (spaCy pipelines, compiled rules, fact store and its
entity index) and shared by the web layer, the CLI and the tests.
"""
from __future__ import annotations

import gc
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import date
from pathlib import Path

from service.config import Settings
from service.engine.claims import extract_claims
from service.engine.consistency import find_inconsistencies
from service.engine.document import FORMATS, read_document
from service.engine.entities import EntityIndex, FoundMention
from service.engine.figures import find_figures, idle_figures
from service.engine.lang import Pack, check_packs, pack
from service.engine.local_entities import local_entities
from service.engine.open_claims import OPEN_RULE, open_claims, role_of
from service.engine.language import detect_language
from service.engine.markup import visible_text
from service.engine.model import Finding, Quantity, Report
from service.engine.nlp import pipeline
from service.engine.quantities import find_quantities
from service.engine.words import warm_word_classes
from service.engine.verify import STATEMENT_MATCH, Checker, fact_findings, verify_claims
from service.errors import InvalidInput, UnsupportedLanguage
from service.facts import FactStore, load_fact_store
from service.rules import Rule, load_rules, load_tolerances


class Engine:
    def __init__(self, rules: dict[str, list[Rule]], store: FactStore,
                 languages: tuple[str, ...] = ("de", "en"), statement_match: float = STATEMENT_MATCH,
                 tolerances: dict[str, float] | None = None):
        self.rules = rules
        self.statement_match = statement_match
        self.tolerances = tolerances or {"default": 0.0}
        self.store = store
        self.languages = languages
        check_packs(languages)
        self.entities = EntityIndex(store)
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
        tolerances, _ = load_tolerances(Path(settings.rules_dir))
        return cls(load_rules(Path(settings.rules_dir)), load_fact_store(settings.fixtures_dirs),
                   settings.languages, settings.statement_match, tolerances)

    def check(self, text: str, language: str = "auto", fmt: str = "plain",
              title: str | None = None, published_at: date | None = None) -> Report:
        _check_format(fmt)
        language, detected = self.resolve_language(text, language)
        document = read_document(text, language, fmt)
        lang = pack(language)
        mentions = _without_roles(self.entities.mentions(document.doc, document.visible, language),
                                  document.visible, lang)
        quantities = _outside(find_quantities(document.visible, language, published_at), mentions)
        entities = local_entities(document.visible, mentions, lang)
        claims = _with_open_claims(
            extract_claims(document, quantities, mentions, self.rules.get(language, []), self.names),
            open_claims(document, find_figures(document.visible, quantities, lang), mentions, entities, lang,
                        []), entities, idle_figures(document.visible, lang))
        checker = Checker(self.store, self.tolerances, self.statement_match,
                          published_at.isoformat() if published_at else None)
        claims = verify_claims(claims, checker)
        severities = self.tolerances.get("severities") or {}
        # The open reading's figure claims are not compared yet: their keys need the measure and
        # the article-local entity (the consistency issue after this one); until then they would
        # pair "19.9 million units" with "five million consoles".
        curated = [c for c in claims if not c.rule.startswith(OPEN_RULE)]
        findings = find_inconsistencies(curated, language, text=document.visible, published_at=published_at,
                                        severities=severities, predicates=self.trigger_predicates[language]) \
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


def _with_open_claims(rule_claims, open_found, entities, idle=()):
    """Rule claims are the precise form and keep their figures; the open reading adds a claim
    for every figure no rule claim holds, and a role where no rule role claim stands.

    Two exceptions, where the open reading knows better: a rule claim about nobody (neither
    subject nor object) and a rule's age given to someone other than the person the age is
    written beside ("Der 61-Jährige …") yield to the open claim of the same figure. Spans are
    looked up in sorted indexes, so merging stays linear in the number of claims.
    """
    idle_index = _Spans(idle)
    open_values = _Spans((c.value.start, c.value.end, c) for c in open_found if c.predicate != "person.role")
    rule_claims = [c for c in rule_claims if c.subject is not None or c.object is not None]
    rule_claims = [c for c in rule_claims if c.value is None or not idle_index.overlapping(c.value.start, c.value.end)]
    rule_claims = [c for c in rule_claims if not (
        c.value is not None and c.predicate != "statement"
        and any(_yields(c, o) for o in open_values.overlapping(c.value.start, c.value.end)))]
    structured = [c for c in rule_claims if c.predicate != "statement"]
    taken = _Spans((c.value.start, c.value.end) for c in structured if c.value is not None)
    # A rule's role claim about a name the store does not know yields to the open reading of the
    # same role word when that reads another person ("…, der Chef der VP Wien, Gernot Blümel").
    open_roles = _Spans((c.value.start, c.value.end, c) for c in open_found if c.predicate == "person.role")
    yielded = {id(c) for c in structured if c.predicate == "person.role" and c.subject is not None
               and c.subject.entity_id is None
               and any(o.subject.start != c.subject.start for o in open_roles.overlapping(c.start, c.end))}
    rule_claims = [c for c in rule_claims if id(c) not in yielded]
    structured = [c for c in structured if id(c) not in yielded]
    rule_roles = _Spans((c.start, c.end) for c in structured if c.predicate in ("person.role", "person.founder"))
    kept = [c for c in open_found
            if not taken.overlapping(c.value.start, c.value.end)
            and not (c.predicate == "person.role" and rule_roles.overlapping(c.value.start, c.value.end))]
    merged = [replace(c, subject=entities.named(c.subject), object=entities.named(c.object))
              for c in rule_claims] + kept
    merged.sort(key=lambda c: (c.start, c.value.start if c.value else c.end))
    return [replace(c, id=f"c{i + 1}") for i, c in enumerate(merged)]


class _Spans:
    """Spans sorted by start, for overlap look-ups in O(log n + k): claim values are short."""
    REACH = 1000  # no value span is longer; a longer one is still found from its own start

    def __init__(self, spans):
        self.items = sorted(((s[0], s[1], s[2] if len(s) > 2 else None) for s in spans), key=lambda x: x[:2])
        self.starts = [s for s, _, _ in self.items]

    def overlapping(self, start: int, end: int) -> list:
        first = bisect_left(self.starts, start - self.REACH)
        last = bisect_left(self.starts, end)
        return [item if item is not None else (s, e) for s, e, item in self.items[first:last] if s < end and start < e]


def _yields(rule_claim, open_claim) -> bool:
    if rule_claim.subject is None and rule_claim.object is None:
        return True
    if rule_claim.predicate == "person.age" and open_claim.predicate == "person.age":
        return (rule_claim.subject and rule_claim.subject.entity_id) != (open_claim.subject.entity_id) or \
            (rule_claim.subject.text if rule_claim.subject else None) != open_claim.subject.text
    return False


def _without_roles(mentions: list[FoundMention], text: str, lang: Pack) -> list[FoundMention]:
    """A capitalised run that opens with a title or role ("Prime Minister Tony Blair", "Mr Jackson")
    names the person after it: the leading words are cut, so the role can be read as one."""
    out = []
    for found in mentions:
        m = found.mention
        if m.entity_id:
            out.append(found)
            continue
        words = list(re.finditer(r"\S+", m.text))
        inner = [k for k in range(1, len(words) - 1) if role_of(words[k].group(0), lang)]
        if inner:
            # "South Africa Finance Minister Trevor Manuel": the organization before the role, the person after.
            k = inner[-1]
            first = k - 1 if k > 1 and _role_phrase_at(m.text, words[k - 1].start(), lang) else k
            head_end = m.start + words[first - 1].end()
            out.append(FoundMention(replace(m, text=text[m.start:head_end], end=head_end), True))
            start = m.start + words[k + 1].start()
            out.append(FoundMention(replace(m, text=text[start:m.end], start=start), found.modifier))
            continue
        cut = 0
        if len(words) == 1 and (_plural_acronym(m.text) or (m.text.isupper() and role_of(m.text, lang))):
            continue  # "MPs", "MP", "CEOs": a role, not a name
        if len(words) > 1 and _demonym(words[-1].group(0), lang):
            continue  # "South African", "New Zealander": a nationality, not a name
        if len(words) > 1 and role_of(words[-1].group(0), lang):
            # "Conservative MP", "Hearts Manager": who the role belongs to, before the role word
            end = m.start + words[-2].end()
            out.append(FoundMention(replace(m, text=text[m.start:end], end=end), True))
            continue
        while cut < len(words) - 1 and (role_of(words[cut].group(0), lang) or
                                          words[cut].group(0) in lang.person_titles or
                                          _role_phrase_at(m.text, words[cut].start(), lang) or
                                          _demonym(words[cut].group(0), lang)):
            cut += 1
        if cut:
            start = m.start + words[cut].start()
            found = FoundMention(replace(m, text=text[start:m.end], start=start), found.modifier)
        out.append(found)
    return out


def _plural_acronym(word: str) -> bool:
    return len(word) > 2 and word.endswith("s") and word[:-1].isupper()


def _role_phrase_at(text: str, at: int, lang: Pack) -> bool:
    """Whether a multi-word role ("Prime Minister") starts at `at` in a capitalised run."""
    rest = text[at:].lower()
    return any(rest.startswith(phrase + " ") or rest == phrase for phrase in lang.role_phrases if " " in phrase)


def _demonym(word: str, lang: Pack) -> bool:
    """"Australian Johnson", "Swiss star": a nationality adjective before a name is not part of it."""
    from service.engine.words import tagged_as_adjective
    if lang.capitalises_nouns:
        return False  # German names end in "-er" as often as its adjectives ("Platter", "Tiroler")
    return word.endswith(("an", "ish", "ese", "ian", "ean", "ch", "er")) and tagged_as_adjective(word, lang.language)


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise InvalidInput(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}",
                           {"format": [f"must be one of {', '.join(FORMATS)}"]})


def _ordered(findings: list[Finding]) -> list[Finding]:
    rank = {"error": 0, "warning": 1, "info": 2}
    return sorted(findings, key=lambda f: (rank[f.severity], f.claims))
