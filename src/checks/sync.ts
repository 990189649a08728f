// SYNC-01: a cell of an imported row edited in the sheet that differs from AdminPulse (the sync's
// conflicts left alone). One finding per cell.

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
          sentences(
            localized((l) => {
              const what = quote(header(table, column, row, conflict.link, l), l);
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
          ),
        ),
      );
    }
  }
  return findings;
}
