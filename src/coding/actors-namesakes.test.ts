import { describe } from 'vitest'
import { codedCases } from './test-helpers.js'

/**
 * Groups that share a name with a group of another country (issue 10, actors mislinked): the KB's default reading
 * unless the story names the other group's country and not the default's. Sentences of our own about real events.
 */
describe('"National Liberation Army": Colombia\'s ELN by default, Macedonia\'s rebels of 2001 in a Macedonian story', () => {
  codedCases([
    [
      'The National Liberation Army ambushed Macedonian soldiers near Kumanovo.',
      '2001-05-03',
      ['MKD/MKDREB>MKD/MKDMIL 19'],
      ['COL/COLREB>MKD/MKDMIL 19'],
    ],
    [
      'Macedonian forces shelled National Liberation Army positions near Tetovo.',
      '2001-06-10',
      ['MKD/MKDMIL>MKD/MKDREB 19'],
    ],
    // counter: a Colombian story, and a story naming no country, keep the default
    [
      'The National Liberation Army blew up an oil pipeline in Colombia.',
      '2001-05-03',
      ['COL/COLREB>COL/COL 17'],
      ['MKD/MKDREB>COL/COL 17'],
    ],
    ['The National Liberation Army kidnapped six engineers.', '1999-04-12', ['COL/COLREB>- 18'], ['MKD/MKDREB>- 18']],
  ])
})
