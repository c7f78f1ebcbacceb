//! Turns the vocabulary data files into Rust.
//!
//! Each vocabulary gives one file under `src/generated/`, included by the hand-written module
//! (its face, named in its header) that defines the vocabulary's types and logic. A generated
//! file holds the enum (through the crate's `vocabulary!` macro, with the wire code of every
//! term given explicitly) and the term tables as private `const fn`s; the hand-written module
//! gives them their public, documented face. The headers of all the files give the registry
//! ([`registry`]), and the indicator kinds also give the `Indicator` enum ([`indicator`]).

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;

use crate::Error;
use crate::model::*;

pub use crate::model::Family;

/// Every vocabulary's codes with their Rust variant names, to resolve references between files.
pub type Variants = BTreeMap<String, (String, BTreeMap<String, String>)>;

pub(crate) fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn opt(v: Option<String>) -> String {
    match v {
        Some(v) => format!("Some({v})"),
        None => "None".into(),
    }
}

fn opt_lit(v: &Option<String>) -> String {
    opt(v.as_deref().map(lit))
}

fn slice(items: impl IntoIterator<Item = String>) -> String {
    let items: Vec<String> = items.into_iter().collect();
    format!("&[{}]", items.join(", "))
}

fn strs(items: &[String]) -> String {
    slice(items.iter().map(|s| lit(s)))
}

/// A vocabulary's title, as a `crate::Labels` expression.
fn title(t: &Title) -> String {
    format!(
        "crate::Labels::new({}, {}, {}, {})",
        lit(&t.en),
        lit(&t.es),
        lit(&t.pt),
        lit(&t.fr)
    )
}

/// Names with their language tags, as a slice of `crate::TaggedAlias`.
fn tagged(items: &[(String, String)]) -> String {
    slice(items.iter().map(|(lang, text)| {
        format!(
            "crate::TaggedAlias {{ lang: {}, text: {} }}",
            lit(lang),
            lit(text)
        )
    }))
}

fn labels(l: &Labels) -> String {
    let langs: Vec<String> = l.translated.iter().map(|l| l.rust()).collect();
    format!(
        "crate::Labels {{ en: {}, es: {}, pt: {}, fr: {}, translated: &[{}] }}",
        lit(&l.en),
        lit(&l.es),
        lit(&l.pt),
        lit(&l.fr),
        langs.join(", ")
    )
}

/// The Rust path of a provenance: its variant of `eu_clasi::Provenance`, named by this
/// enum's variant name, so that the two cannot differ without the generated code failing to
/// compile.
pub(crate) fn provenance(s: Status) -> String {
    format!("crate::Provenance::{s:?}")
}

fn fact_parts(value: String, status: Status, sources: &[String], note: &Option<String>) -> String {
    format!(
        "crate::Fact {{ value: {value}, provenance: {}, note: {}, sources: {} }}",
        provenance(status),
        opt_lit(note),
        strs(sources)
    )
}

fn fact_str(f: &Fact<String>) -> String {
    fact_parts(lit(&f.value), f.status, &f.sources, &f.note)
}

fn fact_date(f: &Fact<Date>, at: &str) -> Result<String, Error> {
    Ok(fact_parts(
        date(&f.value, at)?,
        f.status,
        &f.sources,
        &f.note,
    ))
}

/// A partial date as the crate's const constructor call.
pub(crate) fn date(d: &Date, at: &str) -> Result<String, Error> {
    let parts: Vec<&str> = d.0.split('-').collect();
    let num = |s: &str| -> Result<u16, Error> {
        s.parse::<u16>()
            .map_err(|_| Error::data(at, format!("{:?} is not a date", d.0)))
    };
    let days_in = |y: u16, m: u16| match m {
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    match parts.as_slice() {
        [y] => Ok(format!("crate::PartialDate::year_only({})", num(y)?)),
        [y, m] => {
            let (y, m) = (num(y)?, num(m)?);
            if !(1..=12).contains(&m) {
                return Err(Error::data(at, format!("{:?}: no month {m}", d.0)));
            }
            Ok(format!("crate::PartialDate::year_month({y}, {m})"))
        }
        [y, m, day] => {
            let (y, m, day) = (num(y)?, num(m)?, num(day)?);
            if !(1..=12).contains(&m) || day == 0 || day > days_in(y, m) {
                return Err(Error::data(at, format!("{:?} is not a calendar day", d.0)));
            }
            Ok(format!(
                "crate::PartialDate::ymd_unchecked({y}, {m}, {day})"
            ))
        }
        _ => Err(Error::data(at, format!("{:?} is not a date", d.0))),
    }
}

/// The Rust path of the term `code` of vocabulary `kind`.
fn term_ref(variants: &Variants, kind: &str, code: &str, at: &str) -> Result<String, Error> {
    let (ty, codes) = variants
        .get(kind)
        .ok_or_else(|| Error::data(at, format!("no vocabulary {kind:?}")))?;
    let variant = codes.get(code).ok_or_else(|| {
        Error::data(
            at,
            format!("{kind} has no term {code:?} (known: {})", keys(codes)),
        )
    })?;
    Ok(format!("{ty}::{variant}"))
}

fn keys(codes: &BTreeMap<String, String>) -> String {
    codes.keys().cloned().collect::<Vec<_>>().join(", ")
}

fn refs(variants: &Variants, kind: &str, codes: &[String], at: &str) -> Result<String, Error> {
    let items = codes
        .iter()
        .map(|c| term_ref(variants, kind, c, at))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(slice(items))
}

/// A `match self` over every term, with one arm per term.
fn arms(out: &mut String, terms: &[Common], body: impl Fn(usize) -> String) {
    out.push_str("match self {\n");
    for (i, t) in terms.iter().enumerate() {
        writeln!(out, "Self::{} => {},", t.variant, body(i)).ok();
    }
    out.push_str("}\n");
}

fn doc_attrs(out: &mut String, doc: &str) {
    for line in doc.trim_end().lines() {
        if line.is_empty() {
            out.push_str("#[doc = \"\"]\n");
        } else {
            writeln!(out, "#[doc = {}]", lit(&format!(" {line}"))).ok();
        }
    }
}

/// `mul`, or a language tag of the form the data files use: a two- or three-letter primary
/// language subtag in lower case, then optionally a two-letter region in upper case (`pt-BR`).
fn is_language_tag(tag: &str) -> bool {
    let (primary, region) = match tag.split_once('-') {
        Some((p, r)) => (p, Some(r)),
        None => (tag, None),
    };
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && region.is_none_or(|r| r.len() == 2 && r.bytes().all(|b| b.is_ascii_uppercase()))
}

/// Checks the common fields of every term: unique codes and variants, non-empty texts.
fn check_common(file: &str, terms: &[Common]) -> Result<(), Error> {
    let mut codes = HashSet::new();
    let mut variants = HashSet::new();
    for t in terms {
        let at = format!("{file}: term {:?}", t.code);
        if t.code.is_empty() || t.code.trim() != t.code {
            return Err(Error::data(
                &at,
                "the code is empty or has surrounding space",
            ));
        }
        if !codes.insert(t.code.clone()) {
            return Err(Error::data(&at, "the code is used twice"));
        }
        for former in &t.former_codes {
            if !codes.insert(former.clone()) {
                return Err(Error::data(
                    &at,
                    format!("former code {former:?} is also another code"),
                ));
            }
        }
        if !variants.insert(t.variant.clone()) {
            return Err(Error::data(&at, "the variant name is used twice"));
        }
        if t.description.trim().is_empty() {
            return Err(Error::data(&at, "description: empty"));
        }
        for (lang, text) in ["en", "es", "pt", "fr"].iter().zip(t.labels.texts()) {
            if text.trim().is_empty() {
                return Err(Error::data(&at, format!("labels.{lang}: empty")));
            }
        }
        let mut seen = HashSet::new();
        for (lang, text) in &t.aliases {
            if !is_language_tag(lang) {
                return Err(Error::data(
                    &at,
                    format!("aliases.{lang}: not mul or a language tag like es, pt-BR, de"),
                ));
            }
            if text.trim().is_empty() || text.trim() != text {
                return Err(Error::data(
                    &at,
                    format!("aliases.{lang}: {text:?} is empty or has surrounding space"),
                ));
            }
            if !seen.insert((lang, text)) {
                return Err(Error::data(
                    &at,
                    format!("aliases.{lang}: {text:?} is listed twice"),
                ));
            }
        }
    }
    Ok(())
}

/// The generated Rust of one vocabulary file.
pub fn vocabulary<T>(
    file: &str,
    parsed: &File<T>,
    family: Family,
    variants: &Variants,
    bases: &[Common],
    extra: impl FnOnce(&mut String, &[Common], &Variants) -> Result<(), Error>,
) -> Result<String, Error> {
    check_common(file, bases)?;
    let h = &parsed.vocabulary;
    let vocabulary_title = h.title.as_ref().ok_or_else(|| {
        Error::data(
            &format!("data/vocabularies/{file}.toml: [vocabulary]"),
            "title: missing (only a derived vocabulary's face names it)",
        )
    })?;
    for (lang, text) in ["en", "es", "pt", "fr"]
        .iter()
        .zip(vocabulary_title.texts())
    {
        if text.trim().is_empty() || text.trim() != text {
            return Err(Error::data(
                &format!("{file}: vocabulary.title.{lang}"),
                "empty, or with surrounding space",
            ));
        }
    }
    let ty = &h.rust_type;
    let mut out = String::new();
    writeln!(
        out,
        "// @generated by eu-clasi-codegen from data/vocabularies/{file}.toml.\n\
         // Do not edit: edit the data file and run `cargo xtask regen`.\n"
    )
    .ok();
    out.push_str("vocabulary! {\n");
    doc_attrs(&mut out, &h.doc);
    let derived = matches!(
        family,
        Family::Body
            | Family::CrimeArea
            | Family::CollectiveActor
            | Family::Instrument
            | Family::Country
    );
    let former = bases.iter().any(|t| !t.former_codes.is_empty());
    writeln!(
        out,
        "#[vocabulary(kind = {}, title = {}, labels = {ty}::labels_of, aliases = {ty}::aliases_of{})]",
        lit(&h.kind),
        title(vocabulary_title),
        if former {
            format!(", former = {ty}::FORMER_CODES")
        } else {
            String::new()
        }
    )
    .ok();
    if !h.exhaustive {
        out.push_str("#[non_exhaustive]\n");
    }
    writeln!(out, "pub enum {ty} {{").ok();
    for t in bases {
        doc_attrs(&mut out, &t.description);
        writeln!(out, "#[strum(serialize = {})]", lit(&t.code)).ok();
        writeln!(out, "{},", t.variant).ok();
    }
    out.push_str("}\n}\n\n");
    writeln!(out, "impl {ty} {{").ok();
    out.push_str("/// The term's labels (from the data file).\n");
    out.push_str("const fn labels_of(self) -> crate::Labels {\n");
    arms(&mut out, bases, |i| labels(&bases[i].labels));
    out.push_str("}\n\n");
    let names = |i: usize| tagged(&bases[i].aliases);
    if derived {
        out.push_str(
            "/// The term's other names, each with its language (the data file's `aliases`).\n",
        );
        out.push_str("const fn other_names(self) -> &'static [crate::TaggedAlias] {\n");
        arms(&mut out, bases, names);
        out.push_str("}\n\n");
    } else {
        out.push_str(
            "/// The term's other names, each with its language (the data file's `aliases`).\n",
        );
        out.push_str("fn aliases_of(self) -> Vec<crate::TaggedAlias> {\n");
        out.push_str("let names: &[crate::TaggedAlias] = ");
        arms(&mut out, bases, names);
        out.push_str(";\nnames.to_vec()\n}\n\n");
    }
    if former {
        out.push_str("/// Wire codes the terms had before, still parsed.\n");
        writeln!(out, "const FORMER_CODES: &[(&str, {ty})] = &[").ok();
        for t in bases {
            for f in &t.former_codes {
                writeln!(out, "({}, {ty}::{}),", lit(f), t.variant).ok();
            }
        }
        out.push_str("];\n\n");
    }
    extra(&mut out, bases, variants)?;
    out.push_str("}\n");
    Ok(out)
}

/// The family-specific tables of one file.
pub fn family_tables(
    file: &str,
    family: Family,
    value: &toml::Value,
    variants: &Variants,
) -> Result<String, Error> {
    macro_rules! parse {
        ($t:ty) => {{
            let parsed: File<$t> = value
                .clone()
                .try_into()
                .map_err(|e| Error::data(&format!("data/vocabularies/{file}.toml"), e))?;
            let bases: Vec<Common> = parsed.term.iter().map(|t| t.base()).collect();
            (parsed, bases)
        }};
    }
    match family {
        Family::Plain => {
            let (p, b) = parse!(Plain);
            vocabulary(file, &p, family, variants, &b, |_, _, _| Ok(()))
        }
        Family::Derived => Err(Error::data(
            &format!("data/vocabularies/{file}.toml"),
            "a derived vocabulary has no generated file: its face makes its terms",
        )),
        Family::IndicatorKind => {
            let (p, b) = parse!(IndicatorKindTerm);
            vocabulary(file, &p, family, variants, &b, |out, bases, _| {
                out.push_str("/// What the kind counts in (from the data file).\n");
                out.push_str("const fn unit_data(self) -> IndicatorUnit {\n");
                arms(out, bases, |i| {
                    format!("IndicatorUnit::{:?}", p.term[i].unit)
                });
                out.push_str("}\n");
                Ok(())
            })
        }
        Family::Tlp => {
            let (p, b) = parse!(TlpTerm);
            vocabulary(file, &p, family, variants, &b, |out, bases, _| {
                out.push_str("/// The colour FIRST gives the label (from the data file).\n");
                out.push_str("const fn colour_data(self) -> Option<&'static str> {\n");
                arms(out, bases, |i| opt_lit(&p.term[i].colour));
                out.push_str("}\n");
                Ok(())
            })
        }
        Family::ImplementationStatus => {
            let (p, b) = parse!(StatusTerm);
            vocabulary(file, &p, family, variants, &b, |out, bases, _| {
                out.push_str("/// Whether work is being done (from the data file).\n");
                out.push_str("const fn active_data(self) -> bool {\n");
                arms(out, bases, |i| p.term[i].active.to_string());
                out.push_str("}\n");
                Ok(())
            })
        }
        Family::EmpactPriority => {
            let (p, b) = parse!(EmpactTerm);
            let cycle = p.cycle.clone().ok_or_else(|| {
                Error::data(
                    &format!("data/vocabularies/{file}.toml"),
                    "no [cycle] table",
                )
            })?;
            let at = format!("data/vocabularies/{file}.toml: cycle");
            let adopted = fact_date(&cycle.adopted, &at)?;
            vocabulary(file, &p, family, variants, &b, |out, bases, _| {
                let every = p.term.iter().all(|t| t.number.is_some());
                out.push_str("/// The priority's order number (from the data file).\n");
                if every {
                    out.push_str("const fn number_data(self) -> u8 {\n");
                    arms(out, bases, |i| {
                        p.term[i].number.unwrap_or_default().to_string()
                    });
                } else {
                    out.push_str("const fn number_data(self) -> Option<u8> {\n");
                    arms(out, bases, |i| opt(p.term[i].number.map(|n| n.to_string())));
                }
                out.push_str("}\n\n/// The cycle (from the data file).\n");
                writeln!(
                    out,
                    "const CYCLE: EmpactCycle = EmpactCycle {{ name: {}, first_year: {}, last_year: {}, adopted: {adopted}, threat_assessment: {} }};",
                    lit(&cycle.name),
                    cycle.first_year,
                    cycle.last_year,
                    fact_str(&cycle.threat_assessment)
                )
                .ok();
                Ok(())
            })
        }
        Family::CollectiveActor => {
            let (p, b) = parse!(CollectiveTerm);
            vocabulary(file, &p, family, variants, &b, |out, bases, _| {
                out.push_str("/// The declaration's phrases for the actor (from the data file).\n");
                out.push_str("const fn wording_data(self) -> &'static [&'static str] {\n");
                arms(out, bases, |i| strs(&p.term[i].declaration_wording));
                out.push_str("}\n");
                Ok(())
            })
        }
        Family::Country => {
            let (p, b) = parse!(CountryTerm);
            vocabulary(file, &p, family, variants, &b, |out, bases, v| {
                let mut rows = Vec::new();
                for t in &p.term {
                    let at = format!("{file}: term {:?}: region", t.code);
                    let region = term_ref(v, "region", &t.region, &at)?;
                    if t.alpha3.len() != 3 || !t.alpha3.bytes().all(|b| b.is_ascii_uppercase()) {
                        return Err(Error::data(
                            &format!("{file}: term {:?}: alpha3", t.code),
                            "not three capital letters",
                        ));
                    }
                    rows.push(format!(
                        "CountryInfo {{ alpha3: {}, region: {region} }}",
                        lit(&t.alpha3),
                    ));
                }
                out.push_str("/// The state's facts (from the data file).\n");
                out.push_str("const fn info(self) -> CountryInfo {\n");
                arms(out, bases, |i| rows[i].clone());
                out.push_str("}\n");
                Ok(())
            })
        }
        Family::Body => {
            let (p, b) = parse!(BodyTerm);
            vocabulary(file, &p, family, variants, &b, |out, bases, v| {
                let mut rows = Vec::new();
                for t in &p.term {
                    let at = format!("{file}: term {:?}", t.code);
                    let founded = match &t.founded {
                        Some(f) => Some(fact_date(f, &format!("{at}: founded"))?),
                        None => None,
                    };
                    rows.push(format!(
                        "BodyInfo {{ acronym: {}, name: {}, declaration_name: {}, kind: {}, scope: {}, seat: {}, founded: {}, secretariat: {}, members: {}, identification: {}, note: {} }}",
                        opt_lit(&t.acronym),
                        labels(&t.name),
                        opt_lit(&t.declaration_name),
                        term_ref(v, "body_kind", &t.kind, &format!("{at}: kind"))?,
                        term_ref(v, "body_scope", &t.scope, &format!("{at}: scope"))?,
                        opt(t.seat.as_ref().map(fact_str)),
                        opt(founded),
                        opt(t.secretariat.as_ref().map(fact_str)),
                        opt(t.members.as_ref().map(fact_str)),
                        opt(t.identification.as_ref().map(fact_str)),
                        opt_lit(&t.note),
                    ));
                }
                out.push_str("/// The body's facts (from the data file).\n");
                out.push_str("const fn data(self) -> BodyInfo {\n");
                arms(out, bases, |i| rows[i].clone());
                out.push_str("}\n");
                Ok(())
            })
        }
        Family::Instrument => {
            let (p, b) = parse!(InstrumentTerm);
            vocabulary(file, &p, family, variants, &b, |out, bases, v| {
                let mut rows = Vec::new();
                for t in &p.term {
                    let at = format!("{file}: term {:?}", t.code);
                    let parent = match &t.parent {
                        Some(c) => Some(term_ref(v, "instrument", c, &format!("{at}: parent"))?),
                        None => None,
                    };
                    let dates = t
                        .dates
                        .iter()
                        .map(|d| {
                            let value = date(&d.date, &format!("{at}: dates"))?;
                            Ok(format!(
                                "InstrumentDate {{ event: {}, date: {} }}",
                                lit(&d.event),
                                fact_parts(value, d.status, &d.sources, &d.note)
                            ))
                        })
                        .collect::<Result<Vec<_>, Error>>()?;
                    rows.push(format!(
                        "InstrumentInfo {{ kind: {}, acronym: {}, name: {}, declaration_name: {}, implementer: {}, parent: {}, dates: {}, aliases: {}, notes: {} }}",
                        term_ref(v, "instrument_kind", &t.kind, &format!("{at}: kind"))?,
                        opt_lit(&t.acronym),
                        labels(&t.labels),
                        lit(&t.declaration_name),
                        opt(t.implementer.as_ref().map(fact_str)),
                        opt(parent),
                        if dates.is_empty() { "&[]".to_string() } else { format!("const {{ {} }}", slice(dates)) },
                        strs(&t.aliases.names()),
                        slice(t.notes.iter().map(fact_str)),
                    ));
                }
                out.push_str("/// The instrument's facts (from the data file).\n");
                out.push_str("const fn data(self) -> InstrumentInfo {\n");
                arms(out, bases, |i| rows[i].clone());
                out.push_str("}\n");
                Ok(())
            })
        }
        Family::CrimeArea => {
            let (p, b) = parse!(CrimeAreaTerm);
            vocabulary(file, &p, family, variants, &b, |out, bases, v| {
                let mut rows = Vec::new();
                for t in &p.term {
                    let at = format!("{file}: term {:?}", t.code);
                    let iccs = t
                        .iccs
                        .iter()
                        .map(|c| {
                            format!(
                                "IccsCode {{ code: {}, title: {}, provenance: {}, note: {}, sources: {} }}",
                                lit(&c.code),
                                lit(&c.title),
                                provenance(c.status),
                                opt_lit(&c.note),
                                strs(&c.sources)
                            )
                        })
                        .collect::<Vec<_>>();
                    rows.push(format!(
                        "CrimeAreaInfo {{ definition: {}, wordings: {}, iccs: {}, empact_2022_2025: {}, empact_2026_2029: {}, ftm_topic: {} }}",
                        lit(&t.definition),
                        strs(&t.wordings),
                        slice(iccs),
                        refs(v, "empact_priority_2022", &t.empact_2022_2025, &format!("{at}: empact_2022_2025"))?,
                        refs(v, "empact_priority_2026", &t.empact_2026_2029, &format!("{at}: empact_2026_2029"))?,
                        opt(t.ftm_topic.as_ref().map(fact_str)),
                    ));
                }
                out.push_str("/// The area's facts (from the data file).\n");
                out.push_str("const fn data(self) -> CrimeAreaInfo {\n");
                arms(out, bases, |i| rows[i].clone());
                out.push_str("}\n\n");
                out.push_str("/// Whether the area is a priority (from the data file).\n");
                out.push_str("const fn priority_data(self) -> bool {\n");
                arms(out, bases, |i| p.term[i].priority.to_string());
                out.push_str("}\n\n");
                let priorities: Vec<String> = p
                    .term
                    .iter()
                    .zip(bases)
                    .filter(|(t, _)| t.priority)
                    .map(|(_, b)| format!("Self::{}", b.variant))
                    .collect();
                writeln!(
                    out,
                    "/// The priority areas, in order (from the data file).\nconst PRIORITIES: [Self; {}] = [{}];",
                    priorities.len(),
                    priorities.join(", ")
                )
                .ok();
                Ok(())
            })
        }
        Family::Membership => {
            let (p, b) = parse!(MembershipTerm);
            vocabulary(file, &p, family, variants, &b, |out, bases, v| {
                let mut members = Vec::new();
                let mut clasi = Vec::new();
                for t in &p.term {
                    let at = format!("{file}: term {:?}", t.code);
                    if !t.accessions.is_empty() && !t.members.is_empty() {
                        return Err(Error::data(&at, "give members or accessions, not both"));
                    }
                    let codes: Vec<String> = if t.accessions.is_empty() {
                        t.members.clone()
                    } else {
                        t.accessions.iter().map(|a| a.state.clone()).collect()
                    };
                    let mut seen = HashSet::new();
                    for c in &codes {
                        if !seen.insert(c) {
                            return Err(Error::data(&at, format!("member {c:?} is listed twice")));
                        }
                    }
                    members.push(refs(v, "country", &codes, &format!("{at}: members"))?);
                    for a in &t.accessions {
                        let state = term_ref(v, "country", &a.state, &format!("{at}: accessions"))?;
                        let value = match (a.accession, &a.when) {
                            (AccessionKind::Founding, None) => {
                                "ClasiAccession::Founding".to_string()
                            }
                            (AccessionKind::Founding, Some(_)) => {
                                return Err(Error::data(
                                    &at,
                                    format!("{}: a founding member has no accession date", a.state),
                                ));
                            }
                            (AccessionKind::Acceded, when) => format!(
                                "ClasiAccession::Acceded {{ when: {} }}",
                                opt(when.as_ref().map(|w| date(w, &at)).transpose()?)
                            ),
                        };
                        clasi.push(format!(
                            "ClasiMember::new({state}, {})",
                            fact_parts(value, a.status, &a.sources, &a.note)
                        ));
                    }
                }
                out.push_str("/// The member states (from the data file).\n");
                out.push_str("const fn members_data(self) -> &'static [Country] {\n");
                arms(out, bases, |i| members[i].clone());
                out.push_str("}\n\n/// Where each member list comes from (from the data file).\n");
                out.push_str("const fn source_data(self) -> crate::Fact<&'static str> {\n");
                arms(out, bases, |i| fact_str(&p.term[i].source));
                out.push_str("}\n\n/// Since when (from the data file).\n");
                out.push_str(
                    "const fn since_data(self) -> Option<crate::Fact<crate::PartialDate>> {\n",
                );
                let mut since = Vec::new();
                for t in &p.term {
                    since.push(opt(t
                        .since
                        .as_ref()
                        .map(|f| fact_date(f, &format!("{file}: term {:?}: since", t.code)))
                        .transpose()?));
                }
                arms(out, bases, |i| since[i].clone());
                out.push_str("}\n\n/// How each CLASI member joined (from the data file).\n");
                writeln!(
                    out,
                    "const CLASI_ACCESSIONS: &[ClasiMember] = {};",
                    slice(clasi)
                )
                .ok();
                Ok(())
            })
        }
    }
}

/// The `Indicator` enum and its kind, from the indicator kind data file: one variant per
/// kind, named and documented as the kind, tagged with the kind's code, with the members of
/// the kind's unit (included by `src/model/indicator.rs`, whose `indicator!` macro gives the
/// enum its documentation and derives).
pub fn indicator(file: &str, value: &toml::Value) -> Result<String, Error> {
    let at = format!("data/vocabularies/{file}.toml");
    let parsed: File<IndicatorKindTerm> =
        value.clone().try_into().map_err(|e| Error::data(&at, e))?;
    let ty = &parsed.vocabulary.rust_type;
    let terms: Vec<(Common, &IndicatorKindTerm)> =
        parsed.term.iter().map(|t| (t.base(), t)).collect();
    let mut out = String::new();
    writeln!(
        out,
        "// @generated by eu-clasi-codegen from {at}.\n\
         // Do not edit: edit the data file and run `cargo xtask regen`.\n"
    )
    .ok();
    out.push_str("indicator! {\n");
    for (base, term) in &terms {
        let at = format!("{at}: term {:?}", base.code);
        doc_attrs(&mut out, &base.description);
        writeln!(out, "#[serde(rename = {})]", lit(&base.code)).ok();
        writeln!(out, "{} {{", base.variant).ok();
        match (term.unit, &term.count_description) {
            (Unit::Count, Some(description)) => {
                doc_attrs(&mut out, description);
                out.push_str(
                    "#[cfg_attr(feature = \"schema\", schemars(range(max = MAX_COUNT)))]\n\
                     #[serde(deserialize_with = \"crate::readers::whole\")]\n\
                     count: u64,\n",
                );
            }
            (Unit::Count, None) => {
                return Err(Error::data(&at, "count_description: needed for a count"));
            }
            (_, Some(_)) => {
                return Err(Error::data(&at, "count_description: only for a count"));
            }
            (Unit::Kilograms, None) => out.push_str(
                "/// What was seized.\nsubstance: Substance,\n\
                 /// How much, in kilograms.\nkilograms: Quantity,\n",
            ),
            (Unit::Money, None) => out.push_str("/// Their value.\namount: Money,\n"),
        }
        out.push_str("},\n");
    }
    out.push_str("}\n\n");
    let arms = |body: &dyn Fn(&Common, &IndicatorKindTerm) -> String| {
        let mut out = String::new();
        for (base, term) in &terms {
            out.push_str(&body(base, term));
        }
        out
    };
    let pattern = |base: &Common, term: &IndicatorKindTerm| match term.unit {
        Unit::Count => format!("{}{{ count }}", base.variant),
        Unit::Kilograms => format!("{}{{ substance, kilograms }}", base.variant),
        Unit::Money => format!("{}{{ amount }}", base.variant),
    };
    let value = |term: &IndicatorKindTerm| match term.unit {
        Unit::Count => "IndicatorValue::Count(count)",
        Unit::Kilograms => "IndicatorValue::Kilograms { substance, kilograms }",
        Unit::Money => "IndicatorValue::Money(amount)",
    };
    writeln!(
        out,
        "impl Indicator {{\n\
         /// The kind of the indicator: what it measures, and the code of its `kind` member.\n\
         pub const fn kind(&self) -> {ty} {{\nmatch self {{\n{}}}\n}}\n\n\
         /// What the indicator measured, in its kind's unit.\n\
         pub const fn value(&self) -> IndicatorValue {{\nmatch *self {{\n{}}}\n}}\n\n\
         /// The indicator of `kind` with `value`, or `None` when `value` is not in the kind's\n\
         /// [unit]({ty}::unit).\n\
         pub const fn new(kind: {ty}, value: IndicatorValue) -> Option<Self> {{\n\
         Some(match (kind, value) {{\n{}_ => return None,\n}})\n}}\n}}",
        arms(&|b, _| format!("Self::{} {{ .. }} => {ty}::{},\n", b.variant, b.variant)),
        arms(&|b, t| format!("Self::{} => {},\n", pattern(b, t), value(t))),
        arms(&|b, t| format!(
            "({ty}::{}, {}) => Self::{},\n",
            b.variant,
            value(t),
            pattern(b, t)
        )),
    )
    .ok();
    Ok(out)
}

/// The registry of vocabularies, from every data file's header, in their `order`: the
/// modules of their faces, the re-exports of their types, the `vocabularies!` macro that
/// gives every other list (schema roots, catalogue, `visit_vocabularies`), the crate root's
/// re-exports, and the catalogue's empty facts of the families that have none. Included by
/// `src/vocab/mod.rs`.
pub fn registry(files: &[crate::VocabularyFile]) -> Result<String, Error> {
    let mut sorted: Vec<&crate::VocabularyFile> = files.iter().collect();
    sorted.sort_by_key(|f| f.header.order);
    for pair in sorted.windows(2) {
        if pair[0].header.order == pair[1].header.order {
            return Err(Error::data(
                &pair[1].path(),
                format!(
                    "[vocabulary] order: {} is also the order of {}",
                    pair[1].header.order,
                    pair[0].path()
                ),
            ));
        }
    }
    let mut out = String::from(
        "// @generated by eu-clasi-codegen from the [vocabulary] headers of \
         data/vocabularies/*.toml.\n\
         // Do not edit: edit the data files and run `cargo xtask regen`.\n\n",
    );
    let mut faces: Vec<&str> = sorted.iter().map(|f| f.header.face.as_str()).collect();
    faces.sort_unstable();
    faces.dedup();
    for face in &faces {
        let ok = !face.is_empty() && face.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
        if !ok {
            return Err(Error::data(
                "data/vocabularies",
                format!("[vocabulary] face: {face:?} is not a module name"),
            ));
        }
        writeln!(out, "#[path = \"../vocab/{face}.rs\"]\nmod {face};").ok();
    }
    out.push('\n');
    for f in &sorted {
        writeln!(out, "pub use {}::{};", f.header.face, f.header.rust_type).ok();
    }
    let types = |prefix: &str| -> Vec<String> {
        sorted
            .iter()
            .map(|f| format!("{prefix}{}", f.header.rust_type))
            .collect()
    };
    writeln!(
        out,
        "\n/// Calls the macro `$callback!` with every vocabulary type, in the registry's order.\n\
         macro_rules! vocabularies {{\n($callback:ident) => {{\n$callback! {{\n{}\n}}\n}};\n}}\n\n\
         pub(crate) use vocabularies;\n\n\
         /// Re-exports every vocabulary type at the crate's root.\n\
         macro_rules! reexport_vocabularies {{\n() => {{\npub use vocab::{{{}}};\n}};\n}}\n\n\
         pub(crate) use reexport_vocabularies;\n",
        types("$crate::").join(",\n"),
        types("").join(", "),
    )
    .ok();
    out.push_str(
        "\n// The vocabularies whose terms have no facts in the catalogue beyond their labels.\n",
    );
    for f in &sorted {
        if matches!(
            f.header.family,
            Family::Plain | Family::ImplementationStatus | Family::Derived
        ) {
            writeln!(
                out,
                "impl crate::catalogue::Catalogued for {} {{}}",
                f.header.rust_type
            )
            .ok();
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(extra: &str) -> Result<String, Error> {
        let text = format!(
            "[vocabulary]\nkind = \"renamed\"\nrust_type = \"Renamed\"\norder = 1\nface = \"renamed\"\ndoc = \"A test.\"\n\
             title = {{ en = \"Renamed\", es = \"Renombrado\", pt = \"Renomeado\", fr = \"Renommé\" }}\n\n\
             [[term]]\ncode = \"new_name\"\ndescription = \"Renamed.\"\nlabels = {{ en = \"a\", es = \"a\", pt = \"a\", fr = \"a\" }}\n{extra}"
        );
        let value: toml::Value = toml::from_str(&text).map_err(|e| Error::data("test", e))?;
        family_tables("renamed", Family::Plain, &value, &Variants::new())
    }

    #[test]
    fn former_codes_become_a_parse_only_table() {
        let rust = plain("former_codes = [\"old_name\"]\n").unwrap_or_default();
        assert!(rust.contains("former = Renamed::FORMER_CODES"), "{rust}");
        assert!(rust.contains("(\"old_name\", Renamed::NewName)"), "{rust}");
    }

    #[test]
    fn aliases_keep_their_language_and_the_title_its_four_names() {
        let rust = plain("aliases.mul = [\"R1\"]\naliases.\"pt-BR\" = [\"renomeado\"]\naliases.en = [\"renamed\"]\n")
            .unwrap_or_default();
        // `mul` first, then English, then the Portuguese of Brazil.
        let mul = rust.find("lang: \"mul\", text: \"R1\"");
        let en = rust.find("lang: \"en\", text: \"renamed\"");
        let br = rust.find("lang: \"pt-BR\", text: \"renomeado\"");
        assert!(mul.is_some() && mul < en && en < br, "{rust}");
        assert!(
            rust.contains("title = crate::Labels::new(\"Renamed\", \"Renombrado\", \"Renomeado\", \"Renommé\")"),
            "{rust}"
        );
    }

    #[test]
    fn an_alias_needs_a_language_tag_and_is_listed_once() {
        let err = |extra: &str| {
            plain(extra)
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default()
        };
        assert!(
            err("aliases.Spanish = [\"x\"]\n")
                .contains("aliases.Spanish: not mul or a language tag"),
            "{}",
            err("aliases.Spanish = [\"x\"]\n")
        );
        assert!(err("aliases.pt-br = [\"x\"]\n").contains("not mul or a language tag"));
        assert!(err("aliases.es = [\"x\", \"x\"]\n").contains("\"x\" is listed twice"));
        assert!(err("aliases.es = [\" x\"]\n").contains("surrounding space"));
    }

    #[test]
    fn a_former_code_cannot_be_a_current_code() {
        let err = plain("former_codes = [\"new_name\"]\n")
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("renamed: term \"new_name\": former code \"new_name\" is also another code")
        );
    }

    #[test]
    fn an_unknown_field_names_the_file() {
        let err = plain("colour = \"red\"\n")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.starts_with("data/vocabularies/renamed.toml: "), "{err}");
        assert!(err.contains("unknown field `colour`"), "{err}");
    }

    fn file(name: &str, order: u16, face: &str) -> crate::VocabularyFile {
        let text = format!(
            "[vocabulary]\nkind = \"{name}\"\nrust_type = \"{}\"\norder = {order}\nface = \"{face}\"\ndoc = \"A test.\"\n",
            crate::model::variant_of(name)
        );
        let value: toml::Value = toml::from_str(&text).unwrap_or(toml::Value::Integer(0));
        let header = value
            .get("vocabulary")
            .cloned()
            .and_then(|h| h.try_into().ok());
        crate::VocabularyFile {
            name: name.to_owned(),
            header: header.unwrap_or_else(|| panic!("{text}")),
            value,
        }
    }

    #[test]
    fn the_registry_follows_the_headers_order_and_faces() {
        let files = [file("b_kind", 2, "b"), file("b", 1, "b"), file("a", 3, "a")];
        let rust = registry(&files).unwrap_or_default();
        let list = rust.find("$crate::B,").zip(rust.find("$crate::BKind,"));
        assert!(list.is_some_and(|(b, kind)| b < kind), "{rust}");
        assert_eq!(rust.matches("mod b;").count(), 1, "{rust}");
        assert!(rust.contains("pub use b::BKind;"), "{rust}");
        assert!(
            rust.contains("impl crate::catalogue::Catalogued for A {}"),
            "{rust}"
        );
        let twice = registry(&[file("a", 1, "a"), file("b", 1, "b")])
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(twice.contains("order: 1 is also the order of"), "{twice}");
        assert!(registry(&[file("a", 1, "../a")]).is_err());
    }

    #[test]
    fn an_indicator_kind_that_counts_says_what_its_count_is() {
        let kinds = |extra: &str| {
            let text = format!(
                "[vocabulary]\nkind = \"indicator_kind\"\nrust_type = \"IndicatorKind\"\nfamily = \"indicator_kind\"\norder = 1\nface = \"indicator_kind\"\ndoc = \"A test.\"\n\n\
                 [[term]]\ncode = \"arrests\"\ndescription = \"Arrests made.\"\nlabels = {{ en = \"a\", es = \"a\", pt = \"a\", fr = \"a\" }}\n{extra}"
            );
            let value: toml::Value = toml::from_str(&text).map_err(|e| Error::data("test", e))?;
            indicator("indicator_kind", &value)
        };
        let rust = kinds("unit = \"count\"\ncount_description = \"How many arrests.\"\n")
            .unwrap_or_default();
        assert!(rust.contains("#[serde(rename = \"arrests\")]"), "{rust}");
        assert!(
            rust.contains("Self::Arrests { .. } => IndicatorKind::Arrests"),
            "{rust}"
        );
        assert!(kinds("unit = \"count\"\n").is_err());
        assert!(kinds("unit = \"money\"\ncount_description = \"How many.\"\n").is_err());
        assert!(kinds("unit = \"litres\"\n").is_err());
    }

    #[test]
    fn dates_are_checked() {
        assert!(date(&Date("2023-02-29".into()), "x").is_err());
        assert!(date(&Date("2024-02-29".into()), "x").is_ok());
        assert!(date(&Date("2024-13".into()), "x").is_err());
        assert!(date(&Date("24".into()), "x").is_ok());
    }
}
