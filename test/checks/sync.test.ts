// SYNC-01: edited cells of imported rows that differ from AdminPulse.

import { cleanSrl, expectLocalized, findings, inputOf, only } from "./support";

describe("SYNC-01: an imported cell edited in the sheet that differs from AdminPulse", () => {
  it("one warning per edited cell, at that cell, to fix in AdminPulse or by taking its value", () => {
    const input = inputOf(cleanSrl());
    input.conflicts = [
      { table: "directors", link: "director:p1", columns: ["end", "role"] },
      { table: "identification", link: "GeneralMeetingDate", columns: ["value"] },
    ];
    const found = only(findings(input), "SYNC-01");
    expect(found.map((f) => [f.severity, f.source, f.target])).toEqual([
      ["warning", "imported", { table: "identification", row: 10, column: "value" }],
      ["warning", "imported", { table: "directors", row: 0, column: "end" }],
      ["warning", "imported", { table: "directors", row: 0, column: "role" }],
    ]);
    expect(found[1]!.message.en).toBe(
      "“End” of Claire Fontaine was edited in the sheet and differs from AdminPulse; automatic syncs leave the row as it is until this is resolved. If the edit is right, make it in AdminPulse too, then sync again; if not, take AdminPulse's value at the next sync started by hand.",
    );
    expect(found[1]!.message.fr).toContain("«\u00a0Fin\u00a0» de Claire Fontaine a été modifié");
    expect(found[1]!.message.nl).toContain("‘Einde’ van Claire Fontaine werd in het blad gewijzigd");
    expect(found[0]!.message.en).toBe(
      "“General meeting date” was edited in the sheet and differs from AdminPulse; automatic syncs leave the row as it is until this is resolved. If the edit is right, make it in AdminPulse too, then sync again; if not, take AdminPulse's value at the next sync started by hand.",
    );
    expect(found[0]!.message.fr).toContain("«\u00a0Date de l'assemblée générale\u00a0»");
    found.forEach(expectLocalized);
  });

  it("a conflict on a row no longer in the sheet points at the column; none without conflicts", () => {
    const input = inputOf(cleanSrl());
    input.conflicts = [{ table: "shareholders", link: "shareholder:gone", columns: ["shares"] }];
    expect(only(findings(input), "SYNC-01").map((f) => f.target)).toEqual([{ table: "shareholders", row: null, column: "shares" }]);
    expect(only(findings(inputOf(cleanSrl())), "SYNC-01")).toEqual([]);
  });
});
