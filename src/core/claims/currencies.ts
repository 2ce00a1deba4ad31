// Currency symbols, codes and names → ISO 4217. A bare "$" is read as USD:
// the text rarely says otherwise, and "A$"/"C$"/"HK$" or "Australian dollars"
// are recognised when it does.

/** Symbols before the number. Prefixed dollars are matched as prefix + "$". */
export const SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['£', 'GBP'], ['€', 'EUR'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'], ['₩', 'KRW'],
  ['₴', 'UAH'], ['₪', 'ILS'], ['₺', 'TRY'], ['₦', 'NGN'], ['₱', 'PHP'], ['₫', 'VND'], ['﷼', 'SAR'],
]);

/** Letters glued before "$": "US$5bn", "A$135m". */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['a', 'AUD'], ['au', 'AUD'], ['c', 'CAD'], ['ca', 'CAD'], ['nz', 'NZD'], ['hk', 'HKD'],
  ['s', 'SGD'], ['nt', 'TWD'], ['r', 'BRL'],
]);

/** ISO codes (and common stand-ins) written before or after the number: "USD 5m", "5 million RMB". */
export const CODES: ReadonlyMap<string, string> = new Map([
  ...['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RUB', 'INR', 'KRW', 'KPW', 'UAH', 'TRY', 'ILS', 'IRR', 'SAR', 'AED',
    'CHF', 'AUD', 'CAD', 'NZD', 'HKD', 'SGD', 'TWD', 'BRL', 'ZAR', 'NGN', 'PKR', 'EGP', 'IQD', 'SYP', 'QAR',
    'KWD', 'MXN', 'SEK', 'NOK', 'DKK', 'PLN', 'JOD', 'LBP', 'AFN', 'BYN', 'KZT', 'IDR', 'THB', 'MYR', 'PHP',
    'VND'].map((c): [string, string] => [c.toLowerCase(), c]),
  ['rmb', 'CNY'], ['rs', 'INR'], ['sr', 'SAR'], ['dh', 'AED'], ['dhs', 'AED'],
]);

/** Currency names after the number: "1.2 trillion yuan", "500 roubles". */
export const NAMES: ReadonlyMap<string, string | null> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['pound', 'GBP'],
  ['pounds', 'GBP'], ['sterling', 'GBP'], ['yen', 'JPY'], ['yuan', 'CNY'], ['renminbi', 'CNY'],
  ['rouble', 'RUB'], ['roubles', 'RUB'], ['ruble', 'RUB'], ['rubles', 'RUB'], ['rupee', 'INR'],
  ['rupees', 'INR'], ['won', 'KRW'], ['hryvnia', 'UAH'], ['hryvnias', 'UAH'], ['hryvnas', 'UAH'],
  ['shekel', 'ILS'], ['shekels', 'ILS'], ['riyal', 'SAR'], ['riyals', 'SAR'], ['rial', 'IRR'], ['rials', 'IRR'],
  ['dirham', 'AED'], ['dirhams', 'AED'], ['lira', 'TRY'], ['liras', 'TRY'], ['rand', 'ZAR'], ['naira', 'NGN'],
  ['baht', 'THB'], ['ringgit', 'MYR'], ['rupiah', 'IDR'], ['dinar', null], ['dinars', null],
  ['franc', 'CHF'], ['francs', 'CHF'], ['peso', 'MXN'], ['pesos', 'MXN'], ['afghani', 'AFN'], ['afghanis', 'AFN'],
]);

/** A nationality before the currency name picks the code: "Australian dollars", "Iraqi dinars". */
export const QUALIFIED_NAMES: ReadonlyMap<string, string> = new Map([
  ['us dollars', 'USD'], ['american dollars', 'USD'], ['australian dollars', 'AUD'], ['canadian dollars', 'CAD'],
  ['new zealand dollars', 'NZD'], ['hong kong dollars', 'HKD'], ['singapore dollars', 'SGD'],
  ['taiwan dollars', 'TWD'], ['iraqi dinars', 'IQD'], ['jordanian dinars', 'JOD'], ['kuwaiti dinars', 'KWD'],
  ['swiss francs', 'CHF'], ['turkish lira', 'TRY'], ['saudi riyals', 'SAR'], ['qatari riyals', 'QAR'],
  ['iranian rials', 'IRR'], ['indian rupees', 'INR'], ['pakistani rupees', 'PKR'], ['south african rand', 'ZAR'],
  ['north korean won', 'KPW'], ['south korean won', 'KRW'], ['syrian pounds', 'SYP'], ['egyptian pounds', 'EGP'],
  ['lebanese pounds', 'LBP'], ['mexican pesos', 'MXN'],
]);
