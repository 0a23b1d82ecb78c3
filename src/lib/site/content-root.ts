/**
 * Where the content collections live. Tests point CONTENT_DIR at fixture folders to prove
 * that broken content fails the build; everyone else uses ./content.
 */
export const contentRoot: string = process.env.CONTENT_DIR ?? './content';
