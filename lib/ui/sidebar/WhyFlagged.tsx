// Why the page was flagged. A denial of the AI link comes first, as a denial: nothing that ties the
// cuts to AI is put above it, and its sentence is not offered as a quote for the verdict. Then the
// reasons, the sentences that decided it (each scrolls the page to itself), and what the story says
// about the cuts.
import type { Analysis } from '../../detect/types';
import { useUi } from '../context';
import { evidenceQuotes, quoted } from './evidence';
import { LayoffFacts } from './LayoffFacts';

interface Props {
  analysis: Analysis;
  /** Whether to state what the story says about the cuts here (else a company panel does). */
  facts: boolean;
  /** Whether to give the story's count and share here (not when the company panel repeats them). */
  counts: boolean;
  onEvidence(sentence: string): void;
}

export function WhyFlagged({ analysis, facts, counts, onEvidence }: Props) {
  const { t } = useUi();
  const denied = analysis.denial !== null || analysis.attributedBy === 'denied';
  const quotes = evidenceQuotes(analysis.evidence, analysis.denial);
  return (
    <section class="mdm-section mdm-why" aria-labelledby="mdm-why-title">
      <h3 class="mdm-section-title" id="mdm-why-title">
        {t('whyTitle')}
      </h3>
      {denied && (
        <p class="mdm-denial" data-testid="denial">
          <strong>{t('denialLabel')}</strong> {analysis.denial ? quoted(analysis.denial) : t('attributed_denied')}
        </p>
      )}
      {analysis.reasons.length > 0 && (
        <ul class="mdm-reasons">
          {analysis.reasons.map((reason) => (
            <li key={reason}>{t(`reason_${reason}`)}</li>
          ))}
        </ul>
      )}
      {quotes.length > 0 && (
        <ul class="mdm-evidence-list">
          {quotes.map((sentence) => (
            <li key={sentence}>
              <button
                type="button"
                class="mdm-evidence"
                data-testid="evidence"
                title={`${t('evidenceHint')}: ${sentence}`}
                onClick={() => onEvidence(sentence)}
              >
                <span class="mdm-evidence-text">{quoted(sentence)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {facts && (
        <LayoffFacts
          title={t('pageLayoffTitle')}
          jobs={counts ? (analysis.jobs?.count ?? null) : null}
          bound={analysis.jobs?.bound}
          max={analysis.jobs?.max}
          share={counts ? (analysis.jobs?.share ?? null) : null}
          shareBound={analysis.jobs?.shareBound}
          date={analysis.date}
          linkKind={analysis.attributedBy === 'denied' ? null : analysis.attributedBy}
        />
      )}
    </section>
  );
}
