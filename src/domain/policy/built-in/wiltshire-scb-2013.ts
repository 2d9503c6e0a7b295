// A built-in pack's own file, so that its guide's page loads this pack and no other.
import json from '../packs/wiltshire-scb-2013.json';
import { builtInPack } from '../built-in-pack-load';

export const pack = builtInPack('wiltshire-scb-2013.json', json);
