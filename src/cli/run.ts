/** What the bundle runs: the command line, then its exit code. */
import { main } from "./main.js";

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
