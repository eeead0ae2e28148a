/** What the bundle runs: the command line, or, in a worker thread of a batch build, the job loop. */
import { WORKER_ENV } from "../batch/conventions.js";
import { main } from "./main.js";

// The pool marks its workers in their environment, so a plain run need not load worker_threads.
if (process.env[WORKER_ENV] === "1") {
  void import("../batch/worker.js").then(({ serveJobs }) => serveJobs());
} else {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
