// The cuts in a few plain facts: how many jobs, when, and who tied them to AI.
import type { AiLinkKind, Source } from '../../data/types';
import { useUi } from '../context';
import { layoffFactTexts, type LayoffSize } from '../layoff-facts';
import { SourceLink } from './SourceLink';

/** The cut's size and date as lib/ui/layoff-facts.ts says them, with who tied it to AI. */
export interface LayoffFactsProps extends LayoffSize {
  title: string;
  linkKind?: AiLinkKind | string | null;
  /** The sentence that says who tied the cuts to AI, when known. */
  link?: string;
  source?: Source;
}

const LINK_KINDS: readonly string[] = ['company', 'executive', 'reporting', 'denied'] satisfies AiLinkKind[];

export function LayoffFacts({ title, jobs, bound, max, share, shareBound, date, linkKind, link, source }: LayoffFactsProps) {
  const { t, locale } = useUi();
  const facts = layoffFactTexts({ jobs, bound, max, share, shareBound, date }, t, locale);
  const who = link ?? (linkKind && LINK_KINDS.includes(linkKind) ? t(`attributed_${linkKind}`) : null);
  if (facts.length === 0 && !who) return null;
  return (
    <section class="mdm-section mdm-layoff" aria-label={title}>
      <h4 class="mdm-section-title">{title}</h4>
      {facts.length > 0 && <p class="mdm-facts">{facts.join(' · ')}</p>}
      {who && <p>{who}</p>}
      {source && (
        <p>
          <SourceLink source={source} testId="layoff-source" />
        </p>
      )}
    </section>
  );
}
