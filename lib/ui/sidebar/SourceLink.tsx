// A link to the page a figure was read from. Hovering shows the words on that page that state it.
import type { Source } from '../../data/types';
import { useUi } from '../context';

interface Props {
  source: Source;
  /** What tells this source apart from its neighbours: the figure's period, or the site. */
  detail?: string;
  testId?: string;
}

// Message names allow only letters, digits and "_": "press-release" → "sourceKind_press_release".
export const kindKey = (kind: string) => `sourceKind_${kind.replace(/[^A-Za-z0-9]/g, '_')}`;

export function SourceLink({ source, detail, testId = 'source' }: Props) {
  const { t } = useUi();
  const kind = t(kindKey(source.kind)) || source.kind;
  return (
    <a
      class="mdm-source"
      data-testid={testId}
      href={source.url}
      target="_blank"
      rel="noopener noreferrer"
      title={source.snippet}
    >
      {detail ? t('sourceLinkInput', [kind, detail]) : t('sourceLink', kind)}
      <span class="mdm-sr-only"> {t('newTab')}</span>
    </a>
  );
}
