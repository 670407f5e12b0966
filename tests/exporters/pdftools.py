"""Reading PDFs back as a person would check them: pages, fonts, text per page."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path


def pages(path: Path) -> list[tuple[float, float]]:
    output = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "9999", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return [
        (float(w), float(h))
        for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", output)
    ]


def fonts(path: Path) -> list[tuple[str, bool]]:
    output = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    found = []
    for line in output:
        parts = line.split()
        yes_no = [p for p in parts if p in ("yes", "no")]
        found.append((parts[0], yes_no[0] == "yes"))
    return found


def page_texts(path: Path, raw: bool = True) -> list[str]:
    args = ["pdftotext", "-enc", "UTF-8"] + (["-raw"] if raw else []) + [str(path), "-"]
    output = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return output.split("\f")[:-1] if output.endswith("\f") else output.split("\f")


def words(text: str) -> list[str]:
    text = re.sub(r"\s*\^\{([^}]*)\}", r"\1", text)
    text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    return [w.lower() for w in text.split()]
