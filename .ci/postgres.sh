#!/usr/bin/env bash
# Installs Debian's PostgreSQL server when it is missing, for the store tests: they start
# a throwaway server of their own on 127.0.0.1 (CI runs as root on a fresh Debian machine).
set -euo pipefail

if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
    exit 0
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
# The package may start its own cluster; the tests do not use it.
if command -v pg_lsclusters >/dev/null 2>&1; then
    pg_lsclusters --no-header 2>/dev/null | while read -r version name _; do
        pg_ctlcluster "$version" "$name" stop >/dev/null 2>&1 || true
    done
fi
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null
