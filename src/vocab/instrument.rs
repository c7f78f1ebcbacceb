//! The programmes, frameworks, operational tools, assessments, legal instruments and
//! approaches the declaration names, and their kinds.

use crate::{Fact, Labels, PartialDate};

use super::vocabulary;

impl InstrumentKind {
    /// The instruments of this kind, in the vocabulary's order.
    ///
    /// ```
    /// use eu_clasi::{Instrument, InstrumentKind};
    ///
    /// let assessments: Vec<_> = InstrumentKind::Assessment.instruments().collect();
    /// assert_eq!(
    ///     assessments,
    ///     [Instrument::EuSocta, Instrument::Ideal, Instrument::DecodingCriminalNetworks]
    /// );
    /// ```
    pub fn instruments(self) -> impl Iterator<Item = Instrument> {
        <Instrument as crate::Vocabulary>::all()
            .iter()
            .copied()
            .filter(move |i| i.kind() == self)
    }
}

/// A dated event in the life of an [`Instrument`]: a launch, the start or end of a phase or
/// cycle, an edition, a signature.
///
/// ```
/// use eu_clasi::{Instrument, Provenance};
///
/// let signed = &Instrument::AmeripolTreaty.dates()[0];
/// assert_eq!(signed.event, "signed in Brasília");
/// assert_eq!(signed.date.value.to_string(), "2023-11-09");
/// assert_eq!(signed.date.provenance, Provenance::Declaration);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub struct InstrumentDate {
    /// What happened, in English.
    pub event: &'static str,
    /// When, as precise as the source, with where the date comes from.
    pub date: Fact<PartialDate>,
}

/// Everything the crate knows about one [`Instrument`], as returned by [`Instrument::info`].
///
/// Fields the crate's sources say nothing about are `None` (or empty); facts that are disputed
/// or unverified say so in their [`Provenance`](crate::Provenance), and the open questions are
/// listed in [`notes`](InstrumentInfo::notes).
///
/// ```
/// use eu_clasi::{Instrument, InstrumentKind, Lang};
///
/// let info = Instrument::OperationalActionPlan.info();
/// assert_eq!(info.kind, InstrumentKind::OperationalTool);
/// assert_eq!(info.acronym, Some("OAP"));
/// assert_eq!(info.name.get(Lang::Es), "Plan de Acción Operativo");
/// assert!(!info.name.is_translation(Lang::Es));
/// assert!(info.name.is_translation(Lang::Pt));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct InstrumentInfo {
    /// What kind of instrument it is.
    pub kind: InstrumentKind,
    /// Its acronym, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acronym: Option<&'static str>,
    /// Its full name in English, Spanish, Portuguese and French (these are also the
    /// vocabulary labels); the Spanish, Portuguese and French names are marked as translations
    /// unless a source gives them.
    pub name: Labels,
    /// The exact wording the declaration uses for it, as it occurs in the text.
    pub declaration_name: &'static str,
    /// The institutions that implement, own or support it, as one plain string, when sourced.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub implementer: Option<Fact<&'static str>>,
    /// The programme it is a component project of, when it is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<Instrument>,
    /// Its key dates, in chronological order.
    #[serde(skip_serializing_if = "<[InstrumentDate]>::is_empty")]
    pub dates: &'static [InstrumentDate],
    /// Other names it is found by in [`lookup`](crate::Vocabulary::lookup), besides its code,
    /// acronym, full names and declaration wording.
    #[serde(skip_serializing_if = "<[&str]>::is_empty")]
    pub aliases: &'static [&'static str],
    /// Further facts and the open questions about it (unverified or disputed points).
    #[serde(skip_serializing_if = "<[Fact<&str>]>::is_empty")]
    pub notes: &'static [Fact<&'static str>],
}

include!("../generated/instrument_kind.rs");
include!("../generated/instrument.rs");

impl Instrument {
    /// Everything the crate knows about the instrument.
    pub const fn info(self) -> InstrumentInfo {
        self.data()
    }

    /// The lookup names beyond code and labels, each with its language: the acronym (the same
    /// in every language), the declaration's wording (English), then the data file's other
    /// names ([`InstrumentInfo::aliases`] with their languages).
    fn aliases_of(self) -> Vec<crate::TaggedAlias> {
        let info = self.info();
        info.acronym
            .map(crate::TaggedAlias::shared)
            .into_iter()
            .chain(std::iter::once(crate::TaggedAlias::in_lang(
                crate::Lang::En,
                info.declaration_name,
            )))
            .chain(self.other_names().iter().copied())
            .collect()
    }

    /// What kind of instrument it is.
    pub const fn kind(self) -> InstrumentKind {
        self.info().kind
    }

    /// Its acronym, when it has one (`"EL PAcCTO"`, `"GLACY-e"`, `"EU SOCTA"`, `"OAP"`, ...).
    pub const fn acronym(self) -> Option<&'static str> {
        self.info().acronym
    }

    /// Its full name in English, Spanish, Portuguese and French, with the translations marked.
    pub const fn name(self) -> Labels {
        self.info().name
    }

    /// The exact wording the declaration uses for it, as it occurs in the text: for example
    /// `"EU Programme with Latin America and the Caribbean against Transnational Organised Crime (EL PACCTO)"`
    /// (the declaration writes EL PAcCTO in capitals) or `"joint investigation teams (JITs)"`.
    pub const fn declaration_name(self) -> &'static str {
        self.info().declaration_name
    }

    /// The institutions that implement, own or support it, as one plain string with its
    /// provenance; `None` where the crate's sources name none.
    pub const fn implementer(self) -> Option<Fact<&'static str>> {
        self.info().implementer
    }

    /// The programme it is a component project of: SEACOP is a component project of the
    /// Global Illicit Flows Programme (para 20). `None` for every other instrument.
    pub const fn parent(self) -> Option<Instrument> {
        self.info().parent
    }

    /// The instruments that are component projects of this one (the reverse of
    /// [`parent`](Instrument::parent)).
    ///
    /// ```
    /// use eu_clasi::Instrument;
    ///
    /// assert_eq!(Instrument::Gifp.components().collect::<Vec<_>>(), [Instrument::Seacop]);
    /// ```
    pub fn components(self) -> impl Iterator<Item = Instrument> {
        <Instrument as crate::Vocabulary>::all()
            .iter()
            .copied()
            .filter(move |i| i.parent() == Some(self))
    }

    /// Its key dates, in chronological order, each as precise as its source.
    pub const fn dates(self) -> &'static [InstrumentDate] {
        self.info().dates
    }

    /// Further facts and the open questions about it, each with its provenance.
    pub const fn notes(self) -> &'static [Fact<&'static str>] {
        self.info().notes
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Lang, Provenance, Vocabulary};

    const SOURCE: &str = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/source/council-6403-25.md"
    ));

    fn squash(text: &str) -> String {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn there_are_21_instruments_in_the_briefed_order_and_kinds() {
        use Instrument as I;
        use InstrumentKind as K;
        let expected = [
            (I::Copolad, K::Programme),
            (I::ElPaccto, K::Programme),
            (I::Eurofront, K::Programme),
            (I::GlacyE, K::Programme),
            (I::Seacop, K::Programme),
            (I::Gifp, K::Programme),
            (I::Empact, K::Framework),
            (I::Aplicamos, K::Framework),
            (I::EuLacJusticeSecurityPartnership, K::Framework),
            (I::EuClasiWorkingProcedures, K::Framework),
            (I::OperationalActionPlan, K::OperationalTool),
            (I::OperationalTaskForce, K::OperationalTool),
            (I::JointInvestigationTeam, K::OperationalTool),
            (I::FusionCentre, K::OperationalTool),
            (I::EuSocta, K::Assessment),
            (I::Ideal, K::Assessment),
            (I::DecodingCriminalNetworks, K::Assessment),
            (I::AmeripolTreaty, K::LegalInstrument),
            (I::EuropolAmeripolWorkingArrangement, K::LegalInstrument),
            (I::PersonalDataAgreements, K::LegalInstrument),
            (I::FollowTheMoney, K::Approach),
        ];
        assert_eq!(Instrument::all().len(), expected.len());
        for (term, (want, kind)) in Instrument::all().iter().zip(expected) {
            assert_eq!(*term, want);
            assert_eq!(term.kind(), kind, "{term}");
        }
        assert_eq!(InstrumentKind::Programme.instruments().count(), 6);
        assert_eq!(InstrumentKind::Approach.instruments().count(), 1);
    }

    #[test]
    fn wire_codes_are_snake_case_of_the_names() {
        assert_eq!(Instrument::ElPaccto.code(), "el_paccto");
        assert_eq!(Instrument::GlacyE.code(), "glacy_e");
        assert_eq!(Instrument::EuSocta.code(), "eu_socta");
        assert_eq!(
            Instrument::EuLacJusticeSecurityPartnership.code(),
            "eu_lac_justice_security_partnership"
        );
        assert_eq!(InstrumentKind::LegalInstrument.code(), "legal_instrument");
        for &term in Instrument::all() {
            assert_eq!(term.code().parse::<Instrument>().unwrap(), term);
            let json = serde_json::to_string(&term).unwrap();
            assert_eq!(json, format!("\"{term}\""));
            assert_eq!(serde_json::from_str::<Instrument>(&json).unwrap(), term);
        }
    }

    #[test]
    fn every_declaration_name_occurs_verbatim_in_the_declaration() {
        let source = squash(SOURCE);
        for &term in Instrument::all() {
            let name = term.declaration_name();
            assert!(
                source.contains(name),
                "{term}: {name:?} is not in the declaration"
            );
        }
        // The declaration writes the programme in capitals, not "EL PAcCTO".
        assert!(!source.contains("EL PAcCTO"));
    }

    #[test]
    fn lookups_find_acronyms_plurals_and_other_languages() {
        let cases = [
            ("EL PAcCTO", Instrument::ElPaccto),
            ("EL PACCTO", Instrument::ElPaccto),
            ("EL PAcCTO 2.0", Instrument::ElPaccto),
            ("GLACY-e", Instrument::GlacyE),
            ("JITs", Instrument::JointInvestigationTeam),
            ("ECI", Instrument::JointInvestigationTeam),
            (
                "Equipa de Investigação Conjunta",
                Instrument::JointInvestigationTeam,
            ),
            (
                "Équipe commune d'enquête",
                Instrument::JointInvestigationTeam,
            ),
            ("Tratado de Brasília", Instrument::AmeripolTreaty),
            ("tratado de brasilia", Instrument::AmeripolTreaty),
            (
                "Tratado de Constituição da Ameripol",
                Instrument::AmeripolTreaty,
            ),
            ("EU SOCTA", Instrument::EuSocta),
            ("OAPs", Instrument::OperationalActionPlan),
            ("PAO", Instrument::OperationalActionPlan),
            (
                "Plan de Acción Operativo",
                Instrument::OperationalActionPlan,
            ),
            ("OTF", Instrument::OperationalTaskForce),
            ("fusion centres", Instrument::FusionCentre),
            ("following the money", Instrument::FollowTheMoney),
            ("'follow the money' approach", Instrument::FollowTheMoney),
            ("Global Action against Cybercrime", Instrument::GlacyE),
            (
                "Cooperation Programme on Drugs Policies",
                Instrument::Copolad,
            ),
            (
                "Europa Latinoamérica Programa de Asistencia contra el Crimen Transnacional Organizado",
                Instrument::ElPaccto,
            ),
            (
                "Decoding the EU's most threatening criminal networks",
                Instrument::DecodingCriminalNetworks,
            ),
            ("APLICAMOS", Instrument::Aplicamos),
        ];
        for (text, want) in cases {
            assert_eq!(Instrument::lookup(text).unwrap(), want, "{text}");
        }
        assert!(Instrument::lookup("mapping").is_err());
        assert!(Instrument::lookup("Europol").is_err());
    }

    #[test]
    fn no_name_names_two_instruments() {
        for &term in Instrument::all() {
            let labels = term.labels();
            let names = std::iter::once(term.code())
                .chain(labels.iter().map(|(_, t)| t))
                .chain(term.aliases());
            for name in names {
                assert_eq!(Instrument::lookup(name).unwrap(), term, "{name:?}");
            }
        }
        for &kind in InstrumentKind::all() {
            for (_, label) in kind.labels().iter() {
                assert_eq!(InstrumentKind::lookup(label).unwrap(), kind, "{label:?}");
            }
        }
    }

    #[test]
    fn only_seacop_has_a_parent_and_it_is_gifp() {
        assert_eq!(Instrument::Seacop.parent(), Some(Instrument::Gifp));
        let with_parent: Vec<_> = Instrument::all()
            .iter()
            .filter(|i| i.parent().is_some())
            .collect();
        assert_eq!(with_parent, [&Instrument::Seacop]);
        assert_eq!(
            Instrument::Gifp.components().collect::<Vec<_>>(),
            [Instrument::Seacop]
        );
    }

    #[test]
    fn aplicamos_expansion_is_not_stated_as_verified() {
        let info = Instrument::Aplicamos.info();
        // The name is the declaration's word, not an invented expansion.
        for (_, name) in info.name.iter() {
            assert_eq!(name, "APLICAMOS");
        }
        let expansion: Vec<_> = info
            .notes
            .iter()
            .filter(|n| n.value.contains("expansion"))
            .collect();
        assert_eq!(expansion.len(), 1);
        assert_eq!(expansion[0].provenance, Provenance::Unverified);
        assert!(info.implementer.unwrap().provenance.needs_checking());
        assert!(
            info.dates
                .iter()
                .all(|d| d.date.provenance.needs_checking())
        );
    }

    #[test]
    fn open_questions_carry_their_provenance() {
        let provenance_of = |term: Instrument, needle: &str| {
            let notes: Vec<_> = term
                .notes()
                .iter()
                .filter(|n| n.value.contains(needle) || n.note.is_some_and(|x| x.contains(needle)))
                .collect();
            assert_eq!(notes.len(), 1, "{term}: {needle:?}");
            notes[0].provenance
        };
        assert_eq!(
            provenance_of(Instrument::OperationalActionPlan, "\"annual\""),
            Provenance::Disputed
        );
        assert_eq!(
            provenance_of(Instrument::Copolad, "5 March 2025"),
            Provenance::Unverified
        );
        assert_eq!(
            provenance_of(Instrument::GlacyE, "start and end dates"),
            Provenance::Unverified
        );
        assert_eq!(
            provenance_of(Instrument::DecodingCriminalNetworks, "mapping"),
            Provenance::Unverified
        );
        assert_eq!(
            provenance_of(Instrument::AmeripolTreaty, "lists Bolivia and not Suriname"),
            Provenance::Disputed
        );
        assert_eq!(
            provenance_of(Instrument::AmeripolTreaty, "13 CLASI Member States"),
            Provenance::Disputed
        );
        assert_eq!(
            provenance_of(Instrument::OperationalTaskForce, "high-value targets"),
            Provenance::Unverified
        );
        // Every disputed fact says how the sources disagree.
        for &term in Instrument::all() {
            for note in term.notes() {
                if note.provenance == Provenance::Disputed {
                    assert!(note.note.is_some(), "{term}: {}", note.value);
                }
            }
            for d in term.dates() {
                if d.date.provenance == Provenance::Disputed {
                    assert!(d.date.note.is_some(), "{term}: {}", d.event);
                }
            }
        }
    }

    fn date(term: Instrument, event: &str) -> Fact<PartialDate> {
        term.dates()
            .iter()
            .find(|d| d.event == event)
            .unwrap_or_else(|| panic!("{term}: no {event:?}"))
            .date
    }

    #[test]
    fn key_dates_are_as_precise_as_their_sources() {
        let cases = [
            // The declaration's date, disputed: FIIAPP dates the Panama presentation to
            // March 2024, and the programme was signed in Brussels on 21 November 2023.
            (
                Instrument::ElPaccto,
                "EL PAcCTO 2.0 launched in Panama",
                "2023-03",
                Provenance::Disputed,
            ),
            (
                Instrument::ElPaccto,
                "EL PAcCTO 2.0 signed in Brussels",
                "2023-11-21",
                Provenance::Verified,
            ),
            (
                Instrument::ElPaccto,
                "EL PAcCTO (first phase) began",
                "2017-04-15",
                Provenance::Verified,
            ),
            (
                Instrument::Eurofront,
                "launched in Brussels",
                "2020-03",
                Provenance::Verified,
            ),
            (
                Instrument::Copolad,
                "COPOLAD II ended",
                "2020",
                Provenance::Verified,
            ),
            (
                Instrument::Copolad,
                "COPOLAD III began",
                "2021-02",
                Provenance::Verified,
            ),
            (
                Instrument::Copolad,
                "COPOLAD III ended",
                "2025-01",
                Provenance::Verified,
            ),
            (
                Instrument::Empact,
                "2022-2025 cycle began",
                "2022",
                Provenance::Verified,
            ),
            (
                Instrument::Empact,
                "2026-2029 cycle begins",
                "2026",
                Provenance::Declaration,
            ),
            (
                Instrument::Empact,
                "2026-2029 cycle ends",
                "2029",
                Provenance::Declaration,
            ),
            (
                Instrument::EuSocta,
                "2013 edition",
                "2013",
                Provenance::Unverified,
            ),
            (
                Instrument::EuSocta,
                "2025 edition",
                "2025",
                Provenance::Verified,
            ),
            (
                Instrument::Ideal,
                "IDEAL 1.0 launched",
                "2021-07",
                Provenance::Verified,
            ),
            (
                Instrument::Seacop,
                "SEACOP VI began (3 years)",
                "2024-01",
                Provenance::Verified,
            ),
            (
                Instrument::Gifp,
                "launched by the European Commission",
                "2019-11",
                Provenance::Verified,
            ),
            (
                Instrument::AmeripolTreaty,
                "signed in Brasília",
                "2023-11-09",
                Provenance::Declaration,
            ),
            (
                Instrument::DecodingCriminalNetworks,
                "published by Europol",
                "2024-04-05",
                Provenance::Declaration,
            ),
        ];
        for (term, event, when, provenance) in cases {
            let fact = date(term, event);
            assert_eq!(fact.value.to_string(), when, "{term}: {event}");
            assert_eq!(fact.provenance, provenance, "{term}: {event}");
        }
        assert!(
            Instrument::GlacyE
                .dates()
                .iter()
                .all(|d| d.event.contains("predecessor"))
        );
    }

    #[test]
    fn built_in_dates_exist_and_are_in_order() {
        for &term in Instrument::all() {
            let dates = term.dates();
            for d in dates {
                let v = d.date.value;
                assert_eq!(PartialDate::new(v.year(), v.month(), v.day()).unwrap(), v);
            }
            for pair in dates.windows(2) {
                // A date may be less precise than the next one: it must only be able to come first.
                assert!(
                    pair[0].date.value.earliest() <= pair[1].date.value.latest(),
                    "{term}: {} after {}",
                    pair[0].event,
                    pair[1].event
                );
            }
        }
    }

    #[test]
    fn translations_are_marked_unless_sourced() {
        let official = |term: Instrument, lang: Lang| !term.name().is_translation(lang);
        assert!(official(Instrument::ElPaccto, Lang::Es));
        assert!(!official(Instrument::ElPaccto, Lang::Pt));
        assert!(official(Instrument::OperationalActionPlan, Lang::Es));
        assert!(!official(Instrument::OperationalActionPlan, Lang::Pt));
        assert!(official(Instrument::AmeripolTreaty, Lang::Pt));
        assert!(!official(Instrument::AmeripolTreaty, Lang::Es));
        assert!(!official(Instrument::Copolad, Lang::Es));
        assert!(!official(Instrument::JointInvestigationTeam, Lang::Es));
        assert_eq!(
            Instrument::AmeripolTreaty.label(Lang::Pt),
            "Tratado de Constituição da Ameripol"
        );
        for &term in Instrument::all() {
            assert!(official(term, Lang::En), "{term}");
        }
    }

    #[test]
    fn implementers_are_sourced_or_absent() {
        assert_eq!(
            Instrument::Copolad.implementer().unwrap().value,
            "FIIAPP (Madrid) with IILA (Rome); partners GIZ and EMCDDA/EUDA"
        );
        assert_eq!(
            Instrument::Seacop.implementer().unwrap().value,
            "Expertise France (lead) with FIIAPP"
        );
        assert_eq!(
            Instrument::GlacyE.implementer().unwrap().value,
            "Council of Europe"
        );
        assert_eq!(Instrument::EuSocta.implementer().unwrap().value, "Europol");
        assert_eq!(
            Instrument::OperationalTaskForce
                .implementer()
                .unwrap()
                .value,
            "Europol"
        );
        assert_eq!(
            Instrument::EuLacJusticeSecurityPartnership.implementer(),
            None
        );
        assert_eq!(Instrument::FusionCentre.implementer(), None);
        assert_eq!(Instrument::FollowTheMoney.implementer(), None);
    }

    #[test]
    fn info_serialises_without_empty_fields() {
        let json = serde_json::to_value(Instrument::FusionCentre.info()).unwrap();
        assert_eq!(json["kind"], "operational_tool");
        assert_eq!(json["declaration_name"], "fusion centres");
        assert!(json.get("acronym").is_none());
        assert!(json.get("dates").is_none());
        let json = serde_json::to_value(Instrument::Seacop.info()).unwrap();
        assert_eq!(json["parent"], "gifp");
        assert_eq!(json["dates"][2]["date"]["value"], "2024-01");
        assert_eq!(json["dates"][2]["date"]["provenance"], "verified");
    }
}
