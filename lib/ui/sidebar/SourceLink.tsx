// A link to the page a figure was read from. Hovering shows the words on that page that state it.
import type { Source } from '../../data/types';
import { formatPeriod } from '../../math/format';
import { useUi } from '../context';

interface Props {
  source: Source;
  /** The period of the figure, when the link stands for one figure. */
  period?: string;
  testId?: string;
}

export function SourceLink({ source, period, testId = 'source' }: Props) {
  const { t, locale } = useUi();
  const text = period ? t('sourceLinkInput', [source.kind, formatPeriod(period, locale)]) : t('sourceLink', source.kind);
  return (
    <a
      class="mdm-source"
      data-testid={testId}
      href={source.url}
      target="_blank"
      rel="noopener noreferrer"
      title={source.snippet}
    >
      {text}
      <span class="mdm-sr-only"> {t('newTab')}</span>
    </a>
  );
}
