//! What kind of joint operation a record describes.

use super::vocabulary;

include!("../generated/operation_kind.rs");

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Lang, Vocabulary};

    #[test]
    fn eight_kinds_with_their_codes_in_order() {
        let codes: Vec<_> = OperationKind::all().iter().map(|k| k.code()).collect();
        assert_eq!(
            codes,
            [
                "action_day",
                "joint_investigation_team",
                "operational_task_force",
                "maritime_interdiction",
                "financial_investigation",
                "capacity_building",
                "information_exchange",
                "port_security_assessment"
            ]
        );
    }

    #[test]
    fn found_by_acronym_and_by_label_in_each_language() {
        assert_eq!(
            OperationKind::lookup("equipo conjunto de investigación").unwrap(),
            OperationKind::JointInvestigationTeam
        );
        assert_eq!(
            OperationKind::lookup("reforço de capacidades").unwrap(),
            OperationKind::CapacityBuilding
        );
        assert_eq!(
            OperationKind::lookup("évaluation de la sûreté portuaire").unwrap(),
            OperationKind::PortSecurityAssessment
        );
        assert_eq!(
            OperationKind::lookup("exchange of information").unwrap(),
            OperationKind::InformationExchange
        );
        assert!(
            OperationKind::all()
                .iter()
                .all(|k| k.labels().is_translation(Lang::Fr))
        );
    }
}
