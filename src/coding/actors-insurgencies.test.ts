import { describe, expect, test } from 'vitest'
import { codedCases, codedWhole as coded } from './test-helpers.js'

/**
 * Actors of 1990s-2010s conflict news the KB did not link (issue 10, actors not linked): sentences of our own,
 * "source>target root", each side its entity and CAMEO actor code.
 */
describe("a people's rebels that the text places nowhere fight the state of the people's insurgency", () => {
  codedCases([
    ['Kurdish rebels killed five soldiers in an ambush.', '1995-03-01', ['TUR/TURREB>- 19']],
    ['Kurdish guerrillas attacked an army post overnight.', '1996-06-01', ['TUR/TURREB>- 19']],
    ['Baloch rebels blew up a gas pipeline.', '2008-03-01', ['PAK/PAKREB>- 17']],
    ['Sikh militants killed ten bus passengers.', '1990-03-01', ['IND/INDREB>- 18']],
    // the text's own place still decides
    ['Kurdish rebels in Iraq captured Kirkuk.', '1991-03-15', ['IRQ/IRQREB>IRQ/IRQ 19']],
  ])

  test('counter: fighters may be any side\'s ("Kurdish fighters" fought Islamic State in Syria and Iraq)', () => {
    expect(coded('Kurdish fighters captured the town from Islamic State.', '2016-03-01').join()).not.toContain('TUR')
  })

  test('counter: Kurdish protesters are no insurgency', () => {
    expect(coded('Kurdish protesters clashed with police.', '2016-03-01').join()).not.toContain('TUR')
  })
})

describe('the Holy See: popes by name and "the pope" act for VAT', () => {
  codedCases([
    ['Pope Francis called for a ceasefire.', '2024-03-01', ['VAT/VATGOV>- 02']],
    ['Pope John Paul II urged NATO to halt the bombing of Yugoslavia.', '1999-04-10', ['VAT/VATGOV>NATO/IGOWSTNAT 02']],
    ['Pope Benedict XVI criticised Iran.', '2006-03-01', ['VAT/VATGOV>IRN/IRN 11']],
    ['The pope criticised Iran.', '2006-03-01', ['VAT/VATGOV>IRN/IRN 11'], ['IRN/IRN>IRN/IRN 11']],
  ])

  test('counter: a man whose first name is Francis is no pope', () => {
    expect(coded('Francis Scott criticised Iran.', '2020-03-01').join()).not.toContain('VAT')
  })
})

describe('rebels, parties and governments of the wars in Congo, Kashmir, Iraq and Somalia', () => {
  codedCases([
    ['RCD rebels captured a town in eastern Congo.', '1999-08-01', ['COD/CODREB>COD/COD 19']],
    ['MLC rebels attacked government troops in Equateur.', '2000-08-01', ['COD/CODREB>- 19']],
    ['The Hurriyat Conference called for talks with India.', '2001-08-01', ['IND/INDOPP>IND/IND 02']],
    ['Ansar al-Sunna claimed the bombing in Mosul.', '2005-08-01', ['IRQ/IRQREB>- 01']],
    ['The Islamic Army in Iraq kidnapped two French journalists.', '2005-08-01', ['IRQ/IRQREB>FRA/FRAMED 18']],
    ['Sons of Iraq fighters arrested al-Qaeda suspects in Ramadi.', '2008-01-10', ['IRQ/IRQUAF>ALQAEDA/IMGREBALQ 17']],
    [
      'The Transitional Federal Government accused Eritrea of arming insurgents.',
      '2007-08-01',
      ['SOM/SOMGOV>ERI/ERI 11'],
    ],
  ])

  test("counter: Algeria's RCD is not Congo's rebels", () => {
    expect(coded("Algeria's RCD criticised the government.", '2002-03-01').join()).not.toContain('COD')
  })
})

describe('Kosovo codes as Serbia until the UN administration of 1999-06-10, as itself after', () => {
  codedCases([
    ['KLA rebels attacked a Serbian police patrol.', '1999-03-01', ['SRB/SRBREB>SRB/SRBCOP 19']],
    ['Ethnic Albanian rebels attacked a Serbian police patrol in Kosovo.', '1998-07-01', ['SRB/SRBREB>SRB/SRBCOP 19']],
    ['NATO bombed Serb positions in Kosovo.', '1999-05-01', ['NATO/IGOWSTNAT>SRB/SRB 19']],
    ['Serbian police raided villages in Drenica.', '1998-07-01', ['SRB/SRBCOP>SRB/SRB 19']],
    // Rugova's self-declared presidency was recognized by no state but Albania: he acted as the LDK's leader
    ['Ibrahim Rugova called for talks with Belgrade.', '1998-07-01', ['SRB/SRBOPP>SRB/SRB 02']],
    // the people's rebels where the text places them: Macedonia in 2001
    ['Ethnic Albanian rebels attacked Macedonian police near Tetovo.', '2001-05-01', ['MKD/MKDREB>MKD/MKDCOP 19']],
  ])

  test('counter: after June 1999 Kosovo and its leaders are UNK (code KSV)', () => {
    expect(coded('Serbia criticised Kosovo.', '2010-07-01')).toContain('SRB/SRB>UNK/KSV 11')
    expect(coded('Rugova met the UN envoy in Pristina.', '2005-07-01')).toContain('UNK/KSVGOV>UN/IGOUNO 04')
  })

  test('counter: a people after "ethnic" with no armed body still describes, it does not act', () => {
    expect(coded('Ethnic Albanians protested in Pristina.', '1998-07-01')).toEqual([])
  })
})

describe('office holders of the 1990s-2000s the KB lacked or could not tell apart', () => {
  codedCases([
    // in 2001 Saudi Arabia's Abdullah was crown prince: the title the text gives decides
    ['King Abdullah criticised Iceland on Monday.', '2001-05-01', ['JOR/JORGOV>ISL/ISL 11']],
    ['King Hassan met Arafat in Rabat.', '1996-05-01', ['MAR/MARGOV>PSE/PSEGOV 04']],
    ['Lakshman Kadirgamar criticised Iceland on Monday.', '1997-05-01', ['LKA/LKAGOV>ISL/ISL 11']],
    ['Abdullahi Yusuf criticised Iceland on Monday.', '2006-05-01', ['SOM/SOMGOV>ISL/ISL 11']],
    ['Sheikh Jaber al-Ahmad al-Sabah criticised Iceland on Monday.', '1996-05-01', ['KWT/KWTGOV>ISL/ISL 11']],
  ])

  test('counter: two kings on the day stay apart without their country', () => {
    expect(coded('King Abdullah criticised Iceland on Monday.', '2010-05-01').join()).not.toMatch(/JOR|SAU/)
    expect(coded('Crown Prince Abdullah criticised Iceland on Monday.', '2001-05-01')).toContain(
      'SAU/SAUGOV>ISL/ISL 11',
    )
  })
})

describe('provinces and districts of the wars in Afghanistan, Pakistan, Iraq, Nigeria and South Sudan', () => {
  codedCases([
    ['Police in Kunar arrested two men.', '2007-05-01', ['AFG/AFGCOP>- 17']],
    ['Taliban fighters attacked a police post in Uruzgan.', '2007-05-01', ['AFG/AFGINSTAL>AFG/AFG 19']],
    ['Militants killed five soldiers in Orakzai.', '2009-05-01', ['PAK/PAKREB>PAK/PAK 19']],
    ['Gunmen killed ten policemen in Dhi Qar province.', '2006-05-01', ['IRQ/IRQUAF>IRQ/IRQCOP 18']],
    ['Boko Haram fighters attacked a village in Yobe.', '2015-05-01', ['NGA/NGAREB>NGA/NGA 19']],
    ['Rebels captured a town in Unity State.', '2014-05-01', ['SSD/SSDREB>SSD/SSD 19']],
    ['Rebels attacked a police station in Farah province.', '2000-05-01', ['AFG/AFGREB>AFG/AFG 19']],
  ])

  test("counter: a common word or given name that is also a province's is not the province", () => {
    expect(coded('Unity among the parties collapsed.', '2014-05-01')).toEqual([])
    expect(coded('Farah criticised the plan.', '2000-05-01').join()).not.toContain('AFG')
  })
})

describe('"Jordan\'s King Abdullah": the possessive before a title names the country and settles its holder', () => {
  codedCases([
    ["Jordan's King Abdullah met Obama.", '2010-05-01', ['JOR/JORGOV>USA/USAGOV 04']],
    ["Jordan's King Abdullah criticised Iceland on Monday.", '2012-05-01', ['JOR/JORGOV>ISL/ISL 11']],
  ])

  test("counter: a person's surname before the possessive names no country", () => {
    expect(coded("Michael Jordan's King Kong remark drew laughs.", '2010-05-01').join()).not.toContain('JOR')
  })
})
