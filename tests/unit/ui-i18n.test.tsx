import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import type { Metric, AiLinkKind, SourceKind } from '../../lib/data/types';
import type { LineKind } from '../../lib/math/types';
import type { UnlistedCutter } from '../../lib/messages';
import { translateFrom } from '../../lib/ui/i18n';

const t = translateFrom(messages);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

describe('translateFrom', () => {
  it('substitutes $1..$9, named placeholders and $$ like getMessage', () => {
    const tr = translateFrom({
      a: { message: 'Show $1 for $2, $$5' },
      b: { message: 'Hi $WHO$!', placeholders: { who: { content: '$1' } } },
    });
    expect(tr('a', ['numbers', 'Acme'])).toBe('Show numbers for Acme, $5');
    expect(tr('B', 'Ada')).toBe('Hi Ada!');
    expect(tr('missing')).toBe('');
  });
});

describe('English messages', () => {
  // getMessage gives "" for a missing key, which would leave a blank button: every key must exist.
  it('has every key the UI asks for', () => {
    const used = new Set(
      [...sources('lib/ui'), ...sources('lib/features')].flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)].map((m) => m[1]!),
      ),
    );
    const kinds: LineKind[] = ['reported', 'derived'];
    const links: AiLinkKind[] = ['company', 'executive', 'reporting', 'denied'];
    const metrics: Metric[] = [
      'revenue', 'gross_profit', 'operating_income', 'net_income', 'capex', 'buybacks', 'dividends', 'headcount',
      'ceo_total_comp', 'median_employee_pay', 'ceo_pay_ratio', 'ai_capex_commitment', 'gross_margin', 'operating_margin',
    ];
    const sourceKinds: SourceKind[] = ['10-K', '20-F', '10-Q', 'annual-report', 'DEF 14A', '8-K', 'press-release', 'news', 'data-site'];
    const whys: UnlistedCutter['why'][] = ['private', 'partnership', 'subsidiary', 'not-covered', 'unknown'];
    const dynamic = [
      ...whys.flatMap((why) => [`popupUnlisted_${why.replace('-', '_')}`, `unlistedWhy_${why.replace('-', '_')}`]),
      ...sourceKinds.map((k) => `sourceKind_${k.replace(/[^A-Za-z0-9]/g, '_')}`),
      ...kinds.flatMap((k) => [`kind_${k}`, `kindHint_${k}`]),
      ...links.map((k) => `attributed_${k}`),
      ...metrics.map((m) => `metric_${m}`),
    ];
    expect(used.size).toBeGreaterThan(30);
    const missing = [...used, ...dynamic].filter((key) => t(key) === '');
    expect(missing).toEqual([]);
  });

  it('keeps the extension name and description', () => {
    expect(t('extName')).toBe("The Math Doesn't Math");
    expect(t('extDescription')).toContain('Runs entirely on your device');
  });
});
