// REL-01 … REL-04 over the relations table and the identifiers of the role tables.

import { enterpriseNumberWithBadCheckDigits, nationalNumber, nationalNumberWithBadCheckDigits } from "../../sandbox/belgian-ids";
import { mod97CheckDigits } from "../../src/identifiers/mod97";
import type { PostalAddress } from "../../src/permanent-data/model";
import { EN, NN, addManual, cleanSrl, company, director, expectLocalized, findings, holding, inputOf, one, only, person } from "./support";

const LILLE: PostalAddress = { street: "Rue Nationale", number: "12", box: null, postalCode: "59000", city: "Lille", country: "FR" };

describe("REL-01: duplicate relations", () => {
  it("the same name and postal code, spelled differently, both from AdminPulse", () => {
    const data = cleanSrl();
    data.parties.push({ ...person("p3", "FONTAINE Claire", null), firstName: "Claire", lastName: "FONTAINE" });
    data.shareholders[0] = holding("p3", 60, 100);
    const f = one(inputOf(data), "REL-01");
    expect(f).toMatchObject({ severity: "warning", source: "imported", target: { table: "relations", row: 2, column: "name" } });
    expect(f.message.en).toBe(
      "FONTAINE Claire appears to be the same person as Claire Fontaine (same name and postal code). A duplicate relation splits one person's roles and data over two records. Merge them in AdminPulse, then sync again.",
    );
    expect(f.message.nl).toBe(
      "FONTAINE Claire lijkt dezelfde persoon te zijn als Claire Fontaine (zelfde naam en postcode). Een dubbele relatie verdeelt de functies en gegevens van één persoon over twee fiches. Samen te voegen in AdminPulse, daarna opnieuw synchroniseren.",
    );
    expect(f.message.fr).toBe(
      "FONTAINE Claire semble être la même personne que Claire Fontaine (même nom et même code postal). Une relation en double répartit les fonctions et les données d'une même personne sur deux fiches. À fusionner dans AdminPulse, puis synchroniser à nouveau.",
    );
    expectLocalized(f);
  });

  it("the same enterprise number, a copy typed by hand", () => {
    const data = cleanSrl();
    data.parties.push(company("h1", "Holding Test SA", EN.holding));
    const input = inputOf(data);
    addManual(input.relations, { name: "Holding T. SA", kind: "Legal person", enterpriseNumber: EN.holding, address: "" });
    const f = one(input, "REL-01");
    expect(f).toMatchObject({ source: "mixed", target: { table: "relations", row: 3, column: "name" } });
    expect(f.message.en).toBe(
      "Holding T. SA appears to be the same company as Holding Test SA (same enterprise number). A duplicate relation splits one person's roles and data over two records. The copy added by hand: remove it from the sheet if it is the same, otherwise correct it.",
    );
    expectLocalized(f);
  });

  it("passes: different people at the same address", () => {
    expect(only(findings(inputOf(cleanSrl())), "REL-01")).toEqual([]);
  });
});

describe("REL-02: rows added by hand, absent from AdminPulse (info)", () => {
  it("a relation, a director, a shareholder, an auditor", () => {
    const input = inputOf(cleanSrl());
    addManual(input.relations, { name: "Jan Peeters", kind: "Personne physique", address: "Rue Haute 1, 1000 Bruxelles" });
    addManual(input.directors, { name: "Jan Peeters", kind: "Personne physique", role: "administrateur", start: "2020-01-01" });
    addManual(input.shareholders, { name: "Jan Peeters", kind: "Personne physique", shares: 0.5 });
    addManual(input.auditors, { name: "Anne Piron", kind: "Natural person", ireNumber: "A01234", start: "2024-06-11", end: "2027-06-08" });
    const found = only(findings(input), "REL-02");
    expect(found.map((f) => [f.severity, f.source, f.target])).toEqual([
      ["info", "manual", { table: "directors", row: 1, column: "name" }],
      ["info", "manual", { table: "shareholders", row: 2, column: "name" }],
      ["info", "manual", { table: "auditors", row: 0, column: "name" }],
      ["info", "manual", { table: "relations", row: 2, column: "name" }],
    ]);
    expect(found.map((f) => f.message.en)).toEqual([
      "The director Jan Peeters was added by hand and is not in AdminPulse: add the mandate there so that the office's other files see it, or keep it here if that is intended.",
      "The shareholder Jan Peeters was added by hand and is not in AdminPulse: add the holding there so that the office's other files see it, or keep it here if that is intended.",
      "The statutory auditor Anne Piron was added by hand and is not in AdminPulse: add the mandate there so that the office's other files see it, or keep it here if that is intended.",
      "The relation Jan Peeters was added by hand and is not in AdminPulse: add it there so that the office's other files see it, or keep it here if that is intended.",
    ]);
    expect(found[1]!.message.nl).toBe(
      "Aandeelhouder Jan Peeters werd manueel toegevoegd en staat niet in AdminPulse: voeg het aandelenbezit daar toe zodat de andere dossiers van het kantoor het zien, of behoud het hier als dat zo bedoeld is.",
    );
    expect(found[1]!.message.fr).toBe(
      "L'actionnaire Jan Peeters a été ajouté à la main et ne figure pas dans AdminPulse\u00a0: ajoutez cette participation dans AdminPulse pour que les autres dossiers du bureau la voient, ou gardez-la ici si c'est voulu.",
    );
    found.forEach(expectLocalized);
  });

  it("passes: imported rows; a manual relation that AdminPulse has (REL-01 reports the copy)", () => {
    expect(only(findings(inputOf(cleanSrl())), "REL-02")).toEqual([]);
    const input = inputOf(cleanSrl());
    addManual(input.relations, { name: "Claire Fontaine", kind: "Natural person", nationalNumber: NN.claire });
    expect(only(findings(input), "REL-02")).toEqual([]);
    expect(only(findings(input), "REL-01")).toHaveLength(1);
  });
});

describe("REL-03: national register numbers pass their check digits", () => {
  it("fails, reported once although the person is director and shareholder; the number is not quoted", () => {
    const data = cleanSrl();
    const bad = nationalNumberWithBadCheckDigits(1973, 6, 8, 121);
    data.parties[0]!.nationalNumber = bad;
    const f = one(inputOf(data), "REL-03");
    expect(f).toMatchObject({ severity: "error", target: { table: "relations", row: 0, column: "nationalNumber" } });
    expect(f.message.en).toBe(
      "The national register number of Claire Fontaine fails its check digits. A wrong number mixes up people and is refused by official registers such as the UBO register. Fix it in AdminPulse, then sync again.",
    );
    for (const text of Object.values(f.message)) expect(text).not.toContain(bad.slice(0, 6));
    expectLocalized(f);
  });

  it("a director typed by hand: too short, an impossible birth date", () => {
    const input = inputOf(cleanSrl());
    addManual(input.directors, { name: "Jan Peeters", kind: "Natuurlijke persoon", identifier: "12345", role: "bestuurder", start: "2020-01-01" });
    const body = "781312124"; // month 13
    addManual(input.directors, {
      name: "Anne Piron",
      kind: "Natural person",
      identifier: body + mod97CheckDigits(body),
      role: "director",
      start: "2020-01-01",
    });
    const found = only(findings(input), "REL-03");
    expect(found.map((f) => [f.source, f.target])).toEqual([
      ["manual", { table: "directors", row: 1, column: "identifier" }],
      ["manual", { table: "directors", row: 2, column: "identifier" }],
    ]);
    expect(found.map((f) => f.message.en)).toEqual([
      "The national register number of Jan Peeters does not have 11 digits. A wrong number mixes up people and is refused by official registers such as the UBO register. Fix it in the sheet (added by hand).",
      "The national register number of Anne Piron does not hold a possible birth date. A wrong number mixes up people and is refused by official registers such as the UBO register. Fix it in the sheet (added by hand).",
    ]);
    found.forEach(expectLocalized);
  });

  it("a person whose address is abroad: a warning that says what to verify", () => {
    const data = cleanSrl();
    data.parties[1]!.address = LILLE;
    data.parties[1]!.nationalNumber = nationalNumberWithBadCheckDigits(2002, 9, 3, 47);
    const f = one(inputOf(data), "REL-03");
    expect(f).toMatchObject({ severity: "warning", target: { table: "relations", row: 1, column: "nationalNumber" } });
    expect(f.message).toEqual({
      fr: "Le numéro de registre national de Thomas Fontaine a des chiffres de contrôle erronés. L'adresse de Thomas Fontaine est à l'étranger\u00a0: un numéro d'identification étranger n'a pas à réussir ce contrôle belge\u00a0; s'il s'agit d'un numéro de registre national ou bis belge, vérifiez-le sur une pièce d'identité. À corriger dans AdminPulse, puis synchroniser à nouveau.",
      nl: "Het rijksregisternummer van Thomas Fontaine heeft foute controlecijfers. Het adres van Thomas Fontaine ligt in het buitenland: een buitenlands identificatienummer hoeft deze Belgische controle niet te doorstaan; is het een Belgisch rijksregister- of bisnummer, controleer het dan aan de hand van een identiteitsdocument. Te corrigeren in AdminPulse, daarna opnieuw synchroniseren.",
      en: "The national register number of Thomas Fontaine fails its check digits. The address of Thomas Fontaine is abroad: a foreign identification number need not pass this Belgian check; if it is a Belgian national register or bis number, check it against an identity document. Fix it in AdminPulse, then sync again.",
    });
    // Run checks without AdminPulse: the sheet's one-line address says the country.
    expect(only(findings({ ...inputOf(data), company: null }), "REL-03").map((f) => f.severity)).toEqual(["warning"]);
  });

  it("legal: a foreign director with a foreign national number: no error, one warning", () => {
    const data = cleanSrl();
    data.parties.push(person("p3", "Pierre Lefebvre", "1780475123456 12", LILLE));
    data.directors.push(director("p3"));
    const all = findings(inputOf(data));
    expect(all.filter((f) => f.severity === "error")).toEqual([]);
    const found = only(all, "REL-03");
    expect(found.map((f) => [f.severity, f.target])).toEqual([["warning", { table: "relations", row: 2, column: "nationalNumber" }]]);
    expect(found[0]!.message.en).toBe(
      "The national register number of Pierre Lefebvre does not have 11 digits. The address of Pierre Lefebvre is abroad: a foreign identification number need not pass this Belgian check; if it is a Belgian national register or bis number, check it against an identity document. Fix it in AdminPulse, then sync again.",
    );
  });

  it("passes: born after 2000, bis numbers, day 00, a number Excel kept as a number", () => {
    const data = cleanSrl();
    data.parties.push(
      person("p3", "Ruben Jacobs", nationalNumber(2001, 3, 21, 17)),
      person("p4", "Daan de Vries", nationalNumber(1975, 3, 14, 203, 20)),
      person("p5", "Youssef Haddad", nationalNumber(1979, 7, 0, 301)),
    );
    data.directors.push(director("p3"), director("p4"), director("p5"));
    const input = inputOf(data);
    addManual(input.directors, { name: "Lotte Maes", kind: "Natural person", identifier: Number(nationalNumber(2003, 10, 5, 42)), role: "director" });
    expect(only(findings(input), "REL-03")).toEqual([]);
  });
});

describe("REL-04: a legal person's Belgian enterprise number passes its check digits", () => {
  it("fails", () => {
    const data = cleanSrl();
    data.parties.push(company("h1", "Holding Test SA", enterpriseNumberWithBadCheckDigits("04031707")));
    data.shareholders[0] = holding("h1", 60, 100);
    const f = one(inputOf(data), "REL-04");
    expect(f).toMatchObject({ severity: "error", target: { table: "relations", row: 2, column: "enterpriseNumber" } });
    expect(f.message.en).toBe(
      "The enterprise number “0403.170.702” of Holding Test SA is not valid: its last two digits (the check digits) do not match the first eight. Such a number points to no company, and filings that give it are refused. Fix it in AdminPulse, then sync again.",
    );
    expect(f.message.fr).toBe(
      "Le numéro d'entreprise «\u00a00403.170.702\u00a0» de Holding Test SA n'est pas valable\u00a0: ses deux derniers chiffres (chiffres de contrôle) ne correspondent pas aux huit premiers. Un tel numéro ne renvoie à aucune société, et les dépôts qui le mentionnent sont refusés. À corriger dans AdminPulse, puis synchroniser à nouveau.",
    );
    expect(f.message.nl).toBe(
      "Het ondernemingsnummer ‘0403.170.702’ van Holding Test SA is ongeldig: de laatste twee cijfers (controlecijfers) kloppen niet met de eerste acht. Zo'n nummer verwijst naar geen enkele vennootschap, en neerleggingen die het vermelden worden geweigerd. Te corrigeren in AdminPulse, daarna opnieuw synchroniseren.",
    );
    expectLocalized(f);
  });

  it("passes: a valid number; a company registered abroad keeps its own number", () => {
    const data = cleanSrl();
    data.parties.push(company("h1", "Holding Test SA", EN.holding), company("f1", "Société Lilloise SAS", "552100554", LILLE));
    data.shareholders = [holding("h1", 50, 100), holding("f1", 50, 100)];
    expect(only(findings(inputOf(data)), "REL-04")).toEqual([]);
    // Run checks: the sheet's one-line address says the country.
    expect(only(findings({ ...inputOf(data), company: null }), "REL-04")).toEqual([]);
  });
});
