#!/usr/bin/env bash
# Installs Debian's headless Chromium (and its driver) for the browser tests, when missing.
# Python's playwright drives /usr/bin/chromium directly: no browser is downloaded.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "chromium is missing and installing it needs root: apt-get install chromium chromium-driver" >&2
    exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    chromium chromium-driver fonts-dejavu-core >/dev/null
chromium --version
