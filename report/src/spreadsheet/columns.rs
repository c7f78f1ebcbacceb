//! The template's columns and drop-down lists, shared by the writer and the reader.

use std::collections::HashMap;

use super::text::Text;
use eu_clasi::{
    Actor, CrimeArea, Currency, ImplementationStatus, IndicatorKind, IndicatorUnit, Instrument,
    Lang, Substance, Tlp, UnitKind, Vocabulary, declaration, normalize,
};

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Id,
    Action,
    Reporter,
    Start,
    End,
    Status,
    Tlp,
    Summary,
    CrimeArea,
    Partner,
    Instrument,
    Created,
    ReportRow,
    Kind,
    Value,
    Substance,
    Currency,
    UnitKind,
    UnitName,
}

/// A column: its field and, for repeated fields, its number (1, 2, ...; 0 when not repeated).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Column {
    pub(crate) field: Field,
    pub(crate) number: u8,
}

const fn col(field: Field, number: u8) -> Column {
    Column { field, number }
}

/// The columns of the sheet of reports, in order from A.
pub(crate) const REPORT_COLUMNS: &[Column] = &[
    col(Field::Id, 0),
    col(Field::Action, 0),
    col(Field::Reporter, 0),
    col(Field::Start, 0),
    col(Field::End, 0),
    col(Field::Status, 0),
    col(Field::Tlp, 0),
    col(Field::Summary, 0),
    col(Field::CrimeArea, 1),
    col(Field::CrimeArea, 2),
    col(Field::CrimeArea, 3),
    col(Field::Partner, 1),
    col(Field::Partner, 2),
    col(Field::Partner, 3),
    col(Field::Instrument, 1),
    col(Field::Instrument, 2),
    col(Field::Created, 0),
    // Appended, not placed after the reporter: the reader reads columns by position, so
    // workbooks already sent out (without them) still read the same.
    col(Field::UnitKind, 0),
    col(Field::UnitName, 0),
];

/// The columns of the sheet of indicators, in order from A.
pub(crate) const INDICATOR_COLUMNS: &[Column] = &[
    col(Field::ReportRow, 0),
    col(Field::Kind, 0),
    col(Field::Value, 0),
    col(Field::Substance, 0),
    col(Field::Currency, 0),
];

/// How many columns a repeated field has in the sheet of reports.
pub(crate) fn repeats(field: Field) -> usize {
    REPORT_COLUMNS.iter().filter(|c| c.field == field).count()
}

/// The position (0-based) of a field's first column in `columns`.
pub(crate) fn position(columns: &[Column], field: Field) -> u16 {
    columns
        .iter()
        .position(|c| c.field == field)
        .and_then(|p| u16::try_from(p).ok())
        .unwrap_or(0)
}

impl Field {
    pub(crate) const fn header(self) -> Text {
        match self {
            Field::Id => Text::Id,
            Field::Action => Text::Action,
            Field::Reporter => Text::Reporter,
            Field::Start => Text::Start,
            Field::End => Text::End,
            Field::Status => Text::Status,
            Field::Tlp => Text::Tlp,
            Field::Summary => Text::Summary,
            Field::CrimeArea => Text::CrimeArea,
            Field::Partner => Text::Partner,
            Field::Instrument => Text::Instrument,
            Field::Created => Text::Created,
            Field::ReportRow => Text::ReportRow,
            Field::Kind => Text::Kind,
            Field::Value => Text::Value,
            Field::Substance => Text::Substance,
            Field::Currency => Text::Currency,
            Field::UnitKind => Text::UnitKind,
            Field::UnitName => Text::UnitName,
        }
    }

    pub(crate) const fn about(self) -> Text {
        match self {
            Field::Id => Text::AboutId,
            Field::Action => Text::AboutAction,
            Field::Reporter => Text::AboutReporter,
            Field::Start => Text::AboutStart,
            Field::End => Text::AboutEnd,
            Field::Status => Text::AboutStatus,
            Field::Tlp => Text::AboutTlp,
            Field::Summary => Text::AboutSummary,
            Field::CrimeArea => Text::AboutCrimeArea,
            Field::Partner => Text::AboutPartner,
            Field::Instrument => Text::AboutInstrument,
            Field::Created => Text::AboutCreated,
            Field::ReportRow => Text::AboutReportRow,
            Field::Kind => Text::AboutKind,
            Field::Value => Text::AboutValue,
            Field::Substance => Text::AboutSubstance,
            Field::Currency => Text::AboutCurrency,
            Field::UnitKind => Text::AboutUnitKind,
            Field::UnitName => Text::AboutUnitName,
        }
    }

    /// What the column holds, in `lang`: [`Field::about`] with the indicator kinds it names
    /// filled in.
    pub(crate) fn about_text(self, lang: Lang) -> String {
        let kinds: &[IndicatorKind] = match self {
            Field::Substance => &[IndicatorKind::DrugSeizure],
            Field::Currency => &[
                IndicatorKind::AssetsFrozen,
                IndicatorKind::AssetsConfiscated,
            ],
            _ => &[],
        };
        let labels: Vec<&str> = kinds.iter().map(|k| k.label(lang)).collect();
        self.about().fill(lang, &labels)
    }

    pub(crate) const fn required(self) -> bool {
        matches!(
            self,
            Field::Action
                | Field::Reporter
                | Field::Start
                | Field::End
                | Field::Status
                | Field::Tlp
                | Field::Summary
                | Field::ReportRow
                | Field::Kind
                | Field::Value
        )
    }

    /// The drop-down list the column picks from, if any.
    pub(crate) const fn list(self) -> Option<List> {
        match self {
            Field::Action => Some(List::Action),
            Field::Reporter => Some(List::Reporter),
            Field::Status => Some(List::Status),
            Field::Tlp => Some(List::Tlp),
            Field::CrimeArea => Some(List::CrimeArea),
            Field::Partner => Some(List::Partner),
            Field::Instrument => Some(List::Instrument),
            Field::Kind => Some(List::Kind),
            Field::Substance => Some(List::Substance),
            Field::Currency => Some(List::Currency),
            Field::UnitKind => Some(List::UnitKind),
            _ => None,
        }
    }

    /// The column's width, in characters.
    pub(crate) const fn width(self) -> f64 {
        match self {
            Field::Id => 38.0,
            Field::Action => 48.0,
            Field::Reporter | Field::Partner => 34.0,
            Field::Summary => 60.0,
            Field::CrimeArea | Field::Instrument | Field::Kind | Field::UnitKind => 30.0,
            Field::UnitName => 40.0,
            Field::Status | Field::Tlp | Field::Substance => 24.0,
            Field::Created => 26.0,
            Field::Start | Field::End | Field::ReportRow | Field::Value | Field::Currency => 16.0,
        }
    }
}

impl Column {
    /// The column's header in `lang`: `Socio 2` for a repeated field.
    pub(crate) fn header(self, lang: Lang) -> String {
        let name = self.field.header().get(lang);
        if self.number == 0 {
            name.to_owned()
        } else {
            format!("{name} {}", self.number)
        }
    }
}

/// A drop-down list of the template: labels in the workbook's language, each with the wire
/// code it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum List {
    Action,
    Reporter,
    Status,
    Tlp,
    CrimeArea,
    Partner,
    Instrument,
    Kind,
    Substance,
    Currency,
    UnitKind,
}

/// The lists, in the order of the hidden sheet's columns.
pub(crate) const LISTS: [List; 11] = [
    List::Action,
    List::Reporter,
    List::Status,
    List::Tlp,
    List::CrimeArea,
    List::Partner,
    List::Instrument,
    List::Kind,
    List::Substance,
    List::Currency,
    List::UnitKind,
];

/// The longest part of an action's text a label shows.
const ACTION_TEXT_CHARS: usize = 90;

/// What the indicator kind with wire code `kind` counts in, if there is such a kind.
pub(crate) fn unit_of(kind: &str) -> Option<IndicatorUnit> {
    kind.parse::<IndicatorKind>().ok().map(IndicatorKind::unit)
}

/// An indicator kind's entry in the list: its label, and its unit in brackets.
fn kind_label(kind: IndicatorKind, lang: Lang) -> String {
    let unit = match kind.unit() {
        IndicatorUnit::Count => Text::UnitNumber.get(lang),
        IndicatorUnit::Kilograms => "kg",
        IndicatorUnit::Money => Text::UnitAmount.get(lang),
    };
    format!("{} ({unit})", kind.label(lang))
}

/// The whitespace of `text` collapsed, cut at a word boundary after at most `max` characters.
fn shorten(text: &str, max: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = String::new();
    for word in words {
        let more = usize::from(!out.is_empty()) + word.chars().count();
        if out.chars().count() + more > max {
            out.push('…');
            return out;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// An actor's label in a list: its label, and a body's full name when the label is short.
fn actor_label(actor: Actor, lang: Lang) -> String {
    let label = actor.label(lang);
    match actor {
        Actor::Body(b) => {
            let name = b.info().name.get(lang);
            if normalize(name) == normalize(label) {
                label.to_owned()
            } else {
                format!("{label} – {name}")
            }
        }
        _ => label.to_owned(),
    }
}

/// Sorts entries by label as a reader expects (ignoring case and accents).
fn sorted(mut entries: Vec<(String, String)>) -> Vec<(String, String)> {
    entries.sort_by_cached_key(|(label, _)| normalize(label));
    entries
}

fn vocab<V: Vocabulary>(lang: Lang) -> Vec<(String, String)> {
    V::all()
        .iter()
        .map(|&v| (v.label(lang).to_owned(), v.code().to_owned()))
        .collect()
}

impl List {
    /// The list's heading in the hidden sheet of lists: the header of the column it serves.
    pub(crate) const fn title(self) -> Text {
        match self {
            List::Action => Text::Action,
            List::Reporter => Text::Reporter,
            List::Status => Text::Status,
            List::Tlp => Text::Tlp,
            List::CrimeArea => Text::CrimeArea,
            List::Partner => Text::Partner,
            List::Instrument => Text::Instrument,
            List::Kind => Text::Kind,
            List::Substance => Text::Substance,
            List::Currency => Text::Currency,
            List::UnitKind => Text::UnitKind,
        }
    }

    /// The list's entries in `lang`: (label, wire code), labels unique.
    pub(crate) fn entries(self, lang: Lang) -> Vec<(String, String)> {
        let actors = |of: &dyn Fn(Actor) -> bool| {
            sorted(
                Actor::all()
                    .iter()
                    .filter(|&&a| of(a))
                    .map(|&a| (actor_label(a, lang), a.code().to_owned()))
                    .collect(),
            )
        };
        let entries = match self {
            List::Action => declaration()
                .actions()
                .map(|a| {
                    let text = shorten(&a.text, ACTION_TEXT_CHARS);
                    (format!("{} — {text}", a.id), a.id.to_string())
                })
                .collect(),
            List::Reporter => {
                let mut list = actors(&|a| a.state().is_some());
                list.extend(actors(&|a| a.body().is_some()));
                list
            }
            List::Partner => {
                let mut list = actors(&|a| a.state().is_some());
                list.extend(actors(&|a| a.body().is_some()));
                list.extend(actors(&|a| a.collective().is_some()));
                list
            }
            List::Status => vocab::<ImplementationStatus>(lang),
            List::Tlp => vocab::<Tlp>(lang),
            List::CrimeArea => sorted(vocab::<CrimeArea>(lang)),
            List::Instrument => sorted(
                Instrument::all()
                    .iter()
                    .map(|&i| {
                        let label = i.label(lang);
                        let label = match i.info().acronym {
                            Some(a) if !label.contains(a) => format!("{a} – {label}"),
                            _ => label.to_owned(),
                        };
                        (label, i.code().to_owned())
                    })
                    .collect(),
            ),
            List::Kind => IndicatorKind::all()
                .iter()
                .map(|&k| (kind_label(k, lang), k.code().to_owned()))
                .collect(),
            List::Substance => sorted(vocab::<Substance>(lang)),
            List::Currency => Currency::all()
                .map(|c| (c.code().to_owned(), c.code().to_owned()))
                .collect(),
            List::UnitKind => vocab::<UnitKind>(lang),
        };
        unique(entries)
    }
}

/// Makes labels unique: a label two entries share gets the entry's code in brackets.
fn unique(entries: Vec<(String, String)>) -> Vec<(String, String)> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (label, _) in &entries {
        *seen.entry(label.clone()).or_default() += 1;
    }
    entries
        .into_iter()
        .map(|(label, code)| {
            if seen.get(&label).copied().unwrap_or(0) > 1 {
                (format!("{label} [{code}]"), code)
            } else {
                (label, code)
            }
        })
        .collect()
}

/// Resolves a cell's text to a list's wire code: the label in the workbook's language, then
/// the code itself, a label in another language, or anything the vocabulary's `lookup` finds.
pub(crate) struct Resolver {
    by_label: HashMap<(List, String), String>,
    codes: HashMap<List, Vec<String>>,
}

impl Resolver {
    pub(crate) fn new(lang: Lang) -> Self {
        let mut by_label = HashMap::new();
        let mut codes = HashMap::new();
        // The workbook's language last, so its labels win over another language's.
        let langs = Lang::all().iter().filter(|&&l| l != lang).chain([&lang]);
        for &l in langs {
            for list in LISTS {
                for (label, code) in list.entries(l) {
                    by_label.insert((list, normalize(&label)), code);
                }
            }
        }
        for list in LISTS {
            let list_codes: Vec<String> = list.entries(lang).into_iter().map(|(_, c)| c).collect();
            for code in &list_codes {
                by_label.insert((list, normalize(code)), code.clone());
            }
            codes.insert(list, list_codes);
        }
        Resolver { by_label, codes }
    }

    /// The wire code `text` stands for in `list`, if any.
    pub(crate) fn resolve(&self, list: List, text: &str) -> Option<String> {
        let key = normalize(text);
        if let Some(code) = self.by_label.get(&(list, key)) {
            return Some(code.clone());
        }
        let found = match list {
            List::Action => text
                .split_whitespace()
                .next()
                .map(|first| first.trim_end_matches([':', '.', '—', '-']).to_owned()),
            List::Reporter | List::Partner => Actor::lookup(text).ok().map(|a| a.code().to_owned()),
            List::Status => code_of::<ImplementationStatus>(text),
            List::Tlp => code_of::<Tlp>(text),
            List::CrimeArea => code_of::<CrimeArea>(text),
            List::Instrument => code_of::<Instrument>(text),
            List::Substance => code_of::<Substance>(text),
            List::UnitKind => code_of::<UnitKind>(text),
            List::Kind => code_of::<IndicatorKind>(text),
            List::Currency => None,
        }?;
        self.codes
            .get(&list)
            .is_some_and(|codes| codes.contains(&found))
            .then_some(found)
    }
}

fn code_of<V: Vocabulary>(text: &str) -> Option<String> {
    V::lookup(text).ok().map(|v| v.code().to_owned())
}
