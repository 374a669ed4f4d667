// The file name of a download from a draft's title: lower case, accents dropped, one dash between
// words, at most 60 characters; `fallback` when nothing of the title is left.
export function fileBase(title: string, fallback: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || fallback;
}
