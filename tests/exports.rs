//! The exports are accepted by the tools they are for: the MISP files follow the rules of MISP's
//! own JSON schemas (restated here from `schema.json` of MISP/misp-taxonomies and
//! `schema_galaxies.json` / `schema_clusters.json` of MISP/misp-galaxy), every term is present
//! with the UUID anyone can recompute, every machine tag round-trips, and the SKOS files parse
//! back, in both serialisations, to the very graph the crate built.
#![cfg(feature = "exports")]

use std::collections::{BTreeMap, BTreeSet};

use eu_clasi::export::misp::{self, MachineTag};
use eu_clasi::export::skos;
use eu_clasi::export::{Format, generated_files, uuid_for, uuid_of, vocabulary_kinds};
use eu_clasi::{
    ActionId, Body, Country, CrimeArea, ImplementationStatus, Instrument, Pillar, Tlp, Vocabulary,
    declaration,
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

/// MISP/misp-taxonomies `schema.json`.
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
    for key in ["description", "expanded", "namespace"] {
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
            ],
            &mut out,
        );
        number(p, &at, "numerical_value", &mut out);
        for key in ["colour", "description", "expanded", "value"] {
            string(p, &at, key, &mut out);
        }
    }
    for (i, group) in unique_array(t, "", "values", &mut out).iter().enumerate() {
        let at = format!("/values/{i}");
        only_keys(group, &at, &["entry", "predicate"], &mut out);
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
                &["numerical_value", "expanded", "description", "value"],
                &mut out,
            );
            number(e, &at, "numerical_value", &mut out);
            for key in ["expanded", "description", "value"] {
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
            "implementation-status"
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
            // Each distinct alias once, leaving out those that are a label already.
            let labels = [&t.labels.en, &t.labels.es, &t.labels.pt, &t.labels.fr];
            let aliases: BTreeSet<&String> =
                t.aliases.iter().filter(|a| !labels.contains(a)).collect();
            assert_eq!(objects(&g, &iri, "altLabel").len(), aliases.len(), "{iri}");
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
