"""schema.org ClaimReview (JSON-LD) for the claims that have a verdict."""
from __future__ import annotations

from typing import Any

from service.exporters.model import Checked

# Verdict -> (rating 1-5, the rating's name), as fact-checkers' ClaimReview markup uses them.
RATINGS = {"supported": (5, "True"), "contradicted": (1, "False"), "disputed": (3, "Disputed"),
           "outdated": (2, "Outdated")}


def to_claimreview(checked: list[Checked], publisher: str = "factcheck") -> list[dict[str, Any]]:
    reviews = []
    for item in checked:
        report = item.report
        for claim in report["claims"]:
            label = claim["verdict"]["label"]
            if label not in RATINGS:
                continue
            value, name = RATINGS[label]
            review: dict[str, Any] = {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "claimReviewed": claim["text"],
                "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": 5, "worstRating": 1,
                                 "alternateName": name},
                "author": {"@type": "Organization", "name": publisher},
                "itemReviewed": {"@type": "Claim", "appearance": [{"@type": "CreativeWork",
                                                                    "name": report.get("title") or item.path}]},
                "reviewBody": claim["verdict"]["reason"],
                "citation": [source["url"] for fact in claim["verdict"]["facts"] for source in fact["sources"]],
            }
            if report.get("created_at"):
                review["datePublished"] = report["created_at"][:10]
            if claim.get("attribution"):
                review["itemReviewed"]["author"] = {"@type": "Person", "name": claim["attribution"]}
            subject = claim.get("subject") or {}
            if subject.get("name") or subject.get("text"):
                # The claim is about this entity of the article (schema.org `about`).
                kind = {"person": "Person", "organization": "Organization", "place": "Place"}.get(
                    subject.get("type") or "", "Thing")
                review["itemReviewed"]["about"] = {"@type": kind, "name": subject.get("name") or subject["text"]}
            reviews.append(review)
    return reviews
