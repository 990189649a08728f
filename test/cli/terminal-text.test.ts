import { terminalSafe } from "../../src/cli/terminal-text";

describe("terminalSafe", () => {
  it("keeps ordinary text, accents and other scripts", () => {
    for (const text of ["L'Atelier Zoë SRL", "Société Générale (België) NV", "Ελληνική Εταιρεία", "株式会社", "Ünal & Çelik BV — 100%"])
      expect(terminalSafe(text)).toBe(text);
  });

  it("removes whole escape sequences, so that no fake 'Synced OK' or cleared screen gets through", () => {
    expect(terminalSafe("\u001b[2J\u001b[32mSynced OK")).toBe("Synced OK");
    expect(terminalSafe("ACME\u001b[0m SA")).toBe("ACME SA");
    expect(terminalSafe("\u001b[38;2;0;255;0mgreen\u001b[m")).toBe("green");
    expect(terminalSafe("a\u009b31mb")).toBe("ab"); // 8-bit CSI
    expect(terminalSafe("up\u001b[1Aover\u001b[Kwrite")).toBe("upoverwrite");
    expect(terminalSafe("reset\u001bcdone")).toBe("resetdone"); // ESC c: full reset
    expect(terminalSafe("save\u001b7cursor")).toBe("savecursor");
  });

  it("removes string sequences with what they carry: window title, clipboard, hyperlinks", () => {
    expect(terminalSafe("A\u001b]0;pwned\u0007B")).toBe("AB");
    expect(terminalSafe("A\u001b]52;c;ZWNobyBoaQ==\u001b\\B")).toBe("AB"); // OSC 52 sets the clipboard
    expect(terminalSafe("\u001b]8;;https://evil.example\u001b\\Click\u001b]8;;\u001b\\")).toBe("Click");
    expect(terminalSafe("A\u001bPq#0;2;0;0;0\u001b\\B")).toBe("AB"); // DCS
    expect(terminalSafe("A\u009d0;title\u009cB")).toBe("AB"); // 8-bit OSC and ST
    expect(terminalSafe("A\u001b]0;never ends")).toBe("A");
  });

  it("removes other C0 and C1 controls, DEL and bidi controls; line breaks and tabs become spaces", () => {
    expect(terminalSafe("bell\u0007 back\bspace\u0000nul\u007fdel")).toBe("bell backspacenuldel");
    expect(terminalSafe("c1\u0085\u0080\u0099end")).toBe("c1end");
    expect(terminalSafe("name\nSynced OK\r\tdone")).toBe("name Synced OK  done");
    expect(terminalSafe("evil\u202egpj.exe")).toBe("evilgpj.exe");
    expect(terminalSafe("\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069x")).toBe("x");
  });
});
