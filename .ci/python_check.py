"""Second, independent implementation of the schema contract: Python's jsonschema.

Validates data/ and every fixture against schemas/ with Draft 2020-12 and format assertion on,
and expects what the Rust tests expect: valid and rule fixtures pass the schema, invalid
fixtures fail it (except duplicate-key.json, which no schema can see). Then the contract's
named cases (`contract_cases`, the same list as .ci/fixture_check.mjs gives ajv): a document's
"$schema" is its own id or absent, never another version's or another type's, and the rules
the schemas state (the roadmap's actions, a state or body as reporter, a unit only on a
state's report) are refused by the schema itself.
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



def contract_cases():
    """(schema name, what, document, valid): the cases issue 20 judges, built from valid
    fixtures. Keep in step with .ci/fixture_check.mjs."""
    def base(name, file):
        return json.loads((root / "tests/fixtures/valid" / name / file).read_text(encoding="utf-8"))

    def changed(doc, **members):
        out = dict(doc)
        for key, value in members.items():
            key = {"schema": "$schema"}.get(key, key)
            if value is None and key != "$schema":
                out.pop(key, None)
            else:
                out[key] = value
        return out

    report = base("progress-report", "ecuador-customs-unit.json")
    operation = base("joint-operation", "maritime-interdiction.json")
    no_schema = {k: v for k, v in report.items() if k != "$schema"}
    yield "progress-report", "its own $schema", changed(report, schema="urn:eu-clasi:schema:v1:progress-report"), True
    yield "progress-report", "no $schema", no_schema, True
    yield "progress-report", "a v2 $schema", changed(report, schema="urn:eu-clasi:schema:v2:progress-report"), False
    yield "progress-report", "the joint-operation $schema", changed(report, schema="urn:eu-clasi:schema:v1:joint-operation"), False
    yield "progress-report", "a null $schema", changed(report, schema=None), False
    yield "progress-report", "action 5.i", changed(report, action="5.i"), False
    yield "progress-report", "a collective reporter", changed(report, reporter="collective:police_authorities", reporting_unit=None), False
    yield "progress-report", "a unit on a body's report", changed(report, reporter="body:europol"), False
    yield "progress-report", "a body's report without a unit", changed(report, reporter="body:europol", reporting_unit=None), True
    yield "joint-operation", "its own $schema", changed(operation, schema="urn:eu-clasi:schema:v1:joint-operation"), True
    yield "joint-operation", "the progress-report $schema", changed(operation, schema="urn:eu-clasi:schema:v1:progress-report"), False
    yield "joint-operation", "action 5.i", changed(operation, actions=["1.i", "5.i"]), False


for name, what, doc, valid in contract_cases():
    errors = list(validators[name].iter_errors(doc))
    checked += 1
    if valid and errors:
        failures.append(f"{name} with {what}: expected valid, got {errors[0].message}")
    if not valid and not errors:
        failures.append(f"{name} with {what}: expected invalid, the schema accepts it")

version = importlib.metadata.version("jsonschema")
print(f"python jsonschema {version}: {len(validators)} schemas, {checked} documents")
if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"{checked} passed, 0 failed")
