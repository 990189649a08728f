// `npm run sandbox -- --port 3100`: the AdminPulse sandbox on loopback, with the demo seed.

import { parseArgs } from "node:util";
import { Sandbox } from "./server";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "3100" },
    host: { type: "string", default: "127.0.0.1" },
    latency: { type: "string", default: "0" },
    "ignore-filter": { type: "boolean", default: false },
    "rate-calls": { type: "string", default: "480" },
    "rate-window-ms": { type: "string", default: "60000" },
    "no-retry-after": { type: "boolean", default: false },
    "rename-field": { type: "string", multiple: true, default: [] },
    "drop-field": { type: "string", multiple: true, default: [] },
    "link-type": { type: "string", multiple: true, default: [] },
    help: { type: "boolean", short: "h", default: false },
  },
});

if (values.help) {
  console.log(`AdminPulse sandbox
  --port N              port (default 3100; 0 picks a free one)
  --host H              address to bind (default 127.0.0.1, loopback only)
  --latency MS          delay before every answer (default 0)
  --ignore-filter       behave as if the server ignored the vatNumber filter
  --rate-calls N        calls allowed per window and key (default 480)
  --rate-window-ms MS   rate-limit window (default 60000)
  --no-retry-after      answer 429 without a Retry-After header
  --rename-field A=B    serve field A as B (repeatable), e.g. nextGeneralMeeting=generalMeetingDate
  --drop-field A        leave field A out of every answer (repeatable)
  --link-type N=M       serve link-type code N as M (repeatable), e.g. 4=14
Knobs at run time: POST /__sandbox/knobs, GET /__sandbox/stats, POST /__sandbox/reset.`);
  process.exit(0);
}

function number(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) {
    console.error(`--${name} must be a number, got "${raw}"`);
    process.exit(2);
  }
  return n;
}

/** `A=B` pairs of a repeatable option, as a map. */
function pairs(name: string, raw: string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const pair of raw) {
    const match = /^([^=\s]+)=([^=\s]+)$/.exec(pair);
    if (!match) {
      console.error(`--${name} takes OLD=NEW, got "${pair}"`);
      process.exit(2);
    }
    map[match[1]!] = match[2]!;
  }
  return map;
}

const linkTypeCodes = Object.fromEntries(
  Object.entries(pairs("link-type", values["link-type"])).map(([from, to]) => {
    if (!/^\d+$/.test(from) || !/^\d+$/.test(to)) {
      console.error(`--link-type takes two codes, N=M, got "${from}=${to}"`);
      process.exit(2);
    }
    return [from, Number(to)];
  }),
);

const sandbox = new Sandbox({
  knobs: {
    latencyMs: number("latency", values.latency),
    ignoreFilter: values["ignore-filter"],
    rateLimit: {
      calls: number("rate-calls", values["rate-calls"]),
      windowMs: number("rate-window-ms", values["rate-window-ms"]),
      retryAfter: !values["no-retry-after"],
    },
    renameFields: pairs("rename-field", values["rename-field"]),
    dropFields: values["drop-field"],
    linkTypeCodes,
  },
});

sandbox
  .listen(number("port", values.port), values.host)
  .then((url) => {
    const tokens = sandbox.tokenNames().join(", ");
    console.log(`AdminPulse sandbox listening on ${url} (${sandbox.relations.length} relations; tokens: ${tokens})`);
  })
  .catch((error: NodeJS.ErrnoException) => {
    console.error(
      error.code === "EADDRINUSE"
        ? `Port ${values.port} is in use: is a sandbox already running? Use --port to pick another.`
        : `The sandbox could not start: ${error.message}`,
    );
    process.exit(1);
  });

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void sandbox.close().then(() => process.exit(0)));
}
