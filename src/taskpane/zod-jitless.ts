// Imported first by index.tsx, before any module that defines a zod schema. zod compiles its
// object parsers with `new Function` when it finds eval allowed, and probes that when the first
// schema is built: in the pane that would happen before the Content-Security-Policy (no eval) is
// in place, and the compiled parsers would then throw once it is. Told to stay "jitless", zod
// neither probes nor compiles (and the probe would be reported as a policy violation anyway).

import { z } from "zod";

z.config({ jitless: true });
