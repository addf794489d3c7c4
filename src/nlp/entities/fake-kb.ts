import { titleTable } from '../../kb/index.js'
import type { AliasHit, KbView, KbViewEntity, KbViewRole } from './kb-view.js'

/** A tiny hand-made KB for unit tests of recognition, linking and coreference. */
export function fakeKb(): KbView {
  const entities: KbViewEntity[] = [
    { id: 'JPN', kind: 'country', name: 'Japan' },
    { id: 'FIN', kind: 'country', name: 'Finland' },
    { id: 'RUS', kind: 'country', name: 'Russia' },
    { id: 'CHN', kind: 'country', name: 'China' },
    { id: 'SWE', kind: 'country', name: 'Sweden' },
    { id: 'GEO', kind: 'country', name: 'Georgia' },
    { id: 'NATO', kind: 'organization', name: 'North Atlantic Treaty Organization', orgKind: 'alliance' },
    { id: 'EU', kind: 'organization', name: 'European Union', orgKind: 'political-union' },
    { id: 'person:yoshimasa-hayashi', kind: 'person', name: 'Yoshimasa Hayashi' },
    { id: 'place:brussels', kind: 'place', name: 'Brussels', country: 'BEL' },
  ]
  const aliases: [string, AliasHit[]][] = [
    ['Japan', [{ entity: 'JPN', kind: 'country', form: 'name' }]],
    ['Japanese', [{ entity: 'JPN', kind: 'country', form: 'demonym' }]],
    ['Tokyo', [{ entity: 'JPN', kind: 'country', form: 'capital' }]],
    ['Finland', [{ entity: 'FIN', kind: 'country', form: 'name' }]],
    ['Sweden', [{ entity: 'SWE', kind: 'country', form: 'name' }]],
    ['Russia', [{ entity: 'RUS', kind: 'country', form: 'name' }]],
    ['Moscow', [{ entity: 'RUS', kind: 'country', form: 'capital' }]],
    ['China', [{ entity: 'CHN', kind: 'country', form: 'name' }]],
    ['Beijing', [{ entity: 'CHN', kind: 'country', form: 'capital' }]],
    ['Georgia', [{ entity: 'GEO', kind: 'country', form: 'name', ambiguous: 'Georgia is also a US state' }]],
    ['NATO', [{ entity: 'NATO', kind: 'organization', form: 'abbreviation' }]],
    ['the trans-Atlantic alliance', [{ entity: 'NATO', kind: 'organization', form: 'name' }]],
    ['the European Union', [{ entity: 'EU', kind: 'organization', form: 'name' }]],
    ['Yoshimasa Hayashi', [{ entity: 'person:yoshimasa-hayashi', kind: 'person', form: 'name' }]],
    ['Brussels', [{ entity: 'place:brussels', kind: 'place', form: 'name' }]],
  ]
  const roles: KbViewRole[] = [
    { person: 'person:yoshimasa-hayashi', title: 'Foreign Minister', of: 'JPN', from: '2021-11-10', to: '2023-09-13' },
  ]
  return {
    titles: titleTable(),
    entity: (id) => entities.find((e) => e.id === id),
    aliases: () => aliases,
    rolesAt: (person, date) =>
      roles.filter((r) => r.person === person && (!r.from || r.from <= date) && (!r.to || date <= r.to)),
    regionByAdjective: (adjective) =>
      adjective === 'Scandinavian'
        ? { region: 'region:scandinavia', members: ['DNK', 'NOR', 'SWE', 'FIN'] }
        : undefined,
  }
}
