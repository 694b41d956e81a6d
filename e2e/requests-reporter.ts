import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { costAnnotation, type JourneyCost } from './requests-budget';

/**
 * Prints, after a run, the API requests each measured journey sent
 * against its budget. Silent when no measured journey ran.
 */
export default class RequestsReporter implements Reporter {
  private readonly costs: JourneyCost[] = [];

  onTestEnd(_test: TestCase, result: TestResult) {
    for (const { type, description } of result.annotations) {
      if (type === costAnnotation && description) {
        this.costs.push(JSON.parse(description) as JourneyCost);
      }
    }
  }

  onEnd() {
    if (this.costs.length === 0) return;
    const width = Math.max(...this.costs.map((c) => c.journey.length));
    const lines = this.costs
      .sort((a, b) => a.journey.localeCompare(b.journey))
      .map((cost) => {
        const over = cost.requests > cost.budget ? '  OVER BUDGET' : '';
        const polls = cost.repeats ? `  (+${cost.repeats} polls)` : '';
        return `  ${cost.journey.padEnd(width)}  ${String(cost.requests).padStart(3)} of ${String(cost.budget).padStart(2)}${polls}${over}`;
      });
    console.info(
      `\nAPI requests per journey (sent, of budget):\n${lines.join('\n')}\n`,
    );
    if (process.env.REQUESTS_VERBOSE) {
      for (const cost of this.costs) {
        console.info(`${cost.journey}:\n  ${cost.sent.join('\n  ')}`);
      }
    }
  }

  printsToStdio() {
    return false;
  }
}
