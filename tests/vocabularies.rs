//! Guards on every vocabulary the crate exports, and on the names the declaration uses.
//!
//! - `every_vocabulary_keeps_one_wire_string_per_term` walks every term of every vocabulary:
//!   serde string, `Display`, `code()`, `codes()[i]` (and the JSON Schema `enum` entry) are one
//!   string, the strict parse and serde round-trip, labels and descriptions are filled in, and
//!   each term is found by its code and by each of its labels.
//! - `the_guarded_list_is_every_vocabulary_in_src` reads `src/` and fails when a vocabulary is
//!   added there without being added to the guard.
//! - `every_entity_the_declaration_names_is_found` goes through the source document paragraph by
//!   paragraph and the Annex item by item: every body, agency, committee, network, task force,
//!   programme, framework, tool, assessment, legal instrument, state, crime area and collective
//!   actor, as the document writes it, must be found by the right vocabulary's lookup.
//! - Membership counts, the EU's `EL` for Greece, and the deliberately ambiguous
//!   "tráfico de personas".

use std::collections::{BTreeMap, BTreeSet};

use eu_clasi::{
    Actor, Body, BodyScope, CollectiveActor, Country, CrimeArea, Error, Instrument, Lang,
    Membership, Provenance, Region, Vocabulary, VocabularyVisitor, declaration, visit_vocabularies,
};

/// The declaration as published (Council document 6403/25).
const SOURCE: &str = include_str!("../data/source/council-6403-25.md");

/// White space folded to single spaces, Markdown emphasis dropped.
fn normalise(text: &str) -> String {
    text.replace("**", "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

// ---------------------------------------------------------------------------------------------
// The guard over every vocabulary
// ---------------------------------------------------------------------------------------------

/// Walks the crate's one registry of vocabularies ([`visit_vocabularies`]): the list of
/// names (checked against `src/`), the guard over each, and the JSON Schema check over each.
#[derive(Default)]
struct Guard {
    /// The type names, in the registry's order.
    names: Vec<String>,
    /// The `KIND` of every vocabulary, in the same order.
    kinds: Vec<&'static str>,
    /// The ambiguous names found, by kind.
    ambiguous: BTreeMap<&'static str, BTreeSet<String>>,
    /// The title of every vocabulary, in the same order.
    titles: Vec<eu_clasi::Labels>,
}

impl VocabularyVisitor for Guard {
    fn visit<V: Vocabulary>(&mut self) {
        let name = std::any::type_name::<V>()
            .rsplit("::")
            .next()
            .unwrap_or_default();
        self.names.push(name.to_owned());
        self.kinds.push(V::KIND);
        self.titles.push(V::title());
        self.ambiguous.insert(V::KIND, guard::<V>());
        #[cfg(feature = "schema")]
        schema_enum_is_the_codes::<V>();
    }
}

fn guard_every_vocabulary() -> Guard {
    let mut guard = Guard::default();
    visit_vocabularies(&mut guard);
    guard
}

/// Whether `lookup(name)` finds `term`, or reports the name ambiguous with `term` among the
/// candidates. Returns whether it was ambiguous; panics when another single term, or nothing,
/// is found.
fn finds_itself<V: Vocabulary>(term: V, name: &str, what: &str) -> bool {
    match V::lookup(name) {
        Ok(found) => {
            assert_eq!(
                found,
                term,
                "{}: {what} {name:?} finds another term",
                V::KIND
            );
            false
        }
        Err(Error::Ambiguous { candidates, .. }) => {
            assert!(
                candidates.contains(&term.code()),
                "{}: {what} {name:?} is ambiguous without {term} among {candidates:?}",
                V::KIND
            );
            assert!(candidates.len() >= 2, "{name:?}: {candidates:?}");
            true
        }
        Err(e) => panic!("{}: {what} {name:?} of {term} is not found: {e}", V::KIND),
    }
}

/// Every check on one vocabulary; returns the names (normalised) that are ambiguous.
fn guard<V: Vocabulary>() -> BTreeSet<String> {
    let kind = V::KIND;
    let all = V::all();
    let codes = V::codes();
    assert!(!all.is_empty(), "{kind} has no term");
    assert_eq!(
        all.len(),
        codes.len(),
        "{kind}: all() and codes() differ in length"
    );
    // Ord follows the vocabulary's order, and no term is listed twice.
    assert!(
        all.windows(2).all(|w| w[0] < w[1]),
        "{kind}: all() is not in strictly increasing order"
    );
    let unique: BTreeSet<&str> = codes.iter().copied().collect();
    assert_eq!(
        unique.len(),
        codes.len(),
        "{kind}: a wire code is used twice"
    );
    // Two codes that differ only in case or punctuation would make `lookup(code)` ambiguous,
    // which the loop below rejects.

    let mut ambiguous = BTreeSet::new();
    for (i, &term) in all.iter().enumerate() {
        let code = term.code();
        assert!(!code.is_empty(), "{kind}: empty code");
        assert_eq!(code, codes[i], "{kind}: code() and codes()[{i}] differ");
        assert_eq!(term.to_string(), code, "{kind}: Display and code() differ");
        let json = serde_json::to_string(&term).unwrap();
        assert_eq!(
            json,
            serde_json::to_string(code).unwrap(),
            "{kind}: serde string"
        );
        assert_eq!(
            serde_json::from_str::<V>(&json).unwrap(),
            term,
            "{kind}: serde round trip"
        );
        assert_eq!(code.parse::<V>(), Ok(term), "{kind}: FromStr(Display)");
        assert_eq!(
            term.to_string().parse::<V>(),
            Ok(term),
            "{kind}: FromStr(Display)"
        );

        assert!(
            !term.description().trim().is_empty(),
            "{kind}: {code} has no description"
        );
        let labels = term.labels();
        for lang in [Lang::En, Lang::Es, Lang::Pt, Lang::Fr] {
            let label = labels.get(lang);
            assert!(
                !label.trim().is_empty(),
                "{kind}: {code} has no {lang} label"
            );
            assert_eq!(term.label(lang), label);
            if finds_itself(term, label, &format!("{lang} label")) {
                ambiguous.insert(label.to_lowercase());
            }
            // The wire form is the code only: a label that is not the code is rejected.
            if label != code {
                assert!(
                    label.parse::<V>().is_err(),
                    "{kind}: strict parse took {label:?}"
                );
                let quoted = serde_json::to_string(label).unwrap();
                assert!(
                    serde_json::from_str::<V>(&quoted).is_err(),
                    "{kind}: serde took {label:?}"
                );
            }
        }
        // Every alias has a language: the tagged aliases are the aliases, each text once, and
        // each tag is `mul` or a language tag of the form the data files use.
        let tagged = term.tagged_aliases();
        let mut texts: Vec<&str> = Vec::new();
        for a in &tagged {
            if !texts.contains(&a.text) {
                texts.push(a.text);
            }
            let (primary, region) = a.lang.split_once('-').unwrap_or((a.lang, ""));
            assert!(
                (2..=3).contains(&primary.len())
                    && primary.bytes().all(|b| b.is_ascii_lowercase())
                    && (region.is_empty()
                        || region.len() == 2 && region.bytes().all(|b| b.is_ascii_uppercase())),
                "{kind}: {code}: alias {:?} has the language tag {:?}",
                a.text,
                a.lang
            );
        }
        assert_eq!(texts, term.aliases(), "{kind}: {code}: tagged aliases");
        for alias in term.aliases() {
            assert!(
                !alias.trim().is_empty(),
                "{kind}: {code} has an empty alias"
            );
            if finds_itself(term, alias, "alias") {
                ambiguous.insert(alias.to_lowercase());
            }
        }
        // A wire code always names its own term, never a set of candidates.
        assert_eq!(
            V::lookup(code),
            Ok(term),
            "{kind}: lookup of the code {code:?}"
        );
        assert_eq!(
            V::lookup(&code.to_uppercase()),
            Ok(term),
            "{kind}: lookup ignores case"
        );
    }
    assert!(
        V::lookup("no such term anywhere").is_err(),
        "{kind}: lookup finds nonsense"
    );
    ambiguous
}

#[cfg(feature = "schema")]
fn schema_enum_is_the_codes<V: Vocabulary>() {
    // Every vocabulary is a root schema, named after its kind (`crime_area` -> `crime-area`).
    let name = V::KIND.replace('_', "-");
    let value = &eu_clasi::schema::by_name(&name)
        .unwrap_or_else(|| panic!("{}: no root schema {name:?}", V::KIND));
    let entries: Vec<&str> = value["enum"]
        .as_array()
        .unwrap_or_else(|| panic!("{}: the schema has no enum", V::KIND))
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(
        entries,
        V::codes(),
        "{}: schema enum and codes differ",
        V::KIND
    );
    let descriptions = value["x-enum-descriptions"].as_array().unwrap();
    let labels = value["x-enum-labels"].as_array().unwrap();
    assert_eq!(descriptions.len(), entries.len(), "{}", V::KIND);
    assert_eq!(labels.len(), entries.len(), "{}", V::KIND);
    for (i, &term) in V::all().iter().enumerate() {
        assert_eq!(descriptions[i], term.description(), "{}: {term}", V::KIND);
        assert_eq!(labels[i]["es"], term.label(Lang::Es), "{}: {term}", V::KIND);
    }
}

/// The names that name more than one term of a vocabulary, on purpose. A name that becomes
/// ambiguous by accident (a new alias that collides with another term's) fails the guard.
const KNOWN_AMBIGUOUS: &[(&str, &[&str])] = &[("crime_area", &["tráfico de personas"])];

#[test]
fn every_vocabulary_keeps_one_wire_string_per_term() {
    let ambiguous = guard_every_vocabulary().ambiguous;
    let found: Vec<(&str, Vec<&str>)> = ambiguous
        .iter()
        .filter(|(_, names)| !names.is_empty())
        .map(|(kind, names)| (*kind, names.iter().map(String::as_str).collect()))
        .collect();
    let expected: Vec<(&str, Vec<&str>)> = KNOWN_AMBIGUOUS
        .iter()
        .map(|(kind, names)| (*kind, names.to_vec()))
        .collect();
    assert_eq!(found, expected, "ambiguous names, by vocabulary");
}

#[cfg(feature = "schema")]
#[test]
fn every_vocabulary_schema_enum_is_its_codes() {
    // The guard checks each vocabulary's schema enum as it walks the registry.
    assert!(!guard_every_vocabulary().names.is_empty());
}

#[test]
fn vocabulary_kinds_are_unique_snake_case() {
    let kinds = guard_every_vocabulary().kinds;
    let unique: BTreeSet<&str> = kinds.iter().copied().collect();
    assert_eq!(unique.len(), kinds.len(), "a KIND is used twice: {kinds:?}");
    for kind in kinds {
        assert!(
            kind.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
            "{kind:?} is not snake_case"
        );
    }
}

/// Every vocabulary has a name in each language (the data file's `title`), and no two
/// vocabularies have the same name in a language.
#[test]
fn every_vocabulary_has_its_own_title_in_four_languages() {
    let guard = guard_every_vocabulary();
    for lang in [Lang::En, Lang::Es, Lang::Pt, Lang::Fr] {
        let mut seen = BTreeSet::new();
        for (kind, title) in guard.kinds.iter().zip(&guard.titles) {
            let text = title.get(lang);
            assert!(!text.trim().is_empty(), "{kind}: no {lang:?} title");
            assert!(
                seen.insert(text),
                "{kind}: the {lang:?} title {text:?} is another's"
            );
        }
    }
}

/// The vocabulary types declared in `src/`: each `vocabulary!` invocation's enum, and each
/// hand-written `impl Vocabulary for`.
fn vocabularies_in_src() -> Vec<String> {
    fn walk(dir: &std::path::Path, files: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, files);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 10, "src/ was not found: {files:?}");
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        // A unit test's own vocabulary (after `#[cfg(test)]`) is not one of the crate's.
        let lines: Vec<&str> = text
            .lines()
            .take_while(|l| l.trim() != "#[cfg(test)]")
            .map(str::trim)
            .filter(|l| !l.starts_with("//"))
            .collect();
        for (i, line) in lines.iter().enumerate() {
            if line.starts_with("vocabulary! {") {
                let name = lines[i..]
                    .iter()
                    .find_map(|l| l.strip_prefix("pub enum "))
                    .and_then(|rest| rest.split_whitespace().next())
                    .unwrap_or_else(|| panic!("{}: vocabulary! without an enum", file.display()));
                found.push(name.to_owned());
            } else if line.starts_with("impl") && line.contains("Vocabulary for ") {
                let name = line
                    .split("Vocabulary for ")
                    .nth(1)
                    .and_then(|rest| rest.split([' ', '{', '<']).next())
                    .unwrap_or_default();
                // The macro's own `impl $crate::Vocabulary for $name` is not a vocabulary.
                if !name.starts_with('$') {
                    found.push(name.to_owned());
                }
            }
        }
    }
    found.sort();
    found
}

#[test]
fn the_guarded_list_is_every_vocabulary_in_src() {
    let in_src = vocabularies_in_src();
    let mut guarded = guard_every_vocabulary().names;
    guarded.sort();
    assert_eq!(
        in_src, guarded,
        "a vocabulary was added to or removed from src/ without its data file's [vocabulary] \
         header: the registry (src/generated/registry.rs) is generated from the headers"
    );
    assert_eq!(in_src.len(), 22);
}

// ---------------------------------------------------------------------------------------------
// Every entity the declaration names
// ---------------------------------------------------------------------------------------------

/// Where in the document a name occurs.
#[derive(Debug, Clone, Copy)]
enum At {
    /// The cover note, subject line, title or chapeau.
    Head,
    /// A numbered paragraph.
    Para(u8),
    /// A pillar heading of the Annex.
    Pillar(u8),
    /// A roadmap action (with its targets).
    Action(&'static str),
}

/// The term a name should be found as, in the vocabulary that owns it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Term {
    Body(Body),
    State(Country),
    Collective(CollectiveActor),
    Instrument(Instrument),
    CrimeArea(CrimeArea),
    Region(Region),
    Scope(BodyScope),
}

/// Every entity the document names, as it writes it, paragraph by paragraph and item by item.
fn entities() -> Vec<(At, &'static str, Term)> {
    use At::{Action, Head, Para, Pillar};
    use Body as B;
    use CollectiveActor as A;
    use Country as S;
    use CrimeArea as C;
    use Instrument as I;
    let b = Term::Body;
    let s = Term::State;
    let a = Term::Collective;
    let i = Term::Instrument;
    let c = Term::CrimeArea;
    vec![
        // Cover note, subject and title.
        (
            Head,
            "Ministers of Interior and/or Security",
            a(A::Ministers),
        ),
        (Head, "European Union", b(B::Eu)),
        (
            Head,
            "Ministers with responsibility for security matters",
            a(A::Ministers),
        ),
        (
            Head,
            "Latin American Committee on Internal Security",
            b(B::Clasi),
        ),
        (Head, "CLASI", b(B::Clasi)),
        // 1
        (
            Para(1),
            "Ministers of Interior and/or Security",
            a(A::Ministers),
        ),
        (Para(1), "European Union", b(B::Eu)),
        (
            Para(1),
            "Latin American Committee on Internal Security",
            b(B::Clasi),
        ),
        (Para(1), "CLASI", b(B::Clasi)),
        // 2
        (Para(2), "launder money", c(C::FinancialCrime)),
        // 5
        (Para(5), "EU", b(B::Eu)),
        (Para(5), "CLASI", b(B::Clasi)),
        // 6
        (
            Para(6),
            "Heads of State or Government",
            a(A::HeadsOfStateOrGovernment),
        ),
        (Para(6), "European Union", b(B::Eu)),
        (
            Para(6),
            "Community of Latin American and Caribbean States",
            b(B::Celac),
        ),
        (Para(6), "CELAC", b(B::Celac)),
        (Para(6), "Belgium", s(S::Be)),
        (
            Para(6),
            "leaders of the two regions",
            a(A::HeadsOfStateOrGovernment),
        ),
        (
            Para(6),
            "EU-CELAC Coordination and Cooperation Mechanism on Drugs",
            b(B::EuCelacDrugsMechanism),
        ),
        (Para(6), "Bolivia", s(S::Bo)),
        // 7
        (
            Para(7),
            "Latin American Documentation and Threat Assessment Instrument",
            i(I::Ideal),
        ),
        (Para(7), "IDEAL", i(I::Ideal)),
        (
            Para(7),
            "European Union Serious and Organised Crime Threat Assessment",
            i(I::EuSocta),
        ),
        (Para(7), "EU SOCTA", i(I::EuSocta)),
        (
            Para(7),
            "Decoding the EU’s most threatening criminal networks",
            i(I::DecodingCriminalNetworks),
        ),
        (
            Para(7),
            "most threatening criminal networks",
            c(C::HighRiskCriminalNetworks),
        ),
        (Para(7), "Europol", b(B::Europol)),
        // 8
        (Para(8), "EU", b(B::Eu)),
        (
            Para(8),
            "Latin America",
            Term::Scope(BodyScope::LatinAmerica),
        ),
        (
            Para(8),
            "European Union Agency for Law Enforcement Cooperation",
            b(B::Europol),
        ),
        (Para(8), "Europol", b(B::Europol)),
        (
            Para(8),
            "European Agency for Criminal Justice Cooperation",
            b(B::Eurojust),
        ),
        (Para(8), "Eurojust", b(B::Eurojust)),
        (Para(8), "Police Community of the Americas", b(B::Ameripol)),
        (Para(8), "Ameripol", b(B::Ameripol)),
        (
            Para(8),
            "European Multidisciplinary Platform Against Criminal Threats",
            i(I::Empact),
        ),
        (Para(8), "EMPACT", i(I::Empact)),
        (Para(8), "APLICAMOS", i(I::Aplicamos)),
        // 10
        (
            Para(10),
            "national institutions working to prevent leaders and members of criminal networks who are convicted from continuing their criminal activities while incarcerated",
            a(A::PrisonAuthorities),
        ),
        // 12
        (
            Para(12),
            "drug production, transportation, trafficking and distribution",
            c(C::DrugTrafficking),
        ),
        (Para(12), "corruption", c(C::Corruption)),
        (Para(12), "money laundering", c(C::FinancialCrime)),
        // 13
        (Para(13), "corruption", c(C::Corruption)),
        (Para(13), "anticorruption", c(C::Corruption)),
        (Para(13), "public and private sectors", a(A::PrivateSector)),
        // 14
        (
            Para(14),
            "environmental crime notably deforestation",
            c(C::EnvironmentalCrime),
        ),
        (Para(14), "deforestation", c(C::EnvironmentalCrime)),
        // 15
        (
            Para(15),
            "trafficking in human beings",
            c(C::TraffickingInHumanBeings),
        ),
        // 16
        (Para(16), "follow-the-money approach", i(I::FollowTheMoney)),
        (
            Para(16),
            "crypto nature",
            c(C::CriminalUseOfCryptocurrencies),
        ),
        // 17
        (Para(17), "law enforcement", a(A::LawEnforcementAuthorities)),
        (Para(17), "judicial authorities", a(A::JudicialAuthorities)),
        // 18
        (Para(18), "EMPACT", i(I::Empact)),
        (
            Para(18),
            "operational action plans (OAPs)",
            i(I::OperationalActionPlan),
        ),
        (Para(18), "CLASI", b(B::Clasi)),
        (Para(18), "EMPACT model", i(I::Empact)),
        (
            Para(18),
            "Latin America and the Caribbean",
            Term::Scope(BodyScope::LatinAmericaAndCaribbean),
        ),
        // 19
        (
            Para(19),
            "Maritime Analysis and Operations Centre - Narcotics",
            b(B::MaocN),
        ),
        (Para(19), "MAOC-N", b(B::MaocN)),
        (Para(19), "Europol", b(B::Europol)),
        (Para(19), "Eurojust", b(B::Eurojust)),
        (Para(19), "European Union Drugs Agency", b(B::Euda)),
        (Para(19), "EUDA", b(B::Euda)),
        (
            Para(19),
            "European Union Agency for Law Enforcement Training",
            b(B::Cepol),
        ),
        (Para(19), "CEPOL", b(B::Cepol)),
        (
            Para(19),
            "European Border and Coast Guard Agency",
            b(B::Frontex),
        ),
        (Para(19), "Frontex", b(B::Frontex)),
        (Para(19), "CLASI", b(B::Clasi)),
        // 20
        (Para(20), "Caribbean", Term::Region(Region::Caribbean)),
        (
            Para(20),
            "Cooperation Programme on Drugs Policies",
            i(I::Copolad),
        ),
        (Para(20), "COPOLAD", i(I::Copolad)),
        (
            Para(20),
            "EU Programme with Latin America and the Caribbean against Transnational Organised Crime",
            i(I::ElPaccto),
        ),
        (Para(20), "EL PACCTO", i(I::ElPaccto)),
        (
            Para(20),
            "programme on integrated border management and fight against trafficking in human beings and smuggling of migrants– EUROFRONT",
            i(I::Eurofront),
        ),
        (Para(20), "EUROFRONT", i(I::Eurofront)),
        (
            Para(20),
            "trafficking in human beings",
            c(C::TraffickingInHumanBeings),
        ),
        (Para(20), "smuggling of migrants", c(C::MigrantSmuggling)),
        (Para(20), "Global Action against Cybercrime", i(I::GlacyE)),
        (Para(20), "Cybercrime", c(C::Cybercrime)),
        (Para(20), "GLACY-e", i(I::GlacyE)),
        (Para(20), "Seaport Cooperation Project", i(I::Seacop)),
        (Para(20), "SEACOP", i(I::Seacop)),
        (Para(20), "Global Illicit Flows Programme", i(I::Gifp)),
        (Para(20), "GIFP", i(I::Gifp)),
        (
            Para(20),
            "Camden Inter-Agency Asset Recovery Network",
            b(B::Carin),
        ),
        (Para(20), "CARIN", b(B::Carin)),
        (
            Para(20),
            "asset recovery offices",
            a(A::AssetRecoveryOffices),
        ),
        (
            Para(20),
            "Financial Action Task Force of Latin America",
            b(B::Gafilat),
        ),
        (Para(20), "GAFILAT", b(B::Gafilat)),
        (
            Para(20),
            "Caribbean Financial Action Task Force",
            b(B::Cfatf),
        ),
        (Para(20), "CFATF", b(B::Cfatf)),
        (
            Para(20),
            "Anti-Money Laundering Operational Network",
            b(B::Amon),
        ),
        (Para(20), "AMON", b(B::Amon)),
        // 21
        (Para(21), "EL PACCTO Programme", i(I::ElPaccto)),
        (Para(21), "Panama", s(S::Pa)),
        (
            Para(21),
            "Partnership on Justice and Security between the European Union and Latin America and the Caribbean",
            i(I::EuLacJusticeSecurityPartnership),
        ),
        (Para(21), "IDEAL", i(I::Ideal)),
        (Para(21), "Ameripol", b(B::Ameripol)),
        // 22
        (
            Para(22),
            "competent entities of each country",
            a(A::CompetentAuthorities),
        ),
        (Para(22), "local communities", a(A::LocalCommunities)),
        (Para(22), "the private sector", a(A::PrivateSector)),
        (
            Para(22),
            "international organisations",
            a(A::InternationalOrganisations),
        ),
        (
            Para(22),
            "civil society organisations",
            a(A::CivilSocietyOrganisations),
        ),
        // 23
        (
            Para(23),
            "competent entities in each country",
            a(A::CompetentAuthorities),
        ),
        (
            Para(23),
            "academic institutions",
            a(A::AcademicInstitutions),
        ),
        (Para(23), "media outlets", a(A::MediaOutlets)),
        (
            Para(23),
            "civil society organisations",
            a(A::CivilSocietyOrganisations),
        ),
        // 25
        (
            Para(25),
            "Treaty of Constitution of Ameripol",
            i(I::AmeripolTreaty),
        ),
        (Para(25), "Brazil", s(S::Br)),
        (Para(25), "CLASI", b(B::Clasi)),
        (Para(25), "Ameripol", b(B::Ameripol)),
        // 26
        (Para(26), "CLASI", b(B::Clasi)),
        (Para(26), "Brazil", s(S::Br)),
        (Para(26), "Guatemala", s(S::Gt)),
        // 27
        (
            Para(27),
            "EU-CLASI working procedures",
            i(I::EuClasiWorkingProcedures),
        ),
        (Para(27), "Senior Officials' level", a(A::SeniorOfficials)),
        // 29
        (Para(29), "CLASI", b(B::Clasi)),
        // 30
        (Para(30), "drug trafficking", c(C::DrugTrafficking)),
        (
            Para(30),
            "high-risk criminal networks",
            c(C::HighRiskCriminalNetworks),
        ),
        (Para(30), "following the money", i(I::FollowTheMoney)),
        (
            Para(30),
            "the trafficking in human beings",
            c(C::TraffickingInHumanBeings),
        ),
        (
            Para(30),
            "the smuggling of migrants",
            c(C::MigrantSmuggling),
        ),
        (
            Para(30),
            "the design, manufacture and illicit trafficking of firearms",
            c(C::FirearmsTrafficking),
        ),
        (Para(30), "child sexual abuse", c(C::ChildSexualAbuse)),
        (Para(30), "cyber", c(C::Cybercrime)),
        (Para(30), "environmental", c(C::EnvironmentalCrime)),
        (Para(30), "financial crimes", c(C::FinancialCrime)),
        (Para(30), "corruption", c(C::Corruption)),
        (
            Para(30),
            "organised property crime",
            c(C::OrganisedPropertyCrime),
        ),
        (
            Para(30),
            "trafficking in cultural goods",
            c(C::TraffickingInCulturalGoods),
        ),
        (
            Para(30),
            "the criminal use of cryptocurrencies",
            c(C::CriminalUseOfCryptocurrencies),
        ),
        // 32
        (Para(32), "drug trafficking", c(C::DrugTrafficking)),
        (
            Para(32),
            "Central America",
            Term::Region(Region::CentralAmerica),
        ),
        (Para(32), "Caribbean", Term::Region(Region::Caribbean)),
        // 33
        (Para(33), "drug trafficking", c(C::DrugTrafficking)),
        (
            Para(33),
            "EU-CELAC Coordination and Cooperation Mechanism on Drugs",
            b(B::EuCelacDrugsMechanism),
        ),
        // 34
        (Para(34), "law enforcement", a(A::LawEnforcementAuthorities)),
        (Para(34), "judicial authorities", a(A::JudicialAuthorities)),
        // 35
        (
            Para(35),
            "Leaders of the European Union and CELAC",
            a(A::HeadsOfStateOrGovernment),
        ),
        (Para(35), "European Union", b(B::Eu)),
        (Para(35), "CELAC", b(B::Celac)),
        // 36
        (Para(36), "senior officials' meeting", a(A::SeniorOfficials)),
        // 37
        (
            Para(37),
            "Ministers of Interior and/or Security",
            a(A::Ministers),
        ),
        (Para(37), "European Union", b(B::Eu)),
        (Para(37), "CLASI", b(B::Clasi)),
        // Annex 1: operational law enforcement cooperation.
        (Action("1.i"), "fusion centres", i(I::FusionCentre)),
        (
            Action("1.i"),
            "special investigative units",
            a(A::SpecialInvestigativeUnits),
        ),
        (
            Action("1.ii"),
            "law enforcement in both regions",
            a(A::LawEnforcementAuthorities),
        ),
        (Action("1.iii"), "drug trafficking", c(C::DrugTrafficking)),
        (Action("1.iii"), "European Union Drugs Agency", b(B::Euda)),
        (Action("1.iii"), "Europol", b(B::Europol)),
        (Action("1.iv"), "drug trafficking", c(C::DrugTrafficking)),
        (Action("1.iv"), "MAOC-N", b(B::MaocN)),
        (
            Action("1.iv"),
            "Seaport Cooperation Project (SEACOP)",
            i(I::Seacop),
        ),
        (Action("1.v"), "EU SOCTA", i(I::EuSocta)),
        (Action("1.v"), "IDEAL", i(I::Ideal)),
        (
            Action("1.vi"),
            "most threatening criminal networks",
            c(C::HighRiskCriminalNetworks),
        ),
        (Action("1.vi"), "Europol", b(B::Europol)),
        (Action("1.vi"), "EU SOCTA", i(I::EuSocta)),
        (Action("1.vi"), "IDEAL", i(I::Ideal)),
        (
            Action("1.vi"),
            "the trafficking of drugs",
            c(C::DrugTrafficking),
        ),
        (
            Action("1.vi"),
            "the trafficking in human beings",
            c(C::TraffickingInHumanBeings),
        ),
        (Action("1.vi"), "migrant smuggling", c(C::MigrantSmuggling)),
        (
            Action("1.vi"),
            "child sexual exploitation",
            c(C::ChildSexualAbuse),
        ),
        (
            Action("1.vi"),
            "trafficking of firearms",
            c(C::FirearmsTrafficking),
        ),
        (Action("1.vi"), "cyber-crime", c(C::Cybercrime)),
        (
            Action("1.vi"),
            "environmental crime",
            c(C::EnvironmentalCrime),
        ),
        (
            Action("1.vi"),
            "organised property crime including trafficking in cultural goods",
            c(C::OrganisedPropertyCrime),
        ),
        (
            Action("1.vi"),
            "trafficking in cultural goods",
            c(C::TraffickingInCulturalGoods),
        ),
        (Action("1.vi"), "corruption", c(C::Corruption)),
        (
            Action("1.vi"),
            "financial crime and money laundering",
            c(C::FinancialCrime),
        ),
        (
            Action("1.vii"),
            "Counter-Narcotics Task Force",
            b(B::CounterNarcoticsTaskForce),
        ),
        (Action("1.vii"), "drug trafficking", c(C::DrugTrafficking)),
        (Action("1.vii"), "Europol", b(B::Europol)),
        (Action("1.vii"), "Ameripol", b(B::Ameripol)),
        (Action("1.viii"), "EMPACT cycle", i(I::Empact)),
        (
            Action("1.viii"),
            "competent authorities of Latin America and the Caribbean",
            a(A::CompetentAuthorities),
        ),
        (Action("1.viii"), "police", a(A::PoliceAuthorities)),
        (
            Action("1.viii"),
            "judicial authorities",
            a(A::JudicialAuthorities),
        ),
        (
            Action("1.viii"),
            "operational action plans (OAPs)",
            i(I::OperationalActionPlan),
        ),
        (
            Action("1.ix"),
            "law enforcement",
            a(A::LawEnforcementAuthorities),
        ),
        (
            Action("1.ix"),
            "the high-risk criminal networks",
            c(C::HighRiskCriminalNetworks),
        ),
        (Action("1.ix"), "EMPACT", i(I::Empact)),
        (
            Action("1.ix"),
            "operational task force (OTF)",
            i(I::OperationalTaskForce),
        ),
        (Action("1.ix"), "Europol", b(B::Europol)),
        (
            Action("1.ix"),
            "joint investigation teams (JITs)",
            i(I::JointInvestigationTeam),
        ),
        (Action("1.ix"), "Eurojust", b(B::Eurojust)),
        (
            Action("1.x"),
            "Treaty of Constitution of Ameripol",
            i(I::AmeripolTreaty),
        ),
        (
            Action("1.x"),
            "Working Arrangement between Ameripol and Europol",
            i(I::EuropolAmeripolWorkingArrangement),
        ),
        (Action("1.x"), "Ameripol", b(B::Ameripol)),
        (Action("1.x"), "Europol", b(B::Europol)),
        (Action("1.xi"), "CLASI", b(B::Clasi)),
        (Action("1.xi"), "Europol", b(B::Europol)),
        (Action("1.xi"), "Eurojust", b(B::Eurojust)),
        (
            Action("1.xi"),
            "international agreements enabling the exchange of personal data",
            i(I::PersonalDataAgreements),
        ),
        // Annex 2: resilience of the logistic hubs.
        (
            Action("2.i"),
            "public and private sectors",
            a(A::PrivateSector),
        ),
        (
            Action("2.i"),
            "European Ports Alliance",
            b(B::EuropeanPortsAlliance),
        ),
        (Action("2.ii"), "corruption", c(C::Corruption)),
        // Annex 3: resilience of detention facilities.
        (Pillar(3), "detention facilities", a(A::PrisonAuthorities)),
        // Annex 4: financial crime and asset recovery.
        (Pillar(4), "financial crime", c(C::FinancialCrime)),
        (
            Action("4.i"),
            "'follow the money' approach",
            i(I::FollowTheMoney),
        ),
        (Action("4.i"), "money laundering", c(C::FinancialCrime)),
        (Action("4.i"), "corruption", c(C::Corruption)),
        (Action("4.ii"), "EU", b(B::Eu)),
        (Action("4.ii"), "CLASI", b(B::Clasi)),
        (Action("4.ii"), "money laundering", c(C::FinancialCrime)),
        (
            Action("4.ii"),
            "the financing of terrorism",
            c(C::TerrorismFinancing),
        ),
        (
            Action("4.ii"),
            "exchange of financial intelligence",
            a(A::FinancialIntelligenceUnits),
        ),
        (
            Action("4.iii"),
            "asset recovery agencies",
            a(A::AssetRecoveryOffices),
        ),
        (Action("4.iii"), "CLASI", b(B::Clasi)),
        (Action("4.iii"), "EU", b(B::Eu)),
    ]
}

/// Names in the document that no vocabulary holds, on purpose, with why.
const NOT_TERMS: &[(&str, &str)] = &[
    (
        "Presidency",
        "the Council Presidency sends the note; the declaration does not name the Council itself",
    ),
    (
        "COSI",
        "a Council file code in the header (COSI 34), not a body the declaration names",
    ),
    (
        "EU-CLASI Joint Declaration",
        "the declaration itself, the data set rather than a term",
    ),
    (
        "EU-CLASI dialogue",
        "the cooperation the declaration belongs to, not a body",
    ),
    ("Brussels", "a city, not a state"),
    ("La Paz", "a city, not a state"),
    ("Brasilia", "a city, not a state"),
    ("Gulf of Guinea", "a trafficking route, not a state"),
    ("Atlantic", "an ocean"),
    (
        "European outermost regions",
        "part of their Member State; no term of their own",
    ),
    (
        "overseas countries and territories",
        "not covered by the country vocabulary",
    ),
    (
        "mapping",
        "Europol's analytical report is not identified with any instrument the crate holds",
    ),
    (
        "organised crime",
        "the declaration's subject as a whole, not one of its crime areas",
    ),
];

/// The text of the passage a name should occur in.
fn passage_text(at: At) -> String {
    let d = declaration();
    let text = match at {
        At::Head => [
            d.title.as_str(),
            d.reference.subject.as_str(),
            d.cover_note.as_str(),
            d.operative_chapeau.as_str(),
        ]
        .join(" "),
        At::Para(n) => d.paragraph(n).unwrap().text.clone(),
        At::Pillar(n) => d.pillar(n).unwrap().title.clone(),
        At::Action(id) => d.action(id.parse().unwrap()).unwrap().full_text(),
    };
    normalise(&text)
}

#[test]
fn every_entity_the_declaration_names_is_found() {
    let source = normalise(SOURCE);
    let entities = entities();
    for &(at, name, term) in &entities {
        assert!(source.contains(name), "{name:?} is not in the source");
        assert!(passage_text(at).contains(name), "{name:?} is not in {at:?}");
        match term {
            Term::Body(body) => {
                assert_eq!(Body::lookup(name), Ok(body), "{name:?} ({at:?})");
                assert_eq!(Actor::lookup(name), Ok(Actor::Body(body)), "{name:?}");
            }
            Term::State(state) => {
                assert_eq!(Country::lookup(name), Ok(state), "{name:?} ({at:?})");
                assert_eq!(Actor::lookup(name), Ok(Actor::State(state)), "{name:?}");
            }
            Term::Collective(actor) => {
                assert_eq!(
                    CollectiveActor::lookup(name),
                    Ok(actor),
                    "{name:?} ({at:?})"
                );
                assert_eq!(
                    Actor::lookup(name),
                    Ok(Actor::Collective(actor)),
                    "{name:?}"
                );
            }
            Term::Instrument(instrument) => {
                assert_eq!(
                    Instrument::lookup(name),
                    Ok(instrument),
                    "{name:?} ({at:?})"
                );
            }
            Term::CrimeArea(area) => {
                assert_eq!(CrimeArea::lookup(name), Ok(area), "{name:?} ({at:?})");
            }
            Term::Region(region) => {
                assert_eq!(Region::lookup(name), Ok(region), "{name:?} ({at:?})");
            }
            Term::Scope(scope) => {
                assert_eq!(BodyScope::lookup(name), Ok(scope), "{name:?} ({at:?})");
            }
        }
    }
    // The list covers every paragraph that names something and every action of the Annex.
    let d = declaration();
    for action in d.actions() {
        let id = action.id.to_string();
        assert!(
            entities
                .iter()
                .any(|(at, _, _)| matches!(at, At::Action(a) if *a == id))
                || action.mentions.is_empty(),
            "no entity listed for Annex {id}"
        );
    }
    for p in &d.paragraphs {
        let names_something = p.mentions.actors().next().is_some()
            || !p.mentions.instruments.is_empty()
            || !p.mentions.crime_areas.is_empty();
        if names_something {
            assert!(
                entities
                    .iter()
                    .any(|(at, _, _)| matches!(at, At::Para(n) if *n == p.number)),
                "no entity listed for para {}",
                p.number
            );
        }
    }
}

#[test]
fn the_entity_list_and_the_declarations_links_name_the_same_terms() {
    let d = declaration();
    let entities = entities();
    let listed = |pick: &dyn Fn(Term) -> Option<String>| -> BTreeSet<String> {
        entities.iter().filter_map(|&(_, _, t)| pick(t)).collect()
    };
    let linked = |pick: &dyn Fn(&eu_clasi::Mentions) -> Vec<String>| -> BTreeSet<String> {
        d.passages().flat_map(|p| pick(p.mentions())).collect()
    };
    assert_eq!(
        listed(&|t| match t {
            Term::Body(b) => Some(b.to_string()),
            _ => None,
        }),
        linked(&|m| m.bodies.iter().map(|b| b.to_string()).collect()),
        "bodies"
    );
    assert_eq!(
        listed(&|t| match t {
            Term::State(s) => Some(s.to_string()),
            _ => None,
        }),
        linked(&|m| m.states.iter().map(|s| s.to_string()).collect()),
        "states"
    );
    assert_eq!(
        listed(&|t| match t {
            Term::Instrument(i) => Some(i.to_string()),
            _ => None,
        }),
        linked(&|m| m.instruments.iter().map(|i| i.to_string()).collect()),
        "instruments"
    );
    assert_eq!(
        listed(&|t| match t {
            Term::CrimeArea(c) => Some(c.to_string()),
            _ => None,
        }),
        linked(&|m| m.crime_areas.iter().map(|c| c.to_string()).collect()),
        "crime areas"
    );
    assert_eq!(
        listed(&|t| match t {
            Term::Collective(a) => Some(a.to_string()),
            _ => None,
        }),
        linked(&|m| m.collective_actors.iter().map(|a| a.to_string()).collect()),
        "collective actors"
    );
    // Every body but the Council (named only through its Presidency), every instrument and
    // every crime area is named somewhere.
    let bodies: BTreeSet<Body> = entities
        .iter()
        .filter_map(|&(_, _, t)| match t {
            Term::Body(b) => Some(b),
            _ => None,
        })
        .collect();
    let unnamed: Vec<Body> = Body::all()
        .iter()
        .copied()
        .filter(|b| !bodies.contains(b))
        .collect();
    assert_eq!(unnamed, [Body::CouncilOfTheEu]);
    for &instrument in Instrument::all() {
        assert!(
            entities
                .iter()
                .any(|&(_, _, t)| t == Term::Instrument(instrument)),
            "{instrument} is named nowhere"
        );
    }
    for &area in CrimeArea::all() {
        assert!(
            entities.iter().any(|&(_, _, t)| t == Term::CrimeArea(area)),
            "{area} is named nowhere"
        );
    }
}

#[test]
fn names_that_are_no_term_are_in_the_source_and_found_by_no_vocabulary() {
    let source = normalise(SOURCE);
    for (name, why) in NOT_TERMS {
        assert!(source.contains(name), "{name:?} is not in the source");
        assert!(Actor::lookup(name).is_err(), "{name:?} ({why})");
        assert!(Instrument::lookup(name).is_err(), "{name:?} ({why})");
        assert!(CrimeArea::lookup(name).is_err(), "{name:?} ({why})");
        assert!(Region::lookup(name).is_err(), "{name:?} ({why})");
    }
}

// ---------------------------------------------------------------------------------------------
// Memberships and spot checks
// ---------------------------------------------------------------------------------------------

#[test]
fn membership_counts() {
    assert_eq!(Membership::Eu.members().len(), 27);
    assert_eq!(Membership::Clasi.members().len(), 16);
    assert_eq!(Membership::AmeripolTreaty.members().len(), 13);
    assert_eq!(Membership::Celac.members().len(), 33);
    assert_eq!(Membership::Gafilat.members().len(), 18);
    assert_eq!(Membership::all().len(), 5);
}

#[test]
fn ameripol_treaty_has_haiti_and_suriname_not_bolivia() {
    let treaty = Membership::AmeripolTreaty;
    assert!(treaty.contains(Country::Ht));
    assert!(treaty.contains(Country::Sr));
    assert!(!treaty.contains(Country::Bo));
    assert!(Country::Ht.is_ameripol_treaty_signatory());
    assert!(!Country::Bo.is_ameripol_treaty_signatory());
    // Para 25 says "13 CLASI Member States"; the list is not a subset of CLASI.
    assert!(!Membership::Clasi.contains(Country::Ht));
    assert!(!Membership::Clasi.contains(Country::Sr));
    assert_eq!(treaty.source().provenance, Provenance::Disputed);
}

#[test]
fn clasi_includes_the_members_the_declaration_welcomes() {
    // Para 26: "welcoming Brazil and Guatemala".
    assert!(Membership::Clasi.contains(Country::Br));
    assert!(Membership::Clasi.contains(Country::Gt));
    for &state in Membership::Clasi.members() {
        assert!(state.is_celac_member(), "{state}");
    }
    for &state in Membership::Eu.members() {
        assert!(state.eu_code().is_some(), "{state}");
        assert!(!state.is_celac_member(), "{state}");
    }
}

#[test]
fn greece_is_gr_on_the_wire_and_el_in_the_eu() {
    assert_eq!(Country::Gr.code(), "GR");
    assert_eq!(Country::Gr.to_string(), "GR");
    assert_eq!(serde_json::to_string(&Country::Gr).unwrap(), "\"GR\"");
    assert_eq!(Country::Gr.eu_code(), Some("EL"));
    assert_eq!(Country::lookup("EL"), Ok(Country::Gr));
    assert_eq!(Actor::lookup("EL"), Ok(Actor::State(Country::Gr)));
    assert!("EL".parse::<Country>().is_err(), "EL is no wire code");
    assert!(serde_json::from_str::<Country>("\"EL\"").is_err());
}

#[test]
fn spot_lookups() {
    assert_eq!(Country::lookup("Brasil"), Ok(Country::Br));
    assert_eq!(Country::lookup("Brasil").unwrap().code(), "BR");
    assert_eq!(Actor::lookup("Brasil"), Ok(Actor::State(Country::Br)));
    assert_eq!(Body::lookup("EMCDDA"), Ok(Body::Euda));
    assert_eq!(Actor::lookup("EMCDDA"), Ok(Actor::Body(Body::Euda)));
    assert_eq!(
        CrimeArea::lookup("trata de personas"),
        Ok(CrimeArea::TraffickingInHumanBeings)
    );
    assert_eq!(
        CrimeArea::lookup("TRATA DE PERSONAS"),
        Ok(CrimeArea::TraffickingInHumanBeings)
    );
}

#[test]
fn trafico_de_personas_is_ambiguous_between_trafficking_and_smuggling() {
    let expected = BTreeSet::from(["migrant_smuggling", "trafficking_in_human_beings"]);
    for text in [
        "tráfico de personas",
        "Tráfico de Personas",
        "trafico de personas",
    ] {
        let err = CrimeArea::lookup(text).unwrap_err();
        let Error::Ambiguous {
            kind, candidates, ..
        } = &err
        else {
            panic!("{text:?}: expected Ambiguous, got {err:?}");
        };
        assert_eq!(*kind, "crime_area");
        let got: BTreeSet<&str> = candidates.iter().copied().collect();
        assert_eq!(got, expected, "{text:?}");
        assert_eq!(candidates.len(), 2, "{text:?}");
        let message = err.to_string();
        assert!(message.contains("trafficking_in_human_beings"), "{message}");
        assert!(message.contains("migrant_smuggling"), "{message}");
        assert!(message.contains("ambiguous"), "{message}");
    }
    // Each area is an alias holder of the phrase, and the unambiguous forms stay unambiguous.
    assert!(
        CrimeArea::TraffickingInHumanBeings
            .aliases()
            .contains(&"tráfico de personas")
    );
    assert!(
        CrimeArea::MigrantSmuggling
            .aliases()
            .contains(&"tráfico de personas")
    );
    assert_eq!(
        CrimeArea::lookup("tráfico ilícito de migrantes"),
        Ok(CrimeArea::MigrantSmuggling)
    );
    assert_eq!(
        CrimeArea::lookup("trata de personas"),
        Ok(CrimeArea::TraffickingInHumanBeings)
    );
}
