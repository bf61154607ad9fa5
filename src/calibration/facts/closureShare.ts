/** Share of runs in which the border (crossings, airspace, trade links) closes at all. Counts [closed, 1]. */
import { countsOf, type Observer } from './observation.js';

export const closureShare: Observer = (run) => countsOf(run.records.borderClosed.some((c) => c === 1) ? 1 : 0, 1);
