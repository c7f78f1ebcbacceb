"""Second, independent implementation of the schema contract: Python's jsonschema.

Validates data/ and every fixture against schemas/ with Draft 2020-12 and format assertion on,
and expects what the Rust tests expect: valid and rule fixtures pass the schema, invalid
fixtures fail it (except duplicate-key.json, which no schema can see).
"""
import importlib.metadata
import json
import pathlib
import sys

from jsonschema import Draft202012Validator, FormatChecker

root = pathlib.Path(__file__).resolve().parent.parent
checker = FormatChecker()
for needed in ("date", "date-time", "uuid"):
    if needed not in checker.checkers:
        sys.exit(f"python jsonschema cannot check format {needed!r}: install rfc3339-validator")

validators = {}
for path in sorted((root / "schemas").glob("*.schema.json")):
    schema = json.loads(path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    name = path.name[: -len(".schema.json")]
    validators[name] = Draft202012Validator(schema, format_checker=checker)

failures = []
checked = 0


def expect(name, path, valid):
    global checked
    doc = json.loads(path.read_text(encoding="utf-8"))
    errors = list(validators[name].iter_errors(doc))
    checked += 1
    if valid and errors:
        failures.append(f"{path}: expected valid, got {errors[0].message}")
    if not valid and not errors:
        failures.append(f"{path}: expected invalid, the schema accepts it")


def expect_lines(name, path):
    """Every line of a JSON Lines file must pass the schema."""
    global checked
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        errors = list(validators[name].iter_errors(json.loads(line)))
        checked += 1
        if errors:
            failures.append(f"{path}:{number}: expected valid, got {errors[0].message}")


expect("declaration", root / "data/declaration.json", True)
expect_lines("progress-report", root / "data/sample/progress-reports.jsonl")
expect("vocabulary-catalogue", root / "data/vocabulary.json", True)
for group, valid in (("valid", True), ("rules", True), ("invalid", False)):
    for path in sorted((root / "tests/fixtures" / group).glob("*/*.json")):
        name = path.parent.name
        expect(name, path, valid or path.name == "duplicate-key.json")

version = importlib.metadata.version("jsonschema")
print(f"python jsonschema {version}: {len(validators)} schemas, {checked} documents")
if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"{checked} passed, 0 failed")
