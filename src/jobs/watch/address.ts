import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'
import ipaddr from 'ipaddr.js'
import { EntenteError } from '../../errors.js'

/** Turns a host name into every address it resolves to; tests pass a stub so nothing leaves the machine. */
export type Resolver = (hostname: string) => Promise<readonly string[]>

/** The system resolver (getaddrinfo), every address of the name. */
export const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address)

/** Where a fetch may connect: the addresses it checked, and what it may open beyond the public internet. */
export interface AddressPolicy {
  /** Loopback, private and other non-public ranges are allowed (intranet and tests). */
  readonly allowPrivate?: boolean
  /** Single addresses allowed although not public (tests: the local server while the rest stays refused). */
  readonly allowAddresses?: readonly string[]
  readonly resolver?: Resolver
}

/** A host resolved and checked: the one address the connection is pinned to. */
export interface CheckedAddress {
  readonly address: string
  readonly family: 4 | 6
}

/**
 * The range of an address that is not on the public internet ("loopback", "private", "linkLocal", …), or
 * undefined for a public unicast address. IPv4-mapped IPv6 (::ffff:10.0.0.1) is judged as the IPv4 it carries;
 * any other IPv6 form that embeds an IPv4 address (6to4, Teredo, NAT64) is refused as such.
 */
export function nonPublicRange(address: string): string | undefined {
  if (!ipaddr.isValid(address)) return 'invalid'
  let parsed = ipaddr.parse(address)
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address()
  }
  const range = parsed.range()
  return range === 'unicast' ? undefined : range
}

/**
 * Resolves the URL's host and checks every address it has (a name with one private address among public ones
 * is refused: the connection could land on either). Throws 'fetch.refused' before anything is connected.
 */
export async function checkHost(url: URL, policy: AddressPolicy = {}): Promise<CheckedAddress> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1')
  let addresses: readonly string[]
  try {
    addresses = isIP(host) ? [host] : await (policy.resolver ?? systemResolver)(host)
  } catch (error) {
    throw new EntenteError('fetch.failed', `Cannot fetch "${url.href}": host "${host}" does not resolve`, {
      input: url.href,
      hint: 'Check the host name in the URL',
      cause: error,
    })
  }
  if (addresses.length === 0) {
    throw new EntenteError('fetch.failed', `Cannot fetch "${url.href}": host "${host}" has no address`, {
      input: url.href,
    })
  }
  for (const address of addresses) {
    const range = nonPublicRange(address)
    if (range === undefined || policy.allowPrivate || policy.allowAddresses?.includes(address)) continue
    const via = address === host ? '' : ` resolves to ${address}, which`
    throw new EntenteError(
      'fetch.refused',
      `Refused to fetch "${url.href}": host "${host}"${via} is ${describe(range)}`,
      {
        input: url.href,
        hint: 'Pass --allow-private to fetch from loopback and intranet hosts',
      },
    )
  }
  const address = addresses[0] as string
  return { address, family: isIP(address) === 6 ? 6 : 4 }
}

/** "a private address (range private)", readable for the ranges people meet. */
function describe(range: string): string {
  const names: Record<string, string> = {
    loopback: 'a loopback address',
    private: 'a private (intranet) address',
    linkLocal: 'a link-local address (cloud metadata lives there)',
    carrierGradeNat: 'a carrier-grade NAT address',
    uniqueLocal: 'an IPv6 unique-local (private) address',
    multicast: 'a multicast address',
    unspecified: 'the unspecified address',
    broadcast: 'the broadcast address',
    invalid: 'not an IP address',
  }
  return `${names[range] ?? 'a reserved address'} (range ${range})`
}
