"""The use cases of checking articles: what the API's views and the CLI call, and nothing else.

`check_article` turns one article (its text, or a CMS's blocks) into the report the CLI prints
and the API stores: the engine's reading with each finding's fingerprint (so decisions can
follow it into a re-check), mapped back onto the blocks when the article came as blocks, within
the check's time budget when the caller has one (the server does; the CLI runs to the end).

`check_and_store` is the API's POST: admit every article (limits, callback policy, the report
it re-checks), check every one, then store all in one transaction with the decisions they
carry over and their callbacks' deliveries; one refused article refuses the whole batch and
stores nothing. Refusals are domain errors (`service.errors`) that the web layer maps to
problems; nothing here knows about HTTP.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from service.auth import ApiKey
from service.blocks import Placed, join, with_blocks
from service.budget import CheckBudget
from service.callback_urls import allowed
from service.config import Limits
from service.decisions import carry_over, with_decisions, with_fingerprints
from service.engine.engine import Engine
from service.errors import Forbidden, InvalidInput, NotFound, TooLarge
from service.lifecycle import delete
from service.storage import Pending, ReportStore

if TYPE_CHECKING:
    from service.resources import Resources

Report = dict[str, Any]
Decisions = dict[str, list[dict[str, Any]]]
Render = Callable[[Report, Decisions], Report]


def check_article(engine: Engine, text: str, *, blocks: list[dict[str, str]] | None = None,
                  placed: list[Placed] | None = None, language: str = "auto", fmt: str = "plain",
                  title: str | None = None, published_at: date | None = None, url: str | None = None,
                  budget: CheckBudget | None = None) -> Report:
    """The report on an article's `text`; when the text was joined from a CMS's `blocks`
    (`blocks.join`, which also gives where each is `placed`), mapped back onto them."""
    def run() -> Report:
        return engine.check(text, language=language, fmt=fmt, title=title, published_at=published_at).to_dict()

    report = with_fingerprints(budget.run(run) if budget else run())
    if blocks is not None and placed is not None:
        report = with_blocks(report, blocks, placed)
    if url:
        report["url"] = url
    return report


def check_and_store(res: Resources, requests: Sequence[dict[str, Any]], caller: ApiKey, render: Render,
                    *, batch: bool = False, claimed: tuple[str, str] | None = None) -> list[Report]:
    """Check and store validated check requests (one, or a batch's articles) as `caller`; the
    stored reports as `render` shows them. `claimed`: the idempotency key the store completes."""
    from service.observability import count_report  # the server's metrics: not installed with the CLI alone

    where = [f"articles[{number}]." if batch else "" for number in range(len(requests))]
    # every article is admitted, then checked, before any is stored: a refusal stores nothing
    admitted = [_admit(res, request, caller, at) for request, at in zip(requests, where)]
    pending = [_checked(res, request, article, caller, at)
               for request, article, at in zip(requests, admitted, where)]
    # rendered with the decisions stored with them: read back from the database they would be the same
    bodies = res.reports.add_all(pending, render=render, idempotency=claimed)
    for body in bodies:
        count_report(body)
    if any(item.callback_url for item in pending):
        res.webhooks.notify()
    return bodies


def readable(store: ReportStore, report_id: str, caller: ApiKey) -> Report:
    """The stored report, if `caller` may read it. Drafts are confidential: reviewers read every
    report, submitters only their own; another's report is reported as missing, so ids cannot
    be probed."""
    stored = store.get(report_id)
    if "review" not in caller.roles and stored.submitted_by != caller.name:
        raise NotFound(f"no report with id {report_id!r}")
    return stored.body


def decide_finding(store: ReportStore, report_id: str, finding_id: str, caller: ApiKey, status: str | None,
                   reason: str | None = None, note: str | None = None) -> dict[str, Any]:
    """Record `caller`'s decision on a finding (`status` None: a note that keeps the current
    status); the finding with its decisions after it."""
    report = readable(store, report_id, caller)
    if finding_id not in {f["id"] for f in report["findings"]}:
        raise NotFound(f"report {report_id!r} has no finding {finding_id!r}")
    if status is None:
        status = _finding(with_decisions(report, store.decisions(report_id)), finding_id)["status"]
    store.decide(report_id, finding_id, status, caller.name, reason, note)
    return _finding(with_decisions(report, store.decisions(report_id)), finding_id)


def _finding(report: Report, finding_id: str) -> dict[str, Any]:
    return next(f for f in report["findings"] if f["id"] == finding_id)


def delete_report(store: ReportStore, report_id: str, caller: ApiKey) -> None:
    """Delete a report with its text, decisions and deliveries: its submitter or an admin may."""
    if store.get(report_id).submitted_by != caller.name and "admin" not in caller.roles:
        if "review" in caller.roles:
            raise Forbidden("only the report's submitter or a key with the 'admin' role may delete it")
        raise NotFound(f"no report with id {report_id!r}")
    delete(store, [report_id])


def decided(store: ReportStore, report_id: str, caller: ApiKey) -> Report:
    """A readable report with its editors' decisions applied to its findings."""
    return with_decisions(readable(store, report_id, caller), store.decisions(report_id))


def check_text_length(limits: Limits, text: str, where: str = "") -> None:
    """Refuse an article longer than FACTCHECK_MAX_TEXT_CHARS before any work is spent on it."""
    if len(text) > limits.max_text_chars:
        raise TooLarge(f"{where}text has {len(text)} characters; the limit is {limits.max_text_chars}")


@dataclass(frozen=True)
class _Admitted:
    """An admitted request's text (as sent, or joined from its blocks, with where each block is
    `placed`) and the report it re-checks."""
    text: str
    placed: list[Placed] | None
    previous: Report | None


def _admit(res: Resources, request: dict[str, Any], caller: ApiKey, where: str) -> _Admitted:
    """Refuse what schemas cannot see: text over the limit, an unknown `previous` report, a
    callback the server may not call. The report this one re-checks is the `previous` one
    named, else the caller's newest on the same `document` key."""
    text, placed = join(request["blocks"]) if "blocks" in request else (request["text"], None)
    check_text_length(res.settings.limits, text, where)
    callback = request.get("callback_url")
    if callback:
        if not res.settings.webhooks.secret:
            raise InvalidInput("callback_url needs FACTCHECK_WEBHOOK_SECRET on the server to sign deliveries",
                               {f"{where}callback_url": "webhooks are not configured"})
        refusal = allowed(callback, res.settings.webhooks.hosts)
        if refusal:
            raise InvalidInput(refusal, {f"{where}callback_url": refusal})
    previous = None
    if request.get("previous"):
        previous = readable(res.reports, request["previous"], caller)
    elif request.get("document"):
        # the caller's own newest report on this key, looked up before the check runs
        latest = res.reports.latest_for_document(request["document"], caller.name)
        previous = None if latest is None else res.reports.get(latest).body
    return _Admitted(text, placed, previous)


def _checked(res: Resources, request: dict[str, Any], article: _Admitted, caller: ApiKey,
             where: str) -> Pending:
    """Check an admitted request into a report ready to store, with the decisions it carries
    over from the report it re-checks; refuses a report over the claim limit."""
    previous = article.previous
    report = check_article(res.engine, article.text, blocks=request.get("blocks"), placed=article.placed,
                           language=request["language"], fmt=request["format"], title=request.get("title"),
                           published_at=request.get("published_at"), url=request.get("url"), budget=res.budget)
    limit = res.settings.limits.max_claims
    if len(report["claims"]) > limit:
        raise TooLarge(f"{where}text gives {len(report['claims'])} claims; a report may hold {limit} "
                       f"(FACTCHECK_MAX_CLAIMS): split the text")
    carried: list[dict[str, Any]] = []
    resolved: list[dict[str, Any]] = []
    if previous is not None:
        carried, resolved = carry_over(previous, res.reports.decisions(previous["id"]), report)
        report["previous"] = previous["id"]
    report["resolved_findings"] = resolved
    return Pending(report, article.text, caller.name, request.get("document"), carried,
                   request.get("callback_url"))
