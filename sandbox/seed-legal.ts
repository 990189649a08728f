// The legal-files corpus: client companies kept as Belgian offices really keep them, every one of
// them correct in law. The checks must raise no error on any of them, and only the warnings and
// infos each one lists (test/checks/legal-files.test.ts). With the legal companies of the main seed
// (SEED_COMPANIES) they make the corpus the checks are held to.

import { LINK, type SandboxRelation } from "./model";
import { nationalNumber } from "./belgian-ids";
import { addr, type SeedBuilder } from "./seed-builders";

/** The corpus's own companies, by what makes them legal but unusual (10-digit enterprise numbers). */
export const SEED_LEGAL_FILES = {
  /** Schrijnwerkerij Maes BV: a director who left in 2023 (history) beside the one in office. */
  directorHistory: "0575305416",
  /** Boucherie Lenoir SRL: a director who left during the financial year, still listed for discharge. */
  leftDuringYear: "0409776696",
  /** Fondation Lumière pour l'Enfance (private foundation): a board of 3, no general meeting. */
  foundation: "0837312314",
  /** Peeters & Wouters VOF: two partners who manage it together, no named manager, no meeting date. */
  partnershipNoManager: "0430347032",
  /** Cercle Philatélique de Spa ASBL: a small association, 3 directors. */
  smallAsbl: "0532550685",
  /** Château de Wavre SA: a former SCA, now an SA with its sole director ("administrateur unique"). */
  formerScaSoleDirector: "0600445737",
  /** Ateliers Hennuyers SA: auditor term recorded to the meeting of its third year. */
  auditorTermToMeeting: "0414160504",
  /** Scheepswerf Noordzee NV: auditor term recorded to the third financial year's end date. */
  auditorTermToYearEnd: "0446093991",
  /** Schoenmakerij Claes BVBA: a pre-2019 form, with a financial year that ended before 2024. */
  oldFormBefore2024: "0523520876",
  /** Textiles Verviers SRL (in liquidation): run by its liquidator, its directors' mandates ended. */
  liquidation: "0708107324",
  /** Imprimerie Dujardin SA: 5 % of its shares held by itself (treasury shares, votes suspended). */
  treasuryShares: "0601087620",
  /** Garage Vandenberghe BV: after an estate plan, the father holds the usufruct, his two children the bare ownership. */
  splitOwnership: "0683600174",
  /** Brouwerij Van Hecke NV: 80 % held by a family holding the two siblings own half each, 20 % by one of them directly. */
  holdingStructure: "0876543270",
} as const;

export function addLegalFiles(b: SeedBuilder): void {
  const C = SEED_LEGAL_FILES;
  const person = (
    firstName: string,
    lastName: string,
    language: string,
    born: [number, number, number, number],
    address: ReturnType<typeof addr>,
  ): SandboxRelation => b.person({ firstName, lastName, language, nationalNumber: nationalNumber(...born), address });
  const year = { fiscalYearEnd: "2025-12-31", totalShares: 100, totalVotingRights: 100 };

  {
    const co = b.client({
      name: "Schrijnwerkerij Maes BV",
      legalForm: "BV",
      companyNumber: C.directorHistory,
      language: "NL",
      address: addr("Kerkstraat", "5", "9100", "Sint-Niklaas"),
      nextGeneralMeeting: "2026-06-02",
      ...year,
    });
    const pieter = person("Pieter", "Maes", "NL", [1966, 3, 14, 211], addr("Kerkstraat", "7", "9100", "Sint-Niklaas"));
    const lotte = person("Lotte", "Maes", "NL", [1993, 7, 2, 88], addr("Stationsstraat", "40", "9100", "Sint-Niklaas"));
    b.director(co, pieter, { start: "2008-01-01", end: "2023-06-30", function: "Bestuurder" });
    b.director(co, lotte, { start: "2023-07-01", function: "Bestuurder" });
    b.shareholder(co, lotte, 100);
  }
  {
    const co = b.client({
      name: "Boucherie Lenoir SRL",
      legalForm: "SRL",
      companyNumber: C.leftDuringYear,
      language: "FR",
      address: addr("Rue Haute", "18", "6000", "Charleroi"),
      nextGeneralMeeting: "2026-06-09",
      ...year,
    });
    const alain = person("Alain", "Lenoir", "FR", [1960, 10, 1, 45], addr("Rue Haute", "20", "6000", "Charleroi"));
    const chloe = person("Chloé", "Lenoir", "FR", [1989, 5, 23, 132], addr("Rue du Pont", "3", "6000", "Charleroi"));
    b.director(co, alain, { start: "2012-02-01", end: "2025-09-30", function: "Administrateur" });
    b.director(co, chloe, { start: "2025-10-01", function: "Administrateur" });
    b.shareholder(co, alain, 40);
    b.shareholder(co, chloe, 60);
  }
  {
    const co = b.client({
      name: "Fondation Lumière pour l'Enfance",
      legalForm: "Fondation privée",
      companyNumber: C.foundation,
      language: "FR",
      address: addr("Avenue Louise", "231", "1050", "Ixelles"),
      nextGeneralMeeting: null,
      fiscalYearEnd: "2025-12-31",
    });
    for (const [first, last, born] of [
      ["Hélène", "Verbist", [1958, 1, 30, 64]],
      ["Karim", "Haddad", [1975, 9, 12, 157]],
      ["Sofie", "Janssens", [1981, 4, 4, 23]],
    ] as const) {
      b.director(co, person(first, last, "FR", [...born], addr("Rue de la Paix", String(born[3]), "1050", "Ixelles")), {
        start: "2020-01-15",
        function: "Administrateur",
      });
    }
  }
  {
    const co = b.client({
      name: "Peeters & Wouters VOF",
      legalForm: "VOF",
      companyNumber: C.partnershipNoManager,
      language: "NL",
      address: addr("Markt", "9", "2000", "Antwerpen"),
      nextGeneralMeeting: null,
      fiscalYearEnd: "2025-12-31",
    });
    const bart = person("Bart", "Peeters", "NL", [1977, 6, 6, 99], addr("Markt", "11", "2000", "Antwerpen"));
    const els = person("Els", "Wouters", "NL", [1979, 11, 19, 180], addr("Meir", "2", "2000", "Antwerpen"));
    b.other(co, LINK.partner, bart, "Vennoot");
    b.other(co, LINK.partner, els, "Vennoot");
  }
  {
    const co = b.client({
      name: "Cercle Philatélique de Spa ASBL",
      legalForm: "ASBL",
      companyNumber: C.smallAsbl,
      language: "FR",
      address: addr("Place Royale", "1", "4900", "Spa"),
      nextGeneralMeeting: "2026-04-18",
      fiscalYearEnd: "2025-12-31",
    });
    for (const [first, last, born, role] of [
      ["Jacques", "Hougardy", [1950, 2, 8, 31], "Président"],
      ["Monique", "Lejeune", [1955, 12, 24, 140], "Administrateur"],
      ["Paul", "Dethier", [1962, 7, 17, 77], "Administrateur"],
    ] as const) {
      b.director(co, person(first, last, "FR", [...born], addr("Rue Royale", String(born[3]), "4900", "Spa")), { start: "2022-04-23", function: role });
    }
  }
  {
    const co = b.client({
      name: "Château de Wavre SA",
      legalForm: "SA",
      companyNumber: C.formerScaSoleDirector,
      language: "FR",
      address: addr("Drève du Château", "1", "1300", "Wavre"),
      nextGeneralMeeting: "2026-05-26",
      fiscalYearEnd: "2025-12-31",
      totalShares: 1_000,
      totalVotingRights: 1_000,
    });
    const gestion = b.otherCompany({
      name: "Gestion du Château SRL",
      legalForm: "SRL",
      companyNumber: "0498255643",
      language: "FR",
      address: addr("Drève du Château", "3", "1300", "Wavre"),
    });
    const bernard = person("Bernard", "d'Ursel", "FR", [1964, 8, 8, 203], addr("Drève du Château", "5", "1300", "Wavre"));
    b.director(co, gestion, { start: "2024-01-01", function: "Administrateur unique", representative: bernard });
    b.shareholder(co, gestion, 600);
    b.shareholder(co, bernard, 400);
  }
  {
    const co = b.client({
      name: "Ateliers Hennuyers SA",
      legalForm: "SA",
      companyNumber: C.auditorTermToMeeting,
      language: "FR",
      address: addr("Rue de Nimy", "50", "7000", "Mons"),
      nextGeneralMeeting: "2026-06-09",
      fiscalYearEnd: "2025-12-31",
      totalShares: 1_000,
      totalVotingRights: 1_000,
    });
    const directors = (["Luc", "Anne", "Marc"] as const).map((first, i) =>
      person(first, "Hennuyer", "FR", [1965 + i, 3, 3, 40 + i], addr("Rue de Nimy", String(60 + i), "7000", "Mons")),
    );
    for (const d of directors) b.director(co, d, { start: "2023-06-13", end: "2029-06-12", function: "Administrateur" });
    directors.forEach((d, i) => b.shareholder(co, d, [500, 300, 200][i]!));
    const reviseur = person("Nathalie", "Bruyère", "FR", [1972, 2, 2, 166], addr("Rue d'Havré", "8", "7000", "Mons"));
    // Appointed at the 2024 meeting for 2024, 2025 and 2026: ends at the meeting that approves 2026.
    b.auditor(co, reviseur, "2024-06-11", "2027-06-08", "A02345");
  }
  {
    const co = b.client({
      name: "Scheepswerf Noordzee NV",
      legalForm: "NV",
      companyNumber: C.auditorTermToYearEnd,
      language: "NL",
      address: addr("Havenlaan", "100", "8400", "Oostende"),
      nextGeneralMeeting: "2026-05-19",
      fiscalYearEnd: "2025-12-31",
      totalShares: 2_000,
      totalVotingRights: 2_000,
    });
    const directors = (["Wim", "Ann", "Koen"] as const).map((first, i) =>
      person(first, "Vandamme", "NL", [1968 + i, 5, 5, 60 + i], addr("Havenlaan", String(110 + i), "8400", "Oostende")),
    );
    for (const d of directors) b.director(co, d, { start: "2022-05-17", end: "2028-05-16", function: "Bestuurder" });
    directors.forEach((d, i) => b.shareholder(co, d, [1_000, 600, 400][i]!));
    const revisor = person("Dirk", "Pauwels", "NL", [1970, 10, 10, 12], addr("Kapellestraat", "4", "8400", "Oostende"));
    // Appointed at the 2025 meeting for 2025, 2026 and 2027, recorded to the third year's end.
    b.auditor(co, revisor, "2025-05-20", "2027-12-31", "A03456");
  }
  {
    const co = b.client({
      name: "Schoenmakerij Claes BVBA",
      legalForm: "BVBA",
      companyNumber: C.oldFormBefore2024,
      language: "NL",
      address: addr("Diestsestraat", "77", "3000", "Leuven"),
      nextGeneralMeeting: "2024-06-04",
      fiscalYearEnd: "2023-12-31",
      totalShares: 100,
      totalVotingRights: 100,
    });
    const jef = person("Jef", "Claes", "NL", [1959, 9, 9, 111], addr("Diestsestraat", "79", "3000", "Leuven"));
    b.director(co, jef, { start: "1995-01-01", function: "Bestuurder" });
    b.shareholder(co, jef, 100);
  }
  {
    const co = b.client({
      name: "Textiles Verviers SRL",
      legalForm: "SRL",
      companyNumber: C.liquidation,
      language: "FR",
      address: addr("Rue de la Station", "12", "4800", "Verviers"),
      nextGeneralMeeting: "2026-06-16",
      ...year,
    });
    const ancien = person("Michel", "Thonon", "FR", [1957, 4, 1, 9], addr("Rue du Collège", "2", "4800", "Verviers"));
    const liquidateur = person("Sarah", "Gilson", "FR", [1976, 8, 19, 224], addr("Boulevard de la Sauvenière", "90", "4000", "Liège"));
    b.director(co, ancien, { start: "2001-03-01", end: "2025-03-31", function: "Administrateur" });
    b.director(co, liquidateur, { start: "2025-04-01", function: "Liquidateur" });
    b.shareholder(co, ancien, 100);
  }
  {
    const co = b.client({
      name: "Imprimerie Dujardin SA",
      legalForm: "SA",
      companyNumber: C.treasuryShares,
      language: "FR",
      address: addr("Rue des Carmes", "15", "7500", "Tournai"),
      nextGeneralMeeting: "2026-05-12",
      fiscalYearEnd: "2025-12-31",
      totalShares: 1_000,
      totalVotingRights: 950,
    });
    const directors = (["Henri", "Odile", "Yves"] as const).map((first, i) =>
      person(first, "Dujardin", "FR", [1960 + i, 6, 6, 70 + i], addr("Rue des Carmes", String(17 + i), "7500", "Tournai")),
    );
    for (const d of directors) b.director(co, d, { start: "2024-05-14", end: "2030-05-13", function: "Administrateur" });
    b.shareholder(co, directors[0]!, 500);
    b.shareholder(co, directors[1]!, 300);
    b.shareholder(co, directors[2]!, 150);
    // Bought back (art. 7:215 CSA): counted in the share total, no votes while the company holds them.
    b.shareholder(co, co, 50, 0, "Actions propres");
  }
  {
    const co = b.client({
      name: "Garage Vandenberghe BV",
      legalForm: "BV",
      companyNumber: C.splitOwnership,
      language: "NL",
      address: addr("Gentsesteenweg", "210", "8500", "Kortrijk"),
      nextGeneralMeeting: "2026-06-02",
      ...year,
    });
    const vader = person("Roger", "Vandenberghe", "NL", [1952, 1, 20, 15], addr("Gentsesteenweg", "212", "8500", "Kortrijk"));
    const dochter = person("Inge", "Vandenberghe", "NL", [1980, 3, 3, 102], addr("Doorniksestraat", "8", "8500", "Kortrijk"));
    const zoon = person("Tom", "Vandenberghe", "NL", [1983, 12, 1, 57], addr("Lange Steenstraat", "30", "8500", "Kortrijk"));
    b.director(co, vader, { start: "1990-01-01", function: "Bestuurder" });
    b.director(co, dochter, { start: "2022-01-01", function: "Bestuurder" });
    // The usufructuary votes (art. 5:22 CSA); the bare owners hold the shares that make the total.
    b.shareholder(co, vader, 100, 100);
    b.shareholder(co, dochter, 50, 0);
    b.shareholder(co, zoon, 50, 0);
    const [usufruct, bare1, bare2] = co.tos.filter((l) => l.linkType === LINK.shareholder);
    usufruct!.ownershipRights = "Usufruct";
    bare1!.ownershipRights = "BareOwnership";
    bare2!.ownershipRights = "BareOwnership";
  }
  {
    // Neither sibling controls the holding (50 % each): Koen 20 % + 50 % × 80 % = 60 %, Els 40 %.
    // Both are registered as beneficiaries, through the holding as AdminPulse links them.
    const co = b.client({
      name: "Brouwerij Van Hecke NV",
      legalForm: "NV",
      companyNumber: C.holdingStructure,
      language: "NL",
      address: addr("Brouwerijstraat", "1", "9000", "Gent"),
      nextGeneralMeeting: "2026-05-19",
      fiscalYearEnd: "2025-12-31",
      totalShares: 1_000,
      totalVotingRights: 1_000,
    });
    const holding = b.otherCompany({
      name: "Van Hecke Familiale Holding BV",
      legalForm: "BV",
      companyNumber: "0753124628",
      language: "NL",
      address: addr("Brouwerijstraat", "3", "9000", "Gent"),
      totalShares: 200,
      totalVotingRights: 200,
    });
    const koen = person("Koen", "Van Hecke", "NL", [1971, 5, 5, 163], addr("Coupure", "40", "9000", "Gent"));
    const els = person("Els", "Van Hecke", "NL", [1974, 9, 27, 88], addr("Kortrijksesteenweg", "101", "9000", "Gent"));
    const joris = person("Joris", "De Smet", "NL", [1969, 2, 14, 115], addr("Brusselsesteenweg", "7", "9090", "Melle"));
    b.shareholder(holding, koen, 100);
    b.shareholder(holding, els, 100);
    b.director(co, koen, { start: "2021-05-18", end: "2027-05-17", function: "Gedelegeerd bestuurder" });
    b.director(co, els, { start: "2021-05-18", end: "2027-05-17", function: "Bestuurder" });
    b.director(co, joris, { start: "2021-05-18", end: "2027-05-17", function: "Onafhankelijk bestuurder" });
    b.shareholder(co, holding, 800);
    b.shareholder(co, koen, 200);
    b.other(co, LINK.beneficiary, koen, "20 % direct, 40 % via Van Hecke Familiale Holding BV");
    b.other(co, LINK.beneficiary, els, "UBO via Van Hecke Familiale Holding BV");
  }
}
