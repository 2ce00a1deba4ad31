// Problems found while reading stored or imported JSON, with a JSON-pointer-ish
// path ("/claims/3/selectors/position/start") so the analyst can find them.

export interface StoreDiagnostic {
  readonly severity: 'error' | 'warning';
  readonly path: string;
  readonly message: string;
}

export type JsonObject = Readonly<Record<string, unknown>>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects diagnostics while typed values are read out of untrusted JSON. */
export class Reader {
  readonly diagnostics: StoreDiagnostic[] = [];

  error(path: string, message: string): void {
    this.diagnostics.push({ severity: 'error', path, message });
  }

  warn(path: string, message: string): void {
    this.diagnostics.push({ severity: 'warning', path, message });
  }

  get failed(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }

  object(value: unknown, path: string): JsonObject | undefined {
    if (isObject(value)) return value;
    this.error(path, 'expected an object');
    return undefined;
  }

  string(obj: JsonObject, key: string, path: string, limits: { min?: number; max?: number; pattern?: RegExp } = {}): string | undefined {
    const value = obj[key];
    const at = `${path}/${key}`;
    if (typeof value !== 'string') return this.fail(at, 'expected a string');
    if (value.length < (limits.min ?? 0)) return this.fail(at, 'must not be empty');
    if (limits.max !== undefined && value.length > limits.max) return this.fail(at, `longer than ${limits.max} characters`);
    if (limits.pattern && !limits.pattern.test(value)) return this.fail(at, `does not match ${String(limits.pattern)}`);
    return value;
  }

  nullableString(obj: JsonObject, key: string, path: string, max = 1000): string | null | undefined {
    if (obj[key] === null) return null;
    return this.string(obj, key, path, { max });
  }

  integer(obj: JsonObject, key: string, path: string, min = 0): number | undefined {
    const value = obj[key];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
      return this.fail(`${path}/${key}`, `expected an integer ≥ ${min}`);
    }
    return value;
  }

  nullableNumber(obj: JsonObject, key: string, path: string): number | null | undefined {
    const value = obj[key];
    if (value === null) return null;
    if (typeof value !== 'number' || !Number.isFinite(value)) return this.fail(`${path}/${key}`, 'expected a number or null');
    return value;
  }

  boolean(obj: JsonObject, key: string, path: string): boolean | undefined {
    const value = obj[key];
    if (typeof value !== 'boolean') return this.fail(`${path}/${key}`, 'expected true or false');
    return value;
  }

  oneOf<T extends string>(obj: JsonObject, key: string, path: string, allowed: readonly T[]): T | undefined {
    const value = obj[key];
    const found = allowed.find((a) => a === value);
    if (found === undefined) return this.fail(`${path}/${key}`, `expected one of ${allowed.join(', ')}`);
    return found;
  }

  array(obj: JsonObject, key: string, path: string, max: number): readonly unknown[] | undefined {
    const value = obj[key];
    if (!Array.isArray(value)) return this.fail(`${path}/${key}`, 'expected an array');
    if (value.length > max) return this.fail(`${path}/${key}`, `more than ${max} items`);
    return value as readonly unknown[];
  }

  private fail(path: string, message: string): undefined {
    this.error(path, message);
    return undefined;
  }
}
