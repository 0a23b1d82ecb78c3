/** Reading WordprocessingML with @xmldom/xmldom: elements by local name, w: attributes, on/off properties. */
import { DOMParser, type Element } from '@xmldom/xmldom';

/** The WordprocessingML namespace. */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export const childElements = (node: Element, name?: string): Element[] => {
  const out: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && (name === undefined || (child as Element).localName === name))
      out.push(child as Element);
  }
  return out;
};
export const child = (node: Element | undefined, name: string): Element | undefined =>
  node ? childElements(node, name)[0] : undefined;
export const attr = (node: Element | undefined, name: string): string | null =>
  node ? (node.getAttributeNS(W, name) ?? node.getAttribute(`w:${name}`)) || null : null;
/** An on/off property (<w:b/>, <w:b w:val="0"/>). */
const isOn = (node: Element | undefined): boolean => {
  if (!node) return false;
  const val = attr(node, 'val');
  return val === null || !['0', 'false', 'off', 'none'].includes(val);
};

/** A run property set on or off, or undefined when not set here. */
export const flag = (node: Element | undefined): boolean | undefined => (node ? isOn(node) : undefined);

/** Parses a part of the package; an error (not a warning) throws. */
export function parseXml(xml: string): Element {
  const document = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  }).parseFromString(xml, 'text/xml');
  return document.documentElement as unknown as Element;
}
