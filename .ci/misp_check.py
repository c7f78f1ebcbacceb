"""The MISP exports judged by MISP's own tools, as MISP's maintainers test their own files.

1. Layout: `jq .` (misp-taxonomies' jq_all_the_things.sh) leaves every taxonomy file unchanged,
   and `jq --sort-keys .` (misp-galaxy's jq_all_the_things.sh) every galaxy and cluster file.
2. pytaxonomies loads the eu-clasi taxonomy beside every taxonomy MISP ships (the copy bundled
   with pytaxonomies), validates them all with misp-taxonomies' own schema, and resolves every
   machine tag of eu-clasi to its entry, with its expanded value
   (`eu-clasi:crime-area="migrant-smuggling"` -> "migrant smuggling"); every UUID is the one
   misp-taxonomies' gen_uuid.py derives, and the es, pt and fr companions load too, with the
   English file's tags and UUIDs.
3. pymispgalaxies loads the three galaxies and clusters beside every galaxy and cluster MISP
   ships, validates them with misp-galaxy's own schemas, and resolves every cluster tag; the
   UUIDs are the documented recipe's and unique across MISP's whole corpus; every `related`
   link resolves.
4. `eu-clasi export --format=misp-event` turns the sample's progress reports and the valid joint-operation and
   progress-report fixtures into MISP events (one a line). Each event validates against
   MISP's event schema (the copy PyMISP bundles), and PyMISP loads it with
   MISPEvent().from_json: its UUID is the record's id, its tags (TLP included) and attributes
   come through a round trip (to_json, then from_json again), every eu-clasi tag resolves in
   pytaxonomies and every galaxy tag in pymispgalaxies. A record's revisions keep its event
   UUID, each with a later timestamp; a withdrawn record's event says so.

Run from anywhere: python3 .ci/misp_check.py
"""
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import uuid
from importlib.metadata import version

import jsonschema
import pymisp
import pymispgalaxies
import pytaxonomies
from pymisp import MISPEvent
from pymispgalaxies import Clusters, Galaxies
from pytaxonomies import Taxonomies, Taxonomy

root = pathlib.Path(__file__).resolve().parent.parent
misp = root / "exports" / "misp"
failures = []


def fail(message):
    failures.append(message)


def package_data(module, *parts):
    return pathlib.Path(os.path.dirname(module.__file__)).joinpath("data", *parts)


# machinetag.json first, then its companions.
taxonomy_files = sorted(
    (misp / "taxonomies" / "eu-clasi").glob("machinetag*.json"), key=lambda p: (p.name != "machinetag.json", p.name)
)
galaxy_files = sorted((misp / "galaxies").glob("*.json"))
cluster_files = sorted((misp / "clusters").glob("*.json"))
if (len(taxonomy_files), len(galaxy_files), len(cluster_files)) != (4, 3, 3):
    fail("expected 4 taxonomy files, 3 galaxies and 3 clusters")

# ---- 1. the layout jq gives ------------------------------------------------------------------

for args, paths in ((["."], taxonomy_files), (["--sort-keys", "."], galaxy_files + cluster_files)):
    for path in paths:
        text = path.read_text(encoding="utf-8")
        out = subprocess.run(["jq", *args], input=text, capture_output=True, text=True, check=True)
        if out.stdout != text:
            fail(f"{path.relative_to(root)}: jq {' '.join(args)} changes it")
jq_version = subprocess.run(["jq", "--version"], capture_output=True, text=True).stdout.strip()

# ---- 2. pytaxonomies ---------------------------------------------------------------------------

NAMESPACE = "eu-clasi"
work = pathlib.Path(tempfile.mkdtemp())
corpus = work / "misp-taxonomies"
shutil.copytree(package_data(pytaxonomies, "misp-taxonomies"), corpus)
manifest = json.loads((corpus / "MANIFEST.json").read_text(encoding="utf-8"))
if any(t["name"] == NAMESPACE for t in manifest["taxonomies"]):
    fail("MISP already ships a taxonomy named eu-clasi")
english = json.loads(taxonomy_files[0].read_text(encoding="utf-8"))
if taxonomy_files[0].name != "machinetag.json":
    fail(f"{taxonomy_files[0].name}: expected machinetag.json first")
(corpus / NAMESPACE).mkdir()
shutil.copy(taxonomy_files[0], corpus / NAMESPACE / "machinetag.json")
manifest["taxonomies"].append(
    {"name": NAMESPACE, "description": english["description"], "version": english["version"]}
)
(corpus / "MANIFEST.json").write_text(json.dumps(manifest), encoding="utf-8")

taxonomies = Taxonomies(manifest_path=corpus / "MANIFEST.json")
# misp-taxonomies' schema.json, by pytaxonomies' own check, for eu-clasi alone (MISP's own
# taxonomies are MISP's to check, and checking all 180 takes long).
alone = work / "alone"
(alone / NAMESPACE).mkdir(parents=True)
shutil.copy(taxonomy_files[0], alone / NAMESPACE / "machinetag.json")
(alone / "MANIFEST.json").write_text(json.dumps({**manifest, "taxonomies": manifest["taxonomies"][-1:]}),
                                     encoding="utf-8")
Taxonomies(manifest_path=alone / "MANIFEST.json").validate_with_schema()
ours = taxonomies[NAMESPACE]
expanded_of = {}
for group in english["values"]:
    for entry in group["entry"]:
        expanded_of[f'{NAMESPACE}:{group["predicate"]}="{entry["value"]}"'] = entry["expanded"]
tags = ours.machinetags()
valueless = [f'{NAMESPACE}:{p["value"]}' for p in english["predicates"]
             if p["value"] not in {g["predicate"] for g in english["values"]}]
if sorted(tags) != sorted(list(expanded_of) + valueless):
    fail("pytaxonomies lists other machine tags than the file")
for tag in tags:
    resolved = taxonomies.revert_machinetag(tag)
    if tag in expanded_of:
        taxonomy, predicate, entry = resolved
        if entry.expanded != expanded_of[tag]:
            fail(f"{tag}: expanded {entry.expanded!r}")
    elif len(resolved) != 2:
        fail(f"{tag}: not a predicate without values")
smuggling = taxonomies.revert_machinetag('eu-clasi:crime-area="migrant-smuggling"')[2]
if smuggling.expanded != "migrant smuggling":
    fail(f"migrant-smuggling resolves to {smuggling.expanded!r}")
expanded_tags = ours.machinetags_expanded()
if 'eu-clasi:crime-area="migrant smuggling"' not in expanded_tags:
    fail("no expanded tag for migrant smuggling")


def gen_uuid_names(t):
    """The UUIDs of misp-taxonomies' gen_uuid.py: uuid5(NAMESPACE_DNS, name)."""
    names = [(t["namespace"], t["uuid"])]
    names += [(f'{t["namespace"]}:{p["value"]}', p["uuid"]) for p in t["predicates"]]
    names += [(f'{t["namespace"]}:{g["predicate"]}="{e["value"]}"', e["uuid"])
              for g in t["values"] for e in g["entry"]]
    return names


english_uuids = gen_uuid_names(english)
for name, got in english_uuids:
    if got != str(uuid.uuid5(uuid.NAMESPACE_DNS, name)):
        fail(f"{name}: UUID {got} is not gen_uuid.py's")
every_misp_uuid = {}
for t in taxonomies.values():
    for name, got in [(t.name, t.uuid)] + [
        (f"{t.name}:{p}", pred.uuid) for p, pred in t.items()
    ] + [(f'{t.name}:{p}="{e}"', entry.uuid) for p, pred in t.items() for e, entry in pred.items()]:
        every_misp_uuid.setdefault(got, []).append(name)
clashes = {u: names for u, names in every_misp_uuid.items()
           if len(names) > 1 and any(n.startswith(NAMESPACE + ":") or n == NAMESPACE for n in names)}
if clashes:
    fail(f"eu-clasi UUIDs shared with other taxonomies: {list(clashes.items())[:3]}")
for path in taxonomy_files[1:]:
    companion = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.validate(companion, json.loads(
        package_data(pytaxonomies, "misp-taxonomies", "schema.json").read_text(encoding="utf-8")))
    loaded = Taxonomy(companion)
    if sorted(loaded.machinetags()) != sorted(tags):
        fail(f"{path.name}: other machine tags than machinetag.json")
    if gen_uuid_names(companion) != english_uuids:
        fail(f"{path.name}: other UUIDs than machinetag.json")

# ---- 3. pymispgalaxies ------------------------------------------------------------------------


def load_all(folder):
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


misp_galaxies = load_all(package_data(pymispgalaxies, "misp-galaxy", "galaxies"))
misp_clusters = load_all(package_data(pymispgalaxies, "misp-galaxy", "clusters"))
our_galaxies = [json.loads(p.read_text(encoding="utf-8")) for p in galaxy_files]
our_clusters = [json.loads(p.read_text(encoding="utf-8")) for p in cluster_files]
our_types = {g["type"] for g in our_galaxies}
if our_types & {g["type"] for g in misp_galaxies}:
    fail(f"MISP already ships galaxies of the types {our_types}")
# Loaded beside MISP's own (a clash of types or values would raise); validated by
# pymispgalaxies' own checks with misp-galaxy's schemas, ours alone (MISP's are MISP's to
# check, and checking them all takes minutes).
galaxies = Galaxies(galaxies=misp_galaxies + our_galaxies)
clusters = Clusters(clusters=misp_clusters + our_clusters)
Galaxies(galaxies=json.loads(json.dumps(our_galaxies))).validate_with_schema()
Clusters(clusters=json.loads(json.dumps(our_clusters))).validate_with_schema()
galaxy_tags = set()
for cluster in our_clusters:
    loaded = clusters[cluster["type"]]
    if len(loaded) != len(cluster["values"]):
        fail(f"{cluster['type']}: pymispgalaxies holds {len(loaded)} of {len(cluster['values'])} values")
    for tag in loaded.machinetags():
        _, value = clusters.revert_machinetag(tag)
        galaxy_tags.add(tag)
        if tag != f'misp-galaxy:{cluster["type"]}="{value.value}"':
            fail(f"{tag} resolves to {value.value!r}")
# UUIDs: the documented recipe, unique across MISP's whole corpus, every link resolving.
VOCAB_NS = uuid.UUID("e664ad23-9eb6-55bf-9e3e-bb4a9692de79")
if VOCAB_NS != uuid.uuid5(uuid.NAMESPACE_URL, "urn:eu-clasi"):
    fail("the namespace is not uuid5(NAMESPACE_URL, 'urn:eu-clasi')")
catalogue = json.loads((root / "data" / "vocabulary.json").read_text(encoding="utf-8"))
codes = {v["kind"]: [t["code"] for t in v["terms"]] for v in catalogue["vocabularies"]}
kinds = {"eu-clasi-body": "body", "eu-clasi-instrument": "instrument", "eu-clasi-state": "country"}
for galaxy, cluster in zip(our_galaxies, our_clusters):
    want = str(uuid.uuid5(VOCAB_NS, f"galaxy:{galaxy['type']}"))
    if galaxy["uuid"] != want or cluster["uuid"] != want:
        fail(f"{galaxy['type']}: galaxy and cluster UUIDs are not uuid5(ns, 'galaxy:<type>')")
    kind = kinds[cluster["type"]]
    if [v["uuid"] for v in cluster["values"]] != [
        str(uuid.uuid5(VOCAB_NS, f"{kind}:{code}")) for code in codes[kind]
    ]:
        fail(f"{cluster['type']}: value UUIDs are not uuid5(ns, '{kind}:<code>')")
misp_uuids = [v.get("uuid") for c in misp_clusters for v in c.get("values", [])]
misp_uuids += [c["uuid"] for c in misp_clusters] + [g["uuid"] for g in misp_galaxies]
our_uuids = [v["uuid"] for c in our_clusters for v in c["values"]] + [c["uuid"] for c in our_clusters]
if len(set(our_uuids)) != len(our_uuids) or set(our_uuids) & set(misp_uuids):
    fail("a galaxy UUID is used twice, or by MISP's own galaxies")
for c in our_clusters:
    for v in c["values"]:
        for link in v.get("related", []):
            if link["dest-uuid"] not in our_uuids:
                fail(f"{v['value']}: related {link['dest-uuid']} resolves to nothing")

# ---- 4. records as MISP events, through PyMISP -----------------------------------------------

fixtures = root / "tests" / "fixtures" / "valid"
records = work / "records.jsonl"
with records.open("w", encoding="utf-8") as out:
    out.write((root / "data" / "sample" / "progress-reports.jsonl").read_text(encoding="utf-8"))
    for kind in ("joint-operation", "progress-report"):
        for path in sorted((fixtures / kind).glob("*.json")):
            out.write(json.dumps(json.loads(path.read_text(encoding="utf-8"))) + "\n")
record_lines = [json.loads(line) for line in records.read_text(encoding="utf-8").splitlines()]
events_path = work / "events.jsonl"
subprocess.run(
    ["cargo", "run", "-q", "--all-features", "-p", "eu-clasi-cli", "--", "export",
     "--format=misp-event", f"--output={events_path}", str(records)],
    cwd=root, check=True,
)
event_lines = events_path.read_text(encoding="utf-8").splitlines()
if len(event_lines) != len(record_lines):
    fail(f"{len(event_lines)} events for {len(record_lines)} records")
schema = json.loads(package_data(pymisp, "schema.json").read_text(encoding="utf-8"))
DISTRIBUTION = {"TLP:RED": 0, "TLP:AMBER+STRICT": 0, "TLP:AMBER": 1, "TLP:GREEN": 1, "TLP:CLEAR": 3}
timestamps = {}
withdrawn = 0
for number, (record, line) in enumerate(zip(record_lines, event_lines), start=1):
    doc = json.loads(line)
    try:
        jsonschema.validate(doc, schema)
    except jsonschema.ValidationError as e:
        fail(f"event {number}: MISP's event schema: {e.message}")
    event = MISPEvent()
    event.from_json(line)
    if event.uuid != record["id"]:
        fail(f"event {number}: UUID {event.uuid}, record id {record['id']}")
    names = [t.name for t in event.tags]
    if names != [t["name"] for t in doc["Event"]["Tag"]]:
        fail(f"event {number}: PyMISP read other tags")
    tlp = "tlp:" + record["tlp"][len("TLP:"):].lower()
    if tlp not in names or int(event.distribution) != DISTRIBUTION[record["tlp"]]:
        fail(f"event {number}: TLP {record['tlp']} gives tags {names[:1]}, distribution {event.distribution}")
    for tag in names:
        if tag.startswith("eu-clasi:"):
            try:
                taxonomies.revert_machinetag(tag)
            except (KeyError, IndexError):
                fail(f"event {number}: {tag} is not in the eu-clasi taxonomy")
        elif tag.startswith("misp-galaxy:"):
            if tag not in galaxy_tags:
                fail(f"event {number}: {tag} is no cluster value")
        elif tag != tlp:
            fail(f"event {number}: unexpected tag {tag}")
    for area in record.get("crime_areas", []):
        if f'eu-clasi:crime-area="{area.replace("_", "-")}"' not in names:
            fail(f"event {number}: no tag for the crime area {area}")
    # The round trip: PyMISP writes the event and reads it back unchanged.
    again = MISPEvent()
    again.from_json(event.to_json())
    attributes = lambda e: [
        (a.uuid, a.type, a.category, str(a.value), a.comment, bool(a.deleted)) for a in e.attributes
    ]
    want = [(a["uuid"], a["type"], a["category"], a["value"], a["comment"], a["deleted"])
            for a in doc["Event"].get("Attribute", [])]
    if attributes(event) != want or attributes(again) != want:
        fail(f"event {number}: the attributes do not survive the round trip")
    if again.uuid != event.uuid or [t.name for t in again.tags] != names:
        fail(f"event {number}: UUID or tags lost in the round trip")
    if again.info != doc["Event"]["info"] or str(again.date) != doc["Event"]["date"]:
        fail(f"event {number}: info or date lost in the round trip")
    if record.get("withdrawn"):
        withdrawn += 1
        if "eu-clasi:withdrawn" not in names or not event.info.startswith("[Withdrawn]"):
            fail(f"event {number}: a withdrawn record's event does not say so")
        if not event.attributes or not all(a.deleted for a in event.attributes):
            fail(f"event {number}: a withdrawn record's figures are not deleted")
    timestamps.setdefault(event.uuid, []).append(int(doc["Event"]["timestamp"]))
revised = {u: t for u, t in timestamps.items() if len(t) > 1}
if not revised or any(t != sorted(set(t)) for t in revised.values()):
    fail("the revisions of a record are not one event with growing timestamps")
if withdrawn < 2:
    fail(f"{withdrawn} withdrawn records checked, expected at least 2")

shutil.rmtree(work)
if failures:
    print("\n".join(failures[:50]))
    sys.exit(f"{len(failures)} MISP check(s) failed")
print(
    f"{jq_version}: every taxonomy, galaxy and cluster file unchanged; pytaxonomies "
    f"{version('pytaxonomies')} loads eu-clasi beside {len(taxonomies) - 1} MISP taxonomies and "
    f"resolves its {len(tags)} machine tags; pymispgalaxies {version('pymispgalaxies')} loads "
    f"the 3 galaxies beside {len(galaxies) - 3} and resolves {len(galaxy_tags)} cluster tags; "
    f"PyMISP {pymisp.__version__} loads {len(event_lines)} events ({len(revised)} records with "
    f"revisions, one event each; {withdrawn} withdrawn), tags, attributes and UUIDs unchanged "
    f"by a round trip"
)
