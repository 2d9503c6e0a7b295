// A built-in pack's own file, so that its guide's page loads this pack and no other.
import json from '../packs/unnamed-lscp-resolution-procedure.json';
import { builtInPack } from '../built-in-pack-load';

export const pack = builtInPack('unnamed-lscp-resolution-procedure.json', json);
