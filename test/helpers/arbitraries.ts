/**
 * fast-check arbitraries of valid scenario documents: random parameters within their ranges,
 * random entities and random scripted events. One seed per property run, replayable.
 */
import fc from 'fast-check';

const STATE_IDS = ['north', 'south'] as const;

const probability = fc.double({ min: 0, max: 1, noNaN: true });

const stateArb = fc.record(
  {
    profile: fc.constantFrom('strong', 'weak'),
    capability: fc.double({ min: 0.05, max: 10, noNaN: true }),
    maxRung: fc.integer({ min: 0, max: 8 }),
    stepUp: fc.integer({ min: 1, max: 8 }),
    stepDown: fc.integer({ min: 1, max: 8 }),
    reactivity: fc.double({ min: 0, max: 5, noNaN: true }),
    restraint: fc.double({ min: 0, max: 2, noNaN: true }),
    grievanceBase: fc.double({ min: -1, max: 2, noNaN: true }),
    proportionality: fc.double({ min: 0, max: 10, noNaN: true }),
    tolerance: fc.double({ min: 0, max: 50, noNaN: true }),
    satisfaction: fc.double({ min: 0, max: 10, noNaN: true }),
    memory: probability,
    generosity: probability,
    tremble: probability,
    misreadProb: probability,
    attribution: probability,
    claimMedian: fc.double({ min: 1, max: 100, noNaN: true }),
    claimSigma: fc.double({ min: 0, max: 3, noNaN: true }),
    admitFactor: probability,
    exposure: fc.double({ min: 0, max: 5, noNaN: true }),
    audienceGrowth: fc.double({ min: 0, max: 2, noNaN: true }),
    audienceDecay: probability,
    faceSaving: probability,
    faceThreshold: fc.double({ min: 0.01, max: 10, noNaN: true }),
    ceasefireThreshold: fc.double({ min: 0, max: 20, noNaN: true }),
    resolve: probability,
    econPainPerDay: fc.double({ min: 0, max: 0.2, noNaN: true }),
    initialGrievance: fc.double({ min: -5, max: 100, noNaN: true }),
    initialHostility: fc.double({ min: 0, max: 5, noNaN: true }),
    responseLag: fc.double({ min: 0, max: 20, noNaN: true }),
    lagDispersion: fc.double({ min: 0.1, max: 50, noNaN: true }),
    mediationAcceptance: probability,
    initialRivalry: fc.double({ min: 0, max: 5, noNaN: true }),
  },
  { requiredKeys: ['profile'] },
);

const spoilerArb = fc.record({
  host: fc.constantFrom(...STATE_IDS),
  hazard: fc.double({ min: 0, max: 3, noNaN: true }),
  severityAlpha: fc.double({ min: 1, max: 10, noNaN: true }),
  severityMin: fc.double({ min: 0, max: 20, noNaN: true }),
  civilianShare: probability,
  talksBoost: fc.double({ min: 0, max: 3, noNaN: true }),
  suppression: probability,
  agreementSuppression: probability,
  degradation: probability,
  enragement: fc.double({ min: 0, max: 1, noNaN: true }),
  recoveryHalfLife: fc.double({ min: 1, max: 365, noNaN: true }),
});

const partyArb = fc.record(
  {
    leverage: fc.record({ north: probability, south: probability }, { requiredKeys: [] }),
    bias: fc.double({ min: -1, max: 1, noNaN: true }),
    leansToward: fc.constantFrom(...STATE_IDS),
    appealThreshold: fc.integer({ min: 0, max: 8 }),
    appealEvery: fc.integer({ min: 1, max: 10 }),
    appealDays: fc.integer({ min: 1, max: 10 }),
    appealWeight: fc.double({ min: 0, max: 3, noNaN: true }),
    canHost: fc.boolean(),
    offerAfterDays: fc.integer({ min: 0, max: 10 }),
  },
  { requiredKeys: ['leansToward'] },
);

const constantsArb = fc.record(
  {
    truceDays: fc.integer({ min: 1, max: 10 }),
    strainMax: fc.integer({ min: 0, max: 5 }),
    closeRung: fc.integer({ min: 0, max: 8 }),
    reopenAfter: fc.integer({ min: 0, max: 40 }),
    reopenDailyProb: probability,
    roundEvery: fc.integer({ min: 1, max: 15 }),
    maxRounds: fc.integer({ min: 0, max: 5 }),
    partialProb: probability,
    casualtyDistribution: fc.constantFrom('poisson', 'negativeBinomial'),
    dispersion: fc.double({ min: 0.1, max: 20, noNaN: true }),
    pressureWeight: fc.double({ min: 0, max: 50, noNaN: true }),
    dominanceRatio: fc.double({ min: 1, max: 5, noNaN: true }),
    rivalryHalfLife: fc.double({ min: 1, max: 720, noNaN: true }),
    strainHalfLife: fc.double({ min: 1, max: 120, noNaN: true }),
    seriousRung: fc.integer({ min: 0, max: 8 }),
    haltDays: fc.integer({ min: 1, max: 10 }),
    hotline: fc.boolean(),
    narrativeDecay: probability,
  },
  { requiredKeys: [] },
);

/** A whole valid scenario document (plain data, as a YAML file would hold). */
export const scenarioDocArb = fc
  .record({
    days: fc.integer({ min: 1, max: 120 }),
    north: stateArb,
    south: stateArb,
    spoilers: fc.array(spoilerArb, { maxLength: 2 }),
    parties: fc.array(partyArb, { maxLength: 3 }),
    constants: constantsArb,
    rawEvents: fc.array(
      fc.record({
        day: fc.nat(),
        kind: fc.constantFrom('spoilerAttack', 'setRung', 'appeal', 'offerMediation', 'border', 'ceasefire'),
        pick: fc.nat(),
        value: fc.nat({ max: 1000 }),
        flag: fc.boolean(),
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ days, north, south, spoilers, parties, constants, rawEvents }) => {
    const states: Record<string, Record<string, unknown>> = { north: { ...north }, south: { ...south } };
    const spoilerIds = spoilers.map((_, n) => `cell${n}`);
    const partyIds = parties.map((_, n) => `party${n}`);
    const maxRung = (id: string) => (states[id]!.maxRung as number | undefined) ?? (states[id]!.profile === 'weak' ? 6 : 8);
    const events = rawEvents.flatMap((e): Record<string, unknown>[] => {
      const day = e.day % days;
      const stateId = STATE_IDS[e.pick % 2]!;
      switch (e.kind) {
        case 'spoilerAttack':
          return spoilerIds.length === 0 ? [] : [{ day, spoilerAttack: { spoiler: spoilerIds[e.pick % spoilerIds.length], deaths: e.value % 60, ...(e.flag ? { blamed: e.value % 2 === 0 } : {}) } }];
        case 'setRung':
          return [{ day, setRung: { state: stateId, rung: e.value % (maxRung(stateId) + 1) } }];
        case 'appeal':
        case 'offerMediation':
          return partyIds.length === 0 ? [] : [{ day, [e.kind]: { party: partyIds[e.pick % partyIds.length] } }];
        case 'border':
          return [{ day, border: e.flag ? 'closed' : 'open' }];
        default:
          return [{ day, ceasefire: ['none', 'truce', 'ceasefire'][e.value % 3] }];
      }
    });
    return {
      name: 'random',
      days,
      states,
      spoilers: Object.fromEntries(spoilers.map((s, n) => [spoilerIds[n], { ...s, target: s.host === 'north' ? 'south' : 'north' }])),
      thirdParties: Object.fromEntries(parties.map((p, n) => [partyIds[n], p])),
      constants,
      events,
    };
  });
