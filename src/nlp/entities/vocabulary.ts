/** Words that recognition keys on. Kept in one place so they are easy to review and extend. */

/** Head words that make an unknown capitalized run an organization ("Ministry of Defence", "Airbus Industrie"). */
export const ORG_HEADS = new Set(
  (
    'Ministry Department Council Commission Agency Bank Party Army Forces Force Navy Guard Guards Union Organization ' +
    'Organisation Association Committee Corporation Corp Corp. Inc Inc. Ltd Ltd. LLC Group Company Co. Airlines Airways ' +
    'University Institute Front Brigade Brigades Court Parliament Assembly Congress Senate Office Service Services ' +
    'Authority Federation League Alliance Movement Coalition Fund Foundation Times News Post Journal Motors Holdings ' +
    'Industries Industrie Systems Technologies Reuters Press Agency Bureau Administration Cabinet Government ' +
    'Directorate Command Corps Police Mission Secretariat Board Network Television Radio Exchange Airbus Boeing ' +
    'Battalion Regiment Division Militia Taliban Hamas Hezbollah Houthis ' +
    // the last words of companies' names
    'Aircraft Aerospace Aviation Computer Computers Electronics Pharmaceuticals Petroleum Motor Steel Chemicals ' +
    'Semiconductor Entertainment Studios Pictures Records Partners Investments Securities Insurance Telecom ' +
    'Communications Laboratories Labs'
  ).split(' '),
)

/** Head words that make an unknown capitalized run a place. */
export const PLACE_HEADS = new Set(
  (
    'City Province Region Island Islands Sea Ocean Strait Gulf Bay River Valley Mountains Mountain Peninsula Street ' +
    'Square Airport Base County State District Desert Coast Canal Heights Hills Lake Port Harbour Harbor Border Beach'
  ).split(' '),
)

/** Prepositions after which a lone unknown name is most likely a place. */
export const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'near',
  'from',
  'to',
  'outside',
  'across',
  'into',
  'toward',
  'towards',
])

/** Description heads that can corefer with an entity named earlier, with the kinds they can refer to. */
export const DESCRIPTION_HEADS: ReadonlyMap<
  string,
  { kind: 'country' | 'organization' | 'person'; orgKinds?: string[]; inName?: true }
> = new Map<string, { kind: 'country' | 'organization' | 'person'; orgKinds?: string[]; inName?: true }>([
  ['country', { kind: 'country' }],
  ['nation', { kind: 'country' }],
  ['kingdom', { kind: 'country' }],
  ['republic', { kind: 'country' }],
  ['state', { kind: 'country' }],
  ['alliance', { kind: 'organization', orgKinds: ['alliance'] }],
  ['bloc', { kind: 'organization', orgKinds: ['economic-bloc', 'political-union', 'regional-org', 'forum'] }],
  ['union', { kind: 'organization', orgKinds: ['political-union'] }],
  ['organization', { kind: 'organization' }],
  ['organisation', { kind: 'organization' }],
  ['group', { kind: 'organization', orgKinds: ['forum', 'economic-bloc', 'armed-group', 'militia', 'movement'] }],
  // non-state groups (data/kb/groups.json): "Hezbollah … the group", "the Houthis … the militia"
  ['militia', { kind: 'organization', orgKinds: ['militia', 'armed-group'] }],
  ['movement', { kind: 'organization', orgKinds: ['movement', 'armed-group', 'party'] }],
  ['party', { kind: 'organization', orgKinds: ['party'] }],
  ['agency', { kind: 'organization', orgKinds: ['un-body'] }],
  // "the coalition": the last one the text names by a name holding the word ("the Saudi-led coalition", "the US-led
  // coalition", a body of the United States); none named, none meant ("the ruling coalition" of a parliament)
  ['coalition', { kind: 'organization', inName: true }],
  ['minister', { kind: 'person' }],
  ['president', { kind: 'person' }],
  ['premier', { kind: 'person' }],
  ['chancellor', { kind: 'person' }],
  ['secretary', { kind: 'person' }],
])

export const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'hers'])
export const THING_PRONOUNS = new Set(['it', 'its'])

/** Capitalized words that start sentences or headlines and are not names. */
export const NOT_NAMES = new Set(
  (
    'The A An This That These Those It Its He She They We I You His Her Their Our But And Or If When While As After ' +
    'Before During Since Until However Meanwhile Also In On At For From By With Without Under Over About Despite ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December Mr Mrs Ms Dr Read More Share Some Several Many Most Other Others Both Each ' +
    'Representatives Officials Leaders Ministers Talks Staff Visiting'
  ).split(' '),
)

/** Head words of named things that are neither people, places nor organizations (programmes, treaties, events). */
export const OTHER_HEADS = new Set(
  (
    'Programme Program Plan Initiative Framework Agreement Treaty Accord Accords Strategy Partnership Summit ' +
    'Conference Meeting Forum Dialogue Declaration Act Law Bill Resolution Protocol Convention Charter Doctrine ' +
    'Games Cup Olympics War Crisis Operation Exercise Prize Award Day Week Index Report Show Expo Festival ' +
    'Championship Championships Tournament Election Elections Year Eve'
  ).split(' '),
)

/** Head words of buildings and sites, places when the name has more than one word ("Ostrel Sports Center"). */
export const FACILITY_HEADS = new Set(
  (
    'Center Centre Factory Plant Stadium Arena Hospital Palace Tower Bridge Museum Theater Theatre Cathedral Mosque ' +
    'Church Temple Prison Campus Station Terminal Dam Barrage'
  ).split(' '),
)

/** Common given names, added to those of the KB's people, to tell an unknown person from an unknown company. */
export const GIVEN_NAMES = new Set(
  (
    'Aaron Adam Ahmed Alan Albert Alex Alexander Alexei Ali Alice Amanda Amy Ana Andrea Andrew Andrei Angela Ann Anna ' +
    'Anne Anthony Antonio Arnold Barbara Ben Benjamin Bernard Bill Bob Brian Bruce Carl Carlos Catherine Charles ' +
    'Chris Christian Christine Christopher Claire Claude Daniel David Dennis Dmitry Donald Douglas Edward Elena ' +
    'Elizabeth Emily Emma Eric Erik Frank Fred Gary George Gerhard Gordon Graham Greg Hans Harry Helen Henry Hugo Ian ' +
    'Igor Ivan Jack Jacques James Jan Jane Janet Jason Jean Jeff Jennifer Jerry Jim Joe Johan John Jonathan Jorge ' +
    'Jose José Joseph Juan Julia Karen Karl Kate Keith Kevin Klaus Larry Laura Lee Linda Lisa Louis Luis Lynn Marc ' +
    'Maria Mark Martin Mary Matthew Michael Michel Mike Mohammed Muhammad Nancy Nicholas Nick Nikolai Olga Oliver ' +
    'Patrick Paul Peter Philip Philippe Pierre Rachel Ralph Raymond Richard Robert Roger Ronald Ryan Sam Sarah ' +
    'Scott Sergei Simon Stefan Stephen Steve Steven Susan Thomas Tim Timothy Tom Tony Victor Vladimir William Wolfgang ' +
    'Yuri Zhang Wang Li Liu Chen Hiroshi Takeshi Kenji Akira Yuki Raj Rahul Priya Amit Fatima Omar Hassan Hussein'
  ).split(' '),
)

/** Verbs of saying that, right after an unknown two- or three-word name, mark it as a person. */
export const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'wrote', 'argued', 'stated', 'explained'])
