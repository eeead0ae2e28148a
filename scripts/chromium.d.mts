import type { BrowserContext, chromium } from "playwright-core";

type LaunchOptions = Parameters<typeof chromium.launchPersistentContext>[1];

export const CHROMIUM: string;
export function missingChromium(): string | undefined;
export function launchChromium(options?: LaunchOptions): Promise<BrowserContext>;
