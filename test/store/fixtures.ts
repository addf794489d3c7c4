import type { Doc } from '../../src/document.js'
import { makeDoc } from './helpers.js'

/** Hand-built documents (no NLP): a Japan–NATO story, its syndicated copy, a second report, and others. */
export const JAPAN_NATO_TEXT =
  'Japanese Foreign Minister Yoshimasa Hayashi met NATO Secretary General Jens Stoltenberg in Brussels on Tuesday. ' +
  'The two discussed security in the Indo-Pacific and the war in Ukraine, and agreed to deepen cooperation on cyber ' +
  'defence. Finland became the 31st member of NATO on Tuesday. Japan did not criticise China.'

export function japanNato(): Doc {
  return makeDoc(JAPAN_NATO_TEXT, {
    published: '2023-04-05',
    events: [
      {
        source: 'JPN',
        target: 'NATO',
        cameo: '043',
        evidence: 'Hayashi met NATO',
        date: '2023-04-04',
        quad: 1,
        goldstein: 2.8,
      },
      {
        source: 'JPN',
        target: 'NATO',
        cameo: '057',
        evidence: 'agreed to deepen cooperation',
        date: '2023-04-04',
        quad: 1,
        goldstein: 8,
        plover: 'AGREE',
      },
      {
        source: 'JPN',
        target: 'CHN',
        cameo: '111',
        evidence: 'Japan did not criticise China',
        date: '2023-04-04',
        negated: true,
        quad: 3,
        goldstein: -2,
      },
    ],
    facts: [
      {
        relation: 'member_of',
        subject: 'FIN',
        object: 'NATO',
        start: '2023-04-04',
        evidence: 'Finland became the 31st member of NATO',
      },
    ],
  })
}

/** A syndicated copy of the Japan–NATO story: same events, so they must not count twice. */
export function japanNatoCopy(): Doc {
  const text = `BRUSSELS (Wire) - ${JAPAN_NATO_TEXT} Reporting by Ana Ruiz.`
  return makeDoc(text, {
    published: '2023-04-05',
    events: [
      {
        source: 'JPN',
        target: 'NATO',
        cameo: '043',
        evidence: 'Hayashi met NATO',
        date: '2023-04-04',
        quad: 1,
        goldstein: 2.8,
      },
    ],
  })
}

/** A different article reporting the same meeting a day later (one happening, two reports). */
export function japanNatoSecondReport(): Doc {
  const text =
    'Tokyo and the Atlantic alliance drew closer this week. Japan consulted NATO leaders in Brussels on Wednesday about ' +
    'a liaison office, officials said, in a meeting that touched on Chinese military activity near Taiwan.'
  return makeDoc(text, {
    published: '2023-04-06',
    events: [
      {
        source: 'JPN',
        target: 'NATO',
        cameo: '040',
        evidence: 'Japan consulted NATO',
        date: '2023-04-05',
        quad: 1,
        goldstein: 1,
      },
    ],
  })
}

/** A later, separate happening between the same actors (outside the window). */
export function japanNatoLater(): Doc {
  const text =
    'Japan and NATO held fresh talks in Tokyo in July, weeks after the summit in Vilnius, with officials from both ' +
    'sides reviewing the partnership programme adopted earlier in the year and plans for joint exercises.'
  return makeDoc(text, {
    published: '2023-07-20',
    events: [
      {
        source: 'JPN',
        target: 'NATO',
        cameo: '043',
        evidence: 'Japan and NATO held fresh talks',
        date: '2023-07-19',
        quad: 1,
        goldstein: 2.8,
      },
    ],
  })
}

/** Conflict between other actors, with a month-precision date and an injection-looking evidence string. */
export function russiaUkraine(): Doc {
  const text =
    '=HYPERLINK("http://x") Russia shelled Ukrainian positions near Bakhmut in May, the Ukrainian general staff said, ' +
    'as fighting continued along the eastern front and both sides reported heavy losses in the battle for the town.'
  return makeDoc(text, {
    published: '2023-05-31',
    events: [
      {
        source: 'RUS',
        target: 'UKR',
        cameo: '190',
        evidence: '=HYPERLINK("http://x") Russia shelled',
        date: '2023-05',
        quad: 4,
        goldstein: -10,
      },
    ],
  })
}

export function allDocs(): Doc[] {
  return [japanNato(), japanNatoCopy(), japanNatoSecondReport(), japanNatoLater(), russiaUkraine()]
}
