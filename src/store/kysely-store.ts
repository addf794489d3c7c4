import type { Kysely } from 'kysely'
import { currentVersion } from './migrate.js'
import { recluster } from './recluster.js'
import type { Database } from './schema.js'
import type { Store } from './store.js'
import { writeDoc, writeDocs } from './write-doc.js'

/** The Store over any Kysely dialect: every dialect shares the writing, clustering and reading code. */
export function createKyselyStore(db: Kysely<Database>, info: Pick<Store, 'dialect' | 'location'>): Store {
  return {
    ...info,
    db,
    async hasArticle(id) {
      return (await db.selectFrom('articles').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
    },
    putDoc: (doc) => writeDoc(db, doc),
    putDocs: (docs) => writeDocs(db, docs),
    recluster: () => recluster(db),
    schemaVersion: () => currentVersion(db),
    close: () => db.destroy(),
  }
}
