//! The states of the EU-CLASI cooperation (the 27 EU Member States and the 33 CELAC states)
//! and the regions they lie in.

use super::Membership;
use super::vocabulary;

/// The static facts of one country: its ISO alpha-3 code and region (its official long names
/// and other standard names are its `other_names`).
struct CountryInfo {
    alpha3: &'static str,
    region: Region,
}

include!("../generated/country.rs");
include!("../generated/region.rs");

impl Country {
    /// The ISO alpha-3 code (the same in every language), then the official long names and
    /// other standard names, each in its language.
    fn aliases_of(self) -> Vec<crate::TaggedAlias> {
        std::iter::once(crate::TaggedAlias::shared(self.info().alpha3))
            .chain(self.other_names().iter().copied())
            .collect()
    }

    /// The ISO 3166-1 alpha-2 code: the same string as the wire code (`"GR"` for Greece).
    pub fn iso_alpha2(self) -> &'static str {
        crate::Vocabulary::code(self)
    }

    /// The ISO 3166-1 alpha-3 code (`"GRC"` for Greece).
    pub const fn alpha3(self) -> &'static str {
        self.info().alpha3
    }

    /// The code EU usage gives a Member State: the ISO alpha-2 code, except `"EL"` for Greece
    /// (EU Interinstitutional Style Guide, point 7; Eurostat). `None` for a state that is not an
    /// EU Member State.
    ///
    /// ```
    /// use eu_clasi::Country;
    ///
    /// assert_eq!(Country::Gr.eu_code(), Some("EL"));
    /// assert_eq!(Country::De.eu_code(), Some("DE"));
    /// assert_eq!(Country::Br.eu_code(), None);
    /// ```
    pub fn eu_code(self) -> Option<&'static str> {
        match self {
            _ if !self.is_eu_member() => None,
            Country::Gr => Some("EL"),
            _ => Some(self.iso_alpha2()),
        }
    }

    /// The region the state lies in: see [`Region`].
    pub const fn region(self) -> Region {
        self.info().region
    }

    /// Every [`Membership`] whose member list includes the state, in the order of
    /// [`Membership`]'s variants.
    pub fn memberships(self) -> Vec<Membership> {
        <Membership as crate::Vocabulary>::all()
            .iter()
            .copied()
            .filter(|m| m.contains(self))
            .collect()
    }

    /// Whether the state is one of the 27 EU Member States.
    pub fn is_eu_member(self) -> bool {
        Membership::Eu.contains(self)
    }

    /// Whether the state is one of the 16 members of CLASI (as of March 2025).
    pub fn is_clasi_member(self) -> bool {
        Membership::Clasi.contains(self)
    }

    /// Whether the state is one of the 33 CELAC states.
    pub fn is_celac_member(self) -> bool {
        Membership::Celac.contains(self)
    }

    /// Whether the state signed the Treaty of Constitution of Ameripol on 9 November 2023. The
    /// signatories are not a subset of CLASI: see [`Membership::AmeripolTreaty`].
    pub fn is_ameripol_treaty_signatory(self) -> bool {
        Membership::AmeripolTreaty.contains(self)
    }
}

impl Region {
    /// The states in the region, in [`Country`] order.
    pub fn countries(self) -> Vec<Country> {
        <Country as crate::Vocabulary>::all()
            .iter()
            .copied()
            .filter(|c| c.region() == self)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Lang, Vocabulary};

    #[test]
    fn sixty_states_eu_first_then_celac() {
        assert_eq!(Country::all().len(), 60);
        assert_eq!(&Country::all()[..27], Membership::Eu.members());
        assert_eq!(&Country::all()[27..], Membership::Celac.members());
    }

    #[test]
    fn eu_and_celac_are_disjoint_and_cover_every_state() {
        for &c in Country::all() {
            assert!(
                c.is_eu_member() != c.is_celac_member(),
                "{c} must be in exactly one of EU and CELAC"
            );
        }
        assert_eq!(
            Membership::Eu.members().len() + Membership::Celac.members().len(),
            Country::all().len()
        );
    }

    #[test]
    fn greece_is_gr_in_iso_and_el_in_the_eu() {
        assert_eq!(Country::Gr.code(), "GR");
        assert_eq!(Country::Gr.iso_alpha2(), "GR");
        assert_eq!(Country::Gr.alpha3(), "GRC");
        assert_eq!(Country::Gr.eu_code(), Some("EL"));
        assert_eq!(Country::lookup("EL").unwrap(), Country::Gr);
        assert_eq!(Country::lookup("el").unwrap(), Country::Gr);
        assert_eq!(Country::lookup("Hellas").unwrap(), Country::Gr);
        assert_eq!(Country::lookup("Hellenic Republic").unwrap(), Country::Gr);
        assert!("EL".parse::<Country>().is_err());
    }

    #[test]
    fn eu_code_is_iso_except_greece_and_none_outside_the_eu() {
        for &c in Country::all() {
            match c.eu_code() {
                Some(code) if c == Country::Gr => assert_eq!(code, "EL"),
                Some(code) => assert_eq!(code, c.code()),
                None => assert!(!c.is_eu_member()),
            }
        }
        assert_eq!(Country::Br.eu_code(), None);
        assert_eq!(Country::Cy.eu_code(), Some("CY"));
    }

    #[test]
    fn lookups_in_every_language() {
        assert_eq!(Country::lookup("Brasil").unwrap(), Country::Br);
        assert_eq!(Country::lookup("Brésil").unwrap(), Country::Br);
        assert_eq!(Country::lookup("BRA").unwrap(), Country::Br);
        assert_eq!(
            Country::lookup("Federative Republic of Brazil").unwrap(),
            Country::Br
        );
        assert_eq!(Country::lookup("méxico").unwrap(), Country::Mx);
        assert_eq!(Country::lookup("Mexico").unwrap(), Country::Mx);
        assert_eq!(Country::lookup("Mexique").unwrap(), Country::Mx);
        assert_eq!(Country::lookup("Perú").unwrap(), Country::Pe);
        assert_eq!(Country::lookup("Pérou").unwrap(), Country::Pe);
        assert_eq!(Country::lookup("Países Bajos").unwrap(), Country::Nl);
        assert_eq!(Country::lookup("Países Baixos").unwrap(), Country::Nl);
        assert_eq!(Country::lookup("Alemanha").unwrap(), Country::De);
        assert_eq!(Country::lookup("Tchéquie").unwrap(), Country::Cz);
        assert_eq!(Country::lookup("Czech Republic").unwrap(), Country::Cz);
        assert_eq!(Country::lookup("Polônia").unwrap(), Country::Pl);
        assert_eq!(Country::lookup("Polónia").unwrap(), Country::Pl);
        assert_eq!(Country::lookup("Haïti").unwrap(), Country::Ht);
        assert_eq!(Country::lookup("Équateur").unwrap(), Country::Ec);
        assert_eq!(
            Country::lookup("Saint-Kitts-et-Nevis").unwrap(),
            Country::Kn
        );
        assert_eq!(Country::lookup("Dominique").unwrap(), Country::Dm);
        assert_eq!(
            Country::lookup("République dominicaine").unwrap(),
            Country::Do
        );
        assert_eq!(Country::Br.label(Lang::Fr), "Brésil");
        assert_eq!(Country::Pe.label(Lang::Es), "Perú");
        assert_eq!(Country::Mx.label(Lang::Pt), "México");
        assert!(Country::lookup("Guinea").is_err());
    }

    #[test]
    fn every_name_finds_its_own_country_and_no_other() {
        for &c in Country::all() {
            let labels = c.labels();
            assert!(
                labels.translated.is_empty(),
                "{c}: short names are standard"
            );
            let names = labels.iter().map(|(_, t)| t).chain(c.aliases());
            for name in names {
                assert_eq!(Country::lookup(name), Ok(c), "{name:?} should find {c}");
            }
        }
    }

    #[test]
    fn alpha3_codes_are_three_upper_case_letters_and_unique() {
        let mut seen = std::collections::HashSet::new();
        for &c in Country::all() {
            let a3 = c.alpha3();
            assert_eq!(a3.len(), 3);
            assert!(a3.bytes().all(|b| b.is_ascii_uppercase()));
            assert!(seen.insert(a3), "{a3} used twice");
        }
        assert_eq!(Country::Mx.alpha3(), "MEX");
        assert_eq!(Country::Uy.alpha3(), "URY");
        assert_eq!(Country::Ro.alpha3(), "ROU");
        assert_eq!(Country::Sv.alpha3(), "SLV");
    }

    #[test]
    fn region_is_europe_iff_eu_member() {
        for &c in Country::all() {
            assert_eq!(c.region() == Region::Europe, c.is_eu_member(), "{c}");
        }
    }

    #[test]
    fn un_m49_subregions() {
        use Country::*;
        assert_eq!(
            Region::Caribbean.countries(),
            [Ag, Bs, Bb, Cu, Dm, Do, Gd, Ht, Jm, Kn, Lc, Vc, Tt]
        );
        assert_eq!(
            Region::CentralAmerica.countries(),
            [Bz, Cr, Sv, Gt, Hn, Mx, Ni, Pa]
        );
        assert_eq!(
            Region::SouthAmerica.countries(),
            [Ar, Bo, Br, Cl, Co, Ec, Gy, Py, Pe, Sr, Uy, Ve]
        );
        assert_eq!(Region::Europe.countries().len(), 27);
        assert_eq!(
            Region::lookup("América do Sul").unwrap(),
            Region::SouthAmerica
        );
        assert_eq!(Region::lookup("Caraïbes").unwrap(), Region::Caribbean);
    }

    #[test]
    fn memberships_are_read_from_the_member_lists() {
        for &c in Country::all() {
            for &m in Membership::all() {
                assert_eq!(c.memberships().contains(&m), m.members().contains(&c));
            }
        }
        assert_eq!(Country::Fr.memberships(), [Membership::Eu]);
        assert_eq!(
            Country::Ht.memberships(),
            [Membership::Celac, Membership::AmeripolTreaty]
        );
        assert_eq!(
            Country::Bo.memberships(),
            [Membership::Celac, Membership::Clasi, Membership::Gafilat]
        );
        assert_eq!(Country::Jm.memberships(), [Membership::Celac]);
    }

    #[test]
    fn haiti_signed_the_ameripol_treaty_but_is_not_in_clasi() {
        assert!(Country::Ht.is_ameripol_treaty_signatory());
        assert!(!Country::Ht.is_clasi_member());
        assert!(Country::Sr.is_ameripol_treaty_signatory());
        assert!(!Country::Sr.is_clasi_member());
        assert!(!Country::Bo.is_ameripol_treaty_signatory());
        assert!(Country::Bo.is_clasi_member());
    }
}
