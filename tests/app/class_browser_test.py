#!/usr/bin/python3
"""The class session's phone page in a real browser (issue #16).

Starts tests/app/class_host_fixture (a headless host on 127.0.0.1), opens the page in Debian's
headless Chromium through chromedriver (python3-selenium) at 360x740, joins with the code from the
link, answers the lecturer's question (sent by the host in English and Italian, and shown in the browser's
language whatever the host's), and sees the reveal with its why likewise; checks that the host's tally counted
the answer once (the fixture's tally and GET /api/session). Runs in English and in Italian (the
browser's language). With --shots DIR it also writes the screenshots before and after the reveal.
Exit status 0 when everything holds, 1 when a check fails, 2 when something is missing.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    print("class_browser_test: python3-selenium is missing (scripts/install-deps --test)", file=sys.stderr)
    sys.exit(2)

CODE = "K7P2QX"
# The lecturer's question as the app words it in each language (resources/translations: "Will %1 go
# up or down?", "up", "%1 goes %2: Δw = %3"). The host speaks the other language than the browser:
# the page must show the browser's.
WORDS = {
    "en": {"text": "Will w²₁₂ go up or down?", "choices": ["up", "down"], "why": "w²₁₂ goes up: Δw = +0.01234"},
    "it": {"text": "w²₁₂ salirà o scenderà?", "choices": ["sale", "scende"], "why": "w²₁₂ sale: Δw = +0.01234"},
}
EXPECTED = {
    "en": {"wrong": "That code is not right. Check the projector and try again.",
           "counted": "Your answer: up (counted)", "right": "Right answer: up", "verdict": "You were right."},
    "it": {"wrong": "Il codice non è giusto. Controlla il proiettore e riprova.",
           "counted": "La tua risposta: sale (registrata)", "right": "Risposta giusta: sale",
           "verdict": "Hai risposto bene."},
}


class Fixture:
    def __init__(self, path):
        self.process = subprocess.Popen([path, "--code", CODE], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True, bufsize=1)
        line = self.process.stdout.readline().split()
        if len(line) != 2 or line[0] != "port":
            raise RuntimeError(f"the fixture did not start: {line}")
        self.port = int(line[1])

    def ask(self, command):
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def close(self):
        try:
            self.ask("quit")
        except (BrokenPipeError, OSError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def browser(language, profile):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=360,740", f"--lang={language}",
                 f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    # A phone in portrait: headless Chromium keeps windows at least 500 px wide, so the 360 px
    # viewport comes from device emulation.
    options.add_experimental_option("mobileEmulation",
                                    {"deviceMetrics": {"width": 360, "height": 740, "pixelRatio": 2.0}})
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(service=service, options=options)


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def run_language(fixture_path, language, work, shots):
    fixture = Fixture(fixture_path)
    profile = tempfile.mkdtemp(prefix=f"chromium-{language}-", dir=work)
    driver = None
    try:
        driver = browser(language, profile)
        wait = WebDriverWait(driver, 15)
        driver.get(f"http://127.0.0.1:{fixture.port}/#{CODE}")
        check(driver.execute_script("return navigator.language").startswith(language),
              f"the browser's language is not {language}")
        check(driver.find_element(By.ID, "code").get_attribute("value") == CODE, "the code from the link is not filled in")
        # A mistyped code first: refused, and the page says so in the student's language.
        code_field = driver.find_element(By.ID, "code")
        code_field.clear()
        code_field.send_keys("K7P2QY")
        driver.find_element(By.ID, "join-button").click()
        wait.until(lambda d: d.find_element(By.ID, "status").text == EXPECTED[language]["wrong"])
        check(not driver.find_element(By.ID, "room").is_displayed(), "a wrong code let the page in")
        if shots:
            driver.save_screenshot(os.path.join(shots, f"phone-{language}-wrong-code.png"))
        code_field.clear()
        code_field.send_keys(CODE.lower())
        driver.find_element(By.ID, "join-button").click()
        wait.until(lambda d: d.find_element(By.ID, "room").is_displayed())
        wait.until(lambda d: json.loads(fixture.ask("session"))["students"]["phone"] == 1)

        host = "it" if language == "en" else "en"
        for code, words in WORDS.items():
            check(fixture.ask(f"language {code} {words['text']}|{'|'.join(words['choices'])}") == "language",
                  "the fixture did not take the question's words")
        question_id = int(fixture.ask(f"question {WORDS[host]['text']}|{'|'.join(WORDS[host]['choices'])}").split()[1])
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#choices button")) == 2)
        shown = driver.find_element(By.ID, "question").text
        check(shown == WORDS[language]["text"], f"the question reads {shown!r}, not in the browser's language")
        labels = [b.text for b in driver.find_elements(By.CSS_SELECTOR, "#choices button")]
        check(labels == WORDS[language]["choices"], f"the choices read {labels}")
        check(driver.find_element(By.ID, "question").get_attribute("aria-live") == "polite",
              "the question is not announced to screen readers")
        width = driver.execute_script("return [window.innerWidth, document.documentElement.scrollWidth]")
        check(width[0] == 360, f"the viewport is {width[0]} px wide, not a phone's 360")
        check(width[1] <= 360, f"the page is {width[1]} px wide: wider than the phone's 360")
        if shots:
            driver.save_screenshot(os.path.join(shots, f"phone-{language}-question.png"))
        driver.find_elements(By.CSS_SELECTOR, "#choices button")[0].click()
        wait.until(lambda d: d.find_element(By.ID, "mine").text == EXPECTED[language]["counted"])
        session = json.loads(fixture.ask("session"))
        check(session["question"]["id"] == question_id, "the host's question differs")
        check(session["question"]["rounds"][0]["counts"] == [1, 0], f"the host's tally is {session['question']}")
        api = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{fixture.port}/api/session", timeout=5).read())
        check(api["question"]["rounds"][0]["counts"] == [1, 0], f"/api/session says {api}")
        # The buttons are locked after the answer: a second tap sends nothing.
        check(not driver.find_elements(By.CSS_SELECTOR, "#choices button")[1].is_enabled(),
              "the other choice is still enabled after answering")

        for code, words in WORDS.items():
            check(fixture.ask(f"why {code} {words['why']}") == "why", "the fixture did not take the why")
        check(fixture.ask(f"reveal 0 {WORDS[host]['why']}") == "reveal", "the fixture did not reveal")
        wait.until(lambda d: d.find_element(By.ID, "reveal").is_displayed())
        check(driver.find_element(By.ID, "right").text == EXPECTED[language]["right"],
              f"the reveal says {driver.find_element(By.ID, 'right').text!r}")
        check(driver.find_element(By.ID, "mine").text == EXPECTED[language]["counted"], "the counted answer is gone")
        check(driver.find_element(By.ID, "verdict").text == EXPECTED[language]["verdict"], "no verdict on the answer")
        why = driver.find_element(By.ID, "why").text
        check(why == WORDS[language]["why"], f"the why line reads {why!r}, not in the browser's language")
        if shots:
            driver.save_screenshot(os.path.join(shots, f"phone-{language}-reveal.png"))
        session = json.loads(fixture.ask("session"))
        check(session["question"]["rounds"][0]["counts"] == [1, 0], "the tally changed after the reveal")
        check(session["refused"] == 1, f"the host refused {session['refused']} messages, not just the wrong code")
        print(f"{language}: joined, answered, counted once, saw the reveal")
    finally:
        if driver:
            driver.quit()
        fixture.close()
        shutil.rmtree(profile, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fixture", required=True)
    parser.add_argument("--work", default=tempfile.gettempdir())
    parser.add_argument("--shots", help="folder for the 360x740 screenshots")
    args = parser.parse_args()
    for tool in ("chromium", "chromedriver"):
        if not shutil.which(tool) and not os.path.exists(f"/usr/bin/{tool}"):
            print(f"class_browser_test: {tool} is missing (scripts/install-deps --test)", file=sys.stderr)
            return 2
    os.makedirs(args.work, exist_ok=True)
    if args.shots:
        os.makedirs(args.shots, exist_ok=True)
    try:
        for language in ("en", "it"):
            run_language(args.fixture, language, args.work, args.shots)
    except AssertionError as error:
        print(f"class_browser_test: FAIL: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
