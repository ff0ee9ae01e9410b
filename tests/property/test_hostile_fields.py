"""Every field of every route, given anything — lone surrogates, NUL and other control
characters, integers of thousands of digits, wrong types, bytes no UTF-8 decoder reads in a
path or a query — gets an answer below 500."""
import json
import re
from urllib.parse import quote_from_bytes

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SETTINGS = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
ARTICLE = {"text": "Microsoft hat 10 Milliarden Dollar in OpenAI investiert.\n\n"
                   "Insgesamt steckte Microsoft 14 Milliarden Dollar in OpenAI.", "language": "de"}


class Huge:
    """An integer too long for Python's int() of a string (written into the JSON as digits)."""

    def __init__(self, digits: int):
        self.digits = digits


HOSTILE_CHARS = st.sampled_from(["\x00", "\ud800", "\udc80", "\x07", "\x1b", "\u202e", "\ufeff", "é", "\n", "a", "1"])
STRINGS = st.text(alphabet=HOSTILE_CHARS | st.characters(blacklist_categories=()), max_size=60)
VALUES = st.one_of(STRINGS, st.integers(min_value=-10**30, max_value=10**30), st.builds(Huge, st.integers(4301, 6000)),
                   st.floats(allow_nan=False), st.none(), st.booleans(), st.lists(STRINGS, max_size=3),
                   st.dictionaries(STRINGS, STRINGS, max_size=2))

BODY_FIELDS = {
    ("POST", "/v1/checks"): ["text", "language", "format", "title", "document", "previous", "callback_url",
                             "published_at"],
    ("POST", "/v1/checks/batch"): ["articles[0].text", "articles[0].title", "articles[0].document",
                                   "articles[0].previous", "articles[0].callback_url", "articles[0].language",
                                   "articles[0].published_at", "articles"],
    ("POST", "/v1/quantities"): ["text", "language", "format", "reference_date"],
    ("PATCH", "/v1/checks/{report}/findings/{finding}"): ["status", "reason", "note"],
}
PATHS = ["/v1/checks/{}", "/v1/checks/{}/sarif", "/v1/checks/{}/claimreview", "/v1/checks/{}/deliveries",
         "/v1/checks/{report}/findings/{}", "/v1/facts/{}", "/v1/entities/{}", "/review/checks/{}"]
QUERIES = [("/v1/facts", name) for name in ("q", "subject", "predicate", "limit", "offset")] + [("/review/", "q")] \
    + [("/v1/checks", name) for name in ("document", "since", "until", "open", "severity", "limit", "cursor")]


def encode(body) -> bytes:
    """JSON with lone surrogates escaped (as a client may send them) and huge integers as digits."""
    huge = []

    def default(value):
        if isinstance(value, Huge):
            huge.append(value.digits)
            return f"__huge_{len(huge) - 1}__"
        raise TypeError(value)
    text = json.dumps(body, default=default)
    return re.sub(r'"__huge_(\d+)__"', lambda m: "9" * huge[int(m.group(1))], text).encode()


def with_field(template: dict, path: str, value) -> dict:
    """A copy of `template` with the field at `path` ("articles[0].text") set to `value`."""
    body = json.loads(json.dumps(template))
    steps = [int(step) if step.isdigit() else step for step in re.findall(r"[^.\[\]]+", path)]
    parent = body
    for step in steps[:-1]:
        parent = parent[step]
    parent[steps[-1]] = value
    return body


@pytest.fixture
def target(make_app, database_url):
    """The app (on SQLite and on PostgreSQL, which refuses NUL) and a stored report with a
    finding to decide."""
    client = make_app(database_url=database_url).test_client()
    report = client.post("/v1/checks", json=ARTICLE).get_json()
    assert report["findings"], "the article must give a finding to decide"
    return client, report["id"], report["findings"][0]["id"]


def _answered(response):
    assert response.status_code < 500, (response.status_code, response.request.url, response.get_data(as_text=True)[:300])


@SETTINGS
@given(route=st.sampled_from(sorted(BODY_FIELDS)), data=st.data(), value=VALUES)
def test_any_value_in_any_body_field_is_answered_without_a_5xx(target, route, data, value):
    client, report_id, finding_id = target
    method, path = route
    field = data.draw(st.sampled_from(BODY_FIELDS[route]))
    template = {"status": "confirmed"} if method == "PATCH" else (
        {"articles": [dict(ARTICLE)]} if path.endswith("batch") else dict(ARTICLE))
    body = template if field == "articles" and value is None else with_field(template, field, value)
    response = client.open(path.format(report=report_id, finding=finding_id), method=method,
                           data=encode(body), content_type="application/json")
    _answered(response)


@SETTINGS
@given(path=st.sampled_from(PATHS), raw=st.binary(min_size=1, max_size=40) | STRINGS.map(
    lambda s: s.encode("utf-8", "surrogatepass")).filter(bool))
def test_any_bytes_in_a_path_segment_are_answered_without_a_5xx(target, path, raw):
    client, report_id, _ = target
    _answered(client.get(path.format(quote_from_bytes(raw, safe=""), report=report_id)))
    if path == "/v1/checks/{}":
        _answered(client.delete(path.format(quote_from_bytes(raw, safe=""))))


@SETTINGS
@given(query=st.sampled_from(QUERIES), raw=st.binary(max_size=40))
def test_any_bytes_in_a_query_parameter_are_answered_without_a_5xx(target, query, raw):
    client, _, _ = target
    path, name = query
    _answered(client.get(f"{path}?{name}={quote_from_bytes(raw, safe='')}"))


@SETTINGS
@given(field=st.sampled_from(["reason", "note", "action"]), raw=st.binary(max_size=40))
def test_any_bytes_in_a_review_form_are_answered_without_a_5xx(target, field, raw):
    client, report_id, finding_id = target
    page = client.get(f"/review/checks/{report_id}").get_data(as_text=True)
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    form = {"csrf": csrf, "action": "dismiss", "reason": "verschiedene Jahre"}
    body = "&".join(f"{k}={quote_from_bytes(raw, safe='') if k == field else v}" for k, v in form.items())
    _answered(client.post(f"/review/checks/{report_id}/findings/{finding_id}", data=body,
                          content_type="application/x-www-form-urlencoded"))
