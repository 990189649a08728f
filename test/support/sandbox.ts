// Starts a real sandbox on a free loopback port for a test file, and makes clients for it.

import { AdminPulseClient, type ClientOptions } from "../../src/adminpulse";
import { Sandbox, type SandboxOptions } from "../../sandbox/server";
import { TOKEN } from "./fixture-seed";

export interface Running {
  sandbox: Sandbox;
  url: string;
  client(options?: Partial<ClientOptions>): AdminPulseClient;
}

/** Fast retries for tests: the same policy, shorter waits. */
export const FAST_RETRY = { baseDelayMs: 5, maxDelayMs: 20 };

export async function startSandbox(options: SandboxOptions = {}): Promise<Running> {
  const sandbox = new Sandbox(options);
  const url = await sandbox.listen(0);
  return {
    sandbox,
    url,
    client: (clientOptions = {}) => new AdminPulseClient({ token: TOKEN, baseUrl: url, retry: FAST_RETRY, ...clientOptions }),
  };
}
