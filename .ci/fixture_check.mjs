// The schema contract judged by ajv (draft 2020-12, ajv-formats), as .ci/python_check.py judges
// it with Python jsonschema: data/ and every fixture against schemas/ (valid and rule fixtures
// pass, invalid fixtures fail except duplicate-key.json, which no schema can see), then the
// contract's named cases (the same list as python_check.py's contract_cases): a document's
// "$schema" is its own id or absent, and the rules the schemas state are refused by the schema.
// Usage: node .ci/fixture_check.mjs <folder where ajv and ajv-formats are installed>
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const [modules] = process.argv.slice(2);
if (!modules) {
  console.error("usage: node .ci/fixture_check.mjs <node_modules parent folder>");
  process.exit(2);
}
const require = createRequire(path.join(path.resolve(modules), "index.js"));
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const read = (...parts) => JSON.parse(fs.readFileSync(path.join(root, ...parts), "utf8"));

const validators = {};
for (const file of fs.readdirSync(path.join(root, "schemas")).sort()) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  validators[file.slice(0, -".schema.json".length)] = ajv.compile(read("schemas", file));
}

const failures = [];
let checked = 0;
function expect(name, what, doc, valid) {
  const ok = validators[name](doc);
  checked += 1;
  if (valid && !ok) {
    failures.push(`${what}: expected valid, got ${JSON.stringify(validators[name].errors.slice(0, 2))}`);
  }
  if (!valid && ok) failures.push(`${what}: expected invalid, the schema accepts it`);
}

expect("declaration", "data/declaration.json", read("data", "declaration.json"), true);
expect("vocabulary-catalogue", "data/vocabulary.json", read("data", "vocabulary.json"), true);
const sample = fs.readFileSync(path.join(root, "data/sample/progress-reports.jsonl"), "utf8");
sample.split("\n").forEach((line, i) => {
  if (line.trim()) expect("progress-report", `data/sample/progress-reports.jsonl:${i + 1}`, JSON.parse(line), true);
});
for (const [group, valid] of [["valid", true], ["rules", true], ["invalid", false]]) {
  const dir = path.join(root, "tests/fixtures", group);
  for (const name of fs.readdirSync(dir).sort()) {
    for (const file of fs.readdirSync(path.join(dir, name)).sort()) {
      const doc = read("tests/fixtures", group, name, file);
      expect(name, `tests/fixtures/${group}/${name}/${file}`, doc, valid || file === "duplicate-key.json");
    }
  }
}

// The cases issue 20 judges, built from valid fixtures. Keep in step with python_check.py.
const base = (name, file) => read("tests/fixtures/valid", name, file);
const changed = (doc, members) => {
  const out = { ...doc };
  for (const [key, value] of Object.entries(members)) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out;
};
const report = base("progress-report", "ecuador-customs-unit.json");
const operation = base("joint-operation", "maritime-interdiction.json");
const cases = [
  ["progress-report", "its own $schema", changed(report, { $schema: "urn:eu-clasi:schema:v1:progress-report" }), true],
  ["progress-report", "no $schema", changed(report, { $schema: undefined }), true],
  ["progress-report", "a v2 $schema", changed(report, { $schema: "urn:eu-clasi:schema:v2:progress-report" }), false],
  ["progress-report", "the joint-operation $schema", changed(report, { $schema: "urn:eu-clasi:schema:v1:joint-operation" }), false],
  ["progress-report", "a null $schema", changed(report, { $schema: null }), false],
  ["progress-report", "action 5.i", changed(report, { action: "5.i" }), false],
  ["progress-report", "a collective reporter", changed(report, { reporter: "collective:police_authorities", reporting_unit: undefined }), false],
  ["progress-report", "a unit on a body's report", changed(report, { reporter: "body:europol" }), false],
  ["progress-report", "a body's report without a unit", changed(report, { reporter: "body:europol", reporting_unit: undefined }), true],
  ["joint-operation", "its own $schema", changed(operation, { $schema: "urn:eu-clasi:schema:v1:joint-operation" }), true],
  ["joint-operation", "the progress-report $schema", changed(operation, { $schema: "urn:eu-clasi:schema:v1:progress-report" }), false],
  ["joint-operation", "action 5.i", changed(operation, { actions: ["1.i", "5.i"] }), false],
];
for (const [name, what, doc, valid] of cases) expect(name, `${name} with ${what}`, doc, valid);

console.log(`ajv: ${Object.keys(validators).length} schemas, ${checked} documents`);
if (failures.length) {
  console.log(failures.join("\n"));
  process.exit(1);
}
console.log(`${checked} passed, 0 failed`);
