import { strict as assert } from 'node:assert';
import type { LanguageId } from '../../../src/core/analysis/documentAnalyzer';
import type { EntityMention } from '../../../src/core/model/analysis';
import { createAnalyzer } from '../../../src/core/analyzer';
import { tokenize } from '../../../src/core/entities/tokens';
import { maskInlineMarkup } from '../../../src/core/text/markdown';
import { FIXTURE_ENTITIES } from './fixtureKb';
import { kbViewFromEntities } from '../../../src/core/entities/kbView';

const kb = Object.assign(kbViewFromEntities(FIXTURE_ENTITIES), { version: 'test' });
const analyzer = createAnalyzer({ kb });

function typeOf(text: string, surface: string, languageId: LanguageId): string | undefined {
  const found = analyzer.analyze(text, { languageId }).entities.find((e: EntityMention) => e.text === surface);
  return found?.type;
}

// Emphasis markers and table pipes around names, in Markdown and in plain text pasted from it; invented sentences.
describe('entities: names inside Markdown emphasis and tables', () => {
  for (const languageId of ['markdown', 'plaintext'] as const) {
    it(`keeps the person cues around an emphasised name (${languageId})`, () => {
      assert.equal(typeOf('The agency, through its spokeswoman **Lena Varga**, denied it.', 'Lena Varga', languageId), 'person');
      assert.equal(typeOf("Moscow's special envoy, **Orvan Tesk**, is in Pyongyang.", 'Orvan Tesk', languageId), 'person');
      assert.equal(typeOf('*Prepared by **Ilse Marrow**, Northfield Analytics, 3 May 2025.*', 'Ilse Marrow', languageId), 'person');
    });

    it(`reads table cells apart, not as a title-case heading (${languageId})`, () => {
      const text = 'Shelling reached Velmora district.\n\n| District | Country |\n|---|---|\n| Velmora | Russia |\n| Tarsk Oblast | Ukraine |\n';
      const entities = analyzer.analyze(text, { languageId }).entities;
      assert.ok(entities.some((e) => e.text === 'Russia' && e.type === 'place'));
      assert.ok(entities.some((e) => e.text === 'Tarsk Oblast'), 'a cell holding an unknown name is a name of its own');
      assert.ok(!entities.some((e) => e.text.includes('Russia') && e.text !== 'Russia'), 'no name runs from one cell into the next');
    });
  }

  it('still ends a name at emphasis between two capitalised words', () => {
    const tokens = tokenize('**North** Korea', 0, 15, '**North** Korea');
    const masked = maskInlineMarkup('**North** Korea');
    const gaps = tokenize(masked, 0, masked.length, '**North** Korea').map((t) => t.gap);
    assert.equal(tokens.length, 2);
    assert.deepEqual(gaps, ['start', 'break']);
    const lower = maskInlineMarkup('the **Velmora** talks');
    assert.equal(tokenize(lower, 0, lower.length, 'the **Velmora** talks')[1]?.gap, 'space');
  });

  it('blanks only emphasis and table pipes in plain text, at the same offsets', () => {
    const text = '# Note\n**Kim** met _Lee_ in [Seoul](x) at 3 * 4 pm; snake_case stays.\n| A | B |';
    const masked = maskInlineMarkup(text);
    assert.equal(masked.length, text.length);
    assert.equal(masked, '# Note\n  Kim   met  Lee  in [Seoul](x) at 3 * 4 pm; snake_case stays.\n  A   B  ');
  });
});

describe('entities: person cues found again', () => {
  it('reads an undotted title abbreviation ending a name as its last word ("Bao Sen, the …")', () => {
    assert.equal(typeOf('Bao Sen, the Senate president, arrived.', 'Bao Sen', 'plaintext'), 'person');
    assert.equal(typeOf('Talks with Sen Orvan Tesk ended.', 'Orvan Tesk', 'plaintext'), 'person');
  });
});

describe('entities: a month abbreviation as a given name, an institution standing alone', () => {
  it('reads "Jan" before a capitalised surname as a given name, but not before a day number', () => {
    assert.equal(typeOf('Aid fell in March. Jan Morvik, the council head, said so.', 'Jan Morvik', 'plaintext'), 'person');
    const dated = analyzer.analyze('On Jan 12 the Velmora talks began.', { languageId: 'plaintext' }).entities;
    assert.ok(!dated.some((e) => e.text.startsWith('Jan')));
  });

  it('types a capitalised chamber or a numbered one as an organisation, not a person', () => {
    const text = 'Trial Chamber IV of the court sat in March. The Chamber, composed of three judges, heard the witnesses.';
    assert.equal(typeOf(text, 'Trial Chamber IV', 'plaintext'), 'organization');
    assert.equal(typeOf(text, 'Chamber', 'plaintext'), 'organization');
  });
});
