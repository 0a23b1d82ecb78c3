import ts from 'typescript';

/** Lines of a text, a final newline not counting as one more. */
export function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/**
 * The script parts of a source file, each with the line it starts on (0-based): the whole of
 * a .ts/.mjs/.js file; an .astro file's frontmatter and its <script> blocks (functions in the
 * template's expressions are not looked at).
 */
export function scriptParts(file: string, text: string): { code: string; line: number }[] {
  if (!file.endsWith('.astro')) return [{ code: text, line: 0 }];
  const parts: { code: string; line: number }[] = [];
  const frontmatter = /^---\n([\s\S]*?)\n---/u.exec(text);
  if (frontmatter) parts.push({ code: frontmatter[1]!, line: 1 });
  for (const match of text.matchAll(/<script(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/gu)) {
    // The code starts right after the tag, on the tag's line.
    parts.push({ code: match[1]!, line: lineCount(text.slice(0, match.index + match[0].indexOf('>') + 1)) - 1 });
  }
  return parts;
}

/** What a function is called where it is declared: its name, the variable or property it is assigned to. */
function functionName(node: ts.SignatureDeclaration, source: ts.SourceFile): string | null {
  if (node.name) return node.name.getText(source);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))
    return parent.name.getText(source);
  return null;
}

/**
 * The functions longer than `limit` lines, from their first line (not their comment) to
 * their last, each as "name (lines)"; one inside another that is already too long is not
 * listed again. An unnamed function is named by where it starts: "(anonymous, line N)".
 */
export function longFunctions(file: string, text: string, limit: number): string[] {
  const found: string[] = [];
  for (const part of scriptParts(file, text)) {
    const source = ts.createSourceFile(file, part.code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const lineOf = (position: number) => source.getLineAndCharacterOfPosition(position).line;
    const visit = (node: ts.Node) => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const first = lineOf(node.getStart(source));
        const length = lineOf(node.end) - first + 1;
        if (length > limit) {
          const name = functionName(node, source) ?? `(anonymous, line ${part.line + first + 1})`;
          found.push(`${name} (${length})`);
          return;
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
