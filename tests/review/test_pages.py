"""The review pages through Flask's client: escaping, decisions by form, sign-in, search."""
import html
import json
import re

import pytest

DRAFT = ("Microsoft hat 10 Milliarden Dollar in OpenAI investiert. <script>alert('x')</script> "
         "Insgesamt steckte Microsoft 14 Milliarden Dollar in OpenAI.")


def create(client, text=DRAFT, headers=None, title="Entwurf <b>fett</b>"):
    response = client.post("/v1/checks", json={"text": text, "language": "de", "title": title}, headers=headers or {})
    assert response.status_code == 201
    return response.get_json()


def csrf_of(page: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', page).group(1)


def test_article_text_and_titles_are_escaped(client):
    report = create(client)
    page = client.get(f"/review/checks/{report['id']}").get_data(as_text=True)
    assert "<script>alert" not in page
    visible = html.unescape(re.sub(r"<[^>]+>", "", page))
    assert "<script>alert('x')</script>" in visible  # shown as text
    assert "Entwurf &lt;b&gt;fett&lt;/b&gt;" in page


def test_every_claim_is_marked_at_its_span(client):
    report = create(client)
    page = client.get(f"/review/checks/{report['id']}").get_data(as_text=True)
    marked = re.findall(r'<mark class="claim[^"]*" data-claims="([^"]+)"[^>]*>(.*?)</mark>', page)
    covered: dict[str, str] = {}
    for ids, text in marked:
        for claim_id in ids.split():
            covered[claim_id] = covered.get(claim_id, "") + html.unescape(text)
    for claim in report["claims"]:
        assert covered[claim["id"]] == claim["text"]


def test_the_report_page_lists_the_articles_entities_escaped(client):
    text = "Bürgermeisterin Ilse <i>Wagner</i> eröffnete die Brücke. Die Kelvara AG zahlte 2 Millionen Euro."
    report = create(client, text=text)
    page = client.get(f"/review/checks/{report['id']}").get_data(as_text=True)
    entities = page[page.index("<h2>Entities</h2>"):]
    names = [e["name"] for e in report["entities"]]
    assert "Kelvara AG" in names
    for name in names:
        assert html.escape(name) in entities
    assert "<i>" not in entities


def test_a_suggested_correction_is_shown_with_the_figure_it_replaces(client):
    text = "Der Umsatz stieg um 12 Prozent auf 4,7 Milliarden Euro, nach 4,1 Milliarden Euro im Vorjahr."
    report = create(client, text=text)
    [finding] = [f for f in report["findings"] if f["suggestion"]]
    page = client.get(f"/review/checks/{report['id']}").get_data(as_text=True)
    shown = html.unescape(re.sub(r"<[^>]+>", "", page))
    assert "Suggested correction: “12 Prozent” → 14,6 Prozent" in shown
    assert f'href="#claim-{finding["suggestion"]["claim"]}"' in page


def test_a_decision_by_form_is_kept_and_shown(client):
    report = create(client)
    finding = report["findings"][0]
    page = client.get(f"/review/checks/{report['id']}").get_data(as_text=True)
    response = client.post(f"/review/checks/{report['id']}/findings/{finding['id']}",
                           data={"csrf": csrf_of(page), "action": "dismiss", "reason": "verschiedene Jahre"})
    assert response.status_code == 302
    api = client.get(f"/v1/checks/{report['id']}").get_json()
    assert api["findings"][0]["status"] == "dismissed"
    assert api["findings"][0]["decision"]["reason"] == "verschiedene Jahre"
    page = client.get(f"/review/checks/{report['id']}").get_data(as_text=True)
    assert "dismissed by local" in page


def test_a_form_without_the_session_token_is_refused(client):
    report = create(client)
    response = client.post(f"/review/checks/{report['id']}/findings/f1", data={"action": "confirm", "csrf": "forged"})
    assert response.status_code == 400


def test_dismissing_without_a_reason_is_refused(client):
    report = create(client)
    page = client.get(f"/review/checks/{report['id']}").get_data(as_text=True)
    response = client.post(f"/review/checks/{report['id']}/findings/{report['findings'][0]['id']}",
                           data={"csrf": csrf_of(page), "action": "dismiss"})
    assert response.status_code == 400


def test_the_list_shows_counts_and_searches(client):
    create(client, title="Über OpenAI")
    create(client, text="Anthropic wurde 2021 gegründet. 2019 investierte Google 300 Millionen Dollar in Anthropic.",
           title="Anthropic")
    page = client.get("/review/?q=Anthropic").get_data(as_text=True)
    assert "Anthropic" in page and "Über OpenAI" not in page
    assert "of 1 open" in page or "of 2 open" in page


@pytest.fixture
def keyed(make_app):
    return make_app(api_keys="ci:ci-token-123:submit,ed:editor-token-1:review").test_client()


def test_with_keys_the_pages_need_a_reviewer_key(keyed):
    report = create(keyed, headers={"Authorization": "Bearer ci-token-123"})
    response = keyed.get(f"/review/checks/{report['id']}")
    assert response.status_code == 302 and "/review/login" in response.headers["Location"]
    login = keyed.get("/review/login").get_data(as_text=True)
    refused = keyed.post("/review/login", data={"csrf": csrf_of(login), "token": "ci-token-123"})
    assert refused.status_code == 401
    signed_in = keyed.post(f"/review/login?next=/review/checks/{report['id']}",
                           data={"csrf": csrf_of(login), "token": "editor-token-1"})
    assert signed_in.status_code == 302
    page = keyed.get(f"/review/checks/{report['id']}").get_data(as_text=True)
    form = csrf_of(page)
    keyed.post(f"/review/checks/{report['id']}/findings/{report['findings'][0]['id']}",
               data={"csrf": form, "action": "confirm"})
    api = keyed.get(f"/v1/checks/{report['id']}", headers={"Authorization": "Bearer editor-token-1"}).get_json()
    assert api["findings"][0]["decision"]["decided_by"] == "ed"


def session_of(app, client):
    cookie = client.get_cookie("session")
    return app.session_interface.get_signing_serializer(app).loads(cookie.value) if cookie else {}


def test_the_session_cookie_never_holds_the_api_key_and_sign_in_renews_the_form_token(make_app):
    app = make_app(api_keys="ci:ci-token-123:submit,ed:editor-token-1:review")
    client = app.test_client()
    before = csrf_of(client.get("/review/login").get_data(as_text=True))
    client.post("/review/login", data={"csrf": before, "token": "editor-token-1"})
    stored = session_of(app, client)
    assert set(stored) == {"sid", "csrf"} and "editor-token-1" not in json.dumps(stored)
    assert stored["csrf"] != before
    assert client.get("/review/").status_code == 200


def test_signing_out_ends_the_session(make_app):
    app = make_app(api_keys="ed:editor-token-1:review")
    client = app.test_client()
    client.post("/review/login", data={"csrf": csrf_of(client.get("/review/login").get_data(as_text=True)),
                                       "token": "editor-token-1"})
    page = client.get("/review/").get_data(as_text=True)
    cookie = client.get_cookie("session").value
    assert client.post("/review/logout", data={"csrf": csrf_of(page)}).status_code == 302
    assert client.get("/review/").status_code == 302  # back to the sign-in page
    client.set_cookie("session", cookie)  # a copy of the old cookie: the session is gone on the server
    assert client.get("/review/").status_code == 302


def test_review_pages_forbid_inline_script_framing_and_sniffing(client):
    response = client.get("/review/")
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy and "unsafe-inline" not in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_session_cookies_are_secure_when_served_over_https(make_app):
    app = make_app(api_keys="ed:editor-token-1:review", secure_cookies=True)
    client = app.test_client()
    client.get("/review/login")
    assert "Secure" in client.get("/review/login").headers.get("Set-Cookie", "") or \
        client.get_cookie("session").secure
