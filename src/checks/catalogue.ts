// The checks' catalogue: for every check id, what docs/checks.md says about it (severity, rule,
// legal basis, what silences it), in English, describing the rules as the modules of this folder
// implement them. `npm run checks-doc` renders the page from it, with one example finding per check
// (test/checks/catalogue-examples.ts); test/checks/checks-doc.test.ts keeps the page in step.
//
// A Record over CheckId: a check added to CHECK_IDS does not compile until it has its entry here.

import type { CheckId } from "./types";

export interface CatalogueEntry {
  /** A few words naming the rule, for the summary table. */
  title: string;
  /** The severities it reports, and when each applies. */
  severity: string;
  /** The rule, in one or two sentences. */
  rule: string;
  /** The legal basis its messages cite, "—" where none. */
  basis: string;
  /** When it stays silent although its subject may look wrong. */
  silencedWhen: string;
}

export const CHECK_CATALOGUE: Readonly<Record<CheckId, CatalogueEntry>> = {
  "ID-01": {
    title: "Enterprise number valid",
    severity: "error",
    rule: "The enterprise number is present and, after removing BE, dots and spaces, has 10 digits, starts with 0 or 1 and passes its mod-97 check digits.",
    basis: "—",
    silencedWhen: "the sheet has no identification table",
  },
  "ID-02": {
    title: "Not an establishment-unit number",
    severity: "warning",
    rule: "An enterprise number starting with 2 to 8 is the number of an establishment unit, not of the company (it also fails ID-01).",
    basis: "—",
    silencedWhen: "the sheet has no identification table",
  },
  "ID-03": {
    title: "Legal form known and current",
    severity: "error when missing or unknown; warning for a pre-2019 form",
    rule: "The legal form is present and a known Belgian form. A pre-2019 form (SPRL, SCRL, SCS, SCA…) is a warning that says what it became by law on 1 January 2024 and asks to record the current form.",
    basis: "law of 23 March 2019 introducing the CSA; art. 6:1 BCCA (SCRL)",
    silencedWhen: "sole proprietors (or when nothing tells whether it is one); a pre-2019 form for a financial year that ended before 1 January 2024",
  },
  "ID-04": {
    title: "Belgian postal code",
    severity: "error",
    rule: "A Belgian postal code has 4 digits, from 1000 to 9992.",
    basis: "—",
    silencedWhen: "a country other than Belgium; no postal code (ID-05's)",
  },
  "ID-05": {
    title: "Address complete",
    severity: "warning",
    rule: "The registered office's street, number, postal code and municipality are all filled in (one finding naming what is missing).",
    basis: "—",
    silencedWhen: "the sheet has no identification table",
  },
  "GA-01": {
    title: "General-meeting date present",
    severity: "error; warning for a partnership",
    rule: "The general-meeting date is filled in and is a date. Partnerships (SNC, SComm) get a warning: the Code imposes no meeting on them, so the message asks to check the partnership agreement.",
    basis: "art. 3:1 §1 BCCA (companies)",
    silencedWhen: "foundations (the board approves the accounts); sole proprietors; branches of foreign companies",
  },
  "GA-02": {
    title: "Meeting not before the year end",
    severity: "error",
    rule: "The general meeting is not before the financial-year end: no meeting approves the accounts of a year that has not ended.",
    basis: "—",
    silencedWhen: "no financial-year end or no meeting date shown; sole proprietors; branches",
  },
  "GA-03": {
    title: "Meeting within 6 months",
    severity: "warning",
    rule: "The general meeting is at most 6 months after the financial-year end; the message asks to check the date (for a partnership, its agreement).",
    basis: "art. 3:1 §1 BCCA (companies); art. 3:51 §1 BCCA (foundations)",
    silencedWhen: "no financial-year end or no meeting date shown; sole proprietors; branches",
  },
  "GA-04": {
    title: "Filing deadline",
    severity: "info; warning once the deadline has passed or when the recorded meeting is already past",
    rule: 'States, conditionally ("if the accounts are not filed yet"), the filing deadline: the earlier of meeting + 30 days and year end + 7 months, at the place the entity files (National Bank; for associations and foundations by size; partnerships only when an unlimited partner is a limited-liability company). A recorded meeting before today means AdminPulse\'s next general meeting is out of date: record the next one.',
    basis: "art. 3:10 BCCA (companies); art. 3:47 (associations); art. 3:51 (foundations)",
    silencedWhen: "no financial-year end shown; sole proprietors; branches",
  },
  "DIR-01": {
    title: "At least one director in force",
    severity: "error; warning for a partnership",
    rule: "At least one director (manager in a partnership; liquidator or director for a company in liquidation) is in force on the reference date. A partnership with no named manager is legal (the partners manage): a warning asking to check the agreement.",
    basis: "art. 5:70 (SRL), 6:56 (SC), 7:85 §1 and 7:101 (SA), 9:5 (ASBL) BCCA",
    silencedWhen: "sole proprietors (or when nothing tells whether it is one); branches; a director in force",
  },
  "DIR-02": {
    title: "One permanent representative",
    severity: "error",
    rule: "A legal-person director has exactly one permanent representative: none, or several names in the cell, is an error.",
    basis: "art. 2:55 BCCA",
    silencedWhen: "natural-person directors; liquidators; mandates that ended before the financial year",
  },
  "DIR-03": {
    title: "Representative is a natural person",
    severity: "error",
    rule: "A permanent representative that the relations table or AdminPulse shows as a legal person.",
    basis: "art. 2:55 BCCA",
    silencedWhen: "the representative's kind is unknown; mandates that ended before the financial year",
  },
  "DIR-04": {
    title: "SA board of at least 3",
    severity: "warning",
    rule: "An SA whose board has 2 directors in force while the sheet shows more than 2 shareholders: 2 are allowed only while the SA has at most 2 shareholders (or was founded by 2), until the ordinary meeting after a third is recorded; check the share register.",
    basis: "art. 7:85 §1 BCCA",
    silencedWhen: "a sole director (art. 7:101, or one director in force); a dual board; a liquidator in force; at most 2 shareholders shown",
  },
  "DIR-05": {
    title: "SA mandate at most 6 years",
    severity: "warning; info for a sole director",
    rule: "An SA director's mandate has an end date and lasts at most 6 years. For a sole director, whose term the articles may set, an info: check the articles.",
    basis: "art. 7:85 BCCA; art. 7:101 (sole director)",
    silencedWhen: "forms other than the SA; mandates that ended before the reference date; roles that do not run the company",
  },
  "DIR-06": {
    title: "Mandate ends by the next meeting",
    severity: "info",
    rule: "A mandate in force that ends at or before the next general meeting, with no renewal recorded: its renewal or a successor belongs on that meeting's agenda. Never advice to remove anyone.",
    basis: "—",
    silencedWhen: "no meeting date shown; foundations; a renewal recorded",
  },
  "DIR-07": {
    title: "Association or foundation board of 3",
    severity: "ASBL: error with 1 director, warning with 2; foundation: warning",
    rule: "An ASBL has at least 3 directors in force, or 2 while it has fewer than 3 members (check the register of members); a foundation normally at least 3 (check the articles).",
    basis: "art. 9:5 BCCA (ASBL); art. 11:6 BCCA (foundation)",
    silencedWhen: "AISBL and other forms; no director in force (DIR-01's); a liquidator in force",
  },
  "DIR-12": {
    title: "Representative also director in own name",
    severity: "warning",
    rule: "The permanent representative of a legal-person director also sits on the same board in their own name over an overlapping period; check that it is the same person.",
    basis: "art. 2:55 BCCA",
    silencedWhen: "periods that do not overlap; a different person according to AdminPulse",
  },
  "DIR-08": {
    title: "Role word fits the form",
    severity: "warning",
    rule: '"Gérant / zaakvoerder" is the word only in a partnership (SNC, SComm, société simple); "administrateur / bestuurder" elsewhere. On a pre-2019 form the point is that the company is now of its new form.',
    basis: "—",
    silencedWhen: "legal form unknown; a pre-2019 form for a financial year that ended before 1 January 2024; mandates that ended before the financial year",
  },
  "DIR-11": {
    title: "Mandate dates consistent",
    severity: "warning",
    rule: "A mandate that starts after it ends, or the same person listed twice in the same role over overlapping periods (a renewal starting the day the old one ends is no overlap).",
    basis: "—",
    silencedWhen: "mandates that ended before the financial year",
  },
  "AUD-02": {
    title: "Auditor term of 3 years",
    severity:
      "error when it covers 5 or more financial years; warning for 4 (a long first financial year or a changed year end explains one more), when shorter, with no end date, or with dates in the wrong order",
    rule: "An auditor's term covers exactly 3 financial years, its end recorded either as the meeting that approves the third year or as that year's end date; the years are counted on the current year end, 12 months each. A shorter term may be a resignation or dismissal, a term counting 4 a long first year: the message asks to check.",
    basis: "art. 3:61 BCCA",
    silencedWhen: "mandates that ended before the reference date; no start date or no financial-year end shown (for the count)",
  },
  "AUD-03": {
    title: "Auditor successor",
    severity: "warning; info when the mandate ended during the financial year",
    rule: "An auditor mandate that ends by the next general meeting, or ended during the year, with no auditor whose mandate runs past it: check whether the meeting renewed it, appointed another, or the company is now small.",
    basis: "art. 3:61 BCCA; arts. 1:24 and 3:72 (small companies)",
    silencedWhen: "an auditor with no end or ending after the next meeting; mandates that ended before the financial year",
  },
  "AUD-04": {
    title: "Auditor IRE/IBR number",
    severity: "warning",
    rule: "An auditor in force or to come has its IRE/IBR registration number.",
    basis: "—",
    silencedWhen: "mandates that ended before the reference date",
  },
  "AUD-05": {
    title: "Auditor required",
    severity: "warning",
    rule: "The size figures typed in the identification table (average FTE, turnover, balance-sheet total) exceed at least two of the small-company limits (50 FTE, €11,250,000, €6,000,000; before 2024: €9,000,000 and €4,500,000) and no auditor is in force; the message says what to verify (two consecutive years, linked and listed companies).",
    basis: "arts. 1:24 and 3:72 BCCA",
    silencedWhen: "fewer than two figures above their limit (or no figures); associations, foundations, partnerships; an auditor in force",
  },
  "SH-01": {
    title: "Percentages total 100 %",
    severity: "error",
    rule: "The percentages of shares held in full and bare ownership add up to 100 % (±0.01; usufruct is not added), and the percentages of votes of those who cast them (the usufructuary unless the data says otherwise; treasury shares excluded) add up to 100 %.",
    basis: "art. 5:22 BCCA (votes in usufruct, SRL)",
    silencedWhen: "no shareholders; a percentage that is neither shown nor computable from AdminPulse's totals",
  },
  "SH-02": {
    title: "Shares match the total",
    severity: "warning",
    rule: "The shares held in full and bare ownership add up to the company's total shares as AdminPulse records it; check the share register.",
    basis: "—",
    silencedWhen: "no AdminPulse data (checks run without a sync); a share count that is not a number",
  },
  "SH-03": {
    title: "Holding rows valid",
    severity: "error",
    rule: "Each shareholder row has a name; its shares are a number, not negative, and not zero for a holding in full ownership (zero is allowed for usufruct, bare ownership or a partner); its percentages are numbers within 0–100 %.",
    basis: "—",
    silencedWhen: "empty cells (other than the name)",
  },
  "SH-04": {
    title: "Shareholders listed",
    severity: "warning",
    rule: "A company with shares (SRL, SA, SC, SE, SCE) lists at least one shareholder.",
    basis: "—",
    silencedWhen: "forms without shares (partnerships, associations, foundations); sole proprietors",
  },
  "SH-05": {
    title: "UBO candidate",
    severity: "info",
    rule: "A natural person holding more than 25 % of the shares or of the votes, directly or through holding companies (their owners as AdminPulse holds them, at most 3 levels: a holding the person controls by a majority of its votes passes its whole stake, otherwise the percentages multiply), or linked in AdminPulse as controlling the company by other means, is an ultimate beneficial owner: check the UBO register (changes within a month). Usufructuary and bare owner are both assessed. Reported when AdminPulse registers the person as a beneficiary, or when checks run without a sync (direct holdings only).",
    basis: "law of 18 September 2017, art. 4, 27°",
    silencedWhen: "associations and foundations; sole proprietors; a beneficial owner AdminPulse does not register (UBO-01 instead)",
  },
  "UBO-01": {
    title: "Beneficial owner not registered",
    severity: "warning",
    rule: "A beneficial owner as SH-05 finds them (companies), or a director in force (associations and foundations: their directors, the persons representing them and the daily managers are beneficial owners; a legal-person director counts by its permanent representative), is not registered as a beneficiary (link type 2) in AdminPulse: check the UBO register, then add the link.",
    basis: "law of 18 September 2017, art. 4, 27°",
    silencedWhen: "checks run without a sync (AdminPulse's beneficiaries unknown); sole proprietors",
  },
  "UBO-02": {
    title: "Registered beneficiary no longer qualifies",
    severity: "warning",
    rule: "A beneficiary registered in AdminPulse holds no more than 25 % of the shares or votes, directly or through the holdings AdminPulse holds, is not linked as controlling by other means, and (nobody qualifying) is not the senior managing official: verify, since control by other means is possible.",
    basis: "law of 18 September 2017, art. 4, 27°",
    silencedWhen:
      "associations and foundations (founders and beneficiaries are not in the data); the share total shown is not 100 %; a holding above 25 % whose owners AdminPulse does not hold; the read of the holdings was cut short; checks run without a sync",
  },
  "UBO-03": {
    title: "Nobody qualifies: the senior managing official",
    severity: "info",
    rule: "In a company where nobody holds more than 25 % of the shares or votes, directly or through holdings, and nobody controls by other means, the senior managing official (the managing directors or daily managers in force, else the directors) is the one registered.",
    basis: "law of 18 September 2017, art. 4, 27°",
    silencedWhen: "as UBO-02",
  },
  "REL-01": {
    title: "Duplicate relations",
    severity: "warning",
    rule: "Two relations with the same enterprise number, the same national register number, or the same normalised name at the same postal code.",
    basis: "—",
    silencedWhen: "different people at the same address",
  },
  "REL-02": {
    title: "Row added by hand",
    severity: "info",
    rule: "A director, shareholder, auditor or relation typed in the sheet and absent from AdminPulse: add it there, or keep it here if intended.",
    basis: "—",
    silencedWhen: "a relation typed by hand that AdminPulse already has (same number or name)",
  },
  "REL-03": {
    title: "National register number",
    severity: "error; warning for a person whose address is abroad",
    rule: "A national register number has 11 digits, a possible birth date and valid check digits. The number itself is never quoted.",
    basis: "—",
    silencedWhen: "no national register number shown",
  },
  "REL-04": {
    title: "Enterprise number of a legal person",
    severity: "error",
    rule: "The Belgian enterprise number of a legal-person relation, director, shareholder or auditor has 10 digits, starts with 0 or 1 and passes its check digits: otherwise it points to no company.",
    basis: "—",
    silencedWhen: "a legal person whose address is abroad; no number shown",
  },
  "SYNC-01": {
    title: "Cell edited in the sheet",
    severity: "warning",
    rule: "A cell of an imported row was edited in the sheet and differs from AdminPulse: either an edit not decided yet (automatic syncs leave the row alone until it is), or a value the user chose to keep with the row still linked (the rest of the row follows AdminPulse; the cell does again once AdminPulse has the same value).",
    basis: "—",
    silencedWhen: "checks run without a sync (no conflicts known)",
  },
};
