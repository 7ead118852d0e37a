/**
 * Escapes text for WordprocessingML element content and attribute values (the writer builds XML as strings).
 * A carriage return is written as a reference: a literal one reads back as a line feed (XML 1.0 §2.11).
 */
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;' };

export function escapeXml(text: string): string {
  return /[&<>"\r]/.test(text) ? text.replace(/[&<>"\r]/g, (c) => entities[c]!) : text;
}
