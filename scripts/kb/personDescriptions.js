// Descriptions of people without a curated one, written from their roles:
//   "Chancellor of Germany (2021–2025)."
//   "President of France (since 2017, as of 2026-01-22); Co-prince of Andorra (since 2017, as of 2026-01-22); and 7 other roles."
// An open role says since when and as of when it is known to hold, never "current".

const year = (d) => d.slice(0, 4);

/** "2021–2025", "2023", "until 2024", "since 2017, as of 2026-01-22". */
function span(role) {
  if (role.start && role.end) return year(role.start) === year(role.end) ? year(role.start) : `${year(role.start)}–${year(role.end)}`;
  if (role.end) return `until ${year(role.end)}`;
  if (role.start) return `since ${year(role.start)}, as of ${role.asOf}`;
  return `as of ${role.asOf}`;
}

/**
 * Open roles first (the one in the person's own country, then other states,
 * offices and organisations, territories), then ended ones in the curators'
 * order, which puts the main office first.
 */
function rankedRoles(person, byId) {
  const rank = (f) => {
    if (f.end) return 4;
    if (f.ref === person.country) return 0;
    const kind = byId.get(f.ref)?.kind;
    return kind === 'territory' ? 3 : kind === 'country' ? 1 : 2;
  };
  const roles = person.facts.filter((f) => f.property === 'role');
  return roles.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map((x) => x.f);
}

/** One entry per title, its spans oldest first: "Foreign Minister of Japan (2019–2021; since 2025, as of 2025-11)". */
function byTitle(roles) {
  const groups = new Map();
  for (const r of roles) groups.set(r.value, [...(groups.get(r.value) ?? []), r]);
  return [...groups].map(([title, rs]) => {
    const spans = [...rs].sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '')).map(span);
    return `${title} (${spans.join('; ')})`;
  });
}

function describeFromRoles(person, byId) {
  const entries = byTitle(rankedRoles(person, byId));
  if (entries.length === 0) return null;
  // A territory held as head of another state is counted, not named.
  const named = entries.filter((e) => !e.startsWith('Head of state of ')).slice(0, 2);
  const shown = named.length > 0 ? named : entries.slice(0, 1);
  const more = entries.length - shown.length;
  if (more > 0) shown.push(`and ${more} other role${more > 1 ? 's' : ''}`);
  return `${shown.join('; ')}.`;
}

module.exports = { describeFromRoles };
