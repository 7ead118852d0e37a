/**
 * Strict XML 1.0 well-formedness, checked by expat (Python's standard library, with namespaces
 * on): unlike fast-xml-parser's validator or xmldom it refuses U+FFFE, C0 controls, a bare &,
 * `]]>` in text, undefined entities and unbound prefixes — what makes Word call a file corrupt.
 * CI installs python3; one process checks every part of a package.
 */
import { execFileSync } from 'node:child_process';

const checker = `
import base64, json, sys, xml.parsers.expat
problems = {}
for name, data in json.load(sys.stdin).items():
    parser = xml.parsers.expat.ParserCreate(None, ' ')
    try:
        parser.Parse(base64.b64decode(data), True)
    except xml.parsers.expat.ExpatError as error:
        problems[name] = str(error)
json.dump(problems, sys.stdout)
`;

/** The parts that are not well-formed, each with expat's message (line and column). */
export function notWellFormed(parts: Readonly<Record<string, Uint8Array>>): Record<string, string> {
  const input = JSON.stringify(Object.fromEntries(Object.entries(parts).map(([name, bytes]) => [name, Buffer.from(bytes).toString('base64')])));
  return JSON.parse(execFileSync('python3', ['-c', checker], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as Record<string, string>;
}
