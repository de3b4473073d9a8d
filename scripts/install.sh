#!/usr/bin/env bash
# Install everything session-redactor needs on a Debian machine: the real binaries (tesseract,
# ffmpeg), the fonts the sample generator draws with, and the Python package with its
# dependencies in the project's own virtualenv, .venv/ (never into the system Python).
#
#   bash scripts/install.sh         the package: what `redact` and the demo need
#   bash scripts/install.sh test    ... and the test extras (scripts/test.sh)
#   bash scripts/install.sh dev     ... and the checks CI runs first (ruff, mypy, import-linter)
#
# Safe to run again: Debian packages are installed only when missing, and pip runs only when
# pyproject.toml (or the checkout's place) changed since an install at this level or above, or
# the installed version is not pyproject.toml's (a stamp in .venv/ records what was installed).
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-run}" in
  run) extras="" rank=0 ;;
  test) extras="[test]" rank=1 ;;
  dev) extras="[test,dev]" rank=2 ;;
  *) echo "usage: bash scripts/install.sh [run|test|dev]" >&2; exit 2 ;;
esac

# chromium: the review page's browser test (headless)
APT_PACKAGES=(tesseract-ocr tesseract-ocr-eng ffmpeg fonts-dejavu-core fonts-liberation chromium)
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
venv_works() { [ -x .venv/bin/python ] && .venv/bin/python -c "" >/dev/null 2>&1; }
# `python3 -m venv` needs ensurepip, which Debian ships apart from python3
if ! venv_works && ! python3 -c "import ensurepip, venv" >/dev/null 2>&1; then missing+=(python3-venv); fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! venv_works; then
  echo "creating the virtualenv .venv/"
  python3 -m venv --clear .venv
fi

stamp=.venv/.session-redactor-install
wanted=$({ cat pyproject.toml; pwd; } | sha256sum | cut -d" " -f1)
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -n 1)
# -I: the checkout's own folder (a stale *.egg-info in it) must not answer for the venv
installed=$(.venv/bin/python -I -c 'import importlib.metadata as m; print(m.version("session-redactor"))' 2>/dev/null || true)
stamped=$(cat "$stamp" 2>/dev/null || true)
up_to_date=false
for level in 2 1 0; do  # an install at a higher level holds the lower ones' packages
  if [ "$level" -ge "$rank" ] && [ "$stamped" = "$wanted $level" ]; then up_to_date=true; fi
done
if $up_to_date && [ -n "$installed" ] && [ "$installed" = "$version" ]; then
  echo "session-redactor $version is installed in .venv/ (pyproject.toml unchanged): pip skipped"
else
  echo "installing session-redactor$extras into .venv/"
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".$extras"
  echo "$wanted $rank" > "$stamp"
fi
