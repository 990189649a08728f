// Errors shaped like OfficeExtension.Error: { name: "RichApi.Error", code, message, debugInfo }.
// The messages are the ones of the Excel JavaScript API error table (learn.microsoft.com,
// "Error handling with the Excel JavaScript API"); codes are not localised, messages are.

export type SimErrorCode =
  | "AccessDenied"
  | "ApiNotFound"
  | "GeneralException"
  | "InsertDeleteConflict"
  | "InvalidArgument"
  | "InvalidCellAddress"
  | "InvalidObjectPath"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "InvalidReference"
  | "InvalidRequestContext"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "MergedRangeConflict"
  | "NotImplemented"
  | "PropertyNotLoaded"
  | "RangeExceedsLimit"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RunMustReturnPromise"
  | "ValueNotLoaded";

const DEFAULT_MESSAGES: Record<SimErrorCode, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound: "The API you are trying to use could not be found.",
  GeneralException: "There was an internal error while processing the request.",
  InsertDeleteConflict: "The insert or delete operation attempted resulted in a conflict.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidCellAddress: "The cell address is invalid or is not a single cell.",
  InvalidObjectPath: "The object path is not valid in this request context.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidOperationInCellEditMode:
    "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
  InvalidReference: "This reference is not valid for the current operation.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  MergedRangeConflict:
    "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.",
  NotImplemented: "The requested feature isn't implemented.",
  PropertyNotLoaded:
    'The property is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  RunMustReturnPromise: 'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise.',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
};

export interface SimDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

/** The error every failing sync rejects with, and that unloaded property reads throw. */
export class SimulatorError extends Error {
  readonly code: SimErrorCode;
  readonly debugInfo: SimDebugInfo;
  traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: SimErrorCode, message?: string, errorLocation?: string) {
    const text = message ?? DEFAULT_MESSAGES[code];
    super(text);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message: text };
    if (errorLocation !== undefined) this.debugInfo.errorLocation = errorLocation;
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

export function simError(code: SimErrorCode, detail?: string, errorLocation?: string): SimulatorError {
  const message = detail === undefined ? DEFAULT_MESSAGES[code] : `${DEFAULT_MESSAGES[code]} ${detail}`;
  return new SimulatorError(code, message, errorLocation);
}

export function propertyNotLoaded(property: string, className: string): SimulatorError {
  return new SimulatorError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${className}.${property}`,
  );
}

export function isSimulatorError(value: unknown): value is SimulatorError {
  return value instanceof SimulatorError;
}
