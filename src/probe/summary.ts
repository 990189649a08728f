// The probe's report as a person reads it on a terminal, in the style of sync-file's summary:
// labelled lines, then what differs, then the verdict. It prints only what the report holds
// (plus the address the probe spoke to), so it holds no more personal data than the report.

import type { Language } from "../i18n/language";
import { terminalSafe } from "../cli/terminal-text";
import type { NameResult, ProbeReport } from "./report";
import { LABELS, T, TITLE } from "./summary-text";

export interface SummaryContext {
  language: Language;
  baseUrl: string;
  /** Where the report was written, or null when it was not asked for. */
  outPath: string | null;
  /** Why sampling stopped early, in the user's language (an AdminPulse error's message), or null. */
  stopMessage: string | null;
}

export function formatSummary(report: ProbeReport, context: SummaryContext): string {
  const l = context.language;
  const times = report.responseTimesMs;
  const statuses = report.statusCodes.map((s) => `${s.status} ×${s.count}`).join(", ");
  const requests = [
    T.ofAtMost(report.requests.sent, report.requests.budget)[l],
    statuses && `${T.status[l]} ${statuses}`,
    report.networkFailures > 0 ? T.networkFailures(report.networkFailures)[l] : "",
  ];
  const forms = report.rateLimit.retryAfterForms.map((f) => `${f.form} ×${f.count}`).join(", ");
  const counts = new Map<string, number>();
  for (const name of report.names) counts.set(name.status, (counts.get(name.status) ?? 0) + 1);
  const rows: Array<[string, string]> = [
    [LABELS.address[l], context.baseUrl],
    [LABELS.requests[l], requests.filter(Boolean).join("; ")],
    [LABELS.times[l], times ? T.times(times.min, times.median, times.max)[l] : T.none[l]],
    [
      LABELS.rateLimit[l],
      report.rateLimit.answers429 === 0 ? T.no429[l] : T.answers429(report.rateLimit.answers429, report.rateLimit.withRetryAfter, forms)[l],
    ],
    [
      LABELS.sample[l],
      T.sample(report.sample.listPages, report.sample.listItems, report.sample.relations, report.sample.links)[l] +
        (report.sample.detailsNotFound > 0 ? T.notFound(report.sample.detailsNotFound)[l] : ""),
    ],
    [
      LABELS.paging[l],
      [
        T.pageSize(report.pagination.pageSizeHonoured, report.pagination.pageSizeRequested)[l],
        T.page(report.pagination.pageHonoured)[l],
        T.pageCount(report.pagination.pageCountConsistent)[l],
      ].join(", "),
    ],
    [`${LABELS.filter[l]} ${report.filter.query}`, T.filter(report.filter.behaviour, report.filter.results, report.filter.matching)[l]],
    [
      LABELS.names[l],
      (["found", "absent", "other-type", "not-seen", "not-sampled"] as const)
        .filter((s) => counts.has(s))
        .map((s) => `${counts.get(s)} ${T.statuses[s][l]}`)
        .join(", "),
    ],
    [
      LABELS.linkTypes[l],
      report.linkTypes.map((t) => `${t.code} ×${t.inLists + t.inDetails}${t.role === "unknown" ? ` (${T.unknownCode[l]})` : ""}`).join(", ") || T.none[l],
    ],
    [LABELS.dates[l], report.datePatterns.map((d) => `${d.pattern} ×${d.count}`).join(", ") || T.none[l]],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  const lines = [TITLE[l], ...rows.map(([label, value]) => `${`${label}:`.padEnd(width)}${value}`)];
  for (const place of report.places) if (place.via) lines.push(`  ${T.readVia(place.place, place.via)[l]}`);

  if (report.differences.length > 0) lines.push("", T.differences[l], ...differenceLines(report, l).map((line) => `  ${line}`));
  const notSeen = report.names.filter((n) => n.status === "not-seen").map(label);
  if (notSeen.length > 0) lines.push("", T.notSeen[l], `  ${notSeen.join(", ")}`);

  lines.push("");
  if (report.requests.stoppedBy === "budget") lines.push(T.budget[l]);
  else if (context.stopMessage) lines.push(T.stopped[l], `  ${context.stopMessage}`);
  lines.push(verdictText(report, l));
  lines.push(context.outPath ? T.written(context.outPath)[l] : T.noOut[l]);
  // Field names met in answers are shaped like property names already; the rest is ours. Still, nothing unfiltered reaches a terminal.
  return `${lines.map(terminalSafe).join("\n")}\n`;
}

/** What differs from the contract, one line per name: what was expected, what was there instead, and the line of contract.ts. */
export function differenceLines(report: ProbeReport, l: Language): string[] {
  return report.differences.map((difference) => {
    const name = report.names.find((n) => n.kind === difference.kind && n.name === difference.name && n.place === difference.place);
    return name ? describeDifference(name, l) : `${difference.place}.${difference.name}: ${T.inconsistent[l]}`;
  });
}

/** The verdict in a sentence: as expected, n places differ, or nothing to compare. */
export function verdictText(report: ProbeReport, l: Language): string {
  return report.verdict === "as-expected" ? T.asExpected[l] : report.verdict === "differences" ? T.differs(report.differences.length)[l] : T.inconclusive[l];
}

function label(name: NameResult): string {
  // "other" is how the client files contacts and trustees: known codes it leaves unused.
  if (name.kind === "link-type") return `${name.name} (${name.role === "other" ? "unused" : name.role})`;
  if (name.kind === "path" || name.kind === "query") return name.name;
  return `${name.place}.${name.name}`;
}

function describeDifference(name: NameResult, l: Language): string {
  const head = name.kind === "link-type" ? `${T.linkType[l]} ${label(name)}` : name.kind === "query" ? `?${name.name}=` : label(name);
  const parts: string[] = [];
  switch (name.kind) {
    case "query":
      parts.push(name.behaviour === "finds-nothing" ? T.queryFindsNothing[l] : T.queryIgnored[l]);
      break;
    case "path":
      parts.push(T.pathAbsent[l]);
      break;
    case "value":
      parts.push(T.valueAbsent(name.otherValues ?? 0)[l]);
      break;
    default:
      if (name.status === "absent") {
        parts.push(T.absent(name.of)[l]);
        parts.push(name.presentInstead?.length ? T.presentInstead(name.presentInstead.join(", "))[l] : T.nothingInstead[l]);
      } else if ((name.notDates ?? 0) > 0) {
        parts.push(T.notDates(name.notDates!, Object.keys(name.datePatterns ?? {}).join(", "))[l]);
      } else {
        const types = Object.entries(name.types ?? {})
          .map(([kind, n]) => `${kind} ×${n}`)
          .join(", ");
        parts.push(T.otherType(types, name.expected ?? "")[l]);
      }
  }
  if (name.suggestion) parts.push(`→ ${T.suggestion(name.suggestion)[l]}`);
  return `${head} [${name.tag}] ${parts.join("; ")} (contract.ts: ${name.source})`;
}
