/**
 * Web-standard globals present wherever core runs (Node ≥ 18, browsers, workers) that ES2023's
 * lib leaves out. Core used to see them through the `docx` library's typings, which pull in all
 * of @types/node; declared here, narrowly, so Node's own globals stay out of core.
 */
declare function structuredClone<T>(value: T): T;

declare class TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array | ArrayBuffer, options?: { stream?: boolean }): string;
}
