#!/usr/bin/env bash
# Checks that LibreOffice opens the analyst workbook and reads back the values an analyst would check.
#
#   scripts/check-workbook-libreoffice.sh [workbook.xlsx]
#
# Without an argument it writes a small workbook from the test fixtures first (needs the test classes:
# ./mvnw -q test-compile). With one, it checks that file, e.g. output/careerbrief.xlsx of a default run;
# the values checked hold for both (real OEWS May 2024 figures for 29-2072, New York's two official means).
#
# LibreOffice (Debian: apt-get install libreoffice-calc) converts every sheet to CSV "as shown", so a
# number proves its format ("$50,250", not "50250") and a top-coded wage must read "≥ $239,200".
# A file LibreOffice cannot load makes the conversion fail or write no CSV; either exits non-zero, as does
# any value that does not match. Prints the time each part took.
set -euo pipefail

cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
start=$(date +%s.%N)

if [[ $# -ge 1 ]]; then
	workbook=$(realpath "$1")
else
	./mvnw -q dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null
	workbook="$work/careerbrief.xlsx"
	java -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" \
		com.careerbrief.report.excel.FixtureWorkbookWriter "$workbook" >/dev/null
fi
echo "workbook: $workbook ($(stat -c %s "$workbook") bytes)"

# Token 9 "true": cell contents as shown (formats applied); token 12 "-1": every sheet, one CSV each,
# named <file>-<sheet>.csv. A private profile keeps a desktop LibreOffice session out of the way.
convert_start=$(date +%s.%N)
cp "$workbook" "$work/book.xlsx"
soffice -env:UserInstallation="file://$work/profile" --headless --norestore \
	--convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1' \
	--outdir "$work/csv" "$work/book.xlsx" >"$work/soffice.log" 2>&1 || {
	cat "$work/soffice.log"; echo "FAILED: LibreOffice could not convert the workbook"; exit 1; }
convert_end=$(date +%s.%N)
if grep -qi 'error' "$work/soffice.log"; then
	cat "$work/soffice.log"; echo "FAILED: LibreOffice reported an error"; exit 1
fi

python3 - "$work/csv" <<'PY'
import csv, glob, os, sys

folder = sys.argv[1]
failures = []

def sheet(name):
    path = os.path.join(folder, "book-" + name + ".csv")
    if not os.path.exists(path):
        failures.append("no sheet " + name)
        return []
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    return [dict(zip(header, r)) for r in rows[1:]]

def expect(what, actual, wanted):
    if actual != wanted:
        failures.append(f"{what}: LibreOffice shows {actual!r}, expected {wanted!r}")

def rows(name, **match):
    return [r for r in sheet(name) if all(r.get(k) == v for k, v in match.items())]

for name in ["About", "Occupations", "Wage history", "States", "Claims", "Conflicts", "Sources", "Source families",
             "Rejected input", "Input accounting", "Charts"]:
    sheet(name)

occupation = rows("Occupations", **{"SOC code": "29-2072"})
expect("29-2072 rows in Occupations", len(occupation), 1)
if occupation:
    expect("29-2072 median annual wage", occupation[0]["Median annual wage"], "$50,250")
    expect("29-2072 mean annual wage", occupation[0]["Mean annual wage"], "$55,970")
    expect("29-2072 90th percentile", occupation[0]["90th percentile"], "$80,950")
    expect("29-2072 employment", occupation[0]["Employment"], "187,910")
    expect("29-2072 wage period", occupation[0]["Wage period"], "May 2024")
chief = rows("Occupations", **{"SOC code": "11-1011"})
if chief:
    expect("11-1011 90th percentile (top-coded)", chief[0]["90th percentile"], "≥ $239,200")
else:
    failures.append("no 11-1011 row in Occupations")

history = rows("Wage history", **{"SOC code": "29-2072", "Year": "2013", "Statistic": "MEDIAN", "Unit": "USD_PER_YEAR"})
expect("29-2072 May 2013 median", [(r["Value"], r["Code as published"]) for r in history], [("$34,970", "29-2071")])

new_york = rows("States", **{"SOC code": "29-2072", "Area": "New York", "Metric": "WAGE", "Statistic": "MEAN",
                             "Unit": "USD_PER_YEAR"})
expect("29-2072 New York annual means", sorted(r["Value"] for r in new_york), ["$57,529", "$60,510"])

quote = "the median annual wage for medical records specialists was $50,250 in May 2024"
claims = [r for r in sheet("Claims") if quote in r.get("Quote", "")]
if not claims:
    failures.append("no claim quoting: " + quote)
elif "MATCHES" not in claims[0]["Verdicts"]:
    failures.append("the $50,250 claim's verdicts are " + claims[0]["Verdicts"])

accounting = sheet("Input accounting")
unbalanced = [r["File"] for r in accounting if r.get("Check") not in ("balances", "DOES NOT BALANCE")]
if unbalanced:
    failures.append("accounting formula not evaluated for " + ", ".join(unbalanced))

for f in failures:
    print("FAILED:", f)
if failures:
    sys.exit(1)
print("values match: Occupations 29-2072 and 11-1011, Wage history 2013, States New York, Claims $50,250 quote")
PY

end=$(date +%s.%N)
printf 'LibreOffice conversion %.1f s, whole check %.1f s\n' "$(echo "$convert_end - $convert_start" | bc)" \
	"$(echo "$end - $start" | bc)"
