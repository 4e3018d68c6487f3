/**
 * Identifiers of the podcast and its episodes. Pure (Web Crypto, which Node
 * and browsers both have).
 */

/** The namespace the Podcasting 2.0 spec fixes for `podcast:guid`. */
const PODCAST_NAMESPACE = 'ead4c236-bf58-58c6-a2c6-a6b28d128cb6';

const uuidBytes = (uuid: string) => Uint8Array.from(uuid.replace(/-/g, '').match(/../g)!, (hex) => parseInt(hex, 16));

/** A name-based UUID (version 5, SHA-1) as RFC 9562 defines it. */
export async function uuidV5(name: string, namespace: string): Promise<string> {
  const text = new TextEncoder().encode(name);
  const input = new Uint8Array(16 + text.length);
  input.set(uuidBytes(namespace));
  input.set(text, 16);
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-1', input)).slice(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = [...hash].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * `podcast:guid`: the UUIDv5 of the feed's address without its scheme and
 * trailing slashes, as the Podcasting 2.0 spec says. It follows the address
 * the build publishes at (SITE_URL and BASE_PATH); once the feed is out, it
 * should not change again (docs/hosting.md).
 */
export function podcastGuid(feedUrl: string): Promise<string> {
  return uuidV5(feedUrl.replace(/^[a-z][a-z\d+.-]*:\/\//i, '').replace(/\/+$/, ''), PODCAST_NAMESPACE);
}

/**
 * An episode's `guid`: a tag URI (RFC 4151) from the fragment's id, so it
 * stays the same wherever the site is hosted and whatever the clip's bytes.
 */
export const episodeGuid = (fragmentId: string) => `tag:nji.nl,2026:burgerinitiatieven-en-wijkteams/fragment/${fragmentId}`;
