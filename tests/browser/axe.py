"""axe-core in Debian's headless Chromium, with the least machinery: a copy of the page
with axe and a call to it appended, loaded by ``chromium --headless --dump-dom`` with a
virtual-time budget (so the check finishes before the DOM is printed); the violations come
back as JSON in an attribute of the page's root element."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
CALL = """<script>
axe.run(document, {runOnly: {type: "tag", values: %s}, resultTypes: ["violations"]})
  .then(function (r) {
    var found = r.violations.map(function (v) {
      return {id: v.id, help: v.help, nodes: v.nodes.map(function (n) { return n.html; })};
    });
    document.documentElement.setAttribute("data-axe", JSON.stringify(found));
  }, function (e) { document.documentElement.setAttribute("data-axe-error", String(e)); });
</script>"""


def violations(page: Path, width: int, height: int = 900) -> list[dict]:
    """axe's WCAG 2.1 A and AA violations of ``page`` in a window ``width`` pixels wide."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    assert browser, "Debian's chromium is needed (tools/system-packages.sh test)"
    assert AXE.exists(), "axe-core is needed: npm install --prefix tests/browser axe-core@4"
    with tempfile.TemporaryDirectory() as folder:
        html = page.read_text("utf-8")
        script = f'<script src="{AXE.as_uri()}"></script>' + CALL % json.dumps(TAGS)
        checked = Path(folder) / "checked.html"
        checked.write_text(html.replace("</body>", script + "</body>"), "utf-8")
        result = subprocess.run(
            [
                browser,
                *FLAGS,
                f"--user-data-dir={Path(folder) / 'profile'}",
                f"--window-size={width},{height}",
                "--allow-file-access-from-files",
                "--virtual-time-budget=30000",
                "--dump-dom",
                checked.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=180,
        )
    found = re.search(r'<html[^>]*\sdata-axe="([^"]*)"', result.stdout)
    assert found, (result.stdout[-500:], result.stderr[-2000:])
    import html as html_module

    return json.loads(html_module.unescape(found.group(1)))


def screenshot(page: Path, width: int, height: int, target: Path) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            [
                browser,
                *FLAGS,
                f"--user-data-dir={Path(folder) / 'profile'}",
                f"--window-size={width},{height}",
                "--hide-scrollbars",
                f"--screenshot={target}",
                page.as_uri(),
            ],
            capture_output=True,
            timeout=180,
            check=True,
        )
