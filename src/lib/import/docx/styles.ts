/** Paragraph and character styles (styles.xml): the bold and italic a style gives its text. */
import { attr, child, childElements, flag, parseXml } from './xml.ts';

export interface Style {
  bold?: boolean;
  italic?: boolean;
  basedOn?: string;
}
/** Bold and italic of each style (styles.xml), with the style each is based on. */
export function readStyles(xml: string | undefined): Map<string, Style> {
  const styles = new Map<string, Style>();
  if (!xml) return styles;
  for (const node of childElements(parseXml(xml), 'style')) {
    const rPr = child(node, 'rPr');
    const style: Style = {};
    const bold = flag(child(rPr, 'b'));
    const italic = flag(child(rPr, 'i'));
    const basedOn = attr(child(node, 'basedOn'), 'val');
    if (bold !== undefined) style.bold = bold;
    if (italic !== undefined) style.italic = italic;
    if (basedOn) style.basedOn = basedOn;
    styles.set(attr(node, 'styleId') ?? '', style);
  }
  return styles;
}
/** A style's bold or italic, looked up through the styles it is based on. */
export function styleFlag(styles: Map<string, Style>, id: string | null, key: 'bold' | 'italic'): boolean | undefined {
  for (let depth = 0, current = id; current && depth < 10; depth += 1) {
    const style = styles.get(current);
    if (!style) return undefined;
    if (style[key] !== undefined) return style[key];
    current = style.basedOn ?? null;
  }
  return undefined;
}
