#!/usr/bin/env bash
# Installs everything the test suite needs on a fresh Debian machine: system packages (Chromium for the
# viewer tests, jing and xmllint for GEXF validation, Java 17 and Maven for the test Neo4j) and npm packages.
# Safe to run twice.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v jing >/dev/null 2>&1 || need+=(jing)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || need+=(maven)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi

# Hooks added by later stages (e.g. building the Neo4j launcher) live in scripts/setup.d/.
if [ -d scripts/setup.d ]; then
  for f in scripts/setup.d/*.sh; do [ -e "$f" ] && bash "$f"; done
fi
