#!/usr/bin/env bash
# CSV that no spreadsheet executes (issue 21): the tables written with a summary "=1+1" are
# opened by LibreOffice headless, which saves what it shows; by default the cell is text,
# never evaluated to 2. Written raw (TableOptions { raw_text: true }), LibreOffice does
# evaluate it (the check can fail), and pandas reads "=1+1" back exactly.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v soffice >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null \
    || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc >/dev/null
fi
if ! python3 -c 'import pandas' 2>/dev/null; then
  python3 -m pip install --quiet --disable-pip-version-check pandas
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
EU_CLASI_CSV_INJECTION_DIR="$out" cargo test -q --all-features -p eu-clasi-report \
  --test hostile a_summary_a_spreadsheet_would_run >/dev/null
for kind in safe raw; do
  # Its own profile, so that no other LibreOffice running on the machine is reused.
  soffice -env:UserInstallation="file://$out/profile" --headless \
    --convert-to csv --outdir "$out/lo-$kind" "$out/$kind/reports.csv" >/dev/null 2>&1
done
python3 - "$out" <<'PY'
import csv, sys
import pandas as pd

out = sys.argv[1]
def summary(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[1][rows[0].index("summary")]

safe = summary(f"{out}/lo-safe/reports.csv")
raw = summary(f"{out}/lo-raw/reports.csv")
print(f"LibreOffice shows the default summary as {safe!r}, the raw one as {raw!r}")
assert safe != "2" and safe.endswith("=1+1"), safe
assert raw == "2", f"LibreOffice did not evaluate the raw cell ({raw!r}): the check proves nothing"
df = pd.read_csv(f"{out}/raw/reports.csv", dtype=str, keep_default_na=False)
assert df["summary"][0] == "=1+1", df["summary"][0]
print("pandas reads the raw summary back as '=1+1'")
PY
