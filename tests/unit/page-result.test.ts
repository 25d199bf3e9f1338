// Which companies get a panel, and whose figures the article's cut is set against.
import { describe, expect, it } from 'vitest';
import { getCompany } from '../../lib/data';
import { buildPageResult } from '../../lib/page-result';
import type { PageInput } from '../../lib/page/types';

const news = (title: string, text: string): PageInput => ({ url: 'https://news.example/a', title, text, kind: 'news' });
/** Another company named in passing: a page naming no other has no one else for the cut to belong to, so the headline
 * rules below are tested on pages that do. */
const ASIDE = ' Rival AMD has not said whether it will follow.';

describe('buildPageResult: the company cutting', () => {
  it("sets the article's cut against the company cutting, not one named beside it", () => {
    const r = buildPageResult(news(
      'Salesforce cuts 4,000 support roles as AI agents take over',
      'Salesforce has cut about 4,000 customer support roles because AI agents now handle half of its customer conversations, chief executive Marc Benioff said. Workday, a rival, has not said whether it will follow.',
    ));
    expect(r.analysis.companies.map((c) => [c.id, c.role])).toEqual([['salesforce', 'cutting'], ['workday', 'named']]);
    // Only the company cutting gets figures: Workday, a rival named beside it, gets none.
    expect(r.views.map((v) => v.id)).toEqual(['salesforce']);
    expect(r.views[0]?.layoff?.jobs).toBe(4000);
  });

  it('shows nobody when the company cutting is not in the dataset and others only come up in passing', () => {
    const r = buildPageResult(news(
      'Telstra says its workforce will be smaller by 2030 as AI reshapes jobs',
      'Telstra will cut 2,800 jobs as it rolls out artificial intelligence across its operations, chief executive Vicki Brady said. The telco said AI would change how almost every role is done.\n\nBrady spoke at an investor day in Sydney. She said the plan had been a year in the making. Analysts welcomed the targets. Shares rose 2%. The company also set a dividend policy.\n\nThe company has a joint venture with Accenture to speed up its use of data and AI.',
    ));
    expect(r.analysis.label).toBe('ai_layoff');
    expect(r.analysis.companies.find((c) => c.id === 'accenture')?.role).toBe('mentioned');
    expect(r.views).toEqual([]);
  });

  it('says a privately held cutter has no public accounts, and a listed one without figures is not covered yet', () => {
    const tiktok = buildPageResult(news(
      'TikTok cuts hundreds of content moderators as AI takes over',
      'TikTok is laying off hundreds of content moderators in Malaysia as it shifts to AI moderation, the company said on Friday. About 80% of harmful content is now removed by automated systems, it said.',
    ));
    expect(tiktok.analysis.companies[0]).toMatchObject({ id: 'bytedance', role: 'cutting' });
    expect(tiktok.unlisted).toMatchObject({ why: 'private' });
    const telstra = buildPageResult(news(
      'Telstra to cut 2,800 jobs as AI reshapes its operations',
      'Telstra will cut 2,800 jobs as it rolls out artificial intelligence across its operations, chief executive Vicki Brady said.',
    ));
    expect(telstra.unlisted).toMatchObject({ name: 'Telstra', why: 'not-covered' });
    // A company listed after the identity lists were taken still shows the ticker the dataset gives it.
    const klarna = buildPageResult(news(
      'Klarna to cut 500 more jobs as its AI assistant takes over customer service',
      'Klarna will cut about 500 jobs as its AI assistant now does the work of customer service agents, chief executive Sebastian Siemiatkowski said.',
    ));
    expect(klarna.unlisted).toMatchObject({ name: 'Klarna', ticker: 'NYSE:KLAR', why: 'not-covered' });
    const pwc = buildPageResult(news(
      'PwC to cut 1,500 US jobs as AI takes over audit work',
      'PwC will cut about 1,500 jobs in the US as artificial intelligence takes over routine audit and tax work, the firm told staff on Monday.',
    ));
    expect(pwc.analysis.companies[0]).toMatchObject({ role: 'cutting' });
    expect(pwc.unlisted).toMatchObject({ why: 'partnership' });
  });

  it("names a subsidiary's owner and never sets the cut against the owner's figures (King, of Microsoft)", () => {
    const r = buildPageResult(news(
      'Candy Crush maker King to cut 200 jobs as it replaces staff with AI tools',
      'King, the Microsoft-owned developer of Candy Crush, is laying off about 200 employees, around 10% of its staff, and replacing level designers and writers with AI tools they helped build, people familiar with the matter said.',
    ));
    expect(r.analysis.label).toBe('ai_layoff');
    expect(r.analysis.companies[0]).toMatchObject({ id: 'king', role: 'cutting', parent: 'Microsoft' });
    // Microsoft has figures; none of them stands in for King's.
    expect(getCompany('microsoft')?.figures.length).toBeGreaterThan(0);
    expect(r.views).toEqual([]);
    expect(r.unlisted).toMatchObject({ name: 'King', parent: 'Microsoft', ticker: null, why: 'subsidiary' });
  });

  it('shows no figures for a company found cutting only below a headline that does not name it (a roundup leading with one cut)', () => {
    const r = buildPageResult(news(
      'How AI is reshaping the global workforce: the 2025 layoff wave',
      'This report looks at the companies behind this year\'s layoff wave and what drives it. In July, Intel announced plans to lay off over 5,000 employees as it leans on AI and automation in its factories. The cuts are part of a 15% reduction in staff.' + ASIDE,
    ));
    expect(r.analysis.label).toBe('ai_layoff');
    expect(r.analysis.companies[0]).toMatchObject({ id: 'intel', role: 'cutting', how: 'opening' });
    expect(r.views).toEqual([]);
    expect(r.unlisted).toBeNull();
  });

  it('shows no figures for a company "the company" points back to below a headline that does not name it (a roundup of two cuts)', () => {
    const text = 'La « digitalisation », encore, est au cœur du plan présenté deux jours plus tôt par Capgemini. Le géant français du conseil informatique a annoncé la suppression de 2 400 postes dans l’Hexagone, invoquant « la nécessité de se transformer face à l’accélération des mutations technologiques, notamment l’intelligence artificielle ». Deux jours plus tard, la Société Générale a présenté son propre plan.';
    const r = buildPageResult(news('Une semaine pour deux annonces d’ampleur', text));
    expect(r.analysis.label).toBe('ai_layoff');
    expect(r.analysis.companies[0]).toMatchObject({ id: 'capgemini', role: 'cutting', how: 'pointed-back' });
    expect(r.views).toEqual([]);
    // A headline that names it, or calls one company by what it is, confirms it.
    expect(buildPageResult(news('Capgemini va supprimer 2 400 postes', text)).views.map((v) => v.id)).toEqual(['capgemini']);
    expect(buildPageResult(news('Le géant du conseil va supprimer 2 400 postes', text)).views.map((v) => v.id)).toEqual(['capgemini']);
  });

  it('confirms the company by a whole word of its name or its chief executive\'s in the headline, not by letters inside another word', () => {
    const text = 'Intel said it will lay off 5,000 factory staff because AI and automation now do their work. The chipmaker did not say which sites.' + ASIDE;
    // "Standard" holds the letters of Intel's chief executive's surname (Lip-Bu Tan), which alone names no one.
    expect(buildPageResult(news('A standard layoff wave spreads through chip factories', text)).views).toEqual([]);
    expect(buildPageResult(news('Artificial intelligence and the layoff wave in chip factories', text)).views).toEqual([]);
    expect(buildPageResult(news('Lip-Bu Tan\'s plan: a leaner chipmaker', text)).views.map((v) => v.id)).toEqual(['intel']);
  });

  it('shows no figures for a company found below a headline that lists it among others (a roundup)', () => {
    const text = 'Intel said it will lay off 5,000 factory staff because AI and automation now do their work. The cuts fall mostly in Oregon.';
    expect(buildPageResult(news('AI layoffs 2026: Intel, Microsoft and Salesforce, and the shift to agents', text)).views).toEqual([]);
    // One other company beside it is no list.
    expect(buildPageResult(news('Intel follows Microsoft in cutting jobs as AI spreads', text)).views.map((v) => v.id)).toEqual(['intel']);
  });

  it("takes the page's address naming the company, as a headline would, and not a short name that could be any word there", () => {
    const text = 'Intel said it will lay off 5,000 factory staff because AI and automation now do their work. The cuts fall mostly in Oregon.' + ASIDE;
    const at = (url: string) => buildPageResult({ ...news('Thousands of factory jobs go as automation spreads', text), url }).views.map((v) => v.id);
    expect(at('https://news.example/2026/05/intel-factory-jobs-automation.html')).toEqual(['intel']);
    expect(at('https://news.example/2026/05/factory-jobs-automation.html')).toEqual([]);
    // "intelligence" is not Intel.
    expect(at('https://news.example/artificial-intelligence-factory-jobs')).toEqual([]);
  });

  it('takes a headline that calls one company by what it is to mean the company its opening shows cutting, and a plural to mean no one', () => {
    const text = 'Intel said it will lay off 5,000 factory staff because AI and automation now do their work. The cuts fall mostly in Oregon.' + ASIDE;
    expect(buildPageResult(news('Chipmaker to shed 5,000 factory jobs as automation spreads', text)).views.map((v) => v.id)).toEqual(['intel']);
    expect(buildPageResult(news('Un fabricant de puces supprime 5 000 emplois', text)).views.map((v) => v.id)).toEqual(['intel']);
    expect(buildPageResult(news('Chipmakers shed factory jobs as automation spreads', text)).views).toEqual([]);
    // A part of a company is not the company: the headline may be about its unit.
    expect(buildPageResult(news('Factory unit to shed 5,000 jobs as automation spreads', text)).views).toEqual([]);
  });

  it('shows no figures for a company the headline names only before a clause whose subject is another, whatever the address copying it says', () => {
    const text = 'Amazon afronta una profunda reestructuración que no solo afecta a la automatización de sus almacenes y al despido de 30.000 empleados de su plantilla por la inteligencia artificial. ' +
      'La ruptura con Amazon no sale gratis. Entre esos envíos se encuentran los de Amazon, que apenas dejaban margen. Este movimiento reacciona a la decisión de Amazon de diversificar sus repartidores.';
    const r = buildPageResult({ kind: 'news', text, title: 'Amazon ha iniciado un efecto dominó: quien reparte sus paquetes también anuncia 30.000 despidos',
      url: 'https://www.sernoticias.com.mx/2026/01/31/amazon-ha-iniciado-un-efecto-domino-quien-reparte-sus-paquetes-tambien-anuncia-30-000-despidos' });
    expect(r.analysis.label).toBe('ai_layoff');
    expect(r.analysis.companies[0]).toMatchObject({ id: 'amazon', role: 'cutting', how: 'opening' });
    expect(r.views).toEqual([]);
    expect(buildPageResult({ kind: 'news', text, title: 'Amazon anuncia 30.000 despidos por la IA', url: 'https://news.example/a' }).views.map((v) => v.id)).toEqual(['amazon']);
  });

  it('takes an address to name the company found in the opening only where it names no other company of the page before it', () => {
    const text = "JPMorgan Chase et Goldman Sachs ont annoncé qu'elles allaient restreindre la croissance de leur effectif tout en déployant des systèmes d'IA. " +
      // A firm cut (yellow.com's "procéderait à des licenciements limités", a conditional, is a verdict for the model to weigh;
      // this test is of the address).
      "Le PDG de Goldman Sachs, David Solomon, a informé les employés que l'entreprise va supprimer 1 000 postes cette année dans le cadre d'une réorganisation axée sur l'IA.";
    const title = "Les grandes banques américaines ont dévoilé cette semaine leur intention de limiter les embauches et de restructurer leurs opérations autour de l'intelligence artificielle.";
    const at = (url: string) => buildPageResult({ kind: 'news', text, title, url });
    const led = at('https://yellow.com/fr/news/lia-reshape-la-banque-alors-que-jpmorgan-chase-et-goldman-sachs-réduisent-les-embauches');
    expect(led.analysis.companies[0]).toMatchObject({ id: 'goldman-sachs', role: 'cutting', how: 'opening' });
    expect(led.views).toEqual([]);
    expect(at('https://yellow.com/fr/news/goldman-sachs-et-jpmorgan-chase-reduisent-les-embauches').views.map((v) => v.id)).toEqual(['goldman-sachs']);
  });

  it('shows the figures of the only company a page names, found cutting in its opening under a headline naming no one', () => {
    const text = 'Atlassian has laid off 150 support staff in a pre-recorded video, saying AI now answers many of the questions they handled. The company did not say which offices were affected.';
    const r = buildPageResult(news('Brutal video tells workers they have been replaced with AI', text));
    expect(r.analysis.companies.map((c) => [c.id, c.role, c.how])).toEqual([['atlassian', 'cutting', 'opening']]);
    expect(r.views.map((v) => v.id)).toEqual(['atlassian']);
    // A second company up top leaves the cut to the headline to confirm.
    expect(buildPageResult(news('Brutal video tells workers they have been replaced with AI', text + ' Rival Salesforce has not said whether it will follow.')).views).toEqual([]);
  });

  it('names the brand a story names, as part of its owner, where the story never names the owner (techgolly.com)', () => {
    const text = 'TikTok is reducing its trust and safety unit as part of a global restructuring, with AI moderation now doing much of the work. Hundreds of moderators are affected.';
    const r = buildPageResult(news('TikTok lays off hundreds of content moderators as AI takes over', text));
    expect(r.views).toEqual([]);
    expect(r.unlisted).toMatchObject({ name: 'TikTok', parent: 'ByteDance' });
    // A story that names the owner is about the owner.
    expect(buildPageResult(news('ByteDance lays off hundreds of content moderators as AI takes over', `${text} ByteDance did not comment.`)).unlisted).toMatchObject({ name: 'ByteDance', parent: null });
  });

  it('takes a company named only further down as background, not as a rival for the cut, unless the page lists several', () => {
    // The shape of a clubic.com story: "Cela a le mérite d'être clair. Pinterest va licencier…", Duolingo in the body.
    const opening = 'Atlassian has laid off 150 support staff in a pre-recorded video, saying AI now answers many of the questions they handled. The company did not say which offices were affected. Staff were told on a call. The cuts fall in Sydney and Austin. Unions said they would respond.';
    const title = 'Brutal video tells workers they have been replaced with AI';
    const withBody = (body: string) => buildPageResult(news(title, `${opening} ${body}`));
    const one = withBody('Salesforce has said AI does half the work of its support staff.');
    expect(one.analysis.companies.map((c) => [c.id, c.role])).toEqual([['atlassian', 'cutting'], ['salesforce', 'mentioned']]);
    expect(one.views.map((v) => v.id)).toEqual(['atlassian']);
    // Two or more further down make a list (a tally of the year's cuts), which names no one cutter.
    expect(withBody('Salesforce has said AI does half the work of its support staff. Intel cut 5,000 factory jobs in the spring.').views).toEqual([]);
  });

  it("splits the company's layoffs on record at the story's date: the story's own cut is not an earlier one", () => {
    const r = buildPageResult(news('Amazon to cut about 14,000 corporate jobs as it bets on AI',
      'Amazon said on Oct. 28, 2025 that it will eliminate roughly 14,000 corporate jobs because AI lets it run leaner.'));
    expect(r.analysis.date).toBe('2025-10-28');
    const view = r.views.find((v) => v.id === 'amazon')!;
    const near = (d: string) => Math.abs(Date.parse(d) - Date.parse('2025-10-28')) <= 7 * 86_400_000;
    expect(view.history!.length).toBeGreaterThan(0);
    expect(view.history!.every((row) => row.date < '2025-10-21')).toBe(true);
    expect(view.laterHistory!.length).toBeGreaterThan(0);
    expect(view.laterHistory!.every((row) => row.date > '2025-11-04')).toBe(true);
    expect([...view.history!, ...view.laterHistory!].some((row) => near(row.date))).toBe(false);
  });

  it("takes a company's own memo to be about that company", () => {
    const r = buildPageResult({
      url: 'https://blog.dropbox.example/a', kind: 'memo', title: 'A message from Drew',
      text: "Team, today I'm sharing some difficult news. We're reducing the size of our workforce by about 16%, or roughly 500 people. The next phase of Dropbox needs a different mix of skills, above all in AI.",
    });
    expect(r.analysis.label).toBe('ai_layoff');
    expect(r.analysis.companies[0]).toMatchObject({ id: 'dropbox', role: 'cutting' });
    expect(r.views[0]?.layoff?.jobs).toBe(500);
  });
});
