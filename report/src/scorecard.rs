//! How far the roadmap has come, from the progress reports: the latest status each actor
//! reports for each action, the share of actions with progress, and the indicators added up,
//! as data, as Markdown ([`Scorecard::to_markdown`]), as an SVG chart ([`Scorecard::to_svg`])
//! and as a self-contained HTML page for a review meeting ([`Scorecard::to_html`]), in
//! English, Spanish, Portuguese or French: titles ([`pillar_title`], [`action_title`]), actors,
//! statuses and numbers ([`number`], [`money`]) in the reader's language, nothing cut.
//!
//! # What is counted
//!
//! - **Current reports only.** Of the reports given, the scorecard keeps the latest revision
//!   of each record ([`latest_revisions`](eu_clasi::latest_revisions): the latest `modified` per id) and drops the records
//!   whose latest revision withdraws them ([`current_revisions`](eu_clasi::current_revisions)). Earlier revisions count for
//!   nothing: a record revised from `planned` to `in_progress` counts once, as `in_progress`.
//! - **Every roadmap action**, all 17 of the built-in roadmap, even those no report is about. A
//!   current report on an action the roadmap does not have (which [`Validate`](eu_clasi::Validate)
//!   reports as a problem) is counted in [`Scorecard::outside_roadmap`] and nowhere else.
//! - **The status of an actor** on an action is the status of that actor's current report on
//!   it with the latest `modified`; an actor may have several current reports on one action
//!   (one record per reporting line, say), and only the latest speaks for it. Of two with the
//!   same `modified`, the one whose record comes later in the input wins.
//! - **Progress.** An action *has progress* when at least one current report on it has the
//!   status `in_progress`, `completed` or `ongoing`. `not_started`, `planned` and
//!   `discontinued` are not progress, and an action with no current report has none. The
//!   share of actions with progress is given per pillar and overall, as a count of actions
//!   over the number of actions ([`Progress`]).
//! - **Indicators** of every current report on an action are added up, each in its own unit
//!   and never converted: counts per kind of indicator ([`IndicatorKind`]), kilograms per
//!   [`Substance`], and money per currency, assets frozen and assets confiscated apart. Sums are exact ([`Quantity`] and [`Amount`] are decimals, never
//!   floats) and checked: a total too large to hold is listed in [`Totals::overflowed`]
//!   rather than wrapped, rounded or a panic. A report's indicators are what that report
//!   covers (a record's revisions each cover the whole period so far), so only the latest
//!   revision's count.
//!
//! ```
//! use eu_clasi::{ImplementationStatus, Lang};
//! use eu_clasi_sample as sample;
//! use eu_clasi_report::scorecard::Scorecard;
//!
//! let reports = sample::sample_file();
//! let card = Scorecard::from_reports(&reports);
//! assert_eq!(card.pillars.len(), 4);
//! assert_eq!(card.progress.actions, 17);
//! let vi = card.action("1.vi".parse()?).unwrap();
//! for actor in &vi.actors {
//!     println!("{}: {}", actor.actor, actor.status);
//! }
//! let markdown = card.to_markdown(Lang::Es);
//! assert!(markdown.contains("## Pilar 1"));
//! let svg = card.to_svg(Lang::Fr);
//! assert!(svg.starts_with("<svg") && svg.contains("Pilier 4"));
//! # Ok::<(), eu_clasi::Error>(())
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use strum::IntoEnumIterator as _;

use measure::Weight;

mod html;
mod measure;

use eu_clasi::{
    ActionId, Actor, Amount, Currency, ImplementationStatus, Indicator, IndicatorKind, Labels,
    Lang, ProgressReport, Quantity, Substance, Timestamp, UnitKind, Vocabulary, declaration,
};

/// The scorecard of the roadmap: per pillar and per action, who reports what status, whether
/// the action has progress, and what the reports measured (see the [module
/// documentation](self) for exactly what is counted).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scorecard {
    /// The years of the roadmap the reports were counted against (`2025-2026`).
    pub roadmap_years: String,
    /// The roadmap's pillars, in order, each with all its actions.
    pub pillars: Vec<PillarScore>,
    /// How many of the roadmap's actions have progress.
    pub progress: Progress,
    /// Every current report's indicators, added up.
    pub totals: Totals,
    /// How many reports were given, every revision counted.
    pub reports_read: usize,
    /// How many records (distinct ids) they are revisions of.
    pub records: usize,
    /// How many records are withdrawn (their latest revision says `withdrawn: true`).
    pub withdrawn: usize,
    /// How many current reports (latest revisions, not withdrawn) are about roadmap actions
    /// and counted.
    pub current: usize,
    /// How many current reports are about an action the roadmap does not have, and are not
    /// counted.
    pub outside_roadmap: usize,
}

/// One pillar of the roadmap in a [`Scorecard`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PillarScore {
    /// The pillar's number (1 to 4).
    pub number: u8,
    /// The pillar's title, verbatim from the declaration (in English).
    pub title: String,
    /// Every action of the pillar, in the roadmap's order, reported on or not.
    pub actions: Vec<ActionScore>,
    /// How many of the pillar's actions have progress.
    pub progress: Progress,
    /// The pillar's indicators, added up.
    pub totals: Totals,
}

/// One action of the roadmap in a [`Scorecard`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionScore {
    /// The action's id (`1.vi`).
    pub id: ActionId,
    /// Every actor with a current report on the action, with its latest status, in the order
    /// of [`Actor`] (states, then bodies). Empty when no current report is about the action.
    pub actors: Vec<ActorStatus>,
    /// How many current reports are about the action.
    pub reports: usize,
    /// Whether the action has progress: at least one current report on it says
    /// `in_progress`, `completed` or `ongoing`.
    pub has_progress: bool,
    /// The action's indicators, added up over its current reports.
    pub totals: Totals,
    /// The kinds of the national units that made the current reports on the action (the
    /// union of its actors' [`ActorStatus::units`]).
    pub unit_kinds: BTreeSet<UnitKind>,
}

/// The latest status an actor reports for an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorStatus {
    /// Who reports.
    pub actor: Actor,
    /// The status of its current report on the action with the latest `modified`.
    pub status: ImplementationStatus,
    /// When that report was last modified.
    pub modified: Timestamp,
    /// How many current reports the actor has on the action.
    pub reports: usize,
    /// The kinds of the national units that made the actor's current reports on the action
    /// ([`ProgressReport::reporting_unit`]): a state may report through its police and its
    /// customs, say. Empty when no report names its unit.
    pub units: BTreeSet<UnitKind>,
}

impl ActorStatus {
    /// The actor's name in `lang`, followed by the kinds of its reporting units when any
    /// report names one: `Colombia (police, customs)`.
    ///
    /// ```
    /// use eu_clasi::{Lang, ProgressReport, Tlp};
    /// use eu_clasi_report::scorecard::Scorecard;
    ///
    /// let report = ProgressReport::builder()
    ///     .action("4.i")
    ///     .reporter("state:BR")
    ///     .reporting_unit("financial_intelligence_unit")
    ///     .period("2026-01/2026-06")
    ///     .status("in_progress")
    ///     .summary("pt", "[Exemplo fictício] Troca de informação financeira.")
    ///     .tlp(Tlp::Green)
    ///     .build()?;
    /// let card = Scorecard::from_reports([&report]);
    /// let actor = &card.action("4.i".parse()?).unwrap().actors[0];
    /// assert_eq!(actor.name(Lang::Pt), "Brasil (unidade de informação financeira)");
    /// # Ok::<(), eu_clasi::Error>(())
    /// ```
    pub fn name(&self, lang: Lang) -> String {
        let name = self.actor.label(lang);
        if self.units.is_empty() {
            return name.to_owned();
        }
        let units: Vec<&str> = self.units.iter().map(|u| u.label(lang)).collect();
        format!("{name} ({})", units.join(", "))
    }
}

/// How many actions have progress, out of how many.
///
/// ```
/// use eu_clasi_report::scorecard::Progress;
///
/// let p = Progress { with_progress: 2, actions: 3 };
/// assert_eq!(p.percent(), 67);
/// assert_eq!(Progress { with_progress: 0, actions: 0 }.percent(), 0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Progress {
    /// How many actions have progress.
    pub with_progress: usize,
    /// How many actions there are.
    pub actions: usize,
}

impl Progress {
    /// The share of actions with progress, in percent, rounded to the nearest whole number
    /// (halves up); 0 when there is no action. Computed with integers only.
    pub fn percent(self) -> usize {
        if self.actions == 0 {
            return 0;
        }
        (self.with_progress * 200 + self.actions) / (self.actions * 2)
    }
}

/// One total of [`Totals`]: a count, a weight of a substance, or a sum of money in a currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Measure {
    /// A count of one kind (a kind whose [`unit`](IndicatorKind::unit) is a count).
    Count(IndicatorKind),
    /// Kilograms of a substance seized.
    Kilograms(Substance),
    /// Assets frozen, in a currency.
    Frozen(Currency),
    /// Assets confiscated, in a currency.
    Confiscated(Currency),
}

impl Measure {
    /// What the total is, in `lang`: `arrests`, `cocaine (kg)`, `assets frozen (EUR)`.
    pub fn label(self, lang: Lang) -> String {
        match self {
            Measure::Count(kind) => kind.label(lang).to_owned(),
            Measure::Kilograms(s) => format!("{} (kg)", s.label(lang)),
            Measure::Frozen(c) => format!("{} ({c})", IndicatorKind::AssetsFrozen.label(lang)),
            Measure::Confiscated(c) => {
                format!("{} ({c})", IndicatorKind::AssetsConfiscated.label(lang))
            }
        }
    }
}

/// Indicators added up, each in its unit: counts by kind, kilograms by substance, sums of
/// money by currency (assets frozen and confiscated apart). No total is ever converted into
/// another unit or currency.
///
/// ```
/// use eu_clasi::{Currency, Indicator, Money, Substance};
/// use eu_clasi::IndicatorKind;
/// use eu_clasi_report::scorecard::{Measure, Totals};
///
/// let mut t = Totals::default();
/// t.add(&Indicator::DrugSeizure { substance: Substance::Cocaine, kilograms: "0.5".parse()? });
/// t.add(&Indicator::DrugSeizure { substance: Substance::Cocaine, kilograms: "1.25".parse()? });
/// t.add(&Indicator::AssetsFrozen { amount: Money::new("100".parse()?, Currency::EUR) });
/// t.add(&Indicator::AssetsFrozen { amount: Money::new("100".parse()?, Currency::USD) });
/// t.add(&Indicator::Arrests { count: 3 });
/// assert_eq!(t.kilograms[&Substance::Cocaine].to_string(), "1.75");
/// assert_eq!(t.frozen.len(), 2); // never mixed
/// assert_eq!(t.counts[&IndicatorKind::Arrests], 3);
///
/// let huge = Money::new(eu_clasi::Amount::MAX, Currency::EUR);
/// t.add(&Indicator::AssetsFrozen { amount: huge });
/// assert!(t.overflowed.contains(&Measure::Frozen(Currency::EUR)));
/// assert!(!t.frozen.contains_key(&Currency::EUR)); // no wrong total is kept
/// # Ok::<(), eu_clasi::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Totals {
    /// The sum of each kind of count, by the indicators' kind.
    pub counts: BTreeMap<IndicatorKind, u64>,
    /// Kilograms seized, by substance.
    pub kilograms: BTreeMap<Substance, Quantity>,
    /// Assets frozen, by currency.
    pub frozen: BTreeMap<Currency, Amount>,
    /// Assets confiscated, by currency.
    pub confiscated: BTreeMap<Currency, Amount>,
    /// The totals that grew too large to hold (a count above `u64::MAX`, a decimal above
    /// [`Amount::MAX`]): they are left out of the maps above, so that no wrong figure is shown,
    /// and listed here.
    pub overflowed: BTreeSet<Measure>,
}

/// Adds `value` to the total `key` of `map`, or marks it overflowed.
fn add_to<K: Ord + Copy, V: Copy + Default>(
    map: &mut BTreeMap<K, V>,
    overflowed: &mut BTreeSet<Measure>,
    key: K,
    measure: Measure,
    value: V,
    add: fn(V, V) -> Option<V>,
) {
    if overflowed.contains(&measure) {
        return;
    }
    let total = map.entry(key).or_default();
    match add(*total, value) {
        Some(sum) => *total = sum,
        None => {
            map.remove(&key);
            overflowed.insert(measure);
        }
    }
}

impl Totals {
    /// Adds one indicator to its total.
    pub fn add(&mut self, indicator: &Indicator) {
        let overflowed = &mut self.overflowed;
        match *indicator {
            Indicator::DrugSeizure {
                substance,
                kilograms,
            } => add_to(
                &mut self.kilograms,
                overflowed,
                substance,
                Measure::Kilograms(substance),
                kilograms,
                Quantity::checked_add,
            ),
            Indicator::AssetsFrozen { amount } => add_to(
                &mut self.frozen,
                overflowed,
                amount.currency,
                Measure::Frozen(amount.currency),
                amount.amount,
                Amount::checked_add,
            ),
            Indicator::AssetsConfiscated { amount } => add_to(
                &mut self.confiscated,
                overflowed,
                amount.currency,
                Measure::Confiscated(amount.currency),
                amount.amount,
                Amount::checked_add,
            ),
            _ => {
                if let Some(count) = indicator.count() {
                    let kind = indicator.kind();
                    add_to(
                        &mut self.counts,
                        overflowed,
                        kind,
                        Measure::Count(kind),
                        count,
                        u64::checked_add,
                    );
                }
            }
        }
    }

    /// Adds every total of `other` to this one; a total that overflowed in either overflows.
    pub fn merge(&mut self, other: &Totals) {
        for &measure in &other.overflowed {
            match measure {
                Measure::Count(k) => {
                    self.counts.remove(&k);
                }
                Measure::Kilograms(s) => {
                    self.kilograms.remove(&s);
                }
                Measure::Frozen(c) => {
                    self.frozen.remove(&c);
                }
                Measure::Confiscated(c) => {
                    self.confiscated.remove(&c);
                }
            }
            self.overflowed.insert(measure);
        }
        let overflowed = &mut self.overflowed;
        for (&k, &n) in &other.counts {
            add_to(
                &mut self.counts,
                overflowed,
                k,
                Measure::Count(k),
                n,
                u64::checked_add,
            );
        }
        for (&s, &q) in &other.kilograms {
            add_to(
                &mut self.kilograms,
                overflowed,
                s,
                Measure::Kilograms(s),
                q,
                Quantity::checked_add,
            );
        }
        for (&c, &a) in &other.frozen {
            add_to(
                &mut self.frozen,
                overflowed,
                c,
                Measure::Frozen(c),
                a,
                Amount::checked_add,
            );
        }
        for (&c, &a) in &other.confiscated {
            add_to(
                &mut self.confiscated,
                overflowed,
                c,
                Measure::Confiscated(c),
                a,
                Amount::checked_add,
            );
        }
    }

    /// Whether nothing was measured.
    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
            && self.kilograms.is_empty()
            && self.frozen.is_empty()
            && self.confiscated.is_empty()
            && self.overflowed.is_empty()
    }

    /// Every total as a line of text in `lang`, counts first, then kilograms, then money
    /// (`arrests: 12`, `cocaine: 1.75 kg`, `assets frozen: 1000.50 BRL, 200.00 EUR`), and the
    /// overflowed totals last. Numbers are written as `lang` writes them ([`number`]):
    /// `cocaína: 1,75 kg` in Spanish; sums of money with their currency's minor digits
    /// ([`money`]).
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        let mut out = Vec::new();
        for (kind, n) in &self.counts {
            out.push(format!("{}: {}", kind.label(lang), number(lang, n)));
        }
        for (substance, q) in &self.kilograms {
            out.push(format!("{}: {} kg", substance.label(lang), number(lang, q)));
        }
        for (text, sums) in [
            (IndicatorKind::AssetsFrozen, &self.frozen),
            (IndicatorKind::AssetsConfiscated, &self.confiscated),
        ] {
            if !sums.is_empty() {
                let list: Vec<String> = sums.iter().map(|(&c, &a)| money(lang, a, c)).collect();
                out.push(format!("{}: {}", text.label(lang), list.join(", ")));
            }
        }
        for m in &self.overflowed {
            out.push(format!("{}: {}", m.label(lang), Text::Overflow.get(lang)));
        }
        out
    }
}

/// What an actor's reports on one action add up to, while the reports are read.
struct ActorAcc {
    status: ImplementationStatus,
    modified: Timestamp,
    reports: usize,
    units: BTreeSet<UnitKind>,
}

/// Whether a status is progress.
const fn is_progress(status: ImplementationStatus) -> bool {
    matches!(
        status,
        ImplementationStatus::InProgress
            | ImplementationStatus::Completed
            | ImplementationStatus::Ongoing
    )
}

impl Scorecard {
    /// The scorecard of `reports`: every revision of every record, in any order (see the
    /// [module documentation](self) for what is counted).
    pub fn from_reports<'a>(reports: impl IntoIterator<Item = &'a ProgressReport>) -> Scorecard {
        Self::from_reports_against(&declaration().roadmap, reports)
    }

    /// The scorecard of `reports` against `roadmap` instead of the built-in 2025-2026 one:
    /// for a later roadmap, read from JSON as a [`Declaration`](eu_clasi::Declaration).
    pub fn from_reports_against<'a>(
        roadmap: &eu_clasi::Roadmap,
        reports: impl IntoIterator<Item = &'a ProgressReport>,
    ) -> Scorecard {
        let mut builder = ScorecardBuilder::against(roadmap);
        for r in reports {
            builder.add(r);
        }
        builder.finish()
    }
}

impl<'a> FromIterator<&'a ProgressReport> for Scorecard {
    /// The scorecard of the reports, as [`Scorecard::from_reports`].
    fn from_iter<I: IntoIterator<Item = &'a ProgressReport>>(reports: I) -> Self {
        Scorecard::from_reports(reports)
    }
}

impl FromIterator<ProgressReport> for Scorecard {
    /// The scorecard of the reports, read one at a time: only what the scorecard needs of
    /// each record is kept ([`ScorecardBuilder`]).
    fn from_iter<I: IntoIterator<Item = ProgressReport>>(reports: I) -> Self {
        let mut builder = ScorecardBuilder::new();
        for r in reports {
            builder.add(&r);
        }
        builder.finish()
    }
}

/// What the scorecard keeps of a record's latest revision seen so far: what it counts, and
/// nothing else (no summary, evidence or extensions).
#[derive(Debug, Clone)]
struct Kept {
    modified: Timestamp,
    withdrawn: bool,
    action: ActionId,
    reporter: Actor,
    status: ImplementationStatus,
    unit: Option<UnitKind>,
    indicators: Box<[Indicator]>,
}

impl Kept {
    fn of(r: &ProgressReport) -> Self {
        Kept {
            modified: r.modified,
            withdrawn: r.withdrawn,
            action: r.action,
            reporter: r.reporter,
            status: r.status,
            unit: r.reporting_unit.as_ref().map(|u| u.kind),
            indicators: r.indicators.clone().into_boxed_slice(),
        }
    }
}

/// A [`Scorecard`] built one report at a time, in memory that grows with the number of
/// distinct records, not with the reports read: of each record it keeps only what its latest
/// revision so far counts (its action, reporter, status, time, unit kind and indicators),
/// never the revisions themselves, so a stream of any length can be counted.
///
/// ```
/// use eu_clasi_report::scorecard::{Scorecard, ScorecardBuilder};
///
/// let mut builder = ScorecardBuilder::new();
/// for report in eu_clasi_sample::progress_reports(7, 1000) {
///     builder.add(&report); // the report can be dropped now
/// }
/// let card = builder.finish();
/// let reports: Vec<_> = eu_clasi_sample::progress_reports(7, 1000).collect();
/// assert_eq!(card, Scorecard::from_reports(&reports));
/// ```
#[derive(Debug, Clone)]
pub struct ScorecardBuilder {
    roadmap: eu_clasi::Roadmap,
    /// Where each record's entry is in `kept` (the order records were first seen).
    place: std::collections::HashMap<eu_clasi::RecordId, usize>,
    kept: Vec<Kept>,
    reports_read: usize,
}

impl Default for ScorecardBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl ScorecardBuilder {
    /// A builder counting against the built-in 2025-2026 roadmap.
    pub fn new() -> Self {
        Self::against(&declaration().roadmap)
    }

    /// A builder counting against `roadmap` (see [`Scorecard::from_reports_against`]).
    pub fn against(roadmap: &eu_clasi::Roadmap) -> Self {
        ScorecardBuilder {
            roadmap: roadmap.clone(),
            place: std::collections::HashMap::new(),
            kept: Vec::new(),
            reports_read: 0,
        }
    }

    /// Counts one report (any revision of any record, in any order): it replaces what was
    /// kept of its record when it is as recent or more recent.
    pub fn add(&mut self, report: &ProgressReport) {
        self.reports_read += 1;
        match self.place.get(&report.id) {
            Some(&i) => {
                if let Some(k) = self.kept.get_mut(i)
                    && report.modified >= k.modified
                {
                    *k = Kept::of(report);
                }
            }
            None => {
                self.place.insert(report.id, self.kept.len());
                self.kept.push(Kept::of(report));
            }
        }
    }

    /// How many reports were added.
    pub fn reports_read(&self) -> usize {
        self.reports_read
    }

    /// The scorecard of every report added.
    pub fn finish(self) -> Scorecard {
        let ScorecardBuilder {
            roadmap,
            place,
            kept,
            reports_read,
        } = self;
        drop(place);
        let roadmap = &roadmap;
        let records = kept.len();
        let withdrawn = kept.iter().filter(|k| k.withdrawn).count();
        let current: Vec<&Kept> = kept.iter().filter(|k| !k.withdrawn).collect();

        let index: BTreeMap<ActionId, usize> = roadmap
            .actions()
            .enumerate()
            .map(|(i, a)| (a.id, i))
            .collect();
        let n = index.len();
        let mut actors: Vec<BTreeMap<Actor, ActorAcc>> = (0..n).map(|_| BTreeMap::new()).collect();
        let mut counts = vec![0usize; n];
        let mut progress = vec![false; n];
        let mut totals: Vec<Totals> = vec![Totals::default(); n];
        let mut outside_roadmap = 0;
        for r in &current {
            let Some(&i) = index.get(&r.action) else {
                outside_roadmap += 1;
                continue;
            };
            let (Some(count), Some(has), Some(sum), Some(by_actor)) = (
                counts.get_mut(i),
                progress.get_mut(i),
                totals.get_mut(i),
                actors.get_mut(i),
            ) else {
                continue;
            };
            *count += 1;
            *has |= is_progress(r.status);
            for indicator in &r.indicators {
                sum.add(indicator);
            }
            let acc = by_actor.entry(r.reporter).or_insert(ActorAcc {
                status: r.status,
                modified: r.modified,
                reports: 0,
                units: BTreeSet::new(),
            });
            acc.reports += 1;
            acc.units.extend(r.unit);
            if r.modified >= acc.modified {
                acc.status = r.status;
                acc.modified = r.modified;
            }
        }

        let mut scores: Vec<Option<ActionScore>> = roadmap
            .actions()
            .enumerate()
            .map(|(i, a)| {
                let actors: Vec<ActorStatus> = actors
                    .get_mut(i)
                    .map(std::mem::take)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(actor, acc)| ActorStatus {
                        actor,
                        status: acc.status,
                        modified: acc.modified,
                        reports: acc.reports,
                        units: acc.units,
                    })
                    .collect();
                Some(ActionScore {
                    id: a.id,
                    unit_kinds: actors
                        .iter()
                        .flat_map(|s| s.units.iter().copied())
                        .collect(),
                    actors,
                    reports: counts.get(i).copied().unwrap_or(0),
                    has_progress: progress.get(i).copied().unwrap_or(false),
                    totals: totals.get_mut(i).map(std::mem::take).unwrap_or_default(),
                })
            })
            .collect();

        let mut pillars = Vec::new();
        let mut overall = Progress::default();
        let mut overall_totals = Totals::default();
        for pillar in &roadmap.pillars {
            let actions: Vec<ActionScore> = pillar
                .actions
                .iter()
                .filter_map(|a| index.get(&a.id).and_then(|&i| scores.get_mut(i)?.take()))
                .collect();
            let p = Progress {
                with_progress: actions.iter().filter(|a| a.has_progress).count(),
                actions: actions.len(),
            };
            let mut sum = Totals::default();
            for a in &actions {
                sum.merge(&a.totals);
            }
            overall.with_progress += p.with_progress;
            overall.actions += p.actions;
            overall_totals.merge(&sum);
            pillars.push(PillarScore {
                number: pillar.number,
                title: pillar.title.clone(),
                actions,
                progress: p,
                totals: sum,
            });
        }
        Scorecard {
            roadmap_years: roadmap.years(),
            pillars,
            progress: overall,
            totals: overall_totals,
            reports_read,
            records,
            withdrawn,
            current: current.len() - outside_roadmap,
            outside_roadmap,
        }
    }
}

impl Scorecard {
    /// Every action, pillar by pillar.
    pub fn actions(&self) -> impl Iterator<Item = &ActionScore> + '_ {
        self.pillars.iter().flat_map(|p| p.actions.iter())
    }

    /// The action with this id.
    pub fn action(&self, id: ActionId) -> Option<&ActionScore> {
        self.actions().find(|a| a.id == id)
    }

    /// The pillar with this number.
    pub fn pillar(&self, number: u8) -> Option<&PillarScore> {
        self.pillars.iter().find(|p| p.number == number)
    }

    /// The scorecard's title in `lang`, naming its roadmap's years.
    fn title(&self, lang: Lang) -> String {
        Text::Title
            .get(lang)
            .replace("{years}", &self.roadmap_years)
    }

    /// Whether the built-in roadmap's titles name this scorecard's pillars and actions: when
    /// it was counted against the built-in roadmap (or one of the same years).
    fn has_builtin_titles(&self) -> bool {
        self.roadmap_years == declaration().roadmap.years()
    }

    /// The short title of `action` in `lang`, when the built-in roadmap has one for it.
    fn action_title(&self, action: &ActionScore, lang: Lang) -> Option<&'static str> {
        self.has_builtin_titles()
            .then(|| action_title(action.id))
            .flatten()
            .map(|l| l.get(lang))
    }

    /// The scorecard as Markdown, with headings and labels in `lang`: a table per pillar (the
    /// action's id, its short title, whether it has progress, marked ✓, each actor's latest
    /// status, the indicator totals), the pillar's totals, then the overall figures. Pillar
    /// and action titles are in `lang` ([`pillar_title`], [`action_title`]); numbers are
    /// written as `lang` writes them, sums of money with their currency's minor digits.
    ///
    /// ```
    /// use eu_clasi::Lang;
    /// use eu_clasi_sample as sample;
    /// use eu_clasi_report::scorecard::Scorecard;
    ///
    /// let md = Scorecard::from_reports(&sample::sample_file()).to_markdown(Lang::Pt);
    /// assert!(md.starts_with("# Quadro de avaliação"));
    /// assert!(md.contains("## Pilar 1: Cooperação operacional policial"));
    /// assert!(md.contains("| Ação | Título | Progresso | Estado por ator | Indicadores |"));
    /// assert!(md.contains("| 4.i | Seguir o rasto do dinheiro | ✓ sim |"));
    /// ```
    pub fn to_markdown(&self, lang: Lang) -> String {
        let mut md = String::new();
        let t = |text: Text| text.get(lang);
        let _ = writeln!(md, "# {}\n", self.title(lang));
        let _ = writeln!(md, "{}\n", t(Text::Counting));
        for pillar in &self.pillars {
            let _ = writeln!(
                md,
                "## {} {}: {}\n",
                t(Text::Pillar),
                pillar.number,
                cell(&pillar.title_in(lang))
            );
            let _ = writeln!(md, "{}\n", progress_sentence(pillar.progress, lang));
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} | {} |",
                t(Text::Action),
                t(Text::ShortTitle),
                t(Text::Progress),
                t(Text::StatusByActor),
                t(Text::Indicators)
            );
            md.push_str("| --- | --- | --- | --- | --- |\n");
            for a in &pillar.actions {
                let statuses = if a.actors.is_empty() {
                    format!("*{}*", t(Text::NoReport))
                } else {
                    let list: Vec<String> = a
                        .actors
                        .iter()
                        .map(|s| format!("{}: {}", s.name(lang), s.status.label(lang)))
                        .collect();
                    list.join("; ")
                };
                let indicators = a.totals.lines(lang).join("; ");
                let _ = writeln!(
                    md,
                    "| {} | {} | {} | {} | {} |",
                    a.id,
                    cell(self.action_title(a, lang).unwrap_or_default()),
                    progress_mark(a.has_progress, lang),
                    cell(&statuses),
                    cell(&indicators)
                );
            }
            if !pillar.totals.is_empty() {
                let _ = writeln!(md, "\n{}:\n", t(Text::PillarTotals));
                for line in pillar.totals.lines(lang) {
                    let _ = writeln!(md, "- {}", cell(&line));
                }
            }
            md.push('\n');
        }
        let _ = writeln!(md, "## {}\n", t(Text::Overall));
        let _ = writeln!(md, "{}\n", progress_sentence(self.progress, lang));
        for pillar in &self.pillars {
            let _ = writeln!(
                md,
                "- {} {}: {} {} {} ({}%)",
                t(Text::Pillar),
                pillar.number,
                pillar.progress.with_progress,
                t(Text::Of),
                pillar.progress.actions,
                pillar.progress.percent()
            );
        }
        let _ = writeln!(md, "\n### {}\n", t(Text::Indicators));
        let lines = self.totals.lines(lang);
        if lines.is_empty() {
            let _ = writeln!(md, "*{}*", t(Text::NothingMeasured));
        }
        for line in lines {
            let _ = writeln!(md, "- {}", cell(&line));
        }
        let _ = writeln!(md, "\n### {}\n", t(Text::Reports));
        let _ = writeln!(md, "| | |\n| --- | ---: |");
        for (text, n) in self.report_counts() {
            let _ = writeln!(md, "| {} | {} |", t(text), number(lang, n));
        }
        md
    }

    /// The counts of reports shown under "Reports", as labels and numbers.
    fn report_counts(&self) -> Vec<(Text, usize)> {
        let mut rows = vec![
            (Text::ReportsRead, self.reports_read),
            (Text::Records, self.records),
            (Text::Withdrawn, self.withdrawn),
            (Text::Current, self.current),
        ];
        if self.outside_roadmap > 0 {
            rows.push((Text::OutsideRoadmap, self.outside_roadmap));
        }
        rows
    }

    /// The scorecard as a self-contained SVG chart, with headings and labels in `lang`: one
    /// row per action, grouped under its pillar's heading, with the action's id and short
    /// title, a ✓ when it has progress, a bar split by the statuses of the actors that report
    /// on it (each part's width in proportion to its number of actors, the number written on
    /// it, each status with its colour and its own pattern, so that the chart reads in black
    /// and white), and beside it the number of actors and reports, the indicator totals and
    /// the actors by status, all written out and wrapped onto as many lines as they need: no
    /// text is cut, and the chart grows to fit. A legend names the statuses' colours and
    /// patterns.
    ///
    /// Text is laid out with the advance widths of DejaVu Sans, the font named first in
    /// `font-family` (Liberation Sans, Arial and Helvetica, its fallbacks, are narrower), so
    /// that labels keep their gaps in every language.
    ///
    /// The file needs nothing else: no script, no external font, style sheet or image; the
    /// styles are presentation attributes, and every text is escaped.
    ///
    /// ```
    /// use eu_clasi::Lang;
    /// use eu_clasi_report::scorecard::Scorecard;
    ///
    /// let svg = Scorecard::from_reports(&eu_clasi_sample::sample_file()).to_svg(Lang::Es);
    /// assert!(svg.contains("Pilar 2: Resiliencia de los centros logísticos"));
    /// assert!(!svg.contains('…'));
    /// ```
    pub fn to_svg(&self, lang: Lang) -> String {
        let t = |text: Text| text.get(lang);
        let mut body = String::new();
        let mut y = MARGIN;
        for line in measure::wrap(&self.title(lang), 20.0, Weight::Bold, WIDTH - 2.0 * MARGIN) {
            y += 24.0;
            text_at(&mut body, MARGIN, y, 20.0, Weight::Bold, "#1a1a1a", &line);
        }
        let subtitle = format!(
            "{} · {} {}",
            progress_sentence(self.progress, lang),
            number(lang, self.current),
            t(Text::CurrentReportsShort)
        );
        for line in measure::wrap(&subtitle, 13.0, Weight::Regular, WIDTH - 2.0 * MARGIN) {
            y += 19.0;
            text_at(
                &mut body,
                MARGIN,
                y,
                13.0,
                Weight::Regular,
                "#444444",
                &line,
            );
        }

        // The legend: one swatch per status, the empty bar and the mark of progress, each
        // label measured, with the same gap after each.
        y += 26.0;
        let mut x = MARGIN;
        let mut legend: Vec<(LegendMark, &str)> = ImplementationStatus::all()
            .iter()
            .map(|&s| (LegendMark::Status(s), s.label(lang)))
            .collect();
        legend.push((LegendMark::NoReport, t(Text::NoReport)));
        legend.push((LegendMark::Progress, t(Text::BoldMeansProgress)));
        for (mark, label) in legend {
            let width = SWATCH + 5.0 + measure::width(label, 12.0, Weight::Regular);
            if x > MARGIN && x + width > WIDTH - MARGIN {
                x = MARGIN;
                y += 20.0;
            }
            match mark {
                LegendMark::Status(s) => swatch(&mut body, x, y - 11.0, SWATCH, SWATCH, s),
                LegendMark::NoReport => empty_bar(&mut body, x, y - 11.0, SWATCH, SWATCH),
                LegendMark::Progress => check_mark(&mut body, x, y - 11.0),
            }
            text_at(
                &mut body,
                x + SWATCH + 5.0,
                y,
                12.0,
                Weight::Regular,
                "#1a1a1a",
                label,
            );
            x += width + LEGEND_GAP;
        }

        for pillar in &self.pillars {
            y += 22.0;
            let heading = format!(
                "{} {}: {}",
                t(Text::Pillar),
                pillar.number,
                pillar.title_in(lang)
            );
            for line in measure::wrap(&heading, 15.0, Weight::Bold, WIDTH - 2.0 * MARGIN) {
                y += 20.0;
                text_at(&mut body, MARGIN, y, 15.0, Weight::Bold, "#1a1a1a", &line);
            }
            y += 17.0;
            text_at(
                &mut body,
                MARGIN,
                y,
                12.0,
                Weight::Regular,
                "#555555",
                &progress_sentence(pillar.progress, lang),
            );
            y += 10.0;
            for action in &pillar.actions {
                y += self.svg_row(&mut body, action, y, lang);
            }
        }
        y += 16.0;
        let height = y.ceil();
        let mut svg = String::with_capacity(body.len() + 2000);
        let _ = writeln!(
            svg,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="{FONT_FAMILY}" role="img" lang="{lang}">"#
        );
        let _ = writeln!(svg, "<title>{}</title>", esc(&self.title(lang)));
        let _ = writeln!(svg, "<defs>{}</defs>", pattern_defs("p"));
        let _ = writeln!(
            svg,
            r##"<rect x="0" y="0" width="{WIDTH}" height="{height}" fill="#ffffff"/>"##
        );
        svg.push_str(&body);
        svg.push_str("</svg>\n");
        svg
    }

    /// One action's rows from `top`: its id, ✓ when it has progress, its short title, the bar
    /// of its actors' statuses, and the note (actors and reports, indicators, actors by
    /// status). Returns the height taken.
    fn svg_row(&self, out: &mut String, action: &ActionScore, top: f64, lang: Lang) -> f64 {
        let t = |text: Text| text.get(lang);
        text_at(
            out,
            MARGIN,
            top + 13.0,
            13.0,
            Weight::Bold,
            "#1a1a1a",
            &action.id.to_string(),
        );
        if action.has_progress {
            check_mark(out, CHECK_X, top + 2.0);
        }
        let title_lines = self
            .action_title(action, lang)
            .map(|title| measure::wrap(title, 12.0, Weight::Regular, TITLE_WIDTH))
            .unwrap_or_default();
        for (i, line) in title_lines.iter().enumerate() {
            let baseline = top + 13.0 + TITLE_LINE * i as f64;
            text_at(
                out,
                TITLE_X,
                baseline,
                12.0,
                Weight::Regular,
                "#1a1a1a",
                line,
            );
        }

        let bar_top = top + 2.0;
        if action.actors.is_empty() {
            empty_bar(out, BAR_X, bar_top, BAR_WIDTH, BAR_HEIGHT);
            text_at(
                out,
                BAR_X + 8.0,
                bar_top + 12.0,
                11.0,
                Weight::Regular,
                "#666666",
                t(Text::NoReport),
            );
        } else {
            let total = action.actors.len() as f64;
            let mut before = 0.0;
            for &status in ImplementationStatus::all() {
                let n = action.actors.iter().filter(|a| a.status == status).count();
                if n == 0 {
                    continue;
                }
                let x0 = BAR_X + before * BAR_WIDTH / total;
                before += n as f64;
                let x1 = BAR_X + before * BAR_WIDTH / total;
                swatch(out, x0, bar_top, x1 - x0, BAR_HEIGHT, status);
                let label = n.to_string();
                let label_width = measure::width(&label, 11.0, Weight::Bold);
                if x1 - x0 >= label_width + 8.0 {
                    let _ = writeln!(
                        out,
                        r##"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="14" rx="2" fill="#ffffff" fill-opacity="0.85"/>"##,
                        (x0 + x1 - label_width) / 2.0 - 2.0,
                        bar_top + 1.0,
                        label_width + 4.0
                    );
                    text_at(
                        out,
                        (x0 + x1 - label_width) / 2.0,
                        bar_top + 12.0,
                        11.0,
                        Weight::Bold,
                        "#1a1a1a",
                        &label,
                    );
                }
            }
        }

        let mut note_lines = Vec::new();
        for item in action_note(action, lang) {
            note_lines.extend(measure::wrap(&item, 11.0, Weight::Regular, NOTE_WIDTH));
        }
        for (i, line) in note_lines.iter().enumerate() {
            let baseline = top + 12.0 + NOTE_LINE * i as f64;
            text_at(
                out,
                NOTE_X,
                baseline,
                11.0,
                Weight::Regular,
                "#333333",
                line,
            );
        }
        let height = (TITLE_LINE * title_lines.len() as f64)
            .max(NOTE_LINE * note_lines.len() as f64)
            .max(BAR_HEIGHT + 4.0)
            + ROW_GAP;
        let _ = writeln!(
            out,
            r##"<path d="M{MARGIN} {:.1}H{:.1}" stroke="#e0e0e0" stroke-width="1"/>"##,
            top + height - ROW_GAP / 2.0,
            WIDTH - MARGIN
        );
        height
    }
}

impl PillarScore {
    /// The pillar's title in `lang`: the declaration's English title, or the crate's
    /// translation of it ([`pillar_title`]). A pillar the built-in roadmap does not have under
    /// this title (from a later roadmap) keeps its own title in every language.
    pub fn title_in(&self, lang: Lang) -> String {
        match pillar_title(self.number) {
            Some(labels) if labels.en == self.title => labels.get(lang).to_owned(),
            _ => self.title.clone(),
        }
    }
}

/// The title of pillar `number` of the built-in 2025-2026 roadmap in the four languages: the
/// English is the declaration's, verbatim; Spanish, Portuguese and French are the crate's
/// translations (marked as such). `None` for a pillar the roadmap does not have.
///
/// ```
/// use eu_clasi::Lang;
/// use eu_clasi_report::scorecard::pillar_title;
///
/// let p2 = pillar_title(2).unwrap();
/// assert_eq!(p2.get(Lang::En), "Resilience of the logistic hubs");
/// assert_eq!(p2.get(Lang::Pt), "Resiliência dos centros logísticos");
/// assert!(p2.is_translation(Lang::Pt));
/// assert!(pillar_title(5).is_none());
/// ```
pub fn pillar_title(number: u8) -> Option<Labels> {
    let key = format!("pillar_{number}");
    RoadmapTitle::iter()
        .find(|t| t.key() == key)
        .map(|t| t.labels().translated(&[Lang::Es, Lang::Pt, Lang::Fr]))
}

/// A short title for an action of the built-in 2025-2026 roadmap, in the four languages: the
/// crate's own wording in all four (the action's text, verbatim in English, is the source;
/// Spanish, Portuguese and French are marked as translations). `None` for an action the
/// roadmap does not have.
///
/// ```
/// use eu_clasi::Lang;
/// use eu_clasi_report::scorecard::action_title;
///
/// let t = action_title("4.i".parse()?).unwrap();
/// assert_eq!(t.get(Lang::En), "Follow the money");
/// assert_eq!(t.get(Lang::Es), "Seguir el rastro del dinero");
/// assert!(action_title("9.i".parse()?).is_none());
/// # Ok::<(), eu_clasi::Error>(())
/// ```
pub fn action_title(id: ActionId) -> Option<Labels> {
    let key = format!("action_{}", id.to_string().replace('.', "_"));
    RoadmapTitle::iter()
        .find(|t| t.key() == key)
        .map(|t| t.labels().translated(&[Lang::Es, Lang::Pt, Lang::Fr]))
}

/// What the note beside an action says, item by item: how many actors and reports, each
/// indicator total, then the actors by status (`in progress: Brazil, Colombia (police)`).
fn action_note(action: &ActionScore, lang: Lang) -> Vec<String> {
    let t = |text: Text| text.get(lang);
    let (actors, reports) = (action.actors.len(), action.reports);
    let mut items = Vec::new();
    if actors > 0 {
        items.push(format!(
            "{} {} · {} {}",
            number(lang, actors),
            t(if actors == 1 {
                Text::Actor
            } else {
                Text::Actors
            }),
            number(lang, reports),
            t(if reports == 1 {
                Text::Report
            } else {
                Text::ReportsShort
            }),
        ));
    }
    items.extend(action.totals.lines(lang));
    for (status, who) in actors_by_status(action, lang) {
        items.push(format!("{}: {}", status.label(lang), who.join(", ")));
    }
    items
}

/// The actors of an action grouped by their status, in the order of the statuses, each
/// actor by its name in `lang`.
fn actors_by_status(action: &ActionScore, lang: Lang) -> Vec<(ImplementationStatus, Vec<String>)> {
    ImplementationStatus::all()
        .iter()
        .filter_map(|&status| {
            let who: Vec<String> = action
                .actors
                .iter()
                .filter(|a| a.status == status)
                .map(|a| a.name(lang))
                .collect();
            (!who.is_empty()).then_some((status, who))
        })
        .collect()
}

/// What a legend entry shows before its label.
#[derive(Clone, Copy)]
enum LegendMark {
    Status(ImplementationStatus),
    NoReport,
    Progress,
}

/// The font families the SVG and the HTML name, DejaVu Sans first: the font the texts are
/// measured with.
const FONT_FAMILY: &str = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif";

/// The chart's geometry, in pixels.
const WIDTH: f64 = 1100.0;
const MARGIN: f64 = 20.0;
const CHECK_X: f64 = MARGIN + 50.0;
const TITLE_X: f64 = CHECK_X + 18.0;
const TITLE_WIDTH: f64 = 240.0;
const TITLE_LINE: f64 = 15.0;
const BAR_X: f64 = TITLE_X + TITLE_WIDTH + 12.0;
const BAR_WIDTH: f64 = 300.0;
const BAR_HEIGHT: f64 = 16.0;
const NOTE_X: f64 = BAR_X + BAR_WIDTH + 14.0;
const NOTE_WIDTH: f64 = WIDTH - MARGIN - NOTE_X;
const NOTE_LINE: f64 = 14.0;
const ROW_GAP: f64 = 10.0;
const SWATCH: f64 = 14.0;
const LEGEND_GAP: f64 = 18.0;

/// Writes one line of text at `(x, y)` (its baseline), escaped.
fn text_at(out: &mut String, x: f64, y: f64, size: f64, weight: Weight, fill: &str, text: &str) {
    let bold = match weight {
        Weight::Bold => r#" font-weight="bold""#,
        Weight::Regular => "",
    };
    let _ = writeln!(
        out,
        r#"<text x="{x:.1}" y="{y:.1}" font-size="{size}"{bold} fill="{fill}">{}</text>"#,
        esc(text)
    );
}

/// A status's fill colour, the id of its pattern (none for a plain fill), and whether the
/// pattern is drawn in white (on a dark fill) rather than black.
const fn colour(status: ImplementationStatus) -> (&'static str, Option<&'static str>) {
    match status {
        ImplementationStatus::NotStarted => ("#d9d9d9", None),
        ImplementationStatus::Planned => ("#9ecae1", Some("dots")),
        ImplementationStatus::InProgress => ("#fdae61", Some("hatch")),
        ImplementationStatus::Completed => ("#1a9850", Some("solid")),
        ImplementationStatus::Ongoing => ("#2c7bb6", Some("lines")),
        ImplementationStatus::Discontinued => ("#d7191c", Some("cross")),
        // A status added to the vocabulary later is drawn as one not started until it has
        // a colour of its own.
        _ => ("#d9d9d9", None),
    }
}

/// The statuses' patterns, each drawn over the status's colour so that the chart reads in
/// black and white print: dots (planned), diagonal hatching (in progress), a dark fill
/// (completed), horizontal lines (ongoing), crosses (discontinued). `prefix` makes the ids
/// unique in a page holding several drawings.
fn pattern_defs(prefix: &str) -> String {
    format!(
        concat!(
            r##"<pattern id="{p}-dots" width="6" height="6" patternUnits="userSpaceOnUse"><circle cx="3" cy="3" r="1.3" fill="#000000" fill-opacity="0.55"/></pattern>"##,
            r##"<pattern id="{p}-hatch" width="6" height="6" patternUnits="userSpaceOnUse"><path d="M-1 7L7 -1M-1 1L1 -1M5 7L7 5" stroke="#000000" stroke-opacity="0.6" stroke-width="1.3"/></pattern>"##,
            r##"<pattern id="{p}-solid" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#000000" fill-opacity="0.35"/></pattern>"##,
            r##"<pattern id="{p}-lines" width="6" height="5" patternUnits="userSpaceOnUse"><path d="M0 2.5H6" stroke="#ffffff" stroke-opacity="0.8" stroke-width="1.4"/></pattern>"##,
            r##"<pattern id="{p}-cross" width="7" height="7" patternUnits="userSpaceOnUse"><path d="M0 0L7 7M7 0L0 7" stroke="#ffffff" stroke-opacity="0.85" stroke-width="1.2"/></pattern>"##,
        ),
        p = prefix
    )
}

/// A rectangle in a status's colour and pattern (the patterns of [`pattern_defs`]`("p")`).
fn swatch(out: &mut String, x: f64, y: f64, w: f64, h: f64, status: ImplementationStatus) {
    let _ = writeln!(out, "{}", swatch_shapes("p", x, y, w, h, status));
}

/// The shapes of a swatch, with the patterns of `prefix`.
fn swatch_shapes(prefix: &str, x: f64, y: f64, w: f64, h: f64, s: ImplementationStatus) -> String {
    let (fill, pattern) = colour(s);
    let mut shapes = format!(
        r##"<rect x="{x:.1}" y="{y:.1}" width="{w:.1}" height="{h:.1}" fill="{fill}" stroke="#ffffff" stroke-width="1"/>"##
    );
    if let Some(p) = pattern {
        let _ = write!(
            shapes,
            r##"<rect x="{x:.1}" y="{y:.1}" width="{w:.1}" height="{h:.1}" fill="url(#{prefix}-{p})"/>"##
        );
    }
    shapes
}

/// The dashed outline of an action no report is about.
fn empty_bar(out: &mut String, x: f64, y: f64, w: f64, h: f64) {
    let _ = writeln!(
        out,
        r##"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="#ffffff" stroke="#8a8a8a" stroke-dasharray="4 3"/>"##,
        x + 0.5,
        y + 0.5,
        w - 1.0,
        h - 1.0
    );
}

/// A check mark, 14 pixels square, from `(x, y)`: the mark of an action with progress.
fn check_mark(out: &mut String, x: f64, y: f64) {
    let _ = writeln!(
        out,
        r##"<path d="M{:.1} {:.1}l4 4.5l8 -9.5" fill="none" stroke="#1a1a1a" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>"##,
        x + 1.5,
        y + 7.5
    );
}

/// "✓ yes" or "no" in `lang`: whether an action has progress, marked so that it shows
/// without colour.
fn progress_mark(has_progress: bool, lang: Lang) -> String {
    if has_progress {
        format!("✓ {}", Text::Yes.get(lang))
    } else {
        Text::No.get(lang).to_owned()
    }
}

/// A sum of money as `lang` writes it ([`number`]), with as many decimals as its currency has
/// minor units in ISO 4217 (EUR and BRL 2, CLP and PYG 0: the `iso_currency` crate's table),
/// followed by the currency's code. A sum with more decimals than its currency's minor units
/// keeps them all: nothing is rounded.
///
/// ```
/// use eu_clasi::{Currency, Lang};
/// use eu_clasi_report::scorecard::money;
///
/// let eur = Currency::EUR;
/// assert_eq!(money(Lang::Pt, "3233076.1".parse()?, eur), "3\u{202f}233\u{202f}076,10 EUR");
/// assert_eq!(money(Lang::En, "200".parse()?, eur), "200.00 EUR");
/// assert_eq!(money(Lang::Es, "1500".parse()?, "CLP".parse()?), "1500 CLP");
/// assert_eq!(money(Lang::En, "0.125".parse()?, eur), "0.125 EUR");
/// # Ok::<(), eu_clasi::Error>(())
/// ```
pub fn money(lang: Lang, amount: Amount, currency: Currency) -> String {
    let mut text = amount.to_string();
    let minor = iso_currency::Currency::from_code(currency.code())
        .and_then(|c| c.exponent())
        .map_or(0, usize::from);
    if minor > 0 {
        let decimals = text.split_once('.').map_or(0, |(_, f)| f.len());
        if decimals == 0 {
            text.push('.');
        }
        for _ in decimals..minor {
            text.push('0');
        }
    }
    format!("{} {currency}", number(lang, text))
}

/// `text` escaped for XML text and attribute values.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() && !matches!(c, '\n' | '\t') => {}
            c => out.push(c),
        }
    }
    out
}

/// `text` made safe for a Markdown table cell: no pipe and no line break.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace(['\n', '\r'], " ")
}

/// A number as `lang` writes it, from its plain text form (`1996.5`, `12000`, what the
/// `Display` of an integer, a [`Quantity`] or an [`Amount`] writes): the decimal separator is
/// `.` in English and `,` in Spanish, Portuguese and French; an integer part of five digits or
/// more is grouped in threes, with `,` in English and a narrow no-break space (U+202F) in the
/// other three. Four-digit numbers are not grouped (`1996,5`), as the SI and ISO 80000 allow
/// and the Spanish academies recommend; the space, rather than a `.`, is the SI's separator
/// and reads the same in European and Brazilian Portuguese. Text that is not a plain number is
/// returned as it is. The scorecard's Markdown and SVG write every count, weight and sum of
/// money through this function; its data (and the CSV tables) keep the plain form.
///
/// ```
/// use eu_clasi::Lang;
/// use eu_clasi_report::scorecard::number;
///
/// assert_eq!(number(Lang::En, "1996.5"), "1996.5");
/// assert_eq!(number(Lang::Es, "1996.5"), "1996,5");
/// assert_eq!(number(Lang::En, 1_234_567), "1,234,567");
/// assert_eq!(number(Lang::Fr, "25000.75"), "25\u{202f}000,75");
/// assert_eq!(number(Lang::Pt, "n/a"), "n/a");
/// ```
pub fn number(lang: Lang, value: impl std::fmt::Display) -> String {
    let text = value.to_string();
    let (sign, unsigned) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (unsigned, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || fraction.is_some_and(|f| !digits(f)) {
        return text;
    }
    let (group, decimal) = match lang {
        Lang::En => (",", "."),
        Lang::Es | Lang::Pt | Lang::Fr => ("\u{202f}", ","),
    };
    let mut out = String::with_capacity(text.len() + 8);
    out.push_str(sign);
    if whole.len() >= 5 {
        for (i, d) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i).is_multiple_of(3) {
                out.push_str(group);
            }
            out.push(d);
        }
    } else {
        out.push_str(whole);
    }
    if let Some(f) = fraction {
        out.push_str(decimal);
        out.push_str(f);
    }
    out
}

/// "Actions with progress: 2 of 3 (67%)" in `lang`.
fn progress_sentence(p: Progress, lang: Lang) -> String {
    format!(
        "{}: {} {} {} ({}%)",
        Text::ActionsWithProgress.get(lang),
        p.with_progress,
        Text::Of.get(lang),
        p.actions,
        p.percent()
    )
}

include!("generated/scorecard_text.rs");
include!("generated/roadmap_title.rs");

#[cfg(test)]
mod tests {
    use super::*;
    use eu_clasi::{
        Body, Country,
        ImplementationStatus::{Completed, Discontinued, InProgress, Ongoing, Planned},
        Money, Period, RecordId, Summary, Tlp,
    };

    /// A report on `action` by `reporter`, with `status`, last modified at `modified`.
    fn report(
        id: u128,
        action: &str,
        reporter: Actor,
        status: ImplementationStatus,
        modified: &str,
        indicators: Vec<Indicator>,
    ) -> ProgressReport {
        let mut r = ProgressReport::new(
            RecordId::from_u128(id),
            action.parse().unwrap(),
            reporter,
            Period::new("2025-03".parse().unwrap(), "2025-12".parse().unwrap()),
            status,
            Summary::new(Lang::En, "[Fictitious example] Test report."),
            "2025-07-01T00:00:00Z".parse().unwrap(),
            Tlp::Clear,
        );
        r.modified = modified.parse().unwrap();
        r.indicators = indicators;
        r
    }

    fn cocaine(kg: &str) -> Indicator {
        Indicator::DrugSeizure {
            substance: Substance::Cocaine,
            kilograms: kg.parse().unwrap(),
        }
    }

    fn money(amount: &str, currency: &str) -> Money {
        Money::new(amount.parse().unwrap(), currency.parse().unwrap())
    }

    const CO: Actor = Actor::State(Country::Co);
    const BR: Actor = Actor::State(Country::Br);
    const ES: Actor = Actor::State(Country::Es);
    const PT: Actor = Actor::State(Country::Pt);
    const EUROPOL: Actor = Actor::Body(Body::Europol);

    /// Seven records, nine reports:
    /// - A (1.iii, Colombia): planned, then revised to in progress with 0.5 kg of cocaine and
    ///   3 arrests (the revision comes first in the input);
    /// - B (1.iii, Europol): completed, 1.25 kg of cocaine, 4 arrests;
    /// - C (1.iii, Colombia): completed but older than A's revision, 2 kg of synthetic drugs;
    /// - D (4.iii, Brazil): in progress, 1000.5 BRL and 200 EUR frozen, 10 EUR confiscated;
    /// - E (4.i, Spain): in progress with 999 EUR frozen, then withdrawn;
    /// - F (2.ii, Portugal): planned;
    /// - G (3.i, Portugal): discontinued.
    fn reports() -> Vec<ProgressReport> {
        vec![
            report(
                0xA,
                "1.iii",
                CO,
                InProgress,
                "2026-01-10T09:00:00Z",
                vec![cocaine("0.5"), Indicator::Arrests { count: 3 }],
            ),
            report(0xA, "1.iii", CO, Planned, "2025-07-10T09:00:00Z", vec![]),
            report(
                0xB,
                "1.iii",
                EUROPOL,
                Completed,
                "2025-12-01T09:00:00Z",
                vec![cocaine("1.25"), Indicator::Arrests { count: 4 }],
            ),
            report(
                0xC,
                "1.iii",
                CO,
                Completed,
                "2025-08-01T09:00:00Z",
                vec![Indicator::DrugSeizure {
                    substance: Substance::SyntheticDrugs,
                    kilograms: "2".parse().unwrap(),
                }],
            ),
            report(
                0xD,
                "4.iii",
                BR,
                InProgress,
                "2025-09-01T09:00:00Z",
                vec![
                    Indicator::AssetsFrozen {
                        amount: money("1000.5", "BRL"),
                    },
                    Indicator::AssetsFrozen {
                        amount: money("200", "EUR"),
                    },
                    Indicator::AssetsConfiscated {
                        amount: money("10", "EUR"),
                    },
                ],
            ),
            report(
                0xE,
                "4.i",
                ES,
                InProgress,
                "2025-09-01T09:00:00Z",
                vec![Indicator::AssetsFrozen {
                    amount: money("999", "EUR"),
                }],
            ),
            {
                let mut w = report(0xE, "4.i", ES, InProgress, "2025-10-01T09:00:00Z", vec![]);
                w.withdrawn = true;
                w
            },
            report(0xF, "2.ii", PT, Planned, "2025-09-01T09:00:00Z", vec![]),
            report(0x6, "3.i", PT, Discontinued, "2025-09-01T09:00:00Z", vec![]),
        ]
    }

    fn action<'a>(card: &'a Scorecard, id: &str) -> &'a ActionScore {
        card.action(id.parse().unwrap()).unwrap()
    }

    fn statuses(a: &ActionScore) -> Vec<(Actor, ImplementationStatus, usize)> {
        a.actors
            .iter()
            .map(|s| (s.actor, s.status, s.reports))
            .collect()
    }

    #[test]
    fn counts_records_revisions_and_withdrawals() {
        let reports = reports();
        let card = Scorecard::from_reports(&reports);
        assert_eq!(card.reports_read, 9);
        assert_eq!(card.records, 7);
        assert_eq!(card.withdrawn, 1);
        assert_eq!(card.current, 6);
        assert_eq!(card.outside_roadmap, 0);
        let ids: Vec<String> = card.actions().map(|a| a.id.to_string()).collect();
        assert_eq!(ids.len(), 17);
        assert_eq!(ids.first().map(String::as_str), Some("1.i"));
        assert_eq!(ids.last().map(String::as_str), Some("4.iii"));
        assert_eq!(
            card.pillars
                .iter()
                .map(|p| p.actions.len())
                .collect::<Vec<_>>(),
            [11, 2, 1, 3]
        );
    }

    #[test]
    fn each_actor_has_the_status_of_its_latest_current_report() {
        let card = Scorecard::from_reports(&reports());
        let iii = action(&card, "1.iii");
        // Colombia: A's revision (in progress, 2026-01-10) is later than C (completed,
        // 2025-08-01), and A's first revision (planned) is superseded.
        assert_eq!(
            statuses(iii),
            [(CO, InProgress, 2), (EUROPOL, Completed, 1)]
        );
        assert_eq!(
            iii.actors[0].modified,
            "2026-01-10T09:00:00Z".parse().unwrap()
        );
        assert_eq!(iii.reports, 3);
        assert_eq!(statuses(action(&card, "4.iii")), [(BR, InProgress, 1)]);
        assert_eq!(statuses(action(&card, "2.ii")), [(PT, Planned, 1)]);
        // The withdrawn record drops out with its action's only report.
        let i4 = action(&card, "4.i");
        assert!(i4.actors.is_empty() && i4.reports == 0 && !i4.has_progress);
        assert!(i4.totals.is_empty());
    }

    #[test]
    fn the_input_order_does_not_matter() {
        let mut reversed = reports();
        reversed.reverse();
        assert_eq!(
            Scorecard::from_reports(&reversed),
            Scorecard::from_reports(&reports())
        );
    }

    #[test]
    fn progress_is_in_progress_completed_or_ongoing() {
        let card = Scorecard::from_reports(&reports());
        let with: Vec<String> = card
            .actions()
            .filter(|a| a.has_progress)
            .map(|a| a.id.to_string())
            .collect();
        assert_eq!(with, ["1.iii", "4.iii"]);
        // Planned (2.ii) and discontinued (3.i) are reported but are no progress.
        assert!(!action(&card, "2.ii").has_progress && action(&card, "2.ii").reports == 1);
        assert!(!action(&card, "3.i").has_progress && action(&card, "3.i").reports == 1);
        let shares: Vec<(usize, usize, usize)> = card
            .pillars
            .iter()
            .map(|p| {
                (
                    p.progress.with_progress,
                    p.progress.actions,
                    p.progress.percent(),
                )
            })
            .collect();
        assert_eq!(shares, [(1, 11, 9), (0, 2, 0), (0, 1, 0), (1, 3, 33)]);
        assert_eq!(
            (
                card.progress.with_progress,
                card.progress.actions,
                card.progress.percent()
            ),
            (2, 17, 12)
        );

        // Ongoing counts; a revision back to planned takes the progress away.
        let mut more = reports();
        more.push(report(
            0x11,
            "2.ii",
            ES,
            Ongoing,
            "2025-09-02T09:00:00Z",
            vec![],
        ));
        let card = Scorecard::from_reports(&more);
        assert!(action(&card, "2.ii").has_progress);
        assert_eq!(card.pillar(2).unwrap().progress.percent(), 50);
        more.push(report(
            0x11,
            "2.ii",
            ES,
            Planned,
            "2025-09-03T09:00:00Z",
            vec![],
        ));
        assert!(!action(&Scorecard::from_reports(&more), "2.ii").has_progress);
    }

    #[test]
    fn indicators_add_up_exactly_in_their_units() {
        let card = Scorecard::from_reports(&reports());
        let iii = &action(&card, "1.iii").totals;
        // 0.5 + 1.25 = 1.75 kg of cocaine (A's revision and B); C's synthetic drugs apart;
        // A's superseded first revision adds nothing.
        assert_eq!(iii.kilograms[&Substance::Cocaine].to_string(), "1.75");
        assert_eq!(iii.kilograms[&Substance::SyntheticDrugs].to_string(), "2");
        assert_eq!(iii.counts[&IndicatorKind::Arrests], 7);
        assert_eq!(iii.counts.len(), 1);

        let iv = &card.pillar(4).unwrap().totals;
        let frozen: Vec<String> = iv.frozen.iter().map(|(c, a)| format!("{a} {c}")).collect();
        // Two currencies, never added together; the withdrawn 999 EUR is not counted.
        assert_eq!(frozen, ["1000.5 BRL", "200 EUR"]);
        let confiscated: Vec<String> = iv
            .confiscated
            .iter()
            .map(|(c, a)| format!("{a} {c}"))
            .collect();
        assert_eq!(confiscated, ["10 EUR"]);
        assert!(iv.kilograms.is_empty());

        assert_eq!(
            card.totals.kilograms[&Substance::Cocaine].to_string(),
            "1.75"
        );
        assert_eq!(card.totals.frozen[&Currency::EUR].to_string(), "200");
        assert_eq!(card.totals.counts[&IndicatorKind::Arrests], 7);
        assert!(card.totals.overflowed.is_empty());
    }

    #[test]
    fn an_overflow_is_reported_not_wrapped() {
        let mut reports = reports();
        for id in [0x21, 0x22] {
            reports.push(report(
                id,
                "4.ii",
                BR,
                InProgress,
                "2025-09-01T09:00:00Z",
                vec![
                    Indicator::AssetsFrozen {
                        amount: Money::new(Amount::MAX, Currency::EUR),
                    },
                    Indicator::Arrests {
                        count: u64::MAX / 2 + 1,
                    },
                    Indicator::DrugSeizure {
                        substance: Substance::Cannabis,
                        kilograms: Quantity::MAX,
                    },
                ],
            ));
        }
        let card = Scorecard::from_reports(&reports);
        let ii = &action(&card, "4.ii").totals;
        let overflowed: Vec<Measure> = ii.overflowed.iter().copied().collect();
        assert_eq!(
            overflowed,
            [
                Measure::Count(IndicatorKind::Arrests),
                Measure::Kilograms(Substance::Cannabis),
                Measure::Frozen(Currency::EUR)
            ]
        );
        assert!(ii.frozen.is_empty() && ii.counts.is_empty() && ii.kilograms.is_empty());
        // The pillar and the whole inherit the overflow; other totals are untouched.
        let pillar = &card.pillar(4).unwrap().totals;
        assert!(pillar.overflowed.contains(&Measure::Frozen(Currency::EUR)));
        assert!(!pillar.frozen.contains_key(&Currency::EUR));
        assert_eq!(
            pillar.frozen[&"BRL".parse::<Currency>().unwrap()].to_string(),
            "1000.5"
        );
        assert!(
            card.totals
                .overflowed
                .contains(&Measure::Count(IndicatorKind::Arrests))
        );
        assert!(!card.totals.counts.contains_key(&IndicatorKind::Arrests));
        assert_eq!(
            card.totals.kilograms[&Substance::Cocaine].to_string(),
            "1.75"
        );
        assert!(
            card.to_markdown(Lang::En)
                .contains("assets frozen (EUR): too large to add up")
        );
    }

    #[test]
    fn reports_on_actions_outside_the_roadmap_are_set_apart() {
        let mut reports = reports();
        reports.push(report(
            0x31,
            "4.iv",
            BR,
            Completed,
            "2025-09-01T09:00:00Z",
            vec![cocaine("5")],
        ));
        let card = Scorecard::from_reports(&reports);
        assert_eq!((card.current, card.outside_roadmap), (6, 1));
        assert_eq!(
            card.totals.kilograms[&Substance::Cocaine].to_string(),
            "1.75"
        );
        assert_eq!(card.progress.with_progress, 2);
    }

    #[test]
    fn an_empty_input_lists_every_action_without_progress() {
        let card = Scorecard::from_reports(&[]);
        assert_eq!(card.actions().count(), 17);
        assert!(
            card.actions()
                .all(|a| a.actors.is_empty() && !a.has_progress)
        );
        assert_eq!(
            (card.progress.with_progress, card.progress.actions),
            (0, 17)
        );
        assert!(
            card.to_markdown(Lang::Fr)
                .contains("Aucun indicateur communiqué.")
        );
        assert!(card.to_svg(Lang::En).contains("no report"));
    }

    #[test]
    fn percent_rounds_to_the_nearest_halves_up() {
        let p = |w, a| {
            Progress {
                with_progress: w,
                actions: a,
            }
            .percent()
        };
        assert_eq!(
            [
                p(1, 11),
                p(2, 17),
                p(1, 3),
                p(2, 3),
                p(1, 8),
                p(1, 200),
                p(3, 3)
            ],
            [9, 12, 33, 67, 13, 1, 100]
        );
        assert_eq!(p(0, 0), 0);
    }

    #[test]
    fn markdown_tables_in_each_language() {
        let card = Scorecard::from_reports(&reports());
        let en = card.to_markdown(Lang::En);
        assert!(en.starts_with("# Scorecard of the EU-CLASI 2025-2026 roadmap\n"));
        assert!(en.contains(
            "## Pillar 4: Fight against financial crime and recovery of illegally acquired assets"
        ));
        assert!(en.contains(
            "| 1.iii | Drug trafficking information | ✓ yes | Colombia: in progress; Europol: completed | arrests: 7; cocaine: 1.75 kg; synthetic drugs: 2 kg |"
        ), "{en}");
        assert!(en.contains("| 4.iii | Asset freezing and confiscation frameworks | ✓ yes | Brazil: in progress | assets frozen: 1000.50 BRL, 200.00 EUR; assets confiscated: 10.00 EUR |"), "{en}");
        assert!(
            en.contains("| 4.i | Follow the money | no | *no report* |  |"),
            "{en}"
        );
        assert!(en.contains("Actions with progress: 2 of 17 (12%)"));
        assert!(en.contains("| Withdrawn records | 1 |"));

        let es = card.to_markdown(Lang::Es);
        assert!(es.contains("## Pilar 1: Cooperación operativa en materia policial"));
        assert!(es.contains("| 1.iii | Información sobre narcotráfico | ✓ sí | Colombia: en curso; Europol: finalizada | detenciones: 7; cocaína: 1,75 kg; drogas sintéticas: 2 kg |"), "{es}");
        assert!(es.contains("Acciones con avance: 1 de 11 (9%)"));
        assert!(es.contains("activos congelados: 1000,50 BRL, 200,00 EUR"));

        let pt = card.to_markdown(Lang::Pt);
        assert!(
            pt.contains(
                "| 2.ii | Avaliação das vulnerabilidades portuárias | não | Portugal: planeada |"
            ),
            "{pt}"
        );
        let fr = card.to_markdown(Lang::Fr);
        assert!(fr.contains("## Pilier 3"));
        assert!(
            fr.contains(
                "| 3.i | Détention des cibles de grande valeur | non | Portugal: interrompue |"
            ),
            "{fr}"
        );
        assert!(fr.contains("Actions en progrès: 2 sur 17 (12%)"), "{fr}");
    }

    #[test]
    fn numbers_are_written_as_each_language_writes_them() {
        let cases = [
            ("0", ["0", "0", "0", "0"]),
            ("7", ["7", "7", "7", "7"]),
            ("1996.5", ["1996.5", "1996,5", "1996,5", "1996,5"]),
            ("1000.5", ["1000.5", "1000,5", "1000,5", "1000,5"]),
            ("9999", ["9999", "9999", "9999", "9999"]),
            (
                "10000",
                ["10,000", "10\u{202f}000", "10\u{202f}000", "10\u{202f}000"],
            ),
            (
                "1234567.125",
                [
                    "1,234,567.125",
                    "1\u{202f}234\u{202f}567,125",
                    "1\u{202f}234\u{202f}567,125",
                    "1\u{202f}234\u{202f}567,125",
                ],
            ),
            (
                "-25000.5",
                [
                    "-25,000.5",
                    "-25\u{202f}000,5",
                    "-25\u{202f}000,5",
                    "-25\u{202f}000,5",
                ],
            ),
            ("", ["", "", "", ""]),
            ("1.", ["1.", "1.", "1.", "1."]),
            ("1e5", ["1e5", "1e5", "1e5", "1e5"]),
        ];
        for (input, expected) in cases {
            for (lang, want) in [Lang::En, Lang::Es, Lang::Pt, Lang::Fr]
                .into_iter()
                .zip(expected)
            {
                assert_eq!(number(lang, input), want, "{input:?} in {lang}");
            }
        }
        assert_eq!(number(Lang::En, u64::MAX), "18,446,744,073,709,551,615");
        let q: Quantity = "1996.5".parse().unwrap();
        assert_eq!(number(Lang::Pt, q), "1996,5");
    }

    #[test]
    fn the_units_that_reported_are_named_per_actor_and_per_action() {
        let mut reports = reports();
        let colombia: Vec<usize> = reports
            .iter()
            .enumerate()
            .filter(|(_, r)| r.reporter == Actor::State(eu_clasi::Country::Co))
            .map(|(i, _)| i)
            .collect();
        for i in colombia {
            reports[i].reporting_unit = Some(eu_clasi::ReportingUnit::new(UnitKind::Police));
        }
        let card = Scorecard::from_reports(&reports);
        let iii = action(&card, "1.iii");
        assert_eq!(
            iii.unit_kinds.iter().copied().collect::<Vec<_>>(),
            [UnitKind::Police]
        );
        let md = card.to_markdown(Lang::Es);
        assert!(
            md.contains("Colombia (policía): en curso; Europol: finalizada"),
            "{md}"
        );
        assert!(card.to_svg(Lang::Fr).contains("Colombie (police)"));
    }

    #[test]
    fn the_markdown_and_the_svg_write_numbers_in_the_language() {
        let card = Scorecard::from_reports(&reports());
        for (lang, cocaine, frozen) in [
            (Lang::En, "cocaine: 1.75 kg", "1000.50 BRL"),
            (Lang::Es, "cocaína: 1,75 kg", "1000,50 BRL"),
            (Lang::Pt, "cocaína: 1,75 kg", "1000,50 BRL"),
            (Lang::Fr, "cocaïne: 1,75 kg", "1000,50 BRL"),
        ] {
            let md = card.to_markdown(lang);
            let svg = card.to_svg(lang);
            for out in [&md, &svg] {
                assert!(out.contains(cocaine), "{lang}: {out}");
                assert!(out.contains(frozen), "{lang}: {out}");
            }
        }
    }

    /// Checks that `svg` is well-formed for the subset of XML it uses: balanced elements,
    /// quoted attributes, and only the five predefined entities.
    fn assert_well_formed(svg: &str) {
        let mut stack: Vec<&str> = Vec::new();
        let mut rest = svg;
        while let Some(open) = rest.find('<') {
            let text = &rest[..open];
            for (i, _) in text.match_indices('&') {
                let entity = &text[i..];
                assert!(
                    ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"]
                        .iter()
                        .any(|e| entity.starts_with(e)),
                    "bad entity at {}",
                    &entity[..entity.len().min(12)]
                );
            }
            let close = rest[open..].find('>').unwrap() + open;
            let tag = &rest[open + 1..close];
            assert!(!tag.contains('<'), "{tag}");
            assert_eq!(tag.matches('"').count() % 2, 0, "{tag}");
            if let Some(name) = tag.strip_prefix('/') {
                assert_eq!(stack.pop(), Some(name), "unbalanced </{name}>");
            } else if !tag.ends_with('/') {
                stack.push(tag.split_whitespace().next().unwrap());
            }
            rest = &rest[close + 1..];
        }
        assert!(stack.is_empty(), "unclosed {stack:?}");
    }

    #[test]
    fn the_svg_is_self_contained_well_formed_and_in_the_language() {
        let card = Scorecard::from_reports(&reports());
        for lang in [Lang::En, Lang::Es, Lang::Pt, Lang::Fr] {
            let svg = card.to_svg(lang);
            assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
            assert!(svg.ends_with("</svg>\n"));
            assert_well_formed(&svg);
            for banned in [
                "<script",
                "href",
                "url(h",
                "@import",
                "<image",
                "<foreignObject",
                "<style",
            ] {
                assert!(!svg.contains(banned), "{lang}: {banned}");
            }
            for s in ImplementationStatus::all() {
                assert!(
                    svg.contains(&esc(s.label(lang))),
                    "{lang}: legend lacks {s}"
                );
            }
        }
        let fr = card.to_svg(Lang::Fr);
        assert!(fr.contains("Pilier 2: Résilience des plateformes logistiques"));
        assert!(fr.contains("Tableau de bord"));
        let es = card.to_svg(Lang::Es);
        // 1.iii: one in-progress part (Colombia) and one completed part (Europol), each half
        // the bar, hatched and dark, with the actors written out beside the bar.
        assert!(es.contains(&format!(
            r##"<rect x="{BAR_X:.1}" y="{y:.1}" width="{w:.1}" height="{BAR_HEIGHT:.1}" fill="#fdae61""##,
            y = 2.0 + svg_y(&es, "1.iii"),
            w = BAR_WIDTH / 2.0
        )), "{es}");
        assert!(es.contains(r##"fill="url(#p-hatch)""##));
        assert!(es.contains(">en curso: Colombia</text>"));
        assert!(es.contains(">finalizada: Europol</text>"));
        assert_eq!(
            es.matches(r##"stroke-dasharray="4 3""##).count(),
            17 - 4 + 1,
            "empty bars, and the legend's"
        );
    }

    /// The top of the row of `id` in `svg`: 13 pixels above its id's baseline.
    fn svg_y(svg: &str, id: &str) -> f64 {
        let end = svg
            .find(&format!(
                r##" font-weight="bold" fill="#1a1a1a">{id}</text>"##
            ))
            .unwrap();
        let tag = &svg[..end];
        let y = &tag[tag.rfind(" y=\"").unwrap() + 4..];
        y[..y.find('"').unwrap()].parse::<f64>().unwrap() - 13.0
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(esc(r#"a&b<c>"d'e"#), "a&amp;b&lt;c&gt;&quot;d&apos;e");
        assert_eq!(esc("x\u{0}y"), "xy");
        assert_eq!(cell("a|b\nc"), "a\\|b c");
        // French labels with apostrophes come out escaped.
        let card = Scorecard::from_reports(&[]);
        assert!(!card.to_svg(Lang::Fr).contains('\''));
    }

    #[test]
    fn every_pillar_and_action_has_its_titles() {
        let roadmap = &declaration().roadmap;
        for pillar in &roadmap.pillars {
            let labels = pillar_title(pillar.number).unwrap();
            // The English is the declaration's, verbatim.
            assert_eq!(labels.en, pillar.title);
            for action in &pillar.actions {
                let title = action_title(action.id).unwrap();
                for (lang, text) in title.iter() {
                    assert!(!text.is_empty(), "{} {lang}", action.id);
                }
                assert!(title.is_translation(Lang::Fr));
            }
        }
        // Every title in the data is one of the roadmap's.
        assert_eq!(
            RoadmapTitle::iter().count(),
            roadmap.pillars.len() + roadmap.actions().count()
        );
    }

    #[test]
    fn the_sample_in_spanish_and_portuguese_reads_whole() {
        let card = Scorecard::from_reports(&eu_clasi_sample::sample_file());
        for (lang, pillar, euro) in [
            (
                Lang::Es,
                "Pilar 1: Cooperación operativa en materia policial",
                "076,10 EUR",
            ),
            (
                Lang::Pt,
                "Pilar 1: Cooperação operacional policial",
                "076,10 EUR",
            ),
        ] {
            for out in [
                card.to_markdown(lang),
                card.to_svg(lang),
                card.to_html(lang),
            ] {
                assert!(out.contains(pillar), "{lang}");
                assert!(out.contains(euro), "{lang}");
                assert!(!out.contains('…'), "{lang}");
            }
        }
    }

    #[test]
    fn the_page_is_self_contained_with_real_tables() {
        let card = Scorecard::from_reports(&reports());
        for lang in [Lang::En, Lang::Es, Lang::Pt, Lang::Fr] {
            let html = card.to_html(lang);
            assert!(html.starts_with(&format!("<!DOCTYPE html>\n<html lang=\"{lang}\">")));
            assert!(html.contains("@page { size: A4;"));
            for banned in ["<script", "<link", "src=", "@import", "url(h"] {
                assert!(!html.contains(banned), "{lang}: {banned}");
            }
            // A table per pillar, the legend's, the overall one and the reports'.
            assert_eq!(html.matches("<table").count(), 4 + 3, "{lang}");
            assert_eq!(html.matches("<th scope=\"col\">").count(), 4 * 4 + 2 + 3);
            assert_eq!(
                html.matches("<th scope=\"row\"><span class=\"id\">")
                    .count(),
                17
            );
            assert_well_formed(&html[html.find("<html").unwrap()..]);
        }
        let pt = card.to_html(Lang::Pt);
        assert!(pt.contains("<strong>planeada</strong>: Portugal"), "{pt}");
        assert!(pt.contains("bens congelados: 1000,50 BRL, 200,00 EUR"));
    }

    #[test]
    fn the_sample_fills_every_pillar() {
        let card = Scorecard::from_reports(&eu_clasi_sample::sample_file());
        assert_eq!(card.reports_read, 90);
        assert!(card.withdrawn >= 1);
        assert!(
            card.pillars
                .iter()
                .all(|p| p.actions.iter().any(|a| !a.actors.is_empty()))
        );
        assert!(card.progress.with_progress >= 10, "{:?}", card.progress);
        assert!(!card.totals.kilograms.is_empty() && !card.totals.frozen.is_empty());
    }
}
