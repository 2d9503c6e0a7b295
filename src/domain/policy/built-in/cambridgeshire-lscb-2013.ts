// A built-in pack's own file, so that its guide's page loads this pack and no other.
import json from '../packs/cambridgeshire-lscb-2013.json';
import { builtInPack } from '../built-in-pack-load';

export const pack = builtInPack('cambridgeshire-lscb-2013.json', json);
