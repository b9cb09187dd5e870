/**
 * The actors of one article: every gazetteer name and person found, each
 * given an id and gathered with all the places the text names it, so a
 * surname, an acronym or a capital points at the same actor as the full name.
 */
import { gazetteer, type GazetteerEntry, type NameForm } from '@/domain/extract/gazetteer';
import { findPeople } from '@/domain/extract/people';
import type { ArticleLanguage, ProposedActor, TextSpan } from '@/domain/extract/proposal-model';
import type { Token } from '@/domain/extract/text-tokens';
import { createIdAllocator } from '@/domain/import/import-tools';
import type { ActorKind } from '@/domain/dataset/model';

/** One place the text names an actor. */
export interface ActorMention extends TextSpan {
  /** Token range of the mention (`last` exclusive). */
  readonly first: number;
  readonly last: number;
  readonly actor: string;
  readonly kind: ActorKind;
  /** How it names the actor: a name, an adjective ("Russian"), a capital ("Moskow"), or a person's name or title. */
  readonly form: NameForm | 'person';
}

interface Building {
  id: string;
  names: Record<string, string>;
  kind: ActorKind;
  country?: string;
  role?: string;
  affiliation?: string;
  mentions: TextSpan[];
  source: ProposedActor['source'];
}

/** The actors found in an article and their mentions. */
export class ActorRegistry {
  private readonly actors = new Map<string, Building>();
  /** Every mention, in text order. */
  readonly mentions: readonly ActorMention[];
  /** For a person, the id of the state or organisation of their title. */
  readonly affiliationOf = new Map<string, string>();

  constructor(
    text: string,
    tokens: readonly Token[],
    private readonly language: ArticleLanguage,
    speechWords: ReadonlySet<string>,
    excluded: (start: number, end: number) => boolean,
  ) {
    const places = gazetteer().find(text, tokens, language);
    const people = findPeople(text, tokens, places, language, speechWords);
    const mentions: ActorMention[] = [];
    const allocate = createIdAllocator(gazetteer().entries.keys());
    for (const place of places) {
      if (people.consumed.has(place) || excluded(place.start, place.end)) continue;
      this.addEntry(place.entry).mentions.push({ start: place.start, end: place.end });
      mentions.push({
        start: place.start,
        end: place.end,
        first: place.first,
        last: place.last,
        actor: place.entry.id,
        kind: place.entry.kind,
        form: place.form,
      });
    }
    const ids = new Map<object, string>();
    for (const mention of people.mentions) {
      if (excluded(mention.start, mention.end)) continue;
      const person = mention.person;
      let id = ids.get(person);
      if (id === undefined) {
        id = allocate(person.name, 'person');
        ids.set(person, id);
        const affiliation = person.affiliation ? this.addEntry(person.affiliation) : undefined;
        if (affiliation) this.affiliationOf.set(id, affiliation.id);
        this.actors.set(id, {
          id,
          names: { [language]: person.name },
          kind: 'person',
          ...(person.affiliation?.country ? { country: person.affiliation.country } : {}),
          ...(person.role ? { role: person.role } : {}),
          ...(affiliation ? { affiliation: affiliation.id } : {}),
          mentions: [],
          source: person.source,
        });
      }
      this.actors.get(id)?.mentions.push({ start: mention.start, end: mention.end });
      mentions.push({
        start: mention.start,
        end: mention.end,
        first: mention.first,
        last: mention.last,
        actor: id,
        kind: 'person',
        form: 'person',
      });
    }
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    this.mentions = mentions;
  }

  private addEntry(entry: GazetteerEntry): Building {
    let actor = this.actors.get(entry.id);
    if (!actor) {
      actor = {
        id: entry.id,
        names: { ...entry.names },
        kind: entry.kind,
        ...(entry.country ? { country: entry.country } : {}),
        mentions: [],
        source: 'gazetteer',
      };
      this.actors.set(entry.id, actor);
    }
    return actor;
  }

  /** Adds a gazetteer actor the text does not name (the protesters of a protest); returns its id, or null when the gazetteer has no such entry. */
  ensure(id: string): string | null {
    const entry = gazetteer().entries.get(id);
    return entry ? this.addEntry(entry).id : null;
  }

  /** The kind of an actor, or undefined when the id is unknown. */
  kindOf(id: string): ActorKind | undefined {
    return this.actors.get(id)?.kind;
  }

  /** The actors to hand out: those named outside the furniture, those a proposal uses, and the states and organisations their people act for. */
  list(used: ReadonlySet<string>): ProposedActor[] {
    const keep = new Set<string>();
    for (const actor of this.actors.values()) {
      if (actor.mentions.length > 0 || used.has(actor.id)) {
        keep.add(actor.id);
        if (actor.affiliation) keep.add(actor.affiliation);
      }
    }
    return [...this.actors.values()]
      .filter((actor) => keep.has(actor.id))
      .map((actor) => ({
        id: actor.id,
        name: actor.names[this.language] ?? Object.values(actor.names)[0] ?? actor.id,
        names: actor.names,
        kind: actor.kind,
        ...(actor.country ? { country: actor.country } : {}),
        ...(actor.role ? { role: actor.role } : {}),
        ...(actor.affiliation ? { affiliation: actor.affiliation } : {}),
        mentions: [...actor.mentions].sort((a, b) => a.start - b.start),
        source: actor.source,
      }));
  }

  /** The short name a title uses for an actor: a person's surname, otherwise the name in the article's language. */
  shortName(id: string): string {
    const actor = this.actors.get(id);
    if (!actor) return id;
    const name = actor.names[this.language] ?? Object.values(actor.names)[0] ?? id;
    return actor.kind === 'person' ? (name.split(/\s+/u).pop() ?? name) : name;
  }
}
