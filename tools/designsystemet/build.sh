#!/usr/bin/env bash
# Rebuild site/static/vendor/designsystemet/ from the npm packages pinned in package.json (and its lock):
# Designsystemet's component CSS as published (less the components the site does not use, subset.mjs),
# and the site's theme (colours, font, radius) made by Designsystemet's own CLI from
# designsystemet.config.json. `make designsystemet` runs this; the result is
# committed, so nothing else (make run, make test, CI) needs Node.
# To update: change the versions in package.json, run `npm install` here, then `make designsystemet`.
set -euo pipefail
cd "$(dirname "$0")"
out=../../site/static/vendor/designsystemet
npm ci --no-fund --no-audit --loglevel=error
rm -rf design-tokens build
npx --no-install designsystemet tokens create --config designsystemet.config.json >/dev/null
npx --no-install designsystemet tokens build --tokens design-tokens --out-dir build --config designsystemet.config.json >/dev/null
css=node_modules/@digdir/designsystemet-css
css_version=$(node -p "require('./$css/package.json').version")
cli_version=$(node -p "require('./node_modules/@digdir/designsystemet/package.json').version")
mkdir -p "$out"
node subset.mjs "$css/dist/src/index.css" build/selvhjelp.css "$out/designsystemet.css"
cp "$css/LICENSE" "$out/LICENSE"
cat >"$out/VERSION" <<VERSION
designsystemet.css holds, in this order:
@digdir/designsystemet-css $css_version: its dist/src/index.css without the components the site does not use (LICENSE: MIT)
the site's theme, built by @digdir/designsystemet $cli_version from tools/designsystemet/designsystemet.config.json (comments and indentation removed)
VERSION
rm -rf design-tokens build
echo "Designsystemet $css_version with the theme built by its CLI $cli_version is in site/static/vendor/designsystemet/"
