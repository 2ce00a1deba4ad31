// Word lists that type a capitalised name nobody put in the KB. Keys are
// lower-case; the scanner compares folded tokens. Kept general (titles, org
// and place heads, locative prepositions), never strings from a test corpus.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Titles and honorifics that precede a person's name and are not part of it. */
export const TITLE_WORDS = set(`
  president vice prime minister ministers secretary chancellor premier king queen prince princess crown
  emperor sultan emir sheikh shaikh sheik ayatollah imam mullah mufti maulana pope cardinal archbishop bishop reverend rev
  mr mrs ms miss dr prof professor sir dame lord lady baroness baron viscount viscountess he hon honourable honorable rt
  senator sen rep representative congressman congresswoman governor gov mayor ambassador envoy
  commissioner chairman chairwoman chair chairperson chief director spokesman spokeswoman spokesperson
  general gen colonel col lieutenant lt major maj captain capt admiral adm commander cmdr sergeant sgt
  corporal cpl private marshal brigadier field staff deputy acting former foreign defence defense home
  interior finance justice state affairs security national leader judge justice attorney officer
  mp mep speaker counsellor councillor adviser advisor aide designate supreme dictator militant
  analyst researcher journalist correspondent reporter economist expert activist diplomat negotiator lawyer
  executive high coordinator rapporteur ombudsman
`);

/** Roles that single out one person ("the commander", "a local physician"). Kinship and group words are left out. */
export const PERSON_ROLE_HEADS = set(`commander general leader sheikh adviser advisor physician doctor spokesman
  spokeswoman spokesperson official minister president officer envoy ambassador diplomat journalist chief
  founder governor mayor cleric imam judge prosecutor lawyer analyst citizen soldier hostage gunman bomber
  negotiator mediator colonel lieutenant captain sergeant emir`);

/** Honorifics that make the next capitalised word a person even on their own ("Mr Hartley"). */
export const HONORIFICS = set(`mr mrs ms miss dr sir dame lord lady baroness baron viscount viscountess sheikh shaikh president chancellor
  senator governor mayor ambassador general colonel lieutenant captain admiral sergeant king queen prince
  princess pope ayatollah imam mullah mufti minister premier`);

/**
 * Peerage styles, after which "of <Place>" is the peer's territorial designation and part of
 * the name ("Lord Ashworth of Kendal", "Baroness Hale of Richmond"), not a place mention.
 */
export const PEERAGE_STYLES = set('lord lady baroness baron viscount viscountess');

/** Honorifics that only ever open a person's name, so a heading line keeps the name ("Asked by Lord Hartwell"). */
export const PERSONAL_HONORIFICS = set('mr mrs ms dr sir dame lord lady baroness baron viscount viscountess');

/** Title words that only qualify the title's head ("Prime", "Deputy", "Foreign") or never end one ("ministers", "aide"). */
const TITLE_MODIFIERS = set(`vice prime ministers crown he rt private field staff deputy acting former foreign
  defence defense home interior finance justice state affairs security national attorney aide supreme dictator
  militant executive high`);

/**
 * Title words that can end a title phrase: alone they name no one ("the Foreign Secretary"),
 * before a name they are not part of it; honorifics too ("Rt Hon Daniel …", "Sir Julian …").
 * The title words less their modifiers, so a new title word is a head unless listed there.
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set([...TITLE_WORDS].filter((w) => !TITLE_MODIFIERS.has(w)));

/** Title heads that stand for one person when used alone ("the Foreign Secretary", "The Prime Minister"). */
export const ROLE_HEADS = set(`president minister secretary chancellor premier king queen prince princess emperor
  sultan emir pope ambassador envoy governor mayor senator commissioner chairman chairwoman chair chairperson spokesman
  spokeswoman spokesperson representative chief coordinator rapporteur ombudsman commander director`);

/**
 * Ethnic, religious and language groups that are not a country's demonym, typed
 * as nationality ("Kurdish", "Sunni", "Arabic"). General knowledge; countries'
 * demonyms come from the KB.
 */
export const GROUP_DEMONYMS = set(`
  arab arabs arabic kurd kurds kurdish sunni sunnis shia shiite shiites shi'ite muslim muslims islamic
  islamist islamists christian christians catholic catholics orthodox protestant jewish jews hindu hindus
  sikh sikhs buddhist buddhists yazidi yazidis yezidi druze alawite alawites pashtun pashtuns baloch
  tamil tamils uyghur uyghurs uighur uighurs tatar tatars chechen chechens bedouin berber berbers tuareg
  hausa fulani persian farsi hebrew urdu pashto dari turkmen rohingya hazara hazaras kurmanji sorani english
  salafi salafis salafist salafists sufi sufis wahhabi nordic scandinavian slavic
`);

/** Last words of organisation names ("Ukrainian Computer Society", "Foreign Office"). */
export const ORG_HEADS = set(`
  ministry department office agency council committee commission command group corporation corp inc ltd
  llc plc co company companies party army forces force navy corps guard guards brigade brigades battalion
  regiment division militia front movement alliance coalition union league federation association
  society foundation institute institution university college school academy bank fund
  authority bureau service services parliament assembly congress senate court tribunal board chamber chambers
  cabinet government administration organization organisation network news agency press times post
  journal television tv radio broadcasting airlines airways industries holdings group systems
  herald tribune gazette chronicle telegraph courier
  technologies solutions energy petroleum oil motors club centre center council
  secretariat mission directorate cartel gang pmc ngo summit conference initiative programme program
  marines community cooperation partnership forum dialogue operator holding works factory shipyard
  mills resistance limited international lab labs laboratory laboratories unit branch
  police gendarmerie intelligence committee caucus bloc legion squadron wing fleet staff team
  lancers hussars dragoons fusiliers rifles highlanders grenadiers rangers gurkhas commandos engineers signals
  aerospace shipping trading logistics shipbuilding capital partners investments securities insurance
  analytics consulting consultancy consultants advisory associates ventures strategies insights robotics dynamics
  enterprises communications exchange prosecution
  gmbh ag sa spa nv bv oyj asa jsc pjsc ojsc ooo pty bhd tbk sarl srl sal fze fzco llp
`);

/**
 * Heads after which "for" or "on" joins the rest of a body's name ("Centre for Strategic Studies",
 * "Commission on Human Rights", "Conference on Disarmament"), even when the head alone is a KB name.
 */
export const ORG_FOR_ON_HEADS = set('centre center institute school council committee subcommittee commission conference panel');

/** Words that open organisation names followed by "of" ("Ministry of Defence", "Bank of England"). */
export const ORG_OF_HEADS = set(`ministry department office bank university council group committee commission
  league organization organisation union federation association society institute court board army
  navy house chamber party front movement government secretariat assembly school college academy
  bureau agency authority directorate brigades brigade battalion`);

/**
 * First words of organisation names in Arabic and Persian transliteration, mostly armed
 * groups' heads: army, corps, front, movement, brigade… ("Jaish al-…", "Faylaq al-…", "Hizb ut-…").
 */
export const ORG_PREFIXES = set(`jaish jaysh jeish jabhat jabha harakat hizb hezb kataib kata'ib kataeb katibat liwa saraya
  ansar ahrar jund jamaat jama'at jamiat tanzim tahrir majlis sepah faylaq failaq hayat hay'at haiat tajammu
  quwat quwwat firqat asaib asa'ib usbat 'usbat ittihad majmuat`);

/** Lower-case nouns just before a name that make it an organisation ("the German company Brandtner"). */
export const ORG_APPOSITIVES = set(`company firm group militia party agency newspaper broadcaster channel bank
  insurer carrier airline manufacturer producer miner contractor lender fund charity organisation
  organization network outlet daily weekly magazine website consultancy coalition alliance movement faction
  federation platform tracker monitor observatory broker refiner exporter importer operator shipper supplier
  publisher provider retailer maker watchdog regulator consortium conglomerate tank institute union`);

/** Last words of place names ("Qandil Mountains", "Korean Peninsula"). */
export const PLACE_HEADS = set(`
  river rivers sea ocean gulf bay strait straits lake lakes mountain mountains mount hills hill range
  valley desert island islands peninsula coast plain plains plateau basin delta canal channel falls
  province region district county oblast krai governorate prefecture territory territories
  city town village municipality borough port harbour harbor airport airbase base square street road
  avenue bridge dam barrage border crossing pass heights highlands lowlands steppe forest park
  republic kingdom emirate emirates east west north south
  hospital mosque church temple cathedral shrine refinery plant prison camp station reactor pipeline terminal mine
`);

/**
 * Place heads of installations, whose names often introduce an abbreviation like a body's
 * ("Fordow Fuel Enrichment Plant (FFEP)", "Trans-Saharan Gas Pipeline (TSGP)"): the site is still a place.
 */
export const INSTALLATION_HEADS = set('plant reactor refinery terminal pipeline station dam barrage mine port airport airbase');

/** Lower-case geographic nouns that join a preceding name ("Kursk region", "Anbar province"). */
export const TRAILING_GEO = set(`region province district oblast governorate county prefecture area
  city town village peninsula river valley mountains border basin delta archipelago estuary
  bridge dam barrage crossing airport airfield airbase base canal camp camps refinery oilfield gasfield`);

/** Settlement and area nouns before "of" that make the name after them a place ("the port of Mokha", "the districts of Hays"). */
export const PLACE_OF_NOUNS = set(`city cities town towns village villages port ports district districts province
  provinces region regions suburbs outskirts island islands governorate`);

/** Compass words and centres that end or sit inside region and command names ("Regional Command South"). */
export const COMPASS_WORDS = set('north south east west northeast northwest southeast southwest centre center central');

/** Prepositions after which a capitalised name is most likely a place ("in Pyongyang"). */
export const LOCATIVE_PREPOSITIONS = set(`in at near outside inside across into throughout towards toward
  around via from to within beyond northwest northeast southwest southeast north south east west`);

/** Plural nouns for a country's firms as a group ("Chinese banks", "Indian refiners"). */
const BUSINESS_GROUPS = `banks lenders insurers refiners carriers shipowners shippers companies firms producers exporters
  importers traders investors businesses manufacturers suppliers`;

export const BUSINESS_GROUP_NOUNS = set(BUSINESS_GROUPS);

/**
 * Nouns after a demonym or a state's name that make the pair an organisation ("Ukrainian forces", "Syrian
 * regime", "Chinese banks", "European governments", "British trainers", "American special forces", "U.S.
 * officials", "North Korean hackers", "the Polish contingent"). After a demonym "officials" are people of that
 * nationality ("Turkish officials"; see scan.ts).
 */
export const GROUP_NOUNS = set(`forces force troops army military navy government governments regime authorities
  administration officials soldiers militias militia security police intelligence armed television media units
  people population opposition community factions faction personnel diplomats trainers instructors advisers
  advisors peacekeepers commandos special hackers operatives militants negotiators delegation delegations brigade
  brigades battalion battalions contingent contingents
  ${BUSINESS_GROUPS}`);

/** Name particles allowed in lower case inside a name ("Ursula von der Leyen", "Haider al Abadi"). */
export const NAME_PARTICLES = set(`al el bin ibn bint abu van von der den de da di du la le del dos das ul`);

/** Connectors that may sit inside an organisation or place name ("Ministry of Defence"). */
export const NAME_CONNECTORS = set(`of for and the on`);

/**
 * Words opening place names ("Mount Hermon", "Lake Dukan"), with the Arabic toponym heads
 * that open them in transliteration: hill, spring, monastery, bridge, gate, marsh, well,
 * castle, village, ruin, river, house ("Tal Afar", "Ras al-Ain", "Hawr al-Qasab").
 */
export const PLACE_PREFIXES = set(`mount mt lake lakes cape gulf bay isle port fort camp sierra wadi jabal jebel ras
  tal tell tall ain ayn deir dayr jisr bab hawr bir qasr kafr khirbet khirbat nahr beit bayt qalat qalaat`);

/**
 * Street and square heads of French, Spanish, Portuguese and Italian, which open the name ("Rue de la
 * Marne", "Quai des Arts", "Calle del Prado", "Piazza di Spagna"): with their particles the names look
 * like people's ("de la", "del", "di"), but they are places.
 */
export const STREET_PREFIXES = set(`rue quai avenue boulevard bd place cours allee impasse chaussee chemin
  calle avenida paseo plaza carrer placa rua praca largo via viale piazza piazzale corso strada vicolo`);

/**
 * Nouns common in capitalised titles of things that are not people
 * ("Criminal Code", "Steel Curtain", "International Community"): a cue-less
 * run holding one is not guessed to be a person.
 */
export const THING_NOUNS = set(`
  code law act rule rules book books bible war wars gold oil gas steel mining composite index exchange rate symbol community state states nations
  operation operations curtain house day days time year world power project system service network
  news review report centre center trade market peace security defence defense energy health
  education development affairs relations rights programme program strategy policy fund summit
  agreement agreements deal treaty talks plan prize award award cup games league championship
  road street square tower bridge airport station hospital school church mosque temple museum cross medal
  dome shield
  city state province island river lake mountain valley desert coast sea ocean
`);

/** Words opening names of operations, events and documents — not entities of our types. */
export const EVENT_HEADS = set(`operation exercise resolution treaty act bill agreement accord protocol
  convention declaration war battle campaign plan strategy report doctrine book communique memorandum accords
  agreements regulation regulations directive directives decision decisions`);
