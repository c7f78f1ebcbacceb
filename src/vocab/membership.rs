//! The organisations and treaties whose member lists the crate holds, and how each CLASI member
//! joined.

use crate::{Fact, PartialDate};

use super::Country;
use super::vocabulary;

include!("../generated/membership.rs");

impl Membership {
    /// The member states (for [`Membership::AmeripolTreaty`], the signatories), from the one const
    /// table of each membership.
    pub const fn members(self) -> &'static [Country] {
        self.members_data()
    }

    /// Whether `country` is in the member list.
    pub fn contains(self, country: Country) -> bool {
        self.members().contains(&country)
    }

    /// The 16 CLASI members as of March 2025, each with how and when it joined, in order of
    /// accession. [`Membership::Clasi`]'s [`members`](Membership::members) are read from it.
    ///
    /// No single source lists all 16: the list is compiled from press reports of the founding
    /// (2 March 2022) and of the first summit (November 2022), from the delegations at the
    /// EU-CLASI ministerial meeting of 28 September 2023, and from the declaration (para 26). A
    /// press report of March 2025 also counts 16.
    ///
    /// ```
    /// use eu_clasi::{ClasiAccession, Country, Membership, Provenance};
    ///
    /// let peru = Membership::clasi_members().iter().find(|m| m.state == Country::Pe).unwrap();
    /// assert_eq!(peru.accession.provenance, Provenance::Disputed);
    /// let founders = Membership::clasi_members()
    ///     .iter()
    ///     .filter(|m| m.accession.value == ClasiAccession::Founding)
    ///     .count();
    /// assert_eq!(founders, 8); // 7 undisputed, and Peru
    /// ```
    pub const fn clasi_members() -> &'static [ClasiMember] {
        Self::CLASI_ACCESSIONS
    }

    /// Where the member list comes from, with how sure it is.
    pub const fn source(self) -> Fact<&'static str> {
        self.source_data()
    }

    /// When the organisation was founded (for [`Membership::AmeripolTreaty`], when the treaty
    /// was signed), where the crate's sources give it: `None` for the EU, whose
    /// founding the notes do not cover.
    pub const fn since(self) -> Option<Fact<PartialDate>> {
        self.since_data()
    }
}

/// How a state came to be a member of CLASI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ClasiAccession {
    /// Signed the declaration creating CLASI (Declaración de Creación del CLASI) in Brussels on
    /// 2 March 2022.
    Founding,
    /// Joined after the founding.
    Acceded {
        /// When, as precisely as known: `None` where no source gives it.
        #[serde(skip_serializing_if = "Option::is_none")]
        when: Option<PartialDate>,
    },
}

/// A member state of CLASI with how it joined.
///
/// ```
/// use eu_clasi::{ClasiAccession, Country, Membership, Provenance};
///
/// let brazil = Membership::clasi_members().iter().find(|m| m.state == Country::Br).unwrap();
/// assert_eq!(brazil.accession.value, ClasiAccession::Acceded { when: None });
/// assert_eq!(brazil.accession.provenance, Provenance::Declaration);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub struct ClasiMember {
    /// The member state.
    pub state: Country,
    /// How it joined, with where that comes from.
    pub accession: Fact<ClasiAccession>,
}

impl ClasiMember {
    /// A CLASI member.
    pub const fn new(state: Country, accession: Fact<ClasiAccession>) -> Self {
        ClasiMember { state, accession }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Lang, Provenance, Vocabulary};
    use Country::*;

    fn sorted(states: &[Country]) -> Vec<Country> {
        let mut v = states.to_vec();
        v.sort();
        v
    }

    #[test]
    fn member_counts() {
        assert_eq!(Membership::Eu.members().len(), 27);
        assert_eq!(Membership::Celac.members().len(), 33);
        assert_eq!(Membership::Clasi.members().len(), 16);
        assert_eq!(Membership::AmeripolTreaty.members().len(), 13);
        assert_eq!(Membership::Gafilat.members().len(), 18);
    }

    #[test]
    fn no_member_is_listed_twice() {
        for &m in Membership::all() {
            let mut seen = std::collections::HashSet::new();
            for &c in m.members() {
                assert!(seen.insert(c), "{c} twice in {m}");
            }
        }
    }

    #[test]
    fn eu_is_in_protocol_order() {
        assert_eq!(
            Membership::Eu.members(),
            [
                Be, Bg, Cz, Dk, De, Ee, Ie, Gr, Es, Fr, Hr, It, Cy, Lv, Lt, Lu, Hu, Mt, Nl, At, Pl,
                Pt, Ro, Si, Sk, Fi, Se
            ]
        );
    }

    #[test]
    fn eu_and_celac_are_disjoint() {
        for c in Membership::Eu.members() {
            assert!(!Membership::Celac.contains(*c), "{c}");
        }
    }

    #[test]
    fn clasi_members_are_read_from_the_accession_table() {
        let from_table: Vec<Country> = Membership::clasi_members()
            .iter()
            .map(|m| m.state)
            .collect();
        assert_eq!(Membership::Clasi.members(), from_table.as_slice());
        assert_eq!(
            sorted(Membership::Clasi.members()),
            sorted(&[
                Ar, Bo, Cr, Do, Ec, Sv, Pa, Pe, Cl, Mx, Py, Uy, Co, Hn, Br, Gt
            ])
        );
    }

    #[test]
    fn clasi_accessions_and_their_provenance() {
        let of = |c: Country| {
            Membership::clasi_members()
                .iter()
                .find(|m| m.state == c)
                .unwrap()
                .accession
        };
        for c in [Ar, Bo, Cr, Do, Ec, Sv, Pa] {
            assert_eq!(
                of(c),
                Fact::verified(ClasiAccession::Founding).with_sources(&["ref-3", "ref-4"]),
                "{c}"
            );
        }
        let peru = of(Pe);
        assert_eq!(peru.provenance, Provenance::Disputed);
        assert!(peru.note.unwrap().contains("November 2022"));
        for c in [Cl, Mx, Py, Uy] {
            assert_eq!(
                of(c).value,
                ClasiAccession::Acceded {
                    when: Some("2022".parse().unwrap())
                },
                "{c}"
            );
            assert_eq!(of(c).provenance, Provenance::Verified);
        }
        for c in [Co, Hn] {
            assert_eq!(of(c).value, ClasiAccession::Acceded { when: None });
            assert_eq!(of(c).provenance, Provenance::Verified);
        }
        for c in [Br, Gt] {
            assert_eq!(of(c).value, ClasiAccession::Acceded { when: None });
            assert_eq!(of(c).provenance, Provenance::Declaration);
        }
    }

    #[test]
    fn ameripol_treaty_signatories_are_not_a_subset_of_clasi() {
        let signatories = Membership::AmeripolTreaty.members();
        assert_eq!(
            sorted(signatories),
            sorted(&[Br, Ar, Co, Cl, Cr, Ec, Ht, Hn, Pa, Py, Do, Sr, Uy])
        );
        assert!(signatories.contains(&Ht) && signatories.contains(&Sr));
        assert!(!signatories.contains(&Bo));
        assert!(!Membership::Clasi.contains(Ht));
        assert!(!Membership::Clasi.contains(Sr));
        let clasi_non_signatories: Vec<Country> = Membership::Clasi
            .members()
            .iter()
            .copied()
            .filter(|c| !signatories.contains(c))
            .collect();
        assert_eq!(
            sorted(&clasi_non_signatories),
            sorted(&[Bo, Sv, Mx, Pe, Gt])
        );
        let source = Membership::AmeripolTreaty.source();
        assert_eq!(source.provenance, Provenance::Disputed);
        // Two official Brazilian releases disagree on the thirteenth signatory.
        assert!(
            source
                .note
                .unwrap()
                .contains("lists Bolivia and not Suriname")
        );
        assert!(source.sources.contains(&"mre-ameripol-2023"));
    }

    #[test]
    fn gafilat_members() {
        assert_eq!(
            sorted(Membership::Gafilat.members()),
            sorted(&[
                Ar, Bo, Br, Cl, Co, Cr, Cu, Ec, Sv, Gt, Hn, Mx, Ni, Pa, Py, Pe, Do, Uy
            ])
        );
        assert!(!Membership::Gafilat.contains(Ve));
    }

    #[test]
    fn celac_is_every_non_eu_state() {
        let non_eu: Vec<Country> = Country::all()
            .iter()
            .copied()
            .filter(|c| !Membership::Eu.contains(*c))
            .collect();
        assert_eq!(Membership::Celac.members(), non_eu.as_slice());
        assert_eq!(
            Membership::Celac.source().provenance,
            Provenance::Unverified
        );
    }

    #[test]
    fn founding_dates_are_calendar_days_from_the_notes() {
        assert_eq!(Membership::Eu.since(), None);
        let expected = [
            (Membership::Celac, "2011-12-03"),
            (Membership::Clasi, "2022-03-02"),
            (Membership::AmeripolTreaty, "2023-11-09"),
            (Membership::Gafilat, "2000-12-08"),
        ];
        for (m, date) in expected {
            let since = m.since().unwrap();
            assert_eq!(since.value, date.parse::<PartialDate>().unwrap(), "{m}");
            assert_eq!(since.provenance, Provenance::Verified);
            assert!(since.value.to_naive().is_some());
        }
    }

    #[test]
    fn lookups_in_every_language() {
        assert_eq!(Membership::lookup("EU").unwrap(), Membership::Eu);
        assert_eq!(
            Membership::lookup("União Europeia").unwrap(),
            Membership::Eu
        );
        assert_eq!(
            Membership::lookup("Union européenne").unwrap(),
            Membership::Eu
        );
        assert_eq!(
            Membership::lookup("Comunidad de Estados Latinoamericanos y Caribeños").unwrap(),
            Membership::Celac
        );
        assert_eq!(
            Membership::lookup("Comité Latinoamericano de Seguridad Interior").unwrap(),
            Membership::Clasi
        );
        assert_eq!(
            Membership::lookup("Comitê Latino-Americano de Segurança Interna").unwrap(),
            Membership::Clasi
        );
        assert_eq!(
            Membership::lookup("Tratado de Brasília").unwrap(),
            Membership::AmeripolTreaty
        );
        assert_eq!(Membership::lookup("GAFISUD").unwrap(), Membership::Gafilat);
        assert!(Membership::lookup("CFATF").is_err());
        assert!(Membership::lookup("Ameripol").is_err());
    }

    #[test]
    fn translated_labels_are_marked() {
        assert!(Membership::Eu.labels().translated.is_empty());
        assert!(Membership::Gafilat.labels().is_translation(Lang::Pt));
        assert!(!Membership::Gafilat.labels().is_translation(Lang::Es));
        assert!(Membership::AmeripolTreaty.labels().is_translation(Lang::Es));
        assert!(!Membership::AmeripolTreaty.labels().is_translation(Lang::Pt));
    }

    #[test]
    fn clasi_member_serializes_with_its_provenance() {
        let pe = Membership::clasi_members()
            .iter()
            .find(|m| m.state == Pe)
            .unwrap();
        let json = serde_json::to_value(pe).unwrap();
        assert_eq!(json["state"], "PE");
        assert_eq!(json["accession"]["value"]["kind"], "founding");
        assert_eq!(json["accession"]["provenance"], "disputed");
        let cl = Membership::clasi_members()
            .iter()
            .find(|m| m.state == Cl)
            .unwrap();
        let json = serde_json::to_value(cl).unwrap();
        assert_eq!(json["accession"]["value"]["kind"], "acceded");
        assert_eq!(json["accession"]["value"]["when"], "2022");
    }
}
