import {
  LEGAL_FORMS,
  entityFamily,
  identifyLegalForm,
  legalFormById,
  legalFormAbbreviation,
  legalFormInfo,
  legalFormInfoOf,
  legalFormLabel,
  recogniseLegalForm,
  stripLegalFormSuffix,
} from "../../src/permanent-data/legal-forms";
import type { LegalForm } from "../../src/permanent-data/model";

describe("recogniseLegalForm", () => {
  it.each([
    ["SRL", "610"],
    ["S.R.L.", "610"],
    ["srl", "610"],
    [" S R L ", "610"],
    ["BV", "610"],
    ["B.V.", "610"],
    ["bv", "610"],
    ["société à responsabilité limitée", "610"],
    ["Societe a responsabilite limitee", "610"],
    ["SOCIÉTÉ À RESPONSABILITÉ LIMITÉE", "610"],
    ["besloten vennootschap", "610"],
    ["Besloten Vennootschap", "610"],
    ["private limited company", "610"],
    ["SRL/BV", "610"],
    ["BV - besloten vennootschap", "610"],
    ["Besloten vennootschap (BV)", "610"],
    ["SA", "014"],
    ["S.A.", "014"],
    ["NV", "014"],
    ["N.V.", "014"],
    ["nv", "014"],
    ["Naamloze vennootschap", "014"],
    ["naamloze vennootschap", "014"],
    ["société anonyme", "014"],
    ["SA/NV", "014"],
    ["SC", "706"],
    ["CV", "706"],
    ["Société coopérative", "706"],
    ["Coöperatieve vennootschap", "706"],
    ["cooperatieve vennootschap", "706"],
    ["SNC", "011"],
    ["S.N.C.", "011"],
    ["VOF", "011"],
    ["V.O.F.", "011"],
    ["Vennootschap onder firma", "011"],
    ["société en nom collectif", "011"],
    ["SComm", "612"],
    ["S.Comm.", "612"],
    ["CommV", "612"],
    ["Comm.V.", "612"],
    ["Comm. V", "612"],
    ["Commanditaire vennootschap", "612"],
    ["société en commandite", "612"],
    ["ASBL", "017"],
    ["A.S.B.L.", "017"],
    ["asbl", "017"],
    ["VZW", "017"],
    ["vzw", "017"],
    ["v.z.w.", "017"],
    ["Association sans but lucratif", "017"],
    ["Vereniging zonder winstoogmerk", "017"],
    ["AISBL", "125"],
    ["IVZW", "125"],
    ["Internationale vereniging zonder winstoogmerk", "125"],
    ["Fondation privée", "026"],
    ["private stichting", "026"],
    ["Fondation d'utilité publique", "029"],
    ["Stichting van openbaar nut", "029"],
    ["BVBA", "015"],
    ["B.V.B.A.", "015"],
    ["SPRL", "015"],
    ["S.P.R.L.", "015"],
    ["Société privée à responsabilité limitée", "015"],
    ["Besloten vennootschap met beperkte aansprakelijkheid", "015"],
    ["SCRL", "008"],
    ["CVBA", "008"],
    ["Coöperatieve vennootschap met beperkte aansprakelijkheid", "008"],
    ["SCS", "012"],
    ["GCV", "012"],
    ["Gewone commanditaire vennootschap", "012"],
    ["SCA", "013"],
    ["Comm.VA", "013"],
    ["Commanditaire vennootschap op aandelen", "013"],
  ])("%j → %s", (raw, code) => {
    const form = recogniseLegalForm(raw);
    expect(form).toEqual({ raw, code, preCsa: expect.any(Boolean) });
  });

  it.each(["BVBA", "SPRL", "S.P.R.L.", "SCRL", "CVBA", "SCS", "GCV", "SCA", "Comm.VA", "SPRLU", "EBVBA", "SCRI", "CVOA"])("flags %s as pre-CSA", (raw) =>
    expect(recogniseLegalForm(raw)?.preCsa).toBe(true),
  );

  it.each(["SRL", "BV", "NV", "SA", "SC", "CV", "SNC", "VOF", "SComm", "CommV", "ASBL", "VZW", "AISBL", "maatschap"])("does not flag %s as pre-CSA", (raw) =>
    expect(recogniseLegalForm(raw)?.preCsa).toBe(false),
  );

  it("does not take the old BVBA for the new BV", () => {
    expect(recogniseLegalForm("besloten vennootschap met beperkte aansprakelijkheid")?.code).toBe("015");
    expect(recogniseLegalForm("besloten vennootschap")?.code).toBe("610");
  });

  it.each(["GmbH", "Ltd", "Eenmanszaak", "xyz", "S", "123", "SRLX", "stichting", "—", "()"])("gives code null and preCsa false for unknown %j", (raw) =>
    expect(recogniseLegalForm(raw)).toEqual({ raw, code: null, preCsa: false }),
  );

  it("gives null for null or blank text", () => {
    expect(recogniseLegalForm(null)).toBeNull();
    expect(recogniseLegalForm("")).toBeNull();
    expect(recogniseLegalForm("   ")).toBeNull();
  });

  it("never throws on odd input", () => {
    for (const raw of ["\u0000", "(((", "/", "-", " - ", "a".repeat(10_000), "😀 SRL", undefined as unknown as string, 42 as unknown as string]) {
      expect(() => recogniseLegalForm(raw)).not.toThrow();
    }
  });

  it("recognises a form without a certain code (maatschap) through identifyLegalForm", () => {
    const form = recogniseLegalForm("Maatschap");
    expect(form).toEqual({ raw: "Maatschap", code: null, preCsa: false });
    expect(legalFormInfoOf(form)?.id).toBe("simple-partnership");
    expect(identifyLegalForm("société simple")?.id).toBe("simple-partnership");
    expect(legalFormInfoOf(recogniseLegalForm("GmbH"))).toBeNull();
  });
});

describe("legalFormInfo", () => {
  it("finds a form by code, with or without leading zeros", () => {
    expect(legalFormInfo("610")?.id).toBe("srl");
    expect(legalFormInfo("014")?.id).toBe("sa");
    expect(legalFormInfo("14")?.id).toBe("sa");
    expect(legalFormInfo(" 017 ")?.id).toBe("asbl");
  });

  it("gives null for unknown or odd codes", () => {
    for (const code of [null, undefined, "", "999", "abc", "0140", "6 10"]) expect(legalFormInfo(code)).toBeNull();
  });

  it("holds the rules page's facts", () => {
    const info = (code: string) => legalFormInfo(code)!;
    expect(info("610")).toMatchObject({ management: "director", hasShares: true, minimumDirectors: 1, preCsa: false });
    expect(info("014")).toMatchObject({ management: "director", hasShares: true, minimumDirectors: 3, maximumMandateYears: 6 });
    expect(info("706")).toMatchObject({ management: "director", hasShares: true, minimumDirectors: 1 });
    expect(info("011")).toMatchObject({ management: "manager", hasShares: false, minimumDirectors: 1 });
    expect(info("612")).toMatchObject({ management: "manager", hasShares: false, minimumDirectors: 1 });
    expect(info("017")).toMatchObject({ management: "director", hasShares: false, minimumDirectors: 3 });
    expect(info("125")).toMatchObject({ hasShares: false, minimumDirectors: null });
    expect(info("026")).toMatchObject({ minimumDirectors: 3, minimumDirectorsToConfirm: true });
    expect(info("029")).toMatchObject({ minimumDirectors: 3, minimumDirectorsToConfirm: true });
    expect(info("015")).toMatchObject({ preCsa: true, successor: "srl" });
  });

  it("has unique ids and codes, and every pre-CSA form names a CSA successor", () => {
    const ids = LEGAL_FORMS.map((f) => f.id);
    const codes = LEGAL_FORMS.flatMap((f) => (f.code ? [f.code] : []));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(codes).size).toBe(codes.length);
    for (const form of LEGAL_FORMS) {
      expect(form.code === null || /^\d{3}$/.test(form.code)).toBe(true);
      if (form.preCsa) expect(LEGAL_FORMS.find((f) => f.id === form.successor)?.preCsa).toBe(false);
      else expect(form.successor).toBeNull();
    }
  });

  it("recognises every form's own abbreviations and names", () => {
    for (const form of LEGAL_FORMS) {
      for (const text of [form.abbreviation.fr, form.abbreviation.nl, form.name.fr, form.name.nl]) {
        if (text) expect(identifyLegalForm(text)?.id).toBe(form.id);
      }
    }
  });
});

describe("forms added with the conversions of 1 January 2024 and the European forms", () => {
  it.each([
    ["SE", "se"],
    ["S.E.", "se"],
    ["Societas Europaea", "se"],
    ["société européenne", "se"],
    ["Europese vennootschap", "se"],
    ["European company", "se"],
    ["SCE", "sce"],
    ["Société coopérative européenne", "sce"],
    ["Europese coöperatieve vennootschap", "sce"],
    ["European cooperative society", "sce"],
    ["GEIE", "geie"],
    ["EESV", "geie"],
    ["E.E.S.V.", "geie"],
    ["EEIG", "geie"],
    ["Groupement européen d'intérêt économique", "geie"],
    ["Europees economisch samenwerkingsverband", "geie"],
    ["European economic interest grouping", "geie"],
    ["Succursale", "foreign-branch"],
    ["succursale d'une société étrangère", "foreign-branch"],
    ["Bijkantoor", "foreign-branch"],
    ["Bijkantoor van een buitenlandse vennootschap", "foreign-branch"],
    ["Branch of a foreign company", "foreign-branch"],
    ["Belgian branch", "foreign-branch"],
    ["Société agricole", "agricultural"],
    ["S.Agr.", "agricultural"],
    ["Landbouwvennootschap", "agricultural"],
    ["L.V.", "agricultural"],
    ["GIE", "gie"],
    ["ESV", "gie"],
    ["Groupement d'intérêt économique", "gie"],
    ["Economisch samenwerkingsverband", "gie"],
    ["Union professionnelle", "professional-union"],
    ["Beroepsvereniging", "professional-union"],
  ])("%j → %s, with no KBO code claimed", (raw, id) => {
    expect(identifyLegalForm(raw)?.id).toBe(id);
    expect(recogniseLegalForm(raw)?.code).toBeNull();
    expect(legalFormInfoOf(recogniseLegalForm(raw))?.id).toBe(id);
  });

  it("converted forms name what they became; an SCRL/CVBA by default an SRL/BV", () => {
    expect(legalFormById("scrl")).toMatchObject({ preCsa: true, successor: "srl" });
    expect(legalFormById("agricultural")).toMatchObject({ preCsa: true, successor: "snc" });
    expect(legalFormById("gie")).toMatchObject({ preCsa: true, successor: "snc" });
    expect(legalFormById("professional-union")).toMatchObject({ preCsa: true, successor: "asbl" });
    for (const id of ["se", "sce", "geie", "foreign-branch"] as const) expect(legalFormById(id)).toMatchObject({ preCsa: false, successor: null });
  });

  it("strips the new forms off company names", () => {
    expect(stripLegalFormSuffix("Siemens SE")).toBe("Siemens");
    expect(stripLegalFormSuffix("Acme Ltd Belgian Branch")).toBe("Acme Ltd");
    expect(stripLegalFormSuffix("Agri Invest EESV")).toBe("Agri Invest");
  });
});

describe("entityFamily", () => {
  it.each([
    ["srl", "company"],
    ["sa", "company"],
    ["sc", "company"],
    ["se", "company"],
    ["sce", "company"],
    ["sprl", "company"],
    ["sprlu", "company"],
    ["scrl", "company"],
    ["sca", "company"],
    ["snc", "partnership"],
    ["scomm", "partnership"],
    ["simple-partnership", "partnership"],
    ["geie", "partnership"],
    ["scri", "partnership"],
    ["scs", "partnership"],
    ["agricultural", "partnership"],
    ["gie", "partnership"],
    ["asbl", "association"],
    ["aisbl", "association"],
    ["professional-union", "association"],
    ["private-foundation", "foundation"],
    ["public-foundation", "foundation"],
    ["foreign-branch", "foreign-branch"],
  ] as const)("%s → %s", (id, family) => expect(entityFamily(legalFormById(id))).toBe(family));

  it("gives every form a family, and a converted form that of the form it became", () => {
    for (const form of LEGAL_FORMS) {
      expect(entityFamily(form)).toEqual(expect.any(String));
      if (form.successor) expect(entityFamily(form)).toBe(entityFamily(legalFormById(form.successor)));
    }
  });
});

describe("legalFormLabel", () => {
  const srl: LegalForm = { raw: "BV", code: "610", preCsa: false };
  it("shows the language's abbreviation and name", () => {
    expect(legalFormLabel(srl, "fr")).toBe("SRL – société à responsabilité limitée");
    expect(legalFormLabel(srl, "nl")).toBe("BV – besloten vennootschap");
    expect(legalFormLabel(srl, "en")).toBe("SRL/BV – private limited company");
  });

  it("recognises by text when the code is missing", () => {
    expect(legalFormLabel({ raw: "naamloze vennootschap", code: null, preCsa: false }, "fr")).toBe("SA – société anonyme");
  });

  it("writes one abbreviation when French and Dutch agree, and the name alone when there is none", () => {
    expect(legalFormAbbreviation(legalFormInfo("017")!, "en")).toBe("ASBL/VZW");
    expect(legalFormLabel({ raw: "Private stichting", code: "026", preCsa: false }, "fr")).toBe("Fondation privée");
    expect(legalFormLabel({ raw: "Private stichting", code: "026", preCsa: false }, "nl")).toBe("Private stichting");
  });

  it("labels a pre-CSA form", () => {
    expect(legalFormLabel({ raw: "BVBA", code: "015", preCsa: true }, "nl")).toBe("BVBA – besloten vennootschap met beperkte aansprakelijkheid");
  });

  it("shows an unknown form as written", () => {
    expect(legalFormLabel({ raw: " GmbH ", code: null, preCsa: false }, "en")).toBe("GmbH");
  });
});

describe("stripLegalFormSuffix", () => {
  it.each([
    ["Boulangerie Dupont SRL", "Boulangerie Dupont"],
    ["Boulangerie Dupont srl", "Boulangerie Dupont"],
    ["BV Bakkerij De Gouden Aar", "Bakkerij De Gouden Aar"],
    ["Dupont & Fils S.N.C.", "Dupont & Fils"],
    ["Dupont, SRL", "Dupont"],
    ["Dupont (SA)", "Dupont"],
    ["Dupont - SA", "Dupont"],
    ["Peeters Comm. V.", "Peeters"],
    ["Immo Invest NV", "Immo Invest"],
    ["Immo Invest BVBA", "Immo Invest"],
    ["Immo Invest besloten vennootschap", "Immo Invest"],
    ["Dupont société anonyme", "Dupont"],
    ["Les Amis du Parc ASBL", "Les Amis du Parc"],
    ["VZW De Speelpleinwerking", "De Speelpleinwerking"],
    ["Dupont SRL/BV", "Dupont"],
    ["  Dupont   SA  ", "Dupont"],
  ])("%j → %j", (name, stripped) => expect(stripLegalFormSuffix(name)).toBe(stripped));

  it.each([
    ["Jean Dubois", "Jean Dubois"],
    ["NVidia Belgium", "NVidia Belgium"],
    ["Savonnerie Saint-Paul", "Savonnerie Saint-Paul"],
    ["Maria de Sá", "Maria de Sá"],
    ["SRL", "SRL"],
    [" NV ", "NV"],
    ["", ""],
  ])("leaves %j as %j", (name, stripped) => expect(stripLegalFormSuffix(name)).toBe(stripped));
});
