// A built-in pack's own file, so that its guide's page loads this pack and no other.
import json from '../packs/south-tyneside-joint-2024.json';
import { builtInPack } from '../built-in-pack-load';

export const pack = builtInPack('south-tyneside-joint-2024.json', json);
