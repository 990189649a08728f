// A small hand-made seed whose every value the tests know, so assertions can be exact.
// (The demo seed of sandbox/seed.ts is used where its size matters: the 2,000-shareholder coop.)

import type { SandboxRelation, SandboxSeed } from "../../sandbox/model";

export const TOKEN = "fixture-token-0123456789";
export const EXPIRED = "fixture-expired";
export const NO_PERMISSION = "fixture-no-permission";

export const ACME = { id: "c0000000-0000-4000-8000-000000000001", number: "0566988259" } as const;
export const SOLO = { id: "c0000000-0000-4000-8000-000000000002", number: "0123456749" } as const;
/** A VAT-unit member: its VAT number is not its company number. */
export const VAT_UNIT = { id: "c0000000-0000-4000-8000-000000000003", number: "0888888895", vat: "0777777771" } as const;
export const PERSON_A = "p0000000-0000-4000-8000-00000000000a";
export const PERSON_B = "p0000000-0000-4000-8000-00000000000b";
export const HOLDCO = "c0000000-0000-4000-8000-0000000000cc";
export const AUDITOR = "c0000000-0000-4000-8000-0000000000dd";
export const CONTACT = "p0000000-0000-4000-8000-0000000000ee";
export const GHOST = "p0000000-0000-4000-8000-0000000000ff"; // linked, but absent from AdminPulse
export const FILLERS = 450;

function person(uniqueIdentifier: string, firstName: string, lastName: string, nationalNumber: string | null): SandboxRelation {
  return {
    uniqueIdentifier,
    id: String(1000 + uniqueIdentifier.charCodeAt(uniqueIdentifier.length - 1)),
    name: `${lastName} ${firstName}`,
    type: "Person",
    firstName,
    lastName,
    nationalNumber,
    address: { street: "Rue Haute", number: "1", postalCode: "1000", city: "Bruxelles", country: "BE" },
    tos: [],
  };
}

export function fixtureSeed(): SandboxSeed {
  const relations: SandboxRelation[] = [
    {
      uniqueIdentifier: ACME.id,
      id: "1",
      code: "CLI0001",
      name: "L'Atelier Zoë SRL",
      type: "Company",
      legalForm: "SRL",
      companyNumber: ACME.number,
      vatNumber: `BE${ACME.number}`,
      language: "FR",
      status: "Customer",
      address: { street: "Rue de la Station", number: "12", box: "B", postalCode: "5000", city: "Namur", country: "BE" },
      fiscalYearEnd: "2025-12-31T00:00:00",
      nextGeneralMeeting: "2026-06-09T18:00:00",
      totalShares: 1000,
      totalVotingRights: 1000,
      tos: [
        { linkType: 4, uniqueIdentifier: PERSON_A, startDate: "2021-06-08", endDate: null, function: "Administrateur délégué" },
        {
          linkType: 4,
          uniqueIdentifier: HOLDCO,
          startDate: "2022-01-01T00:00:00",
          endDate: "2028-01-01",
          function: "Administrateur",
          representativeUniqueIdentifier: PERSON_B,
        },
        { linkType: 6, uniqueIdentifier: PERSON_A, shares: 600, votingRights: 600, underOption: false },
        { linkType: 2, uniqueIdentifier: PERSON_A },
        { linkType: 6, uniqueIdentifier: HOLDCO, shares: 400, votingRights: 400, underOption: false },
        { linkType: 7, uniqueIdentifier: AUDITOR, startDate: "2024-06-11", endDate: "2027-06-08", ireNumber: "B00123" },
        { linkType: 6, uniqueIdentifier: GHOST, shares: 0, votingRights: 0 },
        { linkType: 1, uniqueIdentifier: CONTACT },
        { linkType: 99, uniqueIdentifier: CONTACT },
        { linkType: 42, uniqueIdentifier: CONTACT },
        { linkType: 99, uniqueIdentifier: PERSON_B },
      ],
    },
    {
      uniqueIdentifier: SOLO.id,
      id: "2",
      name: "Dupont Marc",
      type: "SoleProprietor",
      companyNumber: SOLO.number,
      vatNumber: `BE${SOLO.number}`,
      status: "Customer",
      tos: [],
    },
    {
      uniqueIdentifier: VAT_UNIT.id,
      id: "3",
      name: "Membre Unité TVA SA",
      type: "Company",
      companyNumber: VAT_UNIT.number,
      vatNumber: `BE ${VAT_UNIT.vat}`,
      status: "Customer",
      tos: [],
    },
    person(PERSON_A, "Zoë", "Dubois", "85073003328"),
    person(PERSON_B, "Jan", "Peeters", null),
    { uniqueIdentifier: HOLDCO, id: "20", name: "Holding Dubois SA", type: "Company", legalForm: "SA", companyNumber: "0403170701", tos: [] },
    { uniqueIdentifier: AUDITOR, id: "21", name: "Réviseurs Associés SRL", type: "Company", legalForm: "SRL", companyNumber: "0200065765", tos: [] },
    person(CONTACT, "Eva", "Contact", null),
  ];
  for (let i = 0; i < FILLERS; i++) {
    relations.push(person(`f${String(i).padStart(7, "0")}-0000-4000-8000-000000000000`, `Filler${i}`, "Person", null));
  }
  return {
    tokens: [
      { token: TOKEN, kind: "valid", description: "fixture" },
      { token: EXPIRED, kind: "expired", description: "fixture" },
      { token: NO_PERMISSION, kind: "no-permission", description: "fixture" },
    ],
    relations,
  };
}
