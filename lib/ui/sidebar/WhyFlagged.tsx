// Why the page was flagged: the reasons, the sentences that decided it (each scrolls the page to
// itself), what the story says about the cuts, and any denial of the AI link, stated plainly.
import type { Analysis } from '../../detect/types';
import { useUi } from '../context';
import { LayoffFacts } from './LayoffFacts';

interface Props {
  analysis: Analysis;
  onEvidence(sentence: string): void;
}

export function WhyFlagged({ analysis, onEvidence }: Props) {
  const { t } = useUi();
  return (
    <section class="mdm-section mdm-why" aria-labelledby="mdm-why-title">
      <h3 class="mdm-section-title" id="mdm-why-title">
        {t('whyTitle')}
      </h3>
      {analysis.reasons.length > 0 && (
        <ul class="mdm-reasons">
          {analysis.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {analysis.evidence.length > 0 && (
        <ul class="mdm-evidence-list">
          {analysis.evidence.map((sentence) => (
            <li key={sentence}>
              <button
                type="button"
                class="mdm-evidence"
                data-testid="evidence"
                title={`${t('evidenceHint')}: ${sentence}`}
                onClick={() => onEvidence(sentence)}
              >
                “{sentence}”
              </button>
            </li>
          ))}
        </ul>
      )}
      <LayoffFacts
        title={t('pageLayoffTitle')}
        jobs={analysis.jobs?.count ?? null}
        share={analysis.jobs?.share ?? null}
        date={analysis.date}
        linkKind={analysis.attributedBy}
      />
      {analysis.denial && (
        <p class="mdm-denial" data-testid="denial">
          <strong>{t('denialLabel')}</strong> “{analysis.denial}”
        </p>
      )}
    </section>
  );
}
