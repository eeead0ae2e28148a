/**
 * Calls back shortly after the data file changes, however the editor saves it: written in place
 * (Notepad, VS Code), replaced by a rename (vim, WPS), deleted, or created again. The folder is
 * watched as well as the file, because a rename leaves a watch on the file looking at the old one.
 * Events come in bursts (truncate, write, chmod), so they are gathered for `delayMs` first.
 */
import { watch, type FSWatcher } from "node:fs";
import { basename, dirname, resolve } from "node:path";

export interface Watcher {
  close(): void;
}

export function watchFile(path: string, onChange: () => void, delayMs = 30): Watcher {
  const full = resolve(path);
  const name = basename(full);
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const changed = () => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, delayMs);
  };
  let fileWatcher: FSWatcher | undefined;
  // A watch on the file itself catches writes in place even where folder events are coarse; it is
  // made again after each change, since a replaced file is a new file.
  const watchTheFile = () => {
    fileWatcher?.close();
    fileWatcher = tryWatch(full, changed);
  };
  const folderWatcher = tryWatch(dirname(full), (_event, file) => {
    if (file === null || file === name) {
      watchTheFile();
      changed();
    }
  });
  watchTheFile();
  return {
    close: () => {
      closed = true;
      clearTimeout(timer);
      fileWatcher?.close();
      folderWatcher?.close();
    },
  };
}

/** A watch, or none where there is nothing to watch yet (a deleted file): the folder's watch covers it. */
function tryWatch(path: string, listener: (event: string, file: string | null) => void): FSWatcher | undefined {
  try {
    const watcher = watch(path, { persistent: true }, listener);
    watcher.on("error", () => watcher.close());
    return watcher;
  } catch {
    return undefined;
  }
}
