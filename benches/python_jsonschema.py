"""Validates a JSON Lines file with Python's jsonschema (Draft 2020-12, formats asserted), for
BENCHMARKS.md's comparison with the crate on the same documents.

    python3 benches/python_jsonschema.py schemas/progress-report.schema.json FILE.jsonl
"""
import json
import sys
import time

from jsonschema import Draft202012Validator, FormatChecker

schema_path, data_path = sys.argv[1], sys.argv[2]
validator = Draft202012Validator(json.load(open(schema_path)), format_checker=FormatChecker())
raw = open(data_path, "rb").read()
lines = [line for line in raw.split(b"\n") if line.strip()]
start = time.perf_counter()
valid = sum(1 for line in lines if validator.is_valid(json.loads(line)))
elapsed = time.perf_counter() - start
print(f"{len(lines)} documents, {len(raw)} bytes, {valid} valid, {elapsed:.3f} s, "
      f"{len(raw) / elapsed / 2**20:.2f} MiB/s, {len(lines) / elapsed:.0f} documents/s")
