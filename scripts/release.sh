#!/usr/bin/env bash
# Builds the offline release: one .tgz with everything a machine without registry access needs to
# run Wushe (Node ≥ 20.19 installed, or bundled with --with-node): the compiled server and
# migrations, the production node_modules (the embedded PostgreSQL's binaries included), presets,
# bin/, the schema, docs, LICENSE. Unpack, then `bin/wushe.js serve` (see docs/operations.md).
#
#   scripts/release.sh [--out DIR] [--with-node] [--snapshot]
#     --out DIR     where the .tgz goes (default: release/)
#     --with-node   bundle this machine's node binary as runtime/bin/node (the `wushe` launcher prefers it)
#     --snapshot    also refresh schema.released.graphql (the breaking-change gate's previous release):
#                   use it when cutting a release, and commit the snapshot with the version bump
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=release
WITH_NODE=""
SNAPSHOT=""
while [ $# -gt 0 ]; do
  case "$1" in
    --out) OUT="$2"; shift 2 ;;
    --with-node) WITH_NODE=1; shift ;;
    --snapshot) SNAPSHOT=1; shift ;;
    *) echo "release: unknown option $1"; exit 2 ;;
  esac
done
VERSION=$(node -p 'require("./package.json").version')
NAME="wushe-$VERSION"

echo "== build"
npm run build --silent
node dist/src/main.js schema --check

STAGE_ROOT="$(mktemp -d "${TMPDIR:-/tmp}/wushe-release-XXXXXX")"
trap 'rm -rf "$STAGE_ROOT"' EXIT
STAGE="$STAGE_ROOT/$NAME"
mkdir -p "$STAGE/dist"
cp -R package.json package-lock.json LICENSE README.md CHANGELOG.md schema.graphql bin presets docs "$STAGE/"
cp -R dist/src dist/migrations "$STAGE/dist/"
find "$STAGE/dist" \( -name '*.map' -o -name '*.tsbuildinfo' \) -delete

echo "== production node_modules (offline: a copy of the installed tree, pruned of dev dependencies)"
# Hard links where the file system allows (fast, no space); prune only unlinks in the copy.
SRC_MODULES="$(cd node_modules && pwd -P)"
cp -al "$SRC_MODULES" "$STAGE/node_modules" 2>/dev/null || cp -a "$SRC_MODULES" "$STAGE/node_modules"
(cd "$STAGE" && npm prune --omit=dev --offline --no-audit --no-fund --ignore-scripts --silent)
rm -rf "$STAGE/node_modules/.cache"

if [ -n "$WITH_NODE" ]; then
  mkdir -p "$STAGE/runtime/bin"
  cp "$(command -v node)" "$STAGE/runtime/bin/node"
fi
# The launcher: the bundled node when there is one, else the one on PATH, with the Node flags
# `npm start` sets (package.json).
FLAGS="$(node -e "console.log(require('./dist/scripts/node-flags').serverNodeFlags('.').join(' '))")"
cat > "$STAGE/wushe" <<LAUNCH
#!/bin/sh
here="\$(cd "\$(dirname "\$0")" && pwd)"
node="\$here/runtime/bin/node"; [ -x "\$node" ] || node=node
exec "\$node" $FLAGS "\$here/dist/src/main.js" "\$@"
LAUNCH
chmod +x "$STAGE/wushe"

mkdir -p "$OUT"
TGZ="$OUT/$NAME-linux-x64.tgz"
tar -czf "$TGZ" -C "$STAGE_ROOT" "$NAME"
if [ -n "$SNAPSHOT" ]; then cp schema.graphql schema.released.graphql; echo "schema.released.graphql refreshed: commit it with the release"; fi
echo "$TGZ ($(du -h "$TGZ" | cut -f1))"
