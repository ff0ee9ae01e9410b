"""schema.org ClaimReview (JSON-LD): what the newsroom's editors confirmed, ready to publish.

A ClaimReview is published under the newsroom's name, so by default only findings an editor
*confirmed* are exported, each claim of such a finding rated by what the finding says;
dismissed findings never are. `machine=True` adds the machine's verdicts on claims no editor
decided, each marked `creativeWorkStatus: "machine verdict, not reviewed by an editor"`.
Fields follow what ClaimReview consumers require or recommend: url, author (with url),
claimReviewed, reviewRating with alternateName, itemReviewed (a Claim with its author,
datePublished, appearance and firstAppearance), datePublished and inLanguage.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from service.exporters.model import Checked

# Verdict -> (rating 1-5, the rating's name), as fact-checkers' ClaimReview markup uses them.
RATINGS = {"supported": (5, "True"), "contradicted": (1, "False"), "disputed": (3, "Disputed"),
           "outdated": (2, "Outdated")}
# A confirmed finding about the article itself -> the rating of each of its claims.
FINDING_RATINGS = {"internal_contradiction": (2, "Contradicted in the same article"),
                   "internal_inconsistency": (3, "Inconsistent in the same article"),
                   "hedge_drift": (3, "Stated more firmly than its source")}
MACHINE = "machine verdict, not reviewed by an editor"


@dataclass(frozen=True)
class Publisher:
    """Who publishes the reviews (FACTCHECK_PUBLISHER_NAME, FACTCHECK_PUBLISHER_URL)."""
    name: str = "factcheck"
    url: str | None = None


def to_claimreview(checked: list[Checked], publisher: Publisher = Publisher(), machine: bool = False,
                   review_url: Callable[[Checked, dict[str, Any]], str | None] | None = None) -> list[dict[str, Any]]:
    """`review_url(item, claim)`: where the review of a claim can be read (default: the
    article's `url` with the claim as fragment, else the publisher's url)."""
    review_url = review_url or _default_url(publisher)
    reviews = []
    for item in checked:
        report = item.report
        claims = {c["id"]: c for c in report["claims"]}
        decided: set[str] = set()
        for finding in report["findings"]:
            status = (finding.get("decision") or {}).get("status")
            if status in ("confirmed", "dismissed"):
                decided.update(finding["claims"])
            if status != "confirmed":
                continue
            for claim_id in finding["claims"]:
                claim = claims.get(claim_id)
                if claim is None:
                    continue
                rating = FINDING_RATINGS.get(finding["kind"]) or RATINGS.get(claim["verdict"]["label"])
                if rating:
                    reviews.append(_review(item, claim, rating, finding["message"], publisher, review_url,
                                           finding["decision"]["decided_at"]))
        if machine:
            for claim in report["claims"]:
                if claim["id"] in decided or claim["verdict"]["label"] not in RATINGS:
                    continue
                review = _review(item, claim, RATINGS[claim["verdict"]["label"]], claim["verdict"]["reason"],
                                 publisher, review_url, report.get("created_at"))
                review["creativeWorkStatus"] = MACHINE
                reviews.append(review)
    return reviews


def _review(item: Checked, claim: dict[str, Any], rating: tuple[int, str], body: str, publisher: Publisher,
            review_url, reviewed_at: str | None) -> dict[str, Any]:
    report = item.report
    value, name = rating
    author = {"@type": "Organization", "name": publisher.name, **({"url": publisher.url} if publisher.url else {})}
    appearance = {"@type": "CreativeWork", "name": report.get("title") or item.path,
                  **({"url": report["url"]} if report.get("url") else {}),
                  **({"datePublished": report["published_at"]} if report.get("published_at") else {})}
    claimed: dict[str, Any] = {"@type": "Claim", "appearance": [appearance], "firstAppearance": appearance,
                               "author": ({"@type": "Person", "name": claim["attribution"]} if claim.get("attribution")
                                          else author)}
    if report.get("published_at"):
        claimed["datePublished"] = report["published_at"]
    subject = claim.get("subject") or {}
    if subject.get("name") or subject.get("text"):
        # The claim is about this entity of the article (schema.org `about`).
        kind = {"person": "Person", "organization": "Organization", "place": "Place"}.get(subject.get("type") or "",
                                                                                          "Thing")
        claimed["about"] = {"@type": kind, "name": subject.get("name") or subject["text"]}
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": claim["text"],
        "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": 5, "worstRating": 1,
                         "alternateName": name},
        "author": author,
        "itemReviewed": claimed,
        "reviewBody": body,
        "inLanguage": report.get("language"),
        "citation": [source["url"] for fact in claim["verdict"]["facts"] for source in fact["sources"]],
    }
    url = review_url(item, claim)
    if url:
        review["url"] = url
    if reviewed_at:
        review["datePublished"] = reviewed_at[:10]
    return review


def _default_url(publisher: Publisher):
    def url(item: Checked, claim: dict[str, Any]) -> str | None:
        base = item.report.get("url") or publisher.url
        return f"{base}#factcheck-{claim['id']}" if base else None
    return url
