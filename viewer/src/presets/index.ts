/** The presets, in the order of their buttons. Add one by adding a file and a line here. */
import { projectEnterprise } from './project-enterprise.ts';
import { sharedInitiatives } from './shared-initiatives.ts';
import type { Preset } from './types.ts';
import { whosWho } from './whos-who.ts';

export const PRESETS: Preset[] = [projectEnterprise, sharedInitiatives, whosWho];

export function findPreset(id: string | null): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}

export type { Preset, PresetResult, RankedItem, PresetContext } from './types.ts';
