/**
 * structuredClone exists wherever core runs (Node ≥ 17, browsers, workers) but ES2023's lib does
 * not declare it; core used to see it only through the `docx` library's typings.
 */
declare function structuredClone<T>(value: T): T;
