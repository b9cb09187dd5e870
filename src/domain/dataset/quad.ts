/**
 * PLOVER quad classes: whether an event type is verbal or material,
 * cooperative or conflictual (DATA-FORMAT.md, "Event types").
 */
import type { EventType, QuadClass } from '@/domain/dataset/model';

// Keyed by the closed `EventType` union, never by data from a file, so a
// plain object is safe here.
const QUAD_OF_TYPE: Readonly<Record<EventType, QuadClass>> = {
  AGREE: 'verbal-cooperation',
  CONSULT: 'verbal-cooperation',
  SUPPORT: 'verbal-cooperation',
  CONCEDE: 'verbal-cooperation',
  COOPERATE: 'material-cooperation',
  AID: 'material-cooperation',
  RETREAT: 'material-cooperation',
  REQUEST: 'verbal-conflict',
  ACCUSE: 'verbal-conflict',
  REJECT: 'verbal-conflict',
  THREATEN: 'verbal-conflict',
  PROTEST: 'material-conflict',
  SANCTION: 'material-conflict',
  MOBILIZE: 'material-conflict',
  COERCE: 'material-conflict',
  ASSAULT: 'material-conflict',
  STATEMENT: 'none',
};

/** The quad class of an event type; `STATEMENT` is `none`. */
export function quadClassOf(type: EventType): QuadClass {
  return QUAD_OF_TYPE[type];
}
