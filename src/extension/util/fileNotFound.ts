// Whether a `vscode.workspace.fs` call failed because the file is not there
// (a store not written yet, a store deleted meanwhile), as opposed to a
// failure worth reporting. By the error's code, not `instanceof
// vscode.FileSystemError`: an error may come from another bundle's copy of the API.
import { isObject } from '../../core/store/diagnostics';

export function isFileNotFound(err: unknown): boolean {
  return isObject(err) && err.code === 'FileNotFound';
}
