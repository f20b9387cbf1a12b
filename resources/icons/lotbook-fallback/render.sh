#!/usr/bin/env bash
# Renders the fallback theme's PNGs from its SVG drawings. Run after changing
# or adding an SVG, and commit the PNGs: the app must show icons on machines
# without Qt's SVG plugin, so the build does not depend on an SVG renderer.
#   scalable-16/actions/*.svg (16-px grid) -> 16x16/actions, 16x16@2/actions
#   scalable/actions/*.svg    (24-px grid) -> 24x24/actions, 24x24@2/actions
# Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
render() { # source-dir size scale out-dir
    mkdir -p "$4"
    rm -f "$4"/*.png
    for svg in "$1"/*.svg; do
        rsvg-convert -w $(($2 * $3)) -h $(($2 * $3)) -o "$4/$(basename "${svg%.svg}").png" "$svg"
    done
}
render scalable-16/actions 16 1 16x16/actions
render scalable-16/actions 16 2 16x16@2/actions
render scalable/actions 24 1 24x24/actions
render scalable/actions 24 2 24x24@2/actions
