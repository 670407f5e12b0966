#!/usr/bin/env bash
# Install the Debian packages Jaarplanner needs, when they are missing.
#   tools/system-packages.sh run    # what the program needs (Qt's libraries)
#   tools/system-packages.sh test   # and what the tests need (PostgreSQL, fonts, PDF tools,
#                                   # LibreOffice, makensis and wixl for the installers)
set -euo pipefail
needed=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3)
if [[ "${1:-run}" == "test" ]]; then
    needed+=(postgresql poppler-utils fonts-crosextra-carlito fonts-dejavu-core
        libreoffice-calc-nogui libreoffice-writer-nogui nsis wixl msitools)
    needed+=(chromium npm)  # the web page's accessibility test: axe-core in headless Chromium
fi
missing=()
for package in "${needed[@]}"; do
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
