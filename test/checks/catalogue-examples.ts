// One input per check that makes runChecks report it, built with the checks' test builders: the
// example finding docs/checks.md quotes for the check is the first finding with its id. Each input
// is the clean SRL or SA of ./support.ts with the one thing wrong the check is about.

import { enterpriseNumberWithBadCheckDigits, nationalNumberWithBadCheckDigits } from "../../sandbox/belgian-ids";
import { type CheckId, type CheckInput, type Finding, runChecks } from "../../src/checks";
import type { PermanentData } from "../../src/permanent-data/model";
import { EN, NN, TODAY, addManual, cleanSa, cleanSrl, company, director, holding, inputOf, person, setField, type Input } from "./support";

export interface CatalogueExample {
  /** The situation, in one English sentence, as the page introduces the example. */
  situation: string;
  /** A fresh input each call. */
  input: () => CheckInput;
}

function withForm(data: PermanentData, raw: string, code: string | null, preCsa = false): PermanentData {
  data.company.legalForm = { raw, code, preCsa };
  return data;
}

function srl(edit: (data: PermanentData) => void): () => CheckInput {
  return () => {
    const data = cleanSrl();
    edit(data);
    return inputOf(data);
  };
}

function sa(edit: (data: PermanentData) => void): () => CheckInput {
  return () => {
    const data = cleanSa();
    edit(data);
    return inputOf(data);
  };
}

function srlSheet(edit: (input: Input) => void): () => CheckInput {
  return () => {
    const input = inputOf(cleanSrl());
    edit(input);
    return input;
  };
}

export const CATALOGUE_EXAMPLES: Readonly<Record<CheckId, CatalogueExample>> = {
  "ID-01": {
    situation: "An SRL whose enterprise number has wrong check digits.",
    input: srlSheet((input) => setField(input, "EnterpriseNumber", "0566.988.258")),
  },
  "ID-02": {
    situation: "An SRL whose enterprise number is that of an establishment unit.",
    input: srlSheet((input) => setField(input, "EnterpriseNumber", "2.145.652.351")),
  },
  "ID-03": {
    situation: "A company still recorded as an SCRL, for the financial year ended 31 December 2025.",
    input: srlSheet((input) => setField(input, "LegalForm", "SCRL")),
  },
  "ID-04": {
    situation: "An SRL in Belgium whose postal code has 3 digits.",
    input: srlSheet((input) => setField(input, "PostalCode", "500")),
  },
  "ID-05": {
    situation: "An SRL whose address has no house number.",
    input: srlSheet((input) => setField(input, "Number", null)),
  },
  "GA-01": {
    situation: "An SRL with no general-meeting date.",
    input: srlSheet((input) => setField(input, "GeneralMeetingDate", null)),
  },
  "GA-02": {
    situation: "An SRL whose financial year ends on 31 December 2025 and whose general meeting is recorded on 30 November 2025.",
    input: srlSheet((input) => setField(input, "GeneralMeetingDate", "2025-11-30")),
  },
  "GA-03": {
    situation: "An SRL whose financial year ends on 31 December 2025 and whose general meeting is on 15 July 2026.",
    input: srlSheet((input) => setField(input, "GeneralMeetingDate", "2026-07-15")),
  },
  "GA-04": {
    situation: "A clean SRL: financial year ended 31 December 2025, general meeting on 9 June 2026, checked on 1 March 2026.",
    input: srl(() => undefined),
  },
  "DIR-01": {
    situation: "An SRL with no director.",
    input: srl((data) => {
      data.directors = [];
    }),
  },
  "DIR-02": {
    situation: "An SRL whose director is a company with no permanent representative.",
    input: srl((data) => {
      data.parties.push(company("h1", "Holding Test SA", EN.holding));
      data.directors = [director("h1")];
    }),
  },
  "DIR-03": {
    situation: "An SRL whose corporate director is represented by another company.",
    input: srl((data) => {
      data.parties.push(company("h1", "Holding Test SA", EN.holding), company("m1", "Gouden Aar Management BV", EN.management));
      data.directors = [director("h1", { representativeId: "m1" })];
    }),
  },
  "DIR-04": {
    situation: "An SA with 2 directors in force and 3 shareholders.",
    input: sa((data) => {
      data.directors = data.directors.slice(0, 2);
      data.shareholders = [holding("p1", 50, 100), holding("p2", 30, 100), holding("p4", 20, 100)];
    }),
  },
  "DIR-05": {
    situation: "An SA with a board of 3, one director's mandate recorded without an end date.",
    input: sa((data) => {
      data.directors[0]!.end = null;
    }),
  },
  "DIR-06": {
    situation: "An SRL whose director's mandate ends on the day of the next general meeting (9 June 2026).",
    input: srl((data) => {
      data.directors[0]!.end = "2026-06-09";
    }),
  },
  "DIR-07": {
    situation: "An ASBL with one director.",
    input: srl((data) => {
      withForm(data, "ASBL", "017");
      data.company.name = "Les Amis du Test ASBL";
      data.shareholders = [];
    }),
  },
  "DIR-12": {
    situation: "An SRL where Claire Fontaine is director in her own name and also permanent representative of the corporate director.",
    input: srl((data) => {
      data.parties.push(company("h1", "Holding Test SA", EN.holding));
      data.directors = [director("p1"), director("h1", { representativeId: "p1" })];
    }),
  },
  "DIR-08": {
    situation: 'An SRL whose director is listed as "Gérant".',
    input: srlSheet((input) => {
      input.directors[0]!.cells.role = "Gérant";
    }),
  },
  "DIR-11": {
    situation: "An SRL that lists the same director twice, with overlapping mandates.",
    input: srl((data) => {
      data.directors.push(director("p1", { link: "director:p1:2021", start: "2021-01-01" }));
    }),
  },
  "AUD-02": {
    situation: "An SA whose auditor's mandate runs from 11 June 2024 to 12 June 2029: five financial years.",
    input: sa((data) => {
      data.auditors[0]!.end = "2029-06-12";
    }),
  },
  "AUD-03": {
    situation: "An SA whose auditor's term is recorded until the end of its third financial year, with no successor.",
    input: sa((data) => {
      data.auditors[0] = { ...data.auditors[0]!, start: "2023-06-13", end: "2025-12-31" };
    }),
  },
  "AUD-04": {
    situation: "An SA whose auditor has no IRE/IBR number.",
    input: sa((data) => {
      data.auditors[0]!.ireNumber = null;
    }),
  },
  "AUD-05": {
    situation: "An SRL with no auditor, whose accountant typed an average FTE of 62 and a turnover of €12,500,000 in the identification table.",
    input: srlSheet((input) => {
      addManual(input.identification, { key: null, field: "Average FTE", value: 62, source: null });
      addManual(input.identification, { key: null, field: "Turnover", value: "12.500.000", source: null });
    }),
  },
  "SH-01": {
    situation: "An SRL whose two shareholders hold 60 % and 30 %.",
    input: srl((data) => {
      data.shareholders = [holding("p1", 60, 100), holding("p2", 30, 100)];
    }),
  },
  "SH-02": {
    situation: "An SRL whose shareholders hold 100 shares while AdminPulse records 120.",
    input: srl((data) => {
      data.company.totalShares = 120;
      data.company.totalVotes = 120;
    }),
  },
  "SH-03": {
    situation: "An SRL whose second shareholder is shown with -40 shares.",
    input: srlSheet((input) => {
      input.shareholders[1]!.cells.shares = -40;
    }),
  },
  "SH-04": {
    situation: "An SRL with no shareholder listed.",
    input: srl((data) => {
      data.shareholders = [];
    }),
  },
  "SH-05": {
    situation: "A clean SRL whose director holds 60 % of the shares.",
    input: srl(() => undefined),
  },
  "UBO-01": {
    situation: "An SRL 60 % held by Fontaine Holding SRL, itself wholly owned by Claire Fontaine, whom AdminPulse does not register as a beneficiary.",
    input: srl((data) => {
      data.parties.push(company("h1", "Fontaine Holding SRL", EN.holding));
      data.shareholders[0] = holding("h1", 60, 100);
      data.beneficialOwnership.owners = { h1: [holding("p1", 100, 100)] };
      data.beneficialOwnership.registered = ["p2"];
    }),
  },
  "UBO-02": {
    situation: "An SRL whose second shareholder sold most of his shares (10 % left) but is still registered as a beneficiary.",
    input: srl((data) => {
      data.shareholders = [holding("p1", 90, 100), holding("p2", 10, 100)];
    }),
  },
  "UBO-03": {
    situation: "An SRL held by five people with 20 % each, none registered as a beneficiary.",
    input: srl((data) => {
      data.parties.push(person("p3", "Jan Janssens", NN.jan), person("p4", "Marc Wouters", NN.marc), person("p5", "Anne Peeters", NN.anne));
      data.shareholders = ["p1", "p2", "p3", "p4", "p5"].map((id) => holding(id, 20, 100));
      data.beneficialOwnership.registered = [];
    }),
  },
  "REL-01": {
    situation: 'An SRL where AdminPulse holds Claire Fontaine twice, once as "FONTAINE Claire".',
    input: srl((data) => {
      data.parties.push({ ...person("p3", "FONTAINE Claire", null), firstName: "Claire", lastName: "FONTAINE" });
      data.shareholders[0] = holding("p3", 60, 100);
    }),
  },
  "REL-02": {
    situation: "An SRL with a director typed in the sheet by hand.",
    input: srlSheet((input) => {
      addManual(input.directors, { name: "Jan Peeters", kind: "Personne physique", identifier: NN.jan, role: "administrateur", start: "2020-01-01" });
    }),
  },
  "REL-03": {
    situation: "An SRL whose director's national register number has wrong check digits.",
    input: srl((data) => {
      data.parties[0]!.nationalNumber = nationalNumberWithBadCheckDigits(1973, 6, 8, 121);
    }),
  },
  "REL-04": {
    situation: "An SRL whose corporate shareholder's enterprise number has wrong check digits.",
    input: srl((data) => {
      data.parties.push(company("h1", "Holding Test SA", enterpriseNumberWithBadCheckDigits("04031707")));
      data.shareholders[1] = holding("h1", 40, 100);
    }),
  },
  "SYNC-01": {
    situation: "An SRL whose director's end date was edited in the sheet and differs from AdminPulse.",
    input: () => {
      const input = inputOf(cleanSrl());
      input.conflicts = [{ table: "directors", link: "director:p1", columns: ["end"] }];
      return input;
    },
  },
};

/** The day every example is checked on (support.ts's TODAY). */
export const EXAMPLES_TODAY = TODAY;

/** The first finding of the check's id its example produces; null when it produces none. */
export function exampleFinding(id: CheckId): Finding | null {
  return runChecks(CATALOGUE_EXAMPLES[id].input()).find((f) => f.id === id) ?? null;
}
