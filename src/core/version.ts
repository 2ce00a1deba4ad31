// The engine version printed with every result (`engine.version`): the
// package version, inlined at bundle time by esbuild's JSON loader.
import { version } from '../../package.json';

export const ENGINE_VERSION: string = version;
