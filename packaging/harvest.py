"""The file list of the MSI: one WiX component per file of the PyInstaller folder.

Identifiers and component GUIDs are derived from each file's path inside the folder, so the
same file keeps the same component from one version to the next (what Windows Installer
needs for clean upgrades), and the fragment is the same on every build of the same folder.
Both ``wixl`` (here) and WiX 3's ``candle`` (on Windows) read it.
"""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path
from xml.sax.saxutils import quoteattr

NAMESPACE = uuid.UUID("6a1f2c9e-4b0d-4f5e-9a57-1c2f7f3e8d41")  # Jaarplanner's own
GROUP = "ProgramFiles"


def _ident(prefix: str, relative: str) -> str:
    return prefix + hashlib.sha1(relative.encode()).hexdigest()[:24]


def fragment(bundle: Path, source_var: str = "var.SourceDir") -> str:
    """The ``<Fragment>`` that installs every file under ``bundle`` into INSTALLDIR."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>']
    lines.append('<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">')
    lines.append("  <Fragment>")
    lines.append('    <DirectoryRef Id="INSTALLDIR">')
    components: list[str] = []

    def walk(folder: Path, depth: int) -> None:
        indent = "  " * (depth + 3)
        for entry in sorted(folder.iterdir(), key=lambda p: (p.is_dir(), p.name)):
            relative = entry.relative_to(bundle).as_posix()
            if entry.is_dir():
                lines.append(
                    f"{indent}<Directory Id={quoteattr(_ident('d', relative))} "
                    f"Name={quoteattr(entry.name)}>"
                )
                walk(entry, depth + 1)
                lines.append(f"{indent}</Directory>")
                continue
            component = _ident("c", relative)
            guid = str(uuid.uuid5(NAMESPACE, relative)).upper()
            source = f"$({source_var})/{relative}"
            lines.append(f"{indent}<Component Id={quoteattr(component)} Guid={quoteattr(guid)}>")
            lines.append(
                f"{indent}  <File Id={quoteattr(_ident('f', relative))} "
                f'Name={quoteattr(entry.name)} Source={quoteattr(source)} KeyPath="yes"/>'
            )
            lines.append(f"{indent}</Component>")
            components.append(component)

    walk(bundle, 0)
    lines.append("    </DirectoryRef>")
    lines.append(f'    <ComponentGroup Id="{GROUP}">')
    lines.extend(f'      <ComponentRef Id="{c}"/>' for c in components)
    lines.append("    </ComponentGroup>")
    lines.append("  </Fragment>")
    lines.append("</Wix>")
    return "\n".join(lines) + "\n"
