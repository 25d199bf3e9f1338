// npm run classify -- FILE... : runs the extension's own detector on .html, .txt or .json
// ({"url","title","text"}) files, or on stdin for "-", and prints one JSON object per line.
// A file that cannot be read prints {"file","error"} and makes the exit code 1; a file that fails
// later prints its error too but does not change the exit code.
import { readFileSync } from 'node:fs';
import { analyze } from '../detect';
import type { Analysis } from '../detect/types';
import { pageFromFile } from '../page';
import { translateFrom } from '../ui/i18n';
import messages from '../../public/_locales/en/messages.json';

// Reasons are codes the UI says in the reader's language; here, in English.
const t = translateFrom(messages);

function resultLine(file: string, analysis: Analysis): object {
  const cutter = analysis.companies[0]?.role === 'cutting' ? analysis.companies[0] : null;
  // The company cutting first, whether or not the dataset has it, with how the page says so.
  const describe = (c: Analysis['companies'][number]) => ({
    name: c.name,
    id: c.datasetId ?? null,
    role: c.role,
    ...(c.how ? { how: c.how } : {}),
    ...(c.parent ? { parent: c.parent } : {}),
    ...(c.tickers?.length ? { tickers: c.tickers } : {}),
    ...(c.jobs ? { jobs: c.jobs } : {}),
  });
  return {
    file,
    label: analysis.label,
    lang: analysis.lang ?? null,
    score: analysis.score,
    kind: analysis.kind,
    cutter: cutter ? describe(cutter) : null,
    companies: analysis.companies.filter((c) => c !== cutter).map(describe),
    jobs: analysis.jobs,
    attributedBy: analysis.attributedBy,
    denial: analysis.denial,
    reasons: analysis.reasons.map((r) => t(`reason_${r}`)),
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
