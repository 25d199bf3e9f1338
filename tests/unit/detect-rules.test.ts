// One rule at a time, on short hand-written pages (not the corpus).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/detect';
import { splitSentences } from '../../lib/detect/sentences';
import { extractJobs } from '../../lib/detect/jobs';
import { extractDate } from '../../lib/detect/dates';
import { readClause } from '../../lib/detect/clause';
import type { PageInput, PageKind } from '../../lib/page/types';

const page = (title: string, text: string, kind: PageKind = 'news', extra: Partial<PageInput> = {}): PageInput => ({
  url: 'https://news.example/a', title, text, kind, ...extra,
});

describe('sentence split', () => {
  it('keeps abbreviations and initials inside a sentence', () => {
    const s = splitSentences('T', 'Amazon.com Inc. said on Oct. 28 it will cut jobs. Mr. Jassy wrote a memo. The U.S. unit is hit.');
    expect(s.map((x) => x.text)).toEqual(['T', 'Amazon.com Inc. said on Oct. 28 it will cut jobs.', 'Mr. Jassy wrote a memo.', 'The U.S. unit is hit.']);
  });
  it('splits paragraphs and numbers them', () => {
    const s = splitSentences('', 'One here.\n\nTwo here. Three here.');
    expect(s.map((x) => x.para)).toEqual([0, 1, 1]);
  });
});

describe('clause reading', () => {
  it('finds the subject and hedges', () => {
    expect(readClause('AI could replace 300 million jobs.')).toMatchObject({ subject: 'ai', hedged: true });
    expect(readClause('The company said it would cut 4,000 roles.')).toMatchObject({ hedged: false, negated: false });
    expect(readClause("Globex won't lay off staff this year.").negated).toBe(true);
  });
});

describe('jobs and dates', () => {
  it('reads counts, word numbers, ranges and shares', () => {
    expect(extractJobs(['It will cut about 14,000 corporate roles.'])?.count).toBe(14000);
    expect(extractJobs(['Globex will lay off three hundred employees.'])?.count).toBe(300);
    expect(extractJobs(['Support staff fell from 9,000 to 5,000 people.'])?.count).toBe(4000);
    expect(extractJobs(['It is cutting about 10% of its workforce.'])?.share).toBeCloseTo(0.1);
    expect(extractJobs(['It will shed a fifth of its staff.'])?.share).toBeCloseTo(0.2);
  });
  it('skips totals', () => {
    expect(extractJobs(['It will cut 500 of its 1.5 million employees.'])?.count).toBe(500);
    expect(extractJobs(['Globex, which employs 300,000 people, is cutting staff.'])).toBeNull();
  });
  it('reads stated dates and weekdays against the publication date', () => {
    expect(extractDate(['Globex said on January 22, 2025 it would cut jobs.'])).toBe('2025-01-22');
    expect(extractDate(['Globex said on Tuesday it would cut jobs.'], '2025-10-30')).toBe('2025-10-28');
  });
});

describe('classification', () => {
  it('an AI-attributed cut by a named company is ai_layoff, with facts', () => {
    const a = analyze(page(
      'Salesforce to cut 4,000 support jobs as AI agents take over',
      'Salesforce said on Tuesday it will eliminate about 4,000 customer support roles because AI agents now handle half of its customer conversations.\n\nThe company said the cuts would be completed by March.',
    ));
    expect(a.label).toBe('ai_layoff');
    expect(a.companies[0]?.id).toBe('salesforce');
    expect(a.jobs?.count).toBe(4000);
    expect(a.attributedBy).toBe('company');
    expect(a.score).toBeGreaterThan(0.5);
    expect(a.evidence.length).toBeGreaterThan(0);
  });
  it('an executive quote next to the cut counts as the executive tying it to AI', () => {
    const a = analyze(page(
      'Globex lays off 1,200 workers',
      'Globex is laying off 1,200 employees, about 8% of its workforce.\n\n"AI can now do much of the work these teams did, so we need fewer people," Chief Executive Jane Roe wrote in a memo to staff.',
    ));
    expect(a.label).toBe('ai_layoff');
    expect(a.attributedBy).toBe('executive');
    expect(a.jobs).toMatchObject({ count: 1200, share: 0.08 });
  });
  it('a company denial makes it layoff_not_ai with the denial sentence', () => {
    const a = analyze(page(
      'Globex cuts 900 jobs; CEO says AI is not the reason',
      'Globex will cut 900 jobs as demand slows.\n\n"These cuts are not driven by AI," Chief Executive Jane Roe said.',
    ));
    expect(a.label).toBe('layoff_not_ai');
    expect(a.attributedBy).toBe('denied');
    expect(a.denial).toMatch(/not (?:driven by AI|the reason)/);
  });
  it('layoffs with an unrelated AI paragraph elsewhere stay layoff_not_ai', () => {
    const a = analyze(page(
      'Globex to cut 2,000 jobs after sales slump',
      'Globex will cut 2,000 jobs after a second year of falling sales, the company said.\n\nThe cuts fall mostly on its factories in Ohio.\n\nThe retailer recently cut prices on winter coats.\n\nIn other news, Globex launched a chatbot for shoppers last spring, built on generative AI.',
    ));
    expect(a.label).toBe('layoff_not_ai');
  });
  it('forecasts and opinion about AI and jobs in general are not layoffs', () => {
    const a = analyze(page(
      'AI could replace 300 million jobs, economists warn',
      'Artificial intelligence could replace the equivalent of 300 million full-time jobs worldwide, according to a report by economists.\n\nMany companies may cut staff as AI tools improve, a survey of executives found.',
    ));
    expect(a.label).not.toBe('ai_layoff');
    expect(a.label).not.toBe('layoff_not_ai');
  });
  it('an AI product story with a no-cuts pledge is ai_no_layoff', () => {
    const a = analyze(page(
      'Globex rolls out AI assistant to all staff, says it has no plans to cut jobs',
      'Globex has rolled out a generative AI assistant to its 50,000 employees and does not plan to reduce headcount as a result, executives said.\n\nThe AI assistant drafts emails and summarises documents.\n\nAI spending will rise next year.',
    ));
    expect(a.label).toBe('ai_no_layoff');
  });
  it('a named company saying AI hurt its business counts as the company tying cuts to AI', () => {
    const a = analyze(page(
      'Chegg cuts 22% of workforce, citing AI hit to traffic',
      'Chegg Inc will cut about 388 jobs, or 22% of its workforce, as students turn to AI chatbots instead of its study tools, the company said on Monday.',
    ));
    expect(a).toMatchObject({ label: 'ai_layoff', attributedBy: 'company', jobs: { count: 388, share: 0.22 } });
  });
  it('an AI product line in a layoff story is not the reason', () => {
    const a = analyze(page(
      'Intel to lay off 15% of staff in cost overhaul',
      'Intel will lay off about 15% of its workforce, or roughly 15,000 people, as it tries to cut costs after weak sales. Separately, the chipmaker said demand for its AI PC chips was strong.',
    ));
    expect(a.label).toBe('layoff_not_ai');
    expect(a.companies[0]?.id).toBe('intel');
  });
  it('rate cuts and sports cuts are not job cuts', () => {
    expect(analyze(page('Fed cuts rates again as AI boom lifts stocks', 'The Federal Reserve cut interest rates by a quarter point on Wednesday.')).label).not.toBe('ai_layoff');
    expect(analyze(page('Bears cut veteran linebacker', 'The Bears cut two veterans on Tuesday to get down to 53 players.')).label).toBe('other');
  });
  it('hypothetical cuts by a named company are not cuts', () => {
    const a = analyze(page('Globex might cut jobs if AI works out, analyst says', 'Globex could eliminate thousands of roles if its AI tools deliver, one analyst said.'));
    expect(a.label).not.toBe('ai_layoff');
  });
  it('a filing with Item 2.05 and an AI reason in the exhibit is ai_layoff by the company', () => {
    const a = analyze(page(
      'Form 8-K: GLOBEX CORP',
      'Item 2.05 Costs Associated with Exit or Disposal Activities.\n\nOn March 3, the Board approved a plan to reduce the workforce by approximately 600 positions.\n\nExhibit 99.1: "Automation now handles most routine claims, which allows us to operate with a smaller team," the chief executive said.',
      'filing',
    ));
    expect(a.label).toBe('ai_layoff');
    expect(a.jobs?.count).toBe(600);
  });
  it('"no longer need ... because of AI" is a reason, not a denial', () => {
    const a = analyze(page(
      'Globex lays off 500 employees',
      'Globex has laid off about 500 employees, the company confirmed. "We are reducing positions that no longer need to be staffed by people because of the efficiencies we gained through AI," a spokesperson said.',
    ));
    expect(a).toMatchObject({ label: 'ai_layoff', denial: null });
  });
  it('AI as the unit or the product of the company cutting is not the reason', () => {
    const unit = analyze(page(
      'Globex cuts 600 jobs in its AI division',
      'Globex is eliminating roughly 600 positions in its artificial intelligence organization, as the company tries to make decisions faster, a memo said.',
    ));
    const vendor = analyze(page(
      'Initech lays off 40% of staff after funding round collapses',
      'Initech, a startup that sells AI voice agents to call centers, has laid off about 40% of its employees after talks over a new funding round fell apart.',
    ));
    expect([unit.label, vendor.label]).toEqual(['layoff_not_ai', 'layoff_not_ai']);
  });
  it('reasons that say AI changes the work, or money moves behind AI, tie a nearby cut to AI', () => {
    const change = analyze(page(
      'Form 8-K: INITECH',
      'Item 2.05 Costs Associated with Exit or Disposal Activities.\n\nThe Board approved a plan to reduce the global workforce by approximately 4%.\n\nExhibit 99.1: Automation and the use of AI across our support functions are changing the amount and type of work required in many of our teams.',
      'filing',
    ));
    const money = analyze(page(
      'Globex to cut 1,750 jobs',
      'Globex is cutting about 1,750 jobs, its chief executive wrote in a memo. "Today we are reducing our workforce by 1,750 positions. Our customers want agents built into everything we do. To capture that, we have to put more behind AI."',
    ));
    expect([change.label, money.label]).toEqual(['ai_layoff', 'ai_layoff']);
  });
  it('a hiring pause stated outright counts, even for roles AI "could" replace', () => {
    const a = analyze(page(
      'IBM to pause hiring for roles AI could replace',
      'IBM will pause hiring for back-office roles that AI could replace in the coming years, chief executive Arvind Krishna said.',
    ));
    expect(a).toMatchObject({ label: 'ai_layoff', attributedBy: 'executive' });
    expect(analyze(page('Globex may pause hiring', 'Globex could pause hiring for roles AI might replace, an analyst said.')).label).not.toBe('ai_layoff');
  });
  it('an attrition rate, a forecast and a denial about an earlier round are not what they seem', () => {
    expect(analyze(page(
      'Infosys to hire 20,000 freshers, bets on AI-ready talent',
      'Infosys plans to hire about 20,000 freshers as it trains recruits to work alongside AI tools. Attrition rose to 14.1 per cent in the March quarter.',
    )).label).not.toBe('ai_layoff');
    expect(analyze(page(
      "Ford CEO says AI will replace 'literally half' of white-collar workers",
      'Ford chief executive Jim Farley predicted that artificial intelligence will replace about half of all white-collar workers in the United States.',
    )).label).not.toBe('ai_layoff');
    expect(analyze(page(
      'Block cuts more than 4,000 roles as Dorsey bets on AI',
      'Block is laying off more than 4,000 employees, chief executive Jack Dorsey told staff, saying smaller teams using AI can now do far more. Dorsey has already cut staff twice, including 1,000 employees in March 2025, which he said at the time was not about AI.',
    ))).toMatchObject({ label: 'ai_layoff', denial: null });
  });
  it('related-links lines and employees complaining are not the story or the company speaking', () => {
    expect(analyze(page(
      'Globex trims US team by 4% as print revenue falls',
      'As a result, we are reducing the size of our US team by about 110 roles, because print advertising keeps falling.\n\nRelated in this newsletter: - Initech cut 21% of staff, citing AI traffic losses',
      'memo',
    )).label).toBe('layoff_not_ai');
    expect(analyze(page(
      'Globex lays off 200 staff, with AI tools replacing level designers, sources say',
      'Globex is laying off about 200 people, and many are being replaced by AI tools they helped build, according to sources. Several affected employees said the company had presented the cuts as a restructuring rather than being direct about AI.',
    ))).toMatchObject({ label: 'ai_layoff', denial: null });
  });
  it('"As AI changes the work, we need fewer people" ties the cut to AI', () => {
    const a = analyze(page(
      'Globex exits 11,000 people in the quarter',
      'Globex said it had exited more than 11,000 people over the past three months. "As AI changes the work we do for clients, there are roles where we need fewer people," the chief executive said.',
    ));
    expect(a).toMatchObject({ label: 'ai_layoff', attributedBy: 'executive' });
  });
  it('cuts by employers in general, and roster cuts, are not one employer cutting jobs', () => {
    expect(analyze(page(
      'Opinion: Stop letting companies blame AI for layoffs they were going to make anyway',
      'A company that announces job cuts used to say something plain. The cuts are about artificial intelligence, we are told. If a company is cutting jobs because it overhired, it should say so.',
    )).label).not.toBe('ai_layoff');
    expect(analyze(page(
      'Eagles trim roster to 53 as analytics staff lean on new AI model',
      'The Eagles trimmed their roster to 53 players on Tuesday. The analytics department now uses an in-house AI model to estimate injury risk.',
    )).label).not.toBe('ai_layoff');
  });
  it('is quiet and fast on empty or non-English pages, and never throws', () => {
    expect(analyze(page('', '')).label).toBe('other');
    expect(analyze(page('Amazon supprime 14 000 emplois', "Amazon va supprimer 14 000 postes à cause de l'IA.", 'news', { lang: 'fr' })).label).toBe('other');
    expect(analyze({} as PageInput).label).toBe('other');
  });
});
