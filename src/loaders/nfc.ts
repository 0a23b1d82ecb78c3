import type { Loader } from 'astro/loaders';
import { nfcDeep } from '../lib/text/nfc';

/**
 * A loader whose entries' data is in NFC before the schema reads it (see nfcDeep), so a
 * decomposed quote is checked, stored and shown like a composed one. The bodies of these
 * entries are rendered by the Markdown pipeline, which normalises them itself
 * (src/markdown/rehype-nfc.ts).
 */
export function nfcData(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: (props) => context.parseData({ ...props, data: nfcDeep(props.data) }),
      }),
  };
}
