// GA-01 … GA-04: the general meeting and the filing deadline.

import { EN, cleanSrl, company, expectLocalized, fieldRow, findings, holding, ids, type Input, inputOf, one, only, setField } from "./support";

const clean = () => inputOf(cleanSrl());

const NB = "\u00a0";

/** The findings of the meeting and identification rules (other modules judge other things). */
const mine = (input: Input) => findings(input).filter((f) => f.id.startsWith("GA-") || f.id.startsWith("ID-"));
const withForm = (raw: string, code: string | null, options: { today?: string; legalPartner?: boolean } = {}) => {
  const data = cleanSrl();
  data.company.legalForm = { raw, code, preCsa: false };
  // Thomas's 40 % held instead by a company: a partner who may be a limited-liability company.
  if (options.legalPartner) {
    data.parties.push(company("h1", "Gestion Test SRL", EN.holding));
    data.shareholders[1] = holding("h1", 40, 100);
  }
  return inputOf(data, options);
};

describe("GA-01: general-meeting date present, by entity family", () => {
  it("missing, for a company: an error citing art. 3:1 §1", () => {
    const f = one(setField(clean(), "GeneralMeetingDate", ""), "GA-01");
    expect(f).toMatchObject({ severity: "error", source: "imported", target: { table: "identification", row: 10, column: "value" } });
    expect(f.message).toEqual({
      en: "The date of the general meeting of the company is missing. The annual accounts must be submitted to the general meeting within 6 months after the financial-year end (art. 3:1 §1 BCCA), and the filing deadline depends on its date. Add it in AdminPulse, then sync again.",
      fr: "La date de l'assemblée générale de la société manque. Les comptes annuels doivent être soumis à l'assemblée générale dans les 6 mois après la clôture de l'exercice (art. 3:1 §1 CSA), et le délai de dépôt dépend de sa date. À compléter dans AdminPulse, puis synchroniser à nouveau.",
      nl: "De datum van de algemene vergadering van de vennootschap ontbreekt. De jaarrekening moet binnen 6 maanden na het einde van het boekjaar aan de algemene vergadering worden voorgelegd (art. 3:1 §1 WVV), en de termijn voor neerlegging hangt van die datum af. Aan te vullen in AdminPulse, daarna opnieuw synchroniseren.",
    });
  });

  it("not a date (typed by hand)", () => {
    const input = setField(clean(), "GeneralMeetingDate", "next June");
    fieldRow(input, "GeneralMeetingDate").link = null;
    const f = one(input, "GA-01");
    expect(f).toMatchObject({ severity: "error", source: "manual" });
    expect(f.message.en).toBe(
      "The general meeting date “next June” is not a date. The annual accounts must be submitted to the general meeting within 6 months after the financial-year end (art. 3:1 §1 BCCA), and the filing deadline depends on its date. Fix it in the sheet (added by hand).",
    );
    expectLocalized(f);
  });

  it("missing, for an association: an error that says the association", () => {
    const f = one(setField(withForm("ASBL", "017"), "GeneralMeetingDate", ""), "GA-01");
    expect(f.severity).toBe("error");
    expect(f.message).toEqual({
      en: "The date of the general meeting of the association is missing. The association's general meeting approves the annual accounts within 6 months after the financial-year end, and the filing deadline depends on its date. Add it in AdminPulse, then sync again.",
      fr: "La date de l'assemblée générale de l'association manque. L'assemblée générale de l'association approuve les comptes annuels dans les 6 mois après la clôture de l'exercice, et le délai de dépôt dépend de sa date. À compléter dans AdminPulse, puis synchroniser à nouveau.",
      nl: "De datum van de algemene vergadering van de vereniging ontbreekt. De algemene vergadering van de vereniging keurt de jaarrekening goed binnen 6 maanden na het einde van het boekjaar, en de termijn voor neerlegging hangt van die datum af. Aan te vullen in AdminPulse, daarna opnieuw synchroniseren.",
    });
  });

  it("missing, for a partnership (SNC): a warning only, saying what to verify", () => {
    const input = setField(withForm("SNC", "011"), "GeneralMeetingDate", "");
    const f = one(input, "GA-01");
    expect(f.severity).toBe("warning");
    expect(f.message).toEqual({
      en: "The date of the general meeting of the partnership is missing. The Code imposes no general meeting on the partnership: the partners approve the annual accounts as their agreement says. Check the partnership agreement: if it provides a meeting, record its date. Add it in AdminPulse, then sync again.",
      fr: `La date de l'assemblée générale de la SNC manque. Pour la SNC, le Code n'impose pas d'assemblée générale${NB}: les associés approuvent les comptes annuels comme le prévoit leur convention. Vérifiez la convention de société${NB}: si elle prévoit une assemblée, enregistrez sa date. À compléter dans AdminPulse, puis synchroniser à nouveau.`,
      nl: "De datum van de algemene vergadering van de VOF ontbreekt. Voor de VOF legt het Wetboek geen algemene vergadering op: de vennoten keuren de jaarrekening goed zoals hun overeenkomst bepaalt. Controleer de vennootschapsovereenkomst: voorziet die een vergadering, registreer dan de datum ervan. Aan te vullen in AdminPulse, daarna opnieuw synchroniseren.",
    });
    // A legal file: no error among the identification and meeting findings.
    expect(mine(input).filter((x) => x.severity === "error")).toEqual([]);
  });

  it("passes with a date, also typed as text dd/mm/yyyy", () => {
    expect(only(findings(clean()), "GA-01")).toEqual([]);
    expect(only(findings(setField(clean(), "GeneralMeetingDate", "09/06/2026")), "GA-01")).toEqual([]);
    expect(only(findings(withForm("SNC", "011")), "GA-01")).toEqual([]);
  });

  it("silent for a foundation (its board approves the accounts), a sole proprietor and a branch of a foreign company", () => {
    for (const [raw, code] of [
      ["Fondation privée", "026"],
      ["Stichting van openbaar nut", "029"],
    ] as const) {
      const input = setField(withForm(raw, code), "GeneralMeetingDate", "");
      expect(only(findings(input), "GA-01")).toEqual([]);
      expect(mine(input).filter((x) => x.severity === "error")).toEqual([]);
    }
    const sole = cleanSrl();
    sole.company.soleProprietor = true;
    sole.company.legalForm = null;
    sole.company.generalMeetingDate = null;
    sole.directors = [];
    sole.shareholders = [];
    expect(ids(findings(inputOf(sole))).filter((id) => id.startsWith("GA-"))).toEqual([]);
    const branch = setField(withForm("Succursale", null), "GeneralMeetingDate", "");
    expect(ids(findings(branch)).filter((id) => id.startsWith("GA-"))).toEqual([]);
  });
});

describe("GA-02: meeting not before the financial-year end", () => {
  it("fails", () => {
    const f = one(setField(clean(), "GeneralMeetingDate", "2025-11-30"), "GA-02");
    expect(f).toMatchObject({ severity: "error", target: { table: "identification", row: 10, column: "value" } });
    expect(f.message.en).toBe(
      "The general meeting (30/11/2025) is before the financial-year end (31/12/2025). A meeting cannot approve the accounts of a year that has not ended yet. Fix it in AdminPulse, then sync again.",
    );
    expectLocalized(f);
  });

  it("passes on the year end itself and after; silent without a year end", () => {
    expect(only(findings(setField(clean(), "GeneralMeetingDate", "2025-12-31")), "GA-02")).toEqual([]);
    expect(only(findings(setField(setField(clean(), "FiscalYearEnd", ""), "GeneralMeetingDate", "2020-01-01")), "GA-02")).toEqual([]);
  });
});

describe("GA-03: meeting within 6 months after the year end", () => {
  it("fails for a company: a warning citing art. 3:1 §1, saying what to verify", () => {
    const f = one(setField(clean(), "GeneralMeetingDate", "2026-07-01"), "GA-03");
    expect(f.severity).toBe("warning");
    expect(f.message).toEqual({
      en: "The general meeting (01/07/2026) is more than 6 months after the financial-year end (31/12/2025). The annual accounts must be submitted to the general meeting within 6 months, by 30/06/2026 (art. 3:1 §1 BCCA). Check the date: if it is right, the approval is late. Fix it in AdminPulse, then sync again.",
      fr: `L'assemblée générale (01/07/2026) a lieu plus de 6 mois après la clôture de l'exercice (31/12/2025). Les comptes annuels doivent être soumis à l'assemblée générale dans les 6 mois, au plus tard le 30/06/2026 (art. 3:1 §1 CSA). Vérifiez la date${NB}: si elle est exacte, l'approbation est tardive. À corriger dans AdminPulse, puis synchroniser à nouveau.`,
      nl: "De algemene vergadering (01/07/2026) valt meer dan 6 maanden na het einde van het boekjaar (31/12/2025). De jaarrekening moet binnen 6 maanden aan de algemene vergadering worden voorgelegd, uiterlijk op 30/06/2026 (art. 3:1 §1 WVV). Controleer de datum: klopt die, dan is de goedkeuring laattijdig. Te corrigeren in AdminPulse, daarna opnieuw synchroniseren.",
    });
  });

  it("says the association, the foundation (art. 3:51 §1) and the partnership", () => {
    const late = (raw: string, code: string | null) => one(setField(withForm(raw, code), "GeneralMeetingDate", "2026-07-01"), "GA-03");
    expect(late("VZW", "017").message.en).toBe(
      "The general meeting (01/07/2026) is more than 6 months after the financial-year end (31/12/2025). The association's general meeting approves the annual accounts within 6 months, by 30/06/2026. Check the date: if it is right, the approval is late. Fix it in AdminPulse, then sync again.",
    );
    const foundation = late("Fondation privée", "026");
    expect(foundation.message.en).toBe(
      "The date recorded as the general meeting (01/07/2026) is more than 6 months after the financial-year end (31/12/2025). A foundation has no general meeting: its board draws up and approves the annual accounts within 6 months, by 30/06/2026 (art. 3:51 §1 BCCA). Check the date: if it is right, the approval is late. Fix it in AdminPulse, then sync again.",
    );
    expect(foundation.message.fr).toContain(
      `Une fondation n'a pas d'assemblée générale${NB}: son organe d'administration établit et approuve les comptes annuels dans les 6 mois, au plus tard le 30/06/2026 (art. 3:51 §1 CSA).`,
    );
    expect(foundation.message.nl).toContain(
      "Een stichting heeft geen algemene vergadering: haar bestuursorgaan stelt de jaarrekening op en keurt ze goed binnen 6 maanden, uiterlijk op 30/06/2026 (art. 3:51 §1 WVV).",
    );
    const partnership = late("SComm", "612");
    expect(partnership.severity).toBe("warning");
    expect(partnership.message.en).toBe(
      "The general meeting (01/07/2026) is more than 6 months after the financial-year end (31/12/2025). The Code imposes no general meeting on the partnership: the partners approve the annual accounts as their agreement says. Check the date and what the partnership agreement provides. Fix it in AdminPulse, then sync again.",
    );
    expect(partnership.message.fr).toContain("Pour la SComm, le Code n'impose pas d'assemblée générale");
    expect(partnership.message.nl).toContain("Voor de CommV legt het Wetboek geen algemene vergadering op");
  });

  it("passes on the last day; a year ending in February counts to the end of August", () => {
    expect(only(findings(setField(clean(), "GeneralMeetingDate", "2026-06-30")), "GA-03")).toEqual([]);
    const february = setField(setField(clean(), "FiscalYearEnd", "2026-02-28"), "GeneralMeetingDate", "2026-08-31");
    expect(only(findings(february), "GA-03")).toEqual([]);
  });
});

describe("GA-04: filing deadline, stated conditionally, at the place the family files", () => {
  it("a company: info before the deadline, min(meeting + 30 days, year end + 7 months), at the National Bank (art. 3:10)", () => {
    const f = one(clean(), "GA-04");
    expect(f).toMatchObject({ severity: "info", target: { table: "identification", row: 10, column: "value" } });
    expect(f.message).toEqual({
      en: "If the annual accounts for the financial year ended 31/12/2025 are not filed yet, they must be filed with the National Bank by 09/07/2026: within 30 days after the general meeting, and at the latest 7 months after the financial-year end (art. 3:10 BCCA).",
      fr: `Si les comptes annuels de l'exercice clôturé le 31/12/2025 ne sont pas encore déposés, ils doivent l'être à la Banque nationale au plus tard le 09/07/2026${NB}: dans les 30 jours après l'assemblée générale, et au plus tard 7 mois après la clôture de l'exercice (art. 3:10 CSA).`,
      nl: "Als de jaarrekening over het boekjaar afgesloten op 31/12/2025 nog niet is neergelegd, moet ze uiterlijk op 09/07/2026 bij de Nationale Bank worden neergelegd: binnen 30 dagen na de algemene vergadering, en uiterlijk 7 maanden na het einde van het boekjaar (art. 3:10 WVV).",
    });
    // A late meeting: the 7 months win.
    expect(one(setField(clean(), "GeneralMeetingDate", "2026-07-15"), "GA-04").message.en).toContain("by 31/07/2026:");
    // No meeting: the 7 months, pointing at the year end.
    const noMeeting = one(setField(clean(), "GeneralMeetingDate", ""), "GA-04");
    expect(noMeeting.message.en).toContain("by 31/07/2026:");
    expect(noMeeting.target).toEqual({ table: "identification", row: 9, column: "value" });
    // The meeting is today: not past yet.
    expect(one(inputOf(cleanSrl(), { today: "2026-06-09" }), "GA-04").severity).toBe("info");
  });

  it("a company: a warning once today is past the deadline, with the National Bank's surcharges (tariefverhoging, à partir du 9e mois)", () => {
    const f = one(setField(inputOf(cleanSrl(), { today: "2026-08-01" }), "GeneralMeetingDate", ""), "GA-04");
    expect(f.severity).toBe("warning");
    expect(f.message).toEqual({
      en: "If the annual accounts for the financial year ended 31/12/2025 are not filed yet, the deadline for filing them with the National Bank (31/07/2026) has passed: file them without delay; the National Bank's late-filing surcharges apply from the 9th month after the financial-year end (art. 3:10 BCCA). If the dates are wrong, fix them in AdminPulse, then sync again.",
      fr: `Si les comptes annuels de l'exercice clôturé le 31/12/2025 ne sont pas encore déposés, le délai de dépôt à la Banque nationale (31/07/2026) est dépassé${NB}: déposez-les sans tarder${NB}; les majorations tarifaires de la Banque nationale pour dépôt tardif s'appliquent à partir du 9e mois après la clôture de l'exercice (art. 3:10 CSA). Si les dates sont fausses, corrigez-les dans AdminPulse, puis synchronisez à nouveau.`,
      nl: "Als de jaarrekening over het boekjaar afgesloten op 31/12/2025 nog niet is neergelegd, is de termijn om ze bij de Nationale Bank neer te leggen (31/07/2026) verstreken: leg ze onverwijld neer; de Nationale Bank past vanaf de 9e maand na het einde van het boekjaar een tariefverhoging voor laattijdige neerlegging toe (art. 3:10 WVV). Kloppen de datums niet, corrigeer ze dan in AdminPulse en synchroniseer opnieuw.",
    });
    expect(f.message.fr).not.toContain("commencent le 9e mois");
  });

  it("a recorded meeting already past: AdminPulse's next general meeting is out of date (record the next one), not 'file as soon as possible'", () => {
    const f = one(inputOf(cleanSrl(), { today: "2026-06-20" }), "GA-04");
    expect(f).toMatchObject({ severity: "warning", source: "imported", target: { table: "identification", row: 10, column: "value" } });
    expect(f.message).toEqual({
      en: "AdminPulse's next general meeting (09/06/2026) is already past: it is out of date. If the annual accounts for the financial year ended 31/12/2025 are not filed yet, they must be filed with the National Bank by 09/07/2026: within 30 days after the general meeting, and at the latest 7 months after the financial-year end (art. 3:10 BCCA). Record the date of the next general meeting. Update it in AdminPulse, then sync again.",
      fr: `La prochaine assemblée générale dans AdminPulse (09/06/2026) est déjà passée${NB}: cette date n'est plus à jour. Si les comptes annuels de l'exercice clôturé le 31/12/2025 ne sont pas encore déposés, ils doivent l'être à la Banque nationale au plus tard le 09/07/2026${NB}: dans les 30 jours après l'assemblée générale, et au plus tard 7 mois après la clôture de l'exercice (art. 3:10 CSA). Enregistrez la date de la prochaine assemblée générale. À mettre à jour dans AdminPulse, puis synchroniser à nouveau.`,
      nl: "De volgende algemene vergadering in AdminPulse (09/06/2026) ligt al in het verleden: die datum is niet meer actueel. Als de jaarrekening over het boekjaar afgesloten op 31/12/2025 nog niet is neergelegd, moet ze uiterlijk op 09/07/2026 bij de Nationale Bank worden neergelegd: binnen 30 dagen na de algemene vergadering, en uiterlijk 7 maanden na het einde van het boekjaar (art. 3:10 WVV). Registreer de datum van de volgende algemene vergadering. Bij te werken in AdminPulse, daarna opnieuw synchroniseren.",
    });
    expect(f.message.en).not.toContain("as soon as possible");

    const passed = one(inputOf(cleanSrl(), { today: "2026-07-10" }), "GA-04");
    expect(passed.severity).toBe("warning");
    expect(passed.message.en).toBe(
      "AdminPulse's next general meeting (09/06/2026) is already past: it is out of date. If the annual accounts for the financial year ended 31/12/2025 are not filed yet, the deadline for filing them with the National Bank (09/07/2026) has passed: file them without delay; the National Bank's late-filing surcharges apply from the 9th month after the financial-year end (art. 3:10 BCCA). Record the date of the next general meeting. Update it in AdminPulse, then sync again.",
    );

    const manual = inputOf(cleanSrl(), { today: "2026-06-20" });
    fieldRow(manual, "GeneralMeetingDate").link = null;
    const typed = one(manual, "GA-04");
    expect(typed.source).toBe("manual");
    expect(typed.message.en).toMatch(
      /^The next general meeting in the sheet \(09\/06\/2026\) is already past: it is out of date\. .* Record the date of the next general meeting\. Update it in the sheet \(rows added by hand\)\.$/,
    );
    expectLocalized(typed);
  });

  it("a small ASBL: where it files stated conditionally (large: National Bank, small: registry), art. 3:47, no surcharges", () => {
    const input = withForm("ASBL", "017");
    const f = one(input, "GA-04");
    expect(f.severity).toBe("info");
    expect(f.message).toEqual({
      en: "If the annual accounts for the financial year ended 31/12/2025 are not filed yet, the association must file them by 09/07/2026 (within 30 days after the general meeting, and at the latest 7 months after the financial-year end): with the National Bank if it is a large association, at the registry of the enterprise court if it is a small one (art. 3:47 BCCA). The sheet does not show its size: check it.",
      fr: `Si les comptes annuels de l'exercice clôturé le 31/12/2025 ne sont pas encore déposés, l'association doit les déposer au plus tard le 09/07/2026 (dans les 30 jours après l'assemblée générale, et au plus tard 7 mois après la clôture de l'exercice)${NB}: à la Banque nationale si c'est une grande association, au greffe du tribunal de l'entreprise si c'est une petite (art. 3:47 CSA). La feuille n'indique pas sa taille${NB}: vérifiez-la.`,
      nl: "Als de jaarrekening over het boekjaar afgesloten op 31/12/2025 nog niet is neergelegd, moet de vereniging ze uiterlijk op 09/07/2026 neerleggen (binnen 30 dagen na de algemene vergadering, en uiterlijk 7 maanden na het einde van het boekjaar): bij de Nationale Bank als het een grote vereniging is, op de griffie van de ondernemingsrechtbank als het een kleine is (art. 3:47 WVV). Het blad toont de omvang niet: controleer die.",
    });
    // A legal file: a small ASBL with its meeting recorded raises no error here.
    expect(mine(input).filter((x) => x.severity === "error")).toEqual([]);

    const late = one(setField(withForm("ASBL", "017", { today: "2026-08-01" }), "GeneralMeetingDate", ""), "GA-04");
    expect(late.severity).toBe("warning");
    expect(late.message.en).toBe(
      "If the annual accounts for the financial year ended 31/12/2025 are not filed yet, the filing deadline (31/07/2026) has passed: the association must file them without delay, with the National Bank if it is a large association, at the registry of the enterprise court if it is a small one (art. 3:47 BCCA). The sheet does not show its size: check it. If the dates are wrong, fix them in AdminPulse, then sync again.",
    );
    for (const l of ["fr", "nl", "en"] as const) expect(late.message[l]).not.toMatch(/surcharge|majoration|tariefverhoging/);
  });

  it("a foundation: the board approves, art. 3:51", () => {
    const f = one(setField(withForm("Fondation privée", "026"), "GeneralMeetingDate", ""), "GA-04");
    expect(f.severity).toBe("info");
    expect(f.message.en).toBe(
      "If the annual accounts for the financial year ended 31/12/2025 are not filed yet, the foundation must file them by 31/07/2026 (within 30 days after the board approves them, and at the latest 7 months after the financial-year end): with the National Bank if it is a large foundation, at the registry of the enterprise court if it is a small one (art. 3:51 BCCA). The sheet does not show its size: check it.",
    );
    expect(f.message.fr).toContain(
      "la fondation doit les déposer au plus tard le 31/07/2026 (dans les 30 jours après leur approbation par l'organe d'administration",
    );
    expect(f.message.nl).toContain("moet de stichting ze uiterlijk op 31/07/2026 neerleggen (binnen 30 dagen na de goedkeuring door het bestuursorgaan");
  });

  it("a partnership: only when an unlimited partner is a limited-liability company, said conditionally", () => {
    // Partners who are all natural persons: no filing, no deadline.
    expect(only(findings(withForm("SNC", "011")), "GA-04")).toEqual([]);
    const f = one(withForm("SNC", "011", { legalPartner: true }), "GA-04");
    expect(f.severity).toBe("info");
    expect(f.message).toEqual({
      en: "If an unlimited partner of the partnership is a limited-liability company (an SA, SRL or SC, or a foreign equivalent), the partnership must file its annual accounts with the National Bank; otherwise no filing is required. Check who its partners are. If it must and the annual accounts for the financial year ended 31/12/2025 are not filed yet, the deadline is 09/07/2026: within 30 days after their approval, and at the latest 7 months after the financial-year end.",
      fr: `Si un associé indéfiniment responsable de la SNC est une société à responsabilité limitée (SA, SRL ou SC, ou leur équivalent étranger), la SNC doit déposer ses comptes annuels à la Banque nationale${NB}; sinon, aucun dépôt n'est requis. Vérifiez qui sont ses associés. Si un dépôt est requis et que les comptes annuels de l'exercice clôturé le 31/12/2025 ne sont pas encore déposés, le délai est le 09/07/2026${NB}: dans les 30 jours après leur approbation, et au plus tard 7 mois après la clôture de l'exercice.`,
      nl: "Als een onbeperkt aansprakelijke vennoot van de VOF een vennootschap met beperkte aansprakelijkheid is (een NV, BV of CV, of een buitenlands equivalent), moet de VOF de jaarrekening bij de Nationale Bank neerleggen; anders is geen neerlegging vereist. Controleer wie de vennoten zijn. Is neerlegging vereist en is de jaarrekening over het boekjaar afgesloten op 31/12/2025 nog niet neergelegd, dan is de termijn 09/07/2026: binnen 30 dagen na de goedkeuring, en uiterlijk 7 maanden na het einde van het boekjaar.",
    });
    const late = one(setField(withForm("SNC", "011", { today: "2026-08-01", legalPartner: true }), "GeneralMeetingDate", ""), "GA-04");
    expect(late.severity).toBe("warning");
    expect(late.message.en).toContain(
      "If it must and the annual accounts for the financial year ended 31/12/2025 are not filed yet, the deadline (31/07/2026) has passed: file them without delay; the National Bank's late-filing surcharges apply from the 9th month after the financial-year end.",
    );
    expect(late.message.nl).toContain("tariefverhoging");
    expect(late.message.fr).toContain("à partir du 9e mois");
  });

  it("silent without a year end, and for a branch of a foreign company", () => {
    expect(only(findings(setField(clean(), "FiscalYearEnd", "")), "GA-04")).toEqual([]);
    expect(only(findings(withForm("Bijkantoor", null)), "GA-04")).toEqual([]);
  });
});

describe("legal files raise no error in the identification and meeting rules", () => {
  it.each([
    ["a foundation without a meeting date", "Private stichting", "026", ""],
    ["an SNC without a meeting date", "VOF", "011", ""],
    ["a small ASBL", "VZW", "017", "2026-06-09"],
    ["an SC", "SC", "706", "2026-06-09"],
    ["an SE", "SE", null, "2026-06-09"],
  ])("%s", (_label, raw, code, meetingDate) => {
    const input = setField(withForm(raw, code), "GeneralMeetingDate", meetingDate);
    expect(mine(input).filter((f) => f.severity === "error")).toEqual([]);
    expect(only(findings(input), "ID-03")).toEqual([]);
  });

  it("an old form for a financial year ended before 2024", () => {
    const data = cleanSrl();
    data.company.legalForm = { raw: "BVBA", code: "015", preCsa: true };
    data.company.fiscalYearEnd = "2023-12-31";
    data.company.generalMeetingDate = "2024-06-11";
    const input = inputOf(data, { today: "2024-03-01" });
    expect(mine(input).filter((f) => f.severity !== "info")).toEqual([]);
  });
});

it("the reference date is the year end shown, else today", () => {
  // The only director's mandate ends on 31/01/2026: after the year end (31/12/2025), before today
  // (01/03/2026) and before the next general meeting (09/06/2026).
  const data = cleanSrl();
  data.directors[0]!.end = "2026-01-31";

  // With the year end as reference date she is in office: no DIR-01; her mandate, in force, ends
  // before the next general meeting, so DIR-06 says its renewal belongs on the agenda (an info).
  const withYearEnd = findings(inputOf(data));
  expect(only(withYearEnd, "DIR-01")).toEqual([]);
  expect(only(withYearEnd, "DIR-06").map((f) => ({ severity: f.severity, target: f.target, en: f.message.en }))).toEqual([
    {
      severity: "info",
      target: { table: "directors", row: 0, column: "end" },
      en: "The mandate of director Claire Fontaine ends on 31/01/2026, at or before the next general meeting (09/06/2026). Its renewal or the appointment of a successor belongs on that meeting's agenda. Once decided, update the mandate in AdminPulse, then sync again.",
    },
  ]);

  // Without a year end the reference date is today: her mandate is no longer in force, so nobody is
  // in office on 01/03/2026 (DIR-01), and DIR-06, which judges mandates in force, says nothing.
  const noYearEnd = findings(setField(inputOf(data), "FiscalYearEnd", ""));
  expect(only(noYearEnd, "DIR-06")).toEqual([]);
  expect(only(noYearEnd, "DIR-01").map((f) => ({ severity: f.severity, en: f.message.en }))).toEqual([
    {
      severity: "error",
      en: "No director is in office on 01/03/2026. A company is run and represented by at least one director (art. 5:70 BCCA). Update it in AdminPulse, then sync again.",
    },
  ]);
});
