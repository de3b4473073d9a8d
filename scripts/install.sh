#!/usr/bin/env bash
# Install everything session-redactor needs on a Debian machine: the real binaries (tesseract,
# ffmpeg), the fonts the sample generator draws with, and the Python package with its test
# extras. Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# chromium: the review page's browser test (headless)
APT_PACKAGES=(tesseract-ocr tesseract-ocr-eng ffmpeg fonts-dejavu-core fonts-liberation chromium)
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if ! python3 -m pip --version >/dev/null 2>&1; then missing+=(python3-pip); fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Debian's own python3 marks itself externally managed; this project installs into it on purpose
# (a dedicated machine or container). Use a virtualenv first if you prefer: the same line works.
export PIP_BREAK_SYSTEM_PACKAGES=1
python3 -m pip install -q --disable-pip-version-check -e ".[test]"
