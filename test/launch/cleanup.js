// One place that tears down what a launcher started (VS Code server, browser)
// on every way out: normal end, error, timeout, Ctrl-C, SIGTERM.
const tasks = [];
let running = false;

function onCleanup(task) {
  tasks.push(task);
}

async function cleanupAll() {
  if (running) return;
  running = true;
  // Reverse order: the browser closes before the server it talks to.
  for (const task of tasks.reverse()) {
    try {
      await task();
    } catch (err) {
      console.error(`cleanup: ${err instanceof Error ? err.message : err}`);
    }
  }
  tasks.length = 0;
  running = false;
}

/** Cleans up, then exits with `code`. */
async function exitWith(code) {
  await cleanupAll();
  process.exit(code);
}

function installSignalHandlers() {
  // A reader that goes away (`… | head`) must not crash us before cleanup.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err) => {
      if (err.code !== 'EPIPE') throw err;
    });
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      console.error(`\nreceived ${signal}, stopping…`);
      void exitWith(130);
    });
  }
  process.on('uncaughtException', (err) => {
    console.error(err);
    void exitWith(1);
  });
  process.on('unhandledRejection', (err) => {
    console.error(err);
    void exitWith(1);
  });
}

module.exports = { onCleanup, cleanupAll, exitWith, installSignalHandlers };
