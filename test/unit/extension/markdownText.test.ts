import * as assert from 'node:assert/strict';
import { commandLink, escapeMarkdown, formatNumber, propertyName, wikidataLink } from '../../../src/extension/hovers/markdownText';

describe('hover Markdown helpers', () => {
  it('escapes link, image, HTML and autolink syntax from documents and KB files', () => {
    const hostile = '![x](https://evil.example/a.png) [run](command:rm) <script>alert(1)</script> www.evil.example a@b.c';
    const escaped = escapeMarkdown(hostile);
    assert.ok(!/(^|[^\\])[[\]()<>]/.test(escaped), 'every bracket and angle bracket is escaped');
    assert.ok(!/(^|[^\\])[.:@]/.test(escaped), 'dots, colons and @ cannot form autolinks');
    assert.equal(escaped.replace(/\\(.)/g, '$1'), hostile, 'nothing is lost');
  });

  it('turns newlines into spaces so text cannot start a heading or a list', () => {
    assert.equal(escapeMarkdown('a\n# b\r\n- c'), 'a \\# b \\- c');
  });

  it('links only well-formed QIDs to Wikidata', () => {
    assert.equal(wikidataLink('Q423'), '[Q423](https://www.wikidata.org/wiki/Q423)');
    assert.equal(wikidataLink('cl:wagner-group'), undefined);
    assert.equal(wikidataLink('Q1) [x](command:evil'), undefined);
  });

  it('builds command links with JSON arguments and an escaped title', () => {
    const link = commandLink({ title: 'Tag [it]', icon: 'tag', command: 'claimlens.hover.tag', args: ['file:///a b.md', 1, 4], tooltip: 'Say "hi"' });
    const m = /^\[\$\(tag\) Tag \\\[it\\\]\]\(command:claimlens\.hover\.tag\?([^ ]+) "Say hi"\)$/.exec(link);
    assert.ok(m?.[1], link);
    assert.deepEqual(JSON.parse(decodeURIComponent(m[1])), ['file:///a b.md', 1, 4]);
  });

  it('formats numbers and property names for reading', () => {
    assert.equal(formatNumber(1234), '1,234');
    assert.equal(formatNumber(26_100_000), '26.1 million');
    assert.equal(formatNumber(3.2e9), '3.2 billion');
    assert.equal(propertyName('gdpPerCapitaPpp'), 'GDP per capita (PPP)');
    assert.equal(propertyName('militaryPersonnel'), 'Military personnel');
  });
});
