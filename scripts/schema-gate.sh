#!/usr/bin/env bash
# Breaking-change gate: compares the schema being built (schema.graphql) with the previous
# release's (schema.released.graphql, the snapshot `npm run release` refreshes) using
# @graphql-inspector/cli, offline. A breaking change fails unless what it removes was deprecated in
# the previous release (rule suppressRemovalOfDeprecatedField): deprecate first, remove in a later
# release. Usage: scripts/schema-gate.sh [previous] [current]
set -euo pipefail
cd "$(dirname "$0")/.."
PREVIOUS="${1:-schema.released.graphql}"
CURRENT="${2:-schema.graphql}"
[ -f "$PREVIOUS" ] || { echo "schema gate: no previous release schema at $PREVIOUS"; exit 2; }
if ! node_modules/.bin/graphql-inspector diff "$PREVIOUS" "$CURRENT" --rule suppressRemovalOfDeprecatedField; then
  echo
  echo "schema gate: breaking change against the previous release ($PREVIOUS)."
  echo "  Deprecate the field, argument or enum value first (@deprecated(reason: \"…\")), release, and remove it in a later release;"
  echo "  for an intended break, record it under **Changed** in CHANGELOG.md and refresh $PREVIOUS at the release that ships it."
  exit 1
fi
