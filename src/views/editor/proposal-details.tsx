/**
 * What one proposal says and why: its date (EDTF, read in the interface
 * language, the words of the text and the basis), who acts and towards
 * whom, its type or "type needed", its title in each of the story's
 * languages (the ones still to write marked missing), the cues that made
 * it, and the source text with its evidence and cues marked, scrolled to
 * the evidence.
 */
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { quadClassOf } from '@/domain/dataset/quad';
import { parseEdtfDate } from '@/domain/dates/edtf';
import { formatDateSpan, formatInstant } from '@/domain/dates/format-date';
import type { CueKind, EventProposal, ProposedActor } from '@/domain/extract/proposal-model';
import { highlightSegments, type HighlightSegment } from '@/domain/review/highlight';
import type { Review } from '@/domain/review/review-model';
import { useT } from '@/store/use-t';
import { useEditor } from '@/views/editor/editor-context';
import { languageName } from '@/views/editor/fields';

/** Neighbouring stretches of the text that are all evidence, or all not, so each piece of evidence is one mark. */
function evidenceRuns(segments: readonly HighlightSegment[]) {
  const runs: { start: number; evidence: boolean; segments: HighlightSegment[] }[] = [];
  for (const s of segments) {
    const last = runs[runs.length - 1];
    if (last && last.evidence === s.evidence) last.segments.push(s);
    else runs.push({ start: s.start, evidence: s.evidence, segments: [s] });
  }
  return runs;
}

/** The proposal's date read in the interface language ("20–26 June 2022"), or null when it cannot be read yet. */
export function useDateReading(): (date: string) => string | null {
  const { language } = useEditor();
  const t = useT();
  const words = { approximate: t('approximate'), before: t('dateUntil'), after: t('dateFrom') };
  return (date: string) => {
    const parsed = date === '' ? null : parseEdtfDate(date);
    return parsed?.ok ? formatDateSpan(parsed.span, language, words) : null;
  };
}

/** One term and its description, grouped as a list of descriptions allows. */
function Fact({ term, children }: { readonly term: string; readonly children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function actorLabel(actor: ProposedActor | undefined, id: string): string {
  if (!actor) return id;
  return actor.role ? `${actor.name} (${actor.role})` : actor.name;
}

/** The details of `proposal`, whose evidence indexes into the text of `review`. */
export function ProposalDetails({ review, proposal }: { readonly review: Review; readonly proposal: EventProposal }) {
  const { draft, t: et, language } = useEditor();
  const t = useT();
  const readDate = useDateReading();
  const textBox = useRef<HTMLDivElement>(null);
  const { extraction } = review;
  const actors = new Map(review.actors.map((a) => [a.id, a]));
  const names = (ids: readonly string[]) =>
    ids.length === 0 ? et('proposalNobody') : ids.map((id) => actorLabel(actors.get(id), id)).join('; ');
  const published = parseEdtfDate(extraction.published);
  const publishedText = published.ok ? formatInstant(published.span.earliest, 'day', language) : extraction.published;
  const reading = readDate(proposal.date);
  const cueName = (kind: CueKind) => et(`cue_${kind}`);

  // The evidence is scrolled into view inside the text box, never by moving the page.
  useLayoutEffect(() => {
    const box = textBox.current;
    const mark = box?.querySelector<HTMLElement>('.ed-evidence');
    if (box && mark) box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
  }, [proposal.id]);

  const segments = highlightSegments(extraction.text.length, {
    furniture: extraction.furniture,
    evidence: proposal.evidence,
    cues: proposal.cues,
  });
  const runs = evidenceRuns(segments);
  const drawSegment = (s: HighlightSegment) => {
    const words = extraction.text.slice(s.start, s.end);
    // The cues' kinds are listed in words under "Why"; in the text they are marked by colour and line.
    const inner = s.cue ? <mark className={`ed-cue ed-cue-${s.cue.kind}`}>{words}</mark> : words;
    return (
      <span key={s.start} className={s.furniture ? 'ed-furniture' : undefined}>
        {inner}
      </span>
    );
  };
  return (
    <div className="ed-proposal">
      <dl className="ed-proposal-facts">
        <Fact term={et('proposalDate')}>
          {reading ? `${reading} (${proposal.date})` : proposal.date}
          {proposal.dateText !== '' && (
            <>
              <br />
              <span lang={extraction.language}>{et('proposalDateText', { text: proposal.dateText })}</span>
            </>
          )}
          <br />
          {proposal.dateBasis === 'stated'
            ? et('proposalBasis_stated')
            : et('proposalBasis_relative', { published: publishedText })}
        </Fact>
        <Fact term={et('proposalActors')}>{names(proposal.actors)}</Fact>
        <Fact term={et('proposalRecipients')}>{names(proposal.recipients)}</Fact>
        <Fact term={et('proposalType')}>
          {proposal.type ? (
            `${t(`type_${proposal.type}`)} (${t(`quad_${quadClassOf(proposal.type)}`)})`
          ) : (
            <strong className="ed-missing">{et('typeNeeded')}</strong>
          )}
        </Fact>
        {draft.story.locales.map((locale) => (
          <Fact key={locale} term={et('proposalTitle', { language: languageName(locale, language) })}>
            {locale === extraction.language ? (
              <span lang={locale}>{proposal.title}</span>
            ) : (
              <span className="ed-missing">{et('titleMissing')}</span>
            )}
          </Fact>
        ))}
        <Fact term={et('proposalCues')}>
          <ul className="ed-cues">
            {proposal.cues.map((cue) => (
              <li key={`${cue.start}-${cue.kind}`}>
                <mark className={`ed-cue ed-cue-${cue.kind}`} lang={extraction.language}>
                  {cue.text}
                </mark>{' '}
                {cueName(cue.kind)}
              </li>
            ))}
          </ul>
        </Fact>
      </dl>
      <h4 className="ed-proposal-evidence-heading">{et('proposalEvidence')}</h4>
      {proposal.evidence.map((e) => (
        <blockquote key={e.start} className="ed-proposal-quote" lang={extraction.language} dir="auto">
          {e.quote}
        </blockquote>
      ))}
      <div
        ref={textBox}
        className="ed-review-text"
        role="region"
        aria-label={et('evidenceText')}
        tabIndex={0}
        lang={extraction.language}
        dir="auto"
      >
        {runs.map((run) =>
          run.evidence ? (
            <mark key={run.start} className="ed-evidence">
              {run.segments.map(drawSegment)}
            </mark>
          ) : (
            run.segments.map(drawSegment)
          ),
        )}
      </div>
    </div>
  );
}
