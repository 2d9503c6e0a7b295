// A built-in pack's own file, so that its guide's page loads this pack and no other.
import json from '../packs/lincolnshire-scb-2010.json';
import { builtInPack } from '../built-in-pack-load';

export const pack = builtInPack('lincolnshire-scb-2010.json', json);
