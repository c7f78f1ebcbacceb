"""The mutation corpus judged by Python's jsonschema: every verdict must equal Rust's.

The corpus is written by the Rust differential test (tests/differential.rs) when
EU_CLASI_MUTATION_CORPUS names a folder: one <root>.jsonl per root type, each line
{"operator", "path", "rust": "valid" | "rule" | "invalid", "document": <the JSON text>}.
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
for path in files:
    name = path.name[: -len(".jsonl")]
    schema = json.loads((root / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))
    validator = Draft202012Validator(schema, format_checker=checker)
    count = 0
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            entry = json.loads(line)
            doc = json.loads(entry["document"])
            errors = list(validator.iter_errors(doc))
            rust_valid = entry["rust"] in ("valid", "rule")
            if rust_valid == bool(errors):
                python = "invalid: " + errors[0].message if errors else "valid"
                disagreements.append(
                    f"{name}: operator {entry['operator']!r} at {entry['path']}\n"
                    f"  Rust: {entry['rust']}\n  Python jsonschema: {python[:300]}\n"
                    f"  document: {entry['document'][:1500]}"
                )
            count += 1
            newlines += "final newline" in entry["operator"]
    total += count
    print(f"{name}: {count} documents")
print(
    f"python jsonschema: {total} mutated documents ({newlines} with a string given a final newline), "
    f"{len(disagreements)} disagreements with Rust"
)
if disagreements:
    print("\n".join(disagreements[:20]))
    sys.exit(1)
