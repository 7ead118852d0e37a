/**
 * A leader's review made by LibreOffice itself: a Basic macro, run by headless soffice from a
 * throw-away profile, opens the .docx, adds comments, turns on 记录更改 (record changes) and
 * inserts, deletes and adds paragraphs, makes edits with recording off, then saves as .docx.
 * The author of every recorded change is the profile's user name. python3-uno is not installed
 * on these machines, but the Basic runtime ships with libreoffice-core, so Basic it is.
 *
 * Each edit names words that must occur exactly once; the macro stops with a message naming
 * them otherwise, so a test cannot silently edit nothing.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderFontsConf } from './soffice.ts';
import { runTool } from './run-tool.ts';

export type LibreOfficeEdit =
  /** A comment over these words. */
  | { kind: 'comment'; on: string; text: string }
  /** Recorded: text typed after these words. */
  | { kind: 'insert'; after: string; text: string }
  /** Recorded: these words deleted. */
  | { kind: 'delete'; words: string }
  /** Recorded: a new paragraph after the one holding these words. */
  | { kind: 'addParagraph'; after: string; text: string }
  /** Not recorded: these words replaced with recording off. */
  | { kind: 'rewrite'; from: string; to: string };

/** A Basic string literal: quotes doubled; Basic has no other escapes. */
const basic = (text: string) => `"${text.replace(/"/g, '""')}"`;
const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function editCode(edit: LibreOfficeEdit): string {
  switch (edit.kind) {
    case 'comment':
      return `r = FindOnce(doc, ${basic(edit.on)})
  a = doc.createInstance("com.sun.star.text.textfield.Annotation")
  a.Author = author
  a.Content = ${basic(edit.text)}
  a.DateTimeValue = stamp
  r.getText().insertTextContent(r, a, True)`;
    case 'insert':
      return `doc.RecordChanges = True
  r = FindOnce(doc, ${basic(edit.after)})
  r.getText().insertString(r.getEnd(), ${basic(edit.text)}, False)`;
    case 'delete':
      return `doc.RecordChanges = True
  r = FindOnce(doc, ${basic(edit.words)})
  r.setString("")`;
    case 'addParagraph':
      return `doc.RecordChanges = True
  r = FindOnce(doc, ${basic(edit.after)})
  c = r.getText().createTextCursorByRange(r.getEnd())
  c.gotoEndOfParagraph(False)
  r.getText().insertControlCharacter(c, com.sun.star.text.ControlCharacter.PARAGRAPH_BREAK, False)
  r.getText().insertString(c, ${basic(edit.text)}, False)`;
    case 'rewrite':
      return `doc.RecordChanges = False
  r = FindOnce(doc, ${basic(edit.from)})
  r.setString(${basic(edit.to)})`;
  }
}

function macro(input: string, output: string, failure: string, author: string, edits: readonly LibreOfficeEdit[]): string {
  const now = new Date();
  return `Sub Fail(message)
  Open ${basic(failure)} For Output As #1
  Print #1, message
  Close #1
  StarDesktop.terminate()
End Sub

' The search service needs a view, which this document has not: paragraphs are read one by one instead.
Function FindOnce(doc, words)
  count = 0
  e = doc.getText().createEnumeration()
  Do While e.hasMoreElements()
    p = e.nextElement()
    If p.supportsService("com.sun.star.text.Paragraph") Then
      s = p.getString()
      i = InStr(1, s, words, 0)
      Do While i > 0
        count = count + 1
        If count = 1 Then
          c = doc.getText().createTextCursorByRange(p.getStart())
          c.goRight(i - 1, False)
          c.goRight(Len(words), True)
          found = c
        End If
        i = InStr(i + 1, s, words, 0)
      Loop
    End If
  Loop
  If count <> 1 Then Fail("“" & words & "”在正文段落中出现 " & count & " 次，应为 1 次")
  FindOnce = found
End Function

Sub Review
  On Error GoTo failed
  ' The model alone, without a frame: a view would build comment windows from UI files the nogui build lacks, and soffice aborts.
  doc = createUnoService("com.sun.star.text.TextDocument")
  Dim source(1) As New com.sun.star.beans.PropertyValue
  source(0).Name = "URL"
  source(0).Value = ${basic(input)}
  source(1).Name = "FilterName"
  source(1).Value = "MS Word 2007 XML"
  doc.load(source())
  author = ${basic(author)}
  Dim stamp As New com.sun.star.util.DateTime
  stamp.Year = ${now.getUTCFullYear()} : stamp.Month = ${now.getUTCMonth() + 1} : stamp.Day = ${now.getUTCDate()} : stamp.Hours = ${now.getUTCHours()} : stamp.Minutes = ${now.getUTCMinutes()}
  ${edits.map(editCode).join('\n  ')}
  Dim save(0) As New com.sun.star.beans.PropertyValue
  save(0).Name = "FilterName"
  save(0).Value = "MS Word 2007 XML"
  doc.storeToURL(${basic(output)}, save())
  doc.close(True)
  StarDesktop.terminate()
  Exit Sub
failed:
  Fail("第 " & Erl & " 行出错 " & Err & "：" & Error$)
End Sub
`;
}

const soffice = (profile: string, args: readonly string[], subject: string) =>
  runTool('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nolockcheck', ...args], {
    timeoutMs: 90_000,
    subject,
    env: { ...process.env, FONTCONFIG_FILE: renderFontsConf, SAL_USE_VCLPLUGIN: 'svp' },
  });

/** Reviews `docx` in LibreOffice as `author` and returns the saved file's bytes. */
export async function reviewInLibreOffice(docx: Uint8Array, author: string, edits: readonly LibreOfficeEdit[]): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-lo-review-'));
  const profile = join(dir, 'profile');
  const input = join(dir, '送审稿.docx');
  const output = join(dir, '审阅稿.docx');
  const failure = join(dir, 'failure.txt');
  try {
    writeFileSync(input, docx);
    // A first start lays out the profile; the macro and the user name go into it afterwards, or the start would replace them.
    await soffice(profile, ['--terminate_after_init'], '新建 LibreOffice 配置');
    const user = join(profile, 'user');
    const registry = join(user, 'registrymodifications.xcu');
    const name = `<item oor:path="/org.openoffice.UserProfile/Data"><prop oor:name="givenname" oor:op="fuse"><value>${xml(author)}</value></prop></item>`;
    writeFileSync(registry, readFileSync(registry, 'utf8').replace('</oor:items>', `${name}</oor:items>`));
    const module = macro(pathToFileURL(input).href, pathToFileURL(output).href, failure, author, edits);
    writeFileSync(
      join(user, 'basic', 'Standard', 'Module1.xba'),
      `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">${xml(module)}</script:module>\n`,
    );
    await soffice(profile, ['macro:///Standard.Module1.Review'], '审阅宏');
    if (existsSync(failure)) throw new Error(`LibreOffice 审阅宏未完成：${readFileSync(failure, 'utf8').trim()}`);
    if (!existsSync(output) || statSync(output).size === 0) throw new Error(`LibreOffice 审阅宏没有保存 ${output}`);
    return new Uint8Array(readFileSync(output));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
