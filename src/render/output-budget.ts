/**
 * How much markup the render in progress may still produce (src/limits.ts, MAX_TEMPLATE_OUTPUT).
 * Handlebars renders synchronously, one document at a time in a thread, so one count serves them all:
 * the template's entry point starts it, and the printed texts, loop bodies and partials spend it.
 */
export class TemplateOutputTooLarge extends Error {}

let left = Infinity;

export function startOutput(limit: number): void {
  left = limit;
}

export function spendOutput(characters: number): void {
  left -= characters;
  if (left < 0) throw new TemplateOutputTooLarge();
}
