// npm run classify -- FILE... : runs the extension's own detector on .html, .txt or .json
// ({"url","title","text"}) files, or on stdin for "-", and prints one JSON object per line.
// A file that cannot be read prints {"file","error"} and makes the exit code 1; a file that fails
// later prints its error too but does not change the exit code.
import { readFileSync } from 'node:fs';
import { analyze } from '../detect';
import type { Analysis } from '../detect/types';
import { pageFromFile } from '../page';

function resultLine(file: string, analysis: Analysis): object {
  return {
    file,
    label: analysis.label,
    score: analysis.score,
    kind: analysis.kind,
    companies: analysis.companies.map(({ id, name }) => ({ id, name })),
    jobs: analysis.jobs,
    evidence: analysis.evidence,
  };
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function classify(file: string): boolean {
  let content: string;
  try {
    content = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    console.log(JSON.stringify({ file, error: messageOf(error) }));
    return false;
  }
  try {
    console.log(JSON.stringify(resultLine(file, analyze(pageFromFile(file, content)))));
  } catch (error) {
    console.log(JSON.stringify({ file, error: messageOf(error) }));
  }
  return true;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run classify -- FILE... (.html, .txt, .json, or - for stdin)');
  process.exitCode = 2;
} else {
  // Every file is classified, even after one that could not be read.
  const allRead = files.map(classify).every(Boolean);
  process.exitCode = allRead ? 0 : 1;
}
