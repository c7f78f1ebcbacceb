//! What kind of national unit made a progress report.

use super::vocabulary;

include!("../generated/unit_kind.rs");

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Lang, Vocabulary};

    #[test]
    fn eleven_kinds_with_their_codes_in_order() {
        let codes: Vec<_> = UnitKind::all().iter().map(|k| k.code()).collect();
        assert_eq!(
            codes,
            [
                "police",
                "customs",
                "border_guard",
                "coast_guard",
                "prosecution_service",
                "judiciary",
                "financial_intelligence_unit",
                "asset_recovery_office",
                "drug_control_agency",
                "prison_service",
                "ministry"
            ]
        );
    }

    #[test]
    fn found_by_acronym_and_by_label_in_each_language() {
        assert_eq!(
            UnitKind::lookup("ARO").unwrap(),
            UnitKind::AssetRecoveryOffice
        );
        assert_eq!(UnitKind::lookup("policía").unwrap(), UnitKind::Police);
        assert_eq!(UnitKind::lookup("alfândega").unwrap(), UnitKind::Customs);
        assert_eq!(
            UnitKind::lookup("cellule de renseignement financier").unwrap(),
            UnitKind::FinancialIntelligenceUnit
        );
        assert!(
            UnitKind::all().iter().all(
                |k| k.labels().is_translation(Lang::Es) && !k.labels().is_translation(Lang::En)
            )
        );
    }
}
