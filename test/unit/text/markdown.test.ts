import * as assert from 'node:assert/strict';
import { maskMarkdown } from '../../../src/core/text/markdown';

describe('maskMarkdown', () => {
  it('keeps the length and the line breaks of the text', () => {
    const text = '# Title\r\n\r\n**Bold** and [link](https://example.org/x)\n```\ncode\n```\n';
    const masked = maskMarkdown(text);
    assert.equal(masked.length, text.length);
    assert.deepEqual([...masked].map((c, i) => (c === '\n' || c === '\r' ? i : -1)).filter((i) => i >= 0),
      [...text].map((c, i) => (c === '\n' || c === '\r' ? i : -1)).filter((i) => i >= 0));
  });

  it('blanks heading hashes, emphasis markers and link syntax but keeps the words in place', () => {
    const text = "## Kim's **10,000** troops in [Kursk](https://example.org/kursk \"map\") ##";
    const masked = maskMarkdown(text);
    assert.equal(masked.trimEnd(), "   Kim's   10,000   troops in  Kursk");
    assert.equal(masked.indexOf('Kursk'), text.indexOf('Kursk'));
  });

  it('blanks fenced code blocks entirely and inline code markers', () => {
    const text = 'Before `x = 1` after\n```ts\nconst troops = 100000;\n```\nAfter.';
    const masked = maskMarkdown(text);
    assert.ok(!masked.includes('100000'));
    assert.ok(!masked.includes('`'));
    assert.ok(masked.includes('x = 1'));
    assert.ok(masked.endsWith('After.'));
  });

  it('blanks list and quote markers, images and reference links', () => {
    const text = '- item one\n1. Seoul\n> quoted NATO\n![map](img.png) and [G20][g]\n[g]: https://example.org';
    const masked = maskMarkdown(text);
    const lines = masked.split('\n');
    assert.equal(lines[0], '  item one');
    assert.equal(lines[1], '   Seoul');
    assert.equal(lines[2], '  quoted NATO');
    assert.equal(lines[3]?.trimEnd(), '  map           and  G20');
    assert.equal(lines[4]?.trim(), '');
  });

  it('blanks YAML front matter and footnote marks but keeps footnote text', () => {
    const text = '---\ntitle: Report 2024\ntags: [a, b]\n---\nIt rose 5%.[^1]\n\n[^1]: Up from 4% in 2023.';
    const masked = maskMarkdown(text);
    const lines = masked.split('\n');
    assert.deepEqual(lines.slice(0, 4).map((l) => l.trim()), ['', '', '', '']);
    assert.equal(lines[4], 'It rose 5%.    ');
    assert.equal(lines[6], '      Up from 4% in 2023.');
  });

  it('keeps a leading thematic break and what follows when it is not front matter', () => {
    const text = '---\nThe fleet grew by 40 ships.\n---\n';
    assert.equal(maskMarkdown(text).split('\n')[1], 'The fleet grew by 40 ships.');
  });

  it('leaves snake_case, arithmetic stars and plain prose alone', () => {
    const text = 'The file kb_data has 3 * 4 rows; Pyongyang said so.';
    assert.equal(maskMarkdown(text), text);
  });

  it('blanks table pipes and divider rows', () => {
    const text = '| Country | Troops |\n|---|---:|\n| Russia | 10,000 |';
    const masked = maskMarkdown(text);
    assert.ok(!masked.includes('|'));
    assert.ok(!masked.includes('---'));
    assert.equal(masked.indexOf('10,000'), text.indexOf('10,000'));
  });
});
