// Which JSON keys the report may name. A key is normally a property name, but an API may also key
// an object by data: by an id, an enterprise number, a person's name. Only keys shaped like
// property names are written; the rest are counted.

/** A property name: letters, digits and underscores (a leading $ or @, inner dots, as in `$id` or `@odata.type`), at most 64. */
const PROPERTY_NAME = /^[$@]?[A-Za-z_][A-Za-z0-9_.]{0,63}$/;

/** Whether a key may appear in the report: shaped like a property name, without a run of 4 digits (ids, numbers, years). */
export function isReportableName(key: string): boolean {
  return PROPERTY_NAME.test(key) && !/\d{4}/.test(key);
}

/** The words of a name, lower case: `nextGeneralMeeting` → next, general, meeting; `ire_number` → ire, number. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== "")
    .map((word) => word.toLowerCase());
}
