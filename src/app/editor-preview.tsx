import { Panel } from '@/components/panel';
import { useSettled } from '@/components/use-settled';
import type { Dataset } from '@/domain/dataset/model';
import { useT } from '@/store/use-t';
import { TimelineView } from '@/views/timeline/timeline-view';
import { LazyGraphView } from '@/app/lazy-graph';
import { LazyMapView } from '@/app/lazy-map';

/** How long typing must pause before the preview draws the new version, ms: it redraws at each pause, not at each key. */
const PREVIEW_SETTLE_MS = 250;

/**
 * The editor's live preview: the story's timeline and actor graph, the same views as the viewer's, compact,
 * and its map once the story has places (the map's code and boundaries load only then).
 */
export function EditorPreview({ dataset }: { readonly dataset: Dataset }) {
  const t = useT();
  const shown = useSettled(dataset, PREVIEW_SETTLE_MS);
  const failed = (message: string) => t('panelFailed', { message });
  return (
    <div className="ed-preview">
      <Panel id="timeline" title={t('timelineHeading')} failedText={failed} className="panel-timeline">
        <TimelineView dataset={shown} />
      </Panel>
      <Panel id="graph" title={t('graphHeading')} failedText={failed} className="panel-graph">
        <LazyGraphView dataset={shown} compact />
      </Panel>
      {(shown.places?.length ?? 0) > 0 && (
        <Panel id="map" title={t('mapHeading')} failedText={failed} className="panel-map">
          <LazyMapView dataset={shown} compact />
        </Panel>
      )}
    </div>
  );
}
