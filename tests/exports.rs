//! The exports are accepted by the tools they are for: the MISP files follow the rules of MISP's
//! own JSON schemas (restated here from `schema.json` of MISP/misp-taxonomies and
//! `schema_galaxies.json` / `schema_clusters.json` of MISP/misp-galaxy) and the layout their
//! CI enforces (`jq .`, `jq --sort-keys .`), every term is present with the UUID anyone can
//! recompute (the galaxies' recipe, and misp-taxonomies' `gen_uuid.py` for the taxonomy), every
//! machine tag round-trips, the SKOS files parse back, in both serialisations, to the very
//! graph the crate built, with every literal that has a language tagged, and the records
//! become MISP events whose tags are all in the taxonomy and the galaxies. (CI proves the same
//! files with MISP's own Python libraries: `.ci/python_exports.py`.)
#![cfg(feature = "exports")]

use std::collections::{BTreeMap, BTreeSet};

use eu_clasi::export::event::{self, MispEvent};
use eu_clasi::export::misp::{self, GalaxyTag, MachineTag, taxonomy_uuid};
use eu_clasi::export::skos;
use eu_clasi::export::{Format, generated_files, uuid_for, uuid_of, vocabulary_kinds};
use eu_clasi::{
    ActionId, Body, Country, CrimeArea, ImplementationStatus, Instrument, JointOperation,
    OperationKind, Pillar, ProgressReport, Revisioned, Tlp, Vocabulary, declaration,
};
use serde_json::Value;

fn file(path: &str) -> String {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("cannot read {full}: {e}"))
}

fn json(path: &str) -> Value {
    serde_json::from_str(&file(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn exported(prefix: &str) -> Vec<String> {
    generated_files()
        .unwrap()
        .into_iter()
        .map(|(p, _)| p)
        .filter(|p| p.starts_with(prefix))
        .collect()
}

// ---- the rules of MISP's schemas, restated ------------------------------------------------

/// Breaks of one rule, each with the JSON path.
type Problems = Vec<String>;

fn only_keys(v: &Value, at: &str, allowed: &[&str], out: &mut Problems) {
    match v.as_object() {
        Some(map) => {
            for key in map.keys() {
                if !allowed.contains(&key.as_str()) {
                    out.push(format!(
                        "{at}: additional property {key:?} (allowed: {allowed:?})"
                    ));
                }
            }
        }
        None => out.push(format!("{at}: not an object")),
    }
}

fn required(v: &Value, at: &str, keys: &[&str], out: &mut Problems) {
    for key in keys {
        if v.get(key).is_none() {
            out.push(format!("{at}: required property {key:?} missing"));
        }
    }
}

fn string(v: &Value, at: &str, key: &str, out: &mut Problems) {
    if let Some(x) = v.get(key)
        && !x.is_string()
    {
        out.push(format!("{at}/{key}: not a string"));
    }
}

fn integer(v: &Value, at: &str, key: &str, out: &mut Problems) {
    if let Some(x) = v.get(key)
        && !(x.is_i64() || x.is_u64())
    {
        out.push(format!("{at}/{key}: not an integer"));
    }
}

fn number(v: &Value, at: &str, key: &str, out: &mut Problems) {
    if let Some(x) = v.get(key)
        && !x.is_number()
    {
        out.push(format!("{at}/{key}: not a number"));
    }
}

/// An array with unique items (`uniqueItems: true`); its items.
fn unique_array<'a>(v: &'a Value, at: &str, key: &str, out: &mut Problems) -> &'a [Value] {
    match v.get(key) {
        None => &[],
        Some(Value::Array(items)) => {
            let mut seen = BTreeSet::new();
            for item in items {
                if !seen.insert(item.to_string()) {
                    out.push(format!("{at}/{key}: duplicate item {item}"));
                }
            }
            items
        }
        Some(_) => {
            out.push(format!("{at}/{key}: not an array"));
            &[]
        }
    }
}

fn unique_strings(v: &Value, at: &str, key: &str, out: &mut Problems) {
    for (i, item) in unique_array(v, at, key, out).iter().enumerate() {
        if !item.is_string() {
            out.push(format!("{at}/{key}/{i}: not a string"));
        }
    }
}

/// MISP/misp-taxonomies `schema.json` (the version with `uuid`, as pytaxonomies 2.1 bundles it).
fn taxonomy_problems(t: &Value) -> Problems {
    let mut out = Vec::new();
    only_keys(
        t,
        "",
        &[
            "version",
            "description",
            "expanded",
            "namespace",
            "uuid",
            "exclusive",
            "type",
            "refs",
            "predicates",
            "values",
        ],
        &mut out,
    );
    required(
        t,
        "",
        &["namespace", "description", "version", "predicates"],
        &mut out,
    );
    integer(t, "", "version", &mut out);
    for key in ["description", "expanded", "namespace", "uuid"] {
        string(t, "", key, &mut out);
    }
    for (i, kind) in unique_array(t, "", "type", &mut out).iter().enumerate() {
        if !matches!(kind.as_str(), Some("org" | "user" | "attribute" | "event")) {
            out.push(format!(
                "/type/{i}: {kind} is not one of org, user, attribute, event"
            ));
        }
    }
    unique_strings(t, "", "refs", &mut out);
    for (i, p) in unique_array(t, "", "predicates", &mut out)
        .iter()
        .enumerate()
    {
        let at = format!("/predicates/{i}");
        only_keys(
            p,
            &at,
            &[
                "numerical_value",
                "colour",
                "description",
                "expanded",
                "value",
                "exclusive",
                "uuid",
            ],
            &mut out,
        );
        number(p, &at, "numerical_value", &mut out);
        for key in ["colour", "description", "expanded", "value", "uuid"] {
            string(p, &at, key, &mut out);
        }
    }
    for (i, group) in unique_array(t, "", "values", &mut out).iter().enumerate() {
        let at = format!("/values/{i}");
        only_keys(group, &at, &["entry", "predicate", "uuid"], &mut out);
        required(group, &at, &["predicate"], &mut out);
        string(group, &at, "predicate", &mut out);
        for (j, e) in unique_array(group, &at, "entry", &mut out)
            .iter()
            .enumerate()
        {
            let at = format!("{at}/entry/{j}");
            only_keys(
                e,
                &at,
                &[
                    "numerical_value",
                    "expanded",
                    "description",
                    "colour",
                    "value",
                    "uuid",
                ],
                &mut out,
            );
            number(e, &at, "numerical_value", &mut out);
            for key in ["expanded", "description", "colour", "value", "uuid"] {
                string(e, &at, key, &mut out);
            }
        }
    }
    out
}

/// MISP/misp-galaxy `schema_galaxies.json`.
fn galaxy_problems(g: &Value) -> Problems {
    let mut out = Vec::new();
    only_keys(
        g,
        "",
        &[
            "description",
            "type",
            "version",
            "name",
            "icon",
            "uuid",
            "namespace",
            "kill_chain_order",
        ],
        &mut out,
    );
    required(
        g,
        "",
        &["description", "type", "version", "name", "uuid"],
        &mut out,
    );
    for key in ["description", "type", "name", "icon", "uuid", "namespace"] {
        string(g, "", key, &mut out);
    }
    integer(g, "", "version", &mut out);
    if let Some(k) = g.get("kill_chain_order")
        && !k.is_object()
    {
        out.push("/kill_chain_order: not an object".into());
    }
    out
}

/// MISP/misp-galaxy `schema_clusters.json`.
fn cluster_problems(c: &Value) -> Problems {
    let mut out = Vec::new();
    let top = [
        "description",
        "type",
        "version",
        "name",
        "uuid",
        "source",
        "category",
        "values",
        "authors",
    ];
    only_keys(c, "", &top, &mut out);
    required(c, "", &top, &mut out);
    for key in ["description", "type", "name", "uuid", "source", "category"] {
        string(c, "", key, &mut out);
    }
    integer(c, "", "version", &mut out);
    unique_strings(c, "", "authors", &mut out);
    for (i, v) in unique_array(c, "", "values", &mut out).iter().enumerate() {
        let at = format!("/values/{i}");
        only_keys(
            v,
            &at,
            &["description", "value", "uuid", "revoked", "related", "meta"],
            &mut out,
        );
        required(v, &at, &["value"], &mut out);
        for key in ["description", "value", "uuid"] {
            string(v, &at, key, &mut out);
        }
        if let Some(r) = v.get("revoked")
            && !r.is_boolean()
        {
            out.push(format!("{at}/revoked: not a boolean"));
        }
        match v.get("related") {
            None => {}
            Some(Value::Array(links)) => {
                for (j, link) in links.iter().enumerate() {
                    if !link.is_object() {
                        out.push(format!("{at}/related/{j}: not an object"));
                    }
                    string(link, &format!("{at}/related/{j}"), "dest-uuid", &mut out);
                    string(link, &format!("{at}/related/{j}"), "type", &mut out);
                    unique_strings(link, &format!("{at}/related/{j}"), "tags", &mut out);
                }
            }
            Some(_) => out.push(format!("{at}/related: not an array")),
        }
        if let Some(meta) = v.get("meta") {
            let at = format!("{at}/meta");
            if !meta.is_object() {
                out.push(format!("{at}: not an object"));
            }
            for key in [
                "type",
                "refs",
                "synonyms",
                "extensions",
                "ransomnotes",
                "official-refs",
            ] {
                unique_strings(meta, &at, key, &mut out);
            }
            for key in [
                "complexity",
                "effectiveness",
                "country",
                "possible_issues",
                "colour",
                "motive",
                "impact",
                "status",
                "date",
                "encryption",
            ] {
                string(meta, &at, key, &mut out);
            }
        }
    }
    out
}

#[test]
fn the_restated_rules_catch_what_misp_refuses() {
    let mut t = json("exports/misp/taxonomies/eu-clasi/machinetag.json");
    assert!(taxonomy_problems(&t).is_empty());
    t["predicates"][0]["exclusive_to"] = Value::Bool(true);
    t["version"] = Value::from(1.5);
    t["type"] = serde_json::json!(["event", "event", "incident"]);
    let problems = taxonomy_problems(&t);
    assert_eq!(problems.len(), 4, "{problems:#?}");

    let mut c = json("exports/misp/clusters/eu-clasi-body.json");
    c["values"][0]["meta"]["synonyms"] = serde_json::json!(["x", "x"]);
    c["values"][0]["related"] = serde_json::json!({"dest-uuid": "x"});
    c.as_object_mut().unwrap().remove("category");
    assert_eq!(cluster_problems(&c).len(), 3, "{:#?}", cluster_problems(&c));

    let mut g = json("exports/misp/galaxies/eu-clasi-body.json");
    g["colour"] = Value::from("red");
    assert_eq!(galaxy_problems(&g).len(), 1);
}

#[test]
fn every_misp_file_follows_misps_schemas() {
    let files = exported("exports/misp/");
    assert_eq!(files.len(), 4 + 2 * 3, "{files:?}");
    for path in files {
        let doc = json(&path);
        let problems = if path.contains("/taxonomies/") {
            taxonomy_problems(&doc)
        } else if path.contains("/galaxies/") {
            galaxy_problems(&doc)
        } else {
            cluster_problems(&doc)
        };
        assert!(problems.is_empty(), "{path}: {problems:#?}");
    }
}

// ---- MISP: every term, stable UUIDs, machine tags -------------------------------------------

fn predicate_values(t: &misp::Taxonomy, predicate: &str) -> Vec<String> {
    t.values
        .iter()
        .find(|v| v.predicate == predicate)
        .map(|v| v.entry.iter().map(|e| e.value.clone()).collect())
        .unwrap_or_default()
}

#[test]
fn the_taxonomy_holds_every_term_and_its_companions_have_the_same_shape() {
    let en: misp::Taxonomy =
        serde_json::from_str(&file("exports/misp/taxonomies/eu-clasi/machinetag.json")).unwrap();
    assert_eq!(en.namespace, "eu-clasi");
    let predicates: Vec<&str> = en.predicates.iter().map(|p| p.value.as_str()).collect();
    assert_eq!(
        predicates,
        [
            "crime-area",
            "pillar",
            "roadmap-action",
            "implementation-status",
            "operation-kind",
            "withdrawn"
        ]
    );
    // Every group of values belongs to a declared predicate.
    assert!(
        en.values
            .iter()
            .all(|v| predicates.contains(&v.predicate.as_str()))
    );
    let codes = |all: &[&str]| all.iter().map(|c| c.replace('_', "-")).collect::<Vec<_>>();
    assert_eq!(
        predicate_values(&en, "crime-area"),
        codes(CrimeArea::codes())
    );
    assert_eq!(
        predicate_values(&en, "implementation-status"),
        codes(ImplementationStatus::codes())
    );
    let actions: Vec<String> = declaration().actions().map(|a| a.id.to_string()).collect();
    assert_eq!(predicate_values(&en, "roadmap-action"), actions);
    assert_eq!(predicate_values(&en, "pillar"), ["1", "2", "3", "4"]);
    assert_eq!(
        predicate_values(&en, "operation-kind"),
        codes(OperationKind::codes())
    );
    // `withdrawn` is a tag without values.
    assert!(predicate_values(&en, "withdrawn").is_empty());
    // English has every description; the companions have the same values with their labels.
    assert!(
        en.values
            .iter()
            .flat_map(|v| &v.entry)
            .all(|e| e.description.is_some())
    );
    for lang in ["es", "pt", "fr"] {
        let path = format!("exports/misp/taxonomies/eu-clasi/machinetag.{lang}.json");
        let other: misp::Taxonomy = serde_json::from_str(&file(&path)).unwrap();
        assert_eq!(other.namespace, en.namespace, "{path}");
        assert_eq!(other.version, en.version, "{path}");
        for (a, b) in en.values.iter().zip(&other.values) {
            assert_eq!(a.predicate, b.predicate, "{path}");
            let values = |g: &misp::TaxonomyValues| {
                g.entry.iter().map(|e| e.value.clone()).collect::<Vec<_>>()
            };
            assert_eq!(values(a), values(b), "{path}");
        }
    }
    let es: misp::Taxonomy =
        serde_json::from_str(&file("exports/misp/taxonomies/eu-clasi/machinetag.es.json")).unwrap();
    assert_eq!(es.values[0].entry[0].expanded, "tráfico de drogas");
}

#[test]
fn every_machine_tag_round_trips() {
    let en = misp::taxonomy(eu_clasi::Lang::En);
    let mut tags = 0;
    for group in &en.values {
        for entry in &group.entry {
            let tag = format!("eu-clasi:{}=\"{}\"", group.predicate, entry.value);
            let back = match group.predicate.as_str() {
                "crime-area" => CrimeArea::from_machine_tag(&tag).map(|t| t.machine_tag()),
                "implementation-status" => {
                    ImplementationStatus::from_machine_tag(&tag).map(|t| t.machine_tag())
                }
                "roadmap-action" => ActionId::from_machine_tag(&tag).map(|t| t.machine_tag()),
                "pillar" => <&Pillar>::from_machine_tag(&tag).map(|t| t.machine_tag()),
                "operation-kind" => OperationKind::from_machine_tag(&tag).map(|t| t.machine_tag()),
                other => panic!("unexpected predicate {other}"),
            };
            assert_eq!(back.as_deref(), Ok(tag.as_str()));
            tags += 1;
        }
    }
    assert_eq!(
        tags,
        CrimeArea::all().len()
            + ImplementationStatus::all().len()
            + OperationKind::all().len()
            + declaration().actions().count()
            + 4
    );
    for &area in CrimeArea::all() {
        assert_eq!(CrimeArea::from_machine_tag(&area.machine_tag()), Ok(area));
    }
    assert_eq!(
        CrimeArea::from_machine_tag("eu-clasi:crime-area=\"drug-trafficking\""),
        Ok(CrimeArea::DrugTrafficking)
    );
    // TLP is MISP's own taxonomy, TLP 2.0 labels.
    let tlp: Vec<String> = Tlp::all().iter().map(|t| t.machine_tag()).collect();
    assert_eq!(
        tlp,
        [
            "tlp:red",
            "tlp:amber+strict",
            "tlp:amber",
            "tlp:green",
            "tlp:clear"
        ]
    );
    for &t in Tlp::all() {
        assert_eq!(Tlp::from_machine_tag(&t.machine_tag()), Ok(t));
    }
}

fn cluster(kind: &str) -> misp::Cluster {
    serde_json::from_str(&file(&format!("exports/misp/clusters/{kind}.json"))).unwrap()
}

fn uuids<V: Vocabulary>() -> Vec<String> {
    V::all().iter().map(|&t| uuid_for(t).to_string()).collect()
}

#[test]
fn the_galaxies_hold_every_term_with_its_recomputable_uuid() {
    for kind in ["eu-clasi-body", "eu-clasi-instrument", "eu-clasi-state"] {
        let galaxy: misp::Galaxy =
            serde_json::from_str(&file(&format!("exports/misp/galaxies/{kind}.json"))).unwrap();
        let c = cluster(kind);
        assert_eq!((galaxy.kind.as_str(), c.kind.as_str()), (kind, kind));
        assert_eq!(galaxy.uuid, c.uuid);
        assert_eq!(galaxy.uuid, uuid_of("galaxy", kind).to_string());
        assert_eq!(galaxy.version, c.version);
    }
    let values = |kind: &str| {
        cluster(kind)
            .values
            .iter()
            .map(|v| v.uuid.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(values("eu-clasi-body"), uuids::<Body>());
    assert_eq!(values("eu-clasi-instrument"), uuids::<Instrument>());
    assert_eq!(values("eu-clasi-state"), uuids::<Country>());
    // The documented recipe: uuid5(namespace, "<kind>:<code>").
    let europol = uuid::Uuid::new_v5(&eu_clasi::export::UUID_NAMESPACE, b"body:europol");
    assert_eq!(uuid_for(Body::Europol), europol);
}

#[test]
fn every_link_resolves_and_memberships_are_linked_both_ways() {
    let clusters: Vec<misp::Cluster> = ["eu-clasi-body", "eu-clasi-instrument", "eu-clasi-state"]
        .map(cluster)
        .into();
    let by_uuid: BTreeMap<&str, &misp::ClusterValue> = clusters
        .iter()
        .flat_map(|c| &c.values)
        .map(|v| (v.uuid.as_str(), v))
        .collect();
    assert_eq!(
        by_uuid.len(),
        Body::all().len() + Instrument::all().len() + Country::all().len()
    );
    let mut links = BTreeSet::new();
    for v in by_uuid.values() {
        for r in &v.related {
            assert!(
                by_uuid.contains_key(r.dest_uuid.as_str()),
                "{}: dangling {}",
                v.value,
                r.dest_uuid
            );
            links.insert((v.uuid.clone(), r.kind.clone(), r.dest_uuid.clone()));
        }
        // Synonyms never repeat the value.
        if let Some(Value::Array(names)) = v.meta.get("synonyms") {
            assert!(
                !names.contains(&Value::from(v.value.as_str())),
                "{}",
                v.value
            );
        }
    }
    let link = |from: String, kind: &str, to: String| links.contains(&(from, kind.to_owned(), to));
    let (br, clasi) = (
        uuid_for(Country::Br).to_string(),
        uuid_for(Body::Clasi).to_string(),
    );
    assert!(link(br.clone(), "member-of", clasi.clone()));
    assert!(link(clasi, "includes", br));
    let (sr, treaty) = (
        uuid_for(Country::Sr).to_string(),
        uuid_for(Instrument::AmeripolTreaty).to_string(),
    );
    assert!(link(sr, "signatory-of", treaty));
    assert!(link(
        uuid_for(Instrument::Seacop).to_string(),
        "part-of",
        uuid_for(Instrument::Gifp).to_string()
    ));
    assert!(link(
        uuid_for(Instrument::Empact).to_string(),
        "implemented-by",
        uuid_for(Body::Europol).to_string()
    ));
    // Every member of every membership is linked to it.
    let member_links = links
        .iter()
        .filter(|(_, k, _)| k == "member-of" || k == "signatory-of")
        .count();
    let members: usize = eu_clasi::Membership::all()
        .iter()
        .map(|m| m.members().len())
        .sum();
    assert_eq!(member_links, members);
}

// ---- files and determinism ------------------------------------------------------------------

#[test]
fn the_checked_in_exports_are_what_the_crate_generates_and_generation_is_stable() {
    let first = generated_files().unwrap();
    assert_eq!(first, generated_files().unwrap());
    for (path, contents) in &first {
        assert!(
            file(path) == *contents,
            "{path} is stale: run `cargo xtask regen`"
        );
    }
    let formats: usize = Format::ALL.iter().map(|f| f.render().unwrap().len()).sum();
    assert_eq!(formats, first.len());
}

// ---- SKOS -----------------------------------------------------------------------------------

fn parsed_turtle() -> oxrdf::Graph {
    let text = file("exports/skos/eu-clasi.ttl");
    let mut graph = oxrdf::Graph::new();
    for t in oxttl::TurtleParser::new().for_slice(text.as_bytes()) {
        graph.insert(&t.unwrap());
    }
    graph
}

fn parsed_json_ld() -> oxrdf::Graph {
    let text = file("exports/skos/eu-clasi.jsonld");
    let mut graph = oxrdf::Graph::new();
    for q in oxjsonld::JsonLdParser::new().for_slice(text.as_bytes()) {
        let q = q.unwrap();
        assert!(q.graph_name.is_default_graph());
        graph.insert(&oxrdf::Triple::from(q));
    }
    graph
}

const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";

fn node(iri: &str) -> oxrdf::NamedNode {
    oxrdf::NamedNode::new(iri).unwrap()
}

fn objects<'a>(g: &'a oxrdf::Graph, s: &str, p: &str) -> Vec<oxrdf::TermRef<'a>> {
    let (s, p) = (node(s), node(&format!("{SKOS}{p}")));
    g.objects_for_subject_predicate(&s, &p).collect()
}

#[test]
fn both_serialisations_parse_back_to_the_graph_the_crate_built() {
    let built = skos::graph().unwrap();
    let ttl = parsed_turtle();
    let jsonld = parsed_json_ld();
    assert_eq!(ttl.len(), built.len());
    assert_eq!(jsonld.len(), built.len());
    // No blank nodes: graph equality is isomorphism.
    assert_eq!(ttl, built);
    assert_eq!(jsonld, built);
}

#[test]
fn one_concept_per_term_with_four_pref_labels_a_notation_and_a_definition() {
    let g = parsed_turtle();
    let rdf_type = node("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    let concept = node(&format!("{SKOS}Concept"));
    let scheme = node(&format!("{SKOS}ConceptScheme"));
    let concepts: Vec<_> = g
        .subjects_for_predicate_object(&rdf_type, &concept)
        .collect();
    let schemes: Vec<_> = g
        .subjects_for_predicate_object(&rdf_type, &scheme)
        .collect();
    let catalogue = eu_clasi::VocabularyCatalogue::built_in();
    let kinds = vocabulary_kinds();
    assert_eq!(schemes.len(), kinds.len());
    let terms: usize = catalogue
        .vocabularies
        .iter()
        .filter(|v| kinds.contains(&v.kind.as_str()))
        .map(|v| v.terms.len())
        .sum();
    assert_eq!(concepts.len(), terms);
    for v in catalogue
        .vocabularies
        .iter()
        .filter(|v| kinds.contains(&v.kind.as_str()))
    {
        for t in &v.terms {
            let iri = format!("urn:eu-clasi:vocab:{}:{}", v.kind, t.code);
            assert_eq!(
                skos::concept_kind(&iri),
                Some((
                    kinds.iter().find(|k| **k == v.kind).copied().unwrap(),
                    t.code.as_str()
                ))
            );
            let labels = objects(&g, &iri, "prefLabel");
            let mut langs: Vec<&str> = labels
                .iter()
                .filter_map(|l| match l {
                    oxrdf::TermRef::Literal(l) => l.language(),
                    _ => None,
                })
                .collect();
            langs.sort_unstable();
            assert_eq!(langs, ["en", "es", "fr", "pt"], "{iri}");
            let label_en = labels.iter().find_map(|l| match l {
                oxrdf::TermRef::Literal(l) if l.language() == Some("en") => Some(l.value()),
                _ => None,
            });
            assert_eq!(label_en, Some(t.labels.en.as_str()), "{iri}");
            assert_eq!(objects(&g, &iri, "notation").len(), 1, "{iri}");
            assert_eq!(objects(&g, &iri, "definition").len(), 1, "{iri}");
            // The altLabels: `every_alt_label_is_tagged_with_the_language_it_is_in`.
            let translated = g
                .objects_for_subject_predicate(
                    &node(&iri),
                    &node("urn:eu-clasi:ontology:translatedLanguage"),
                )
                .count();
            assert_eq!(translated, t.labels.translated.len(), "{iri}");
        }
    }
}

#[test]
fn the_crosswalks_are_there() {
    let g = parsed_turtle();
    for &area in CrimeArea::all() {
        let iri = skos::concept_iri(area);
        let close: BTreeSet<String> = objects(&g, &iri, "closeMatch")
            .iter()
            .map(|t| t.to_string())
            .collect();
        for iccs in area.iccs() {
            assert!(
                close.contains(&format!("<urn:eu-clasi:iccs:{}>", iccs.code)),
                "{iri} {}",
                iccs.code
            );
        }
        if let Some(topic) = area.ftm_topic() {
            assert!(
                close.contains(&format!("<urn:eu-clasi:ftm-topic:{}>", topic.value)),
                "{iri}"
            );
        }
        let broad: BTreeSet<String> = objects(&g, &iri, "broadMatch")
            .iter()
            .map(|t| t.to_string())
            .collect();
        for p in area.empact_2022_2025() {
            assert!(
                broad.contains(&format!("<{}>", skos::concept_iri(*p))),
                "{iri}"
            );
        }
        for p in area.empact_2026_2029() {
            assert!(
                broad.contains(&format!("<{}>", skos::concept_iri(*p))),
                "{iri}"
            );
        }
        assert_eq!(
            broad.len(),
            area.empact_2022_2025().len() + area.empact_2026_2029().len()
        );
    }
    for &c in Country::all() {
        let exact = objects(&g, &skos::concept_iri(c), "exactMatch");
        assert_eq!(
            exact.iter().map(|t| t.to_string()).collect::<Vec<_>>(),
            [format!(
                "<http://publications.europa.eu/resource/authority/country/{}>",
                c.alpha3()
            )]
        );
    }
    assert_eq!(
        objects(&g, &skos::concept_iri(Instrument::Seacop), "broader")
            .iter()
            .map(|t| t.to_string())
            .collect::<Vec<_>>(),
        [format!("<{}>", skos::concept_iri(Instrument::Gifp))]
    );
}

#[test]
fn a_concept_iri_resolves_to_its_term() {
    fn round_trip<V: Vocabulary>() {
        for &t in V::all() {
            assert_eq!(skos::from_concept_iri::<V>(&skos::concept_iri(t)), Ok(t));
        }
    }
    round_trip::<CrimeArea>();
    round_trip::<Country>();
    round_trip::<Body>();
    round_trip::<Instrument>();
    round_trip::<Tlp>();
    round_trip::<ImplementationStatus>();
    let err = skos::from_concept_iri::<CrimeArea>("urn:eu-clasi:vocab:crime_area:drug-trafficking")
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("unknown crime_area \"drug-trafficking\""),
        "{err}"
    );
    assert!(skos::from_concept_iri::<CrimeArea>("urn:eu-clasi:vocab:country:BR").is_err());
}

// ---- the taxonomy's UUIDs -------------------------------------------------------------------

/// Every UUID of the taxonomy, with the name misp-taxonomies' `gen_uuid.py` derives it from.
fn taxonomy_uuids(t: &misp::Taxonomy) -> Vec<(String, String)> {
    let mut out = vec![(t.namespace.clone(), t.uuid.clone())];
    for p in &t.predicates {
        out.push((format!("{}:{}", t.namespace, p.value), p.uuid.clone()));
    }
    for group in &t.values {
        for e in &group.entry {
            out.push((
                format!("{}:{}=\"{}\"", t.namespace, group.predicate, e.value),
                e.uuid.clone(),
            ));
        }
    }
    out
}

#[test]
fn the_taxonomy_has_the_uuids_misp_taxonomies_gen_uuid_gives_in_every_language() {
    let en: misp::Taxonomy =
        serde_json::from_str(&file("exports/misp/taxonomies/eu-clasi/machinetag.json")).unwrap();
    let uuids = taxonomy_uuids(&en);
    // The taxonomy, 6 predicates and every value.
    assert_eq!(
        uuids.len(),
        1 + en.predicates.len()
            + misp::taxonomy(eu_clasi::Lang::En)
                .values
                .iter()
                .map(|g| g.entry.len())
                .sum::<usize>()
    );
    let mut unique = BTreeSet::new();
    for (name, id) in &uuids {
        // gen_uuid.py: uuid.uuid5(uuid.NAMESPACE_DNS, name)
        let want = uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_DNS, name.as_bytes());
        assert_eq!(id, &want.to_string(), "{name}");
        assert_eq!(taxonomy_uuid(name), want);
        assert_eq!(want.get_version_num(), 5);
        assert!(unique.insert(id.clone()), "{name}: UUID used twice");
    }
    assert_eq!(
        uuids[0],
        (
            "eu-clasi".to_owned(),
            "5af2b4bf-af7d-5a7f-9295-86dce3115ba2".to_owned()
        )
    );
    // The companions hold the same tags, so the same UUIDs.
    for lang in ["es", "pt", "fr"] {
        let path = format!("exports/misp/taxonomies/eu-clasi/machinetag.{lang}.json");
        let other: misp::Taxonomy = serde_json::from_str(&file(&path)).unwrap();
        assert_eq!(taxonomy_uuids(&other), uuids, "{path}");
    }
    assert_eq!(en.version, misp::TAXONOMY_VERSION);
    // The UUIDs are a change of content: the version was raised from 1.
    const { assert!(misp::TAXONOMY_VERSION >= 2) };
}

// ---- the layout MISP's repositories keep ----------------------------------------------------

/// A JSON value as `jq --sort-keys .` prints it, restated: every object's keys sorted by
/// their bytes, two-space indent, `": "`, a final newline.
fn jq_sorted_form(text: &str) -> String {
    fn sorted(v: Value) -> Value {
        match v {
            Value::Object(map) => {
                let mut entries: Vec<(String, Value)> = map.into_iter().collect();
                entries.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
                let mut out = serde_json::Map::new();
                for (k, v) in entries {
                    out.insert(k, sorted(v));
                }
                Value::Object(out)
            }
            Value::Array(items) => Value::Array(items.into_iter().map(sorted).collect()),
            other => other,
        }
    }
    let value: Value = serde_json::from_str(text).unwrap();
    format!(
        "{}\n",
        serde_json::to_string_pretty(&sorted(value)).unwrap()
    )
}

fn empty_lists(v: &Value, at: &str, out: &mut Vec<String>) {
    match v {
        Value::Array(items) if items.is_empty() => out.push(at.to_owned()),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                empty_lists(item, &format!("{at}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                empty_lists(item, &format!("{at}/{k}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn galaxies_and_clusters_are_as_jq_sort_keys_prints_them_with_no_empty_list() {
    let files: Vec<String> = exported("exports/misp/galaxies/")
        .into_iter()
        .chain(exported("exports/misp/clusters/"))
        .collect();
    assert_eq!(files.len(), 6);
    for path in files {
        let text = file(&path);
        assert!(
            text == jq_sorted_form(&text),
            "{path} is not in jq --sort-keys form"
        );
        assert!(!text.contains('\u{7f}') && !text.contains('\t'), "{path}");
        let mut empty = Vec::new();
        empty_lists(&json(&path), "", &mut empty);
        assert!(empty.is_empty(), "{path}: empty lists at {empty:?}");
    }
    // The sorted form is a different order from the struct's: the check can fail.
    let body = file("exports/misp/galaxies/eu-clasi-body.json");
    let g: misp::Galaxy = serde_json::from_str(&body).unwrap();
    assert_ne!(serde_json::to_string_pretty(&g).unwrap() + "\n", body);
}

#[test]
fn the_taxonomy_files_are_as_jq_prints_them() {
    for path in exported("exports/misp/taxonomies/") {
        let text = file(&path);
        // `jq .` keeps the order and prints what serde_json's pretty printer prints.
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let t: misp::Taxonomy = serde_json::from_value(value).unwrap();
        assert_eq!(
            serde_json::to_string_pretty(&t).unwrap() + "\n",
            text,
            "{path}"
        );
        let mut empty = Vec::new();
        empty_lists(&json(&path), "", &mut empty);
        assert!(empty.is_empty(), "{path}: empty lists at {empty:?}");
    }
}

// ---- SKOS: languages, schemes, the coined ontology -------------------------------------------

const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const DCTERMS: &str = "http://purl.org/dc/terms/";

fn literal_langs(g: &oxrdf::Graph, s: &str, p: &str) -> Vec<(String, Option<String>)> {
    g.objects_for_subject_predicate(&node(s), &node(p))
        .filter_map(|o| match o {
            oxrdf::TermRef::Literal(l) => {
                Some((l.value().to_owned(), l.language().map(str::to_owned)))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn every_alt_label_is_tagged_with_the_language_it_is_in() {
    let g = parsed_turtle();
    let alt = node(&format!("{SKOS}altLabel"));
    let mut untagged = Vec::new();
    let mut count = 0;
    for t in g.triples_for_predicate(&alt) {
        count += 1;
        match t.object {
            oxrdf::TermRef::Literal(l) if l.language().is_some() => {}
            other => untagged.push(format!("{} {other}", t.subject)),
        }
    }
    assert!(untagged.is_empty(), "untagged altLabels: {untagged:#?}");
    assert!(count > 600, "{count} altLabels");
    // Each term's altLabels are its tagged aliases, in each of their languages.
    struct Check<'a>(&'a oxrdf::Graph, usize);
    impl eu_clasi::VocabularyVisitor for Check<'_> {
        fn visit<V: Vocabulary>(&mut self) {
            if V::KIND == "actor" {
                return;
            }
            for &term in V::all() {
                let iri = skos::concept_iri(term);
                let mut got = literal_langs(self.0, &iri, &format!("{SKOS}altLabel"));
                got.sort();
                let mut want: Vec<(String, Option<String>)> = skos::alt_labels(term)
                    .into_iter()
                    // RDF language tags compare without case, and oxrdf writes them in
                    // lower case (`pt-br`).
                    .map(|(t, l)| (t.to_owned(), Some(l.to_ascii_lowercase())))
                    .collect();
                want.sort();
                assert_eq!(got, want, "{iri}");
                // No altLabel is the prefLabel of its language (SKOS S13).
                let pref = literal_langs(self.0, &iri, &format!("{SKOS}prefLabel"));
                assert!(got.iter().all(|a| !pref.contains(a)), "{iri}");
                self.1 += got.len();
            }
        }
    }
    let mut check = Check(&g, 0);
    eu_clasi::visit_vocabularies(&mut check);
    assert_eq!(check.1, count);
    // The rule, on known names.
    let de = literal_langs(
        &g,
        &skos::concept_iri(Country::De),
        &format!("{SKOS}altLabel"),
    );
    assert!(de.contains(&("Deutschland".to_owned(), Some("de".to_owned()))));
    let pl = literal_langs(
        &g,
        &skos::concept_iri(Country::Pl),
        &format!("{SKOS}altLabel"),
    );
    assert!(pl.contains(&("Polônia".to_owned(), Some("pt-br".to_owned()))));
    // A name the same in every language is an altLabel in each of the four.
    let mdma = literal_langs(
        &g,
        &skos::concept_iri(eu_clasi::Substance::SyntheticDrugs),
        &format!("{SKOS}altLabel"),
    );
    for lang in ["en", "es", "pt", "fr"] {
        assert!(
            mdma.contains(&("MDMA".to_owned(), Some(lang.to_owned()))),
            "{lang}"
        );
    }
}

#[test]
fn every_scheme_has_four_labels_a_description_a_licence_and_its_namespace() {
    let g = parsed_turtle();
    let schemes: Vec<String> = g
        .subjects_for_predicate_object(&node(RDF_TYPE), &node(&format!("{SKOS}ConceptScheme")))
        .map(|s| match s {
            oxrdf::NamedOrBlankNodeRef::NamedNode(n) => n.as_str().to_owned(),
            other => panic!("blank scheme {other}"),
        })
        .collect();
    assert_eq!(schemes.len(), 21);
    let catalogue = eu_clasi::VocabularyCatalogue::built_in();
    for scheme in &schemes {
        let kind = scheme.strip_prefix("urn:eu-clasi:vocab:").unwrap();
        let mut langs: Vec<Option<String>> = literal_langs(&g, scheme, &format!("{SKOS}prefLabel"))
            .into_iter()
            .map(|(_, l)| l)
            .collect();
        langs.sort();
        assert_eq!(
            langs,
            ["en", "es", "fr", "pt"].map(|l| Some(l.to_owned())),
            "{scheme}"
        );
        assert_eq!(
            literal_langs(&g, scheme, &format!("{DCTERMS}title")).len(),
            4,
            "{scheme}"
        );
        let description = literal_langs(&g, scheme, &format!("{DCTERMS}description"));
        let entry = catalogue
            .vocabularies
            .iter()
            .find(|v| v.kind == kind)
            .unwrap();
        assert_eq!(
            description,
            [(entry.description.clone(), Some("en".to_owned()))],
            "{scheme}"
        );
        let licences: Vec<String> = g
            .objects_for_subject_predicate(&node(scheme), &node(&format!("{DCTERMS}license")))
            .map(|o| o.to_string())
            .collect();
        assert_eq!(licences.len(), 2, "{scheme}: {licences:?}");
        assert!(licences.contains(&"<http://spdx.org/licenses/MIT>".to_owned()));
        assert_eq!(
            literal_langs(
                &g,
                scheme,
                "http://purl.org/vocab/vann/preferredNamespaceUri"
            ),
            [(format!("{scheme}:"), None)]
        );
    }
    // The title comes from the data file.
    let areas = literal_langs(
        &g,
        "urn:eu-clasi:vocab:crime_area",
        &format!("{SKOS}prefLabel"),
    );
    assert!(areas.contains(&("Ámbito delictivo".to_owned(), Some("es".to_owned()))));
}

#[test]
fn every_literal_that_has_a_language_is_tagged_and_the_coined_property_is_declared() {
    let g = parsed_turtle();
    // Plain literals are codes only: notations, translatedLanguage values, the namespace and
    // the licence expression.
    let plain_ok = [
        format!("{SKOS}notation"),
        "urn:eu-clasi:ontology:translatedLanguage".to_owned(),
        "http://purl.org/vocab/vann/preferredNamespaceUri".to_owned(),
        "http://purl.org/vocab/vann/preferredNamespacePrefix".to_owned(),
        format!("{DCTERMS}rights"),
    ];
    for t in g.iter() {
        if let oxrdf::TermRef::Literal(l) = t.object
            && l.language().is_none()
        {
            assert!(
                plain_ok.iter().any(|p| p == t.predicate.as_str()),
                "untagged literal {t}"
            );
        }
    }
    // Every property in the crate's own namespace used in the graph is declared in it.
    let ontology = "urn:eu-clasi:ontology:";
    let used: BTreeSet<String> = g
        .iter()
        .map(|t| t.predicate.as_str().to_owned())
        .filter(|p| p.starts_with(ontology))
        .collect();
    assert!(!used.is_empty());
    for p in used {
        let types: Vec<String> = g
            .objects_for_subject_predicate(&node(&p), &node(RDF_TYPE))
            .map(|o| o.to_string())
            .collect();
        assert!(
            types.contains(&"<http://www.w3.org/1999/02/22-rdf-syntax-ns#Property>".to_owned()),
            "{p}: {types:?}"
        );
        for q in [
            "http://www.w3.org/2000/01/rdf-schema#label",
            "http://www.w3.org/2000/01/rdf-schema#comment",
            "http://www.w3.org/2000/01/rdf-schema#isDefinedBy",
            "http://www.w3.org/2000/01/rdf-schema#domain",
            "http://www.w3.org/2000/01/rdf-schema#range",
        ] {
            assert_eq!(
                g.objects_for_subject_predicate(&node(&p), &node(q)).count(),
                1,
                "{p} {q}"
            );
        }
    }
    assert_eq!(
        g.objects_for_subject_predicate(&node(ontology), &node(RDF_TYPE))
            .map(|o| o.to_string())
            .collect::<Vec<_>>(),
        ["<http://www.w3.org/2002/07/owl#Ontology>"]
    );
}

// ---- records as MISP events ----------------------------------------------------------------

fn sample_reports() -> Vec<ProgressReport> {
    file("data/sample/progress-reports.jsonl")
        .lines()
        .map(|l| eu_clasi::json::from_str_valid(l).unwrap())
        .collect()
}

fn fixture<T: eu_clasi::json::FromJson + eu_clasi::Validate>(path: &str) -> T {
    eu_clasi::json::from_str_valid(&file(&format!("tests/fixtures/valid/{path}"))).unwrap()
}

fn operations() -> Vec<JointOperation> {
    let dir = format!(
        "{}/tests/fixtures/valid/joint-operation",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
        .iter()
        .map(|n| fixture(&format!("joint-operation/{n}")))
        .collect()
}

fn tag_names(e: &MispEvent) -> Vec<&str> {
    e.event.tags.iter().map(|t| t.name.as_str()).collect()
}

/// Every tag of an event is a tag of MISP's `tlp` taxonomy (TLP 2.0), of the `eu-clasi`
/// taxonomy, or the tag of a value of one of the crate's galaxies.
fn check_tags(e: &MispEvent) {
    let en = misp::taxonomy(eu_clasi::Lang::En);
    let mut taxonomy_tags: BTreeSet<String> = en
        .values
        .iter()
        .flat_map(|g| {
            g.entry
                .iter()
                .map(move |v| format!("eu-clasi:{}=\"{}\"", g.predicate, v.value))
        })
        .collect();
    taxonomy_tags.insert(misp::WITHDRAWN_TAG.to_owned());
    let galaxy_tags: BTreeSet<String> = misp::galaxies()
        .iter()
        .flat_map(|(g, c)| {
            c.values
                .iter()
                .map(move |v| format!("misp-galaxy:{}=\"{}\"", g.kind, v.value))
        })
        .collect();
    let names = tag_names(e);
    assert_eq!(
        names.iter().filter(|t| t.starts_with("tlp:")).count(),
        1,
        "{names:?}"
    );
    for tag in names {
        assert!(
            Tlp::from_machine_tag(tag).is_ok()
                || taxonomy_tags.contains(tag)
                || galaxy_tags.contains(tag),
            "{}: tag {tag} is in no taxonomy or galaxy",
            e.event.uuid
        );
    }
}

#[test]
fn every_record_of_the_sample_and_the_fixtures_is_an_event_whose_tags_misp_knows() {
    for r in sample_reports() {
        let e = r.to_misp_event();
        assert_eq!(e.event.uuid, r.id.to_string());
        assert_eq!(tag_names(&e), r.machine_tags());
        assert_eq!(tag_names(&e)[0], r.tlp.machine_tag());
        assert_eq!(e.event.distribution, event::distribution(r.tlp));
        assert_eq!(
            e.event.timestamp,
            r.modified.as_datetime().timestamp().to_string()
        );
        assert_eq!(
            e.event.date,
            r.period
                .end
                .latest()
                .unwrap()
                .format("%Y-%m-%d")
                .to_string()
        );
        assert!(tag_names(&e).contains(&r.status.machine_tag().as_str()));
        assert!(tag_names(&e).contains(&r.action.machine_tag().as_str()));
        for area in &r.crime_areas {
            assert!(tag_names(&e).contains(&area.machine_tag().as_str()));
        }
        if let Some(b) = r.reporter.body() {
            assert!(tag_names(&e).contains(&b.galaxy_tag().as_str()));
        }
        assert_eq!(
            e.event.attributes.len().to_string(),
            e.event.attribute_count
        );
        // Indicators first, one attribute each, then the summary.
        assert_eq!(
            e.event.attributes.len(),
            r.indicators.len()
                + 1
                + r.evidence.len()
                + usize::from(r.reporting_unit.is_some())
                + r.partners
                    .iter()
                    .chain([&r.reporter])
                    .filter(|a| a.collective().is_some())
                    .count()
        );
        check_tags(&e);
    }
    for op in operations() {
        let e = op.to_misp_event();
        assert_eq!(e.event.uuid, op.id.to_string());
        assert_eq!(tag_names(&e), op.machine_tags());
        assert!(tag_names(&e).contains(&op.kind.machine_tag().as_str()));
        assert_eq!(
            e.event.date,
            op.period
                .start
                .earliest()
                .unwrap()
                .format("%Y-%m-%d")
                .to_string()
        );
        let outcomes: Vec<&str> = e
            .event
            .attributes
            .iter()
            .filter(|a| {
                a.comment
                    .split(':')
                    .next()
                    .is_some_and(|k| op.outcomes.iter().any(|o| o.kind().code() == k))
            })
            .map(|a| a.value.as_str())
            .collect();
        assert_eq!(outcomes.len(), op.outcomes.len(), "{}", op.name);
        check_tags(&e);
        assert!(!e.event.info.contains('\n') && e.event.info.chars().count() <= 256);
    }
}

#[test]
fn a_revision_updates_the_same_event_and_its_attributes() {
    let reports = sample_reports();
    let (first, revised) = (&reports[0], &reports[1]);
    assert_eq!(first.id, revised.id);
    assert!(revised.modified > first.modified);
    let (a, b) = (first.to_misp_event(), revised.to_misp_event());
    assert_eq!(a.event.uuid, b.event.uuid);
    assert!(b.event.timestamp.parse::<i64>().unwrap() > a.event.timestamp.parse::<i64>().unwrap());
    // The summary keeps its attribute UUID through the revision, its text changes.
    let summary = |e: &MispEvent| {
        e.event
            .attributes
            .iter()
            .find(|x| x.comment.starts_with("summary"))
            .cloned()
            .unwrap()
    };
    assert_eq!(summary(&a).uuid, summary(&b).uuid);
    assert_ne!(summary(&a).value, summary(&b).value);
    // A revised count updates the attribute MISP holds: same UUID, new value.
    let mut op: JointOperation = fixture("joint-operation/maritime-interdiction.json");
    let before = op.to_misp_event();
    op.outcomes = vec![
        eu_clasi::Indicator::DrugSeizure {
            substance: eu_clasi::Substance::Cocaine,
            kilograms: "4350.5".parse().unwrap(),
        },
        eu_clasi::Indicator::Arrests { count: 11 },
    ];
    op.revise_at("2025-07-01T00:00:00Z".parse().unwrap())
        .unwrap();
    let after = op.to_misp_event();
    assert_eq!(before.event.uuid, after.event.uuid);
    for (x, y) in before.event.attributes.iter().zip(&after.event.attributes) {
        assert_eq!(x.uuid, y.uuid);
        assert_ne!(x.value, y.value);
        assert_eq!(y.timestamp, after.event.timestamp);
    }
    // Attribute UUIDs are the documented recipe.
    let ns = uuid::Uuid::parse_str(&after.event.uuid).unwrap();
    assert_eq!(
        after.event.attributes[1].uuid,
        uuid::Uuid::new_v5(&ns, b"indicator:arrests:0").to_string()
    );
    assert_eq!(
        after.event.attributes[0].uuid,
        uuid::Uuid::new_v5(&ns, b"indicator:drug_seizure:cocaine:0").to_string()
    );
}

#[test]
fn a_withdrawn_record_says_so_and_deletes_its_figures() {
    let op: JointOperation = fixture("joint-operation/port-security-assessment-withdrawn.json");
    let report: ProgressReport = fixture("progress-report/cepol-withdrawn.json");
    for e in [op.to_misp_event(), report.to_misp_event()] {
        assert!(e.event.info.starts_with("[Withdrawn] "), "{}", e.event.info);
        assert!(tag_names(&e).contains(&misp::WITHDRAWN_TAG));
        assert!(!e.event.attributes.is_empty());
        assert!(e.event.attributes.iter().all(|a| a.deleted));
        check_tags(&e);
    }
    // The record before its withdrawal: no mark, nothing deleted.
    let mut standing = op.clone();
    standing.withdrawn = false;
    let e = standing.to_misp_event();
    assert!(!e.event.info.starts_with("[Withdrawn]"));
    assert!(!tag_names(&e).contains(&misp::WITHDRAWN_TAG));
    assert!(e.event.attributes.iter().all(|a| !a.deleted));
    assert_eq!(e.event.uuid, op.to_misp_event().event.uuid);
}

#[test]
fn no_extension_and_no_unit_name_enters_an_event() {
    let op: JointOperation = fixture("joint-operation/jit-trafficking-in-human-beings.json");
    assert!(!op.extensions.is_empty());
    let text = serde_json::to_string(&op.to_misp_event()).unwrap();
    assert!(!text.contains("trial pending") && !text.contains("x_judicial_phase"));
    let mut report = sample_reports().remove(0);
    report.reporting_unit = Some(eu_clasi::ReportingUnit::named(
        eu_clasi::UnitKind::Customs,
        "Unidad Especial Aduanera Norte",
    ));
    let text = serde_json::to_string(&report.to_misp_event()).unwrap();
    assert!(!text.contains("Unidad Especial") && !text.contains("x_fictitious"));
    assert!(text.contains("\"customs\""));
}

#[test]
fn the_tlp_marking_sets_the_distribution_and_never_widens_it() {
    let levels: Vec<&str> = Tlp::all().iter().map(|&t| event::distribution(t)).collect();
    assert_eq!(levels, ["0", "0", "1", "1", "3"]);
    // Stricter markings never get a wider distribution.
    let n: Vec<u8> = levels.iter().map(|l| l.parse().unwrap()).collect();
    assert!(n.windows(2).all(|w| w[0] <= w[1]));
    let op: JointOperation = fixture("joint-operation/jit-trafficking-in-human-beings.json");
    let e = op.to_misp_event();
    assert_eq!(
        (e.event.distribution.as_str(), tag_names(&e)[0]),
        ("0", "tlp:red")
    );
}

#[test]
fn a_file_of_records_gives_one_event_a_line_and_every_problem_of_a_bad_line() {
    let mut input = file("data/sample/progress-reports.jsonl");
    input.push_str(&serde_json::to_string(&operations()[0]).unwrap());
    input.push_str("\n{\"id\": \"x\"}\n");
    let lines: Vec<_> = event::misp_events(input.as_bytes())
        .map(|l| l.unwrap())
        .collect();
    assert_eq!(lines.len(), 92);
    assert!(lines[..91].iter().all(|l| l.result.is_ok()));
    let problems = lines[91].result.as_ref().unwrap_err();
    assert_eq!(lines[91].number, 92);
    assert!(
        problems[0].message.contains("progress report"),
        "{problems:?}"
    );
    // An event reads back as the type it was written from.
    let e = lines[90].result.as_ref().unwrap();
    let back: MispEvent = serde_json::from_str(&serde_json::to_string(e).unwrap()).unwrap();
    assert_eq!(&back, e);
}
