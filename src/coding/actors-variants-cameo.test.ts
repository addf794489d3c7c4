import { describe } from 'vitest'
import { codedCases } from './test-helpers.js'

/**
 * Issue 10 item 5: names the KB lacked or coded unlike CAMEO. "Nepali" is Nepal's demonym as often as "Nepalese";
 * Catalonia's presidents act for Spain (a regional government: GOV while in office); Kosovo keeps the id UNK but its
 * actor code is CAMEO's KSV, as GDELT writes it. Sentences of our own about real events; "source>target root".
 */
describe('name variants and codes the KB lacked', () => {
  codedCases([
    ['The Nepali government accused India of blocking fuel supplies.', '2015-11-01', ['NPL/NPLGOV>IND/IND 11']],
    ['Carles Puigdemont urged the Spanish government to open talks.', '2017-10-10', ['ESP/ESPGOV>ESP/ESPGOV 02']],
    ['Puigdemont criticized Madrid over the arrests.', '2017-09-21', ['ESP/ESPGOV>ESP/ESP 11']],
    ['Quim Torra accused the Spanish courts of persecution.', '2019-10-15', ['ESP/ESPGOV>ESP/ESPJUD 11']],
    ['Kosovo accused Serbia of stoking unrest in the north.', '2023-06-01', ['UNK/KSV>SRB/SRB 11']],
    ['Kosovar police detained a Serbian official near the border.', '2023-06-01', ['UNK/KSVCOP>SRB/SRBGOV 17']],
    // counters: before his term (as mayor of Girona) Puigdemont is no Spanish government; before the UN
    // administration of June 1999 Kosovo codes as Serbia; a currency is no actor
    ['Puigdemont criticized Madrid over the arrests.', '2014-05-01', [], ['ESP/ESPGOV>ESP/ESP 11']],
    ['Kosovo accused Belgrade of repression.', '1998-03-10', [], ['UNK/KSV>SRB/SRBGOV 11']],
    ['Western sanctions battered the ruble.', '2014-12-20', [], ['-/->RUS/RUS 17', 'RUS/RUS>RUS/RUS 17']],
  ])
})
