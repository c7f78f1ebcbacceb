// The mutation corpus judged by ajv (draft 2020-12, ajv-formats): every verdict must equal Rust's.
// The corpus is the one tests/differential.rs writes (see .ci/mutation_check.py).
// Usage: node .ci/mutation_check.mjs <corpus folder> <folder where ajv and ajv-formats are installed>
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const [corpus, modules] = process.argv.slice(2);
if (!corpus || !modules) {
  console.error("usage: node .ci/mutation_check.mjs <corpus folder> <node_modules parent folder>");
  process.exit(2);
}
const require = createRequire(path.join(path.resolve(modules), "index.js"));
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

const disagreements = [];
const exceptions = new Map();
let total = 0;
let framed = 0;
for (const file of fs.readdirSync(corpus).filter((f) => f.endsWith(".jsonl")).sort()) {
  const name = file.slice(0, -".jsonl".length);
  const schema = JSON.parse(fs.readFileSync(path.join(root, "schemas", `${name}.schema.json`), "utf8"));
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  for (const line of fs.readFileSync(path.join(corpus, file), "utf8").split("\n")) {
    if (!line.trim()) continue;
    const entry = JSON.parse(line);
    total += 1;
    if (entry.framing === "json-lines") framed += 1;
    // A document that is not JSON (bytes around a line of JSON Lines that JSON does not allow)
    // is invalid, as a JSON Lines reader built on JSON.parse finds it.
    let ok;
    let why;
    try {
      ok = validate(JSON.parse(entry.document));
      why = ok ? "valid" : "invalid: " + JSON.stringify(validate.errors.slice(0, 2));
    } catch (e) {
      ok = false;
      why = `not JSON: ${e.message}`;
    }
    const rustOk = entry.rust !== "invalid";
    if (entry.exception) {
      // Documented exceptions (README): Rust refuses them, other readers may accept them.
      const key = `${entry.exception}, which ajv ${ok ? "accepts" : "refuses"}`;
      exceptions.set(key, (exceptions.get(key) || 0) + 1);
      if (rustOk) disagreements.push(`${name}: Rust accepts a documented exception: ${entry.operator}`);
      continue;
    }
    if (ok !== rustOk) {
      disagreements.push(
        `${name}: operator ${JSON.stringify(entry.operator)} at ${entry.path}\n  Rust: ${entry.rust}\n` +
          `  ajv: ${why.slice(0, 300)}\n  document: ${JSON.stringify(entry.document.slice(0, 1500))}`
      );
    }
  }
}
console.log(
  `ajv: ${total} mutated documents (${framed} as a line of JSON Lines with bytes around it), ` +
    `${disagreements.length} disagreements with Rust`
);
for (const [key, n] of [...exceptions.entries()].sort()) {
  console.log(`  documented exception, ${key}: ${n} documents (Rust refuses them)`);
}
if (disagreements.length) {
  console.log(disagreements.slice(0, 20).join("\n"));
  process.exit(1);
}
