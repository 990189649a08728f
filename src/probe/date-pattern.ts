// The format of a date text, as a pattern (`yyyy-MM-ddTHH:mm:ss`), never the date itself. The
// pattern is built from a fixed alphabet (y M d H m s f, the separators - / . : T, a zone Z or
// ±HH:mm), so no digit of the value can reach the report through it.

const ISO = /^\d{4}-\d{2}-\d{2}(?:([T ])\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
/** Day first, as Belgian forms write dates: 31/12/2025, 31.12.2025, 31-12-2025. */
const DAY_FIRST = /^\d{2}([/.-])\d{2}\1\d{4}(?:([T ])\d{2}:\d{2}(?::\d{2})?)?$/;
/** The old ASP.NET serialisation: /Date(1735603200000)/ or /Date(1735603200000+0100)/. */
const DOTNET = /^\/Date\(-?\d+([+-]\d{4})?\)\/$/;

/** The pattern of a text that looks like a date or a timestamp; null for any other text. */
export function datePattern(value: string): string | null {
  const iso = ISO.exec(value);
  if (iso) {
    const [, separator, zone] = iso;
    const time = separator === undefined ? "" : `${separator}${timePattern(value.slice(11))}`;
    return `yyyy-MM-dd${time}${zonePattern(zone)}`;
  }
  const dayFirst = DAY_FIRST.exec(value);
  if (dayFirst) {
    const [, sep, timeSep] = dayFirst;
    const time = timeSep === undefined ? "" : `${timeSep}${timePattern(value.slice(11))}`;
    return `dd${sep}MM${sep}yyyy${time}`;
  }
  const dotnet = DOTNET.exec(value);
  if (dotnet) return dotnet[1] ? "/Date(ms±HHmm)/" : "/Date(ms)/";
  return null;
}

/** HH:mm, HH:mm:ss or HH:mm:ss.fff… (at most 7 f, as .NET writes ticks), from the text after the date. */
function timePattern(rest: string): string {
  const match = /^\d{2}:\d{2}(:\d{2})?(?:\.(\d+))?/.exec(rest);
  if (!match) return "";
  const seconds = match[1] ? ":ss" : "";
  const fraction = match[2] ? `.${"f".repeat(Math.min(match[2].length, 7))}` : "";
  return `HH:mm${seconds}${fraction}`;
}

function zonePattern(zone: string | undefined): string {
  if (zone === undefined) return "";
  if (zone === "Z") return "Z";
  return zone.includes(":") ? "±HH:mm" : "±HHmm";
}
