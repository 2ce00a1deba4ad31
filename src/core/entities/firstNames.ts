// Common given names across the regions our analysts read about. A run that
// starts with one is typed as a person ("Tobias Hartley" with no KB entry).
// General knowledge, not a list taken from any corpus; lower-case keys.

import { GIVEN_NAME_LIST } from './givenNameList';

const NAMES = `
  aaron abdul abdullah abdulrahman abu adam adrian ahmad ahmed aidan alan albert alberto aleksandr
  aleksei alex alexander alexandre alexei alexey alfred ali alice alicia alina alison amanda amir
  amy ana anastasia anatoly andre andrea andreas andrei andrew andrey andrzej angela angus ann anna
  anne annalena anthony antonio antony anwar arnold arthur ashraf ayman bashar ben benjamin
  bernard bob boris brian bruce carl carlos caroline catherine charles charlotte chris
  christian christina christine christopher claire claude colin daniel david dmitri dmitry donald
  edward elena elizabeth emily emma emmanuel eric erik fatima felix fernando francesco francis
  francois frank franz frederick gabriel gareth gary george georg gerhard giorgia giuseppe gordon
  greg gregory guido gustav hamid hans harald harold harry hassan heinrich helen helmut henri henry
  herbert hillary hussein ibrahim igor ilham ivan jack jacob jacques jake james jamal jan jane jason
  javier jean jeffrey jennifer jens jeremy jerome jessica jim joachim joe johan johann john jonathan
  jorge jose josef joseph juan julia julian julie justin kamala karl kate katherine keir kevin khalid
  kirill klaus kurt lars laura lee leon leonid liam linda lisa liz lloyd louis lucas luis mahmoud
  malcolm marco margaret maria marie marina mario mark martin mary matteo matthew max maxim michael
  michel mikhail mohamed mohammad mohammed muhammad mustafa nadia natalia natalya nathan neil nicholas
  nick nicola nicolas nikolai nikolay olaf oleg olena oleksandr oleksii olga oliver omar oscar pablo
  patrick paul pavel pedro peter petr petro philip philippe pierre rachel rajesh ralf ramzan ray
  raymond recep rebecca richard rishi robert roberto roger rolf ronald rustam ruth ryan saleh
  salman sam samuel sandra sarah saud scott sebastian sergei sergey sergio shinzo simon sophie stefan
  stephen steve steven susan sven tariq theresa thomas tim timothy tobias tom tony ursula valentina
  valery vasily viktor viktoria vladimir volodymyr walter wei william yasser yevgeny yoon
  youssef yuri yusuf
`;

export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.trim().split(/\s+/));

/**
 * Given names of the Middle East, Iran, Turkey, South and East Asia, Africa and Eastern Europe that
 * the wider list (an English lexicon's) lacks. General knowledge; like that list they open a
 * multi-word person name ("Raed al-Jubouri", "Emre Kaplan") but make no single word a person.
 */
const REGIONAL_NAMES = ` abbas amer basel basim bakr faisal fahad faris fawzi ghassan hadi haidar haider hani harith hatem
  hazem hisham hussam imad iyad jaber jalal jamil jassim khalil majid mansour marwan maher mazen muhannad munir
  nabil nader naji nasser nawaf nizar nouri qais qasim qassem qasem raed rami rashid saad sadiq salah salem
  sattar shadi sharif suhail talal tamer tarek walid wael yasir yousef zaid ziad yahya naim khalifa
  javad mojtaba mohsen ebrahim esmail akbar bahram kaveh hakan emre murat kemal ozgur masrour nechirvan mazloum
  barham imran nawaz shehbaz asif asim bilawal narendra arvind kenji hiroshi takeshi yoshihide fumio shigeru taro
  abiy bola uhuru emmerson yoweri mahamat idriss assimi ousmane amadou boubacar aliou hakainde faustin salva riek
  kofi kwame dmytro mykola oleh andriy serhiy vitaliy yulia denys kyrylo rustem kyriakos giorgos `;

let widerNames: ReadonlySet<string> | null = null;

/**
 * Is `key` a given name, by the short list, the wider one (see givenNameList.ts) or the regional one?
 * Asked where a one-word KB place might open a person's name ("Victoria Nuland", "Chad
 * Smith") and where an unknown run of two or three words has no other person cue; the wider
 * lists are too broad to make any capitalised word a person on its own. Their set is built on
 * the first such question, not at start-up.
 */
export function isGivenName(key: string): boolean {
  if (FIRST_NAMES.has(key)) return true;
  widerNames ??= new Set(`${GIVEN_NAME_LIST} ${REGIONAL_NAMES}`.trim().split(/\s+/));
  return widerNames.has(key);
}
