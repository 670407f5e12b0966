"""Make the small pictures *Nieuw document* shows of each shipped layout: the first table
page of the example in that layout (docs/pdf-*.png, made by tools/make_docs.py), scaled to
resources/layouts/previews/<layout>.png. Run it again after make_docs.py.

.venv/bin/python tools/layout_previews.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WIDTH = 240


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    target = ROOT / "resources" / "layouts" / "previews"
    target.mkdir(exist_ok=True)
    for layout in sorted((ROOT / "resources" / "layouts").glob("*.json")):
        source = ROOT / "docs" / f"pdf-{layout.stem}.png"
        image = QImage(str(source))
        if image.isNull():
            print(f"missing: {source}", file=sys.stderr)
            return 1
        small = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
        small.save(str(target / f"{layout.stem}.png"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
