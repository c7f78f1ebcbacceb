//! What kind of joint operation a record describes.

use crate::{Labels, TRANSLATED_ES_PT_FR};

use super::vocabulary;

vocabulary! {
    /// What kind of joint operation a [`JointOperation`](crate::JointOperation) record describes:
    /// the operational formats through which the roadmap's actions are carried out.
    ///
    /// Two of them are named in the roadmap itself (action 1.ix: the operational task force (OTF)
    /// concept developed by Europol and joint investigation teams (JITs) supported by Eurojust);
    /// the others are common formats of law enforcement cooperation. The es, pt and fr labels are
    /// this crate's own translations.
    ///
    /// ```
    /// use eu_clasi::{OperationKind, Vocabulary};
    ///
    /// assert_eq!(OperationKind::JointInvestigationTeam.to_string(), "joint_investigation_team");
    /// assert_eq!(OperationKind::lookup("JIT")?, OperationKind::JointInvestigationTeam);
    /// assert_eq!(OperationKind::lookup("OTF")?, OperationKind::OperationalTaskForce);
    /// assert_eq!(OperationKind::lookup("journée d'action")?, OperationKind::ActionDay);
    /// # Ok::<(), eu_clasi::Error>(())
    /// ```
    #[vocabulary(kind = "operation_kind", case = "snake_case", labels = OperationKind::labels_of, aliases = OperationKind::aliases_of)]
    pub enum OperationKind {
        /// A coordinated day or days of action, on which the participants carry out checks, searches, seizures and arrests at the same time (as in EMPACT joint action days).
        ActionDay,
        /// A joint investigation team (JIT): a team set up by agreement between the competent authorities of two or more states for a specific criminal investigation of limited duration.
        JointInvestigationTeam,
        /// An operational task force (OTF): a temporary group of representatives of the participants, under the concept developed by Europol, that coordinates intelligence and investigations against a high-risk criminal network.
        OperationalTaskForce,
        /// An operation at sea to detect, stop and board vessels suspected of trafficking, and to seize their cargo.
        MaritimeInterdiction,
        /// An investigation that follows the money: it traces, freezes and confiscates criminal assets and uncovers the financial infrastructure of a criminal network.
        FinancialInvestigation,
        /// Training, mentoring, equipment or advice that strengthens the capacity of law enforcement or judicial authorities.
        CapacityBuilding,
        /// A coordinated exchange of information or intelligence between the participants, through the channels and systems of law enforcement cooperation.
        InformationExchange,
        /// An assessment of a port's security vulnerabilities and of the measures that counter the infiltration of organised crime.
        PortSecurityAssessment,
    }
}

impl OperationKind {
    const fn labels_of(self) -> Labels {
        match self {
            Self::ActionDay => Labels::new(
                "action day",
                "jornada de acción",
                "dia de ação",
                "journée d'action",
            ),
            Self::JointInvestigationTeam => Labels::new(
                "joint investigation team",
                "equipo conjunto de investigación",
                "equipa de investigação conjunta",
                "équipe commune d'enquête",
            ),
            Self::OperationalTaskForce => Labels::new(
                "operational task force",
                "grupo operativo",
                "grupo de trabalho operacional",
                "groupe de travail opérationnel",
            ),
            Self::MaritimeInterdiction => Labels::new(
                "maritime interdiction",
                "interdicción marítima",
                "interdição marítima",
                "interception maritime",
            ),
            Self::FinancialInvestigation => Labels::new(
                "financial investigation",
                "investigación financiera",
                "investigação financeira",
                "enquête financière",
            ),
            Self::CapacityBuilding => Labels::new(
                "capacity building",
                "fortalecimiento de capacidades",
                "reforço de capacidades",
                "renforcement des capacités",
            ),
            Self::InformationExchange => Labels::new(
                "information exchange",
                "intercambio de información",
                "intercâmbio de informações",
                "échange d'informations",
            ),
            Self::PortSecurityAssessment => Labels::new(
                "port security assessment",
                "evaluación de la seguridad portuaria",
                "avaliação da segurança portuária",
                "évaluation de la sûreté portuaire",
            ),
        }
        .translated(TRANSLATED_ES_PT_FR)
    }

    fn aliases_of(self) -> Vec<&'static str> {
        match self {
            Self::ActionDay => vec![
                "joint action day",
                "JAD",
                "action days",
                "joint action days",
            ],
            Self::JointInvestigationTeam => vec!["JIT", "joint investigation teams"],
            Self::OperationalTaskForce => vec!["OTF", "task force"],
            Self::MaritimeInterdiction => vec!["maritime operation", "interdiction at sea"],
            Self::FinancialInvestigation => vec!["follow the money investigation"],
            Self::CapacityBuilding => vec!["training", "capacity-building programme"],
            Self::InformationExchange => vec!["intelligence exchange", "exchange of information"],
            Self::PortSecurityAssessment => {
                vec!["port assessment", "port vulnerability assessment"]
            }
        }
    }
}

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
