"""The mutation corpus judged by Python's jsonschema: every verdict must equal Rust's.

The corpus is written by the Rust differential test (tests/differential.rs) when
EU_CLASI_MUTATION_CORPUS names a folder: one <root>.jsonl per root type, each line
{"operator", "path", "rust": "valid" | "rule" | "invalid", "document": <the JSON text>},
with "framing": "json-lines" for a document judged as a line of JSON Lines (bytes around
it), and "exception": <why> for a documented exception (what only the Rust reader refuses).
"rule" is a document that passes the schema and breaks only a rule no schema can state.

Usage: python3 .ci/mutation_check.py <corpus folder>
"""
import json
import pathlib
import sys

from jsonschema import Draft202012Validator, FormatChecker

if len(sys.argv) != 2:
    sys.exit(__doc__)
root = pathlib.Path(__file__).resolve().parent.parent
corpus = pathlib.Path(sys.argv[1])
checker = FormatChecker()
for needed in ("date", "date-time", "uuid"):
    if needed not in checker.checkers:
        sys.exit(f"python jsonschema cannot check format {needed!r}: install rfc3339-validator")

files = sorted(corpus.glob("*.jsonl"))
if not files:
    sys.exit(f"{corpus}: no corpus (*.jsonl)")
disagreements = []
total = 0
newlines = 0
framed = 0
# Documented exceptions (README, "What only the Rust reader refuses"): Rust refuses them, and
# other readers may accept them; counted apart, by what Python does with them.
exceptions = {}
for path in files:
    name = path.name[: -len(".jsonl")]
    schema = json.loads((root / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))
    validator = Draft202012Validator(schema, format_checker=checker)
    count = 0
    with path.open(encoding="utf-8", newline="\n") as lines:
        for line in lines:
            entry = json.loads(line)
            # A document that is not JSON (bytes around a line of JSON Lines that JSON does not
            # allow) is invalid, as a JSON Lines reader built on json.loads finds it.
            try:
                doc = json.loads(entry["document"])
            except ValueError as e:
                python_valid, python = False, f"not JSON: {e}"
            else:
                errors = list(validator.iter_errors(doc))
                python_valid = not errors
                python = "invalid: " + errors[0].message if errors else "valid"
            rust_valid = entry["rust"] in ("valid", "rule")
            count += 1
            framed += entry.get("framing") == "json-lines"
            newlines += "final newline" in entry["operator"]
            if "exception" in entry:
                key = (entry["exception"], "accepts" if python_valid else "refuses")
                exceptions[key] = exceptions.get(key, 0) + 1
                if rust_valid:
                    disagreements.append(f"{name}: Rust accepts a documented exception: {entry['operator']!r}")
                continue
            if rust_valid != python_valid:
                disagreements.append(
                    f"{name}: operator {entry['operator']!r} at {entry['path']}\n"
                    f"  Rust: {entry['rust']}\n  Python jsonschema: {python[:300]}\n"
                    f"  document: {entry['document'][:1500]!r}"
                )
    total += count
    print(f"{name}: {count} documents")
print(
    f"python jsonschema: {total} mutated documents ({newlines} with a string given a final newline, "
    f"{framed} as a line of JSON Lines with bytes around it), {len(disagreements)} disagreements with Rust"
)
for (why, verdict), n in sorted(exceptions.items()):
    print(f"  documented exception, {why}: {n} documents, which Python {verdict} (Rust refuses them)")
if disagreements:
    print("\n".join(disagreements[:20]))
    sys.exit(1)
