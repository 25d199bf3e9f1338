// "Copy as image" and "Save image": the company's card as a PNG, wide or square. Copying falls
// back to saving when the browser or the page will not take an image on the clipboard, and says so.
import { createContext } from 'preact';
import { useContext, useRef, useState } from 'preact/hooks';
import type { CompanyView } from '../../math/types';
import { useUi } from '../context';
import { browserShare, type ShareActions } from './browser-share';
import { cardModel } from './card-model';
import { cardSvg, type CardShape } from './card-svg';

/** The browser's clipboard, canvas and downloads; tests provide their own. */
export const ShareContext = createContext<ShareActions>(browserShare);

type Status = 'idle' | 'working' | 'copied' | 'saved' | 'copyFellBack' | 'failed';

const STATUS_KEYS: Record<Exclude<Status, 'idle'>, string> = {
  working: 'shareWorking',
  copied: 'shareCopied',
  saved: 'shareSaved',
  copyFellBack: 'shareCopyFellBack',
  failed: 'shareFailed',
};

const SHAPES: CardShape[] = ['wide', 'square'];

export function ShareButtons({ view }: { view: CompanyView }) {
  const { t, locale } = useUi();
  const actions = useContext(ShareContext);
  const [shape, setShape] = useState<CardShape>('wide');
  const [status, setStatus] = useState<Status>('idle');
  const root = useRef<HTMLElement>(null);
  // A second press while the image is being made is ignored (a disabled button would drop the focus).
  const busy = useRef(false);
  const fileName = `math-doesnt-math-${view.id.replace(/[^a-z0-9-]/gi, '') || 'company'}-${shape}.png`;

  const png = (): Promise<Blob> => {
    try {
      const model = cardModel(view, t, locale);
      const card = cardSvg(model, shape, actions.theme(), actions.measure);
      const text = { Title: `${model.company}: ${model.kicker}`, Description: card.text.join('\n'), Software: model.extName };
      return actions.render(card, text, locale);
    } catch (error) {
      return Promise.reject(error);
    }
  };

  const saveOr = async (image: Promise<Blob>, done: Status) => {
    try {
      actions.save(await image, fileName, root.current ?? document.body);
      setStatus(done);
    } catch {
      setStatus('failed');
    }
  };

  const once = (work: () => Promise<void>) => async () => {
    if (busy.current) return;
    busy.current = true;
    setStatus('working');
    try {
      await work();
    } finally {
      busy.current = false;
    }
  };

  const copy = once(async () => {
    const image = png();
    image.catch(() => undefined); // handled below, whichever way the copy goes
    try {
      await actions.copy(image);
      setStatus('copied');
    } catch {
      await saveOr(image, 'copyFellBack');
    }
  });

  const save = once(() => saveOr(png(), 'saved'));

  const group = `mdm-share-${view.id}`;
  return (
    <section class="mdm-share" aria-labelledby={`${group}-title`} ref={root} data-testid="share">
      <h4 class="mdm-section-title" id={`${group}-title`}>
        {t('shareTitle')}
      </h4>
      <fieldset class="mdm-share-shape">
        <legend>{t('shareShape')}</legend>
        {SHAPES.map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={`${group}-shape`}
              value={value}
              data-testid={`share-shape-${value}`}
              checked={shape === value}
              onChange={() => setShape(value)}
            />
            {t(value === 'wide' ? 'shareShapeWide' : 'shareShapeSquare')}
          </label>
        ))}
      </fieldset>
      <div class="mdm-share-actions">
        <button type="button" class="mdm-button" data-testid="share-copy" onClick={copy}>
          {t('shareCopy')}
        </button>
        <button type="button" class="mdm-button" data-testid="share-save" onClick={save}>
          {t('shareSave')}
        </button>
      </div>
      <p class="mdm-share-status" role="status" data-testid="share-status" data-status={status}>
        {status === 'idle' ? '' : t(STATUS_KEYS[status])}
      </p>
    </section>
  );
}
