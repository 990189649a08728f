// Seed data of the AdminPulse sandbox: tokens, client companies, the people and firms linked to
// them, and a few deliberate errors for the checks of ../shared/permanent-data-rules.md.
//
// createSeed() builds everything from scratch on every call (fresh objects, no shared state) and is
// deterministic: generated parts come from a seeded PRNG, never from Math.random or the clock.
//
// Conventions: a person's `name` is "Firstname Lastname" (except the deliberate duplicate, spelled
// "DUBOIS Jean Marie"); links go FROM the client company TO the related relation, in its `tos`.

import type { SandboxRelation, SandboxSeed, SandboxToken } from "./model";
import { LINK } from "./model";
import { nationalNumber, nationalNumberWithBadCheckDigits } from "./belgian-ids";
import { addr, Rng, SeedBuilder } from "./seed-builders";
import { addLegalFiles } from "./seed-legal";

// ---------------------------------------------------------------------------------------------
// Tokens

export const SANDBOX_DEMO_TOKEN = "sandbox-demo-token";
export const SANDBOX_EXPIRED_TOKEN = "sandbox-expired-token";
export const SANDBOX_NO_PERMISSION_TOKEN = "sandbox-no-permission-token";

export const SEED_TOKENS = {
  valid: SANDBOX_DEMO_TOKEN,
  expired: SANDBOX_EXPIRED_TOKEN,
  noPermission: SANDBOX_NO_PERMISSION_TOKEN,
} as const;

// ---------------------------------------------------------------------------------------------
// Notable client companies, by meaning (10-digit normalised enterprise numbers).

export const SEED_COMPANIES = {
  /** L'Atelier du Pâtissier SRL (Namur, FR): plain SRL, 1 director, 2 shareholders; contact + UBO links. */
  srl: "0566988259",
  /** Brasserie Sainte-Hélène SA (Liège, FR): board of 4 incl. a Président; a legal-person shareholder; an unknown link type 99. */
  saBoard: "0403587108",
  /** Immobilière du Parc SA (Uccle, FR): SA with a sole director ("Administrateur unique"). */
  saSoleDirector: "0441826387",
  /** Pharmacie du Théâtre SA (Namur, FR): SA with 2 directors and 2 shareholders (allowed exception). */
  saTwoDirectorsFewShareholders: "0462881525",
  /** Coopérative Terre et Pain SC (Wavre, FR): small SC, 2 directors, 4 cooperators. */
  sc: "0723154695",
  /** Energiecoöperatie Zonnewind CV (Gent, NL): 2,000 generated cooperators, 1 vote each. */
  coop2000: "0812397467",
  /** Les Amis de la Forêt de Soignes ASBL: 3 directors, no shares. */
  asbl: "0451239842",
  /** Dupont & Fils SNC (Charleroi): 2 gérants, also linked as partners (type 5). */
  snc: "0634781955",
  /** Martin & Cie SComm (Mons): the general partner is the gérant. */
  scomm: "0754826185",
  /** Sophie Lambert, sole proprietor (type SoleProprietor): no directors, shareholders or meeting. */
  soleProprietor: "0761904514",
  /** Bakkerij De Gouden Aar BV (Mechelen, NL): its director is a BV with a permanent representative. */
  corporateDirector: "0689123434",
  /** Métallurgie Wallonne SA (Charleroi): audit firm as statutory auditor (B00123), 2024-06-11 → 2027-06-08; a legal-person director. */
  auditorFirm: "0421987612",
  /** Logistiek Schelde NV (Antwerpen, NL): raad van bestuur of 4 incl. Voorzitter; a natural-person commissaris (A01234); holding as shareholder. */
  auditorPerson: "0446782196",
  /** Tandartspraktijk Vermeulen BV (Brugge, NL): fiscal year ending 2026-03-31. */
  bv: "0712345828",
  /** Jeugdhuis De Klimop VZW (Leuven, NL): 3 bestuurders, two born after 2000. */
  vzw: "0418953292",
  /** Zoë & Chloé SRL (Ixelles): accents and an ampersand in the name. */
  accents: "0798712351",
  /** Brussels Data Partners SRL: language EN, 1-series number, fiscal year ending 2026-06-30, a director living in France. */
  english: "1002345639",
  /** "=SUM(A1) Consulting SRL": the name starts with "=" (formula injection). */
  nameStartsWithEquals: "0781234535",
  /** "'t Vlaamsche Pannenhuis BV" (Oostende): the name starts with an apostrophe (Excel's text prefix). */
  nameStartsWithApostrophe: "0653218784",
  /** Verhaegen Holding BV (Gent): a client that is itself a shareholder of Logistiek Schelde NV. */
  holding: "0834561274",
  /** Fietsherstel Kortrijk BV: 1-series number, fiscal year ending 2026-06-30, director born 29 Feb 2000. */
  series1: "1004567830",
  /** Imprimerie Wauters SRL (Tournai): fiscal year ending 2026-06-30, apostrophe in the street name. */
  fiscalYearJune: "0475332662",
  // --- deliberate errors and warnings (see SEED_ERRORS) ---
  /** Schrijnwerkerij Peeters BVBA: pre-2019 legal form, legacy "Zaakvoerder". */
  bvbaPre2019: "0456789331",
  /** Garage du Centre SRL: enterprise number with wrong check digits (the valid one ends in 84). */
  badCheckDigits: "0592331885",
  /** Fleuriste Les Quatre Saisons SRL: nextGeneralMeeting null. */
  missingMeeting: "0621458907",
  /** Drukkerij De Ploeg BV: shares add up to 900 of 1,000. */
  holdingsNot100: "0745663249",
  /** Menuiserie Dubois SRL: the same man twice, as director and as shareholder. */
  duplicatePerson: "0438190768",
  /** Transport Janssens BV: one director's mandate ended 2024-06-30, still listed. */
  expiredMandate: "0462915375",
  /** Hôtel Beau Séjour SA: 2 directors and 5 shareholders. */
  saTwoDirectorsFiveShareholders: "0417336857",
  /** Électricité Schmit SRL: its director's national number fails its check digits. */
  invalidNationalNumber: "0735660470",
  /** Boulangerie Saint-Roch SRL: an establishment-unit number (2-series, valid mod 97) as company number. */
  establishmentUnit: "2145678996",
  /** Groep Declercq BV: beneficial owners not kept current, one of them through two holdings. */
  uboNotKept: "0512345684",
} as const;

/** Companies that are not clients (status "Contact") but are linked to clients. */
export const SEED_OTHER_COMPANIES = {
  /** Gouden Aar Management BV: legal-person director of Bakkerij De Gouden Aar BV. */
  managementCompany: "0689447195",
  /** Financière de la Meuse SA: legal-person director of Métallurgie Wallonne, shareholder of two SAs. */
  financiereMeuse: "0402771318",
  /** Réviseurs Associés SRL: audit firm, IRE number B00123. */
  auditFirm: "0455612067",
} as const;

/** The one national number in the seed that fails its check digits (Patrick Schmit). */
export const SEED_INVALID_NATIONAL_NUMBER = nationalNumberWithBadCheckDigits(1973, 6, 8, 121);

/** Enterprise number of the client company → the deliberate error (or warning) it carries. */
export const SEED_ERRORS: Readonly<Record<string, string>> = {
  [SEED_COMPANIES.badCheckDigits]: "ID-01: enterprise number fails mod 97 (check digits 85, should be 84)",
  [SEED_COMPANIES.missingMeeting]: "GA-01: next general meeting missing (nextGeneralMeeting null)",
  [SEED_COMPANIES.holdingsNot100]: "SH-01 / SH-02: shares add up to 900 of totalShares 1,000 (90 %), votes likewise",
  [SEED_COMPANIES.duplicatePerson]:
    'REL-01: the same person twice: director "Jean-Marie Dubois" (with national number) and shareholder "DUBOIS Jean Marie" (without), same address',
  [SEED_COMPANIES.expiredMandate]: "history, no finding: director Marc Wouters' mandate ended 2024-06-30, before the financial year began; he is still listed",
  [SEED_COMPANIES.saTwoDirectorsFiveShareholders]: "DIR-04: SA with a board of 2 directors and 5 shareholders",
  [SEED_COMPANIES.invalidNationalNumber]: `REL-03: director Patrick Schmit's national number ${SEED_INVALID_NATIONAL_NUMBER} fails its check digits`,
  [SEED_COMPANIES.establishmentUnit]: "ID-01 / ID-02: company number is an establishment-unit number (starts with 2; mod 97 valid)",
  [SEED_COMPANIES.uboNotKept]:
    "UBO-01: Pieter Declercq (30 % directly) and Sofie Declercq (28 % through Declercq Invest SA and Declercq Holding NV) are not registered as beneficiaries; UBO-02: Luc Declercq still is, holding nothing",
  [SEED_COMPANIES.bvbaPre2019]: 'ID-03 (warning): pre-CSA legal form BVBA; DIR-08 (warning): legacy role word "Zaakvoerder"',
};

// ---------------------------------------------------------------------------------------------

const TOKENS: readonly SandboxToken[] = [
  { token: SANDBOX_DEMO_TOKEN, kind: "valid", description: 'Valid API key with the "Read relations" permission: full access.' },
  { token: SANDBOX_EXPIRED_TOKEN, kind: "expired", description: "API key whose expiry date has passed: every call answers 401." },
  {
    token: SANDBOX_NO_PERMISSION_TOKEN,
    kind: "no-permission",
    description: 'Valid API key without the "Read relations" permission: every call answers 401.',
  },
];

const C = SEED_COMPANIES;
const O = SEED_OTHER_COMPANIES;

/** The seed: fresh objects on every call, identical content on every call. */
export function createSeed(): SandboxSeed {
  const b = new SeedBuilder();
  const person = (firstName: string, lastName: string, language: string, nn: string | null, address: ReturnType<typeof addr>): SandboxRelation =>
    b.person({ firstName, lastName, language, nationalNumber: nn, address });

  // --- firms that are not clients -------------------------------------------------------------
  const goudenAarMgmt = b.otherCompany({
    name: "Gouden Aar Management BV",
    legalForm: "BV",
    companyNumber: O.managementCompany,
    language: "NL",
    address: addr("Hoogstraat", "12", "2800", "Mechelen"),
  });
  const financiereMeuse = b.otherCompany({
    name: "Financière de la Meuse SA",
    legalForm: "SA",
    companyNumber: O.financiereMeuse,
    language: "FR",
    address: addr("Boulevard d'Avroy", "38", "4000", "Liège", "5"),
  });
  const reviseursAssocies = b.otherCompany({
    name: "Réviseurs Associés SRL",
    legalForm: "SRL",
    companyNumber: O.auditFirm,
    language: "FR",
    address: addr("Avenue de Tervueren", "270", "1150", "Woluwe-Saint-Pierre"),
  });

  // Permanent representative of Financière de la Meuse; also the target of an unknown link type.
  const georges = person("Georges", "Delcourt", "FR", nationalNumber(1955, 10, 9, 113), addr("Rue Bois-l'Évêque", "3", "4000", "Liège"));

  // --- 1. SRL ------------------------------------------------------------------------------------
  {
    const co = b.client({
      name: "L'Atelier du Pâtissier SRL",
      legalForm: "SRL",
      companyNumber: C.srl,
      language: "FR",
      address: addr("Rue de Fer", "24", "5000", "Namur"),
      fiscalYearEnd: "2025-12-31",
      nextGeneralMeeting: "2026-06-09T18:00:00",
      totalShares: 100,
      totalVotingRights: 100,
    });
    const claire = person("Claire", "Fontaine", "FR", nationalNumber(1978, 4, 12, 124), addr("Rue Godefroid", "8", "5000", "Namur"));
    const thomas = person("Thomas", "Fontaine", "FR", nationalNumber(2002, 9, 3, 47), addr("Rue Godefroid", "8", "5000", "Namur"));
    const nadia = person("Nadia", "Benali", "FR", nationalNumber(1990, 11, 21, 216), addr("Avenue Cardinal Mercier", "33", "5000", "Namur"));
    b.director(co, claire, { start: "2019-03-01", function: "Administrateur" });
    b.shareholder(co, claire, 70);
    b.shareholder(co, thomas, 30);
    b.other(co, LINK.contact, nadia, "Personne de contact comptabilité");
    b.other(co, LINK.beneficiary, claire);
  }

  // --- 2. SA with a board ----------------------------------------------------------------------
  {
    const co = b.client({
      name: "Brasserie Sainte-Hélène SA",
      legalForm: "SA",
      companyNumber: C.saBoard,
      language: "FR",
      address: addr("Rue Saint-Gilles", "112", "4000", "Liège"),
      fiscalYearEnd: "2025-12-31",
      nextGeneralMeeting: "2026-05-20",
      totalShares: 10_000,
      totalVotingRights: 10_000,
    });
    const philippe = person("Philippe", "Renard", "FR", nationalNumber(1961, 2, 17, 35), addr("Rue des Anglais", "12", "4000", "Liège"));
    const isabelle = person("Isabelle", "Lemaire", "FR", nationalNumber(1972, 8, 30, 188), addr("Quai de Rome", "41", "4000", "Liège", "3"));
    const marc = person("Marc", "Collignon", "FR", nationalNumber(1969, 12, 5, 91), addr("Rue de Fragnée", "7", "4000", "Liège"));
    const anneSophie = person("Anne-Sophie", "Piron", "FR", nationalNumber(1983, 6, 22, 302), addr("Avenue Blonden", "55", "4000", "Liège"));
    const julie = person("Julie", "Masson", "FR", nationalNumber(1988, 1, 15, 74), addr("Rue Saint-Séverin", "20", "4000", "Liège"));
    b.director(co, philippe, { start: "2021-05-18", end: "2027-05-11", function: "Président" });
    b.director(co, isabelle, { start: "2021-05-18T00:00:00", end: "2027-05-11T00:00:00", function: "Administrateur délégué" });
    b.director(co, marc, { start: "2023-05-16", end: "2029-05-15", function: "Administrateur" });
    b.director(co, anneSophie, { start: "2023-05-16T00:00:00", end: "2029-05-15T00:00:00", function: "Administrateur" });
    b.shareholder(co, philippe, 3_000);
    b.shareholder(co, isabelle, 2_500);
    b.shareholder(co, financiereMeuse, 4_000);
    b.shareholder(co, marc, 500);
    b.other(co, LINK.contact, julie, "Responsable administrative");
    b.other(co, 99, georges, "Type de lien inconnu (test)");
  }

  // --- 3. SA with a sole director --------------------------------------------------------------
  {
    const co = b.client({
      name: "Immobilière du Parc SA",
      legalForm: "SA",
      companyNumber: C.saSoleDirector,
      language: "FR",
      address: addr("Avenue Brugmann", "287", "1180", "Uccle", "4"),
      fiscalYearEnd: "2025-12-31",
      nextGeneralMeeting: "2026-06-02T11:00:00",
      totalShares: 620,
      totalVotingRights: 620,
    });
    const olivier = person("Olivier", "Dewez", "FR", nationalNumber(1966, 3, 28, 57), addr("Avenue De Fré", "112", "1180", "Uccle"));
    const catherine = person("Catherine", "Dewez", "FR", nationalNumber(1968, 7, 19, 82), addr("Avenue De Fré", "112", "1180", "Uccle"));
    b.director(co, olivier, { start: "2022-06-07", end: "2028-06-06", function: "Administrateur unique" });
    b.shareholder(co, olivier, 610);
    b.shareholder(co, catherine, 10);
  }

  // --- 4. SA with 2 directors and 2 shareholders (allowed) ------------------------------------
  {
    const co = b.client({
      name: "Pharmacie du Théâtre SA",
      legalForm: "SA",
      companyNumber: C.saTwoDirectorsFewShareholders,
      language: "FR",
      address: addr("Rue de l'Ange", "20", "5000", "Namur"),
      fiscalYearEnd: "2025-12-31",
      nextGeneralMeeting: "2026-06-16T18:00:00",
      totalShares: 620,
      totalVotingRights: 620,
    });
    const sandrine = person("Sandrine", "Collard", "FR", nationalNumber(1975, 11, 19, 206), addr("Rue de Bruxelles", "80", "5000", "Namur"));
    const eric = person("Éric", "Collard", "FR", nationalNumber(1974, 2, 7, 85), addr("Rue de Bruxelles", "80", "5000", "Namur"));
    b.director(co, sandrine, { start: "2023-06-06", end: "2029-06-05", function: "Administrateur délégué" });
    b.director(co, eric, { start: "2023-06-06", end: "2029-06-05", function: "Administrateur" });
    b.shareholder(co, sandrine, 310);
    b.shareholder(co, eric, 310);
  }

  // --- 5. SC -----------------------------------------------------------------------------------
  {
    const co = b.client({
      name: "Coopérative Terre et Pain SC",
      legalForm: "SC",
      companyNumber: C.sc,
      language: "FR",
      address: addr("Rue Haute", "45", "1300", "Wavre"),
      fiscalYearEnd: "2025-12-31",
      nextGeneralMeeting: "2026-06-13T10:00:00",
      totalShares: 240,
      totalVotingRights: 240,
    });
    const emilie = person("Émilie", "Dumont", "FR", nationalNumber(1985, 5, 2, 150), addr("Rue de Nivelles", "12", "1300", "Wavre"));
    const karim = person("Karim", "El Amrani", "FR", nationalNumber(1981, 9, 14, 233), addr("Chaussée de Bruxelles", "90", "1300", "Wavre"));
    const lucie = person("Lucie", "Hermans", "FR", nationalNumber(1993, 2, 26, 40), addr("Rue du Commerce", "5", "1300", "Wavre"));
    const paul = person("Paul", "Gilson", "FR", nationalNumber(1949, 11, 30, 19), addr("Avenue du Centenaire", "3", "1300", "Wavre"));
    b.director(co, emilie, { start: "2020-09-01", function: "Administrateur" });
    b.director(co, karim, { start: "2020-09-01T00:00:00", function: "Administrateur" });
    b.shareholder(co, emilie, 80);
    b.shareholder(co, karim, 80);
    b.shareholder(co, lucie, 40);
    b.shareholder(co, paul, 40);
  }

  // --- 6. CV with 2,000 cooperators ------------------------------------------------------------
  addCoop2000(b);

  // --- 7. ASBL ---------------------------------------------------------------------------------
  {
    const co = b.client({
      name: "Les Amis de la Forêt de Soignes ASBL",
      legalForm: "ASBL",
      companyNumber: C.asbl,
      language: "FR",
      address: addr("Chaussée de la Hulpe", "177", "1170", "Watermael-Boitsfort"),
      fiscalYearEnd: "2025-12-31",
      nextGeneralMeeting: "2026-04-25T14:00:00",
    });
    const jacques = person("Jacques", "Lefèvre", "FR", nationalNumber(1952, 4, 4, 143), addr("Avenue des Coccinelles", "12", "1170", "Watermael-Boitsfort"));
    const martine = person("Martine", "Gérard", "FR", nationalNumber(1958, 12, 24, 62), addr("Rue du Roitelet", "8", "1170", "Watermael-Boitsfort"));
    // Day 00: birth day unknown to the register.
    const youssef = person("Youssef", "Haddad", "FR", nationalNumber(1979, 7, 0, 301), addr("Boulevard du Souverain", "200", "1160", "Auderghem"));
    b.director(co, jacques, { start: "2018-03-24", function: "Président" });
    b.director(co, martine, { start: "2018-03-24", function: "Administrateur" });
    b.director(co, youssef, { start: "2022-04-30T00:00:00", function: "Administrateur" });
  }

  // --- 8. SNC ----------------------------------------------------------------------------------
  {
    const co = b.client({
      name: "Dupont & Fils SNC",
      legalForm: "SNC",
      companyNumber: C.snc,
      language: "FR",
      address: addr("Rue de Montigny", "52", "6000", "Charleroi"),
      fiscalYearEnd: "2025-12-31",
      nextGeneralMeeting: "2026-06-16",
      totalShares: 200,
      totalVotingRights: 200,
    });
    const andre = person("André", "Dupont", "FR", nationalNumber(1957, 5, 18, 25), addr("Rue du Parc", "14", "6000", "Charleroi"));
    const julien = person("Julien", "Dupont", "FR", nationalNumber(1986, 10, 11, 147), addr("Rue de la Montagne", "80", "6000", "Charleroi"));
    b.director(co, andre, { start: "2015-01-05", function: "Gérant" });
    b.director(co, julien, { start: "2018-04-01T00:00:00", function: "Gérant" });
    b.shareholder(co, andre, 100);
    b.shareholder(co, julien, 100);
    b.other(co, LINK.partner, andre, "Associé");
    b.other(co, LINK.partner, julien, "Associé");
  }

  // --- 9. SComm --------------------------------------------------------------------------------
  {
    const co = b.client({
      name: "Martin & Cie SComm",
      legalForm: "SComm",
      companyNumber: C.scomm,
      language: "FR",
      address: addr("Rue de Nimy", "31", "7000", "Mons"),
      fiscalYearEnd: "2025-12-31",
      nextGeneralMeeting: "2026-06-23T17:30:00",
      totalShares: 1_000,
      totalVotingRights: 1_000,
    });
    const francois = person("François", "Martin", "FR", nationalNumber(1970, 1, 23, 97), addr("Avenue Frère-Orban", "10", "7000", "Mons"));
    const helene = person("Hélène", "Martin", "FR", nationalNumber(1973, 3, 9, 128), addr("Avenue Frère-Orban", "10", "7000", "Mons"));
    const vincent = person("Vincent", "Lhoir", "FR", nationalNumber(1964, 9, 27, 211), addr("Rue d'Havré", "100", "7000", "Mons"));
    b.director(co, francois, { start: "2020-02-01", function: "Gérant", comment: "Associé commandité" });
    b.shareholder(co, francois, 500, 500, "Associé commandité");
    b.shareholder(co, helene, 250, 250, "Associée commanditaire");
    b.shareholder(co, vincent, 250, 250, "Associé commanditaire");
  }

  // --- 10. Sole proprietor ---------------------------------------------------------------------
  b.soleProprietor({
    firstName: "Sophie",
    lastName: "Lambert",
    language: "FR",
    nationalNumber: nationalNumber(1987, 6, 15, 164),
    address: addr("Rue des Wallons", "15", "1348", "Louvain-la-Neuve"),
    companyNumber: C.soleProprietor,
    fiscalYearEnd: "2025-12-31",
  });

  // --- 11. Legal-person director with a permanent representative ------------------------------
  {
    const co = b.client({
      name: "Bakkerij De Gouden Aar BV",
      legalForm: "BV",
      companyNumber: C.corporateDirector,
      language: "NL",
      address: addr("Bruul", "42", "2800", "Mechelen"),
      fiscalYearEnd: "2025-12-31",
      nextGeneralMeeting: "2026-06-09T19:00:00",
      totalShares: 500,
      totalVotingRights: 500,
    });
    const pieter = person("Pieter", "Van den Bossche", "NL", nationalNumber(1975, 3, 14, 71), addr("Hoogstraat", "14", "2800", "Mechelen"));
    b.director(co, goudenAarMgmt, { start: "2020-01-01", function: "Bestuurder", representative: pieter });
    b.shareholder(co, goudenAarMgmt, 400);
    b.shareholder(co, pieter, 100);
    b.other(co, LINK.beneficiary, pieter);
  }

  // --- 12. SA with an audit firm as statutory auditor -----------------------------------------
  {
    const co = b.client({
      name: "Métallurgie Wallonne SA",
      legalForm: "SA",
      companyNumber: C.auditorFirm,
      language: "FR",
      address: addr("Boulevard Tirou", "120", "6000", "Charleroi"),
      fiscalYearEnd: "2025-12-31",
      nextGeneralMeeting: "2026-06-11T15:00:00",
      totalShares: 25_000,
      totalVotingRights: 25_000,
    });
    const christian = person("Christian", "Delvaux", "FR", nationalNumber(1959, 8, 8, 15), addr("Avenue Paul Pastur", "100", "6001", "Marcinelle"));
    const nathalie = person("Nathalie", "Hubert", "FR", nationalNumber(1976, 4, 29, 266), addr("Rue Tumelaire", "25", "6000", "Charleroi"));
    const laurence = person("Laurence", "Gobert", "FR", nationalNumber(1971, 10, 2, 94), addr("Avenue de Tervueren", "300", "1150", "Woluwe-Saint-Pierre"));
    b.director(co, christian, { start: "2022-06-14", end: "2028-06-13", function: "Président" });
    b.director(co, nathalie, { start: "2022-06-14", end: "2028-06-13", function: "Administrateur délégué" });
    b.director(co, financiereMeuse, {
      start: "2022-06-14T00:00:00",
      end: "2028-06-13T00:00:00",
      function: "Administrateur",
      representative: georges,
    });
    b.shareholder(co, financiereMeuse, 15_000);
    b.shareholder(co, christian, 5_000);
    b.shareholder(co, nathalie, 5_000);
    b.auditor(co, reviseursAssocies, "2024-06-11", "2027-06-08", "B00123", laurence);
  }

  // --- 13. Holding (client) and NV with a natural-person commissaris --------------------------
  const janVerhaegen = person("Jan", "Verhaegen", "NL", nationalNumber(1963, 6, 6, 29), addr("Kortrijksesteenweg", "500", "9000", "Gent"));
  const holding = b.client({
    name: "Verhaegen Holding BV",
    legalForm: "BV",
    companyNumber: C.holding,
    language: "NL",
    address: addr("Coupure Links", "653", "9000", "Gent"),
    fiscalYearEnd: "2025-12-31",
    nextGeneralMeeting: "2026-06-02",
    totalShares: 1_000,
    totalVotingRights: 1_000,
  });
  b.director(holding, janVerhaegen, { start: "2014-10-01", function: "Bestuurder" });
  b.shareholder(holding, janVerhaegen, 1_000);
  b.other(holding, LINK.beneficiary, janVerhaegen);

  const sarahMaes = person("Sarah", "Maes", "NL", nationalNumber(1991, 8, 18, 258), addr("Van Iseghemlaan", "50", "8400", "Oostende"));
  {
    const co = b.client({
      name: "Logistiek Schelde NV",
      legalForm: "NV",
      companyNumber: C.auditorPerson,
      language: "NL",
      address: addr("Noorderlaan", "147", "2030", "Antwerpen"),
      fiscalYearEnd: "2025-12-31",
      nextGeneralMeeting: "2026-05-26T14:00:00",
      totalShares: 5_000,
      totalVotingRights: 5_000,
    });
    const hendrik = person("Hendrik", "Claes", "NL", nationalNumber(1958, 1, 31, 51), addr("Frankrijklei", "88", "2000", "Antwerpen"));
    const els = person("Els", "Peeters", "NL", nationalNumber(1974, 5, 16, 210), addr("Mechelsesteenweg", "140", "2018", "Antwerpen"));
    // Bis number (+20: gender unknown): a Dutch national without a Belgian register number.
    const daan = person("Daan", "de Vries", "NL", nationalNumber(1975, 3, 14, 203, 20), addr("Amerikalei", "64", "2000", "Antwerpen", "2"));
    const koen = person("Koen", "De Smet", "NL", nationalNumber(1969, 9, 3, 145), addr("Grote Steenweg", "12", "2600", "Berchem"));
    const bart = person("Bart", "Willems", "NL", nationalNumber(1967, 2, 12, 163), addr("Lange Lozanastraat", "40", "2018", "Antwerpen"));
    b.director(co, hendrik, { start: "2021-05-25", end: "2027-05-24", function: "Voorzitter" });
    b.director(co, els, { start: "2021-05-25", end: "2027-05-24", function: "Gedelegeerd bestuurder" });
    b.director(co, daan, { start: "2021-05-25T00:00:00", end: "2027-05-24T00:00:00", function: "Bestuurder" });
    b.director(co, koen, { start: "2024-05-28", end: "2030-05-27", function: "Bestuurder" });
    b.shareholder(co, holding, 3_000);
    b.shareholder(co, els, 1_000);
    b.shareholder(co, hendrik, 1_000);
    b.auditor(co, bart, "2024-05-28T00:00:00", "2027-05-25T00:00:00", "A01234");
    b.other(co, LINK.contact, sarahMaes, "Boekhouding");
    b.other(co, LINK.beneficiary, janVerhaegen, "UBO via Verhaegen Holding BV");
  }

  // --- 14. BV, fiscal year ending in March ----------------------------------------------------
  {
    const co = b.client({
      name: "Tandartspraktijk Vermeulen BV",
      legalForm: "BV",
      companyNumber: C.bv,
      language: "NL",
      address: addr("Langestraat", "77", "8000", "Brugge"),
      fiscalYearEnd: "2026-03-31",
      nextGeneralMeeting: "2026-09-08T20:00:00",
      totalShares: 186,
      totalVotingRights: 186,
    });
    const lieve = person("Lieve", "Vermeulen", "NL", nationalNumber(1980, 9, 9, 136), addr("Vlamingstraat", "18", "8000", "Brugge"));
    const tom = person("Tom", "Vermeulen", "NL", nationalNumber(1979, 12, 12, 89), addr("Vlamingstraat", "18", "8000", "Brugge"));
    b.director(co, lieve, { start: "2019-07-01", function: "Gedelegeerd bestuurder" });
    b.director(co, tom, { start: "2019-07-01", function: "Bestuurder" });
    b.shareholder(co, lieve, 93);
    b.shareholder(co, tom, 93);
  }

  // --- 15. VZW ---------------------------------------------------------------------------------
  {
    const co = b.client({
      name: "Jeugdhuis De Klimop VZW",
      legalForm: "VZW",
      companyNumber: C.vzw,
      language: "NL",
      address: addr("Tiensestraat", "190", "3000", "Leuven"),
      fiscalYearEnd: "2025-12-31",
      nextGeneralMeeting: "2026-03-28T10:00:00",
    });
    const ruben = person("Ruben", "Jacobs", "NL", nationalNumber(2001, 3, 21, 17), addr("Naamsestraat", "100", "3000", "Leuven"));
    const fien = person("Fien", "Wouters", "NL", nationalNumber(2003, 10, 5, 42), addr("Brusselsestraat", "61", "3000", "Leuven"));
    const ahmed = person("Ahmed", "Bouzid", "NL", nationalNumber(1995, 6, 30, 215), addr("Diestsesteenweg", "200", "3010", "Kessel-Lo"));
    b.director(co, ruben, { start: "2023-03-25", function: "Voorzitter" });
    b.director(co, fien, { start: "2023-03-25T00:00:00", function: "Bestuurder" });
    b.director(co, ahmed, { start: "2021-03-27", function: "Bestuurder" });
  }

  // --- 16. Accents -----------------------------------------------------------------------------
  {
    const co = b.client({
      name: "Zoë & Chloé SRL",
      legalForm: "SRL",
      companyNumber: C.accents,
      language: "FR",
      address: addr("Rue du Bailli", "58", "1050", "Ixelles", "B"),
      fiscalYearEnd: "2025-12-31",
      nextGeneralMeeting: "2026-06-05T18:30:00",
      totalShares: 100,
      totalVotingRights: 100,
    });
    const zoe = person("Zoë", "Mertens", "FR", nationalNumber(1989, 2, 14, 230), addr("Rue de la Brasserie", "8", "1050", "Ixelles"));
    const chloe = person("Chloé", "Lhoest", "FR", nationalNumber(1990, 12, 1, 176), addr("Rue Vanderkindere", "300", "1180", "Uccle"));
    b.director(co, zoe, { start: "2021-01-15", function: "Administrateur" });
    b.director(co, chloe, { start: "2021-01-15", function: "Administrateur" });
    b.shareholder(co, zoe, 50);
    b.shareholder(co, chloe, 50);
  }

  // --- 17. English-speaking, 1-series ----------------------------------------------------------
  {
    const co = b.client({
      name: "Brussels Data Partners SRL",
      legalForm: "SRL",
      companyNumber: C.english,
      language: "EN",
      address: addr("Rue de la Loi", "227", "1040", "Etterbeek", "0301"),
      fiscalYearEnd: "2026-06-30",
      nextGeneralMeeting: "2026-12-15T16:00:00",
      totalShares: 1_000,
      totalVotingRights: 1_000,
    });
    const oliver = person("Oliver", "Grant", "EN", nationalNumber(1984, 5, 5, 123), addr("Avenue de Tervueren", "100", "1040", "Etterbeek"));
    // Bis number (+40: gender known).
    const priya = person("Priya", "Raman", "EN", nationalNumber(1992, 7, 23, 344, 40), addr("Rue Belliard", "150", "1040", "Etterbeek", "12"));
    // Lives in France, no Belgian national number.
    const pierre = person("Pierre", "Moreau", "FR", null, addr("Rue Nationale", "12", "59000", "Lille", null, "FR"));
    b.director(co, oliver, { start: "2024-01-10", function: "Administrateur délégué" });
    b.director(co, priya, { start: "2024-01-10", function: "Administrateur" });
    b.director(co, pierre, { start: "2025-02-01T00:00:00", function: "Administrateur" });
    b.shareholder(co, oliver, 600);
    b.shareholder(co, priya, 400);
  }

  // --- 18. Name starting with "=" --------------------------------------------------------------
  {
    const co = b.client({
      name: "=SUM(A1) Consulting SRL",
      legalForm: "SRL",
      companyNumber: C.nameStartsWithEquals,
      language: "FR",
      address: addr("Rue Royale", "150", "1000", "Bruxelles"),
      fiscalYearEnd: "2025-12-31",
      nextGeneralMeeting: "2026-06-17",
      totalShares: 100,
      totalVotingRights: 100,
    });
    const maxime = person("Maxime", "Jadot", "FR", nationalNumber(1983, 11, 8, 55), addr("Rue des Palais", "44", "1030", "Schaerbeek"));
    b.director(co, maxime, { start: "2020-10-01", function: "Administrateur" });
    b.shareholder(co, maxime, 100);
  }

  // --- 19. Name starting with an apostrophe ----------------------------------------------------
  {
    const co = b.client({
      name: "'t Vlaamsche Pannenhuis BV",
      legalForm: "BV",
      companyNumber: C.nameStartsWithApostrophe,
      language: "NL",
      address: addr("Zeedijk", "210", "8400", "Oostende"),
      fiscalYearEnd: "2026-03-31",
      nextGeneralMeeting: "2026-09-22T15:00:00",
      totalShares: 100,
      totalVotingRights: 100,
    });
    const wouter = person("Wouter", "Maes", "NL", nationalNumber(1986, 7, 4, 153), addr("Torhoutsesteenweg", "100", "8400", "Oostende"));
    b.director(co, wouter, { start: "2017-04-01", function: "Bestuurder" });
    b.shareholder(co, wouter, 60);
    b.shareholder(co, sarahMaes, 40);
  }

  // --- 20. 1-series BV, first long fiscal year ------------------------------------------------
  {
    const co = b.client({
      name: "Fietsherstel Kortrijk BV",
      legalForm: "BV",
      companyNumber: C.series1,
      language: "NL",
      address: addr("Doorniksestraat", "61", "8500", "Kortrijk"),
      fiscalYearEnd: "2026-06-30",
      nextGeneralMeeting: "2026-11-20T19:00:00",
      totalShares: 100,
      totalVotingRights: 100,
    });
    const jelle = person("Jelle", "Desmet", "NL", nationalNumber(2000, 2, 29, 33), addr("Gentsesteenweg", "12", "8500", "Kortrijk"));
    b.director(co, jelle, { start: "2024-11-04", function: "Bestuurder" });
    b.shareholder(co, jelle, 100);
  }

  // --- 21. SRL, fiscal year ending in June ----------------------------------------------------
  {
    const co = b.client({
      name: "Imprimerie Wauters SRL",
      legalForm: "SRL",
      companyNumber: C.fiscalYearJune,
      language: "FR",
      address: addr("Rue de la Tête d'Or", "12", "7500", "Tournai"),
      fiscalYearEnd: "2026-06-30",
      nextGeneralMeeting: "2026-12-10T18:00:00",
      totalShares: 750,
      totalVotingRights: 750,
    });
    const guy = person("Guy", "Wauters", "FR", nationalNumber(1960, 7, 14, 49), addr("Boulevard des Nerviens", "21", "7500", "Tournai"));
    const pascale = person("Pascale", "Wauters", "FR", nationalNumber(1962, 9, 1, 58), addr("Boulevard des Nerviens", "21", "7500", "Tournai"));
    b.director(co, guy, { start: "2012-07-01", function: "Administrateur" });
    b.director(co, pascale, { start: "2012-07-01T00:00:00", function: "Administrateur" });
    b.shareholder(co, guy, 375);
    b.shareholder(co, pascale, 375);
  }

  // =============================================================================================
  // Deliberate errors and warnings, one per company (see SEED_ERRORS)

  // --- Pre-CSA form with legacy role word ------------------------------------------------------
  {
    const co = b.client({
      name: "Schrijnwerkerij Peeters BVBA",
      legalForm: "BVBA",
      companyNumber: C.bvbaPre2019,
      language: "NL",
      address: addr("Kempische Steenweg", "310", "3500", "Hasselt"),
      fiscalYearEnd: "2025-12-31",
      nextGeneralMeeting: "2026-06-05",
      totalShares: 750,
      totalVotingRights: 750,
    });
    const luc = person("Luc", "Peeters", "NL", nationalNumber(1956, 4, 22, 101), addr("Genkersteenweg", "80", "3500", "Hasselt"));
    b.director(co, luc, { start: "2008-03-15", function: "Zaakvoerder" });
    b.shareholder(co, luc, 750);
  }

  // --- Enterprise number with bad check digits ------------------------------------------------
  {
    const co = b.client({
      name: "Garage du Centre SRL",
      legalForm: "SRL",
      companyNumber: C.badCheckDigits,
      language: "FR",
      address: addr("Rue de Dave", "210", "5100", "Jambes"),
      fiscalYearEnd: "2025-12-31",
      nextGeneralMeeting: "2026-06-12T18:00:00",
      totalShares: 100,
      totalVotingRights: 100,
    });
    const didier = person("Didier", "Pirson", "FR", nationalNumber(1971, 5, 27, 117), addr("Chaussée de Liège", "150", "5100", "Jambes"));
    b.director(co, didier, { start: "2016-02-01", function: "Administrateur" });
    b.shareholder(co, didier, 100);
  }

  // --- Missing general-meeting date -----------------------------------------------------------
  {
    const co = b.client({
      name: "Fleuriste Les Quatre Saisons SRL",
      legalForm: "SRL",
      companyNumber: C.missingMeeting,
      language: "FR",
      address: addr("Rue Royale", "66", "7500", "Tournai"),
      fiscalYearEnd: "2025-12-31",
      nextGeneralMeeting: null,
      totalShares: 100,
      totalVotingRights: 100,
    });
    const valerie = person("Valérie", "Deprez", "FR", nationalNumber(1982, 3, 3, 212), addr("Rue Saint-Piat", "3", "7500", "Tournai"));
    b.director(co, valerie, { start: "2019-09-01", function: "Administrateur" });
    b.shareholder(co, valerie, 100);
  }

  // --- Holdings not totalling 100 % -----------------------------------------------------------
  {
    const co = b.client({
      name: "Drukkerij De Ploeg BV",
      legalForm: "BV",
      companyNumber: C.holdingsNot100,
      language: "NL",
      address: addr("Kattestraat", "12", "9300", "Aalst"),
      fiscalYearEnd: "2025-12-31",
      nextGeneralMeeting: "2026-06-10T19:30:00",
      totalShares: 1_000,
      totalVotingRights: 1_000,
    });
    const home = () => addr("Brusselsesteenweg", "30", "9300", "Aalst");
    const geert = person("Geert", "Van Damme", "NL", nationalNumber(1965, 10, 20, 39), home());
    const ann = person("Ann", "Van Damme", "NL", nationalNumber(1967, 1, 8, 44), home());
    const wim = person("Wim", "Van Damme", "NL", nationalNumber(1995, 4, 17, 75), home());
    b.director(co, geert, { start: "2010-05-01", function: "Bestuurder" });
    b.shareholder(co, geert, 400);
    b.shareholder(co, ann, 300);
    b.shareholder(co, wim, 200);
  }

  // --- The same person spelled two ways -------------------------------------------------------
  {
    const co = b.client({
      name: "Menuiserie Dubois SRL",
      legalForm: "SRL",
      companyNumber: C.duplicatePerson,
      language: "FR",
      address: addr("Rue Saint-Léonard", "320", "4000", "Liège"),
      fiscalYearEnd: "2025-12-31",
      nextGeneralMeeting: "2026-06-04T17:00:00",
      totalShares: 100,
      totalVotingRights: 100,
    });
    const dubois = person("Jean-Marie", "Dubois", "FR", nationalNumber(1954, 9, 12, 27), addr("Rue Hors-Château", "14", "4000", "Liège"));
    const duboisAgain = b.person(
      {
        name: "DUBOIS Jean Marie",
        firstName: "Jean Marie",
        lastName: "DUBOIS",
        language: "FR",
        nationalNumber: null,
        address: addr("Rue Hors-Château", "14", "4000", "Liège"),
      },
      { allowSameNameAndAddress: true },
    );
    b.director(co, dubois, { start: "2017-01-01", function: "Administrateur" });
    b.shareholder(co, duboisAgain, 100);
  }

  // --- Expired mandate still listed -----------------------------------------------------------
  {
    const co = b.client({
      name: "Transport Janssens BV",
      legalForm: "BV",
      companyNumber: C.expiredMandate,
      language: "NL",
      address: addr("Steenweg op Gierle", "150", "2300", "Turnhout"),
      fiscalYearEnd: "2025-12-31",
      nextGeneralMeeting: "2026-06-19T18:00:00",
      totalShares: 200,
      totalVotingRights: 200,
    });
    const jan = person("Jan", "Janssens", "NL", nationalNumber(1962, 11, 11, 61), addr("Herentalsstraat", "40", "2300", "Turnhout"));
    const marc = person("Marc", "Wouters", "NL", nationalNumber(1968, 2, 2, 81), addr("Gasthuisstraat", "9", "2300", "Turnhout"));
    b.director(co, jan, { start: "2012-09-01", function: "Bestuurder" });
    b.director(co, marc, { start: "2016-09-01T00:00:00", end: "2024-06-30T00:00:00", function: "Bestuurder" });
    b.shareholder(co, jan, 200);
  }

  // --- SA with 2 directors and 5 shareholders -------------------------------------------------
  {
    const co = b.client({
      name: "Hôtel Beau Séjour SA",
      legalForm: "SA",
      companyNumber: C.saTwoDirectorsFiveShareholders,
      language: "FR",
      address: addr("Avenue Reine Astrid", "5", "4900", "Spa"),
      fiscalYearEnd: "2025-12-31",
      nextGeneralMeeting: "2026-05-12T11:00:00",
      totalShares: 1_000,
      totalVotingRights: 1_000,
    });
    const home = () => addr("Route de la Sauvenière", "40", "4900", "Spa");
    const serge = person("Serge", "Lejeune", "FR", nationalNumber(1958, 8, 15, 31), home());
    const monique = person("Monique", "Lejeune", "FR", nationalNumber(1960, 5, 5, 46), home());
    const arnaud = person("Arnaud", "Lejeune", "FR", nationalNumber(1988, 9, 19, 143), addr("Rue Delhasse", "9", "4900", "Spa"));
    const camille = person("Camille", "Lejeune", "FR", nationalNumber(2004, 1, 25, 18), home());
    const denis = person("Denis", "Fraipont", "FR", nationalNumber(1970, 3, 17, 203), addr("Rue Royale", "10", "4900", "Spa"));
    b.director(co, serge, { start: "2022-05-10", end: "2028-05-09", function: "Administrateur délégué" });
    b.director(co, monique, { start: "2022-05-10", end: "2028-05-09", function: "Administrateur" });
    b.shareholder(co, serge, 400);
    b.shareholder(co, monique, 300);
    b.shareholder(co, arnaud, 100);
    b.shareholder(co, camille, 100);
    b.shareholder(co, denis, 100);
  }

  // --- Director with an invalid national number -----------------------------------------------
  {
    const co = b.client({
      name: "Électricité Schmit SRL",
      legalForm: "SRL",
      companyNumber: C.invalidNationalNumber,
      language: "FR",
      address: addr("Grand-Rue", "44", "6700", "Arlon"),
      fiscalYearEnd: "2025-12-31",
      nextGeneralMeeting: "2026-06-26T18:00:00",
      totalShares: 100,
      totalVotingRights: 100,
    });
    const patrick = person("Patrick", "Schmit", "FR", SEED_INVALID_NATIONAL_NUMBER, addr("Avenue de Longwy", "100", "6700", "Arlon"));
    b.director(co, patrick, { start: "2018-01-02", function: "Administrateur" });
    b.shareholder(co, patrick, 100);
  }

  // --- Establishment-unit number as company number --------------------------------------------
  {
    const co = b.client({
      name: "Boulangerie Saint-Roch SRL",
      legalForm: "SRL",
      companyNumber: C.establishmentUnit,
      language: "FR",
      address: addr("Rue du Brou", "23", "4800", "Verviers"),
      fiscalYearEnd: "2025-12-31",
      nextGeneralMeeting: "2026-06-03T18:00:00",
      totalShares: 100,
      totalVotingRights: 100,
    });
    const nicolas = person("Nicolas", "Hansen", "FR", nationalNumber(1977, 12, 30, 33), addr("Place Verte", "5", "4800", "Verviers"));
    b.director(co, nicolas, { start: "2015-06-01", function: "Administrateur" });
    b.shareholder(co, nicolas, 100);
  }

  // --- Beneficial owners not kept current, through two levels of holdings -----------------------
  // Declercq Holding NV holds 70 %; Marc controls it (60 %), so its whole 70 % is his. Declercq
  // Invest SA holds the other 40 % of the holding, and Sofie owns all of Invest: 40 % × 70 % = 28 %.
  // Pieter holds 30 % directly. Only Marc and Luc (who sold his shares) are registered.
  const uboNotKept = b.client({
    name: "Groep Declercq BV",
    legalForm: "BV",
    companyNumber: C.uboNotKept,
    language: "NL",
    address: addr("Brugsesteenweg", "250", "8800", "Roeselare"),
    fiscalYearEnd: "2025-12-31",
    nextGeneralMeeting: "2026-06-09",
    totalShares: 1_000,
    totalVotingRights: 1_000,
  });
  {
    const co = uboNotKept;
    const home = () => addr("Meensesteenweg", "12", "8800", "Roeselare");
    const marc = person("Marc", "Declercq", "NL", nationalNumber(1960, 3, 3, 57), home());
    const sofie = person("Sofie", "Declercq", "NL", nationalNumber(1987, 7, 14, 122), addr("Zuidstraat", "4", "8800", "Roeselare"));
    const pieter = person("Pieter", "Declercq", "NL", nationalNumber(1989, 1, 30, 91), addr("Noordstraat", "18", "8800", "Roeselare"));
    const luc = person("Luc", "Declercq", "NL", nationalNumber(1958, 12, 1, 75), addr("Ieperstraat", "2", "8800", "Roeselare"));
    const holding = b.otherCompany({
      name: "Declercq Holding NV",
      legalForm: "NV",
      companyNumber: "0654321022",
      language: "NL",
      address: addr("Brugsesteenweg", "250", "8800", "Roeselare"),
      totalShares: 100,
      totalVotingRights: 100,
    });
    const invest = b.otherCompany({
      name: "Declercq Invest SA",
      legalForm: "SA",
      companyNumber: "0471638546",
      language: "NL",
      address: addr("Zuidstraat", "4", "8800", "Roeselare"),
      totalShares: 10,
      totalVotingRights: 10,
    });
    b.shareholder(holding, marc, 60);
    b.shareholder(holding, invest, 40);
    b.shareholder(invest, sofie, 10);
    b.director(co, marc, { start: "2016-01-01", function: "Gedelegeerd bestuurder" });
    b.shareholder(co, holding, 700);
    b.shareholder(co, pieter, 300);
    b.other(co, LINK.beneficiary, marc, "UBO via Declercq Holding NV");
    b.other(co, LINK.beneficiary, luc, "Sold his shares in 2024");
  }

  // Last, so that every earlier id and code stays what it was.
  addLegalFiles(b);
  // The office keeps its clients' beneficiaries current, except the one that shows what is missing.
  for (const r of b.relations) if (r.status === "Customer" && r.type === "Company" && r !== uboNotKept) b.registerBeneficialOwners(r);
  return { tokens: TOKENS.map((t) => ({ ...t })), relations: b.relations };
}

// ---------------------------------------------------------------------------------------------
// The cooperative with 2,000 generated cooperators

const COOP_SIZE = 2_000;
const COOP_PRNG_SEED = 0x5eed_2000;

const NL_MALE = [
  "Jan",
  "Pieter",
  "Koen",
  "Bart",
  "Tom",
  "Wim",
  "Dirk",
  "Luc",
  "Geert",
  "Stijn",
  "Joris",
  "Pieterjan",
  "Bram",
  "Lucas",
  "Arne",
  "Senne",
  "Wout",
  "Jef",
  "Frank",
  "Marc",
  "Hugo",
  "Rik",
  "Filip",
  "Kris",
  "Seppe",
  "Mathias",
  "Thomas",
  "Ward",
  "Lars",
  "Robbe",
  "Noah",
  "Milan",
  "Jasper",
  "Dries",
  "Hannes",
  "Jeroen",
] as const;
const NL_FEMALE = [
  "An",
  "Els",
  "Lieve",
  "Katrien",
  "Sofie",
  "Marie",
  "Hilde",
  "Greet",
  "Leen",
  "Inge",
  "Sarah",
  "Lotte",
  "Fien",
  "Emma",
  "Noor",
  "Lien",
  "Elke",
  "Veerle",
  "Nathalie",
  "Griet",
  "Kaat",
  "Ine",
  "Jana",
  "Lore",
  "Febe",
  "Marieke",
  "Anouk",
  "Hanne",
  "Ellen",
  "Eline",
  "Julie",
  "Charlotte",
] as const;
const NL_LAST = [
  "Peeters",
  "Janssens",
  "Maes",
  "Jacobs",
  "Mertens",
  "Willems",
  "Claes",
  "Goossens",
  "Wouters",
  "De Smet",
  "Dubois",
  "Hermans",
  "Aerts",
  "Pauwels",
  "Vermeulen",
  "Van Damme",
  "De Clercq",
  "Verstraete",
  "Van de Velde",
  "Desmet",
  "De Backer",
  "Martens",
  "Coppens",
  "Lambrecht",
  "De Wilde",
  "Van Acker",
  "Verhaeghe",
  "De Vos",
  "Bogaert",
  "Dewulf",
  "Vandenberghe",
  "Van Hecke",
  "De Meyer",
  "Declercq",
  "Vanderstraeten",
  "Baert",
  "Cools",
  "Verbeke",
  "Michiels",
  "Segers",
  "Van Hoecke",
  "D'Hondt",
  "Van Landeghem",
  "De Coninck",
  "Timmerman",
  "Vercruysse",
  "Vanhove",
  "Sterckx",
  "Moerman",
  "Van Impe",
] as const;
const EAST_FLANDERS = [
  { postalCode: "9000", city: "Gent" },
  { postalCode: "9030", city: "Mariakerke" },
  { postalCode: "9040", city: "Sint-Amandsberg" },
  { postalCode: "9050", city: "Gentbrugge" },
  { postalCode: "9070", city: "Destelbergen" },
  { postalCode: "9090", city: "Melle" },
  { postalCode: "9100", city: "Sint-Niklaas" },
  { postalCode: "9160", city: "Lokeren" },
  { postalCode: "9200", city: "Dendermonde" },
  { postalCode: "9300", city: "Aalst" },
  { postalCode: "9700", city: "Oudenaarde" },
  { postalCode: "9800", city: "Deinze" },
  { postalCode: "9820", city: "Merelbeke" },
  { postalCode: "9840", city: "De Pinte" },
  { postalCode: "9880", city: "Aalter" },
  { postalCode: "9900", city: "Eeklo" },
] as const;
const NL_STREETS = [
  "Kerkstraat",
  "Stationsstraat",
  "Molenstraat",
  "Dorpsstraat",
  "Nieuwstraat",
  "Schoolstraat",
  "Kapelstraat",
  "Beekstraat",
  "Veldstraat",
  "Heirweg",
  "Lindenlaan",
  "Eikenlaan",
  "Brugsesteenweg",
  "Kortrijksesteenweg",
  "Oudenaardsesteenweg",
  "Antwerpsesteenweg",
  "Hoogstraat",
  "Zandstraat",
  "Meersstraat",
  "Bosstraat",
  "Processiestraat",
  "Kouterstraat",
  "Warandestraat",
  "Sint-Jozefstraat",
  "Koning Albertlaan",
] as const;

function daysInMonth(yyyy: number, mm: number): number {
  return [31, yyyy % 4 === 0 && (yyyy % 100 !== 0 || yyyy % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mm - 1] ?? 30;
}

function addCoop2000(b: SeedBuilder): void {
  const rng = new Rng(COOP_PRNG_SEED);
  const coop = b.client({
    name: "Energiecoöperatie Zonnewind CV",
    legalForm: "CV",
    companyNumber: C.coop2000,
    language: "NL",
    address: addr("Kortrijksesteenweg", "1024", "9000", "Gent"),
    fiscalYearEnd: "2025-12-31",
    nextGeneralMeeting: "2026-06-20T10:00:00",
    totalShares: null, // set below to the sum of the generated holdings
    totalVotingRights: COOP_SIZE,
  });

  const cooperators: SandboxRelation[] = [];
  const holdings: number[] = [];
  while (cooperators.length < COOP_SIZE) {
    const female = rng.chance(0.5);
    const firstName = rng.pick(female ? NL_FEMALE : NL_MALE);
    const lastName = rng.pick(NL_LAST);
    const place = rng.pick(EAST_FLANDERS);
    const address = addr(rng.pick(NL_STREETS), String(rng.int(1, 250)), place.postalCode, place.city, rng.chance(0.1) ? String(rng.int(1, 12)) : null);
    const yyyy = rng.int(1940, 2006);
    const mm = rng.int(1, 12);
    const dd = rng.int(1, daysInMonth(yyyy, mm));
    const serial = rng.int(0, 498) * 2 + (female ? 2 : 1); // odd for men, even for women
    const nn = nationalNumber(yyyy, mm, dd, serial);
    if (b.hasNationalNumber(nn) || b.hasPersonKey(`${firstName} ${lastName}`, address)) continue;
    cooperators.push(b.person({ firstName, lastName, language: "NL", nationalNumber: nn, address }, { generated: true }));
    holdings.push(rng.chance(0.7) ? rng.int(1, 4) : rng.int(5, 40));
  }

  const [chair, managing, board] = cooperators;
  if (!chair || !managing || !board) throw new Error("seed: coop has no board");
  b.director(coop, chair, { start: "2022-06-18", function: "Voorzitter" });
  b.director(coop, managing, { start: "2022-06-18", function: "Gedelegeerd bestuurder" });
  b.director(coop, board, { start: "2024-06-15T00:00:00", function: "Bestuurder" });

  let total = 0;
  cooperators.forEach((c, i) => {
    const shares = holdings[i] ?? 1;
    total += shares;
    b.shareholder(coop, c, shares, 1); // one cooperator, one vote
  });
  coop.totalShares = total;
}
