import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headlineMayQualify } from '../../lib/detect/headline-gate';
import { pageFromFile } from '../../lib/page/from-file';

const CORPUS = join(import.meta.dirname, '../fixtures/corpus');
const SHARED = join(import.meta.dirname, '../../../shared/pages/readability');

describe('headlineMayQualify', () => {
  it('passes headlines about cuts, jobs or AI', () => {
    expect(headlineMayQualify('Acme to shed 4,000 roles', '')).toBe(true);
    expect(headlineMayQualify('Acme shrinks its corporate workforce', '')).toBe(true);
    expect(headlineMayQualify('Why Acme is betting on AI agents', '')).toBe(true);
    expect(headlineMayQualify('Acme restructures support unit', '')).toBe(true);
  });

  it('stops headlines about anything else', () => {
    expect(headlineMayQualify('The best sourdough you will ever bake', '')).toBe(false);
    expect(headlineMayQualify('Array.prototype.map() - JavaScript | MDN', '')).toBe(false);
    expect(headlineMayQualify('Said the queen to the maid', '')).toBe(false);
  });

  it('passes a headline without those words when the opening names job cuts', () => {
    const lead = 'Acme raised its 2030 targets today. The group will cut 4,000 administrative jobs by 2030.';
    expect(headlineMayQualify('Acme raises medium-term targets', '', lead)).toBe(true);
    expect(headlineMayQualify('Acme raises medium-term targets', '', 'Acme raised its 2030 targets today.')).toBe(false);
  });

  it('always passes SEC filings, whose titles are form numbers', () => {
    expect(headlineMayQualify('amzn-20251028.htm', 'https://www.sec.gov/Archives/edgar/data/1018724/x.htm')).toBe(true);
  });

  // The content script gives the gate the headline and the first ~1,500 characters of the story.
  it('lets through nearly every English AI-layoff page in the corpus', () => {
    const labels: { file: string; label: string; lang?: string }[] = JSON.parse(
      readFileSync(join(CORPUS, 'labels.json'), 'utf8'),
    );
    const positives = labels.filter((l) => l.label === 'ai_layoff' && !l.lang);
    const stopped = positives.filter(({ file }) => {
      const page = pageFromFile(file, readFileSync(join(CORPUS, file), 'utf8'));
      return !headlineMayQualify(page.title, page.url, page.text.slice(0, 1500));
    });
    expect(positives.length).toBeGreaterThan(20);
    expect(stopped.length / positives.length, stopped.map((s) => s.file).join(', ')).toBeLessThanOrEqual(0.05);
  });

  it('stops most real pages that are not about jobs or AI, on their titles alone', () => {
    const titles = readdirSync(SHARED, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => /<title[^>]*>([^<]*)/i.exec(readFileSync(join(SHARED, d.name, 'source.html'), 'utf8'))?.[1] ?? '');
    const passed = titles.filter((title) => headlineMayQualify(title, ''));
    expect(titles.length).toBeGreaterThan(100);
    expect(passed.length / titles.length).toBeLessThan(0.2);
  });
});
