// The towns, villages and suburbs of the OS Open Names gazetteer (SOURCE.md), indexed once by their
// folded words, and whether a council's area is wider than a town.
import { isKnownAreaName } from '../keep-terms';
import { tokenise } from '../text';
import { EXTRA_TOWNS } from './extra-towns';
import { GB_SETTLEMENTS } from './gb-settlements';
import { GB_SUBURBS } from './gb-suburbs';

export interface Gazetteer {
  /** Each listed name's words joined by single spaces. */
  names: ReadonlySet<string>;
  /** Each name's first word. */
  firsts: ReadonlySet<string>;
  /** The names that are only suburbs or districts, not towns or villages. */
  suburbs: ReadonlySet<string>;
}

let settlements: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  if (settlements) return settlements;
  const names = new Set<string>();
  const firsts = new Set<string>();
  const suburbs = new Set<string>();
  const add = (list: string, suburb: boolean) => {
    // "Lytham St Anne's" is also written "Lytham St Annes".
    const written = list.split('|');
    const plain = written.filter((n) => /'s\b/.test(n)).map((n) => n.replace(/'s\b/g, 's'));
    // "Clacton-on-Sea" is written "Clacton": a seaside town goes by its first words too.
    const short = written
      .map((n) => /^(.+?)[ -]on[ -]sea$/iu.exec(n)?.[1])
      .filter((n): n is string => n !== undefined);
    for (const name of [...written, ...plain, ...short]) {
      const keys = tokenise(name).map((token) => token.key);
      const key = keys.join(' ');
      if (suburb && !names.has(key)) suburbs.add(key);
      names.add(key);
      firsts.add(keys[0] ?? '');
    }
  };
  add(`${GB_SETTLEMENTS}|${EXTRA_TOWNS}`, false);
  add(GB_SUBURBS, true);
  settlements = { names, firsts, suburbs };
  return settlements;
}

/** True when a council's area is wider than a town (a county, region or country: "Wiltshire"). */
export function isWideArea(key: string): boolean {
  return isKnownAreaName(key) && !gazetteer().names.has(key);
}
