/**
 * Joins proposals that are one act told in neighbouring sentences: the same
 * actors on the same date with the same type (or one of them a bare
 * statement), as when a report gives a statement, then quotes it; and a
 * sentence that only says who spoke, with no date, joins the dated statement
 * next to it ("Presiden Rusia Vladimir Putin mengatakan, …" before "Putin pada
 * Jumat (1/7/2022) mengatakan, …"). What is still without a date is dropped:
 * the article does not say when it happened. A date after publication is
 * kept only when the text speaks of the future.
 */
import type { RawProposal } from '@/domain/extract/raw-proposal';

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function within(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && a.every((x) => b.includes(x));
}

/** Moves `other`'s evidence, cues and recipients into `target`. */
function absorb(target: RawProposal, other: RawProposal): void {
  target.sentences.push(...other.sentences);
  target.sentences.sort((a, b) => a - b);
  target.evidence = [...target.evidence, ...other.evidence].sort((a, b) => a.start - b.start);
  const cues = new Map([...target.cues, ...other.cues].map((c) => [`${c.kind}:${c.start}:${c.end}`, c]));
  target.cues = [...cues.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  target.recipients = [...new Set([...target.recipients, ...other.recipients])].filter(
    (id) => !target.actors.includes(id),
  );
  for (const name of other.context) target.context.add(name);
  if (target.statement && !other.statement) {
    target.type = other.type;
    target.statement = false;
    target.reasons.delete('type-statement');
    target.reasons.add('type-from-verb');
  }
  target.reasons.add('merged-sentences');
}

/** The proposals with neighbours joined and the unusable dropped (see the module comment); `published` is the publication day (UTC ms). */
export function mergeProposals(proposals: readonly RawProposal[], published: number | null): RawProposal[] {
  const perSentence = new Map<number, number>();
  for (const p of proposals) perSentence.set(p.sentences[0] ?? -1, (perSentence.get(p.sentences[0] ?? -1) ?? 0) + 1);
  const alone = (p: RawProposal) => p.sentences.every((s) => (perSentence.get(s) ?? 0) <= 1);
  const merged: RawProposal[] = [];
  for (const proposal of proposals) {
    const last = merged[merged.length - 1];
    const next =
      last &&
      alone(last) &&
      alone(proposal) &&
      proposal.sentences[0] === (last.sentences[last.sentences.length - 1] ?? -2) + 1;
    if (last && next) {
      const sameAct =
        last.date !== null &&
        proposal.date !== null &&
        last.date.edtf === proposal.date.edtf &&
        last.actors.length > 0 &&
        sameSet(last.actors, proposal.actors) &&
        (last.type === proposal.type || last.statement || proposal.statement);
      if (sameAct || (proposal.date === null && proposal.statement && within(proposal.actors, last.actors))) {
        absorb(last, proposal);
        continue;
      }
      if (last.date === null && last.statement && proposal.date !== null && within(last.actors, proposal.actors)) {
        absorb(proposal, last);
        merged[merged.length - 1] = proposal;
        continue;
      }
    }
    merged.push(proposal);
  }
  return merged.filter((p) => p.date !== null && (published === null || p.date.first <= published || p.future));
}
