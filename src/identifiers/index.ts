// Belgian identifiers: pure functions, no Office and no network.

export * from "./enterprise-number";
export * from "./national-number";
export * from "./postal-code";
export { mod97, mod97CheckDigits } from "./mod97";
export type { IdentifierInput } from "./input";
