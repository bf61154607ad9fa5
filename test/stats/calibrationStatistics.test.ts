/** The statistics behind check and calibrate, against values known or computed another way. */
import { describe, expect, it } from 'vitest';
import { Stream } from '../../src/model/index.js';
import { clusterBootstrap, logLogTailFit, wilsonInterval } from '../../src/stats/index.js';

const uniforms = (key: string) => {
  const stream = new Stream(key);
  return () => stream.next();
};

describe('logLogTailFit', () => {
  it('equals R² computed by hand on the log–log CCDF points', () => {
    // 2^(11−k) copies of 2^k: the median is 1, so the tail is everything; P(X ≥ 2^k) = (2^(12−k) − 1)/(2^12 − 1).
    const values: number[] = [];
    for (let k = 0; k < 12; k += 1) for (let n = 0; n < 2 ** (11 - k); n += 1) values.push(2 ** k);
    const xs = Array.from({ length: 12 }, (_, k) => k * Math.log10(2));
    const ys = Array.from({ length: 12 }, (_, k) => Math.log10((2 ** (12 - k) - 1) / (2 ** 12 - 1)));
    const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
    const [mx, my] = [mean(xs), mean(ys)];
    const sxy = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0);
    const sxx = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
    const syy = ys.reduce((s, y) => s + (y - my) ** 2, 0);
    const fit = logLogTailFit(values, 1);
    expect(fit.rSquared).toBeCloseTo((sxy * sxy) / (sxx * syy), 10);
    expect(fit.rSquared).toBeGreaterThan(0.99);
    expect(fit.decades).toBeCloseTo(Math.log10(2 ** 11), 12);
    expect(fit.points).toBe(12);
  });

  it('scores a Pareto sample high and gives 0 to a tail shorter than minDecades', () => {
    const random = uniforms('pareto');
    const pareto = Array.from({ length: 5000 }, () => (1 - random()) ** (-1 / 1.5));
    expect(logLogTailFit(pareto, 1).rSquared).toBeGreaterThan(0.95);
    const narrow = Array.from({ length: 5000 }, () => 10 + random());
    expect(logLogTailFit(narrow, 1)).toMatchObject({ rSquared: 0 });
  });
});

describe('clusterBootstrap', () => {
  it('is reproducible from its stream and covers the true proportion about 95% of the time', () => {
    const p = 0.3;
    let covered = 0;
    const experiments = 200;
    for (let e = 0; e < experiments; e += 1) {
      const data = uniforms(`data/${e}`);
      // 100 clusters (runs) of 5 Bernoulli trials each.
      const hits = Array.from({ length: 100 }, () => Array.from({ length: 5 }, () => (data() < p ? 1 : 0)).reduce<number>((a, b) => a + b, 0));
      const share = (chosen: Uint32Array) => Array.from(chosen, (i) => hits[i]!).reduce((a, b) => a + b, 0) / (5 * chosen.length);
      const interval = clusterBootstrap(100, share, { replicates: 300, random: uniforms(`boot/${e}`) });
      if (interval.lower! <= p && p <= interval.upper!) covered += 1;
      if (e === 0) expect(clusterBootstrap(100, share, { replicates: 300, random: uniforms('boot/0') })).toEqual(interval);
    }
    expect(covered / experiments).toBeGreaterThan(0.88);
    expect(covered / experiments).toBeLessThan(0.99);
  });

  it('is about as wide as a Wilson interval when clusters are single trials', () => {
    const data = uniforms('wilson');
    const trials = Array.from({ length: 400 }, () => (data() < 0.4 ? 1 : 0));
    const k = trials.reduce<number>((a, b) => a + b, 0);
    const boot = clusterBootstrap(400, (chosen) => Array.from(chosen, (i) => trials[i]!).reduce<number>((a, b) => a + b, 0) / chosen.length, {
      replicates: 2000,
      random: uniforms('wilson-boot'),
    });
    const wilson = wilsonInterval(k, 400);
    expect(Math.abs(boot.lower! - wilson.lower!)).toBeLessThan(0.01);
    expect(Math.abs(boot.upper! - wilson.upper!)).toBeLessThan(0.01);
  });
});
