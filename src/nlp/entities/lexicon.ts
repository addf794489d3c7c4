/** Word lists for typing names the KB does not know. Kept apart from vocabulary.ts so each list stays easy to review. */

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean))

/**
 * Armed and political groups that are not states and have no KB id, matched as whole names (longest first):
 * always organizations, never people or places ("Islamic State" is not a state, "Hezbollah" not a person).
 */
export const GROUP_NAMES: readonly string[] = [
  'Islamic State of Iraq and the Levant',
  'Islamic State of Iraq and Syria',
  'Islamic State of Iraq',
  'Islamic State',
  'ISIL',
  'ISIS',
  'Daesh',
  'al-Qaeda',
  'al-Qaida',
  'Al-Qaeda',
  'Al-Qaida',
  'al Qaeda',
  'Al Qaeda',
  'al-Nusra Front',
  'Nusra Front',
  'Jabhat al-Nusra',
  'Hayat Tahrir al-Sham',
  'Free Syrian Army',
  'Syrian Democratic Forces',
  'Hezbollah',
  'Hizbollah',
  'Hamas',
  'Taliban',
  'Houthis',
  'Peshmerga',
  'Boko Haram',
  'al-Shabaab',
  'al-Shabab',
  'Ahrar al-Sham',
  'Jaish al-Islam',
  'YPG',
  'PKK',
  'PYD',
].sort((a, b) => b.split(' ').length - a.split(' ').length)

/** Ethnic, religious and language adjectives: NATIONALITY mentions with no country ("Kurdish", "Sunni", "Arabic"). */
export const GROUP_ADJECTIVES = words(
  'Arab Arabs Arabic Kurd Kurds Kurdish Sunni Sunnis Shia Shias Shiite Shiites Yazidi Yazidis Alawite Alawites ' +
    'Druze Turkmen Muslim Muslims Christian Christians Jewish Jews Islamist Islamists Pashtun Baloch Uighur Uyghur ' +
    'Uighurs Uyghurs Rohingya Hindu Hindus Buddhist Buddhists Catholic Catholics Tamil Tamils Berber Assyrian Coptic',
)

/** Lower-case nouns for places: "the city of Mosul", "Anbar province". */
export const PLACE_NOUNS = words(
  'city town village province governorate district region capital outskirts suburb suburbs neighbourhood ' +
    'neighborhood area county state island port camp valley border',
)

/**
 * Lower-case nouns of kinds of products: right after a name they make it a model ("Corolla cars", "Galaxy phones"),
 * and right before one a named product ("music app Lumen", "operating system Linux").
 */
export const PRODUCT_NOUNS = words(
  'laptop laptops notebook notebooks computer computers phone phones smartphone smartphones handset handsets ' +
    'tablet tablets console consoles browser software app apps aircraft airliner airliners jet jets jetliner ' +
    'jetliners plane planes helicopter helicopters drone drones missile missiles rifle rifles car cars sedan ' +
    'sedans truck trucks chip chips processor processors frigate frigates destroyer destroyers warship ' +
    'warships submarine submarines',
)

/** Lower-case nouns right before a product's name that do not name products themselves: "chat client Relay". */
export const PRODUCT_BEFORE = words('client system browser blog')

/** Lower-case words right before a place name: "eastern Aleppo", "north of Raqqah" (with "of"). */
export const PLACE_MODIFIERS = words(
  'northern southern eastern western central north south east west northeast northwest southeast southwest downtown',
)

/** Given names common in news from the Middle East, Africa and Asia, added to GIVEN_NAMES. */
export const MORE_GIVEN_NAMES = words(
  'Abdul Abdel Abdullah Abdulla Abdulbaset Abdulrahman Abu Adnan Ahmad Ahmet Akram Amjad Amin Amir Anas Ashraf ' +
    'Ayman Bashar Bassam Faisal Farouk Fawaz Fuad Haider Hamid Hamza Hani Haroun Hasan Hassan Hisham Husam Hussain ' +
    'Ibrahim Imad Isa Ismail Jaber Jamal Jawad Kamal Karim Khaled Khalid Mahmoud Majid Manal Marwan Maryam Mazen ' +
    'Mohamed Mohammad Muhammed Mustafa Nabil Nasser Nouri Omar Osama Qasim Rami Rashid Saad Sadiq Saeed Said Salah ' +
    'Salim Sami Samir Sergei Tariq Walid Yasser Yousef Youssef Yusuf Zaid Zainab Ziad Talib Layla Leila Nadia Rania ' +
    'Ash Antony Barack Boris Hillary Joe Julie Tobias Theresa Philip Jeremy Dominic Liz Rishi Keir Emmanuel Olaf ' +
    'Recep Benjamin Abubakar Muhammadu Ashraf Hamid Mullah Viktor Volodymyr Xi Narendra Shinzo Fumio ' +
    'Jens Josep Antonio Charles Ursula Annalena Sebastian Lloyd Jake Ned Matthew Kathleen Jeff Peter Joseph Stephen',
)

/**
 * Surnames borne by so many people in English-language news ("Powell", "Taylor", "Brown") that alone they name a
 * former office holder only where the story gives his full name first (see `formerHolder` in classify.ts).
 */
export const COMMON_SURNAMES = words(
  'Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson ' +
    'White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter ' +
    'Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Rogers Reed Cook Morgan ' +
    'Bell Murphy Bailey Cooper Richardson Cox Howard Ward Peterson Gray James Watson Brooks Kelly Price Bennett ' +
    'Wood Barnes Ross Henderson Coleman Jenkins Perry Powell Long Patterson Hughes Butler Simmons Foster Bryant ' +
    'Russell Griffin Hayes Myers Ford Hamilton Graham Sullivan Wallace West Cole Owens Reynolds Fisher Ellis ' +
    'Harrison Gibson Marshall Rice Hunt Black Stone Fox Rose Hall Lee',
)

/** Capitalized words that name no person, place or organization: abbreviated months, faith, calendar. */
export const NOT_ENTITIES = words(
  'Jan Jan. Feb Feb. Mar Mar. Apr Apr. Jun Jun. Jul Jul. Aug Aug. Sep Sep. Sept Sept. Oct Oct. Nov Nov. Dec Dec. ' +
    "God Allah Islam Christianity Judaism Ramadan Eid Christmas Easter Thanksgiving I'm I've I'll I'd Time Chapter " +
    'Part Section Article Page Figure Table Yesterday Today Tomorrow Pre-orders Features ' +
    // abbreviations that name units, formats and roles, not organizations
    'CEO CFO COO CTO GB MB KB TB GHz MHz OS SDK USD EUR GBP UTC GMT LCD LED VIP PC TV DVD CD USB GPS PDF HTML API ' +
    'AM PM FAQ PLC NV AG SA LLC GDP CPI PR HQ ID OK',
)
