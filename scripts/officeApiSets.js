/**
 * The requirement set of every Office.js member, read from the notes of @types/office-js:
 * "[Api set: ExcelApi 1.18]" on Excel members, "**Requirement set**: … | SharedRuntime 1.1}" on the common
 * Office members. A member without a note takes its class's or interface's note; without either it needs
 * nothing beyond the host itself. Keys are qualified names as the TypeScript checker prints them
 * ("Excel.RangeAreas.select", "Office.Addin.showAsTaskpane").
 *
 * One table for two users, so they cannot disagree: scripts/check-api-sets.js (which members the source
 * may use unguarded) and the fake Excel of the tests (test/support/fakeExcel.ts: which members throw
 * ApiNotFound at a given ExcelApi version). Parsing the 190 000-line declaration file takes seconds, so the
 * table is cached under node_modules/.cache, keyed by the file's size and time.
 */
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const TYPES = path.join(ROOT, 'node_modules', '@types', 'office-js', 'index.d.ts');
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'budget-disclosure', 'office-api-sets.json');
/** Only these top-level namespaces matter to an Excel add-in (Word, OneNote, Visio, PowerPoint do not). */
const NAMESPACES = new Set(['Office', 'OfficeExtension', 'Excel']);

/** "[Api set: ExcelApi 1.9]" or "**Requirement set**: {@link … | SharedRuntime 1.1}" in a comment. */
function noteIn(comment) {
  const api = /\[Api set: (\w+) (\d+(?:\.\d+)*)/.exec(comment);
  if (api) return { set: api[1], version: api[2] };
  const common = /\*\*Requirement set\*\*:[^|\n]*\|\s*(\w+) (\d+(?:\.\d+)*)\s*\}/.exec(comment);
  if (common) return { set: common[1], version: common[2] };
  // "**Requirement sets**:" lists one line per host family; an Excel add-in's is the first that is not
  // Outlook's Mailbox. A set named without a version ("| DialogApi}") means its first version.
  if (/\*\*Requirement sets\*\*:/.test(comment)) {
    for (const m of comment.matchAll(/\|\s*(\w+)(?: (\d+(?:\.\d+)*))?\s*\}/g)) {
      if (m[1] !== 'Mailbox') return { set: m[1], version: m[2] || '1.1' };
    }
  }
  return null;
}

function compareVersions(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The top-level `declare namespace X {` blocks we need, as source text (parsing all of the file is slow). */
function namespaceBlocks(text) {
  const starts = [...text.matchAll(/^declare (?:namespace|module) ([\w.]+) \{/gm)].map((m) => ({ name: m[1], at: m.index }));
  return starts.filter((s) => NAMESPACES.has(s.name)).map((s) => {
    const next = starts.find((t) => t.at > s.at);
    return text.slice(s.at, next ? next.at : text.length);
  });
}

/** Reads the declaration file: qualified member name → { set, version } (the lowest over overloads). */
function extractApiSets(typesFile = TYPES) {
  const ts = require('typescript');
  const table = {};
  const put = (name, note) => {
    const old = table[name];
    if (!old || (old.set === note.set && compareVersions(note.version, old.version) < 0)) table[name] = note;
  };
  const leadingNote = (node, sf) => {
    const text = sf.text;
    const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) || [];
    for (let i = ranges.length - 1; i >= 0; i--) {
      const note = noteIn(text.slice(ranges[i].pos, ranges[i].end));
      if (note) return note;
    }
    return null;
  };
  for (const block of namespaceBlocks(fs.readFileSync(typesFile, 'utf8'))) {
    const sf = ts.createSourceFile('office-js.d.ts', block, ts.ScriptTarget.Latest, true);
    const visit = (node, prefix) => {
      if (ts.isModuleDeclaration(node) && node.body) {
        const name = node.name.getText(sf);
        if (name === 'Interfaces') return; // load/set option shapes, not API members
        const inner = prefix ? `${prefix}.${name}` : name;
        if (ts.isModuleBlock(node.body)) for (const s of node.body.statements) visit(s, inner);
        return;
      }
      if ((ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node)) && node.name) {
        const owner = `${prefix}.${node.name.text}`;
        const ownerNote = leadingNote(node, sf);
        if (ownerNote) put(owner, ownerNote);
        for (const m of node.members) {
          if (!m.name) continue;
          const name = ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) ? m.name.text : null;
          if (!name) continue;
          const note = leadingNote(m, sf) || ownerNote;
          if (note) put(`${owner}.${name}`, note);
        }
        return;
      }
      if (ts.isFunctionDeclaration(node) && node.name) {
        const note = leadingNote(node, sf);
        if (note) put(`${prefix}.${node.name.text}`, note);
      }
    };
    sf.statements.forEach((s) => visit(s, ''));
  }
  return table;
}

/** The table, from the cache when the declaration file has not changed since it was written. */
function officeApiSets() {
  // The declaration file and this extractor: a change to either builds the table again.
  const key = [TYPES, __filename].map((f) => fs.statSync(f)).map((st) => `${st.size}:${st.mtimeMs}`).join('|');
  try {
    const cached = JSON.parse(fs.readFileSync(CACHE, 'utf8'));
    if (cached.key === key) return cached.table;
  } catch {
    // no cache yet, or unreadable: build it
  }
  const table = extractApiSets();
  fs.mkdirSync(path.dirname(CACHE), { recursive: true });
  const tmp = `${CACHE}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify({ key, table }));
  fs.renameSync(tmp, CACHE); // atomic: parallel test workers never read half a file
  return table;
}

/** The manifest's minimum for each set it declares (<Requirements><Sets><Set Name MinVersion>). */
function manifestMinimums(manifestXml) {
  const sets = {};
  const block = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(manifestXml);
  if (!block) return sets;
  const fallback = /<Sets[^>]*DefaultMinVersion="([\d.]+)"/.exec(block[1]);
  for (const m of block[1].matchAll(/<Set\s+([^>]*)\/?>/g)) {
    const name = /Name="([^"]+)"/.exec(m[1]);
    const min = /MinVersion="([\d.]+)"/.exec(m[1]);
    if (name) sets[name[1]] = min ? min[1] : fallback ? fallback[1] : '1.1';
  }
  return sets;
}

module.exports = { extractApiSets, officeApiSets, manifestMinimums, compareVersions, noteIn, TYPES };
