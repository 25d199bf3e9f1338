import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const TSX = 'node_modules/.bin/tsx';
const dir = mkdtempSync(join(tmpdir(), 'classify-'));

interface Run {
  lines: Record<string, unknown>[];
  code: number;
}

async function classify(args: string[], stdin?: string): Promise<Run> {
  const child = run(TSX, ['lib/cli/classify.ts', ...args], { cwd: new URL('../..', import.meta.url).pathname });
  if (stdin !== undefined) child.child.stdin!.end(stdin);
  const { stdout, code } = await child.then(
    ({ stdout }) => ({ stdout, code: 0 }),
    (error: { stdout: string; code: number }) => ({ stdout: error.stdout, code: error.code }),
  );
  return { lines: stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line)), code };
}

const story = `Acme to cut 500 jobs as it leans on AI

SAN JOSE - Acme Corp will lay off about 500 employees, the company said on Monday, as it uses artificial intelligence to automate support work.`;

function expectResultShape(line: Record<string, unknown>, file: string): void {
  expect(Object.keys(line).sort()).toEqual(
    ['attributedBy', 'companies', 'cutter', 'denial', 'evidence', 'file', 'jobs', 'kind', 'label', 'lang', 'reasons', 'score'],
  );
  expect(line.file).toBe(file);
  expect(['ai_layoff', 'layoff_not_ai', 'ai_no_layoff', 'other']).toContain(line.label);
  expect(line.score).toBeGreaterThanOrEqual(0);
  expect(line.score).toBeLessThanOrEqual(1);
  expect(line.kind).toBe('news');
  expect(Array.isArray(line.companies)).toBe(true);
  for (const company of line.companies as Record<string, unknown>[]) expect(company).toMatchObject({ name: expect.any(String), role: expect.any(String) });
  expect(line.jobs === null || typeof line.jobs === 'object').toBe(true);
  expect((line.evidence as unknown[]).every((sentence) => typeof sentence === 'string')).toBe(true);
}

describe('npm run classify', () => {
  it('prints one JSON line per file with the result fields', async () => {
    const file = join(dir, 'story.txt');
    writeFileSync(file, story);
    const { lines, code } = await classify([file]);
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    expectResultShape(lines[0]!, file);
    // Acme is in no list: named by its legal form, it is still the company cutting, with no dataset id.
    expect(lines[0]).toMatchObject({ label: 'ai_layoff', lang: 'en', cutter: { name: 'Acme', id: null, role: 'cutting', how: 'headline' } });
  }, 60_000);

  it('reads stdin for "-", and keeps going past a missing file with exit code 1', async () => {
    const missing = join(dir, 'missing.html');
    const { lines, code } = await classify(['-', missing], story);
    expect(code).toBe(1);
    expectResultShape(lines[0]!, '-');
    expect(lines[1]).toMatchObject({ file: missing, error: expect.stringContaining('ENOENT') });
  }, 60_000);

  it('reports a bad .json file as an error line without failing the run', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"title": ');
    const { lines, code } = await classify([file]);
    expect(code).toBe(0);
    expect(lines).toEqual([{ file, error: expect.any(String) }]);
  }, 60_000);
});
