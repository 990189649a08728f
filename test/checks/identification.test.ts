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

  it("pre-2019 (BVBA): a warning naming the form it became, in each language's words", () => {
    const f = one(setField(clean(), "LegalForm", "BVBA"), "ID-03");
    expect(f.severity).toBe("warning");
    expect(f.message.en).toBe(
      "The legal form SPRL/BVBA dates from before the 2019 Code of Companies and Associations: the company has been converted by law into an SRL/BV, and its legal form should say so. Fix it in AdminPulse, then sync again.",
    );
    expect(f.message.fr).toContain("La forme juridique SPRL date d'avant");
    expect(f.message.fr).toContain("convertie de plein droit en SRL");
    expect(f.message.nl).toContain("De rechtsvorm BVBA dateert");
    expect(f.message.nl).toContain("omgezet in een BV");
    expectLocalized(f);
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
    expect(f.message.fr).toContain("(manque : rue et numéro)");
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
