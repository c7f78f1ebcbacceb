"""The SKOS export judged by the tools of its users, in Python: rdflib and pyshacl.

rdflib parses exports/skos/eu-clasi.ttl and exports/skos/eu-clasi.jsonld; the two hold the same
number of triples and isomorphic graphs, one skos:Concept per term of every exported vocabulary
of data/vocabulary.json (every vocabulary but the derived ones, whose data files have
`family = "derived"`: `actor`, whose terms are those of `country`, `body` and
`collective_actor`), each with one prefLabel in each of en, es, pt and fr, and the
crosswalks (ICCS, EMPACT of both cycles, FollowTheMoney topics, the EU country authority
table) the catalogue lists.

Languages: SPARQL finds no skos:altLabel without a language tag; every alias of every data file
(data/vocabularies/*.toml, `aliases.<language>`) is an altLabel in its language (a `mul` name
in each of en, es, pt and fr), but where it is that language's prefLabel.

Schemes: SPARQL and SHACL shapes (pyshacl) find every one of the concept schemes (one per
exported vocabulary of data/vocabulary.json) with
skos:prefLabel and dcterms:title in en, es, pt and fr (the data file's `title`), an English
dcterms:description, a dcterms:license IRI and vann:preferredNamespaceUri; the property the
crate coins (urn:eu-clasi:ontology:translatedLanguage) is declared with its label, comment,
domain and range.

Run from anywhere: python3 .ci/python_exports.py
"""
import json
import pathlib
import sys

try:
    import tomllib
except ImportError:  # Python < 3.11
    import tomli as tomllib

import pyshacl
import rdflib
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, SKOS

root = pathlib.Path(__file__).resolve().parent.parent
exports = root / "exports"
failures = []


def fail(message):
    failures.append(message)


catalogue = json.loads((root / "data" / "vocabulary.json").read_text(encoding="utf-8"))
data_files = {}
for path in sorted((root / "data" / "vocabularies").glob("*.toml")):
    parsed = tomllib.loads(path.read_text(encoding="utf-8"))
    data_files[parsed["vocabulary"]["kind"]] = parsed
# A derived vocabulary (`actor`) has no terms of its own: its data file only registers it.
derived = {kind for kind, parsed in data_files.items() if parsed["vocabulary"].get("family") == "derived"}
vocabularies = {v["kind"]: v for v in catalogue["vocabularies"] if v["kind"] not in derived}
data_files = {kind: parsed for kind, parsed in data_files.items() if kind not in derived}

# ---- both serialisations, one concept per term ------------------------------------------------

ttl = rdflib.Graph().parse(exports / "skos" / "eu-clasi.ttl", format="turtle")
jsonld = rdflib.Graph().parse(exports / "skos" / "eu-clasi.jsonld", format="json-ld")
if len(ttl) != len(jsonld):
    fail(f"Turtle has {len(ttl)} triples, JSON-LD {len(jsonld)}")
if not isomorphic(ttl, jsonld):
    fail("the Turtle and JSON-LD graphs are not isomorphic")

BASE = "urn:eu-clasi:vocab:"
LANGS = ["en", "es", "pt", "fr"]
concepts = set(ttl.subjects(RDF.type, SKOS.Concept))
schemes = set(ttl.subjects(RDF.type, SKOS.ConceptScheme))
terms = sum(len(v["terms"]) for v in vocabularies.values())
if len(concepts) != terms:
    fail(f"{len(concepts)} concepts for {terms} terms")
if {str(s) for s in schemes} != {BASE + kind for kind in vocabularies}:
    fail("the concept schemes are not one per exported vocabulary")
if set(data_files) != set(vocabularies):
    fail(f"data files {sorted(data_files)} are not the exported vocabularies")

alt_count = 0
for kind, vocabulary in vocabularies.items():
    scheme = rdflib.URIRef(BASE + kind)
    in_scheme = set(ttl.subjects(SKOS.inScheme, scheme))
    if len(in_scheme) != len(vocabulary["terms"]):
        fail(f"{kind}: {len(in_scheme)} concepts in the scheme, {len(vocabulary['terms'])} terms")
    data_terms = {t["code"]: t for t in data_files.get(kind, {}).get("term", [])}
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
        # Every alias of the data file is an altLabel in the language the file gives it.
        alts = {(str(a), (a.language or "").lower()) for a in ttl.objects(concept, SKOS.altLabel)}
        alt_count += len(alts)
        prefs = {(str(p), p.language.lower()) for p in labels}
        for lang, names in data_terms.get(term["code"], {}).get("aliases", {}).items():
            for name in names:
                for tag in LANGS if lang == "mul" else [lang]:
                    pair = (name, tag.lower())
                    if pair not in alts and pair not in prefs:
                        fail(f"{concept}: no altLabel {name!r}@{tag}")
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

# ---- SPARQL: no untagged altLabel; each scheme's labels, description, licence -----------------

PREFIXES = """
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX vann: <http://purl.org/vocab/vann/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
untagged = list(ttl.query(PREFIXES + """
SELECT ?c ?alt WHERE { ?c skos:altLabel ?alt . FILTER (lang(?alt) = "") }"""))
if untagged:
    fail(f"{len(untagged)} altLabels without a language tag, first {untagged[0]}")
all_alts = len(list(ttl.triples((None, SKOS.altLabel, None))))
if all_alts != alt_count or all_alts < 600:
    fail(f"{all_alts} altLabels in the graph, {alt_count} counted by concept")

rows = ttl.query(PREFIXES + """
SELECT ?s (COUNT(DISTINCT ?label) AS ?nlabels) (COUNT(DISTINCT lang(?label)) AS ?nlangs)
       (COUNT(DISTINCT ?title) AS ?ntitles) (COUNT(DISTINCT ?description) AS ?ndescriptions)
       (COUNT(DISTINCT ?licence) AS ?nlicences) (COUNT(DISTINCT ?ns) AS ?nnamespaces)
WHERE {
  ?s a skos:ConceptScheme ; skos:prefLabel ?label ; dcterms:title ?title .
  OPTIONAL { ?s dcterms:description ?description . FILTER (lang(?description) = "en") }
  OPTIONAL { ?s dcterms:license ?licence . FILTER (isIRI(?licence)) }
  OPTIONAL { ?s vann:preferredNamespaceUri ?ns }
} GROUP BY ?s""")
complete = 0
for row in rows:
    kind = str(row.s)[len(BASE):]
    header = data_files.get(kind, {}).get("vocabulary", {})
    counts = (int(row.nlabels), int(row.nlangs), int(row.ntitles), int(row.ndescriptions),
              int(row.nlicences), int(row.nnamespaces))
    if counts[:4] != (4, 4, 4, 1) or counts[4] < 1 or counts[5] != 1:
        fail(f"{row.s}: prefLabels, languages, titles, descriptions, licences, namespaces = {counts}")
        continue
    for label in ttl.objects(row.s, SKOS.prefLabel):
        if header.get("title", {}).get(label.language) != str(label):
            fail(f"{row.s}: prefLabel {label!r}@{label.language} is not the data file's title")
    description = ttl.value(row.s, rdflib.URIRef("http://purl.org/dc/terms/description"))
    if str(description) != vocabularies[kind]["description"]:
        fail(f"{row.s}: the description is not the catalogue's")
    complete += 1
if complete != len(vocabularies) or len(schemes) != len(vocabularies):
    fail(f"{complete} of {len(schemes)} concept schemes complete, expected {len(vocabularies)}")

# ---- SHACL: the same rules as shapes, and the coined property declared ------------------------

SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix vann: <http://purl.org/vocab/vann/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex: <urn:eu-clasi:ci:shapes:> .

ex:Concept a sh:NodeShape ; sh:targetClass skos:Concept ;
  sh:property [ sh:path skos:prefLabel ; sh:datatype rdf:langString ; sh:uniqueLang true ;
                sh:minCount 4 ; sh:maxCount 4 ] ;
  sh:property [ sh:path skos:altLabel ; sh:datatype rdf:langString ] ;
  sh:property [ sh:path skos:definition ; sh:datatype rdf:langString ; sh:minCount 1 ] ;
  sh:property [ sh:path skos:inScheme ; sh:class skos:ConceptScheme ; sh:minCount 1 ] .

ex:Scheme a sh:NodeShape ; sh:targetClass skos:ConceptScheme ;
  sh:property [ sh:path skos:prefLabel ; sh:datatype rdf:langString ; sh:uniqueLang true ;
                sh:minCount 4 ; sh:maxCount 4 ] ;
  sh:property [ sh:path dcterms:title ; sh:datatype rdf:langString ; sh:uniqueLang true ;
                sh:minCount 4 ] ;
  sh:property [ sh:path dcterms:description ; sh:datatype rdf:langString ; sh:minCount 1 ] ;
  sh:property [ sh:path dcterms:license ; sh:nodeKind sh:IRI ; sh:minCount 1 ] ;
  sh:property [ sh:path vann:preferredNamespaceUri ; sh:minCount 1 ; sh:maxCount 1 ] .

ex:Coined a sh:NodeShape ; sh:targetSubjectsOf <urn:eu-clasi:ontology:translatedLanguage> ;
  sh:class skos:Concept .

ex:CoinedProperty a sh:NodeShape ; sh:targetNode <urn:eu-clasi:ontology:translatedLanguage> ;
  sh:class rdf:Property ;
  sh:property [ sh:path rdfs:label ; sh:datatype rdf:langString ; sh:minCount 1 ] ;
  sh:property [ sh:path rdfs:comment ; sh:datatype rdf:langString ; sh:minCount 1 ] ;
  sh:property [ sh:path rdfs:domain ; sh:hasValue skos:Concept ] ;
  sh:property [ sh:path rdfs:range ; sh:minCount 1 ] ;
  sh:property [ sh:path rdfs:isDefinedBy ; sh:minCount 1 ] .
"""
shapes = rdflib.Graph().parse(data=SHAPES, format="turtle")
conforms, _, report = pyshacl.validate(ttl, shacl_graph=shapes, inference="none")
if not conforms:
    fail("SHACL: " + report[:3000])
# The shapes can fail: a concept with an untagged altLabel does not conform.
broken = rdflib.Graph() + ttl
some_concept = next(iter(sorted(concepts)))
broken.add((some_concept, SKOS.altLabel, rdflib.Literal("untagged")))
if pyshacl.validate(broken, shacl_graph=shapes, inference="none")[0]:
    fail("SHACL: the shapes accept an untagged altLabel")

if failures:
    print("\n".join(failures[:50]))
    sys.exit(f"{len(failures)} SKOS check(s) failed")
print(
    f"rdflib {rdflib.__version__}: {len(ttl)} triples in Turtle and JSON-LD, isomorphic; "
    f"{len(concepts)} concepts in {len(schemes)} schemes, 4 prefLabels each; {all_alts} "
    f"altLabels, every one language-tagged, every data-file alias present; {crosswalks} "
    f"crosswalks; {complete} schemes with 4 labels, description, licence and namespace; "
    f"pyshacl {pyshacl.__version__}: the shapes conform"
)
