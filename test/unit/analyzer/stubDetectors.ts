// Deliberately simple detectors for testing the assembly on its own: the
// analyser must shift, number and link whatever drafts it is given.
import type { ClaimDraft, DetectionInput, EntityDraft } from '../../../src/core/detect/drafts';
import type { Detectors } from '../../../src/core/analysis/documentAnalyzer';
import type { EntityType } from '../../../src/core/model/analysis';

const GAZETTEER: Record<string, { type: EntityType; kbId: string | null; label: string | null }> = {
  'Olaf Scholz': { type: 'person', kbId: 'Q61053', label: 'Olaf Scholz' },
  'Kim Jong-un': { type: 'person', kbId: 'Q56226', label: 'Kim Jong-un' },
  'Ivan Petrov': { type: 'person', kbId: null, label: null },
  Scholz: { type: 'person', kbId: null, label: null },
  Petrov: { type: 'other', kbId: null, label: null },
  Kim: { type: 'person', kbId: null, label: null },
  Pyongyang: { type: 'place', kbId: 'Q18808', label: 'Pyongyang' },
  'Kursk region': { type: 'place', kbId: 'Q2092', label: 'Kursk Oblast' },
  'Pacific Trade Forum': { type: 'organization', kbId: null, label: null },
  PTF: { type: 'organization', kbId: null, label: null },
  NATO: { type: 'organization', kbId: 'Q7184', label: 'NATO' },
};

export interface CountingDetectors extends Detectors {
  readonly calls: { entities: number; claims: number };
  readonly inputs: DetectionInput[];
}

export function stubDetectors(): CountingDetectors {
  const calls = { entities: 0, claims: 0 };
  const inputs: DetectionInput[] = [];
  return {
    calls,
    inputs,
    detectEntities(input: DetectionInput): EntityDraft[] {
      calls.entities++;
      inputs.push(input);
      const out: EntityDraft[] = [];
      const names = Object.keys(GAZETTEER).sort((a, b) => b.length - a.length);
      const taken: boolean[] = [];
      for (const name of names) {
        for (let at = input.text.indexOf(name); at >= 0; at = input.text.indexOf(name, at + 1)) {
          if (taken[at] || /\p{L}/u.test(input.text[at + name.length] ?? '')) continue;
          for (let i = at; i < at + name.length; i++) taken[i] = true;
          const g = GAZETTEER[name] as (typeof GAZETTEER)[string];
          out.push({ text: name, start: at, end: at + name.length, type: g.type, kbId: g.kbId, label: g.label, sense: null });
        }
      }
      return out.sort((a, b) => a.start - b.start);
    },
    detectClaims(input: DetectionInput): ClaimDraft[] {
      calls.claims++;
      const out: ClaimDraft[] = [];
      for (const m of input.text.matchAll(/\d[\d,]*/g)) {
        const start = m.index;
        const end = start + m[0].length;
        const sentence = input.sentences.find((s) => s.start <= start && end <= s.end) ?? { start, end };
        const value = Number(m[0].replace(/,/g, ''));
        out.push({
          text: m[0], start, end, kind: 'count', number: { text: m[0], start, end },
          value, min: null, max: null, unit: null, currency: null, rate: null, qualifier: null,
          hedged: false, hedges: [], attribution: null, sentence,
        });
      }
      return out;
    },
  };
}
