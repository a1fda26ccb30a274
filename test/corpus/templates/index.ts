import { HOFU } from './hofu';
import { KITAKYUSHU } from './kitakyushu';
import { KOGANEI } from './koganei';
import { SAPPORO } from './sapporo';
import type { Template } from './template';
import { YOKOHAMA } from './yokohama';

export type { Template } from './template';
export const TEMPLATES: readonly Template[] = [HOFU, KOGANEI, YOKOHAMA, SAPPORO, KITAKYUSHU];
