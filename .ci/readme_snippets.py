"""Runs the README's validator snippets as a user would copy them: the Python one with Python
jsonschema, the JavaScript one with node and ajv (installed by .ci/run into a folder given as the
first argument). Each must run as written from the repository root and say the files are valid;
then the README's claim about how many errors one wrong count gives is checked in both.

Usage: python3 .ci/readme_snippets.py <folder holding node_modules with ajv and ajv-formats>
"""

import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def blocks(language):
    text = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    return re.findall(r"^```" + language + r"\n(.*?)^```$", text, flags=re.M | re.S)


def the_one(language, marker):
    found = [b for b in blocks(language) if marker in b]
    if len(found) != 1:
        sys.exit(f"README: expected one {language} block with {marker!r}, found {len(found)}")
    return found[0]


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    modules = os.path.abspath(sys.argv[1])

    python = the_one("python", "Draft202012Validator")
    run = subprocess.run([sys.executable, "-c", python], cwd=ROOT, capture_output=True, text=True)
    print("python snippet:", run.stdout.strip().splitlines()[-1:] or run.stderr)
    if run.returncode != 0 or not re.search(r"^\d+ reports, 0 errors$", run.stdout, re.M):
        sys.exit(f"the README's Python snippet failed (exit {run.returncode}):\n{run.stdout}{run.stderr}")

    js = the_one("js", "Ajv2020")
    script = os.path.join(modules, "check.mjs")
    with open(script, "w", encoding="utf-8") as f:
        f.write(js)
    run = subprocess.run(["node", script], cwd=ROOT, capture_output=True, text=True)
    print("js snippet:", run.stdout.strip() or run.stderr)
    if run.returncode != 0 or run.stdout.strip() != "valid":
        sys.exit(f"the README's JavaScript snippet failed (exit {run.returncode}):\n{run.stdout}{run.stderr}")

    # One wrong count: one error in Python jsonschema, two in ajv with allErrors, as the README says.
    from jsonschema import Draft202012Validator, FormatChecker

    schema_path = os.path.join(ROOT, "schemas", "progress-report.schema.json")
    schema = json.load(open(schema_path, encoding="utf-8"))
    doc_path = os.path.join(ROOT, "tests", "fixtures", "valid", "progress-report", "minimal.json")
    doc = json.load(open(doc_path, encoding="utf-8"))
    doc["indicators"] = [{"kind": "arrests", "count": 3}, {"kind": "arrests", "count": "14"}]
    errors = list(Draft202012Validator(schema, format_checker=FormatChecker()).iter_errors(doc))
    paths = ["/" + "/".join(map(str, e.absolute_path)) for e in errors]
    if paths != ["/indicators/1/count"]:
        sys.exit(f"one wrong count: Python jsonschema reported {paths}")
    counter = os.path.join(modules, "count.mjs")
    with open(counter, "w", encoding="utf-8") as f:
        f.write(
            'import { readFileSync } from "node:fs";\n'
            'import Ajv2020 from "ajv/dist/2020.js";\n'
            'import addFormats from "ajv-formats";\n'
            "const [schema, doc] = process.argv.slice(2).map((p) => JSON.parse(readFileSync(p, 'utf8')));\n"
            "const ajv = new Ajv2020({ strict: false, allErrors: true });\n"
            "addFormats(ajv);\n"
            "const validate = ajv.compile(schema);\n"
            "validate(doc);\n"
            "console.log(JSON.stringify((validate.errors || []).map((e) => e.instancePath + ' ' + e.keyword)));\n"
        )
    doc_file = os.path.join(modules, "wrong-count.json")
    with open(doc_file, "w", encoding="utf-8") as f:
        json.dump(doc, f)
    run = subprocess.run(["node", counter, schema_path, doc_file], capture_output=True, text=True)
    ajv_errors = json.loads(run.stdout or "null")
    if ajv_errors != ["/indicators/1/count type", "/indicators/1 if"]:
        sys.exit(f"one wrong count: ajv reported {ajv_errors} {run.stderr}")
    print("one wrong count: Python jsonschema 1 error, ajv (allErrors) 2 errors, as the README says")


if __name__ == "__main__":
    main()
