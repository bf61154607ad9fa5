/** The page's embedded starting point (written by `brink explore`). */
import type { ExploreData } from '../../commands/explore/page.js';

export type { ExploreData };

export function embeddedData(): ExploreData {
  const element = document.getElementById('brink-explore-data');
  if (element === null) throw new Error('the page has no embedded scenario (was it written by brink explore?)');
  return JSON.parse(element.textContent ?? '') as ExploreData;
}
