// Builds the workbench URL that opens a folder with our extension loaded as a
// development extension. The payload is how VS Code's own browser integration
// tests pass extensionDevelopmentPath/extensionTestsPath to the web workbench;
// paths are vscode-remote URIs because the extension host runs in the server.

/**
 * @param {{ port: number, folder: string, extensionDevelopmentPath: string, extensionTestsPath?: string }} options
 */
function workbenchUrl({ port, folder, extensionDevelopmentPath, extensionTestsPath }) {
  const authority = `127.0.0.1:${port}`;
  const remote = (absPath) => `vscode-remote://${authority}${absPath}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionDevelopmentPath)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const query = `folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return `http://${authority}/?${query}`;
}

module.exports = { workbenchUrl };
