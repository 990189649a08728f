export { AdminPulseClient } from "./client";
export { CompanySearch, type CompanyMatch } from "./company-search";
export type { ClientOptions, CallOptions, CompanyData, Progress, ProgressStep, ReadReport, RelatedStrategy } from "./client";
export { DEFAULT_BASE_URL, RATE_LIMIT } from "./contract";
export * from "./errors";
export { RateLimiter } from "./rate-limiter";
export type * from "./types";
