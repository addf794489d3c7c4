/** One normal form for alias keys, so "U.S." = "US", "Türkiye" = "Turkiye", "the UK" = "UK". */

const QUOTES: Record<string, string> = { '’': "'", '‘': "'", '`': "'", '´': "'", '“': '"', '”': '"' }

/** Strips diacritics, dots and a leading "the", unifies quotes, dashes and spaces; keeps case. */
export function normalizeSurface(surface: string): string {
  return surface
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´“”]/g, (char) => QUOTES[char] ?? char)
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /i, '')
}

/** True when every letter is upper case ("NATO", "US"). */
export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toUpperCase()
}

/** A URL-style slug: "Washington D.C." → "washington-dc". */
export function slug(text: string): string {
  return normalizeSurface(text)
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}
