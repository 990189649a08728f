// AUD-02 … AUD-05 over the auditors table (and, for AUD-05, the size figures typed in the
// identification table).

import { auditorStanding, financialYearsCovered, parseAmount, sizeFigureOf, sizeFigures, smallCompanyLimits } from "../../src/checks/auditors";
import type { CheckRow } from "../../src/checks";
import type { PermanentData } from "../../src/permanent-data/model";
import { type Input, addManual, cleanSa, cleanSrl, company, expectLocalized, findings, inputOf, one, only, setField } from "./support";

const NBSP = "\u00a0";
/** French text with "⍽" for the non-breaking spaces French typography wants. */
const fr = (s: string) => s.replace(/⍽/g, NBSP);

function withAuditor(start: string, end: string | null, partial: Partial<PermanentData["auditors"][number]> = {}): PermanentData {
  const data = cleanSa();
  data.auditors[0] = { ...data.auditors[0]!, start, end, ...partial };
  return data;
}

const auditorFindings = (input: Input) => findings(input).filter((f) => f.id.startsWith("AUD-"));

describe("AUD-02: a term of 3 financial years (art. 3:61), recorded either way", () => {
  it("counts the year ends after the start, up to and including the recorded end", () => {
    // Ending at the meeting that approves the third year, or on the third year's end date: both 3.
    expect(financialYearsCovered("2024-06-11", "2027-06-08", "2025-12-31")).toBe(3);
    expect(financialYearsCovered("2024-06-11", "2026-12-31", "2025-12-31")).toBe(3);
    // A start recorded on the end of the year the appointing meeting approved does not count it.
    expect(financialYearsCovered("2023-12-31", "2026-12-31", "2025-12-31")).toBe(3);
    expect(financialYearsCovered("2024-12-10", "2027-12-09", "2026-06-30")).toBe(3);
    expect(financialYearsCovered("2024-12-10", "2027-06-30", "2026-06-30")).toBe(3);
    expect(financialYearsCovered("2024-06-11", "2026-06-09", "2025-12-31")).toBe(2);
    expect(financialYearsCovered("2024-06-11", "2028-06-13", "2025-12-31")).toBe(4);
    expect(financialYearsCovered("2024-06-11", "2030-06-08", "2025-12-31")).toBe(6);
  });

  it("5 or more financial years: error", () => {
    const f = one(inputOf(withAuditor("2024-06-11", "2029-06-12")), "AUD-02");
    expect(f).toMatchObject({ severity: "error", source: "imported", target: { table: "auditors", row: 0, column: "end" } });
    expect(f.message).toEqual({
      fr: fr(
        "Le mandat du commissaire Réviseurs Test SRL (du 11/06/2024 au 12/06/2029) couvre 5 exercices. Un commissaire est nommé pour un terme renouvelable de 3 exercices, sans prolongation tacite (art. 3:61 CSA). Le mandat prend fin à l'assemblée générale ordinaire qui approuve le troisième exercice⍽; la date de cette assemblée et celle de la fin de ce troisième exercice sont toutes deux acceptées. À corriger dans AdminPulse, puis synchroniser à nouveau.",
      ),
      nl: "Het mandaat van commissaris Réviseurs Test SRL (van 11/06/2024 tot 12/06/2029) beslaat 5 boekjaren. Een commissaris wordt benoemd voor een hernieuwbare termijn van 3 boekjaren, zonder stilzwijgende verlenging (art. 3:61 WVV). Het mandaat eindigt op de gewone algemene vergadering die het derde boekjaar goedkeurt; de datum van die vergadering en de einddatum van dat derde boekjaar worden allebei aanvaard. Te corrigeren in AdminPulse, daarna opnieuw synchroniseren.",
      en: "The mandate of statutory auditor Réviseurs Test SRL (11/06/2024 to 12/06/2029) covers 5 financial years. A statutory auditor is appointed for a renewable term of 3 financial years, with no tacit extension (art. 3:61 BCCA). The term ends at the ordinary general meeting that approves the third financial year; that meeting's date and the third year's end date are both accepted. Fix it in AdminPulse, then sync again.",
    });
  });

  it("4 counted financial years: a warning, since a long first year or a changed year end explains one more", () => {
    const f = one(inputOf(withAuditor("2024-06-11", "2028-06-13")), "AUD-02");
    expect(f.severity).toBe("warning");
    expect(f.message).toEqual({
      fr: fr(
        "Le mandat du commissaire Réviseurs Test SRL (du 11/06/2024 au 13/06/2028) couvre 4 exercices. Un commissaire est nommé pour un terme renouvelable de 3 exercices, sans prolongation tacite (art. 3:61 CSA). Le mandat prend fin à l'assemblée générale ordinaire qui approuve le troisième exercice⍽; la date de cette assemblée et celle de la fin de ce troisième exercice sont toutes deux acceptées. Si le premier exercice a duré plus de 12 mois, ou si la date de clôture a changé, le terme peut tout de même couvrir 3 exercices⍽: vérifiez la décision de nomination et les exercices, et corrigez la date si elle est erronée. À corriger dans AdminPulse, puis synchroniser à nouveau.",
      ),
      nl: "Het mandaat van commissaris Réviseurs Test SRL (van 11/06/2024 tot 13/06/2028) beslaat 4 boekjaren. Een commissaris wordt benoemd voor een hernieuwbare termijn van 3 boekjaren, zonder stilzwijgende verlenging (art. 3:61 WVV). Het mandaat eindigt op de gewone algemene vergadering die het derde boekjaar goedkeurt; de datum van die vergadering en de einddatum van dat derde boekjaar worden allebei aanvaard. Duurde het eerste boekjaar langer dan 12 maanden, of werd de afsluitdatum gewijzigd, dan kan de termijn toch 3 boekjaren beslaan: controleer het benoemingsbesluit en de boekjaren, en corrigeer de datum als ze fout is. Te corrigeren in AdminPulse, daarna opnieuw synchroniseren.",
      en: "The mandate of statutory auditor Réviseurs Test SRL (11/06/2024 to 13/06/2028) covers 4 financial years. A statutory auditor is appointed for a renewable term of 3 financial years, with no tacit extension (art. 3:61 BCCA). The term ends at the ordinary general meeting that approves the third financial year; that meeting's date and the third year's end date are both accepted. If the first financial year lasted more than 12 months, or the year end changed, the term may still cover 3 financial years: check the appointment decision and the financial years, and correct the date if it is wrong. Fix it in AdminPulse, then sync again.",
    });
    // Recorded on a year end, the same.
    const g = one(inputOf(withAuditor("2024-06-11", "2027-12-31")), "AUD-02");
    expect(g.severity).toBe("warning");
    expect(g.message.en).toContain("(11/06/2024 to 31/12/2027) covers 4 financial years.");
  });

  it("shorter: a warning that says to verify a resignation or dismissal", () => {
    const f = one(inputOf(withAuditor("2024-06-11", "2026-06-09")), "AUD-02");
    expect(f).toMatchObject({ severity: "warning", target: { table: "auditors", row: 0, column: "end" } });
    expect(f.message).toEqual({
      fr: fr(
        "Le mandat du commissaire Réviseurs Test SRL (du 11/06/2024 au 09/06/2026) couvre 2 exercices. Un commissaire est nommé pour un terme renouvelable de 3 exercices, sans prolongation tacite (art. 3:61 CSA). Le mandat prend fin à l'assemblée générale ordinaire qui approuve le troisième exercice⍽; la date de cette assemblée et celle de la fin de ce troisième exercice sont toutes deux acceptées. Un terme plus court est possible si le commissaire a démissionné ou a été révoqué⍽: vérifiez-le, et corrigez la date si elle est erronée. À corriger dans AdminPulse, puis synchroniser à nouveau.",
      ),
      nl: "Het mandaat van commissaris Réviseurs Test SRL (van 11/06/2024 tot 09/06/2026) beslaat 2 boekjaren. Een commissaris wordt benoemd voor een hernieuwbare termijn van 3 boekjaren, zonder stilzwijgende verlenging (art. 3:61 WVV). Het mandaat eindigt op de gewone algemene vergadering die het derde boekjaar goedkeurt; de datum van die vergadering en de einddatum van dat derde boekjaar worden allebei aanvaard. Een kortere termijn is mogelijk als de commissaris ontslag nam of werd ontslagen: controleer dat, en corrigeer de datum als ze fout is. Te corrigeren in AdminPulse, daarna opnieuw synchroniseren.",
      en: "The mandate of statutory auditor Réviseurs Test SRL (11/06/2024 to 09/06/2026) covers 2 financial years. A statutory auditor is appointed for a renewable term of 3 financial years, with no tacit extension (art. 3:61 BCCA). The term ends at the ordinary general meeting that approves the third financial year; that meeting's date and the third year's end date are both accepted. A shorter term is possible if the auditor resigned or was dismissed: check this, and correct the date if it is wrong. Fix it in AdminPulse, then sync again.",
    });
  });

  it("no end date: a warning to check the appointment and record the end", () => {
    const f = one(inputOf(withAuditor("2024-06-11", null)), "AUD-02");
    expect(f.severity).toBe("warning");
    expect(f.message).toEqual({
      fr: "Le mandat du commissaire Réviseurs Test SRL n'a pas de date de fin. Un commissaire est nommé pour un terme renouvelable de 3 exercices, sans prolongation tacite (art. 3:61 CSA). Vérifiez la décision de nomination et enregistrez la fin du terme (l'assemblée générale ordinaire qui approuve le troisième exercice, ou la fin de cet exercice). À compléter dans AdminPulse, puis synchroniser à nouveau.",
      nl: "Het mandaat van commissaris Réviseurs Test SRL heeft geen einddatum. Een commissaris wordt benoemd voor een hernieuwbare termijn van 3 boekjaren, zonder stilzwijgende verlenging (art. 3:61 WVV). Controleer het benoemingsbesluit en registreer het einde van de termijn (de gewone algemene vergadering die het derde boekjaar goedkeurt, of het einde van dat boekjaar). Aan te vullen in AdminPulse, daarna opnieuw synchroniseren.",
      en: "The mandate of statutory auditor Réviseurs Test SRL has no end date. A statutory auditor is appointed for a renewable term of 3 financial years, with no tacit extension (art. 3:61 BCCA). Check the appointment decision and record the end of the term (the ordinary general meeting that approves the third financial year, or that year's end). Add it in AdminPulse, then sync again.",
    });
  });

  it("an end before the start: a warning to check the dates", () => {
    const f = one(inputOf(withAuditor("2029-06-12", "2026-06-09")), "AUD-02");
    expect(f.severity).toBe("warning");
    expect(f.message.en).toBe(
      "The mandate of statutory auditor Réviseurs Test SRL ends (on 09/06/2026) before it starts (on 12/06/2029). Check the dates in the appointment decision. Fix it in AdminPulse, then sync again.",
    );
    expectLocalized(f);
    // Misordered dates are not history, however old.
    expect(only(findings(inputOf(withAuditor("2021-06-08", "2018-06-12"))), "AUD-02").map((x) => x.severity)).toEqual(["warning"]);
  });

  it("legal: a term recorded both ways gives no finding at all; silent without the year end it counts by", () => {
    expect(auditorFindings(inputOf(cleanSa()))).toEqual([]); // 11/06/2024 → meeting of 08/06/2027
    expect(auditorFindings(inputOf(withAuditor("2024-06-11", "2026-12-31")))).toEqual([]); // → end of the third year
    expect(auditorFindings(inputOf(withAuditor("2024-01-01", "2026-12-31")))).toEqual([]); // years 2024–2026 by their dates
    expect(only(findings(setField(inputOf(withAuditor("2024-06-11", "2026-06-09")), "FiscalYearEnd", "")), "AUD-02")).toEqual([]);
  });
});

describe("History: mandates that ended before the financial year began, or during it", () => {
  it("classifies by the financial year ending on the reference date", () => {
    const ctx = { referenceDate: "2025-12-31" };
    const standing = (end: string | null, start: string | null = "2019-06-11") => auditorStanding({ start, end }, ctx);
    expect(standing("2024-06-11")).toBe("history");
    expect(standing("2024-12-30")).toBe("history");
    // Recorded on the previous year end: legally ended at this year's meeting.
    expect(standing("2024-12-31")).toBe("ended");
    expect(standing("2025-06-10")).toBe("ended");
    // In force on the year end, inclusive.
    expect(standing("2025-12-31")).toBe("current");
    expect(standing(null)).toBe("current");
    expect(auditorStanding({ start: "2019-06-11", end: "2024-06-11" }, { referenceDate: null })).toBe("current");
  });

  it("legal: a former auditor (history, with a 6-year term and no IRE number) and the current one: no finding", () => {
    const data = cleanSa();
    data.parties.push(company("a0", "Anciens Réviseurs SRL", null));
    data.auditors.unshift({ link: "auditor:a0", partyId: "a0", start: "2015-06-09", end: "2021-06-08", ireNumber: null, representativeId: null });
    expect(auditorFindings(inputOf(data))).toEqual([]);
  });

  it("legal: an auditor who left during the year with a successor: no finding", () => {
    const data = cleanSa();
    data.parties.push(company("a0", "Anciens Réviseurs SRL", null));
    data.auditors.unshift({ link: "auditor:a0", partyId: "a0", start: "2022-06-14", end: "2025-06-10", ireNumber: null, representativeId: null });
    data.auditors[1] = { ...data.auditors[1]!, start: "2025-06-10", end: "2028-06-13" };
    expect(auditorFindings(inputOf(data))).toEqual([]);
  });

  it("history alone: no finding, even with nobody after it", () => {
    expect(auditorFindings(inputOf(withAuditor("2021-06-08", "2024-06-11", { ireNumber: null })))).toEqual([]);
  });
});

describe("AUD-03: a term ending at the next meeting (or ended) with no successor", () => {
  it("ends at the coming meeting: warning", () => {
    const f = one(inputOf(withAuditor("2023-06-13", "2026-06-09")), "AUD-03");
    expect(f).toMatchObject({ severity: "warning", target: { table: "auditors", row: 0, column: "end" } });
    expect(f.message).toEqual({
      fr: fr(
        "Le mandat du commissaire Réviseurs Test SRL prend fin le 09/06/2026, au plus tard à l'assemblée générale du 09/06/2026, et aucun successeur n'est repris. Vérifiez si l'assemblée générale a renouvelé le mandat ou nommé un autre commissaire, ou si la société n'en a plus besoin parce qu'elle est petite (art. 1:24 CSA, art. 3:72 CSA)⍽: il n'y a pas de prolongation tacite (art. 3:61 CSA). À mettre à jour dans AdminPulse, puis synchroniser à nouveau.",
      ),
      nl: "Het mandaat van commissaris Réviseurs Test SRL eindigt op 09/06/2026, uiterlijk op de algemene vergadering van 09/06/2026, en er is geen opvolger vermeld. Controleer of de algemene vergadering het mandaat hernieuwde of een andere commissaris benoemde, dan wel of de vennootschap er geen meer nodig heeft omdat ze klein is (art. 1:24 WVV, art. 3:72 WVV): er is geen stilzwijgende verlenging (art. 3:61 WVV). Bij te werken in AdminPulse, daarna opnieuw synchroniseren.",
      en: "The mandate of statutory auditor Réviseurs Test SRL ends on 09/06/2026, no later than the general meeting of 09/06/2026, and no successor is listed. Check whether the general meeting renewed the mandate or appointed another auditor, or whether the company no longer needs one because it is small (art. 1:24 BCCA, art. 3:72 BCCA): there is no tacit extension (art. 3:61 BCCA). Update it in AdminPulse, then sync again.",
    });
  });

  it("recorded on the end of its third year: in force on that year end, ends at the coming meeting; no AUD-02", () => {
    const found = auditorFindings(inputOf(withAuditor("2023-06-13", "2025-12-31")));
    expect(found.map((f) => [f.id, f.severity])).toEqual([["AUD-03", "warning"]]);
    expect(found[0]!.message).toEqual({
      fr: fr(
        "Le mandat du commissaire Réviseurs Test SRL, enregistré jusqu'au 31/12/2025 (fin de son dernier exercice), prend fin à l'assemblée générale du 09/06/2026, et aucun successeur n'est repris. Vérifiez si l'assemblée générale a renouvelé le mandat ou nommé un autre commissaire, ou si la société n'en a plus besoin parce qu'elle est petite (art. 1:24 CSA, art. 3:72 CSA)⍽: il n'y a pas de prolongation tacite (art. 3:61 CSA). À mettre à jour dans AdminPulse, puis synchroniser à nouveau.",
      ),
      nl: "Het mandaat van commissaris Réviseurs Test SRL, geregistreerd tot 31/12/2025 (einde van zijn laatste boekjaar), eindigt op de algemene vergadering van 09/06/2026, en er is geen opvolger vermeld. Controleer of de algemene vergadering het mandaat hernieuwde of een andere commissaris benoemde, dan wel of de vennootschap er geen meer nodig heeft omdat ze klein is (art. 1:24 WVV, art. 3:72 WVV): er is geen stilzwijgende verlenging (art. 3:61 WVV). Bij te werken in AdminPulse, daarna opnieuw synchroniseren.",
      en: "The mandate of statutory auditor Réviseurs Test SRL, recorded until 31/12/2025 (the end of its last financial year), ends at the general meeting of 09/06/2026, and no successor is listed. Check whether the general meeting renewed the mandate or appointed another auditor, or whether the company no longer needs one because it is small (art. 1:24 BCCA, art. 3:72 BCCA): there is no tacit extension (art. 3:61 BCCA). Update it in AdminPulse, then sync again.",
    });
  });

  it("ended since the reference date: warning", () => {
    const f = one(inputOf(withAuditor("2023-06-13", "2026-02-10")), "AUD-03");
    expect(f.severity).toBe("warning");
    expect(f.message.en).toBe(
      "The mandate of statutory auditor Réviseurs Test SRL ended on 10/02/2026 and no successor is listed. Check whether the general meeting renewed the mandate or appointed another auditor, or whether the company no longer needs one because it is small (art. 1:24 BCCA, art. 3:72 BCCA): there is no tacit extension (art. 3:61 BCCA). Update it in AdminPulse, then sync again.",
    );
    expectLocalized(f);
  });

  it("ended during the financial year: info only, and no AUD-02 or AUD-04 on it", () => {
    const found = auditorFindings(inputOf(withAuditor("2022-06-14", "2025-06-10", { ireNumber: null })));
    expect(found.map((f) => [f.id, f.severity])).toEqual([["AUD-03", "info"]]);
    expect(found[0]!.message).toEqual({
      fr: fr(
        "Le mandat du commissaire Réviseurs Test SRL a pris fin le 10/06/2025, pendant l'exercice, et aucun successeur n'est repris. Vérifiez si l'assemblée générale a renouvelé le mandat ou nommé un autre commissaire, ou si la société n'en a plus besoin parce qu'elle est petite (art. 1:24 CSA, art. 3:72 CSA)⍽: il n'y a pas de prolongation tacite (art. 3:61 CSA). À mettre à jour dans AdminPulse, puis synchroniser à nouveau.",
      ),
      nl: "Het mandaat van commissaris Réviseurs Test SRL liep af op 10/06/2025, tijdens het boekjaar, en er is geen opvolger vermeld. Controleer of de algemene vergadering het mandaat hernieuwde of een andere commissaris benoemde, dan wel of de vennootschap er geen meer nodig heeft omdat ze klein is (art. 1:24 WVV, art. 3:72 WVV): er is geen stilzwijgende verlenging (art. 3:61 WVV). Bij te werken in AdminPulse, daarna opnieuw synchroniseren.",
      en: "The mandate of statutory auditor Réviseurs Test SRL ended on 10/06/2025, during the financial year, and no successor is listed. Check whether the general meeting renewed the mandate or appointed another auditor, or whether the company no longer needs one because it is small (art. 1:24 BCCA, art. 3:72 BCCA): there is no tacit extension (art. 3:61 BCCA). Update it in AdminPulse, then sync again.",
    });
  });

  it("recorded on the previous year end: ended at this year's meeting, info", () => {
    const f = one(inputOf(withAuditor("2021-06-08", "2024-12-31")), "AUD-03");
    expect(f.severity).toBe("info");
    expect(f.message.en).toBe(
      "The mandate of statutory auditor Réviseurs Test SRL, recorded until 31/12/2024 (the end of its last financial year), ended at the general meeting held during the financial year, and no successor is listed. Check whether the general meeting renewed the mandate or appointed another auditor, or whether the company no longer needs one because it is small (art. 1:24 BCCA, art. 3:72 BCCA): there is no tacit extension (art. 3:61 BCCA). Update it in AdminPulse, then sync again.",
    );
    expectLocalized(f);
  });

  it("passes: a term running past the meeting; a successor listed (either way of recording the old term)", () => {
    expect(only(findings(inputOf(cleanSa())), "AUD-03")).toEqual([]);
    for (const oldEnd of ["2026-06-09", "2025-12-31"]) {
      const data = cleanSa();
      data.auditors = [
        { ...data.auditors[0]!, link: "auditor:a1@old", start: "2023-06-13", end: oldEnd },
        { ...data.auditors[0]!, link: "auditor:a1@new", start: "2026-06-09", end: "2029-06-12" },
      ];
      expect(auditorFindings(inputOf(data))).toEqual([]);
    }
  });
});

describe("AUD-04: an IRE/IBR number", () => {
  it("missing: warning that says where to look", () => {
    const data = cleanSa();
    data.auditors[0]!.ireNumber = null;
    const f = one(inputOf(data), "AUD-04");
    expect(f).toMatchObject({ severity: "warning", target: { table: "auditors", row: 0, column: "ireNumber" } });
    expect(f.message).toEqual({
      fr: "Le commissaire Réviseurs Test SRL n'a pas de numéro IRE. Seul un réviseur d'entreprises inscrit à l'IRE, ou un cabinet de révision inscrit, peut être commissaire. Recherchez son numéro dans le registre public de l'IRE. À compléter dans AdminPulse, puis synchroniser à nouveau.",
      nl: "Commissaris Réviseurs Test SRL heeft geen IBR-nummer. Alleen een bedrijfsrevisor die bij het IBR is ingeschreven, of een ingeschreven revisorenkantoor, kan commissaris zijn. Zoek het nummer op in het openbaar register van het IBR. Aan te vullen in AdminPulse, daarna opnieuw synchroniseren.",
      en: "Statutory auditor Réviseurs Test SRL has no IRE/IBR number. Only a réviseur d'entreprises registered with the IRE/IBR, or a registered audit firm, can be statutory auditor. Look up its number in the IRE/IBR public register. Add it in AdminPulse, then sync again.",
    });
  });

  it("passes with one; silent for a former auditor", () => {
    expect(only(findings(inputOf(cleanSa())), "AUD-04")).toEqual([]);
    expect(only(findings(inputOf(withAuditor("2019-06-11", "2022-06-14", { ireNumber: null }))), "AUD-04")).toEqual([]);
  });
});

describe("AUD-05: size figures that make a company not small, with no auditor in force (art. 1:24, 3:72)", () => {
  /** The SRL (no auditor) with size figures typed in the identification table. */
  function withFigures(figures: Record<string, string | number>, data: PermanentData = cleanSrl()): Input {
    const input = inputOf(data);
    for (const [field, value] of Object.entries(figures)) addManual(input.identification, { key: "", field, value, source: "" });
    return input;
  }

  it("reads the labels in FR, NL and EN", () => {
    expect(["ETP moyen", "Gemiddeld aantal VTE", "Average FTE", "effectif moyen (ETP)", "FTE:"].map(sizeFigureOf)).toEqual(Array(5).fill("fte"));
    expect(["Chiffre d'affaires", "Omzet (excl. btw)", "Turnover", "chiffre d’affaires (€)"].map(sizeFigureOf)).toEqual(Array(4).fill("turnover"));
    expect(["Total du bilan", "Balanstotaal", "Balance-sheet total", "Balance sheet total"].map(sizeFigureOf)).toEqual(Array(4).fill("balanceSheetTotal"));
    expect(["Chiffre", "Capital", "Omzet 2024", null].map(sizeFigureOf)).toEqual([null, null, null, null]);
  });

  it("reads numbers as Belgian accountants type them", () => {
    expect(["11.250.000", "11 250 000", "11250000,00", "€ 11.250.000", "11.250.000 €", "EUR 11.250.000", "11.250.000,00", 11250000].map(parseAmount)).toEqual(
      Array(8).fill(11_250_000),
    );
    expect(["11.250.000,50", "11,250,000.50"].map(parseAmount)).toEqual([11_250_000.5, 11_250_000.5]);
    expect(["52,3", "52.3", "52"].map(parseAmount)).toEqual([52.3, 52.3, 52]);
    expect(["", "n/a", "1.2.3,4", null].map(parseAmount)).toEqual([null, null, null, null]);
  });

  it("takes only rows added by hand, the first usable value of each figure", () => {
    const rows: CheckRow[] = [
      { index: 0, link: "CompanyName", cells: { key: "CompanyName", field: "Turnover", value: "99.000.000" } },
      { index: 1, link: null, cells: { field: "Omzet", value: "" } },
      { index: 2, link: null, cells: { field: "Chiffre d'affaires", value: "12.000.000" } },
      { index: 3, link: null, cells: { field: "Turnover", value: "1" } },
    ];
    expect(sizeFigures(rows)).toEqual({ fte: null, turnover: 12_000_000, balanceSheetTotal: null });
  });

  it("the limits by the year's start: 1 January 2024", () => {
    expect(smallCompanyLimits("2024-01-01")).toEqual({ fte: 50, turnover: 11_250_000, balanceSheetTotal: 6_000_000 });
    expect(smallCompanyLimits("2023-07-01")).toEqual({ fte: 50, turnover: 9_000_000, balanceSheetTotal: 4_500_000 });
  });

  it("two criteria exceeded, no auditor: warning", () => {
    const input = withFigures({ "ETP moyen": "62,5", "Chiffre d'affaires": "12.500.000", "Total du bilan": "€ 4.000.000" });
    const f = one(input, "AUD-05");
    expect(f).toMatchObject({ severity: "warning", source: "imported", target: { table: "auditors", row: null, column: null } });
    expect(f.message).toEqual({
      fr: fr(
        "Les chiffres de taille de la feuille dépassent 2 des 3 critères d'une petite société⍽: ETP moyen 62,5 (limite 50) et chiffre d'affaires 12⍽500⍽000⍽€ (limite 11⍽250⍽000⍽€)⍽; aucun commissaire n'est en fonction au 31/12/2025. Une société qui dépasse plus d'un critère n'est pas petite et n'est pas dispensée de nommer un commissaire (art. 1:24 CSA, art. 3:72 CSA). À vérifier⍽: les critères ne comptent que s'ils sont dépassés deux exercices consécutifs (le premier exercice est jugé sur ses propres chiffres)⍽; une société liée à d'autres est jugée sur les chiffres consolidés⍽; une société cotée n'est jamais petite. Si un commissaire est requis, l'assemblée générale le nomme. À compléter dans AdminPulse, puis synchroniser à nouveau.",
      ),
      nl: fr(
        "De omvangcijfers in het blad overschrijden 2 van de 3 criteria van een kleine vennootschap: gemiddeld aantal VTE 62,5 (grens 50) en omzet €⍽12.500.000 (grens €⍽11.250.000); er is geen commissaris in functie op 31/12/2025. Een vennootschap die meer dan één criterium overschrijdt, is niet klein en is niet vrijgesteld van de benoeming van een commissaris (art. 1:24 WVV, art. 3:72 WVV). Te controleren: de criteria tellen pas als ze twee opeenvolgende boekjaren worden overschreden (het eerste boekjaar wordt op zijn eigen cijfers beoordeeld); een vennootschap die met andere verbonden is, wordt op geconsolideerde cijfers beoordeeld; een genoteerde vennootschap is nooit klein. Is een commissaris vereist, dan benoemt de algemene vergadering er een. Aan te vullen in AdminPulse, daarna opnieuw synchroniseren.",
      ),
      en: "The size figures in the sheet exceed 2 of the 3 criteria of a small company: average FTE 62.5 (limit 50) and turnover €12,500,000 (limit €11,250,000); no statutory auditor is in force on 31/12/2025. A company that exceeds more than one criterion is not small and is not exempt from appointing a statutory auditor (art. 1:24 BCCA, art. 3:72 BCCA). To verify: the criteria count only when exceeded in two consecutive financial years (the first financial year is judged on its own figures); a company linked to others is judged on consolidated figures; a listed company is never small. If an auditor is required, the general meeting appoints one. Add it in AdminPulse, then sync again.",
    });
  });

  it("Dutch and English labels; the former limits for a year that began before 2024", () => {
    const figures = { "Gemiddeld aantal VTE": 12, Turnover: "10.000.000", Balanstotaal: "5 000 000" };
    expect(only(findings(withFigures(figures)), "AUD-05")).toEqual([]);
    const before = setField(withFigures(figures), "FiscalYearEnd", "2023-12-31");
    const f = one(before, "AUD-05");
    expect(f.message.en).toContain(
      "exceed 2 of the 3 criteria of a small company: turnover €10,000,000 (limit €9,000,000) and balance-sheet total €5,000,000 (limit €4,500,000); no statutory auditor is in force on 31/12/2023.",
    );
    expectLocalized(f);
  });

  it("passes: an auditor in force (a term recorded to the year end included); one criterion; no figures; an association", () => {
    const big = { "Average FTE": 80, Turnover: "20.000.000", "Balance-sheet total": "15.000.000" };
    expect(only(findings(withFigures(big, cleanSa())), "AUD-05")).toEqual([]);
    expect(only(findings(withFigures(big, withAuditor("2023-06-13", "2025-12-31"))), "AUD-05")).toEqual([]);
    expect(only(findings(withFigures({ "Average FTE": 80, Turnover: "2.000.000", "Balance-sheet total": "1.000.000" })), "AUD-05")).toEqual([]);
    expect(only(findings(withFigures({ "Average FTE": 80 })), "AUD-05")).toEqual([]);
    expect(only(findings(inputOf(cleanSrl())), "AUD-05")).toEqual([]);
    expect(only(findings(setField(withFigures(big), "LegalForm", "ASBL")), "AUD-05")).toEqual([]);
    expect(only(findings(setField(withFigures(big), "LegalForm", "Fondation privée")), "AUD-05")).toEqual([]);
    // A former auditor only: the company has none in force.
    expect(only(findings(withFigures(big, withAuditor("2019-06-11", "2022-06-14"))), "AUD-05")).toHaveLength(1);
  });
});
