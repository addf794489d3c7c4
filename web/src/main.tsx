import { render } from 'preact'
import { Dossier } from './screens/Dossier.js'
import { Dyad } from './screens/Dyad.js'
import { Events } from './screens/Events.js'
import { Evidence } from './screens/Evidence.js'
import { NetworkGraph } from './screens/NetworkGraph.js'
import { Search } from './screens/Search.js'
import { WorldMap } from './screens/WorldMap.js'
import { href, useRoute } from './route.js'
import './style.css'

/** The screens, by the first word of the address. */
function App() {
  const { path, query } = useRoute()
  const [screen = '', ...rest] = path
  const page = (() => {
    switch (screen) {
      case 'actor':
        return <Dossier id={rest[0] ?? ''} at={query.get('at') ?? undefined} />
      case 'dyad':
        return <Dyad a={rest[0] ?? ''} b={rest[1] ?? ''} month={query.get('month') ?? undefined} />
      case 'network':
        return <NetworkGraph from={query.get('from') ?? '2000'} to={query.get('to') ?? undefined} />
      case 'map':
        return <WorldMap actor={rest[0] ?? ''} measure={query.get('by') === 'goldstein' ? 'goldstein' : 'events'} />
      case 'events':
        return <Events query={query} />
      case 'event':
        return <Evidence id={rest[0] ?? ''} />
      default:
        return <Search q={query.get('q') ?? ''} />
    }
  })()
  return (
    <>
      <header>
        <a class="brand" href="#/">
          entente
        </a>
        <nav>
          <a href={href([])}>Search</a>
          <a href={href(['events'])}>Events</a>
          <a href={href(['network'])}>Network</a>
          <a href="/docs/">API</a>
        </nav>
      </header>
      <main>{page}</main>
    </>
  )
}

render(<App />, document.getElementById('app') as HTMLElement)
