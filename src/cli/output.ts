/** The one module that writes to the console: diagnostics with code frames, and results. */
import { fstatSync, writeSync } from "node:fs";
import { Chalk, type ChalkInstance } from "chalk";
import type { Diagnostic } from "../errors.js";
import { text, type Lang, type MessageCode, type MessageParams } from "../messages/catalogue.js";
import { formatDiagnostic } from "../messages/diagnostic-text.js";
import { visibleParams } from "../messages/visible.js";
import { brokenPipe, endOnBrokenPipe } from "../write/interrupt.js";

/** stdout or stderr, as the commands write to them. */
export interface ConsoleStream {
  /** A terminal: colours, and a progress line. */
  readonly isTTY: boolean;
  write(chunk: string | Uint8Array): void;
}

/**
 * A console stream. Where it is a pipe or a file (not a terminal) on Linux or macOS, written by
 * write(2) itself: Node's process.stderr for a pipe loads Node's network and stream modules, about a
 * twentieth of what a cold build adds to node's own start-up. A terminal (a character device: also
 * /dev/null, which costs nothing to reach), a Windows console (whose Chinese needs Node's conversion
 * to UTF-16), and a pipe that would block (a non-blocking pipe that is full) get Node's own stream.
 * A reader gone away (`report … | head`) ends the run as interrupt.ts says.
 */
function consoleStream(fd: 1 | 2): ConsoleStream {
  let stream: NodeJS.WriteStream | undefined;
  const nodeStream = () => {
    if (!stream) {
      stream = fd === 1 ? process.stdout : process.stderr;
      endOnBrokenPipe(stream);
    }
    return stream;
  };
  const direct = process.platform !== "win32" && !isCharacterDevice(fd);
  return {
    get isTTY() {
      return !direct && Boolean(nodeStream().isTTY);
    },
    write(chunk) {
      if (stream || !direct) {
        nodeStream().write(chunk);
        return;
      }
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      let written = 0;
      try {
        while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "EPIPE") void brokenPipe();
        else if (code === "EAGAIN") nodeStream().write(bytes.subarray(written));
        else throw error;
      }
    },
  };
}

function isCharacterDevice(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return true; // not open: Node's stream says what it does with that
  }
}

const streams: { stdout?: ConsoleStream; stderr?: ConsoleStream } = {};
export const stdout = (): ConsoleStream => (streams.stdout ??= consoleStream(1));
export const stderr = (): ConsoleStream => (streams.stderr ??= consoleStream(2));

export interface Output {
  readonly lang: Lang;
  diagnostics(list: readonly Diagnostic[]): void;
  /** A line of the catalogue on stderr, as progress or a summary. */
  note<C extends MessageCode>(code: C, params: MessageParams<C>): void;
  /** Document bytes on stdout (`-o -`). */
  data(bytes: Uint8Array): void;
}

export function createOutput(lang: Lang, stream: ConsoleStream = stderr()): Output {
  const color = createPalette(stream);
  const write = (line: string) => stream.write(`${line}\n`);
  return {
    lang,
    diagnostics: (list) => list.forEach((d) => write(formatDiagnostic(d, lang, color))),
    note: (code, params) => {
      const { message, hint } = text(lang, code, visibleParams(params));
      write(hint ? `${message}\n  ${hint}` : message);
    },
    data: (bytes) => stdout().write(bytes),
  };
}

/** Colours for a stream: none when it is not a terminal or NO_COLOR is set (https://no-color.org). */
export function createPalette(stream: ConsoleStream): ChalkInstance {
  return new Chalk({ level: useColor(stream) ? 1 : 0 });
}

function useColor(stream: ConsoleStream): boolean {
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== "0") return true;
  return Boolean(stream.isTTY) && !process.env.NO_COLOR && process.env.TERM !== "dumb";
}
