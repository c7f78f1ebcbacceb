//! Realistic, deterministic and **clearly fictitious** records, for demonstrations, tests and
//! benchmarks: progress reports on the roadmap's actions and joint operations, in any number.
//!
//! Every record this module makes describes no real event. Each progress report's summary
//! starts with a tag that says so in the reporter's language (`[Fictitious example]`,
//! `[Ejemplo ficticio]`, `[Exemplo fictício]`, `[Exemple fictif]`), each operation's name starts
//! with *Fictitious operation* (`Operación ficticia`, ...), and every record carries the
//! extension `"x_fictitious": true`, so that a program can tell them apart too. They hold no
//! personal data: no name of a person appears anywhere, as in every record of this crate.
//!
//! # What makes them realistic
//!
//! - **Who reports.** Each report is about one of the 17 roadmap actions, taken in turn (each
//!   round of 17 records covers every action once, in a shuffled order). Its reporter is an EU
//!   Member State or a CLASI member (half the time from each region; for the maritime and port
//!   actions 1.iv, 2.i and 2.ii, a state with a sea port on the routes), or, one time in four,
//!   one of the bodies the action's text names ([`Mentions::bodies`](eu_clasi::Mentions::bodies),
//!   except the EU, CLASI, CELAC and the Council, which do not report), with a few bodies whose
//!   work fits actions that do not name them: the European Ports Alliance for 2.ii, CARIN for
//!   4.i and 4.iii, GAFILAT for 4.ii. The summary is in the reporter's language: Spanish for
//!   Spain and the Spanish-speaking CLASI members, Portuguese for Portugal and Brazil, French for
//!   France, Belgium and Luxembourg, English for every other state and for the bodies except
//!   Ameripol and GAFILAT (Spanish).
//! - **Revisions.** A record is one actor's running report on one action, revised once a
//!   half-year (the roadmap's half-years: March to June 2025, July to December 2025, January to
//!   June 2026, July to December 2026): the same id, the same `created`, a later `modified`,
//!   a period that runs from the first half-year to the current one, and a status that moves on
//!   (`planned` → `in_progress` → `completed`, sometimes `not_started` first or `discontinued`
//!   at the end; `ongoing` for the continuous actions 1.ii, 1.iii, 1.iv, 1.v and 2.ii). A record
//!   has one to four revisions, written one after the other. One record in 16 is then
//!   withdrawn by a last revision with `withdrawn: true`.
//! - **Indicators** fit the action and grow from one revision to the next, since each revision
//!   covers the whole period so far: drug seizures in kilograms for 1.iii, 1.iv, 1.vii and 2.ii,
//!   joint investigation teams for 1.ix, port assessments for pillar 2, trainings and officers
//!   trained for the capacity-building actions, assets frozen and confiscated for pillar 4 in
//!   the reporter's currency (EUR, BRL, COP, MXN, ...) or in US dollars. A report says what
//!   was achieved only once work has begun: a `planned` report has no indicator.
//! - Crime areas, instruments and partners come from what the action's text names; a third of
//!   the reports point to evidence on `example.org`, the domain reserved for examples.
//! - **Reporting units.** Two records of a state in three name the kind of national unit that
//!   reports ([`ReportingUnit`], by kind only): customs for the ports (pillar 2), the prison
//!   service for detention facilities (3.i), the coast guard for maritime cooperation (1.iv),
//!   the prosecution service for joint investigation teams (1.ix), the financial intelligence
//!   unit for 4.ii, the asset recovery office for 4.iii, a ministry for 1.xi, the police
//!   otherwise.
//!
//! Joint operations are made the same way: a kind (action day, joint investigation team,
//! maritime interdiction, ...), the roadmap actions that kind carries out, a lead, participants
//! from both regions, the bodies that support that kind of operation, a period within
//! 2025-2026, outcomes that fit the kind and grow over one to three revisions, and one record in
//! 16 withdrawn.
//!
//! # Deterministic
//!
//! The generator is a SplitMix64 sequence started from the seed, and everything is computed
//! with integers: the same seed and count give the same records, byte for byte once
//! serialized, on every platform and with every version of the standard library. (A later
//! version of this crate may change what a seed gives; [`sample_file`] is pinned by a test.)
//! Records are made one at a time, so any count can be streamed in constant memory: the
//! benchmarks write tens of megabytes of JSON Lines with it.
//!
//! ```
//! use eu_clasi::Validate;
//! use eu_clasi_sample as sample;
//!
//! let reports: Vec<_> = sample::progress_reports(7, 100).collect();
//! assert_eq!(reports.len(), 100);
//! assert!(reports.iter().all(|r| r.problems().is_empty()));
//! assert!(reports[0].summary.text.starts_with('['));
//! // The same seed gives the same records.
//! assert_eq!(sample::progress_reports(7, 100).collect::<Vec<_>>(), reports);
//!
//! let operations: Vec<_> = sample::joint_operations(7, 10).collect();
//! assert!(operations.iter().all(|o| o.problems().is_empty()));
//! ```

use std::collections::VecDeque;

use chrono::{Days, NaiveDate};

use eu_clasi::{
    ActionId, Actor, Amount, Body, Country, CrimeArea, Currency, Declaration, Evidence, Extensions,
    ImplementationStatus, Indicator, IndicatorKind, IndicatorUnit, IndicatorValue, JointOperation,
    Lang, Money, OperationKind, PartialDate, Period, ProgressReport, Quantity, RecordId,
    ReportingUnit, RoadmapAction, Substance, Summary, Timestamp, Tlp, UnitKind, declaration,
};

/// The seed of [`sample_file`].
const SAMPLE_SEED: u64 = 0x0640_3250_0305;
/// How many reports [`sample_file`] holds.
const SAMPLE_COUNT: usize = 90;
/// One record in this many is withdrawn.
const WITHDRAW_EVERY: u64 = 16;

/// `count` fictitious progress reports made from `seed`: records of one to four revisions
/// each, written one after the other, with one record in 16 withdrawn by its last revision
/// (see the [module documentation](self) for how they are made). The last record may be cut
/// short to give exactly `count` reports.
///
/// Every report passes [`Validate`](eu_clasi::Validate) with no problem and its JSON Schema.
///
/// ```
/// use eu_clasi::{current_revisions, latest_revisions};
/// use eu_clasi_sample as sample;
///
/// let reports: Vec<_> = sample::progress_reports(42, 500).collect();
/// let latest = latest_revisions(&reports);
/// assert!(latest.len() < reports.len()); // records have several revisions
/// assert!(current_revisions(&reports).len() < latest.len()); // some are withdrawn
/// ```
pub fn progress_reports(seed: u64, count: usize) -> impl Iterator<Item = ProgressReport> {
    Stream {
        generator: Generator::new(seed),
        pending: VecDeque::new(),
        remaining: count,
        make: Generator::report_record,
    }
}

/// `count` fictitious joint operations made from `seed`: records of one to three revisions
/// each, written one after the other, with one record in 16 withdrawn by its last revision
/// (see the [module documentation](self)). The last record may be cut short to give exactly
/// `count` operations.
///
/// Every operation passes [`Validate`](eu_clasi::Validate) with no problem and its JSON Schema.
///
/// ```
/// use eu_clasi::{OperationKind};
/// use eu_clasi_sample as sample;
///
/// let ops: Vec<_> = sample::joint_operations(1, 200).collect();
/// assert!(ops.iter().any(|o| o.kind == OperationKind::JointInvestigationTeam));
/// assert!(ops.iter().all(|o| o.name.starts_with("Fictitious operation")
///     || o.name.starts_with("Operación ficticia")
///     || o.name.starts_with("Operação fictícia")
///     || o.name.starts_with("Opération fictive")));
/// ```
pub fn joint_operations(seed: u64, count: usize) -> impl Iterator<Item = JointOperation> {
    Stream {
        generator: Generator::new(seed),
        pending: VecDeque::new(),
        remaining: count,
        make: Generator::operation_record,
    }
}

/// A fictitious next declaration, for code that must work with a roadmap other than the
/// built-in 2025-2026 one (`problems_against`, `schema::for_roadmap`, a scorecard counted
/// against a roadmap): the built-in declaration with a roadmap for 2027-2028 in which
/// pillar 4's last action, 4.iii, gives way to a new action 4.iv, whose text is tagged
/// `[Fictitious example]`. No such roadmap has been adopted.
///
/// ```
/// use eu_clasi::{ActionId, Validate};
/// use eu_clasi_sample as sample;
///
/// let next = sample::next_declaration()?;
/// assert_eq!(next.roadmap.years(), "2027-2028");
/// assert!(next.roadmap.action("4.iv".parse::<ActionId>()?).is_some());
/// assert!(next.roadmap.action("4.iii".parse::<ActionId>()?).is_none());
///
/// // A report on the new action is valid against it, and not against the built-in roadmap.
/// let mut report = sample::progress_reports(1, 1).next().unwrap();
/// report.action = "4.iv".parse()?;
/// assert!(report.problems_against(&next.roadmap).is_empty());
/// assert!(!report.problems().is_empty());
/// # Ok::<(), eu_clasi::Error>(())
/// ```
pub fn next_declaration() -> Result<Declaration, eu_clasi::Error> {
    let mut next = declaration().clone();
    next.roadmap.period = Period::new(Period::year(2027)?.start, Period::year(2028)?.end);
    let last = next
        .roadmap
        .pillars
        .iter_mut()
        .find(|p| p.number == 4)
        .and_then(|p| p.actions.last_mut());
    if let Some(action) = last {
        action.id = ActionId::new(4, 4)?;
        action.text = format!(
            "{} Strengthen asset recovery in both regions.",
            FICTITIOUS.get(Lang::En)
        );
    }
    Ok(next)
}

/// The sample shipped as `data/sample/progress-reports.jsonl`: 90 fictitious progress reports
/// from a fixed seed, covering all 17 roadmap actions, several states and bodies, records with
/// several revisions and withdrawn records. A test checks that the shipped file is exactly
/// these reports, one JSON document a line; `eu-clasi scorecard --write-sample` (the
/// `eu-clasi-cli` crate), run from the repository's root, writes it again.
///
/// ```
/// use std::collections::BTreeSet;
/// use eu_clasi_sample as sample;
///
/// let reports = sample::sample_file();
/// assert_eq!(reports.len(), 90);
/// let actions: BTreeSet<_> = reports.iter().map(|r| r.action).collect();
/// assert_eq!(actions.len(), 17); // every action of the roadmap
/// ```
pub fn sample_file() -> Vec<ProgressReport> {
    progress_reports(SAMPLE_SEED, SAMPLE_COUNT).collect()
}

/// Streams the revisions of one record after another.
struct Stream<T> {
    generator: Generator,
    pending: VecDeque<T>,
    remaining: usize,
    make: fn(&mut Generator) -> Option<Vec<T>>,
}

impl<T> Iterator for Stream<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        if self.remaining == 0 {
            return None;
        }
        if self.pending.is_empty() {
            // `make` fails only if a built-in value were out of range, which the tests rule
            // out; the stream then ends rather than panics.
            self.pending = (self.make)(&mut self.generator)?.into();
        }
        let next = self.pending.pop_front()?;
        self.remaining -= 1;
        Some(next)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.remaining))
    }
}

/// SplitMix64 (Steele, Lea and Flood, 2014): a small, fast generator whose output depends on
/// nothing but its seed.
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0), by multiplication rather than modulo.
    fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi.saturating_sub(lo) + 1)
    }

    /// True `n` times in `d`.
    fn chance(&mut self, n: u64, d: u64) -> bool {
        self.below(d) < n
    }

    /// An item of `items`; `None` only when it is empty.
    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        items.get(self.below(items.len() as u64) as usize)
    }

    /// An index into a list of `n` items.
    fn index(&mut self, n: usize) -> usize {
        self.below(n as u64) as usize
    }
}

/// The generator's state: its random sequence, how many records it made, and the order of
/// the actions in the current round.
struct Generator {
    rng: Rng,
    records: u64,
    round: Vec<&'static RoadmapAction>,
    eu_states: Vec<Country>,
    clasi_states: Vec<Country>,
}

/// A measure an indicator reports, with the range of what one half-year adds to it: a kind
/// that counts (whole things) or sums money (whole units of money, worth about as many euros),
/// or a drug seizure of one substance (kilograms, counted in tenths).
#[derive(Clone, Copy)]
enum Measure {
    Of(IndicatorKind),
    Drug(Substance),
}

/// A measure and what one half-year (or one revision of an operation) adds to it.
#[derive(Clone, Copy)]
struct Slot(Measure, u64, u64);

/// What the generator knows of an action.
struct ActionProfile {
    /// What the action is about, in en, es, pt, fr.
    topic: Text,
    /// Whether it is carried out continuously (its reports say `ongoing`).
    continuous: bool,
    /// Whether its reporting states are port states.
    ports: bool,
    /// Bodies that report on it besides those it names.
    extra_bodies: &'static [Body],
    /// What its reports measure.
    slots: &'static [Slot],
}

use ImplementationStatus::{Completed, Discontinued, InProgress, NotStarted, Ongoing, Planned};
use IndicatorKind::{
    Arrests, AssetsConfiscated, AssetsFrozen, FirearmsSeized, InvestigationsOpened, JitsSetUp,
    OfficersTrained, PortAssessments, TrainingsDelivered, VictimsIdentified,
};
use Measure::{Drug, Of};

/// How the status of an action that ends moves from one half-year to the next.
const ENDING: &[&[ImplementationStatus]] = &[
    &[Planned, InProgress, InProgress, Completed],
    &[Planned, InProgress, Completed],
    &[InProgress, InProgress, Completed],
    &[InProgress, Completed],
    &[Planned, Planned, InProgress, InProgress],
    &[NotStarted, Planned, InProgress],
    &[Planned, InProgress, Discontinued],
];

/// How the status of a continuous action moves from one half-year to the next.
const CONTINUOUS: &[&[ImplementationStatus]] = &[
    &[Planned, Ongoing, Ongoing, Ongoing],
    &[Ongoing, Ongoing, Ongoing, Ongoing],
    &[Planned, Planned, Ongoing],
    &[NotStarted, Ongoing],
];

/// States with sea ports on the routes the maritime and port actions are about.
const PORT_STATES: &[Country] = &[
    Country::Es,
    Country::Pt,
    Country::Fr,
    Country::Be,
    Country::Nl,
    Country::De,
    Country::It,
    Country::Br,
    Country::Co,
    Country::Ec,
    Country::Pa,
    Country::Pe,
    Country::Cl,
    Country::Mx,
    Country::Ar,
    Country::Uy,
    Country::Do,
    Country::Cr,
    Country::Gt,
    Country::Hn,
];

/// The kind of national unit that reports on the action (pillar, item) for a state: the one
/// whose work the action is (customs for the ports, the prison service for detention
/// facilities, the financial intelligence unit for 4.ii, ...).
const fn unit_of(pillar: u8, item: u8) -> UnitKind {
    match (pillar, item) {
        (1, 4) => UnitKind::CoastGuard,
        (1, 9) => UnitKind::ProsecutionService,
        (1, 11) => UnitKind::Ministry,
        (2, _) => UnitKind::Customs,
        (3, _) => UnitKind::PrisonService,
        (4, 2) => UnitKind::FinancialIntelligenceUnit,
        (4, 3) => UnitKind::AssetRecoveryOffice,
        _ => UnitKind::Police,
    }
}

/// What the generator knows of the action `id` (pillar, item).
const fn profile(pillar: u8, item: u8) -> ActionProfile {
    const NONE: &[Body] = &[];
    let (topic, continuous, ports, extra_bodies, slots): (
        Text,
        bool,
        bool,
        &'static [Body],
        &'static [Slot],
    ) = match (pillar, item) {
        (1, 1) => (
            Text::Topic11,
            false,
            false,
            NONE,
            &[
                Slot(Of(InvestigationsOpened), 1, 6),
                Slot(Of(TrainingsDelivered), 1, 3),
            ],
        ),
        (1, 2) => (
            Text::Topic12,
            true,
            false,
            NONE,
            &[
                Slot(Of(TrainingsDelivered), 1, 4),
                Slot(Of(OfficersTrained), 10, 60),
            ],
        ),
        (1, 3) => (
            Text::Topic13,
            true,
            false,
            NONE,
            &[
                Slot(Drug(Substance::Cocaine), 50, 40_000),
                Slot(Drug(Substance::SyntheticDrugs), 5, 3_000),
                Slot(Drug(Substance::Precursors), 100, 50_000),
                Slot(Of(InvestigationsOpened), 1, 5),
            ],
        ),
        (1, 4) => (
            Text::Topic14,
            true,
            true,
            NONE,
            &[
                Slot(Drug(Substance::Cocaine), 2_000, 120_000),
                Slot(Drug(Substance::Cannabis), 500, 30_000),
                Slot(Of(Arrests), 2, 25),
            ],
        ),
        (1, 5) => (
            Text::Topic15,
            true,
            false,
            NONE,
            &[
                Slot(Of(TrainingsDelivered), 1, 3),
                Slot(Of(OfficersTrained), 5, 30),
            ],
        ),
        (1, 6) => (
            Text::Topic16,
            false,
            false,
            NONE,
            &[
                Slot(Of(InvestigationsOpened), 1, 8),
                Slot(Of(Arrests), 3, 40),
                Slot(Of(FirearmsSeized), 1, 25),
                Slot(Of(VictimsIdentified), 1, 15),
            ],
        ),
        (1, 7) => (
            Text::Topic17,
            false,
            false,
            NONE,
            &[
                Slot(Drug(Substance::Cocaine), 1_000, 80_000),
                Slot(Drug(Substance::Precursors), 500, 20_000),
                Slot(Of(Arrests), 2, 30),
                Slot(Of(InvestigationsOpened), 1, 6),
            ],
        ),
        (1, 8) => (
            Text::Topic18,
            false,
            false,
            NONE,
            &[
                Slot(Of(TrainingsDelivered), 1, 5),
                Slot(Of(OfficersTrained), 10, 80),
            ],
        ),
        (1, 9) => (
            Text::Topic19,
            false,
            false,
            NONE,
            &[
                Slot(Of(JitsSetUp), 1, 2),
                Slot(Of(InvestigationsOpened), 1, 4),
                Slot(Of(Arrests), 2, 30),
            ],
        ),
        (1, 10) => (
            Text::Topic110,
            false,
            false,
            NONE,
            &[
                Slot(Of(TrainingsDelivered), 1, 3),
                Slot(Of(OfficersTrained), 5, 40),
            ],
        ),
        (1, 11) => (
            Text::Topic111,
            false,
            false,
            NONE,
            &[
                Slot(Of(TrainingsDelivered), 1, 3),
                Slot(Of(OfficersTrained), 5, 40),
            ],
        ),
        (2, 1) => (
            Text::Topic21,
            false,
            true,
            NONE,
            &[
                Slot(Of(PortAssessments), 1, 4),
                Slot(Of(TrainingsDelivered), 1, 3),
            ],
        ),
        (2, 2) => (
            Text::Topic22,
            true,
            true,
            &[Body::EuropeanPortsAlliance],
            &[
                Slot(Of(PortAssessments), 1, 5),
                Slot(Drug(Substance::Cocaine), 100, 30_000),
            ],
        ),
        (3, 1) => (
            Text::Topic31,
            false,
            false,
            NONE,
            &[
                Slot(Of(TrainingsDelivered), 1, 4),
                Slot(Of(OfficersTrained), 10, 60),
            ],
        ),
        (4, 1) => (
            Text::Topic41,
            false,
            false,
            &[Body::Carin],
            &[
                Slot(Of(InvestigationsOpened), 1, 10),
                Slot(Of(AssetsFrozen), 50_000, 5_000_000),
            ],
        ),
        (4, 2) => (
            Text::Topic42,
            false,
            false,
            &[Body::Gafilat],
            &[
                Slot(Of(TrainingsDelivered), 1, 4),
                Slot(Of(AssetsFrozen), 10_000, 1_000_000),
            ],
        ),
        _ => (
            Text::Topic43,
            false,
            false,
            &[Body::Carin],
            &[
                Slot(Of(AssetsFrozen), 100_000, 8_000_000),
                Slot(Of(AssetsConfiscated), 50_000, 3_000_000),
            ],
        ),
    };
    ActionProfile {
        topic,
        continuous,
        ports,
        extra_bodies,
        slots,
    }
}

/// What the generator knows of a kind of joint operation.
struct OperationProfile {
    /// The roadmap actions it carries out: each inner list is one choice.
    actions: &'static [&'static [(u8, u8)]],
    /// Crime areas: the first is always targeted, one of the others may be added.
    crime_areas: &'static [CrimeArea],
    /// Bodies that may lead it (states may always lead).
    lead_bodies: &'static [Body],
    /// Bodies that support it.
    supporting: &'static [Body],
    /// How long it lasts.
    span: Span,
    /// What it achieves.
    slots: &'static [Slot],
}

/// How long an operation lasts, and how precisely its period is given.
#[derive(Clone, Copy)]
enum Span {
    /// Up to this many days, within one month, to the day.
    Days(u64),
    /// Up to this many months, to the month.
    Months(u64),
}

const fn operation_profile(kind: OperationKind) -> OperationProfile {
    match kind {
        OperationKind::ActionDay => OperationProfile {
            actions: &[&[(1, 6)], &[(1, 6), (1, 7)]],
            crime_areas: &[
                CrimeArea::DrugTrafficking,
                CrimeArea::FirearmsTrafficking,
                CrimeArea::TraffickingInHumanBeings,
                CrimeArea::MigrantSmuggling,
                CrimeArea::EnvironmentalCrime,
            ],
            lead_bodies: &[Body::Europol, Body::Ameripol],
            supporting: &[Body::Europol, Body::Ameripol],
            span: Span::Days(4),
            slots: &[
                Slot(Of(Arrests), 5, 120),
                Slot(Of(InvestigationsOpened), 1, 10),
                Slot(Of(FirearmsSeized), 1, 40),
                Slot(Drug(Substance::Cocaine), 100, 20_000),
                Slot(Of(VictimsIdentified), 1, 20),
            ],
        },
        OperationKind::JointInvestigationTeam => OperationProfile {
            actions: &[&[(1, 9)]],
            crime_areas: &[
                CrimeArea::HighRiskCriminalNetworks,
                CrimeArea::DrugTrafficking,
                CrimeArea::MigrantSmuggling,
                CrimeArea::TraffickingInHumanBeings,
                CrimeArea::FinancialCrime,
            ],
            lead_bodies: &[],
            supporting: &[Body::Eurojust, Body::Europol],
            span: Span::Months(14),
            slots: &[
                Slot(Of(JitsSetUp), 1, 1),
                Slot(Of(Arrests), 2, 40),
                Slot(Of(InvestigationsOpened), 1, 5),
            ],
        },
        OperationKind::OperationalTaskForce => OperationProfile {
            actions: &[&[(1, 9), (1, 6)]],
            crime_areas: &[
                CrimeArea::HighRiskCriminalNetworks,
                CrimeArea::DrugTrafficking,
                CrimeArea::FinancialCrime,
            ],
            lead_bodies: &[Body::Europol],
            supporting: &[Body::Europol, Body::Eurojust],
            span: Span::Months(12),
            slots: &[
                Slot(Of(Arrests), 5, 60),
                Slot(Of(InvestigationsOpened), 1, 8),
                Slot(Drug(Substance::Cocaine), 500, 60_000),
                Slot(Of(AssetsFrozen), 100_000, 4_000_000),
            ],
        },
        OperationKind::MaritimeInterdiction => OperationProfile {
            actions: &[&[(1, 4)]],
            crime_areas: &[CrimeArea::DrugTrafficking],
            lead_bodies: &[Body::MaocN],
            supporting: &[Body::MaocN, Body::Europol],
            span: Span::Days(25),
            slots: &[
                Slot(Drug(Substance::Cocaine), 5_000, 150_000),
                Slot(Of(Arrests), 2, 20),
            ],
        },
        OperationKind::FinancialInvestigation => OperationProfile {
            actions: &[&[(4, 1)], &[(4, 1), (4, 3)]],
            crime_areas: &[CrimeArea::FinancialCrime, CrimeArea::Corruption],
            lead_bodies: &[],
            supporting: &[Body::Europol, Body::Carin],
            span: Span::Months(12),
            slots: &[
                Slot(Of(AssetsFrozen), 100_000, 6_000_000),
                Slot(Of(AssetsConfiscated), 50_000, 2_000_000),
                Slot(Of(InvestigationsOpened), 1, 6),
            ],
        },
        OperationKind::CapacityBuilding => OperationProfile {
            actions: &[&[(1, 8)], &[(3, 1)], &[(4, 2)], &[(1, 2)]],
            crime_areas: &[
                CrimeArea::HighRiskCriminalNetworks,
                CrimeArea::DrugTrafficking,
                CrimeArea::FinancialCrime,
            ],
            lead_bodies: &[Body::Cepol],
            supporting: &[Body::Cepol, Body::Europol],
            span: Span::Days(5),
            slots: &[
                Slot(Of(TrainingsDelivered), 1, 6),
                Slot(Of(OfficersTrained), 10, 120),
            ],
        },
        OperationKind::InformationExchange => OperationProfile {
            actions: &[&[(1, 2)], &[(1, 3)], &[(1, 2), (1, 3)]],
            crime_areas: &[CrimeArea::DrugTrafficking, CrimeArea::Cybercrime],
            lead_bodies: &[Body::Europol],
            supporting: &[Body::Europol, Body::Euda],
            span: Span::Months(6),
            slots: &[Slot(Of(InvestigationsOpened), 1, 12)],
        },
        OperationKind::PortSecurityAssessment => OperationProfile {
            actions: &[&[(2, 2)], &[(2, 1), (2, 2)]],
            crime_areas: &[CrimeArea::DrugTrafficking, CrimeArea::Corruption],
            lead_bodies: &[],
            supporting: &[Body::EuropeanPortsAlliance],
            span: Span::Days(10),
            slots: &[
                Slot(Of(PortAssessments), 1, 4),
                Slot(Drug(Substance::Cocaine), 100, 10_000),
            ],
        },
        // The generator only picks the kinds of OPERATION_KINDS, each with a profile above.
        _ => operation_profile(OperationKind::ActionDay),
    }
}

/// The kinds of operation, each as often as it appears here.
const OPERATION_KINDS: &[OperationKind] = &[
    OperationKind::ActionDay,
    OperationKind::ActionDay,
    OperationKind::ActionDay,
    OperationKind::JointInvestigationTeam,
    OperationKind::JointInvestigationTeam,
    OperationKind::OperationalTaskForce,
    OperationKind::MaritimeInterdiction,
    OperationKind::MaritimeInterdiction,
    OperationKind::FinancialInvestigation,
    OperationKind::FinancialInvestigation,
    OperationKind::CapacityBuilding,
    OperationKind::CapacityBuilding,
    OperationKind::InformationExchange,
    OperationKind::PortSecurityAssessment,
];

/// Code words for the names of operations, in en, es, pt, fr: things of the sea and the
/// forest, none of them a person's name.
const CODE_WORDS: &[Text] = &[
    Text::CodeWordHarbour,
    Text::CodeWordTide,
    Text::CodeWordCompass,
    Text::CodeWordLantern,
    Text::CodeWordAnchor,
    Text::CodeWordReef,
    Text::CodeWordHorizon,
    Text::CodeWordBeacon,
    Text::CodeWordKeel,
    Text::CodeWordCeiba,
    Text::CodeWordCurrent,
    Text::CodeWordMeridian,
];

/// The words that open a fictitious operation's name, in en, es, pt, fr.
const OPERATION_PREFIX: Text = Text::OperationPrefix;

/// The tag that opens a fictitious report's summary, in en, es, pt, fr.
const FICTITIOUS: Text = Text::Fictitious;

/// The sentence that closes a fictitious report's summary, in en, es, pt, fr.
const GENERATED: Text = Text::Generated;

/// The summary of a withdrawal, in en, es, pt, fr.
const WITHDRAWN: Text = Text::Withdrawn;

/// What a status says in a summary, in en, es, pt, fr.
const fn status_sentence(status: ImplementationStatus) -> Text {
    match status {
        NotStarted => Text::StatusNotStarted,
        Planned => Text::StatusPlanned,
        InProgress => Text::StatusInProgress,
        Completed => Text::StatusCompleted,
        Ongoing => Text::StatusOngoing,
        Discontinued => Text::StatusDiscontinued,
        // The generator only writes the statuses above (its templates name them).
        _ => Text::StatusNotStarted,
    }
}

/// "Period: A to B." in en, es, pt, fr.
fn period_sentence(lang: Lang, period: Period) -> String {
    Text::Period
        .get(lang)
        .replace("{start}", &period.start.to_string())
        .replace("{end}", &period.end.to_string())
}

include!("generated/sample_text.rs");

/// The languages in the order of their positions ([`slot_of`]).
const LANGS: [Lang; 4] = [Lang::En, Lang::Es, Lang::Pt, Lang::Fr];

/// A text in the language at position `l`.
fn t(text: Text, l: usize) -> &'static str {
    text.get(LANGS.get(l).copied().unwrap_or(Lang::En))
}

/// The position of a language in [`LANGS`].
const fn slot_of(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Es => 1,
        Lang::Pt => 2,
        Lang::Fr => 3,
    }
}

/// The language an actor writes its reports in.
const fn language(actor: Actor) -> Lang {
    use Country::*;
    match actor {
        Actor::State(
            Es | Ar | Bo | Cl | Co | Cr | Do | Ec | Sv | Gt | Hn | Mx | Pa | Py | Pe | Uy,
        ) => Lang::Es,
        Actor::State(Br | Pt) => Lang::Pt,
        Actor::State(Fr | Be | Lu) => Lang::Fr,
        Actor::Body(Body::Ameripol | Body::Gafilat) => Lang::Es,
        _ => Lang::En,
    }
}

/// The currency an actor reports sums of money in, and about how many of its units a euro is
/// worth (rounded, for plausible magnitudes only).
const fn currency_of(actor: Actor) -> (&'static str, u64) {
    use Country::*;
    match actor {
        Actor::State(Ar) => ("ARS", 1000),
        Actor::State(Bo) => ("BOB", 8),
        Actor::State(Br) => ("BRL", 6),
        Actor::State(Cl) => ("CLP", 1000),
        Actor::State(Co) => ("COP", 4500),
        Actor::State(Cr) => ("CRC", 550),
        Actor::State(Do) => ("DOP", 65),
        Actor::State(Gt) => ("GTQ", 8),
        Actor::State(Hn) => ("HNL", 28),
        Actor::State(Mx) => ("MXN", 20),
        Actor::State(Py) => ("PYG", 8000),
        Actor::State(Pe) => ("PEN", 4),
        Actor::State(Uy) => ("UYU", 45),
        Actor::State(Ec | Sv | Pa) | Actor::Body(Body::Ameripol | Body::Gafilat) => ("USD", 1),
        Actor::State(Bg) => ("BGN", 2),
        Actor::State(Cz) => ("CZK", 25),
        Actor::State(Dk) => ("DKK", 7),
        Actor::State(Hu) => ("HUF", 400),
        Actor::State(Pl) => ("PLN", 4),
        Actor::State(Ro) => ("RON", 5),
        Actor::State(Se) => ("SEK", 11),
        _ => ("EUR", 1),
    }
}

/// Whether a body reports on actions (the EU, CLASI, CELAC and the Council are the
/// frameworks, not reporters).
const fn reports(body: Body) -> bool {
    !matches!(
        body,
        Body::Eu | Body::Clasi | Body::Celac | Body::CouncilOfTheEu
    )
}

/// A half-year of the roadmap (0: March to June 2025, 1: July to December 2025, 2: January to
/// June 2026, 3: July to December 2026): its first and last month.
fn half_year(index: u64) -> Option<(PartialDate, PartialDate)> {
    let (year, first, last) = match index {
        0 => (2025, 3, 6),
        1 => (2025, 7, 12),
        2 => (2026, 1, 6),
        _ => (2026, 7, 12),
    };
    Some((to_the_month(year, first)?, to_the_month(year, last)?))
}

/// A date known to the month.
fn to_the_month(year: u16, month: u8) -> Option<PartialDate> {
    PartialDate::new(year, Some(month), None).ok()
}

/// The instant `days` days, `seconds` seconds after midnight UTC at the start of `date`.
fn instant(date: NaiveDate, days: u64, seconds: u64) -> Option<Timestamp> {
    let day = date.checked_add_days(Days::new(days))?;
    let time = day
        .and_hms_opt(0, 0, 0)?
        .and_utc()
        .checked_add_signed(chrono::TimeDelta::seconds(i64::try_from(seconds).ok()?))?;
    Timestamp::from_datetime(time).ok()
}

/// A later instant: `days` days and `seconds` seconds after `t`.
fn later(t: Timestamp, days: u64, seconds: u64) -> Option<Timestamp> {
    let dt = t
        .as_datetime()
        .checked_add_days(Days::new(days))?
        .checked_add_signed(chrono::TimeDelta::seconds(i64::try_from(seconds).ok()?))?;
    Timestamp::from_datetime(dt).ok()
}

/// A working-hours time of day, in seconds after midnight.
fn office_time(rng: &mut Rng) -> u64 {
    rng.range(7, 17) * 3600 + rng.below(60) * 60 + rng.below(60)
}

/// The running totals of a record's indicators.
struct Tally {
    slots: Vec<Slot>,
    values: Vec<u64>,
    currency: Currency,
    rate: u64,
}

impl Tally {
    /// A tally of some of `slots` (each kept with a chance of 3 in 4, at least one), with sums
    /// of money in the currency of `actor` (or, one time in four, in US dollars or euros).
    fn new(rng: &mut Rng, slots: &[Slot], actor: Actor) -> Tally {
        let mut kept: Vec<Slot> = slots.iter().copied().filter(|_| rng.chance(3, 4)).collect();
        if kept.is_empty()
            && let Some(&slot) = rng.pick(slots)
        {
            kept.push(slot);
        }
        let (mut code, mut rate) = currency_of(actor);
        if rng.chance(1, 4) {
            (code, rate) = if code == "USD" {
                ("EUR", 1)
            } else {
                ("USD", 1)
            };
        }
        Tally {
            values: vec![0; kept.len()],
            slots: kept,
            currency: code.parse().unwrap_or(Currency::EUR),
            rate,
        }
    }

    /// Adds what one more period achieved.
    fn add(&mut self, rng: &mut Rng) {
        for (slot, value) in self.slots.iter().zip(self.values.iter_mut()) {
            *value += rng.range(slot.1, slot.2);
        }
    }

    /// The indicators so far (none before anything was added).
    fn indicators(&self, rng: &mut Rng) -> Option<Vec<Indicator>> {
        let mut out = Vec::new();
        for (slot, &value) in self.slots.iter().zip(&self.values) {
            if value == 0 {
                continue;
            }
            let money = |rng: &mut Rng| -> Option<Money> {
                let cents = if self.rate <= 100 { rng.below(100) } else { 0 };
                let amount = Amount::from_ten_thousandths(
                    u128::from(value) * u128::from(self.rate) * 10_000 + u128::from(cents) * 100,
                )
                .ok()?;
                Some(Money::new(amount, self.currency))
            };
            out.push(match slot.0 {
                Drug(substance) => Indicator::DrugSeizure {
                    substance,
                    kilograms: Quantity::from_ten_thousandths(u128::from(value) * 1_000).ok()?,
                },
                Of(kind) => {
                    let measured = match kind.unit() {
                        IndicatorUnit::Money => IndicatorValue::Money(money(rng)?),
                        _ => IndicatorValue::Count(value),
                    };
                    Indicator::new(kind, measured)?
                }
            });
        }
        Some(out)
    }
}

/// The extensions every generated record carries: `"x_fictitious": true`.
fn fictitious() -> Option<Extensions> {
    let mut ext = Extensions::new();
    ext.insert("x_fictitious", serde_json::Value::Bool(true))
        .ok()?;
    Some(ext)
}

impl Generator {
    fn new(seed: u64) -> Generator {
        let states = |f: fn(Country) -> bool| -> Vec<Country> {
            <Country as eu_clasi::Vocabulary>::all()
                .iter()
                .copied()
                .filter(|&c| f(c))
                .collect()
        };
        Generator {
            rng: Rng(seed),
            records: 0,
            round: Vec::new(),
            eu_states: states(Country::is_eu_member),
            clasi_states: states(Country::is_clasi_member),
        }
    }

    /// A random version 4 UUID.
    fn record_id(&mut self) -> RecordId {
        let bits = (u128::from(self.rng.next_u64()) << 64) | u128::from(self.rng.next_u64());
        let v4 = (bits & !(0xf << 76) & !(0x3 << 62)) | (0x4 << 76) | (0x2 << 62);
        RecordId::from_u128(v4)
    }

    /// The next action: every round of 17 takes each action once, in a shuffled order.
    fn next_action(&mut self) -> Option<&'static RoadmapAction> {
        if self.round.is_empty() {
            let mut round: Vec<&'static RoadmapAction> = declaration().actions().collect();
            // Fisher-Yates; popped from the end below.
            for i in (1..round.len()).rev() {
                let j = self.rng.index(i + 1);
                round.swap(i, j);
            }
            self.round = round;
        }
        self.round.pop()
    }

    /// A state: from the EU or from CLASI with equal chances, or a port state.
    fn state(&mut self, ports: bool) -> Option<Country> {
        let pool: &[Country] = if ports {
            PORT_STATES
        } else if self.rng.chance(1, 2) {
            &self.eu_states
        } else {
            &self.clasi_states
        };
        self.rng.pick(pool).copied()
    }

    /// A state of the other region than `actor`'s (of either region for a body).
    fn counterpart(&mut self, actor: Actor) -> Option<Country> {
        let pool: &[Country] = match actor {
            Actor::State(c) if c.is_eu_member() => &self.clasi_states,
            Actor::State(_) => &self.eu_states,
            _ if self.rng.chance(1, 2) => &self.eu_states,
            _ => &self.clasi_states,
        };
        self.rng.pick(pool).copied()
    }

    /// The next record of a progress report, with all its revisions.
    fn report_record(&mut self) -> Option<Vec<ProgressReport>> {
        let index = self.records;
        self.records += 1;
        let action = self.next_action()?;
        let profile = profile(action.id.pillar(), action.id.item());
        let mut bodies: Vec<Body> = action
            .mentions
            .bodies
            .iter()
            .copied()
            .filter(|&b| reports(b))
            .collect();
        for &b in profile.extra_bodies {
            if !bodies.contains(&b) {
                bodies.push(b);
            }
        }

        let reporter = if !bodies.is_empty() && self.rng.chance(1, 4) {
            Actor::Body(*self.rng.pick(&bodies)?)
        } else {
            Actor::State(self.state(profile.ports)?)
        };
        let lang = language(reporter);
        let l = slot_of(lang);

        let templates = if profile.continuous {
            CONTINUOUS
        } else {
            ENDING
        };
        let statuses = *self.rng.pick(templates)?;
        let first = *self.rng.pick(&[0, 0, 0, 1, 1, 2])?;
        let most = (statuses.len() as u64).min(4 - first);
        let revisions = self.rng.range(1, most);

        // What stays the same through the revisions.
        let id = self.record_id();
        let tlp = *self
            .rng
            .pick(&[Tlp::Clear, Tlp::Clear, Tlp::Green, Tlp::Green, Tlp::Amber])?;
        let mut partners: Vec<Actor> = Vec::new();
        match reporter {
            Actor::State(_) => {
                let others: Vec<Body> = bodies
                    .iter()
                    .copied()
                    .filter(|&b| Actor::Body(b) != reporter)
                    .collect();
                if let Some(&b) = self.rng.pick(&others) {
                    partners.push(Actor::Body(b));
                }
                if self.rng.chance(1, 2) {
                    partners.push(Actor::State(self.counterpart(reporter)?));
                }
            }
            _ => {
                for _ in 0..self.rng.range(1, 2) {
                    let state = Actor::State(self.counterpart(reporter)?);
                    if !partners.contains(&state) {
                        partners.push(state);
                    }
                }
            }
        }
        let mut crime_areas = action.mentions.crime_areas.clone();
        while crime_areas.len() > 2 {
            crime_areas.remove(self.rng.index(crime_areas.len()));
        }
        let instruments = action.mentions.instruments.clone();
        let mut evidence = Vec::new();
        if self.rng.chance(1, 3) {
            evidence.push(Evidence::Url {
                reference: format!("https://example.org/eu-clasi/fictitious/{id}"),
            });
        }
        let mut tally = Tally::new(&mut self.rng, profile.slots, reporter);
        let extensions = fictitious()?;
        // Two state records in three name the unit that reports (by its kind only: the
        // sample names no institution); this draws nothing from the generator, so the other
        // fields are what they were before reporting units existed.
        let reporting_unit = match reporter {
            Actor::State(_) if index % 3 != 2 => Some(ReportingUnit::new(unit_of(
                action.id.pillar(),
                action.id.item(),
            ))),
            _ => None,
        };

        let (start, _) = half_year(first)?;
        let mut out: Vec<ProgressReport> = Vec::new();
        let mut created: Option<Timestamp> = None;
        for (r, &status) in statuses.iter().take(revisions as usize).enumerate() {
            let half = first + r as u64;
            let (_, end) = half_year(half)?;
            let period = Period::new(start, end);
            // Reported 3 to 45 days after the half-year ends.
            let end_day = end.latest()?;
            let modified = instant(end_day, self.rng.range(3, 45), office_time(&mut self.rng))?;
            let created = *created.get_or_insert(modified);
            if matches!(status, InProgress | Completed | Ongoing) {
                tally.add(&mut self.rng);
            }
            let text = format!(
                "{} {}. {} {} {}",
                t(FICTITIOUS, l),
                t(profile.topic, l),
                t(status_sentence(status), l),
                period_sentence(lang, period),
                t(GENERATED, l)
            );
            let mut report = ProgressReport::new(
                id,
                action.id,
                reporter,
                period,
                status,
                Summary::new(lang, text),
                created,
                tlp,
            );
            report.modified = modified;
            report.reporting_unit = reporting_unit.clone();
            report.crime_areas = crime_areas.clone();
            report.partners = partners.clone();
            report.instruments = instruments.clone();
            if status != Planned && status != NotStarted {
                report.indicators = tally.indicators(&mut self.rng)?;
                report.evidence = evidence.clone();
            }
            report.extensions = extensions.clone();
            out.push(report);
        }
        if index % WITHDRAW_EVERY == WITHDRAW_EVERY - 5
            && let Some(last) = out.last()
        {
            let mut withdrawal = last.clone();
            withdrawal.modified =
                later(last.modified, self.rng.range(1, 30), self.rng.below(36_000))?;
            withdrawal.withdrawn = true;
            withdrawal.summary.text = format!(
                "{} {} {}",
                t(FICTITIOUS, l),
                t(WITHDRAWN, l),
                t(GENERATED, l)
            );
            out.push(withdrawal);
        }
        Some(out)
    }

    /// The next record of a joint operation, with all its revisions.
    fn operation_record(&mut self) -> Option<Vec<JointOperation>> {
        let index = self.records;
        self.records += 1;
        let kind = *self.rng.pick(OPERATION_KINDS)?;
        let profile = operation_profile(kind);

        let actions: Vec<ActionId> = self
            .rng
            .pick(profile.actions)?
            .iter()
            .map(|&(p, i)| ActionId::new(p, i).ok())
            .collect::<Option<_>>()?;
        let mut crime_areas = vec![*profile.crime_areas.first()?];
        if profile.crime_areas.len() > 1 && self.rng.chance(1, 2) {
            let extra = *self.rng.pick(&profile.crime_areas[1..])?;
            crime_areas.push(extra);
        }
        let ports = matches!(
            kind,
            OperationKind::MaritimeInterdiction | OperationKind::PortSecurityAssessment
        );
        let lead = match self.rng.pick(profile.lead_bodies) {
            Some(&b) if self.rng.chance(1, 3) => Actor::Body(b),
            _ => Actor::State(self.state(ports)?),
        };
        let mut participants: Vec<Actor> = Vec::new();
        for _ in 0..self.rng.range(1, 5) {
            let state = if self.rng.chance(1, 2) {
                self.counterpart(lead)?
            } else {
                self.state(ports)?
            };
            let state = Actor::State(state);
            if state != lead && !participants.contains(&state) {
                participants.push(state);
            }
        }
        let supporting_bodies: Vec<Body> = profile
            .supporting
            .iter()
            .copied()
            .filter(|&b| Actor::Body(b) != lead)
            .filter(|_| self.rng.chance(2, 3))
            .collect();
        let mut instruments = Vec::new();
        for &id in &actions {
            if let Some(action) = declaration().action(id) {
                for &i in &action.mentions.instruments {
                    if !instruments.contains(&i) {
                        instruments.push(i);
                    }
                }
            }
        }

        // When it ran: within 2025-03 .. 2026-12.
        let month0 = self.rng.range(0, 21); // months after 2025-03
        let (year, month) = (2025 + (month0 + 2) / 12, (month0 + 2) % 12 + 1);
        let (year, month) = (u16::try_from(year).ok()?, u8::try_from(month).ok()?);
        let period = match profile.span {
            Span::Days(most) => {
                let first = self.rng.range(1, 28 - most);
                let last = first + self.rng.range(0, most);
                Period::new(
                    PartialDate::new(year, Some(month), Some(u8::try_from(first).ok()?)).ok()?,
                    PartialDate::new(year, Some(month), Some(u8::try_from(last).ok()?)).ok()?,
                )
            }
            Span::Months(most) => {
                let last = (month0 + self.rng.range(1, most)).min(21);
                let (ey, em) = (2025 + (last + 2) / 12, (last + 2) % 12 + 1);
                Period::new(
                    to_the_month(year, month)?,
                    to_the_month(u16::try_from(ey).ok()?, u8::try_from(em).ok()?)?,
                )
            }
        };
        let lang = language(lead);
        let l = slot_of(lang);
        let word = self.rng.pick(CODE_WORDS)?;
        let name = format!(
            "{} {} {:02}",
            t(OPERATION_PREFIX, l),
            t(*word, l),
            self.rng.range(1, 99)
        );
        let tlp = *self
            .rng
            .pick(&[Tlp::Clear, Tlp::Green, Tlp::Green, Tlp::Amber])?;
        let mut tally = Tally::new(&mut self.rng, profile.slots, lead);
        let extensions = fictitious()?;

        let revisions = *self.rng.pick(&[1, 1, 1, 2, 2, 3])?;
        let id = self.record_id();
        let created = instant(
            period.end.latest()?,
            self.rng.range(7, 40),
            office_time(&mut self.rng),
        )?;
        let mut out: Vec<JointOperation> = Vec::new();
        let mut when = created;
        for r in 0..revisions {
            if r > 0 {
                when = later(when, self.rng.range(20, 90), self.rng.below(20_000))?;
            }
            tally.add(&mut self.rng);
            let mut op = JointOperation::new(
                id,
                name.clone(),
                kind,
                crime_areas.clone(),
                lead,
                period,
                created,
                tlp,
            );
            op.modified = when;
            op.participants = participants.clone();
            op.supporting_bodies = supporting_bodies.clone();
            op.instruments = instruments.clone();
            op.actions = actions.clone();
            // Results grow from one revision to the next; a JIT stays one team.
            op.outcomes = tally.indicators(&mut self.rng)?;
            if kind == OperationKind::JointInvestigationTeam {
                for o in &mut op.outcomes {
                    if let Indicator::JitsSetUp { count } = o {
                        *count = 1;
                    }
                }
            }
            op.extensions = extensions.clone();
            out.push(op);
        }
        if index % WITHDRAW_EVERY == WITHDRAW_EVERY - 11
            && let Some(last) = out.last()
        {
            let mut withdrawal = last.clone();
            withdrawal.modified =
                later(last.modified, self.rng.range(1, 30), self.rng.below(36_000))?;
            withdrawal.withdrawn = true;
            out.push(withdrawal);
        }
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use eu_clasi::{Validate, Vocabulary, current_revisions, latest_revisions};
    use std::collections::{BTreeMap, BTreeSet};

    const SAMPLE_PATH: &str = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../data/sample/progress-reports.jsonl"
    );
    const REGENERATE: &str =
        "run `cargo xtask regen` and commit data/sample/progress-reports.jsonl";

    fn jsonl<T: serde::Serialize>(records: &[T]) -> String {
        records
            .iter()
            .map(|r| serde_json::to_string(r).unwrap() + "\n")
            .collect()
    }

    #[test]
    fn splitmix64_gives_the_published_sequence() {
        // The first outputs of SplitMix64 seeded with 1234567 (the reference implementation's
        // test vector): the generator, hence every sample, is the same everywhere.
        let mut rng = Rng(1_234_567);
        let first: Vec<u64> = (0..5).map(|_| rng.next_u64()).collect();
        assert_eq!(
            first,
            [
                6_457_827_717_110_365_317,
                3_203_168_211_198_807_973,
                9_817_491_932_198_370_423,
                4_593_380_528_125_082_431,
                16_408_922_859_458_223_821,
            ]
        );
        let mut rng = Rng(9);
        for _ in 0..1000 {
            assert!(rng.below(7) < 7);
            assert!((3..=5).contains(&rng.range(3, 5)));
        }
        assert_eq!(rng.below(0), 0);
    }

    #[test]
    fn same_seed_same_records_other_seed_other_records() {
        let a: Vec<ProgressReport> = progress_reports(5, 300).collect();
        let b: Vec<ProgressReport> = progress_reports(5, 300).collect();
        let c: Vec<ProgressReport> = progress_reports(6, 300).collect();
        assert_eq!(jsonl(&a), jsonl(&b));
        assert_ne!(jsonl(&a), jsonl(&c));
        let prefix: Vec<ProgressReport> = progress_reports(5, 120).collect();
        assert_eq!(
            prefix[..],
            a[..120],
            "a shorter run is a prefix of a longer one"
        );
        assert_eq!(progress_reports(5, 0).count(), 0);
        let ops: Vec<JointOperation> = joint_operations(5, 200).collect();
        assert_eq!(ops.len(), 200);
        assert_eq!(
            jsonl(&ops),
            jsonl(&joint_operations(5, 200).collect::<Vec<_>>())
        );
    }

    #[test]
    fn counts_are_exact_at_any_size() {
        for count in [1, 2, 17, 1000, 5000] {
            assert_eq!(progress_reports(count as u64, count).count(), count);
            assert_eq!(joint_operations(count as u64, count).count(), count);
        }
    }

    #[test]
    fn every_record_is_valid_and_says_it_is_fictitious() {
        for seed in 0..4 {
            for r in progress_reports(seed, 2000) {
                assert!(r.problems().is_empty(), "{seed}: {:?}", r.problems());
                let l = slot_of(r.summary.lang);
                assert!(
                    r.summary.text.starts_with(t(FICTITIOUS, l)),
                    "{}",
                    r.summary.text
                );
                assert!(
                    r.summary.text.ends_with(t(GENERATED, l)),
                    "{}",
                    r.summary.text
                );
                assert_eq!(r.summary.lang, language(r.reporter));
                assert_eq!(
                    r.extensions.get("x_fictitious"),
                    Some(&serde_json::Value::Bool(true))
                );
                assert!(r.period.is_ordered() && r.created <= r.modified);
                assert!(matches!(r.reporter, Actor::State(_) | Actor::Body(_)));
                if matches!(r.status, Planned | NotStarted) {
                    assert!(r.indicators.is_empty());
                }
            }
            for op in joint_operations(seed, 2000) {
                assert!(op.problems().is_empty(), "{seed}: {:?}", op.problems());
                let l = slot_of(language(op.lead));
                assert!(op.name.starts_with(t(OPERATION_PREFIX, l)), "{}", op.name);
                assert!(!op.participants.contains(&op.lead));
                assert!(!op.actions.is_empty() && !op.outcomes.is_empty());
                assert!(
                    op.period.end.latest().unwrap()
                        <= NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()
                );
            }
        }
    }

    #[test]
    fn no_person_is_named() {
        // The only free texts are summaries, names and evidence references; all are built
        // from the fixed phrases of this module. No word of them is a given name.
        let mut words: BTreeSet<String> = BTreeSet::new();
        for r in progress_reports(11, 3000) {
            words.extend(r.summary.text.split_whitespace().map(str::to_owned));
        }
        for op in joint_operations(11, 3000) {
            words.extend(op.name.split_whitespace().map(str::to_owned));
        }
        for given_name in [
            "Maria", "José", "Juan", "João", "Pierre", "John", "Ana", "Luis",
        ] {
            assert!(!words.contains(given_name), "{given_name}");
        }
        // The texts use a small fixed vocabulary, not free-form details.
        assert!(words.len() < 2000, "{} distinct words", words.len());
    }

    #[test]
    fn statuses_move_on_across_revisions_and_some_records_are_withdrawn() {
        let reports: Vec<ProgressReport> = progress_reports(3, 3000).collect();
        let mut by_id: BTreeMap<RecordId, Vec<&ProgressReport>> = BTreeMap::new();
        for r in &reports {
            by_id.entry(r.id).or_default().push(r);
        }
        let rank = |s: ImplementationStatus| match s {
            NotStarted => 0,
            Planned => 1,
            InProgress | Ongoing => 2,
            Completed | Discontinued => 3,
            _ => panic!("the generator wrote a status it has no template for: {s}"),
        };
        let mut revised = 0;
        for revisions in by_id.values() {
            revised += usize::from(revisions.len() > 1);
            for pair in revisions.windows(2) {
                let (a, b) = (pair[0], pair[1]);
                assert!(a.modified < b.modified);
                assert_eq!(
                    (a.created, a.action, a.reporter),
                    (b.created, b.action, b.reporter)
                );
                assert!(
                    rank(a.status) <= rank(b.status),
                    "{} -> {}",
                    a.status,
                    b.status
                );
                assert!(!a.withdrawn);
                assert_eq!(a.period.start, b.period.start);
                // Indicators are cumulative: what one revision counts, the next counts too.
                for (x, y) in a.indicators.iter().zip(&b.indicators) {
                    match (x.count(), y.count()) {
                        (Some(m), Some(n)) => assert!(m <= n),
                        _ => assert_eq!(std::mem::discriminant(x), std::mem::discriminant(y)),
                    }
                }
            }
        }
        assert!(revised > by_id.len() / 3, "{revised} of {}", by_id.len());
        let latest = latest_revisions(&reports).len();
        let current = current_revisions(&reports).len();
        assert_eq!(latest, by_id.len());
        let withdrawn = latest - current;
        assert!(
            (latest / 20..=latest / 12).contains(&withdrawn),
            "{withdrawn} of {latest}"
        );
        let statuses: BTreeSet<ImplementationStatus> = reports.iter().map(|r| r.status).collect();
        assert_eq!(statuses.len(), 6, "every status occurs");
    }

    #[test]
    fn indicators_fit_the_action() {
        for r in progress_reports(8, 3000) {
            let id = r.action.to_string();
            for i in &r.indicators {
                match i {
                    Indicator::DrugSeizure { .. } => {
                        assert!(
                            ["1.iii", "1.iv", "1.vii", "2.ii"].contains(&id.as_str()),
                            "{id}"
                        )
                    }
                    Indicator::JitsSetUp { .. } => assert_eq!(id, "1.ix"),
                    Indicator::PortAssessments { .. } => assert_eq!(r.action.pillar(), 2),
                    Indicator::AssetsFrozen { amount }
                    | Indicator::AssetsConfiscated { amount } => {
                        assert_eq!(r.action.pillar(), 4, "{id}");
                        let (local, _) = currency_of(r.reporter);
                        assert!(
                            [local, "USD", "EUR"].contains(&amount.currency.code()),
                            "{} for {}",
                            amount.currency,
                            r.reporter
                        );
                    }
                    _ => {}
                }
            }
        }
        // Brazil reports in reais, in Portuguese.
        assert_eq!(currency_of(Actor::State(Country::Br)).0, "BRL");
        assert_eq!(language(Actor::State(Country::Br)), Lang::Pt);
        assert_eq!(language(Actor::Body(Body::Ameripol)), Lang::Es);
        assert_eq!(language(Actor::State(Country::Be)), Lang::Fr);
        for (code, _) in Country::all().iter().map(|&c| currency_of(Actor::State(c))) {
            assert!(code.parse::<Currency>().is_ok(), "{code}");
        }
    }

    #[test]
    fn reporters_are_eu_or_clasi_states_or_bodies_the_action_fits() {
        for r in progress_reports(21, 3000) {
            match r.reporter {
                Actor::State(c) => assert!(c.is_eu_member() || c.is_clasi_member(), "{c}"),
                Actor::Body(b) => {
                    let action = declaration().action(r.action).unwrap();
                    let p = profile(r.action.pillar(), r.action.item());
                    assert!(
                        action.mentions.bodies.contains(&b) || p.extra_bodies.contains(&b),
                        "{b} on {}",
                        r.action
                    );
                    assert!(reports(b));
                }
                Actor::Collective(_) => panic!("a collective reporter"),
            }
        }
    }

    #[test]
    fn every_action_has_a_profile_of_its_own() {
        let mut topics = BTreeSet::new();
        for a in declaration().actions() {
            let p = profile(a.id.pillar(), a.id.item());
            assert!(topics.insert(t(p.topic, 0)), "{} shares a topic", a.id);
            assert!(!p.slots.is_empty());
        }
        assert_eq!(topics.len(), 17);
        // Operations carry out actions of the roadmap.
        for kind in OperationKind::all() {
            for choice in operation_profile(*kind).actions {
                for &(p, i) in *choice {
                    assert!(declaration().action(ActionId::new(p, i).unwrap()).is_some());
                }
            }
        }
    }

    #[test]
    fn generated_records_pass_the_json_schema() {
        fn validator(name: &str) -> jsonschema::Validator {
            let schema = eu_clasi::schema::by_name(name).unwrap();
            jsonschema::options()
                .should_validate_formats(true)
                .build(&schema)
                .unwrap()
        }
        let reports = validator("progress-report");
        for r in progress_reports(77, 400) {
            let value = serde_json::to_value(&r).unwrap();
            let errors: Vec<String> = reports.iter_errors(&value).map(|e| e.to_string()).collect();
            assert!(errors.is_empty(), "{value}: {errors:?}");
        }
        let operations = validator("joint-operation");
        for op in joint_operations(77, 400) {
            let value = serde_json::to_value(&op).unwrap();
            let errors: Vec<String> = operations
                .iter_errors(&value)
                .map(|e| e.to_string())
                .collect();
            assert!(errors.is_empty(), "{value}: {errors:?}");
        }
    }

    #[test]
    fn the_shipped_sample_is_what_sample_file_generates() {
        let expected = jsonl(&sample_file());
        let on_disk = std::fs::read_to_string(SAMPLE_PATH)
            .unwrap_or_else(|e| panic!("{SAMPLE_PATH}: {e}\n=> {REGENERATE}"));
        assert!(
            on_disk == expected,
            "{SAMPLE_PATH} differs from sample_file()\n=> {REGENERATE}"
        );
    }

    #[test]
    fn the_shipped_sample_covers_the_roadmap() {
        let text = std::fs::read_to_string(SAMPLE_PATH).unwrap();
        let mut reports = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let r: ProgressReport =
                eu_clasi::json::from_str(line).unwrap_or_else(|e| panic!("line {}: {e}", n + 1));
            assert!(
                r.problems().is_empty(),
                "line {}: {:?}",
                n + 1,
                r.problems()
            );
            reports.push(r);
        }
        let actions: BTreeSet<ActionId> = reports.iter().map(|r| r.action).collect();
        assert_eq!(actions.len(), 17);
        let states: BTreeSet<Country> = reports.iter().filter_map(|r| r.reporter.state()).collect();
        let bodies: BTreeSet<Body> = reports.iter().filter_map(|r| r.reporter.body()).collect();
        assert!(states.len() >= 3, "{states:?}");
        assert!(bodies.len() >= 2, "{bodies:?}");
        let latest = latest_revisions(&reports);
        assert!(latest.len() < reports.len(), "no record has revisions");
        assert!(latest.iter().any(|r| r.withdrawn), "no record is withdrawn");
        let langs: BTreeSet<Lang> = reports.iter().map(|r| r.summary.lang).collect();
        assert!(langs.len() >= 3, "{langs:?}");
    }
}
