"""The review page in headless Chromium: highlights at the right words, decisions that
survive a reload, keyboard use, and an article that tries to run a script."""
import os
import shutil
from pathlib import Path

import pytest

from tests.servers import live

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
DRAFT = ("Microsoft hat 10 Milliarden Dollar in OpenAI investiert.\n\n"
         "Insgesamt steckte Microsoft 14 Milliarden Dollar in OpenAI.\n\n"
         "GPT-4 soll über eine Billion Parameter haben.")

if CHROMIUM is None:
    if os.environ.get("CI"):
        pytest.fail("CI must run the browser tests: chromium is not installed (see scripts/test)",
                    pytrace=False)
    pytest.skip("chromium is not installed (scripts/test installs it with apt-get)", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture
def server(make_app):
    app = make_app()
    with live(app) as url:
        yield app, url


@pytest.fixture
def page():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.dialogs, page.reply = [], None

        def answer(dialog):
            """Record every dialog; answer a prompt when the test has set a reply, else dismiss."""
            page.dialogs.append(dialog.message)
            if page.reply is not None and dialog.type == "prompt":
                dialog.accept(page.reply)
            else:
                dialog.dismiss()

        page.on("dialog", answer)
        yield page
        browser.close()


def create(app, text=DRAFT, title="Microsoft und OpenAI"):
    client = app.test_client()
    response = client.post("/v1/checks", json={"text": text, "language": "de", "title": title})
    assert response.status_code == 201
    return response.get_json()


def test_highlights_sit_at_the_claims_words_and_a_decision_survives_a_reload(server, page):
    app, base = server
    report = create(app)
    page.goto(f"{base}/review/checks/{report['id']}")
    for claim in report["claims"]:
        marks = page.locator(f'mark[data-claims~="{claim["id"]}"]')
        assert "".join(marks.all_text_contents()) == claim["text"]

    finding = report["findings"][0]
    page.click(f"#finding-{finding['id']} h3")
    for claim_id in finding["claims"]:
        assert "selected" in page.locator(f'mark[data-claims~="{claim_id}"]').first.get_attribute("class")

    page.keyboard.press("c")  # confirm the selected finding
    page.wait_for_load_state()
    page.wait_for_selector(f"#finding-{finding['id']}.status-confirmed")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "review.png"), full_page=True)

    page.reload()
    assert page.locator(f"#finding-{finding['id']} .status").inner_text() == "confirmed"
    assert "confirmed by local" in page.locator(f"#finding-{finding['id']} .decision").inner_text()
    assert app.test_client().get(f"/v1/checks/{report['id']}").get_json()["findings"][0]["status"] == "confirmed"


def test_dismissing_by_keyboard_asks_for_a_reason(server, page):
    app, base = server
    report = create(app)
    page.goto(f"{base}/review/checks/{report['id']}")
    page.reply = "Zwei verschiedene Zeitpunkte"
    page.keyboard.press("j")
    page.keyboard.press("d")
    page.wait_for_selector(".finding.status-dismissed")
    assert page.dialogs == ["Reason for dismissing this finding:"]
    decision = app.test_client().get(f"/v1/checks/{report['id']}").get_json()["findings"][0]["decision"]
    assert (decision["status"], decision["reason"]) == ("dismissed", "Zwei verschiedene Zeitpunkte")


def test_an_article_with_a_script_shows_it_as_text_and_runs_nothing(server, page):
    app, base = server
    report = create(app, text="Microsoft hat 10 Milliarden Dollar in OpenAI investiert. "
                              "<script>alert('pwned')</script><img src=x onerror=alert(2)>",
                    title="<script>alert('title')</script>")
    page.goto(f"{base}/review/checks/{report['id']}")
    page.goto(f"{base}/review/")
    page.goto(f"{base}/review/checks/{report['id']}")
    assert page.dialogs == []
    assert "<script>alert('pwned')</script>" in page.locator("article.article").inner_text()
    assert page.locator("article.article script").count() == 0
    assert page.locator("article.article img").count() == 0


BLOCKS = [{"id": "h", "type": "heading", "text": "Microsoft und OpenAI"},
          {"id": "p1", "type": "paragraph", "text": "Microsoft hat 10 Milliarden Dollar in OpenAI investiert."},
          {"id": "p2", "type": "paragraph", "text": "Insgesamt steckte Microsoft 14 Milliarden Dollar in OpenAI."},
          {"id": "p3", "type": "paragraph", "text": "Satya Nadella ist Chef von Microsoft."}]


def create_blocks(app):
    response = app.test_client().post("/v1/checks", json={"blocks": BLOCKS, "language": "de"})
    assert response.status_code == 201
    return response.get_json()


def decoration(page, selector):
    return page.locator(selector).first.evaluate("el => getComputedStyle(el).textDecorationLine")


def test_only_findings_are_marked_until_claims_are_shown_and_headings_read_as_headings(server, page):
    app, base = server
    report = create_blocks(app)
    flagged = {c for f in report["findings"] for c in f["claims"]}
    quiet = [c for c in report["claims"] if c["id"] not in flagged]
    assert flagged and quiet
    page.goto(f"{base}/review/checks/{report['id']}")
    assert page.locator('[role="heading"]').first.inner_text() == "Microsoft und OpenAI"
    assert decoration(page, "mark.claim.flagged") == "underline"
    assert decoration(page, "mark.claim.quiet") == "none"
    page.check("#show-claims")  # no JavaScript needed: the page's CSS follows the box
    assert decoration(page, "mark.claim.quiet") == "underline"


def test_every_link_to_a_claim_lands_on_an_element(server, page):
    app, base = server
    report = create_blocks(app)
    page.goto(f"{base}/review/checks/{report['id']}")
    targets = page.eval_on_selector_all('a[href^="#claim-"]', "links => links.map(a => a.getAttribute('href'))")
    assert targets
    missing = [t for t in targets if page.locator(t).count() != 1]
    assert missing == []


def test_without_javascript_a_dismissal_without_reason_shows_a_page_saying_so(make_app):
    app = make_app()
    with live(app) as base, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
        page = browser.new_context(java_script_enabled=False).new_page()
        report = create(app)
        page.goto(f"{base}/review/checks/{report['id']}")
        finding = report["findings"][0]["id"]
        page.click(f"#finding-{finding} button.dismiss")
        assert page.locator("h1").inner_text() == "Bad Request"
        assert "needs a reason" in page.locator(".error").inner_text()
        assert page.locator("a", has_text="Back").count() == 1
        browser.close()


def test_the_list_and_report_pages_have_no_serious_accessibility_violations(server, page):
    from axe_playwright_python.sync_playwright import Axe
    app, base = server
    report = create_blocks(app)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for name, url in (("review-list", f"{base}/review/"), ("review-report", f"{base}/review/checks/{report['id']}")):
        page.goto(url)
        results = Axe().run(page)
        serious = [(v["id"], v["impact"], v["help"]) for v in results.response["violations"]
                   if v["impact"] in ("serious", "critical")]
        assert serious == [], (name, serious)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
