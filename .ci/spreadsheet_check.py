"""The spreadsheet round trip, tested as people use it, by programs the crate does not control.

1. `eu-clasi spreadsheet template` writes the Spanish template; openpyxl opens it, checks that every
   drop-down reads its values from the hidden sheet of lists, and fills it in as a person
   would: values picked from the drop-down lists (their labels, as shown; a reporting unit's
   kind too), a unit's name, dates typed as text, numbers typed as numbers, an empty row left
   between reports.
2. `eu-clasi spreadsheet read` reads it back into JSON Lines, which `eu-clasi validate`
   accepts and `eu-clasi scorecard` counts; the values are the ones picked.
3. The reports are written into a new template (--reports), one status is changed as a person
   would, and the workbook read again revises the same reports (same ids and creation times).
4. A workbook with the four kinds of mistake (an unknown action, an end before a start, text
   in a number cell, a missing required cell) gives exactly the four expected problems, each
   with its cell, in Spanish, and exit code 1.
5. The csv command writes the tables of those reports and of the valid joint-operation
   fixtures; pandas loads every file with the documented columns and row counts, and the
   exact decimals read back digit for digit.

Run from anywhere: python3 .ci/spreadsheet_check.py [FOLDER to keep the filled workbook in]
"""
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal

import openpyxl
import pandas

root = pathlib.Path(__file__).resolve().parent.parent
EU_CLASI = ["cargo", "run", "-q", "--all-features", "-p", "eu-clasi-cli", "--"]
SHEET = EU_CLASI + ["spreadsheet"]


def run(args, expect=0, stdin=None):
    done = subprocess.run(args, cwd=root, capture_output=True, text=True, input=stdin)
    if done.returncode != expect:
        sys.exit(f"{' '.join(args)}: exit {done.returncode}, expected {expect}\n{done.stderr}")
    return done


def check(condition, message):
    if not condition:
        sys.exit(f"spreadsheet check failed: {message}")


tmp = pathlib.Path(tempfile.mkdtemp(prefix="eu-clasi-sheets-"))
keep = len(sys.argv) > 1  # a folder to keep the filled Spanish workbook in, to look at it
template = tmp / "plantilla.xlsx"
run(SHEET + ["template", "--lang=es", str(template)])

# 1. Fill it in as a person would, from the drop-down lists.
wb = openpyxl.load_workbook(template)
check(wb.sheetnames == ["Informes", "Indicadores", "Ayuda", "Listas"], f"sheets {wb.sheetnames}")
check(wb["Listas"].sheet_state == "hidden", "the sheet of lists is not hidden")
lists = wb["Listas"]
columns = {}  # heading -> the labels the drop-down shows
for col in lists.iter_cols(values_only=True):
    columns[col[0]] = [v for v in col[1:] if v is not None]
reports, indicators = wb["Informes"], wb["Indicadores"]
check(reports.freeze_panes == "A2", f"Informes freezes {reports.freeze_panes}")
headers = [c.value for c in reports[1]]
check(headers[:8] == ["Identificador", "Acción de la hoja de ruta", "Informante", "Inicio del periodo",
                      "Fin del periodo", "Estado", "Marcado TLP", "Resumen"], f"headers {headers}")
# Every drop-down reads from the sheet of lists, from the list that column's heading names.
letter_of = {c[0]: openpyxl.utils.get_column_letter(i + 1) for i, c in enumerate(lists.iter_cols(values_only=True))}
dropdowns = {}
for sheet in (reports, indicators):
    for dv in sheet.data_validations.dataValidation:
        if dv.type == "list":
            check(dv.formula1.startswith("'Listas'!$"), f"drop-down {dv.sqref} reads {dv.formula1}")
            dropdowns[f"{sheet.title}!{str(dv.sqref).split(':')[0]}"] = dv.formula1
check(len(dropdowns) == 16, f"{len(dropdowns)} drop-down columns, expected 13 + 3")
check(headers[16:] == ["Creado", "Unidad informante", "Nombre de la unidad"], f"headers {headers[16:]}")
check(dropdowns["Informes!R2"].startswith(f"'Listas'!${letter_of['Unidad informante']}$2"), "unit kind list")
check(dropdowns["Informes!B2"].startswith(f"'Listas'!${letter_of['Acción de la hoja de ruta']}$2"), "action list")


def pick(heading, starts):
    """The label a person picks from the drop-down list: the one that starts as given."""
    found = [v for v in columns[heading] if v.startswith(starts)]
    check(len(found) == 1, f"{heading}: {len(found)} labels start with {starts!r}")
    return found[0]


rows = [
    # row, action, reporter, start, end, status, tlp, summary, crime areas, partners, instruments,
    # reporting unit (kind, name)
    (2, "1.vi —", "Colombia", "2025-04", "2025-09", "en curso", "TLP:AMBER (", "Intercambio de información sobre rutas de cocaína con la EUDA.",
     ["tráfico de drogas"], ["Europol", "España"], [], ("policía", "[Ejemplo ficticio] Unidad antidrogas del puerto")),
    (3, "2.ii —", "Alianza Europea de Puertos", "2025", "2025", "finalizada", "TLP:GREEN", "Evaluaciones de vulnerabilidad en dos puertos socios.",
     [], ["Ecuador"], [], None),
    # row 4 is left empty: ignored.
    (5, "4.i —", "Brasil", "2025-07-01", "2025-12-31", "planificada", "TLP:CLEAR", "Plan de formación sobre decomiso de activos.",
     ["delincuencia financiera", "tráfico de drogas"], [], ["EL PAcCTO"], ("oficina de recuperación", None)),
]
for row, action, reporter, start, end, status, tlp, summary, areas, partners, instruments, unit in rows:
    reports[f"B{row}"] = pick("Acción de la hoja de ruta", action)
    reports[f"C{row}"] = pick("Informante", reporter)
    reports[f"D{row}"] = start
    reports[f"E{row}"] = end
    reports[f"F{row}"] = pick("Estado", status)
    reports[f"G{row}"] = pick("Marcado TLP", tlp)
    reports[f"H{row}"] = summary
    for i, area in enumerate(areas):
        reports.cell(row=row, column=9 + i, value=pick("Ámbito delictivo", area))
    for i, partner in enumerate(partners):
        reports.cell(row=row, column=12 + i, value=pick("Socio", partner))
    for i, instrument in enumerate(instruments):
        reports.cell(row=row, column=15 + i, value=pick("Instrumento", instrument))
    if unit:
        reports[f"R{row}"] = pick("Unidad informante", unit[0])
        if unit[1]:
            reports[f"S{row}"] = unit[1]
indicator_rows = [
    (2, "detenciones (", 14, None, None),
    (2, "decomiso de drogas (", 1250.5, "cocaína", None),
    (3, "evaluaciones portuarias (", 2, None, None),
    (5, "activos congelados (", 250000.75, None, "EUR"),
]
for i, (report_row, kind, value, substance, currency) in enumerate(indicator_rows, start=2):
    indicators[f"A{i}"] = report_row
    indicators[f"B{i}"] = pick("Indicador", kind)
    indicators[f"C{i}"] = value
    if substance:
        indicators[f"D{i}"] = pick("Sustancia", substance)
    if currency:
        indicators[f"E{i}"] = pick("Moneda", currency)
filled = tmp / "rellenada.xlsx"
wb.save(filled)

# 2. Read back, validated, counted.
lines = run(SHEET + ["read", str(filled)]).stdout.splitlines()
check(len(lines) == 3, f"{len(lines)} reports read, expected 3")
got = [json.loads(line) for line in lines]
check([r["action"] for r in got] == ["1.vi", "2.ii", "4.i"], "actions")
check([r["reporter"] for r in got] == ["state:CO", "body:european_ports_alliance", "state:BR"], f"reporters {[r['reporter'] for r in got]}")
check([r["status"] for r in got] == ["in_progress", "completed", "planned"], "statuses")
check([r["tlp"] for r in got] == ["TLP:AMBER", "TLP:GREEN", "TLP:CLEAR"], "tlp")
check(got[0]["partners"] == ["body:europol", "state:ES"], f"partners {got[0].get('partners')}")
check(got[2]["crime_areas"] == ["financial_crime", "drug_trafficking"], f"crime areas {got[2].get('crime_areas')}")
check(got[2]["instruments"] == ["el_paccto"], f"instruments {got[2].get('instruments')}")
check(got[0]["indicators"] == [{"kind": "arrests", "count": 14},
                               {"kind": "drug_seizure", "substance": "cocaine", "kilograms": "1250.5"}], f"{got[0]['indicators']}")
check(got[2]["indicators"] == [{"kind": "assets_frozen", "amount": {"amount": "250000.75", "currency": "EUR"}}], f"{got[2]['indicators']}")
check([r.get("reporting_unit") for r in got] == [
    {"kind": "police", "name": "[Ejemplo ficticio] Unidad antidrogas del puerto"}, None, {"kind": "asset_recovery_office"}],
    f"reporting units {[r.get('reporting_unit') for r in got]}")
check(all(r["summary"]["lang"] == "es" and r["created"] == r["modified"] for r in got), "summaries and times")
jsonl = tmp / "reports.jsonl"
jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
run(EU_CLASI + ["validate", "--type", "progress-report", str(jsonl)])
card = run(EU_CLASI + ["scorecard", str(jsonl), "--lang", "es"]).stdout
check("| Informes vigentes contados | 3 |" in card, "the scorecard does not count the 3 reports")
check("| 1.vi | sí | Colombia (policía): en curso |" in card, "the scorecard misses Colombia's status (and unit) on 1.vi:\n" + card)

# 3. Sent again: the same reports, revised.
revise = tmp / "revisar.xlsx"
run(SHEET + ["template", "--lang", "es", "--reports", str(jsonl), str(revise)])
wb = openpyxl.load_workbook(revise)
check(wb["Informes"]["A2"].value == got[0]["id"], "the revised template lost the id")
wb["Informes"]["F2"] = pick("Estado", "finalizada")
wb.save(revise)
again = [json.loads(line) for line in run(SHEET + ["read", str(revise)]).stdout.splitlines()]
check([r["id"] for r in again] == [r["id"] for r in got], "sending the workbook again changed the ids")
check([r["created"] for r in again] == [r["created"] for r in got], "creation times changed")
check(again[0]["status"] == "completed" and again[0]["modified"] >= got[0]["modified"], "the revision")
check(again[0]["indicators"] == got[0]["indicators"], "the indicators changed on the way round")
check([r.get("reporting_unit") for r in again] == [r.get("reporting_unit") for r in got], "the units changed on the way round")

# 4. The four kinds of mistake.
wb = openpyxl.load_workbook(template)
reports, indicators = wb["Informes"], wb["Indicadores"]
good = ["", pick("Acción de la hoja de ruta", "1.vi —"), pick("Informante", "Colombia"), "2025-04", "2025-09",
        pick("Estado", "en curso"), pick("Marcado TLP", "TLP:GREEN"), "Texto."]
mistakes = {
    2: {"B": "9.ix — una acción que no existe"},  # an unknown action
    3: {"D": "2025-09", "E": "2025-04"},  # an end before a start
    4: {"F": None},  # a missing required cell
    5: {},  # valid: its indicator has text in the number cell
}
for row, changes in mistakes.items():
    for col, value in zip("ABCDEFGH", good):
        reports[f"{col}{row}"] = changes.get(col, value) if col in changes else (value or None)
indicators["A2"], indicators["B2"], indicators["C2"] = 5, pick("Indicador", "detenciones ("), "doce"
wrong = tmp / "errores.xlsx"
wb.save(wrong)
done = run(SHEET + ["read", str(wrong)], expect=1)
problems = done.stderr.splitlines()
expected = [
    "Informes!B2: «9.ix — una acción que no existe» no figura en la lista de «Acción de la hoja de ruta»; elija un valor de la lista desplegable",
    "Informes!E3: el periodo termina (2025-04) antes de empezar (2025-09)",
    "Informes!F4: Estado es obligatorio y la celda está vacía",
    "Indicadores!C2: «doce» no es un número",
]
check(problems == expected, "the mistakes gave:\n" + "\n".join(problems))
check(done.stdout == "", "a report of a row with a problem was written")

# 5. CSV tables, loaded by pandas.
records = list(lines)
operations = sorted((root / "tests/fixtures/valid/joint-operation").glob("*.json"))
for path in operations:
    records.append(json.dumps(json.loads(path.read_text(encoding="utf-8")), ensure_ascii=False))
ops = [json.loads(r) for r in records[3:]]
both = tmp / "records.jsonl"
both.write_text("\n".join(records) + "\n", encoding="utf-8")
out = tmp / "tablas"
run(SHEET + ["csv", str(both), str(out)])
documented = {
    "reports.csv": (["id", "action", "reporter", "period_start", "period_end", "status", "summary_lang", "summary",
                     "crime_areas", "partners", "instruments", "created", "modified", "tlp", "withdrawn", "extensions",
                     "reporting_unit_kind", "reporting_unit_name"], 3),
    "indicators.csv": (["report_id", "position", "kind", "count", "kilograms", "substance", "amount", "currency"], 4),
    "evidence.csv": (["report_id", "position", "kind", "reference"], 0),
    "joint_operations.csv": (["id", "name", "kind", "crime_areas", "lead", "supporting_bodies", "instruments",
                              "period_start", "period_end", "actions", "tlp", "created", "modified", "withdrawn",
                              "extensions"], len(ops)),
    "participants.csv": (["operation_id", "position", "participant"], sum(len(o.get("participants", [])) for o in ops)),
    "outcomes.csv": (["operation_id", "position", "kind", "count", "kilograms", "substance", "amount", "currency"],
                     sum(len(o.get("outcomes", [])) for o in ops)),
    "scorecard_actions.csv": (["pillar", "action", "reports", "actors", "has_progress"], 17),
    "scorecard_statuses.csv": (["action", "actor", "status", "modified", "reports", "unit_kinds"], 3),
    "scorecard_totals.csv": (["scope", "pillar", "action", "kind", "substance", "currency", "value", "overflowed"], None),
}
check(sorted(p.name for p in out.iterdir()) == sorted(documented), f"files {sorted(p.name for p in out.iterdir())}")
for name, (cols, count) in documented.items():
    frame = pandas.read_csv(out / name)
    check(list(frame.columns) == cols, f"{name}: columns {list(frame.columns)}")
    if count is not None:
        check(len(frame) == count, f"{name}: {len(frame)} rows, expected {count}")
amounts = pandas.read_csv(out / "indicators.csv", dtype=str, keep_default_na=False)
check([Decimal(a) for a in amounts["kilograms"] if a] == [Decimal("1250.5")], "kilograms")
check(list(amounts["amount"][amounts["amount"] != ""]) == ["250000.75"], "amounts")
check(set(amounts["report_id"]) <= {r["id"] for r in got}, "indicators keyed to unknown reports")
totals = pandas.read_csv(out / "scorecard_totals.csv", dtype=str, keep_default_na=False)
roadmap = totals[(totals["scope"] == "roadmap") & (totals["kind"] == "arrests")]
check(list(roadmap["value"]) == ["14"], f"roadmap arrests {list(roadmap['value'])}")
if keep:
    shutil.copy(filled, pathlib.Path(sys.argv[1]) / "rellenada.xlsx")
shutil.rmtree(tmp)
print(f"spreadsheet check: 3 reports filled by openpyxl {openpyxl.__version__} read back, validated and counted; "
      f"revised with the same ids; 4 mistakes, 4 Spanish cell-addressed problems; "
      f"{len(documented)} CSV tables loaded by pandas {pandas.__version__}")
