#!/usr/bin/env bash
# Renders the app icon from its SVG sources into every size and format the systems want, and copies
# the window icons onto the class path. Run it after changing assets/icon.svg or icon-small.svg;
# the results are committed, so builds need none of these tools.
# Needs: rsvg-convert (Debian: librsvg2-bin), ImageMagick's convert (imagemagick) for the .ico and
# png2icns (icnsutils) for the .icns.
set -euo pipefail
cd "$(dirname "$0")"
out=icons
classpath=../src/main/resources/com/outsidein/ui
mkdir -p "$out" "$classpath"

# 16 to 32 pixels use the bolder drawing; the rest the full one.
for size in 16 24 32; do
  rsvg-convert -w "$size" -h "$size" icon-small.svg -o "$out/outsidein-$size.png"
done
for size in 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "$out/outsidein-$size.png"
done

# Windows: one .ico holding 16 to 256.
convert "$out"/outsidein-{16,24,32,48,64,128,256}.png "$out/outsidein.ico"

# macOS: .icns from the sizes Apple's format has (16, 32, 48, 128, 256, 512).
png2icns "$out/outsidein.icns" "$out"/outsidein-{16,32,48,128,256,512}.png >/dev/null

# The window, About and welcome use these from the class path.
for size in 16 24 32 48 64 128 256; do
  cp "$out/outsidein-$size.png" "$classpath/icon-$size.png"
done
echo "icons written to assets/$out and $classpath"
