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
