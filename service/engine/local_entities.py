"""Article-local entities: every name of the article, in the fact store or not.

Mentions are clustered in text order: the same store id, the same name, or a short
form of a name seen before (a surname: "Jackson" after "Robert Jackson"; one word of
an organization: "Bahn" after "Deutsche Bahn") make one entity. Each entity gets a
type from the store, or from what the article says: a first name or a courtesy title
(person), a legal form or an acronym (organization), a place-name list (place).
Pronouns and definite descriptions are added to an entity's mentions where a claim
resolves them (see `figures.holder`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import overload

from service.engine.entities import FoundMention
from service.engine.lang import Pack
from service.engine.model import Entity, Mention, Span
from service.engine.roles import phrase_starts_at, role_of
from service.engine.words import FIRST_NAME, PLACE, first_names, nationality_adjective, word_class


@dataclass
class _Cluster:
    id: str
    name: str
    type: str | None
    entity_id: str | None
    spans: list[Span] = field(default_factory=list)
    words: int = 1
    starts: set[int] = field(default_factory=set)  # of `spans`, for a constant-time duplicate test


@dataclass
class LocalEntities:
    """The article's entities and, for each name mention's start, the entity it belongs to."""
    clusters: list[_Cluster]
    by_start: dict[int, _Cluster]

    def of(self, mention: Mention) -> _Cluster | None:
        """The entity a name mention belongs to."""
        return self.by_start.get(mention.start)

    def by_entity(self, local_id: str) -> _Cluster | None:
        """The entity with this article-local id ("e3")."""
        return next((c for c in self.clusters if c.id == local_id), None)

    def add_mention(self, cluster: _Cluster, start: int, end: int) -> None:
        """Count a resolved pronoun or description as a mention of `cluster`, once."""
        if start not in cluster.starts:
            cluster.starts.add(start)
            cluster.spans.append(Span(start, end))

    def entities(self) -> tuple[Entity, ...]:
        """The report's `entities`: every entity with its mentions in text order."""
        return tuple(Entity(id=c.id, name=c.name, type=c.type, entity_id=c.entity_id,
                            mentions=tuple(sorted(c.spans, key=lambda s: s.start)))
                     for c in self.clusters)

    def places(self) -> list[tuple[int, str]]:
        """Where the article names a place, in text order: (start, entity id)."""
        return sorted((span.start, c.id) for c in self.clusters if c.type == "place" for span in c.spans)

    @overload
    def named(self, mention: Mention) -> Mention: ...
    @overload
    def named(self, mention: None) -> None: ...
    @overload
    def named(self, mention: Mention | None) -> Mention | None: ...

    def named(self, mention: Mention | None) -> Mention | None:
        """The mention with its local entity id and the entity's fullest name."""
        if mention is None:
            return None
        cluster = self.by_start.get(mention.start)
        if cluster is None:
            return mention
        return Mention(text=mention.text, start=mention.start, end=mention.end,
                       type=mention.type or cluster.type, entity_id=mention.entity_id or cluster.entity_id,
                       via=mention.via, entity=cluster.id, name=cluster.name)


def local_entities(text: str, mentions: list[FoundMention], pack: Pack) -> LocalEntities:
    """Cluster the article's name mentions into entities (see the module docstring), in one pass in text
    order."""
    clusters: list[_Cluster] = []
    by_key: dict[str, _Cluster] = {}
    by_word: dict[str, _Cluster] = {}
    by_start: dict[int, _Cluster] = {}
    for found in mentions:
        mention = found.mention
        name = _bare_name(mention.text, pack)
        if not name:
            continue
        key = mention.entity_id or name.casefold()
        words = name.split()
        cluster = by_key.get(key)
        if cluster is None and len(words) == 1:
            cluster = by_word.get(_stem(words[0], pack).casefold())
        if cluster is None and len(words) > 1 and not mention.entity_id:
            # "Landeshauptmann Wallner …", later "Markus Wallner": the surname came first
            alone = by_key.get(words[-1].casefold())
            if alone is not None and alone.words == 1 and not alone.entity_id and alone.type in (None, "person"):
                cluster = alone
        if cluster is None:
            cluster = _Cluster(id=f"e{len(clusters) + 1}", name=name, type=mention.type,
                               entity_id=mention.entity_id, words=len(words))
            clusters.append(cluster)
        elif len(words) > cluster.words and not cluster.entity_id:
            cluster.name, cluster.words = name, len(words)
        by_key[key] = cluster
        if len(words) > 1:
            for word in words:
                if (len(word) >= 3 or (len(word) == 2 and not word.isupper())) and word[:1].isupper() \
                        and word not in pack.organization_words:  # "Ng" of "Rachel Ng", not "EU"
                    by_word.setdefault(_stem(word, pack).casefold(), cluster)
        cluster.spans.append(Span(mention.start, mention.end))
        cluster.starts.add(mention.start)
        by_start[mention.start] = cluster
        if cluster.type is None:
            cluster.type = _type_of(text, mention, name, pack)
    return LocalEntities(clusters, by_start)


def _bare_name(name: str, pack: Pack) -> str:
    """The name without a courtesy title or a German genitive s ("Herr Müllers" -> "Müller")."""
    words = name.split()
    while words and words[0] in pack.person_titles:
        words = words[1:]
    return " ".join(words)


def _stem(word: str, pack: Pack) -> str:
    if pack.genitive_s and word.endswith("s") and len(word) > 4:
        return word[:-1]
    return word


def _type_of(text: str, mention: Mention, name: str, pack: Pack) -> str | None:
    words = name.split()
    before = text[max(0, mention.start - 12):mention.start].split()
    if mention.text.split()[0] in pack.person_titles or (before and before[-1] in pack.person_titles):
        return "person"
    if any(w in pack.organization_words for w in words) or (len(name) >= 2 and name.isupper()):
        return "organization"
    if len(words) > 1 and (words[0] in first_names(pack.language) or word_class(words[0], pack.language) == FIRST_NAME) \
            and not (before and before[-1].lower() in pack.place_prepositions):
        return "person"  # not "am Monte Bondone", "in Santa Clara": a first name in a place's name
    if len(words) == 1 and word_class(words[0], pack.language) == PLACE:
        return "place"
    return None


# --- names without the roles and titles written into them --------------------------------

def without_roles(mentions: list[FoundMention], text: str, lang: Pack) -> list[FoundMention]:
    """Names without the roles, titles and nationalities a capitalised run carries, so the role
    can be read as one: "Prime Minister Tony Blair" and "Mr Jackson" name the person after the
    title; "South Africa Finance Minister Trevor Manuel" is an organization, a role, a person;
    "Conservative MP" is whom a role belongs to; "MPs" and "South African" name nobody."""
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
            first = k - 1 if k > 1 and phrase_starts_at(m.text, words[k - 1].start(), lang) else k
            head_end = m.start + words[first - 1].end()
            out.append(FoundMention(replace(m, text=text[m.start:head_end], end=head_end), True))
            start = m.start + words[k + 1].start()
            out.append(FoundMention(replace(m, text=text[start:m.end], start=start), found.modifier))
            continue
        if len(words) == 1 and (_plural_acronym(m.text) or (m.text.isupper() and role_of(m.text, lang))):
            continue  # "MPs", "MP", "CEOs": a role, not a name
        if len(words) > 1 and nationality_adjective(words[-1].group(0), lang):
            continue  # "South African", "New Zealander": a nationality, not a name
        if len(words) > 1 and role_of(words[-1].group(0), lang):
            # "Conservative MP", "Hearts Manager": who the role belongs to, before the role word
            end = m.start + words[-2].end()
            out.append(FoundMention(replace(m, text=text[m.start:end], end=end), True))
            continue
        cut = 0
        while cut < len(words) - 1 and (role_of(words[cut].group(0), lang) or
                                          words[cut].group(0) in lang.person_titles or
                                          phrase_starts_at(m.text, words[cut].start(), lang) or
                                          nationality_adjective(words[cut].group(0), lang)):
            cut += 1
        if cut:
            start = m.start + words[cut].start()
            found = FoundMention(replace(m, text=text[start:m.end], start=start), found.modifier)
        out.append(found)
    return out


def _plural_acronym(word: str) -> bool:
    return len(word) > 2 and word.endswith("s") and word[:-1].isupper()
