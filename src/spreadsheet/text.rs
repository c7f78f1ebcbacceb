//! Every text the workbook shows and every problem message, in the four languages: one table.

use crate::Lang;

/// One text of the workbook or of a problem message. `{0}`, `{1}` are filled by [`Text::fill`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumIter)]
pub(crate) enum Text {
    SheetReports,
    SheetIndicators,
    SheetHelp,
    SheetLists,
    // Column headers.
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
    // What each column holds (the help sheet and the cells' input messages).
    AboutId,
    AboutAction,
    AboutReporter,
    AboutStart,
    AboutEnd,
    AboutStatus,
    AboutTlp,
    AboutSummary,
    AboutCrimeArea,
    AboutPartner,
    AboutInstrument,
    AboutCreated,
    AboutReportRow,
    AboutKind,
    AboutValue,
    AboutSubstance,
    AboutCurrency,
    // The help sheet.
    HelpTitle,
    HelpIntro,
    HelpSheet,
    HelpColumn,
    HelpRequired,
    HelpWhat,
    Yes,
    No,
    // Units in the list of indicator kinds, and the kinds that are not counts.
    UnitNumber,
    UnitAmount,
    DrugSeizure,
    AssetsFrozen,
    AssetsConfiscated,
    // The spreadsheet's own error box.
    PickFromList,
    // Problems.
    Missing,
    NotInList,
    NotANumber,
    NotAWholeNumber,
    NotAnAmount,
    NotADate,
    NotAnId,
    NotATimestamp,
    CellError,
    DuplicateId,
    NoSuchReport,
    SubstanceRequired,
    SubstanceNotUsed,
    CurrencyRequired,
    CurrencyNotUsed,
    PeriodOrder,
    CreatedInFuture,
    NotStateOrBody,
    TooLong,
    CountTooLarge,
    Other,
}

impl Text {
    /// The text in `lang`.
    pub(crate) fn get(self, lang: Lang) -> &'static str {
        let [en, es, pt, fr] = self.all();
        match lang {
            Lang::En => en,
            Lang::Es => es,
            Lang::Pt => pt,
            Lang::Fr => fr,
        }
    }

    /// The text in `lang` with `{0}`, `{1}`, ... replaced by `args`.
    pub(crate) fn fill(self, lang: Lang, args: &[&str]) -> String {
        let mut out = self.get(lang).to_owned();
        for (i, arg) in args.iter().enumerate() {
            out = out.replace(&format!("{{{i}}}"), arg);
        }
        out
    }

    /// The texts in en, es, pt, fr.
    fn all(self) -> [&'static str; 4] {
        use Text::*;
        match self {
            SheetReports => ["Reports", "Informes", "Relatórios", "Rapports"],
            SheetIndicators => ["Indicators", "Indicadores", "Indicadores", "Indicateurs"],
            SheetHelp => ["Help", "Ayuda", "Ajuda", "Aide"],
            SheetLists => ["Lists", "Listas", "Listas", "Listes"],
            Id => ["Id", "Identificador", "Identificador", "Identifiant"],
            Action => [
                "Roadmap action",
                "Acción de la hoja de ruta",
                "Ação do roteiro",
                "Action de la feuille de route",
            ],
            Reporter => [
                "Reporter",
                "Informante",
                "Autor do relatório",
                "Auteur du rapport",
            ],
            Start => [
                "Period start",
                "Inicio del periodo",
                "Início do período",
                "Début de la période",
            ],
            End => [
                "Period end",
                "Fin del periodo",
                "Fim do período",
                "Fin de la période",
            ],
            Status => ["Status", "Estado", "Estado", "État"],
            Tlp => ["TLP marking", "Marcado TLP", "Marcação TLP", "Marquage TLP"],
            Summary => ["Summary", "Resumen", "Resumo", "Résumé"],
            CrimeArea => [
                "Crime area",
                "Ámbito delictivo",
                "Área criminal",
                "Domaine criminel",
            ],
            Partner => ["Partner", "Socio", "Parceiro", "Partenaire"],
            Instrument => ["Instrument", "Instrumento", "Instrumento", "Instrument"],
            Created => ["Created", "Creado", "Criado", "Créé"],
            ReportRow => [
                "Report row",
                "Fila del informe",
                "Linha do relatório",
                "Ligne du rapport",
            ],
            Kind => ["Indicator", "Indicador", "Indicador", "Indicateur"],
            Value => ["Value", "Valor", "Valor", "Valeur"],
            Substance => ["Substance", "Sustancia", "Substância", "Substance"],
            Currency => ["Currency", "Moneda", "Moeda", "Devise"],
            AboutId => [
                "Leave empty for a new report; an id is made when the workbook is read. Keep the id of a report sent before, to revise it.",
                "Déjelo vacío en un informe nuevo; el identificador se crea al leer el libro. Conserve el de un informe ya enviado para revisarlo.",
                "Deixe vazio num relatório novo; o identificador é criado ao ler o livro. Mantenha o de um relatório já enviado para o rever.",
                "Laissez vide pour un nouveau rapport ; l'identifiant est créé à la lecture du classeur. Gardez celui d'un rapport déjà envoyé pour le réviser.",
            ],
            AboutAction => [
                "The action of the 2025-2026 roadmap the report is about, from the list (the roadmap's own English text).",
                "La acción de la hoja de ruta 2025-2026 a la que se refiere el informe, de la lista (con el texto original inglés de la hoja de ruta).",
                "A ação do roteiro 2025-2026 a que o relatório se refere, da lista (com o texto original inglês do roteiro).",
                "L'action de la feuille de route 2025-2026 dont traite le rapport, dans la liste (avec le texte original anglais de la feuille de route).",
            ],
            AboutReporter => [
                "The state or body that reports, from the list.",
                "El Estado o el organismo que informa, de la lista.",
                "O Estado ou o organismo que informa, da lista.",
                "L'État ou l'organisme qui fait rapport, dans la liste.",
            ],
            AboutStart => [
                "The first year, month or day the report covers: YYYY, YYYY-MM or YYYY-MM-DD.",
                "El primer año, mes o día que cubre el informe: AAAA, AAAA-MM o AAAA-MM-DD.",
                "O primeiro ano, mês ou dia que o relatório abrange: AAAA, AAAA-MM ou AAAA-MM-DD.",
                "La première année, le premier mois ou jour couvert : AAAA, AAAA-MM ou AAAA-MM-JJ.",
            ],
            AboutEnd => [
                "The last year, month or day the report covers, not before the start: YYYY, YYYY-MM or YYYY-MM-DD.",
                "El último año, mes o día que cubre el informe, no anterior al inicio: AAAA, AAAA-MM o AAAA-MM-DD.",
                "O último ano, mês ou dia que o relatório abrange, não anterior ao início: AAAA, AAAA-MM ou AAAA-MM-DD.",
                "La dernière année, le dernier mois ou jour couvert, pas avant le début : AAAA, AAAA-MM ou AAAA-MM-JJ.",
            ],
            AboutStatus => [
                "How far the action has come at the end of the period, from the list.",
                "Hasta dónde ha llegado la acción al final del periodo, de la lista.",
                "Até onde chegou a ação no fim do período, da lista.",
                "Où en est l'action à la fin de la période, dans la liste.",
            ],
            AboutTlp => [
                "How far the report may be shared (TLP 2.0), from the list.",
                "Hasta dónde puede compartirse el informe (TLP 2.0), de la lista.",
                "Até onde o relatório pode ser partilhado (TLP 2.0), da lista.",
                "Jusqu'où le rapport peut être partagé (TLP 2.0), dans la liste.",
            ],
            AboutSummary => [
                "What was done, in a few sentences in this workbook's language (1 to 2000 characters). Never name a person.",
                "Lo que se hizo, en pocas frases en el idioma de este libro (de 1 a 2000 caracteres). No nombre a ninguna persona.",
                "O que foi feito, em poucas frases na língua deste livro (de 1 a 2000 caracteres). Não nomeie nenhuma pessoa.",
                "Ce qui a été fait, en quelques phrases dans la langue de ce classeur (de 1 à 2000 caractères). Ne nommez personne.",
            ],
            AboutCrimeArea => [
                "A crime area the work addressed, from the list (optional; up to three).",
                "Un ámbito delictivo que abordó el trabajo, de la lista (opcional; hasta tres).",
                "Uma área criminal abordada pelo trabalho, da lista (opcional; até três).",
                "Un domaine criminel traité, dans la liste (facultatif ; jusqu'à trois).",
            ],
            AboutPartner => [
                "A state, body or other actor the reporter worked with, from the list (optional; up to three).",
                "Un Estado, organismo u otro actor con el que trabajó el informante, de la lista (opcional; hasta tres).",
                "Um Estado, organismo ou outro ator com que o autor trabalhou, da lista (opcional; até três).",
                "Un État, organisme ou autre acteur avec lequel l'auteur a travaillé, dans la liste (facultatif ; jusqu'à trois).",
            ],
            AboutInstrument => [
                "A programme, framework or tool the work used, from the list (optional; up to two).",
                "Un programa, marco o herramienta que usó el trabajo, de la lista (opcional; hasta dos).",
                "Um programa, quadro ou ferramenta usado pelo trabalho, da lista (opcional; até dois).",
                "Un programme, cadre ou outil utilisé, dans la liste (facultatif ; jusqu'à deux).",
            ],
            AboutCreated => [
                "Filled in by the system for a report sent before; leave it as it is.",
                "Lo rellena el sistema en un informe ya enviado; no lo modifique.",
                "Preenchido pelo sistema num relatório já enviado; não o altere.",
                "Rempli par le système pour un rapport déjà envoyé ; ne le modifiez pas.",
            ],
            AboutReportRow => [
                "The row number, in the sheet of reports, of the report this indicator belongs to.",
                "El número de fila, en la hoja de informes, del informe al que pertenece este indicador.",
                "O número da linha, na folha de relatórios, do relatório a que este indicador pertence.",
                "Le numéro de ligne, dans la feuille des rapports, du rapport auquel appartient cet indicateur.",
            ],
            AboutKind => [
                "What is measured, from the list; its unit is in brackets.",
                "Lo que se mide, de la lista; su unidad va entre paréntesis.",
                "O que se mede, da lista; a unidade vem entre parênteses.",
                "Ce qui est mesuré, dans la liste ; son unité est entre parenthèses.",
            ],
            AboutValue => [
                "The number: a whole number for counts, kilograms or an amount with up to 4 decimals otherwise.",
                "El número: un entero para los recuentos; kilos o un importe con hasta 4 decimales en los demás.",
                "O número: um inteiro para as contagens; quilos ou um montante com até 4 casas decimais nos outros.",
                "Le nombre : un entier pour les comptages ; des kilos ou un montant avec jusqu'à 4 décimales sinon.",
            ],
            AboutSubstance => [
                "For a drug seizure only: what was seized, from the list.",
                "Solo para un decomiso de drogas: lo que se decomisó, de la lista.",
                "Apenas para uma apreensão de droga: o que foi apreendido, da lista.",
                "Pour une saisie de drogue seulement : ce qui a été saisi, dans la liste.",
            ],
            AboutCurrency => [
                "For assets frozen or confiscated only: the currency of the amount (ISO 4217), from the list.",
                "Solo para activos congelados o decomisados: la moneda del importe (ISO 4217), de la lista.",
                "Apenas para bens congelados ou confiscados: a moeda do montante (ISO 4217), da lista.",
                "Pour les avoirs gelés ou confisqués seulement : la devise du montant (ISO 4217), dans la liste.",
            ],
            HelpTitle => [
                "EU-CLASI 2025-2026 roadmap: progress reports",
                "Hoja de ruta EU-CLASI 2025-2026: informes de progreso",
                "Roteiro EU-CLASI 2025-2026: relatórios de progresso",
                "Feuille de route EU-CLASI 2025-2026 : rapports d'avancement",
            ],
            HelpIntro => [
                "One row per report in the sheet of reports; its measured results in the sheet of indicators, one row each, with the report's row number. Empty rows are ignored. Pick values from the drop-down lists.",
                "Una fila por informe en la hoja de informes; sus resultados medidos en la hoja de indicadores, uno por fila, con el número de fila del informe. Las filas vacías se ignoran. Elija los valores de las listas desplegables.",
                "Uma linha por relatório na folha de relatórios; os resultados medidos na folha de indicadores, um por linha, com o número da linha do relatório. As linhas vazias são ignoradas. Escolha os valores nas listas pendentes.",
                "Une ligne par rapport dans la feuille des rapports ; ses résultats mesurés dans la feuille des indicateurs, un par ligne, avec le numéro de ligne du rapport. Les lignes vides sont ignorées. Choisissez les valeurs dans les listes déroulantes.",
            ],
            HelpSheet => ["Sheet", "Hoja", "Folha", "Feuille"],
            HelpColumn => ["Column", "Columna", "Coluna", "Colonne"],
            HelpRequired => ["Required", "Obligatoria", "Obrigatória", "Obligatoire"],
            HelpWhat => ["What it holds", "Qué contiene", "O que contém", "Contenu"],
            Yes => ["yes", "sí", "sim", "oui"],
            No => ["no", "no", "não", "non"],
            UnitNumber => ["number", "número", "número", "nombre"],
            UnitAmount => ["amount", "importe", "montante", "montant"],
            DrugSeizure => [
                "drug seizure",
                "decomiso de drogas",
                "apreensão de droga",
                "saisie de drogue",
            ],
            AssetsFrozen => [
                "assets frozen",
                "activos congelados",
                "bens congelados",
                "avoirs gelés",
            ],
            AssetsConfiscated => [
                "assets confiscated",
                "activos decomisados",
                "bens confiscados",
                "avoirs confisqués",
            ],
            PickFromList => [
                "Pick a value from the list.",
                "Elija un valor de la lista.",
                "Escolha um valor da lista.",
                "Choisissez une valeur dans la liste.",
            ],
            Missing => [
                "{0} is required and the cell is empty",
                "{0} es obligatorio y la celda está vacía",
                "{0} é obrigatório e a célula está vazia",
                "{0} est obligatoire et la cellule est vide",
            ],
            NotInList => [
                "\"{0}\" is not in the list of {1}; pick a value from the drop-down list",
                "«{0}» no figura en la lista de {1}; elija un valor de la lista desplegable",
                "«{0}» não consta da lista de {1}; escolha um valor da lista pendente",
                "« {0} » ne figure pas dans la liste {1} ; choisissez une valeur dans la liste déroulante",
            ],
            NotANumber => [
                "\"{0}\" is not a number",
                "«{0}» no es un número",
                "«{0}» não é um número",
                "« {0} » n'est pas un nombre",
            ],
            NotAWholeNumber => [
                "{0} is not a whole number from 0 to {1}",
                "{0} no es un número entero de 0 a {1}",
                "{0} não é um número inteiro de 0 a {1}",
                "{0} n'est pas un nombre entier de 0 à {1}",
            ],
            NotAnAmount => [
                "{0} is not an exact non-negative amount with up to 18 whole digits and 4 decimals",
                "{0} no es un importe exacto no negativo con hasta 18 cifras enteras y 4 decimales",
                "{0} não é um montante exato não negativo com até 18 algarismos inteiros e 4 casas decimais",
                "{0} n'est pas un montant exact positif avec au plus 18 chiffres entiers et 4 décimales",
            ],
            NotADate => [
                "\"{0}\" is not a date written YYYY, YYYY-MM or YYYY-MM-DD",
                "«{0}» no es una fecha escrita AAAA, AAAA-MM o AAAA-MM-DD",
                "«{0}» não é uma data escrita AAAA, AAAA-MM ou AAAA-MM-DD",
                "« {0} » n'est pas une date écrite AAAA, AAAA-MM ou AAAA-MM-JJ",
            ],
            NotAnId => [
                "\"{0}\" is not a report id (a lower-case UUID); leave the cell empty for a new report",
                "«{0}» no es un identificador de informe (un UUID en minúsculas); deje la celda vacía en un informe nuevo",
                "«{0}» não é um identificador de relatório (um UUID em minúsculas); deixe a célula vazia num relatório novo",
                "« {0} » n'est pas un identifiant de rapport (un UUID en minuscules) ; laissez la cellule vide pour un nouveau rapport",
            ],
            NotATimestamp => [
                "\"{0}\" is not a time written like 2025-10-01T08:00:00Z; leave the cell as the system filled it",
                "«{0}» no es una hora escrita como 2025-10-01T08:00:00Z; deje la celda como la rellenó el sistema",
                "«{0}» não é uma hora escrita como 2025-10-01T08:00:00Z; deixe a célula como o sistema a preencheu",
                "« {0} » n'est pas une heure écrite comme 2025-10-01T08:00:00Z ; laissez la cellule telle que le système l'a remplie",
            ],
            CellError => [
                "the cell holds the spreadsheet error {0}",
                "la celda contiene el error de hoja de cálculo {0}",
                "a célula contém o erro de folha de cálculo {0}",
                "la cellule contient l'erreur de tableur {0}",
            ],
            DuplicateId => [
                "the id {0} is already used in row {1}",
                "el identificador {0} ya se usa en la fila {1}",
                "o identificador {0} já é usado na linha {1}",
                "l'identifiant {0} est déjà utilisé à la ligne {1}",
            ],
            NoSuchReport => [
                "row {0} of the sheet {1} holds no report",
                "la fila {0} de la hoja {1} no contiene ningún informe",
                "a linha {0} da folha {1} não contém nenhum relatório",
                "la ligne {0} de la feuille {1} ne contient aucun rapport",
            ],
            SubstanceRequired => [
                "a drug seizure needs its substance",
                "un decomiso de drogas requiere su sustancia",
                "uma apreensão de droga requer a sua substância",
                "une saisie de drogue demande sa substance",
            ],
            SubstanceNotUsed => [
                "a substance is given only for a drug seizure",
                "la sustancia solo se indica en un decomiso de drogas",
                "a substância só se indica numa apreensão de droga",
                "la substance ne s'indique que pour une saisie de drogue",
            ],
            CurrencyRequired => [
                "assets frozen or confiscated need the currency of their amount",
                "los activos congelados o decomisados requieren la moneda del importe",
                "os bens congelados ou confiscados requerem a moeda do montante",
                "les avoirs gelés ou confisqués demandent la devise du montant",
            ],
            CurrencyNotUsed => [
                "a currency is given only for assets frozen or confiscated",
                "la moneda solo se indica en activos congelados o decomisados",
                "a moeda só se indica em bens congelados ou confiscados",
                "la devise ne s'indique que pour des avoirs gelés ou confisqués",
            ],
            PeriodOrder => [
                "the period ends ({0}) before it starts ({1})",
                "el periodo termina ({0}) antes de empezar ({1})",
                "o período termina ({0}) antes de começar ({1})",
                "la période se termine ({0}) avant de commencer ({1})",
            ],
            CreatedInFuture => [
                "the creation time {0} is later than the time of reading ({1})",
                "la fecha de creación {0} es posterior al momento de la lectura ({1})",
                "a data de criação {0} é posterior ao momento da leitura ({1})",
                "la date de création {0} est postérieure au moment de la lecture ({1})",
            ],
            NotStateOrBody => [
                "the reporter must be a state or a body, not \"{0}\"",
                "el informante debe ser un Estado o un organismo, no «{0}»",
                "o autor deve ser um Estado ou um organismo, não «{0}»",
                "l'auteur doit être un État ou un organisme, pas « {0} »",
            ],
            TooLong => [
                "the text has {0} characters; at most {1}",
                "el texto tiene {0} caracteres; como máximo {1}",
                "o texto tem {0} caracteres; no máximo {1}",
                "le texte a {0} caractères ; au plus {1}",
            ],
            CountTooLarge => [
                "{0} is larger than {1}",
                "{0} es mayor que {1}",
                "{0} é maior do que {1}",
                "{0} est supérieur à {1}",
            ],
            Other => ["{0}", "{0}", "{0}", "{0}"],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Vocabulary;

    #[test]
    fn fill_replaces_every_placeholder() {
        assert_eq!(
            Text::PeriodOrder.fill(Lang::Es, &["2025-01", "2025-06"]),
            "el periodo termina (2025-01) antes de empezar (2025-06)"
        );
    }

    /// The placeholders of a text (`{0}`, `{1}`, ...), as their digits, sorted.
    fn placeholders(text: &str) -> Vec<char> {
        let mut found: Vec<char> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.chars().next())
            .collect();
        found.sort_unstable();
        found
    }

    #[test]
    fn every_text_has_four_languages_with_the_same_placeholders() {
        use strum::IntoEnumIterator;
        for text in Text::iter() {
            let en = placeholders(text.get(Lang::En));
            for &lang in Lang::all() {
                assert!(!text.get(lang).trim().is_empty(), "{text:?} in {lang}");
                assert_eq!(placeholders(text.get(lang)), en, "{text:?} in {lang}");
            }
        }
    }
}
