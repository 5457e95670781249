#!/usr/bin/env bash
# Python tools the tests use as independent readers (networkx reads our GEXF and GraphML), in a project-local
# venv at .venv (git-ignored). Tests run .venv/bin/python. Safe to run twice; add packages to PACKAGES.
set -euo pipefail
cd "$(dirname "$0")/../.."
PACKAGES=(networkx)
PY="$(command -v python3.11 || command -v python3)"
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check "${PACKAGES[@]}"
