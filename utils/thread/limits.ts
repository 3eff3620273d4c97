/** Bounds for every text read from a page. Long posts are cut: the model needs the gist, not 20 KB. */
export const LIMITS = {
  author: 120,
  post: 3000,
  comment: 1500,
  draft: 2000,
  account: 120,
  url: 500,
} as const;
