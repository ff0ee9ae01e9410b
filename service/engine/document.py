"""The document stage: submitted text to paragraphs, sentences and tokens.

Markup is blanked (see `markup`), so the spaCy doc is built over a text of the
same length as the submitted one and every token's `idx` is an offset into it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from service.engine.markup import visible_text
from service.engine.model import Segment
from service.engine.nlp import TERMINALS, pipeline

FORMATS = ("plain", "markdown", "html")


@dataclass(frozen=True)
class Document:
    """An article as the stages read it: the text as sent, the visible text (markup blanked, same offsets),
    spaCy's doc and the segments."""
    text: str        # as submitted
    visible: str     # same length, markup blanked
    language: str
    format: str
    doc: Doc
    paragraphs: tuple[Segment, ...]
    sentences: tuple[Segment, ...]

    @property
    def segments(self) -> tuple[Segment, ...]:
        """Paragraphs and sentences in text order, as reports list them."""
        return tuple(sorted(self.paragraphs + self.sentences, key=lambda s: (s.start, s.kind)))

    def sentence_at(self, offset: int) -> Segment | None:
        """The sentence holding `offset`, or None between sentences."""
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None


# spaCy's tokenizer is quadratic in the length of one whitespace-free run (20,000 "„" took
# 29 s); no word of news text is this long, so such runs are cut by a space.
LONGEST_RUN = 100
_LONG_RUN = re.compile(rf"\S{{{LONGEST_RUN}}}")


def read_document(text: str, language: str, fmt: str = "plain") -> Document:
    """Split `text` into paragraphs and sentences on its visible text, so every later offset points into the
    text as sent."""
    visible = _LONG_RUN.sub(lambda m: m.group(0)[:-1] + " ", visible_text(text, fmt))
    doc = pipeline(language)(visible)
    sentences = []
    for sent in doc.sents:
        start, end = _strip(visible, sent.start_char, sent.end_char)
        if start < end:
            sentences.append(Segment("sentence", start, end, heading=_is_heading(visible[start:end])))
    return Document(text=text, visible=visible, language=language, format=fmt, doc=doc,
                    paragraphs=tuple(_paragraphs(visible, sentences)), sentences=tuple(sentences))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_heading(sentence: str) -> bool:
    stripped = sentence.rstrip("“”\"»«’')] ")
    return not stripped or not (stripped[-1] in TERMINALS or stripped[-1] in ":;,")


def _paragraphs(text: str, sentences: list[Segment]) -> list[Segment]:
    """Runs of sentences with no line break between them; a heading stands alone."""
    paragraphs: list[Segment] = []
    run: list[Segment] = []
    for sentence in sentences:
        if run and ("\n" in text[run[-1].end:sentence.start] or run[-1].heading):
            paragraphs.append(_paragraph(run))
            run = []
        run.append(sentence)
    if run:
        paragraphs.append(_paragraph(run))
    return paragraphs


def _paragraph(run: list[Segment]) -> Segment:
    return Segment("paragraph", run[0].start, run[-1].end, heading=len(run) == 1 and run[0].heading)


# A sentence longer than this is read in pieces of at most this length, cut at a space: the
# claim stages look across a figure's sentence (its holder, its triggers, a pronoun, a hedge),
# and without a bound one endless "sentence" (a results table, hostile input) makes the
# reading quadratic. News sentences are far shorter; a piece still holds every clause around
# its figures.
LONGEST_SENTENCE = 800


def bounded_sentences(text: str, sentences) -> list[Segment]:
    """The sentences, each longer than LONGEST_SENTENCE cut into pieces at spaces."""
    pieces = []
    for sentence in sentences:
        start = sentence.start
        while sentence.end - start > LONGEST_SENTENCE:
            cut = text.rfind(" ", start + LONGEST_SENTENCE // 2, start + LONGEST_SENTENCE)
            cut = cut if cut > start else start + LONGEST_SENTENCE
            pieces.append(Segment("sentence", start, cut))
            start = cut + 1
        pieces.append(Segment("sentence", start, sentence.end) if start != sentence.start else sentence)
    return pieces
