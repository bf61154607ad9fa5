/** Every measure of the targets catalogue (src/scenarios/targets/measureCatalogue.ts), by name. */
import type { MeasureName } from '../../scenarios/index.js';
import { admittedOverClaimed } from './admittedOverClaimed.js';
import { appealersWithin } from './appealersWithin.js';
import { boutDeathsTail, boutGapsTail } from './boutTails.js';
import { boutOnsetAfterSpoiler } from './boutOnsetAfterSpoiler.js';
import { boutPeakRise } from './boutPeakRise.js';
import { boutsPerYear } from './boutsPerYear.js';
import { ceasefireAfterEarlyMediation } from './ceasefireAfterEarlyMediation.js';
import { ceasefireDuration } from './ceasefireDuration.js';
import { ceasefireSurvivesFailedRound } from './ceasefireSurvivesFailedRound.js';
import { claimRatio } from './claimRatio.js';
import { closureOverCeasefireTime } from './closureOverCeasefireTime.js';
import { faceSavingHalt } from './faceSavingHalt.js';
import { firstAppealLag } from './firstAppealLag.js';
import type { Observer } from './observation.js';
import { peakRung } from './peakRung.js';
import { firstRungDay } from './firstRungDay.js';
import { replyShare } from './replyShare.js';
import { firstBoutDays } from './firstBoutDays.js';
import { topRungDays } from './topRungDays.js';
import { closureDays } from './closureDays.js';
import { closureShare } from './closureShare.js';
import { pauseShare } from './pauseShare.js';
import { roundSettlementShare } from './roundSettlementShare.js';
import { timeToPeak } from './timeToPeak.js';
import { truceBeforeTalks } from './truceBeforeTalks.js';
import { truceBreachedAfterSpoiler } from './truceBreachedAfterSpoiler.js';
import { untriggeredIncidentsShort } from './untriggeredIncidentsShort.js';
import { weakerCivilianShare } from './weakerCivilianShare.js';
import { weakerRetaliationLag } from './weakerRetaliationLag.js';
import { worstDayCivilianShare } from './worstDayCivilianShare.js';

export const OBSERVERS: Readonly<Record<MeasureName, Observer>> = {
  boutOnsetAfterSpoiler,
  weakerRetaliationLag,
  timeToPeak,
  worstDayCivilianShare,
  firstAppealLag,
  appealersWithin,
  faceSavingHalt,
  truceBreachedAfterSpoiler,
  ceasefireAfterEarlyMediation,
  roundSettlementShare,
  ceasefireSurvivesFailedRound,
  claimRatio,
  admittedOverClaimed,
  weakerCivilianShare,
  closureOverCeasefireTime,
  untriggeredIncidentsShort,
  boutDeathsTail,
  boutGapsTail,
  boutsPerYear,
  boutPeakRise,
  ceasefireDuration,
  truceBeforeTalks,
  peakRung,
  firstRungDay,
  replyShare,
  firstBoutDays,
  topRungDays,
  closureDays,
  closureShare,
  pauseShare,
};

export type { Observation, Observer } from './observation.js';
