import { strict as assert } from 'node:assert';
import { detectNames } from './helpers';

const typeOf = (text: string, name: string): string | undefined => detectNames(text).find((d) => d.text === name)?.type;

describe('entities: named installations', () => {
  it('keeps a plant, a pipeline or a reactor a place when its name introduces an abbreviation, and the abbreviation too', () => {
    const text = 'Inspectors visited the Korvath Uranium Conversion Plant (KUCP) and the Sarn Valley Oil Pipeline (SVOP). '
      + 'The KUCP was idle; the Dalmor Research Reactor ran.';
    for (const name of ['Korvath Uranium Conversion Plant', 'KUCP', 'Sarn Valley Oil Pipeline', 'SVOP', 'Dalmor Research Reactor']) {
      assert.equal(typeOf(text, name), 'place', name);
    }
  });

  it('still makes a body introducing an abbreviation an organisation', () => {
    assert.equal(typeOf('The Guardians for the Defence of the Valley (GDV) attacked.', 'Guardians for the Defence of the Valley'), 'organization');
  });
});
