// Currency symbols, codes and names → ISO 4217. A bare "$" is read as USD:
// the text rarely says otherwise, and "A$"/"C$"/"HK$" or "Australian dollars"
// are recognised when it does.

/** Symbols before the number. Prefixed signs are matched as prefix + sign ("US$", "GH¢"). */
export const SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['£', 'GBP'], ['€', 'EUR'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'], ['₩', 'KRW'],
  ['₴', 'UAH'], ['₪', 'ILS'], ['₺', 'TRY'], ['₦', 'NGN'], ['₱', 'PHP'], ['₫', 'VND'], ['﷼', 'SAR'],
  ['₵', 'GHS'], ['৳', 'BDT'], ['₸', 'KZT'], ['₾', 'GEL'], ['₼', 'AZN'], ['₮', 'MNT'], ['₭', 'LAK'],
  ['฿', 'THB'], ['₡', 'CRC'], ['₲', 'PYG'], ['₿', 'BTC'],
]);

/**
 * Letters glued before a sign, by sign: "US$5bn", "A$135m", "N$2m", "GH¢67
 * billion" (the cedi written with a cent sign). A bare "¢" is cents, so it is
 * money only after its prefix.
 */
export const SIGN_PREFIXES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['$', new Map([
    ['us', 'USD'], ['a', 'AUD'], ['au', 'AUD'], ['c', 'CAD'], ['ca', 'CAD'], ['nz', 'NZD'], ['hk', 'HKD'],
    ['s', 'SGD'], ['nt', 'TWD'], ['r', 'BRL'], ['n', 'NAD'], ['z', 'ZWL'], ['j', 'JMD'], ['tt', 'TTD'],
    ['ec', 'XCD'], ['rd', 'DOP'], ['mx', 'MXN'], ['bd', 'BBD'], ['fj', 'FJD'], ['l', 'LRD'], ['g', 'GYD'],
  ])],
  ['¢', new Map([['gh', 'GHS']])],
]);

/** Every prefix of a sign, for the scanner's triggers. */
export const SIGN_PREFIX_WORDS: ReadonlySet<string> = new Set([...SIGN_PREFIXES.values()].flatMap((m) => [...m.keys()]));

/**
 * ISO codes (and common stand-ins) written before or after the number: "USD
 * 5m", "5 million RMB", "SDR 267 million" (the IMF's unit, XDR), and the
 * tickers of the two main crypto-currencies ("46 BTC", "ETH 300"), which
 * have no ISO code. Codes that are also common acronyms before a number
 * stay out: COP (the climate conferences, "COP 28"), MAD, AMD, ALL, GEL, PEN, TOP.
 */
export const CODES: ReadonlyMap<string, string> = new Map([
  ...['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RUB', 'INR', 'KRW', 'KPW', 'UAH', 'TRY', 'ILS', 'IRR', 'SAR', 'AED',
    'CHF', 'AUD', 'CAD', 'NZD', 'HKD', 'SGD', 'TWD', 'BRL', 'ZAR', 'NGN', 'PKR', 'EGP', 'IQD', 'SYP', 'QAR',
    'KWD', 'MXN', 'SEK', 'NOK', 'DKK', 'PLN', 'JOD', 'LBP', 'AFN', 'BYN', 'KZT', 'IDR', 'THB', 'MYR', 'PHP',
    'VND', 'GHS', 'KES', 'UGX', 'TZS', 'ETB', 'ZMW', 'MWK', 'RWF', 'CDF', 'XOF', 'XAF', 'AOA', 'MZN', 'BWP',
    'NAD', 'SDG', 'SSP', 'DZD', 'TND', 'LYD', 'OMR', 'BHD', 'YER', 'BDT', 'LKR', 'NPR', 'MMK', 'KHR', 'ARS',
    'CLP', 'CZK', 'HUF', 'RON', 'BGN', 'ISK', 'UZS', 'AZN', 'MNT', 'XDR', 'BTC', 'ETH',
  ].map((c): [string, string] => [c.toLowerCase(), c]),
  ['rmb', 'CNY'], ['rs', 'INR'], ['sr', 'SAR'], ['dh', 'AED'], ['dhs', 'AED'], ['sdr', 'XDR'], ['xbt', 'BTC'],
  ['ksh', 'KES'], ['ush', 'UGX'], ['tsh', 'TZS'],
]);

/**
 * Currency names after the number, singular and plural: "1.2 trillion yuan",
 * "500 roubles", "16.4 cedis". A name several currencies share is null
 * ("dinars", "shillings", "krone"), unless a nationality comes first (see
 * QUALIFIED_NAMES). Names that are common words after a number stay out:
 * "real" (only the plural "reais"), "sol", "kip", "dram", "som".
 */
export const NAMES: ReadonlyMap<string, string | null> = new Map([
  ...namesOf('USD', 'dollar'), ...namesOf('EUR', 'euro'), ...namesOf('GBP', 'pound', 'sterling'),
  ...namesOf('JPY', 'yen'), ...namesOf('CNY', 'yuan', 'renminbi'), ...namesOf('RUB', 'rouble', 'ruble'),
  ...namesOf('INR', 'rupee'), ...namesOf('KRW', 'won'), ...namesOf('UAH', 'hryvnia', 'hryvna'),
  ...namesOf('ILS', 'shekel'), ...namesOf('SAR', 'riyal'), ...namesOf('IRR', 'rial'), ...namesOf('AED', 'dirham'),
  ...namesOf('TRY', 'lira'), ['lire', 'TRY'], ...namesOf('ZAR', 'rand'), ...namesOf('NGN', 'naira'),
  ...namesOf('THB', 'baht'), ...namesOf('MYR', 'ringgit'), ...namesOf('IDR', 'rupiah'), ...namesOf('CHF', 'franc'),
  ...namesOf('MXN', 'peso'), ...namesOf('AFN', 'afghani'), ...namesOf('GHS', 'cedi'), ...namesOf('ETB', 'birr'),
  ...namesOf('BDT', 'taka'), ...namesOf('MMK', 'kyat'), ...namesOf('VND', 'dong'), ...namesOf('KZT', 'tenge'),
  ...namesOf('PLN', 'zloty', 'złoty'), ['zlotys', 'PLN'], ['zloties', 'PLN'], ...namesOf('HUF', 'forint'),
  ...namesOf('CZK', 'koruna'), ...namesOf('SEK', 'krona'), ['kronor', 'SEK'], ...namesOf('RON', 'leu'), ['lei', 'RON'],
  ...namesOf('BGN', 'lev'), ['leva', 'BGN'], ...namesOf('GEL', 'lari'), ...namesOf('AOA', 'kwanza'),
  ...namesOf('MZN', 'metical'), ['meticais', 'MZN'], ...namesOf('BWP', 'pula'), ...namesOf('SLE', 'leone'),
  ...namesOf('BRL', 'reais'), ...namesOf('VES', 'bolivar', 'bolívar'), ['bolivares', 'VES'], ['bolívares', 'VES'],
  ...namesOf('GTQ', 'quetzal'), ['quetzales', 'GTQ'], ...namesOf('HTG', 'gourde'), ...namesOf('MNT', 'tugrik'),
  ...namesOf('XDR', 'sdr'), ...namesOf('BTC', 'bitcoin'), ...namesOf('ETH', 'ether'),
  ...namesOf(null, 'dinar', 'shilling', 'kwacha', 'krone', 'manat'), ['kroner', null],
]);

/** A currency's names with their plurals: "cedi" → "cedi", "cedis"; "naira", "rand", "yen" are their own plurals too. */
function namesOf(code: string | null, ...names: readonly string[]): [string, string | null][] {
  return names.flatMap((n): [string, string | null][] => [[n, code], [n.endsWith('s') ? n : `${n}s`, code]]);
}

/** A nationality before the currency name picks the code: "Australian dollars", "Iraqi dinars". */
export const QUALIFIED_NAMES: ReadonlyMap<string, string> = new Map([
  ['us dollars', 'USD'], ['american dollars', 'USD'], ['australian dollars', 'AUD'], ['canadian dollars', 'CAD'],
  ['new zealand dollars', 'NZD'], ['hong kong dollars', 'HKD'], ['singapore dollars', 'SGD'],
  ['taiwan dollars', 'TWD'], ['iraqi dinars', 'IQD'], ['jordanian dinars', 'JOD'], ['kuwaiti dinars', 'KWD'],
  ['swiss francs', 'CHF'], ['turkish lira', 'TRY'], ['saudi riyals', 'SAR'], ['qatari riyals', 'QAR'],
  ['iranian rials', 'IRR'], ['indian rupees', 'INR'], ['pakistani rupees', 'PKR'], ['south african rand', 'ZAR'],
  ['north korean won', 'KPW'], ['south korean won', 'KRW'], ['syrian pounds', 'SYP'], ['egyptian pounds', 'EGP'],
  ['lebanese pounds', 'LBP'], ['mexican pesos', 'MXN'], ['argentine pesos', 'ARS'], ['argentinian pesos', 'ARS'],
  ['chilean pesos', 'CLP'], ['colombian pesos', 'COP'], ['philippine pesos', 'PHP'], ['kenyan shillings', 'KES'],
  ['ugandan shillings', 'UGX'], ['tanzanian shillings', 'TZS'], ['somali shillings', 'SOS'], ['zambian kwacha', 'ZMW'],
  ['malawian kwacha', 'MWK'], ['danish kroner', 'DKK'], ['norwegian kroner', 'NOK'], ['swedish kronor', 'SEK'],
  ['moroccan dirhams', 'MAD'], ['libyan dinars', 'LYD'], ['algerian dinars', 'DZD'], ['tunisian dinars', 'TND'],
  ['serbian dinars', 'RSD'], ['bahraini dinars', 'BHD'], ['omani rials', 'OMR'], ['yemeni rials', 'YER'],
  ['sri lankan rupees', 'LKR'], ['nepalese rupees', 'NPR'], ['cfa francs', 'XOF'], ['congolese francs', 'CDF'],
  ['rwandan francs', 'RWF'], ['azerbaijani manat', 'AZN'], ['turkmen manat', 'TMT'], ['brazilian reais', 'BRL'],
  ['special drawing rights', 'XDR'],
]);
