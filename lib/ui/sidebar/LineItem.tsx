// One counterpoint line: the figure, what it means, whether it is reported or derived, where it
// comes from, and (on request) how it was worked out.
import type { ReportedInput, CounterpointLine } from '../../math/types';
import { formatPeriod } from '../../math/format';
import { useUi } from '../context';
import { lineValueText } from '../line-value';
import { SourceLink } from './SourceLink';
import { formatInput, inputPeriod } from './format-input';

export function LineItem({ line }: { line: CounterpointLine }) {
  const { t, locale, say } = useUi();
  const value = lineValueText(line, locale);
  // One link per document: two figures from the same 10-K need one link, not two.
  const sources = [...new Map(line.inputs.map((input) => [input.source.url, input])).values()];

  return (
    <li class="mdm-line" data-testid="line" data-line={line.id}>
      <p class="mdm-line-value">{value}</p>
      <p class="mdm-line-label">{say(line.label)}</p>
      {/* A caveat changes how the figure reads: it is shown with it, not behind "How we got this". */}
      {line.caveats && (
        <p class="mdm-caveat" data-testid="caveat">
          <span class="mdm-term">{t('caveat')}:</span> {line.caveats.map(say).join(' ')}
        </p>
      )}
      <p class="mdm-line-meta">
        <span class={`mdm-kind mdm-kind-${line.kind}`} title={t(`kindHint_${line.kind}`)}>
          {t(`kind_${line.kind}`)}
        </span>
        {sources.map((input) => (
          <SourceLink key={input.source.url} source={input.source} detail={inputPeriod(input.period, t, locale)} />
        ))}
      </p>
      <details class="mdm-line-details">
        <summary>{t('details')}</summary>
        {line.formula && (
          <p>
            <span class="mdm-term">{t('formula')}:</span> {say(line.formula)}
          </p>
        )}
        {line.inputs.length > 0 && (
          <>
            <p class="mdm-term">{t('inputs')}</p>
            <ul class="mdm-inputs">
              {line.inputs.map((input) => (
                <InputItem key={`${input.label.key}|${input.period}|${input.source.url}`} input={input} />
              ))}
            </ul>
          </>
        )}
      </details>
    </li>
  );
}

function InputItem({ input }: { input: ReportedInput }) {
  const { t, locale, say } = useUi();
  return (
    <li>
      {say(input.label)}: <strong>{formatInput(input, locale)}</strong> ({inputPeriod(input.period, t, locale)}){' '}
      <SourceLink source={input.source} testId="input-source" />
      {input.source.snippet && <blockquote class="mdm-snippet">“{input.source.snippet}”</blockquote>}
      <span class="mdm-retrieved">{t('retrieved', formatPeriod(input.source.retrieved, locale))}</span>
    </li>
  );
}
