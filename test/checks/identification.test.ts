// ID-01 … ID-05 over the identification table, imported and typed by hand.

import { LANGUAGES } from "../../src/i18n/language";
import { LEGAL_FORMS, legalFormInfoLabel } from "../../src/permanent-data/legal-forms";
import { cleanSrl, expectLocalized, fieldRow, findings, ids, inputOf, one, only, setField } from "./support";

const clean = () => inputOf(cleanSrl());

describe("ID-01: enterprise number present, 10 digits, 0 or 1, mod 97", () => {
  it("a missing number is an error; where to fix follows the row's provenance", () => {
    const input = setField(clean(), "EnterpriseNumber", "");
    const f = one(input, "ID-01");
    expect(f).toMatchObject({ severity: "error", source: "imported", target: { table: "identification", row: 1, column: "value" } });
    expect(f.message.en).toBe(
      "The enterprise number is missing: without it the company cannot be identified or linked to AdminPulse, and nothing can be filed. Add it in AdminPulse, then sync again.",
    );
    expectLocalized(f);

    fieldRow(input, "EnterpriseNumber").link = null;
    const manual = one(input, "ID-01");
    expect(manual.source).toBe("manual");
    expect(manual.message.en).toBe(
      "The enterprise number is missing: without it the company cannot be identified or linked to AdminPulse, and nothing can be filed. Add it in the sheet (added by hand).",
    );
    expect(manual.message.fr).toContain("À compléter dans la feuille");
    expect(manual.message.nl).toContain("Aan te vullen in het blad");
  });

  it("wrong check digits", () => {
    const f = one(setField(clean(), "EnterpriseNumber", "0566.988.258"), "ID-01");
    expect(f.message.en).toBe(
      "The enterprise number “0566.988.258” is not valid: its last two digits (the check digits) do not match the first eight. Filings and the link with AdminPulse need the company's exact number. Fix it in AdminPulse, then sync again.",
    );
    expectLocalized(f);
    expect(f.message.fr).toContain("«\u00a00566.988.258\u00a0»");
  });

  it("wrong length, letters, first digit 9", () => {
    expect(one(setField(clean(), "EnterpriseNumber", "12345"), "ID-01").message.en).toContain("is not valid: an enterprise number has 10 digits.");
    expect(one(setField(clean(), "EnterpriseNumber", "n/a"), "ID-01").message.en).toContain("“n/a” is not valid: an enterprise number has 10 digits.");
    expect(one(setField(clean(), "EnterpriseNumber", "9566988259"), "ID-01").message.en).toContain("is not valid: an enterprise number starts with 0 or 1.");
  });

  it("valid numbers pass however they are written", () => {
    for (const value of ["0566.988.259", "BE 0566 988 259", "566988259", 566988259, "1002.345.639"]) {
      expect(ids(findings(setField(clean(), "EnterpriseNumber", value)))).not.toContain("ID-01");
    }
  });
});

describe("ID-02: an establishment-unit number", () => {
  it("a 2–8 number is also an ID-01 error (first digit)", () => {
    const input = setField(clean(), "EnterpriseNumber", "2.145.678.996");
    const f = one(input, "ID-02");
    expect(f).toMatchObject({ severity: "warning", target: { table: "identification", row: 1, column: "value" } });
    expect(f.message.en).toBe(
      "The number “2.145.678.996” starts with 2: it is the number of an establishment unit, not of the company. Filings, the VAT number and AdminPulse use the company's own number, which starts with 0 or 1. Fix it in AdminPulse, then sync again.",
    );
    expectLocalized(f);
    expect(one(input, "ID-01").message.en).toContain("an enterprise number starts with 0 or 1");
  });

  it("a company number is not one", () => {
    expect(only(findings(clean()), "ID-02")).toEqual([]);
  });
});

describe("ID-03: legal form present and known; a pre-2019 form is a warning", () => {
  it("missing", () => {
    const f = one(setField(clean(), "LegalForm", ""), "ID-03");
    expect(f).toMatchObject({ severity: "error", target: { table: "identification", row: 2, column: "value" } });
    expect(f.message.en).toBe(
      "The legal form is missing. The checks on directors, shareholders and the general meeting depend on it. Add it in AdminPulse, then sync again.",
    );
    expectLocalized(f);
  });

  it("unknown", () => {
    const f = one(setField(clean(), "LegalForm", "Société fantaisiste"), "ID-03");
    expect(f.severity).toBe("error");
    expect(f.message.en).toBe(
      "“Société fantaisiste” is not a known Belgian legal form. The checks on directors, shareholders and the general meeting depend on it. Fix it in AdminPulse, then sync again.",
    );
    expectLocalized(f);
  });

  it("pre-2019 (BVBA): a warning naming the form it became, what to verify, in each language's words", () => {
    const f = one(setField(clean(), "LegalForm", "BVBA"), "ID-03");
    expect(f.severity).toBe("warning");
    expect(f.message).toEqual({
      en: "The legal form SPRL/BVBA no longer exists under the 2019 Code of Companies and Associations. Since 1 January 2024 at the latest, the company is an SRL/BV by law (law of 23 March 2019 introducing the Code of Companies and Associations). Check the form in the Crossroads Bank for Enterprises and record the current one. Fix it in AdminPulse, then sync again.",
      fr: "La forme juridique SPRL n'existe plus depuis le Code des sociétés et des associations de 2019. Depuis le 1er janvier 2024 au plus tard, la société est de plein droit une SRL (loi du 23 mars 2019 introduisant le Code des sociétés et des associations). Vérifiez la forme inscrite à la Banque-Carrefour des Entreprises et enregistrez la forme actuelle. À corriger dans AdminPulse, puis synchroniser à nouveau.",
      nl: "De rechtsvorm BVBA bestaat niet meer sinds het Wetboek van vennootschappen en verenigingen van 2019. Uiterlijk sinds 1 januari 2024 is de vennootschap van rechtswege een BV (wet van 23 maart 2019 tot invoering van het Wetboek van vennootschappen en verenigingen). Controleer de rechtsvorm in de Kruispuntbank van Ondernemingen en registreer de huidige rechtsvorm. Te corrigeren in AdminPulse, daarna opnieuw synchroniseren.",
    });
  });

  it("an SCRL/CVBA became an SRL/BV unless it met the cooperative definition (art. 6:1): says so, not that it became an SC", () => {
    const f = one(setField(clean(), "LegalForm", "CVBA"), "ID-03");
    expect(f.severity).toBe("warning");
    expect(f.message).toEqual({
      en: "The legal form SCRL/CVBA no longer exists under the 2019 Code of Companies and Associations. An SCRL/CVBA that did not meet the definition of a cooperative (art. 6:1 BCCA) became an SRL/BV by law on 1 January 2024 (law of 23 March 2019 introducing the Code of Companies and Associations); one that met it has been an SC/CV since the Code applied to it. Check which in the articles of association and the Crossroads Bank for Enterprises, and record the current form. Fix it in AdminPulse, then sync again.",
      fr: `La forme juridique SCRL n'existe plus depuis le Code des sociétés et des associations de 2019. Une SCRL qui ne répondait pas à la définition de la coopérative (art. 6:1 CSA) est devenue de plein droit une SRL le 1er janvier 2024 (loi du 23 mars 2019 introduisant le Code des sociétés et des associations)\u00a0; celle qui y répondait est une SC depuis que le Code lui est applicable. Vérifiez laquelle dans les statuts et à la Banque-Carrefour des Entreprises, et enregistrez la forme actuelle. À corriger dans AdminPulse, puis synchroniser à nouveau.`,
      nl: "De rechtsvorm CVBA bestaat niet meer sinds het Wetboek van vennootschappen en verenigingen van 2019. Een CVBA die niet aan de definitie van de coöperatie voldeed (art. 6:1 WVV), werd op 1 januari 2024 van rechtswege een BV (wet van 23 maart 2019 tot invoering van het Wetboek van vennootschappen en verenigingen); een die er wel aan voldeed, is een CV sinds het Wetboek erop van toepassing is. Controleer welke in de statuten en in de Kruispuntbank van Ondernemingen, en registreer de huidige rechtsvorm. Te corrigeren in AdminPulse, daarna opnieuw synchroniseren.",
    });
  });

  it("the other conversions of 1 January 2024", () => {
    const conversion = (raw: string) => one(setField(clean(), "LegalForm", raw), "ID-03").message.en.split(". ")[1];
    const law = "(law of 23 March 2019 introducing the Code of Companies and Associations)";
    expect(conversion("SCRI")).toBe(`Since 1 January 2024 at the latest, the company is an SNC/VOF by law ${law}`);
    expect(conversion("GCV")).toBe(`Since 1 January 2024 at the latest, the company is an SComm/CommV by law ${law}`);
    expect(conversion("SCA")).toBe(`Since 1 January 2024 at the latest, the company is an SA/NV with a sole director by law ${law}`);
    expect(conversion("Landbouwvennootschap")).toBe(
      `Since 1 January 2024 at the latest, the company is an SNC/VOF by law, or an SComm/CommV if it had silent partners ${law}`,
    );
    expect(conversion("GIE")).toBe(`Since 1 January 2024 at the latest, the grouping is an SNC/VOF by law ${law}`);
    const union = one(setField(clean(), "LegalForm", "Union professionnelle"), "ID-03");
    expect(union.severity).toBe("warning");
    expect(union.message.en).toBe(
      "The legal form professional union no longer exists under the 2019 Code of Companies and Associations. The professional union has probably become an ASBL/VZW. Check it in the articles of association and the Crossroads Bank for Enterprises, and record the current form. Fix it in AdminPulse, then sync again.",
    );
    expect(union.message.fr).toContain("L'union professionnelle est probablement devenue une ASBL.");
    expect(union.message.nl).toContain("De beroepsvereniging is waarschijnlijk een VZW geworden.");
    const agricultural = one(setField(clean(), "LegalForm", "Société agricole"), "ID-03").message;
    expect(agricultural.fr).toContain("la société est de plein droit une SNC, ou une SComm si elle avait des associés commanditaires");
    expect(agricultural.nl).toContain("van rechtswege een VOF, of een CommV als ze stille vennoten had");
  });

  it("a pre-2019 form is silent for a financial year that ended before 1 January 2024", () => {
    expect(only(findings(setField(setField(clean(), "LegalForm", "SPRL"), "FiscalYearEnd", "2023-12-31")), "ID-03")).toEqual([]);
    expect(only(findings(setField(setField(clean(), "LegalForm", "SCA"), "FiscalYearEnd", "2023-06-30")), "ID-03")).toEqual([]);
    expect(one(setField(setField(clean(), "LegalForm", "SPRL"), "FiscalYearEnd", "2024-01-01"), "ID-03").severity).toBe("warning");
    // Without a year end, today (2026) is the reference date.
    expect(one(setField(setField(clean(), "LegalForm", "SPRL"), "FiscalYearEnd", ""), "ID-03").severity).toBe("warning");
  });

  it("recognises the European forms and a branch of a foreign company; unknown forms stay errors", () => {
    for (const raw of [
      "SE",
      "Societas Europaea",
      "Europese vennootschap",
      "SCE",
      "GEIE",
      "EESV",
      "EEIG",
      "Succursale",
      "Bijkantoor",
      "Branch of a foreign company",
    ]) {
      expect({ raw, found: only(findings(setField(clean(), "LegalForm", raw)), "ID-03") }).toEqual({ raw, found: [] });
    }
    for (const raw of ["GmbH", "Ltd", "Stichting"]) expect(one(setField(clean(), "LegalForm", raw), "ID-03").severity).toBe("error");
  });

  it("every label the identification table shows, in every language, is recognised", () => {
    for (const form of LEGAL_FORMS) {
      for (const language of LANGUAGES) {
        const label = legalFormInfoLabel(form, language);
        const found = only(findings(setField(clean(), "LegalForm", label)), "ID-03");
        expect({ label, found: found.map((f) => f.severity) }).toEqual({ label, found: form.preCsa ? ["warning"] : [] });
      }
    }
    for (const label of ["SRL – société à responsabilité limitée", "SRL/BV – private limited company", "BV – besloten vennootschap", "S.R.L."]) {
      expect(only(findings(setField(clean(), "LegalForm", label)), "ID-03")).toEqual([]);
    }
  });

  it("a sole proprietor has no legal form: silent, whether AdminPulse says so or the cell does", () => {
    const data = cleanSrl();
    data.company.soleProprietor = true;
    data.company.legalForm = null;
    data.directors = [];
    data.shareholders = [];
    expect(only(findings(inputOf(data)), "ID-03")).toEqual([]);

    const sheetOnly = { ...inputOf(data), company: null };
    expect(only(findings(sheetOnly), "ID-03")).toEqual([]);
    expect(only(findings(setField(sheetOnly, "LegalForm", "Eenmanszaak")), "ID-03")).toEqual([]);
  });
});

describe("ID-04: Belgian postal code, 4 digits in 1000–9992", () => {
  it("fails", () => {
    const f = one(setField(clean(), "PostalCode", "123"), "ID-04");
    expect(f).toMatchObject({ severity: "error", target: { table: "identification", row: 6, column: "value" } });
    expect(f.message.en).toBe(
      "The postal code “123” is not a Belgian postal code (4 digits, from 1000 to 9992). Mail and official documents need the exact address of the registered office. Fix it in AdminPulse, then sync again.",
    );
    expectLocalized(f);
    expect(ids(findings(setField(clean(), "PostalCode", "9999")))).toContain("ID-04");
  });

  it("passes: Belgian codes however written, foreign addresses, an empty code (ID-05's)", () => {
    for (const value of ["5000", "B-5000", 5000, "1000", "9992"]) expect(ids(findings(setField(clean(), "PostalCode", value)))).not.toContain("ID-04");
    const abroad = setField(setField(clean(), "Country", "FR"), "PostalCode", "59000");
    expect(ids(findings(abroad))).not.toContain("ID-04");
    expect(ids(findings(setField(clean(), "PostalCode", "")))).not.toContain("ID-04");
  });
});

describe("ID-05: address incomplete", () => {
  it("one warning listing what is missing, at the first missing field", () => {
    const input = setField(setField(clean(), "Street", ""), "Number", null);
    const f = one(input, "ID-05");
    expect(f).toMatchObject({ severity: "warning", target: { table: "identification", row: 3, column: "value" } });
    expect(f.message.en).toBe(
      "The company's address is incomplete (missing: street and number). Official documents and filings need the full address of the registered office. Add it in AdminPulse, then sync again.",
    );
    expect(f.message.fr).toContain("(manque\u00a0: rue et numéro)");
    expect(f.message.nl).toContain("(ontbreekt: straat en nummer)");
    expectLocalized(f);
  });

  it("a complete address passes", () => {
    expect(only(findings(clean()), "ID-05")).toEqual([]);
  });
});

it("without an identification table (Run checks on a sheet without one) the identification rules stay silent", () => {
  const input = { ...clean(), identification: [], company: null };
  const found = ids(findings(input));
  expect(found.filter((id) => id.startsWith("ID-") || id.startsWith("GA-"))).toEqual([]);
});
