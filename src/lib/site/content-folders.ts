/**
 * The content folder's layout (CONTENT_DIR, `./content` unless set): the folder of each
 * collection and of the source texts, and the lists kept as one YAML file each, spelled once.
 * The collections, the data getters, the importer (`npm run import` writes into these
 * folders), the benchmark's corpus and the tests take the names from here. It imports
 * nothing, so Node runs it as it is under the importer.
 */
export const CONTENT_FOLDERS = {
  plans: 'plans',
  topics: 'topics',
  commemorations: 'commemorations',
  forms: 'forms',
  sources: 'sources',
} as const;

export const CONTENT_FILES = {
  actors: 'actors.yaml',
  provinces: 'provinces.yaml',
  nationalDocuments: 'documents.yaml',
} as const;
