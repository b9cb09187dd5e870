import { useEffect, useState } from 'react';
import type { TimelineEvent } from '@/domain/dataset/model';
import type { EventText } from '@/components/use-event-text';
import { selectAsOfStep } from '@/store/selectors';
import { useAppActions, useAppStore } from '@/store/store-context';
import type { Translate } from '@/store/use-t';

const STEP_MS = 1400;

/** "As of" mode: a scrubber over the events in time order and a play button that builds the network up step by step. */
export function AsOfControls({
  events,
  text,
  t,
}: {
  readonly events: readonly TimelineEvent[];
  readonly text: EventText;
  readonly t: Translate;
}) {
  const step = useAppStore(selectAsOfStep);
  const { setAsOfStep } = useAppActions();
  const [playing, setPlaying] = useState(false);
  const total = events.length;
  const current = step === null ? total : Math.min(step, total);

  useEffect(() => {
    if (!playing) return;
    if (step !== null && step >= total) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => setAsOfStep(step === null || step >= total ? 1 : step + 1), STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, step, total, setAsOfStep]);

  const event = current > 0 ? events[current - 1] : undefined;
  const valueText = event
    ? t('asOfValue', { step: current, total, date: text.date(event, 'short'), title: text.text(event.title) })
    : t('asOfNone', { total });
  return (
    <div className="as-of" role="group" aria-label={t('asOfHeading')}>
      <button
        type="button"
        aria-pressed={playing}
        onClick={() => {
          if (!playing && (step === null || step >= total)) setAsOfStep(0);
          setPlaying(!playing);
        }}
        disabled={total === 0}
      >
        {playing ? `❚❚ ${t('pause')}` : `▶ ${t('play')}`}
      </button>
      <label className="as-of-slider">
        <span>{t('asOfLabel')}</span>
        <input
          type="range"
          min={0}
          max={total}
          step={1}
          value={current}
          aria-valuetext={valueText}
          onChange={(e) => {
            setPlaying(false);
            setAsOfStep(Number(e.target.value));
          }}
        />
      </label>
      <span className="as-of-value" aria-hidden="true">
        {step === null
          ? t('asOfAll', { total })
          : `${current} / ${total}${event ? ` · ${text.date(event, 'short')}` : ''}`}
      </span>
      {step !== null && (
        <button
          type="button"
          onClick={() => {
            setPlaying(false);
            setAsOfStep(null);
          }}
        >
          {t('showAll')}
        </button>
      )}
    </div>
  );
}
