/** The fictional actors of a synthetic dataset, with their activity weights. */
import type { RawDataset } from '@/domain/dataset/schema';
import type { ActorKind } from '@/domain/dataset/model';
import { pick, weighted, type Random } from '@/domain/generate/random';
import { GROUPS, ORGANIZATIONS, ROLES, STATE_ENDINGS, SYLLABLES, type Pair } from '@/domain/generate/vocabulary';

/** Builds the fictional actors and their activity weights (1/rank); states get user-assigned ISO codes (XAA–XZZ), so no real country is implied. */
export function createActors(count: number, random: Random): { actors: RawDataset['actors']; weights: number[] } {
  const used = new Set<string>();
  // A new word, unused unless `fresh` is false (first names may repeat, as they do).
  const word = (syllables: number, fresh = true): string => {
    for (let attempt = 0; ; attempt += 1) {
      let w = '';
      for (let i = 0; i < syllables + (attempt > 20 ? 1 : 0); i += 1) w += pick(SYLLABLES, random);
      w = w.charAt(0).toUpperCase() + w.slice(1);
      if (!fresh) return w;
      if (!used.has(w)) return (used.add(w), w);
    }
  };
  // Names of organizations and groups are built from other names; retry with a fresh root until unused.
  const unique = (make: (root: string) => Pair, root: string): Pair => {
    let pair = make(root);
    while (used.has(pair[0])) pair = make(word(2));
    used.add(pair[0]);
    return pair;
  };
  const states = Math.min(Math.max(1, Math.round(count * 0.12)), 250, count);
  const persons = Math.round((count - states) * 0.5);
  const organizations = Math.round((count - states) * 0.25);
  const codes = Array.from(
    { length: 676 },
    (_, i) => `X${String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26))}`,
  );
  const stateWeights = weighted(Array.from({ length: states }, (_, i) => 1 / (i + 1)));
  const ids = new Set<string>();
  const actors: RawDataset['actors'] = [];
  const add = (kind: ActorKind, [en, id]: Pair, extra: object = {}): void => {
    const base =
      en
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 56) || 'actor';
    let slug = base;
    for (let n = 2; ids.has(slug); n += 1) slug = `${base}-${n}`;
    ids.add(slug);
    actors.push({ id: slug, name: { en, id }, kind, ...extra });
  };
  for (let i = 0; i < states; i += 1) {
    const [name] = unique((stem) => {
      const ending = pick(STATE_ENDINGS, random);
      const joined = /[aeiou]$/.test(stem) && /^[aeiou]/.test(ending) ? stem.slice(0, -1) + ending : stem + ending;
      return [joined, joined];
    }, word(2));
    const j = i + Math.floor(random() * (codes.length - i));
    [codes[i], codes[j]] = [codes[j] as string, codes[i] as string];
    add('state', [name, name], { country: codes[i] });
  }
  for (let i = states; i < count; i += 1) {
    const state = actors[stateWeights(random)];
    const stateName = state?.name.en ?? '';
    const country = state?.country;
    if (i < states + persons) {
      const [role, peran] = pick(ROLES, random);
      const [name] = unique((last) => [`${word(2, false)} ${last}`, ''], word(2));
      add('person', [name, name], {
        country,
        affiliation: state?.id,
        role: { en: `${role} of ${stateName}`, id: `${peran} ${stateName}` },
      });
    } else if (i < states + persons + organizations) {
      const [en, id] = pick(ORGANIZATIONS, random);
      const national = random() < 0.5;
      add(
        'organization',
        unique((root) => [en.replace('{R}', root), id.replace('{R}', root)], national ? stateName : word(2)),
        national ? { country } : {},
      );
    } else {
      const [en, id] = pick(GROUPS, random);
      add(
        'group',
        unique((root) => [en.replace('{S}', root), id.replace('{S}', root)], stateName),
        { country },
      );
    }
  }
  // Popularity rank: states tend to lead, groups to trail; activity falls off as 1/rank.
  const bias: Record<ActorKind, number> = { state: 0.25, organization: 0.8, person: 1, group: 1.3 };
  const keys = actors.map((a) => random() * bias[a.kind]);
  const order = keys.map((_, i) => i).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
  const weights: number[] = new Array<number>(count).fill(0);
  order.forEach((actor, rank) => (weights[actor] = 1 / (rank + 1)));
  return { actors, weights };
}
