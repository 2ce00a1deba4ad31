// Writes a value as `JSON.stringify(value, null, 2)` would, but in pieces:
// a 10 MB document yields ~100 MB of JSON, which should not have to exist as
// one string. Arrays and objects holding arrays are streamed element by
// element; everything else is stringified whole and re-indented.

const pad = (depth: number): string => '  '.repeat(depth);

function hasArrays(value: object): boolean {
  return Object.values(value).some((v) => Array.isArray(v));
}

/** Buffers small writes into chunks of about 1 MB. */
export function chunkedWriter(write: (chunk: string) => void): { write(s: string): void; flush(): void } {
  let parts: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (size === 0) return;
    write(parts.join(''));
    parts = [];
    size = 0;
  };
  return {
    write(s: string): void {
      parts.push(s);
      size += s.length;
      if (size >= 1 << 20) flush();
    },
    flush,
  };
}

export function writeJson(value: unknown, depth: number, write: (s: string) => void): void {
  if (Array.isArray(value) && value.length > 0) {
    write('[\n');
    value.forEach((item: unknown, i) => {
      write(pad(depth + 1));
      writeJson(item, depth + 1, write);
      write(i < value.length - 1 ? ',\n' : '\n');
    });
    write(`${pad(depth)}]`);
    return;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && hasArrays(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    write('{\n');
    entries.forEach(([key, v], i) => {
      write(`${pad(depth + 1)}${JSON.stringify(key)}: `);
      writeJson(v, depth + 1, write);
      write(i < entries.length - 1 ? ',\n' : '\n');
    });
    write(`${pad(depth)}}`);
    return;
  }
  const text = JSON.stringify(value, null, 2);
  write(depth === 0 ? text : text.replace(/\n/g, `\n${pad(depth)}`));
}
