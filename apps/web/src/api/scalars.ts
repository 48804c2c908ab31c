// The API's date scalars as the browser reads them: codegen.ts maps them to string.

/** A date on the wire (the LocalDate scalar): YYYY-MM-DD. */
export type IsoDate = string;
