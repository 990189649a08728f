// SYNC-01: a cell of an imported row edited in the sheet that differs from AdminPulse: an edit left
// alone until someone decides, or a cell the user chose to keep (pinned). One finding per cell.

import type { Language } from "../i18n/language";
import { labelsFor } from "../permanent-data/labels";
import { IDENTIFICATION_KEYS, type IdentificationKey } from "../permanent-data/tables";
import { displayName } from "./common";
import { type Context, cellTarget, makeFinding } from "./context";
import { localized, quote, sentences } from "./messages";
import { CHECK_TABLES, type CheckRow, type CheckTable, type Finding } from "./types";
import { text } from "./values";

function rowsOf(ctx: Context, table: CheckTable): readonly CheckRow[] {
  if (table === "identification") return ctx.identification;
  return ctx[table].map((p) => p.row);
}

/** The column's header in the language; for an identification value, the field's name. */
function header(table: CheckTable, column: string, row: CheckRow | null, link: string, l: Language): string {
  const labels = labelsFor(l);
  if (table === "identification") {
    const key = (text(row?.cells.key) ?? link) as IdentificationKey;
    if ((IDENTIFICATION_KEYS as readonly string[]).includes(key) && column === "value") return labels.identification[key];
  }
  const headers = labels.headers[table] as Readonly<Record<string, string>>;
  return headers[column] ?? column;
}

/** An edit left alone: automatic syncs leave the row until a person decides. */
function editedMessage(table: CheckTable, column: string, row: CheckRow | null, link: string) {
  return sentences(
    localized((l) => {
      const what = quote(header(table, column, row, link, l), l);
      const name = table === "identification" ? null : displayName(text(row?.cells.name), l);
      return name === null
        ? {
            fr: `${what} a été modifié dans la feuille et diffère d'AdminPulse ; les synchronisations automatiques laissent la ligne telle quelle tant que ce n'est pas réglé.`,
            nl: `${what} werd in het blad gewijzigd en verschilt van AdminPulse; automatische synchronisaties laten de rij ongemoeid tot dit is opgelost.`,
            en: `${what} was edited in the sheet and differs from AdminPulse; automatic syncs leave the row as it is until this is resolved.`,
          }[l]
        : {
            fr: `${what} de ${name} a été modifié dans la feuille et diffère d'AdminPulse ; les synchronisations automatiques laissent la ligne telle quelle tant que ce n'est pas réglé.`,
            nl: `${what} van ${name} werd in het blad gewijzigd en verschilt van AdminPulse; automatische synchronisaties laten de rij ongemoeid tot dit is opgelost.`,
            en: `${what} of ${name} was edited in the sheet and differs from AdminPulse; automatic syncs leave the row as it is until this is resolved.`,
          }[l];
    }),
    {
      fr: "Si la modification est juste, reportez-la aussi dans AdminPulse, puis synchronisez à nouveau ; sinon, reprenez la valeur d'AdminPulse lors de la prochaine synchronisation manuelle.",
      nl: "Klopt de wijziging, neem ze dan ook over in AdminPulse en synchroniseer opnieuw; zo niet, neem dan bij de volgende manuele synchronisatie de waarde van AdminPulse over.",
      en: "If the edit is right, make it in AdminPulse too, then sync again; if not, take AdminPulse's value at the next sync started by hand.",
    },
  );
}

/** A cell the user chose to keep, still linked: the rest of the row follows AdminPulse. */
function keptMessage(table: CheckTable, column: string, row: CheckRow | null, link: string) {
  return sentences(
    localized((l) => {
      const what = quote(header(table, column, row, link, l), l);
      const name = table === "identification" ? null : displayName(text(row?.cells.name), l);
      const of = { fr: name === null ? "" : ` de ${name}`, nl: name === null ? "" : ` van ${name}`, en: name === null ? "" : ` of ${name}` }[l];
      return {
        fr: `${what}${of} est gardé tel que vous l'avez saisi, et diffère d'AdminPulse ; le reste de la ligne suit AdminPulse.`,
        nl: `${what}${of} blijft zoals u het typte en verschilt van AdminPulse; de rest van de rij volgt AdminPulse.`,
        en: `${what}${of} is kept as you typed it and differs from AdminPulse; the rest of the row follows AdminPulse.`,
      }[l];
    }),
    {
      fr: "Si votre valeur est la bonne, reportez-la dans AdminPulse ; la cellule suivra de nouveau AdminPulse dès qu'il aura la même valeur.",
      nl: "Is uw waarde de juiste, neem ze dan over in AdminPulse; de cel volgt AdminPulse weer zodra die dezelfde waarde heeft.",
      en: "If your value is the right one, make it in AdminPulse; the cell follows AdminPulse again once it has the same value.",
    },
  );
}

export function syncChecks(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  for (const conflict of ctx.conflicts) {
    const table = conflict.table;
    if (!CHECK_TABLES.includes(table)) continue;
    const rows = rowsOf(ctx, table);
    const row =
      rows.find((r) => r.link === conflict.link) ?? (table === "identification" ? rows.find((r) => text(r.cells.key) === conflict.link) : undefined) ?? null;
    const columns = [...new Set(conflict.columns.filter((c): c is string => typeof c === "string"))];
    for (const column of columns) {
      findings.push(
        makeFinding(
          "SYNC-01",
          "warning",
          cellTarget(table, row, column),
          "imported",
          conflict.kept === true ? keptMessage(table, column, row, conflict.link) : editedMessage(table, column, row, conflict.link),
        ),
      );
    }
  }
  return findings;
}
