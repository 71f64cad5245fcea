#!/usr/bin/env bash
# Vendor the dashboard's JavaScript/CSS from npm into src/marsad/web/static/vendor/.
#
# The dashboard must work offline (no CDN), so the dist files ship inside the package.
# Versions are pinned here and recorded in static/vendor/VERSIONS; rerun this script to
# upgrade, review the diff, and run the browser tests. htmx stays on 2.x: 4.x is a new
# major with a different API.
set -euo pipefail

HTMX=2.0.11
LEAFLET=1.9.4
CYTOSCAPE=3.34.4
VIS_TIMELINE=8.5.4
SWAGGER_UI=5.35.0

root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/src/marsad/web/static/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts --silent \
  "htmx.org@$HTMX" "leaflet@$LEAFLET" "cytoscape@$CYTOSCAPE" \
  "vis-timeline@$VIS_TIMELINE" "swagger-ui-dist@$SWAGGER_UI"
nm="$work/node_modules"

rm -rf "$dest"
mkdir -p "$dest"/{htmx,leaflet/images,cytoscape,vis-timeline,swagger-ui}

cp "$nm/htmx.org/dist/htmx.min.js" "$nm/htmx.org/LICENSE" "$dest/htmx/"
cp "$nm/leaflet/dist/leaflet.js" "$nm/leaflet/dist/leaflet.css" "$nm/leaflet/LICENSE" \
  "$dest/leaflet/"
cp "$nm/leaflet/dist/images/"*.png "$dest/leaflet/images/"
cp "$nm/cytoscape/dist/cytoscape.min.js" "$nm/cytoscape/LICENSE" "$dest/cytoscape/"
cp "$nm/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js" \
  "$nm/vis-timeline/styles/vis-timeline-graph2d.min.css" "$dest/vis-timeline/"
# vis-timeline is dual licensed (Apache-2.0 OR MIT): keep both texts
cp "$nm/vis-timeline/LICENSE.md" "$nm/vis-timeline/LICENSE.Apache-2.0.txt" \
  "$nm/vis-timeline/LICENSE.MIT.txt" "$dest/vis-timeline/"
cp "$nm/swagger-ui-dist/swagger-ui-bundle.js" "$nm/swagger-ui-dist/swagger-ui.css" \
  "$nm/swagger-ui-dist/LICENSE" "$dest/swagger-ui/"
# Drop sourceMappingURL comments: the maps are not vendored, and the browser would
# request them (404) whenever devtools are open.
find "$dest" \( -name '*.js' -o -name '*.css' \) -exec sed -i -E '/^(\/\/|\/\*)# sourceMappingURL=/d' {} +

{
  echo "# Vendored by tools/vendor_web.sh from the npm registry; do not edit by hand."
  for pkg in htmx.org leaflet cytoscape vis-timeline swagger-ui-dist; do
    version=$(node -p "require('$nm/$pkg/package.json').version")
    license=$(node -p "require('$nm/$pkg/package.json').license")
    echo "$pkg $version $license"
  done
} >"$dest/VERSIONS"
echo "vendored into $dest:"
cat "$dest/VERSIONS"
