// Amounts of money written without a currency: "billions in aid", "worth
// about 1.5 billion", "spent millions on the war". Only big scaled numbers
// with no counted noun qualify — "500 in aid" or "3 billion people" do not —
// and only next to a word that prices something. Their currency stays null.

import { NOUN_STOPS } from './lexicon';
import type { NumberPhrase } from './numberPhrase';
import type { Token } from './tokens';

/** Nouns of money after "in": "$2bn in aid", "billions in frozen assets". */
const MONEY_NOUNS: ReadonlySet<string> = new Set([
  'aid', 'funding', 'funds', 'assistance', 'loan', 'loans', 'grant', 'grants', 'credit', 'credits', 'investment',
  'investments', 'revenue', 'revenues', 'assets', 'reserves', 'debt', 'debts', 'damages', 'compensation',
  'reparations', 'contracts', 'sales', 'exports', 'imports', 'subsidies', 'spending', 'cash', 'bribes', 'donations',
  'pledges', 'financing', 'support', 'relief', 'profits', 'income', 'taxes', 'tariffs', 'fines', 'ransom', 'ransoms',
  'payments', 'deposits', 'savings', 'bonds', 'losses', 'costs', 'budget', 'trade',
]);

/** Words right before the amount that price something: "worth 2bn", "cost Moscow millions", "spent billions". */
const MONEY_VERBS: ReadonlySet<string> = new Set([
  'worth', 'cost', 'costs', 'costing', 'spent', 'spend', 'spends', 'spending', 'invest', 'invested', 'investing',
  'raised', 'raise', 'raising', 'donated', 'donate', 'earned', 'earn', 'earns', 'earning', 'paid', 'pay', 'pays',
  'paying', 'owe', 'owes', 'owed', 'lent', 'lend', 'borrowed', 'borrow', 'embezzled', 'laundered', 'allocated',
  'budgeted', 'funded', 'priced',
]);

/** Nouns before "of" or "at" that take an amount: "a budget of 40 million", "valued at 3 billion". */
const MONEY_HEADS: ReadonlySet<string> = new Set([
  'budget', 'budgets', 'value', 'valued', 'worth', 'cost', 'costs', 'deficit', 'surplus', 'debt',
  'fine', 'ransom', 'revenue', 'revenues', 'gdp', 'turnover', 'price', 'priced', 'bill', 'loan', 'grant',
  'package', 'fund', 'funding', 'investment', 'contract', 'salary', 'bounty',
]);

/** Up to two modifiers between "in" and the money noun: "in new military aid". */
const MAX_MODIFIERS = 2;

/**
 * Is the count at `np` (no counted noun, no currency) an amount of money?
 * `before` is the index of the first token of the claim (its qualifier).
 */
export function isMoneyContext(tokens: readonly Token[], np: NumberPhrase, before: number): boolean {
  const size = np.value ?? np.vagueMin ?? 0;
  if (!np.hasScale || size < 1e6 || np.ordinal) return false;
  return moneyAfter(tokens, np.last + 1) || moneyBefore(tokens, before);
}

function moneyAfter(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'in') return false;
  for (let j = k + 1; j <= k + 1 + MAX_MODIFIERS; j++) {
    const t = tokens[j];
    if (t === undefined || t.type !== 'word') return false;
    if (MONEY_NOUNS.has(t.lower)) return true;
    if (NOUN_STOPS.has(t.lower)) return false;
  }
  return false;
}

function moneyBefore(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  if (prev === undefined) return false;
  if (MONEY_VERBS.has(prev.lower)) return true;
  const prev2 = tokens[first - 2];
  if (prev.lower === 'of' || prev.lower === 'at' || prev.lower === 'to') {
    return prev2 !== undefined && MONEY_HEADS.has(prev2.lower);
  }
  // "cost Moscow millions", "cost the economy billions": a short object between.
  for (let k = first - 2; k >= first - 3 && k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.type !== 'word') return false;
    if (t.lower === 'cost' || t.lower === 'costs' || t.lower === 'costing') return true;
  }
  return false;
}
