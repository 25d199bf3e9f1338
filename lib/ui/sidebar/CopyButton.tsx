// "Copy the counterpoint", with a confirmation that sighted and screen-reader users both get.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useUi } from '../context';

const CONFIRM_MS = 2500;

interface Props {
  getText(): string;
  onCopy(text: string): Promise<void>;
}

export function CopyButton({ getText, onCopy }: Props) {
  const { t } = useUi();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = async () => {
    clearTimeout(timer.current);
    try {
      await onCopy(getText());
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    timer.current = setTimeout(() => setStatus('idle'), CONFIRM_MS);
  };

  return (
    <div class="mdm-copy">
      <button type="button" class="mdm-button mdm-button-primary" data-testid="copy" onClick={copy}>
        {t('copy')}
      </button>
      <span class={`mdm-copy-status mdm-copy-${status}`} role="status" data-testid="copy-status">
        {status === 'copied' ? t('copied') : status === 'failed' ? t('copyFailed') : ''}
      </span>
    </div>
  );
}
