#!/usr/bin/env bash
# The scorecard's page as the senior officials get it: the example scorecard_pages writes the
# sample's scorecard as HTML in the four languages; headless Chromium opens each page at the
# width of an A4 page's printable area (210 mm less two 15 mm margins: 680 CSS pixels) and
# reports how wide its content is, then prints it to PDF; the check fails when the content is
# wider than the page, when the PDF's pages are not A4, or when a word of the PDF lies outside
# the printable area (15 mm margins; 2 pt of slack, as a glyph's box may reach a little past
# its advance).
#
# `bash .ci/scorecard_check.sh install` only installs what the checks need (DejaVu Sans, which
# the rendering tests of `cargo test` also need, Chromium and poppler-utils), when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
command -v chromium >/dev/null || need+=(chromium)
command -v pdfinfo >/dev/null || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
[ "${1:-}" = install ] && exit 0

out=$(mktemp -d)
cargo run -q --all-features -p eu-clasi-report --example scorecard_pages -- "$out" >/dev/null
chrome() {
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run \
    --hide-scrollbars --user-data-dir="$(mktemp -d)" "$@" 2>/dev/null
}
content_px=680   # 180 mm at 96 CSS pixels to the inch
fail=0
for lang in en es pt fr; do
  page="$out/scorecard-$lang.html"
  grep -q "<html lang=\"$lang\">" "$page" || { echo "$lang: lang not set"; fail=1; }
  if grep -qiE '<script|<link|src=|@import|https?://[^"]*"[^>]*(src|href)' "$page"; then
    echo "$lang: the page is not self-contained"; fail=1
  fi
  # The page at the printable width, with a probe that writes the content's width into the DOM.
  probe="$out/probe-$lang.html"
  sed 's|</body>|<script>document.body.dataset.scrollWidth = document.documentElement.scrollWidth;</script></body>|' "$page" >"$probe"
  width=$(chrome --window-size="$content_px,1000" --virtual-time-budget=3000 --dump-dom "file://$probe" |
    grep -o 'data-scroll-width="[0-9]*"' | grep -o '[0-9]*' || true)
  if [ -z "$width" ]; then
    echo "$lang: no width measured"; fail=1
  elif [ "$width" -gt "$content_px" ]; then
    echo "$lang: the content is $width px wide, wider than the page's $content_px px"; fail=1
  else
    echo "$lang: content $width px wide, page $content_px px"
  fi
  # Printed: A4 pages, and every word inside the printable area.
  pdf="$out/scorecard-$lang.pdf"
  chrome --no-pdf-header-footer --print-to-pdf="$pdf" "file://$page" >/dev/null
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  size=$(pdfinfo "$pdf" | awk '/^Page size:/ {print $3, $5}')
  read -r pw ph <<<"$size"
  if ! awk -v w="$pw" -v h="$ph" 'BEGIN { exit !(w > 593 && w < 598 && h > 840 && h < 844) }'; then
    echo "$lang: the PDF's pages are $pw x $ph pt, not A4"; fail=1
  fi
  outside=$(pdftotext -bbox "$pdf" - | awk -v w="$pw" -v margin=42.52 -v slack=2 '
    /<word / {
      match($0, /xMin="[0-9.]+"/); x0 = substr($0, RSTART + 6, RLENGTH - 7) + 0
      match($0, /xMax="[0-9.]+"/); x1 = substr($0, RSTART + 6, RLENGTH - 7) + 0
      if (x0 < margin - slack || x1 > w - margin + slack) n++
    }
    END { print n + 0 }')
  if [ "$outside" -gt 0 ]; then
    echo "$lang: $outside words of the PDF lie outside the printable area"; fail=1
  else
    echo "$lang: $pages pages of $pw x $ph pt, no word outside the margins"
  fi
done
exit $fail
