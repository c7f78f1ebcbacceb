//! The states of the EU-CLASI cooperation (the 27 EU Member States and the 33 CELAC states)
//! and the regions they lie in.

use crate::{Labels, TRANSLATED_ES_PT_FR};

use super::Membership;
use super::vocabulary;

vocabulary! {
    /// A state of the EU-CLASI cooperation, one of the 27 EU Member States or one of the 33 CELAC
    /// states, by its ISO 3166-1 alpha-2 code.
    ///
    /// The wire form is the ISO 3166-1 alpha-2 code in upper case (`GR` for Greece, even though EU
    /// usage writes `EL`: see [`Country::eu_code`]). The EU Member States come first, in EU protocol
    /// order; the CELAC states follow, in the English alphabetical order of their short names, so the
    /// two groups are `Country::all()[..27]` and `Country::all()[27..]`. Labels are the usual short
    /// names: the EU Interinstitutional Style Guide's forms, and the UN's where they differ; the
    /// Portuguese labels are European Portuguese (`Polónia`), with the Brazilian spellings
    /// (`Polônia`) as aliases. [`lookup`](crate::Vocabulary::lookup) also knows the ISO alpha-3
    /// codes and the official long names. Outermost regions (French Guiana, Guadeloupe, ...) are
    /// part of their Member State and have no term of their own; overseas countries and territories
    /// are not covered.
    ///
    /// Which organisations a state belongs to is read from the member lists of [`Membership`], so
    /// [`Country::memberships`] and the `is_*` methods cannot disagree with them.
    ///
    /// ```
    /// use eu_clasi::{Country, Lang, Membership, Region, Vocabulary};
    ///
    /// assert_eq!(Country::Gr.code(), "GR");
    /// assert_eq!(Country::Gr.eu_code(), Some("EL"));
    /// assert_eq!(Country::lookup("EL").unwrap(), Country::Gr);
    /// assert_eq!(Country::lookup("Brésil").unwrap(), Country::Br);
    /// assert_eq!(Country::Mx.label(Lang::Es), "México");
    /// assert_eq!(Country::Mx.region(), Region::CentralAmerica);
    /// assert!(Country::Ht.is_ameripol_treaty_signatory() && !Country::Ht.is_clasi_member());
    /// assert_eq!(
    ///     Country::Br.memberships(),
    ///     [Membership::Celac, Membership::Clasi, Membership::AmeripolTreaty, Membership::Gafilat]
    /// );
    /// ```
    #[vocabulary(kind = "country", case = "UPPERCASE", labels = Country::labels_of, aliases = Country::aliases_of)]
    pub enum Country {
        /// Belgium.
        Be,
        /// Bulgaria.
        Bg,
        /// Czechia.
        Cz,
        /// Denmark.
        Dk,
        /// Germany.
        De,
        /// Estonia.
        Ee,
        /// Ireland.
        Ie,
        /// Greece.
        Gr,
        /// Spain.
        Es,
        /// France.
        Fr,
        /// Croatia.
        Hr,
        /// Italy.
        It,
        /// Cyprus.
        Cy,
        /// Latvia.
        Lv,
        /// Lithuania.
        Lt,
        /// Luxembourg.
        Lu,
        /// Hungary.
        Hu,
        /// Malta.
        Mt,
        /// Netherlands.
        Nl,
        /// Austria.
        At,
        /// Poland.
        Pl,
        /// Portugal.
        Pt,
        /// Romania.
        Ro,
        /// Slovenia.
        Si,
        /// Slovakia.
        Sk,
        /// Finland.
        Fi,
        /// Sweden.
        Se,
        /// Antigua and Barbuda.
        Ag,
        /// Argentina.
        Ar,
        /// Bahamas.
        Bs,
        /// Barbados.
        Bb,
        /// Belize.
        Bz,
        /// Bolivia.
        Bo,
        /// Brazil.
        Br,
        /// Chile.
        Cl,
        /// Colombia.
        Co,
        /// Costa Rica.
        Cr,
        /// Cuba.
        Cu,
        /// Dominica.
        Dm,
        /// Dominican Republic.
        Do,
        /// Ecuador.
        Ec,
        /// El Salvador.
        Sv,
        /// Grenada.
        Gd,
        /// Guatemala.
        Gt,
        /// Guyana.
        Gy,
        /// Haiti.
        Ht,
        /// Honduras.
        Hn,
        /// Jamaica.
        Jm,
        /// Mexico.
        Mx,
        /// Nicaragua.
        Ni,
        /// Panama.
        Pa,
        /// Paraguay.
        Py,
        /// Peru.
        Pe,
        /// Saint Kitts and Nevis.
        Kn,
        /// Saint Lucia.
        Lc,
        /// Saint Vincent and the Grenadines.
        Vc,
        /// Suriname.
        Sr,
        /// Trinidad and Tobago.
        Tt,
        /// Uruguay.
        Uy,
        /// Venezuela.
        Ve,
    }
}

/// The static facts of one country: its short names, ISO alpha-3 code, region and other names.
struct CountryInfo {
    labels: Labels,
    alpha3: &'static str,
    region: Region,
    /// Official long names and other standard names, in any of the four languages.
    names: &'static [&'static str],
}

/// Builds a [`CountryInfo`]; the four short names are standard forms, not translations.
const fn c(
    [en, es, pt, fr]: [&'static str; 4],
    alpha3: &'static str,
    region: Region,
    names: &'static [&'static str],
) -> CountryInfo {
    CountryInfo {
        labels: Labels::new(en, es, pt, fr),
        alpha3,
        region,
        names,
    }
}

impl Country {
    /// The one table of country facts: one arm per variant.
    const fn info(self) -> CountryInfo {
        use Region::{Caribbean, CentralAmerica, Europe, SouthAmerica};
        match self {
            Country::Be => c(
                ["Belgium", "Bélgica", "Bélgica", "Belgique"],
                "BEL",
                Europe,
                &[
                    "Kingdom of Belgium",
                    "Reino de Bélgica",
                    "Royaume de Belgique",
                ],
            ),
            Country::Bg => c(
                ["Bulgaria", "Bulgaria", "Bulgária", "Bulgarie"],
                "BGR",
                Europe,
                &["Republic of Bulgaria", "República de Bulgaria"],
            ),
            Country::Cz => c(
                ["Czechia", "Chequia", "Chéquia", "Tchéquie"],
                "CZE",
                Europe,
                &[
                    "Czech Republic",
                    "República Checa",
                    "República Tcheca",
                    "Tchéquia",
                    "République tchèque",
                ],
            ),
            Country::Dk => c(
                ["Denmark", "Dinamarca", "Dinamarca", "Danemark"],
                "DNK",
                Europe,
                &["Kingdom of Denmark", "Reino de Dinamarca"],
            ),
            Country::De => c(
                ["Germany", "Alemania", "Alemanha", "Allemagne"],
                "DEU",
                Europe,
                &[
                    "Federal Republic of Germany",
                    "República Federal de Alemania",
                    "República Federal da Alemanha",
                    "République fédérale d'Allemagne",
                    "Deutschland",
                ],
            ),
            Country::Ee => c(
                ["Estonia", "Estonia", "Estónia", "Estonie"],
                "EST",
                Europe,
                &["Republic of Estonia", "República de Estonia", "Estônia"],
            ),
            Country::Ie => c(
                ["Ireland", "Irlanda", "Irlanda", "Irlande"],
                "IRL",
                Europe,
                &["Éire"],
            ),
            Country::Gr => c(
                ["Greece", "Grecia", "Grécia", "Grèce"],
                "GRC",
                Europe,
                &[
                    "EL",
                    "Hellas",
                    "Hellenic Republic",
                    "República Helénica",
                    "República Helênica",
                    "République hellénique",
                ],
            ),
            Country::Es => c(
                ["Spain", "España", "Espanha", "Espagne"],
                "ESP",
                Europe,
                &["Kingdom of Spain", "Reino de España", "Reino de Espanha"],
            ),
            Country::Fr => c(
                ["France", "Francia", "França", "France"],
                "FRA",
                Europe,
                &[
                    "French Republic",
                    "República Francesa",
                    "République française",
                ],
            ),
            Country::Hr => c(
                ["Croatia", "Croacia", "Croácia", "Croatie"],
                "HRV",
                Europe,
                &["Republic of Croatia", "Hrvatska"],
            ),
            Country::It => c(
                ["Italy", "Italia", "Itália", "Italie"],
                "ITA",
                Europe,
                &["Italian Republic", "República Italiana"],
            ),
            Country::Cy => c(
                ["Cyprus", "Chipre", "Chipre", "Chypre"],
                "CYP",
                Europe,
                &["Republic of Cyprus", "República de Chipre"],
            ),
            Country::Lv => c(
                ["Latvia", "Letonia", "Letónia", "Lettonie"],
                "LVA",
                Europe,
                &["Republic of Latvia", "Letônia"],
            ),
            Country::Lt => c(
                ["Lithuania", "Lituania", "Lituânia", "Lituanie"],
                "LTU",
                Europe,
                &["Republic of Lithuania"],
            ),
            Country::Lu => c(
                ["Luxembourg", "Luxemburgo", "Luxemburgo", "Luxembourg"],
                "LUX",
                Europe,
                &["Grand Duchy of Luxembourg", "Grand-Duché de Luxembourg"],
            ),
            Country::Hu => c(
                ["Hungary", "Hungría", "Hungria", "Hongrie"],
                "HUN",
                Europe,
                &["Magyarország"],
            ),
            Country::Mt => c(
                ["Malta", "Malta", "Malta", "Malte"],
                "MLT",
                Europe,
                &["Republic of Malta"],
            ),
            Country::Nl => c(
                ["Netherlands", "Países Bajos", "Países Baixos", "Pays-Bas"],
                "NLD",
                Europe,
                &[
                    "Kingdom of the Netherlands",
                    "The Netherlands",
                    "Reino de los Países Bajos",
                    "Nederland",
                ],
            ),
            Country::At => c(
                ["Austria", "Austria", "Áustria", "Autriche"],
                "AUT",
                Europe,
                &["Republic of Austria", "Österreich"],
            ),
            Country::Pl => c(
                ["Poland", "Polonia", "Polónia", "Pologne"],
                "POL",
                Europe,
                &["Republic of Poland", "Polônia", "Polska"],
            ),
            Country::Pt => c(
                ["Portugal", "Portugal", "Portugal", "Portugal"],
                "PRT",
                Europe,
                &["Portuguese Republic", "República Portuguesa"],
            ),
            Country::Ro => c(
                ["Romania", "Rumanía", "Roménia", "Roumanie"],
                "ROU",
                Europe,
                &["Romênia", "Rumania"],
            ),
            Country::Si => c(
                ["Slovenia", "Eslovenia", "Eslovénia", "Slovénie"],
                "SVN",
                Europe,
                &["Republic of Slovenia", "Eslovênia"],
            ),
            Country::Sk => c(
                ["Slovakia", "Eslovaquia", "Eslováquia", "Slovaquie"],
                "SVK",
                Europe,
                &["Slovak Republic", "República Eslovaca"],
            ),
            Country::Fi => c(
                ["Finland", "Finlandia", "Finlândia", "Finlande"],
                "FIN",
                Europe,
                &["Republic of Finland", "Suomi"],
            ),
            Country::Se => c(
                ["Sweden", "Suecia", "Suécia", "Suède"],
                "SWE",
                Europe,
                &["Kingdom of Sweden", "Sverige"],
            ),
            Country::Ag => c(
                [
                    "Antigua and Barbuda",
                    "Antigua y Barbuda",
                    "Antígua e Barbuda",
                    "Antigua-et-Barbuda",
                ],
                "ATG",
                Caribbean,
                &[],
            ),
            Country::Ar => c(
                ["Argentina", "Argentina", "Argentina", "Argentine"],
                "ARG",
                SouthAmerica,
                &["Argentine Republic", "República Argentina"],
            ),
            Country::Bs => c(
                ["Bahamas", "Bahamas", "Baamas", "Bahamas"],
                "BHS",
                Caribbean,
                &["The Bahamas", "Commonwealth of The Bahamas"],
            ),
            Country::Bb => c(
                ["Barbados", "Barbados", "Barbados", "Barbade"],
                "BRB",
                Caribbean,
                &[],
            ),
            Country::Bz => c(
                ["Belize", "Belice", "Belize", "Belize"],
                "BLZ",
                CentralAmerica,
                &[],
            ),
            Country::Bo => c(
                ["Bolivia", "Bolivia", "Bolívia", "Bolivie"],
                "BOL",
                SouthAmerica,
                &[
                    "Plurinational State of Bolivia",
                    "Estado Plurinacional de Bolivia",
                ],
            ),
            Country::Br => c(
                ["Brazil", "Brasil", "Brasil", "Brésil"],
                "BRA",
                SouthAmerica,
                &[
                    "Federative Republic of Brazil",
                    "República Federativa do Brasil",
                    "República Federativa de Brasil",
                ],
            ),
            Country::Cl => c(
                ["Chile", "Chile", "Chile", "Chili"],
                "CHL",
                SouthAmerica,
                &["Republic of Chile", "República de Chile"],
            ),
            Country::Co => c(
                ["Colombia", "Colombia", "Colômbia", "Colombie"],
                "COL",
                SouthAmerica,
                &["Republic of Colombia", "República de Colombia"],
            ),
            Country::Cr => c(
                ["Costa Rica", "Costa Rica", "Costa Rica", "Costa Rica"],
                "CRI",
                CentralAmerica,
                &["Republic of Costa Rica", "República de Costa Rica"],
            ),
            Country::Cu => c(
                ["Cuba", "Cuba", "Cuba", "Cuba"],
                "CUB",
                Caribbean,
                &["Republic of Cuba", "República de Cuba"],
            ),
            Country::Dm => c(
                ["Dominica", "Dominica", "Dominica", "Dominique"],
                "DMA",
                Caribbean,
                &["Commonwealth of Dominica"],
            ),
            Country::Do => c(
                [
                    "Dominican Republic",
                    "República Dominicana",
                    "República Dominicana",
                    "République dominicaine",
                ],
                "DOM",
                Caribbean,
                &[],
            ),
            Country::Ec => c(
                ["Ecuador", "Ecuador", "Equador", "Équateur"],
                "ECU",
                SouthAmerica,
                &["Republic of Ecuador", "República del Ecuador"],
            ),
            Country::Sv => c(
                ["El Salvador", "El Salvador", "El Salvador", "El Salvador"],
                "SLV",
                CentralAmerica,
                &["Republic of El Salvador", "República de El Salvador"],
            ),
            Country::Gd => c(
                ["Grenada", "Granada", "Granada", "Grenade"],
                "GRD",
                Caribbean,
                &[],
            ),
            Country::Gt => c(
                ["Guatemala", "Guatemala", "Guatemala", "Guatemala"],
                "GTM",
                CentralAmerica,
                &["Republic of Guatemala", "República de Guatemala"],
            ),
            Country::Gy => c(
                ["Guyana", "Guyana", "Guiana", "Guyana"],
                "GUY",
                SouthAmerica,
                &["Co-operative Republic of Guyana"],
            ),
            Country::Ht => c(
                ["Haiti", "Haití", "Haiti", "Haïti"],
                "HTI",
                Caribbean,
                &["Republic of Haiti", "République d'Haïti"],
            ),
            Country::Hn => c(
                ["Honduras", "Honduras", "Honduras", "Honduras"],
                "HND",
                CentralAmerica,
                &["Republic of Honduras", "República de Honduras"],
            ),
            Country::Jm => c(
                ["Jamaica", "Jamaica", "Jamaica", "Jamaïque"],
                "JAM",
                Caribbean,
                &[],
            ),
            Country::Mx => c(
                ["Mexico", "México", "México", "Mexique"],
                "MEX",
                CentralAmerica,
                &["United Mexican States", "Estados Unidos Mexicanos"],
            ),
            Country::Ni => c(
                ["Nicaragua", "Nicaragua", "Nicarágua", "Nicaragua"],
                "NIC",
                CentralAmerica,
                &["Republic of Nicaragua", "República de Nicaragua"],
            ),
            Country::Pa => c(
                ["Panama", "Panamá", "Panamá", "Panama"],
                "PAN",
                CentralAmerica,
                &["Republic of Panama", "República de Panamá"],
            ),
            Country::Py => c(
                ["Paraguay", "Paraguay", "Paraguai", "Paraguay"],
                "PRY",
                SouthAmerica,
                &["Republic of Paraguay", "República del Paraguay"],
            ),
            Country::Pe => c(
                ["Peru", "Perú", "Peru", "Pérou"],
                "PER",
                SouthAmerica,
                &["Republic of Peru", "República del Perú"],
            ),
            Country::Kn => c(
                [
                    "Saint Kitts and Nevis",
                    "San Cristóbal y Nieves",
                    "São Cristóvão e Neves",
                    "Saint-Christophe-et-Niévès",
                ],
                "KNA",
                Caribbean,
                &[
                    "St Kitts and Nevis",
                    "Federation of Saint Kitts and Nevis",
                    "Saint Christopher and Nevis",
                    "Saint-Kitts-et-Nevis",
                ],
            ),
            Country::Lc => c(
                ["Saint Lucia", "Santa Lucía", "Santa Lúcia", "Sainte-Lucie"],
                "LCA",
                Caribbean,
                &["St Lucia"],
            ),
            Country::Vc => c(
                [
                    "Saint Vincent and the Grenadines",
                    "San Vicente y las Granadinas",
                    "São Vicente e Granadinas",
                    "Saint-Vincent-et-les-Grenadines",
                ],
                "VCT",
                Caribbean,
                &["St Vincent and the Grenadines"],
            ),
            Country::Sr => c(
                ["Suriname", "Surinam", "Suriname", "Suriname"],
                "SUR",
                SouthAmerica,
                &["Republic of Suriname"],
            ),
            Country::Tt => c(
                [
                    "Trinidad and Tobago",
                    "Trinidad y Tobago",
                    "Trindade e Tobago",
                    "Trinité-et-Tobago",
                ],
                "TTO",
                Caribbean,
                &["Republic of Trinidad and Tobago"],
            ),
            Country::Uy => c(
                ["Uruguay", "Uruguay", "Uruguai", "Uruguay"],
                "URY",
                SouthAmerica,
                &[
                    "Oriental Republic of Uruguay",
                    "República Oriental del Uruguay",
                ],
            ),
            Country::Ve => c(
                ["Venezuela", "Venezuela", "Venezuela", "Venezuela"],
                "VEN",
                SouthAmerica,
                &[
                    "Bolivarian Republic of Venezuela",
                    "República Bolivariana de Venezuela",
                ],
            ),
        }
    }

    const fn labels_of(self) -> Labels {
        self.info().labels
    }

    fn aliases_of(self) -> Vec<&'static str> {
        let info = self.info();
        std::iter::once(info.alpha3)
            .chain(info.names.iter().copied())
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

vocabulary! {
    /// The region a state of the EU-CLASI cooperation lies in.
    ///
    /// The Latin American and Caribbean subregions follow the UN M49 geoscheme: Mexico is in
    /// Central America, and Guyana and Suriname (the Guianas) are in South America. `Europe` here
    /// means the European Union: every EU Member State is in it, Cyprus included, and no other
    /// state is.
    ///
    /// ```
    /// use eu_clasi::{Country, Region, Vocabulary};
    ///
    /// assert_eq!(Country::Cy.region(), Region::Europe);
    /// assert_eq!(Country::Sr.region(), Region::SouthAmerica);
    /// assert_eq!(Region::lookup("Centroamérica").unwrap(), Region::CentralAmerica);
    /// assert_eq!(Region::Caribbean.countries().len(), 13);
    /// ```
    #[vocabulary(kind = "region", case = "snake_case", labels = Region::labels_of)]
    pub enum Region {
        /// The European Union: the 27 Member States, Cyprus included.
        Europe,
        /// The Caribbean, as in UN M49: the island states of CELAC, the Dominican Republic and Haiti included.
        Caribbean,
        /// Central America, as in UN M49: Mexico, Belize and the states of the isthmus down to Panama.
        CentralAmerica,
        /// South America, as in UN M49, Guyana and Suriname included.
        SouthAmerica,
    }
}

impl Region {
    const fn labels_of(self) -> Labels {
        match self {
            Region::Europe => Labels::new("Europe", "Europa", "Europa", "Europe"),
            Region::Caribbean => Labels::new("Caribbean", "Caribe", "Caraíbas", "Caraïbes"),
            Region::CentralAmerica => Labels::new(
                "Central America",
                "Centroamérica",
                "América Central",
                "Amérique centrale",
            ),
            Region::SouthAmerica => Labels::new(
                "South America",
                "América del Sur",
                "América do Sul",
                "Amérique du Sud",
            ),
        }
        .translated(TRANSLATED_ES_PT_FR)
    }

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
