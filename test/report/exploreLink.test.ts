/** The reports' link to the explorer: relative, in the page's own URL format, with the report's overrides. */
import { describe, expect, it } from 'vitest';
import { exploreLink } from '../../src/report/exploreLink.js';
import { readUrlState } from '../../src/report/exploreUrl.js';
import { loadScenario } from '../../src/scenarios/index.js';

describe('exploreLink', () => {
  it('opens <out>/explore/<name>.html on the report’s seed, run, runs and overrides', () => {
    const scenario = loadScenario('scenarios/durand-line-2025.yaml', { set: ['spoilers.ttp.hazard=0.3'], days: 120 });
    const link = exploreLink(scenario, { seed: 'a b&c', runIndex: 7, runs: 250 });
    const [path, hash] = link.href.split('#');
    expect(path).toBe('../../explore/durand-line-2025.html');
    expect(readUrlState(`#${hash}`)).toEqual({ seed: 'a b&c', runIndex: '7', runs: '250', set: ['spoilers.ttp.hazard=0.3', 'days=120'] });
    expect(link.command).toBe('brink explore scenarios/durand-line-2025.yaml');
  });

  it('gives a run report the explorer’s default count, and quotes a file name the shell would split', () => {
    const scenario = { ...loadScenario('scenarios/durand-line-2025.yaml'), file: "my scenarios/it's.yaml" };
    const link = exploreLink(scenario, { seed: 's', runIndex: 0 });
    expect(readUrlState(`#${link.href.split('#')[1]}`)).toEqual({ seed: 's', runIndex: '0', runs: String(Math.min(scenario.info.runs, 1000)), set: [] });
    expect(link.command).toBe(`brink explore 'my scenarios/it'\\''s.yaml'`);
  });
});
