"""The exports judged by the tools of their users, in Python.

SKOS: rdflib parses exports/skos/eu-clasi.ttl and exports/skos/eu-clasi.jsonld; the two hold the
same number of triples and isomorphic graphs, one skos:Concept per term of every exported
vocabulary of data/vocabulary.json (every vocabulary but `actor`, whose terms are those of
`country`, `body` and `collective_actor`), each with one prefLabel in each of en, es, pt and fr,
and the crosswalks (ICCS, EMPACT of both cycles, FollowTheMoney topics, the EU country authority
table) the catalogue lists.

MISP: the taxonomy, galaxies and clusters validate with Python jsonschema against the rules of
MISP's own schemas (schema.json of MISP/misp-taxonomies, schema_galaxies.json and
schema_clusters.json of MISP/misp-galaxy), restated below; every UUID is recomputed with
uuid.uuid5 from the documented namespace and the term's kind and wire code.
"""
import json
import pathlib
import sys
import uuid

import rdflib
from jsonschema import Draft7Validator
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, SKOS

root = pathlib.Path(__file__).resolve().parent.parent
exports = root / "exports"
failures = []


def fail(message):
    failures.append(message)


catalogue = json.loads((root / "data" / "vocabulary.json").read_text(encoding="utf-8"))
vocabularies = {v["kind"]: v for v in catalogue["vocabularies"] if v["kind"] != "actor"}

# ---- SKOS ----------------------------------------------------------------------------------

ttl = rdflib.Graph().parse(exports / "skos" / "eu-clasi.ttl", format="turtle")
jsonld = rdflib.Graph().parse(exports / "skos" / "eu-clasi.jsonld", format="json-ld")
if len(ttl) != len(jsonld):
    fail(f"Turtle has {len(ttl)} triples, JSON-LD {len(jsonld)}")
if not isomorphic(ttl, jsonld):
    fail("the Turtle and JSON-LD graphs are not isomorphic")

BASE = "urn:eu-clasi:vocab:"
concepts = set(ttl.subjects(RDF.type, SKOS.Concept))
schemes = set(ttl.subjects(RDF.type, SKOS.ConceptScheme))
terms = sum(len(v["terms"]) for v in vocabularies.values())
if len(concepts) != terms:
    fail(f"{len(concepts)} concepts for {terms} terms")
if {str(s) for s in schemes} != {BASE + kind for kind in vocabularies}:
    fail("the concept schemes are not one per exported vocabulary")

for kind, vocabulary in vocabularies.items():
    scheme = rdflib.URIRef(BASE + kind)
    in_scheme = set(ttl.subjects(SKOS.inScheme, scheme))
    if len(in_scheme) != len(vocabulary["terms"]):
        fail(f"{kind}: {len(in_scheme)} concepts in the scheme, {len(vocabulary['terms'])} terms")
    for term in vocabulary["terms"]:
        concept = rdflib.URIRef(f"{BASE}{kind}:{term['code']}")
        if concept not in concepts:
            fail(f"{concept}: no skos:Concept")
            continue
        labels = list(ttl.objects(concept, SKOS.prefLabel))
        langs = sorted(label.language for label in labels)
        if langs != ["en", "es", "fr", "pt"]:
            fail(f"{concept}: prefLabel languages {langs}")
        for label in labels:
            if str(label) != term["labels"][label.language]:
                fail(f"{concept}: prefLabel@{label.language} {label!r}")
        if [str(n) for n in ttl.objects(concept, SKOS.notation)] != [term["code"]]:
            fail(f"{concept}: notation is not the wire code")
        facts = term.get("facts", {})
        close = {str(o) for o in ttl.objects(concept, SKOS.closeMatch)}
        broad = {str(o) for o in ttl.objects(concept, SKOS.broadMatch)}
        for iccs in facts.get("iccs", []):
            if f"urn:eu-clasi:iccs:{iccs['code']}" not in close:
                fail(f"{concept}: no closeMatch to ICCS {iccs['code']}")
        for cycle in ("2022", "2026"):
            for priority in facts.get(f"empact_{cycle}_{int(cycle) + 3}", []):
                target = f"{BASE}empact_priority_{cycle}:{priority}"
                if target not in broad:
                    fail(f"{concept}: no broadMatch to {target}")
        if "ftm_topic" in facts:
            if f"urn:eu-clasi:ftm-topic:{facts['ftm_topic']['value']}" not in close:
                fail(f"{concept}: no closeMatch to the FtM topic")
        if kind == "country":
            exact = [str(o) for o in ttl.objects(concept, SKOS.exactMatch)]
            want = f"http://publications.europa.eu/resource/authority/country/{facts['alpha3']}"
            if exact != [want]:
                fail(f"{concept}: exactMatch {exact}, expected {want}")

crosswalks = sum(1 for _ in ttl.triples((None, SKOS.closeMatch, None))) + sum(
    1 for _ in ttl.triples((None, SKOS.broadMatch, None))
)
if crosswalks == 0:
    fail("no crosswalks at all")

# ---- MISP: the rules of MISP's schemas, restated --------------------------------------------


def strings():
    return {"type": "array", "uniqueItems": True, "items": {"type": "string"}}


def closed(properties, required=()):
    return {
        "type": "object",
        "additionalProperties": False,
        "properties": properties,
        "required": list(required),
    }


taxonomy_entry = closed(
    {
        "numerical_value": {"type": "number"},
        "expanded": {"type": "string"},
        "description": {"type": "string"},
        "value": {"type": "string"},
    },
    ["value"],
)
taxonomy_predicate = closed(
    {
        "numerical_value": {"type": "number"},
        "colour": {"type": "string"},
        "description": {"type": "string"},
        "expanded": {"type": "string"},
        "value": {"type": "string"},
    },
    ["value"],
)
TAXONOMY = closed(
    {
        "version": {"type": "integer"},
        "description": {"type": "string"},
        "expanded": {"type": "string"},
        "namespace": {"type": "string"},
        "type": {
            "type": "array",
            "uniqueItems": True,
            "items": {"enum": ["org", "user", "attribute", "event"]},
        },
        "refs": strings(),
        "predicates": {"type": "array", "uniqueItems": True, "items": taxonomy_predicate},
        "values": {
            "type": "array",
            "uniqueItems": True,
            "items": closed(
                {
                    "entry": {"type": "array", "uniqueItems": True, "items": taxonomy_entry},
                    "predicate": {"type": "string"},
                },
                ["predicate"],
            ),
        },
    },
    ["namespace", "description", "version", "predicates"],
)
GALAXY = closed(
    {
        "description": {"type": "string"},
        "type": {"type": "string"},
        "version": {"type": "integer"},
        "name": {"type": "string"},
        "icon": {"type": "string"},
        "uuid": {"type": "string"},
        "namespace": {"type": "string"},
        "kill_chain_order": {"type": "object"},
    },
    ["description", "type", "version", "name", "uuid"],
)
meta = {
    "type": "object",
    "properties": {
        **{k: strings() for k in ("type", "refs", "synonyms", "extensions", "ransomnotes", "official-refs")},
        **{
            k: {"type": "string"}
            for k in (
                "complexity", "effectiveness", "country", "possible_issues", "colour",
                "motive", "impact", "status", "date", "encryption",
            )
        },
    },
}
CLUSTER = closed(
    {
        "description": {"type": "string"},
        "type": {"type": "string"},
        "version": {"type": "integer"},
        "name": {"type": "string"},
        "uuid": {"type": "string"},
        "source": {"type": "string"},
        "category": {"type": "string"},
        "authors": strings(),
        "values": {
            "type": "array",
            "uniqueItems": True,
            "items": closed(
                {
                    "description": {"type": "string"},
                    "value": {"type": "string"},
                    "uuid": {"type": "string"},
                    "revoked": {"type": "boolean"},
                    "related": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "dest-uuid": {"type": "string"},
                                "type": {"type": "string"},
                                "tags": strings(),
                            },
                        },
                    },
                    "meta": meta,
                },
                ["value"],
            ),
        },
    },
    ["description", "type", "version", "name", "uuid", "values", "authors", "source", "category"],
)

misp = exports / "misp"
checked = 0
for schema, paths in (
    (TAXONOMY, sorted((misp / "taxonomies" / "eu-clasi").glob("machinetag*.json"))),
    (GALAXY, sorted((misp / "galaxies").glob("*.json"))),
    (CLUSTER, sorted((misp / "clusters").glob("*.json"))),
):
    Draft7Validator.check_schema(schema)
    validator = Draft7Validator(schema)
    for path in paths:
        doc = json.loads(path.read_text(encoding="utf-8"))
        for error in validator.iter_errors(doc):
            fail(f"{path.relative_to(root)}: {'/'.join(map(str, error.path))}: {error.message}")
        checked += 1
if checked != 4 + 3 + 3:
    fail(f"checked {checked} MISP files, expected 10")

# Every UUID recomputed from the documented recipe.
NAMESPACE = uuid.UUID("e664ad23-9eb6-55bf-9e3e-bb4a9692de79")
if NAMESPACE != uuid.uuid5(uuid.NAMESPACE_URL, "urn:eu-clasi"):
    fail("the namespace is not uuid5(NAMESPACE_URL, 'urn:eu-clasi')")
for galaxy_type, kind in (
    ("eu-clasi-body", "body"),
    ("eu-clasi-instrument", "instrument"),
    ("eu-clasi-state", "country"),
):
    galaxy = json.loads((misp / "galaxies" / f"{galaxy_type}.json").read_text(encoding="utf-8"))
    cluster = json.loads((misp / "clusters" / f"{galaxy_type}.json").read_text(encoding="utf-8"))
    if galaxy["uuid"] != cluster["uuid"] or galaxy["uuid"] != str(
        uuid.uuid5(NAMESPACE, f"galaxy:{galaxy_type}")
    ):
        fail(f"{galaxy_type}: galaxy and cluster UUIDs are not uuid5(ns, 'galaxy:{galaxy_type}')")
    want = [str(uuid.uuid5(NAMESPACE, f"{kind}:{t['code']}")) for t in vocabularies[kind]["terms"]]
    got = [v["uuid"] for v in cluster["values"]]
    if got != want:
        fail(f"{galaxy_type}: the value UUIDs are not uuid5(ns, '{kind}:<code>') of every term")

if failures:
    print("\n".join(failures[:50]))
    sys.exit(f"{len(failures)} export check(s) failed")
print(
    f"rdflib {rdflib.__version__}: {len(ttl)} triples in Turtle and JSON-LD, isomorphic; "
    f"{len(concepts)} concepts in {len(schemes)} schemes, 4 prefLabels each; "
    f"{crosswalks} crosswalks; {checked} MISP files valid; UUIDs recomputed"
)
