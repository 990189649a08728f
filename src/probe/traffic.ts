// The probe's view of every HTTP exchange, taken where the transport calls fetch: the transport
// retries 429s and 5xxs on its own, and only here is each attempt seen, with its status, its
// time to answer and whether a 429 carried Retry-After. It also holds the request budget: the
// request past it is never sent, and the probe's signal aborts so that the transport stops
// (a CancelledError, not a retried network failure). The URL, which can carry an enterprise
// number, is passed on and never kept.

export type RetryAfterForm = "seconds" | "http-date" | "other";

export class Traffic {
  /** Requests sent, retries included. */
  sent = 0;
  readonly statuses = new Map<number, number>();
  /** Requests that got no answer (refused connection, reset, timeout). */
  networkFailures = 0;
  /** Time to the answer's headers, per answered request, in ms. */
  readonly timesMs: number[] = [];
  answers429 = 0;
  readonly retryAfter = new Map<RetryAfterForm, number>();
  budgetReached = false;
  readonly fetch: typeof fetch;

  constructor(
    readonly budget: number,
    base: typeof fetch,
    private readonly onBudgetReached: () => void,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.fetch = async (input, init) => {
      if (this.sent >= this.budget) {
        this.budgetReached = true;
        this.onBudgetReached();
        throw new Error("request budget reached");
      }
      this.sent++;
      const started = this.now();
      let response: Response;
      try {
        response = await base(input, init);
      } catch (error) {
        this.networkFailures++;
        throw error;
      }
      this.timesMs.push(Math.max(0, Math.round(this.now() - started)));
      this.statuses.set(response.status, (this.statuses.get(response.status) ?? 0) + 1);
      if (response.status === 429) {
        this.answers429++;
        const form = retryAfterForm(response.headers.get("Retry-After"));
        if (form) this.retryAfter.set(form, (this.retryAfter.get(form) ?? 0) + 1);
      }
      return response;
    };
  }

  /** Whether another request fits in the budget. */
  get hasRoom(): boolean {
    return this.sent < this.budget;
  }
}

/** The form of a Retry-After header (never its value), or null when there is none. */
export function retryAfterForm(value: string | null): RetryAfterForm | null {
  if (value === null || value.trim() === "") return null;
  if (/^\s*\d+\s*$/.test(value)) return "seconds";
  return Number.isNaN(Date.parse(value)) ? "other" : "http-date";
}
