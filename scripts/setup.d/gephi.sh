#!/usr/bin/env bash
# Gephi's own importer for the GEXF/GraphML tests: fetches the gephi-toolkit jar (Maven Central) into the
# local Maven repository, where tests/exports/support/gephi.ts finds it. Safe to run twice.
set -euo pipefail
VERSION=0.10.1
JAR="$HOME/.m2/repository/org/gephi/gephi-toolkit/$VERSION/gephi-toolkit-$VERSION-all.jar"
[ -f "$JAR" ] || mvn -q dependency:get -Dartifact="org.gephi:gephi-toolkit:$VERSION:jar:all" -Dtransitive=false
