import { test as base, expect, type BrowserContext, type ConsoleMessage } from "@playwright/test";

export { expect };

/** What a page told its console or threw, so a test fails on anything it did not expect. */
export class ConsoleWatch {
  readonly problems: string[] = [];
  private allowed: RegExp[] = [];

  /** Listens to every page of the context, now and later. */
  watch(context: BrowserContext): void {
    const onConsole = (message: ConsoleMessage) => {
      if (message.type() === "error") this.report(`console.error: ${message.text()} (${message.location().url})`);
    };
    const onPage = (page: import("@playwright/test").Page) => {
      page.on("console", onConsole);
      page.on("pageerror", (error) => this.report(`uncaught: ${error.message}`));
    };
    context.pages().forEach(onPage);
    context.on("page", onPage);
  }

  /** Errors this test provokes on purpose (a 404 page logs its failed load, for instance). */
  allow(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  private report(problem: string): void {
    if (!this.allowed.some((pattern) => pattern.test(problem))) this.problems.push(problem);
  }
}

/**
 * Playwright's test with a watch on the console: any console.error or
 * uncaught error in a page fails the test unless the test allowed it.
 * Contexts a test makes itself are watched with `consoleWatch.watch(context)`.
 */
export const test = base.extend<{ consoleWatch: ConsoleWatch }>({
  consoleWatch: [
    async ({ context }, use) => {
      const watch = new ConsoleWatch();
      watch.watch(context);
      await use(watch);
      expect(watch.problems, "the pages logged errors").toEqual([]);
    },
    { auto: true },
  ],
});
