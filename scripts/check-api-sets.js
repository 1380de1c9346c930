#!/usr/bin/env node
/**
 * Requirement sets enforced by a tool, not by memory (design.md §2). For every Office.js member the
 * source uses — found by the TypeScript type checker, which resolves each property access, call and
 * object-literal property to its declaration in @types/office-js (no name matching) — look up its
 * requirement set (scripts/officeApiSets.js, the `[Api set: …]` notes) and fail when it is above the
 * manifest's minimum (manifest.xml <Requirements>; a set the manifest does not declare, such as
 * SharedRuntime or DialogApi, is never promised) and used outside a guard for its own set.
 *
 * A guard is a call to a function or method tagged `@apiGuard` (src/excel/office/apiSupport.ts) with
 * literal arguments, e.g. supports('ExcelApi', '1.18'), at least the member's version, that the use sits
 * under: the then-branch of an `if`, the true side of `?:`, the right of `&&`, the else-branch of an `if`
 * on the negated guard, the statements after `if (!guard) return;`, or any of these through a `const`
 * holding the guard. Uses inside a function count where the function is written.
 *
 * It also fails on APIs that clear the user's undo stack even from ExcelApi 1.20 on
 * (scripts/undoClearingApis.js) outside the files allowed to use them.
 *
 * Usage: node scripts/check-api-sets.js [--list] — exit 0 when clean, 1 with the violations listed.
 */
const fs = require('fs');
const path = require('path');
const ts = require('typescript');
const { officeApiSets, manifestMinimums, compareVersions } = require('./officeApiSets');
const { UNDO_CLEARING_APIS, UNDO_CLEARING_ALLOWED } = require('./undoClearingApis');

const ROOT = path.resolve(__dirname, '..');

/** The program over the given files with the repository's compiler options. */
function createProgram(files) {
  const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  return ts.createProgram(files, { ...parsed.options, noEmit: true });
}

/** The source files under src/ (what ships). */
function sourceFiles() {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
    }
  };
  walk(path.join(ROOT, 'src'));
  return out.sort();
}

function isOfficeDeclaration(decl) {
  return /[\\/]@types[\\/]office-js[\\/]/.test(decl.getSourceFile().fileName);
}

/**
 * Checks `files` (default: src/). Returns every Office.js member use with its requirement, and the
 * violations: a use above the manifest's minimum outside a guard for its set, or an undo-clearing API.
 */
function checkApiSets(options = {}) {
  const files = (options.files || sourceFiles()).map((f) => path.resolve(f));
  const manifest = fs.readFileSync(options.manifest || path.join(ROOT, 'manifest.xml'), 'utf8');
  const minimums = manifestMinimums(manifest);
  const table = options.table || officeApiSets();
  const program = createProgram(files);
  const checker = program.getTypeChecker();
  const uses = [];
  const violations = [];

  /** Qualified name of a member declaration: "Excel.RangeAreas.select". */
  const memberKey = (decl, name) => {
    const owner = decl.parent && decl.parent.name ? checker.getSymbolAtLocation(decl.parent.name) : undefined;
    return owner ? `${checker.getFullyQualifiedName(owner)}.${name}` : null;
  };

  /** The Office.js declarations a use resolves to (a union type resolves to each member). */
  const declarationsOf = (node) => {
    let symbol;
    if (ts.isPropertyAssignment(node.parent) && node.parent.name === node && ts.isObjectLiteralExpression(node.parent.parent)) {
      // { mergeUndoGroup: true } passed where Excel.RunOptions is expected.
      const type = checker.getContextualType(node.parent.parent);
      symbol = type && checker.getPropertyOfType(type, node.text);
    } else {
      symbol = checker.getSymbolAtLocation(node);
    }
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return ((symbol && symbol.declarations) || []).filter(isOfficeDeclaration);
  };

  /** The requirement of a use: the lowest over the declarations it may be (see the union note above). */
  const requirementOf = (node) => {
    let best = null;
    for (const decl of declarationsOf(node)) {
      const key = memberKey(decl, node.text);
      const note = key && table[key];
      if (!note) return { key, set: null, version: null }; // one declaration needs nothing: nothing is needed
      if (!best || (best.set === note.set && compareVersions(note.version, best.version) < 0)) best = { key, ...note };
    }
    return best;
  };

  /** Guards a condition establishes when true ({ set, version }[]). */
  const guardsWhen = (expr, truth) => {
    expr = skipParens(expr);
    if (ts.isPrefixUnaryExpression(expr) && expr.operator === ts.SyntaxKind.ExclamationToken) return guardsWhen(expr.operand, !truth);
    if (ts.isBinaryExpression(expr)) {
      const op = expr.operatorToken.kind;
      if (truth && op === ts.SyntaxKind.AmpersandAmpersandToken) return [...guardsWhen(expr.left, true), ...guardsWhen(expr.right, true)];
      if (!truth && op === ts.SyntaxKind.BarBarToken) return [...guardsWhen(expr.left, false), ...guardsWhen(expr.right, false)];
      return [];
    }
    if (!truth) return [];
    const call = guardCall(expr);
    if (call) return [call];
    if (ts.isIdentifier(expr)) {
      const symbol = checker.getSymbolAtLocation(expr);
      const decl = symbol && symbol.valueDeclaration;
      if (decl && ts.isVariableDeclaration(decl) && decl.initializer && ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const) return guardsWhen(decl.initializer, true);
    }
    return [];
  };

  /** supports('ExcelApi', '1.18') and friends: a call to an @apiGuard function with literal arguments. */
  const guardCall = (expr) => {
    if (!ts.isCallExpression(expr) || expr.arguments.length < 2) return null;
    const signature = checker.getResolvedSignature(expr);
    const decl = signature && signature.declaration;
    if (!decl || !ts.getJSDocTags(decl).some((t) => t.tagName.text === 'apiGuard')) return null;
    const [set, version] = expr.arguments;
    if (!ts.isStringLiteralLike(set) || !ts.isStringLiteralLike(version)) return null;
    return { set: set.text, version: version.text };
  };

  /** Every guard in force at `node`, walking out through its ancestors. */
  const guardsAt = (node) => {
    const out = [];
    for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
      if (ts.isIfStatement(parent)) {
        if (child === parent.thenStatement) out.push(...guardsWhen(parent.expression, true));
        else if (child === parent.elseStatement) out.push(...guardsWhen(parent.expression, false));
      } else if (ts.isConditionalExpression(parent)) {
        if (child === parent.whenTrue) out.push(...guardsWhen(parent.condition, true));
        else if (child === parent.whenFalse) out.push(...guardsWhen(parent.condition, false));
      } else if (ts.isBinaryExpression(parent) && child === parent.right) {
        if (parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) out.push(...guardsWhen(parent.left, true));
        if (parent.operatorToken.kind === ts.SyntaxKind.BarBarToken) out.push(...guardsWhen(parent.left, false));
      } else if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
        // `if (!guard) return;` before this statement.
        for (const s of parent.statements) {
          if (s === child) break;
          if (ts.isIfStatement(s) && !s.elseStatement && exits(s.thenStatement)) out.push(...guardsWhen(s.expression, false));
        }
      }
    }
    return out;
  };

  for (const sf of program.getSourceFiles()) {
    if (!files.includes(path.resolve(sf.fileName))) continue;
    const rel = path.relative(ROOT, sf.fileName).split(path.sep).join('/');
    const visit = (node) => {
      const name = useName(node);
      if (name) {
        const req = requirementOf(name);
        if (req && req.key) {
          const { line } = sf.getLineAndCharacterOfPosition(name.getStart(sf));
          const where = `${rel}:${line + 1}`;
          const use = { where, member: req.key, set: req.set, version: req.version };
          uses.push(use);
          const min = req.set ? minimums[req.set] : undefined;
          const above = req.set !== null && (min === undefined || compareVersions(req.version, min) > 0);
          if (above) {
            const guards = guardsAt(name);
            use.guardedBy = guards.filter((g) => g.set === req.set && compareVersions(g.version, req.version) >= 0)[0] || null;
            if (!use.guardedBy) {
              const weaker = guards.filter((g) => g.set === req.set);
              violations.push({
                where,
                member: req.key,
                message:
                  `${req.key} needs ${req.set} ${req.version} (manifest: ${min ? `${req.set} ${min}` : `no ${req.set}`}) ` +
                  (weaker.length ? `but is guarded only for ${weaker.map((g) => `${g.set} ${g.version}`).join(', ')}` : 'and is used outside a guard for it'),
              });
            }
          }
          const undo = UNDO_CLEARING_APIS.includes(req.key) && (isCall(name) || isWrite(name));
          const allowed = (UNDO_CLEARING_ALLOWED[rel] || {})[req.key];
          if (undo && !allowed) {
            violations.push({ where, member: req.key, message: `${req.key} clears the user's undo stack even on ExcelApi 1.20 (scripts/undoClearingApis.js)` });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { uses, violations };
}

/** The name node of a member use: `x.name`, `{ name: … }` in an object literal; null otherwise. */
function useName(node) {
  if (ts.isPropertyAccessExpression(node)) return node.name;
  if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && ts.isObjectLiteralExpression(node.parent)) return node.name;
  return null;
}

function isCall(name) {
  const access = name.parent;
  return ts.isCallExpression(access.parent) && access.parent.expression === access;
}

function isWrite(name) {
  const access = name.parent;
  if (ts.isPropertyAssignment(access)) return true;
  const p = access.parent;
  return ts.isBinaryExpression(p) && p.left === access && p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && p.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
}

function skipParens(e) {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

/** A branch that leaves the block: return, throw, or a block ending in one. */
function exits(statement) {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  if (ts.isBlock(statement) && statement.statements.length > 0) return exits(statement.statements[statement.statements.length - 1]);
  return false;
}

if (require.main === module) {
  const { uses, violations } = checkApiSets();
  if (process.argv.includes('--list')) {
    const seen = new Map();
    for (const u of uses) if (u.set) seen.set(`${u.member} (${u.set} ${u.version})`, (seen.get(`${u.member} (${u.set} ${u.version})`) || 0) + 1);
    for (const [k, n] of [...seen].sort()) process.stdout.write(`${k} ×${n}\n`);
  }
  const above = uses.filter((u) => u.guardedBy);
  process.stdout.write(`check-api-sets: ${uses.length} uses of Office.js members in src/, ${above.length} above the manifest's minimum, all guarded: ${violations.length === 0 ? 'yes' : 'no'}\n`);
  for (const v of violations) process.stdout.write(`  ${v.where}  ${v.message}\n`);
  process.exit(violations.length === 0 ? 0 : 1);
}

module.exports = { checkApiSets, sourceFiles };
