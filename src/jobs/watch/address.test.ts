import { expect, test } from 'vitest'
import { checkHost, nonPublicRange, type Resolver } from './address.js'

const REFUSED: [address: string, range: string][] = [
  ['127.0.0.1', 'loopback'],
  ['10.0.0.1', 'private'],
  ['172.16.5.4', 'private'],
  ['192.168.1.1', 'private'],
  ['169.254.169.254', 'linkLocal'],
  ['100.64.0.1', 'carrierGradeNat'],
  ['224.0.0.1', 'multicast'],
  ['0.0.0.0', 'unspecified'],
  ['240.0.0.1', 'reserved'],
  ['::1', 'loopback'],
  ['::', 'unspecified'],
  ['fd12:3456::1', 'uniqueLocal'],
  ['fe80::1', 'linkLocal'],
  ['ff02::1', 'multicast'],
  ['::ffff:127.0.0.1', 'loopback'],
  ['::ffff:10.0.0.1', 'private'],
  ['::ffff:a9fe:a9fe', 'linkLocal'],
  ['2002:a00:1::', '6to4'],
]
for (const [address, range] of REFUSED) {
  test(`nonPublicRange("${address}") is ${range}`, () => {
    expect(nonPublicRange(address)).toBe(range)
  })
}

for (const address of ['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8']) {
  test(`nonPublicRange("${address}") is public`, () => {
    expect(nonPublicRange(address)).toBeUndefined()
  })
}

/** A resolver that answers from a table and records what it was asked: nothing is looked up for real. */
function stubResolver(table: Record<string, string[]>): Resolver & { asked: string[] } {
  const asked: string[] = []
  const resolve = async (host: string) => {
    asked.push(host)
    const addresses = table[host]
    if (!addresses) throw new Error(`ENOTFOUND ${host}`)
    return addresses
  }
  return Object.assign(resolve, { asked })
}

test('checkHost refuses a name with one private address among public ones', async () => {
  const resolver = stubResolver({ 'mixed.test': ['93.184.215.14', '10.0.0.1'] })
  await expect(checkHost(new URL('https://mixed.test/feed'), { resolver })).rejects.toMatchObject({
    code: 'fetch.refused',
    message:
      'Refused to fetch "https://mixed.test/feed": host "mixed.test" resolves to 10.0.0.1, which is a private (intranet) address (range private)',
  })
})

test('checkHost pins the first address of a public name, and reports its family', async () => {
  const resolver = stubResolver({ 'news.test': ['2606:4700:4700::1111', '93.184.215.14'] })
  expect(await checkHost(new URL('https://news.test/'), { resolver })).toEqual({
    address: '2606:4700:4700::1111',
    family: 6,
  })
})

test('checkHost judges an IP literal without asking the resolver, brackets and all', async () => {
  const resolver = stubResolver({})
  await expect(checkHost(new URL('http://[::1]:8080/'), { resolver })).rejects.toThrow(
    'host "::1" is a loopback address',
  )
  await expect(checkHost(new URL('http://169.254.169.254/latest/meta-data/'), { resolver })).rejects.toThrow(
    'link-local',
  )
  expect(resolver.asked).toEqual([])
})

test('checkHost allows private addresses with allowPrivate, and single addresses with allowAddresses', async () => {
  const resolver = stubResolver({ 'intranet.test': ['10.0.0.1'] })
  const url = new URL('http://intranet.test/')
  expect(await checkHost(url, { resolver, allowPrivate: true })).toEqual({ address: '10.0.0.1', family: 4 })
  expect(await checkHost(url, { resolver, allowAddresses: ['10.0.0.1'] })).toEqual({ address: '10.0.0.1', family: 4 })
  await expect(checkHost(url, { resolver, allowAddresses: ['10.0.0.2'] })).rejects.toThrow('private')
})

test('a name that does not resolve is a clear fetch failure naming the host', async () => {
  await expect(checkHost(new URL('http://nowhere.test/'), { resolver: stubResolver({}) })).rejects.toMatchObject({
    code: 'fetch.failed',
    message: 'Cannot fetch "http://nowhere.test/": host "nowhere.test" does not resolve',
  })
})
