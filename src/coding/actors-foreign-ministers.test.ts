import { describe } from 'vitest'
import { codedCases } from './test-helpers.js'

/**
 * Issue 10 item 5: foreign ministers of 1990-2015 the KB lacked (data/kb/people, month precision, approx) act for
 * their government by full name and, while in office, by a bare surname no other holder of the day bears. Between
 * two terms a minister is his country's elite again, and another holder's surname keeps its bearer. Sentences of our
 * own about real events; "source>target root".
 */
describe('foreign ministers of the 1990s to the 2010s act for their government', () => {
  codedCases([
    ['Jeszenszky met Slovak officials in Bratislava.', '1993-06-01', ['HUN/HUNGOV>SVK/SVKGOV 04']],
    ["Martonyi criticized Slovakia's citizenship law.", '2010-06-01', ['HUN/HUNGOV>SVK/SVK 11']],
    ['Mircea Geoana urged Russia to withdraw its troops from Transnistria.', '2003-03-01', ['ROU/ROUGOV>RUS/RUS 02']],
    [
      'Noppadon Pattama met Cambodian officials over the Preah Vihear temple.',
      '2008-06-20',
      ['THA/THAGOV>KHM/KHMGOV 04'],
    ],
    ['Karel Schwarzenberg criticized Russia over the gas cutoff.', '2009-01-08', ['CZE/CZEGOV>RUS/RUS 11']],
    ['Kavan met Madeleine Albright in Washington.', '1999-05-01', ['CZE/CZEGOV>USA/USAGOV 04']],
    ['Bonaya Godana met Sudanese officials in Nairobi.', '1999-05-01', ['KEN/KENGOV>SDN/SDNGOV 04']],
    ['Solomon Passy praised NATO.', '2004-04-02', ['BGR/BGRGOV>NATO/IGOWSTNAT 05']],
    ['Nickolay Mladenov met Hillary Clinton in Washington.', '2011-01-01', ['BGR/BGRGOV>USA/USAGOV 04']],
    ['Fredrick Chien accused China of intimidation.', '1996-03-10', ['TWN/TWNGOV>CHN/CHN 11']],
    ['Jose Miguel Insulza met Argentine officials in Buenos Aires.', '1997-05-01', ['CHL/CHLGOV>ARG/ARGGOV 04']],
    ['Rafael Roncagliolo criticized Chile over the maritime dispute.', '2012-05-01', ['PER/PERGOV>CHL/CHL 11']],
    ['Zarar Ahmad Osmani met Pakistani officials in Islamabad.', '2014-02-01', ['AFG/AFGGOV>PAK/PAKGOV 04']],
    // counters: between his two terms Kalonzo Musyoka is Kenya's elite; Peru's García Belaúnde bears another surname
    ['Kalonzo Musyoka criticized Uganda.', '2001-02-01', ['KEN/KENELI>UGA/UGA 11'], ['KEN/KENGOV>UGA/UGA 11']],
    ['Garcia criticized Chile.', '2008-05-01', ['PER/PERGOV>CHL/CHL 11']],
  ])
})
