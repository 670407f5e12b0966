#!/usr/bin/env bash
# Install the Debian packages Jaarplanner needs, when they are missing.
#   tools/system-packages.sh run    # what the program needs (Qt's libraries)
#   tools/system-packages.sh test   # and what the tests need (PostgreSQL, fonts, PDF tools,
#                                   # LibreOffice, makensis and wixl for the installers)
set -euo pipefail
# One package a line, with why, so that additions merge without conflicts.
needed=(
    libegl1 # Qt
    libgl1 # Qt
    libfontconfig1 # Qt
    libxkbcommon0 # Qt
    libglib2.0-0 # Qt
    libdbus-1-3 # Qt
)
if [[ "${1:-run}" == "test" ]]; then
    needed+=(
        postgresql # every service test also runs on a private server (tests/postgres.py)
        poppler-utils # pdftotext, pdffonts, pdftoppm: reading the exported PDFs
        fonts-crosextra-carlito # the PDF's font, as in the bundle
        fonts-dejavu-core # the PDF's fallback for symbols
        libreoffice-calc-nogui # opening our .xlsx (marker libreoffice)
        libreoffice-writer-nogui # opening our .docx (marker libreoffice)
        nsis # makensis compiles the installer script (marker bundle)
        wixl # compiles the MSI source (marker bundle)
        msitools # reads the MSI back (marker bundle)
        chromium # the web page's accessibility test: axe-core in headless Chromium (marker browser)
        npm # installs axe-core for that test (marker browser)
    )
fi
missing=()
for package in "${needed[@]}"; do
    # npm comes with Node.js where Node.js was installed another way; Debian's npm package
    # would then conflict with it
    [[ "$package" == npm ]] && command -v npm >/dev/null && continue
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0
if ! command -v apt-get >/dev/null; then
    echo "Missing system packages: ${missing[*]} (install them with your package manager)" >&2
    exit 1
fi
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
echo "Installing system packages: ${missing[*]}" >&2
$sudo apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
