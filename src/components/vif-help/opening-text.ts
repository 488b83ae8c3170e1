import { msg, str } from '@lit/localize';
import { openingState, parisTime } from '../../hours/opening-state.js';
import { formatMinute, formatWeekday } from '../../localization/calendar.js';
import type { CompiledHours, Locale } from '../../data/types.js';

/**
 * "Ouvert · ferme à 17 h", "Fermé · ouvre demain à 9 h", "Ouvert 24 h/24": the state of a
 * contact's hours at an instant, in plain words. Called while rendering, so it follows the locale.
 */
export function openingText(
  hours: CompiledHours,
  now: Date,
  locale: Locale,
): { open: boolean; text: string } {
  const state = openingState(hours, now);
  switch (state.kind) {
    case 'always':
      return { open: true, text: msg('Ouvert 24 h/24') };
    case 'open': {
      const time = formatMinute(state.closesAt, locale);
      return {
        open: true,
        text: state.closesOnNextDay
          ? msg(str`Ouvert maintenant · ferme cette nuit à ${time}`)
          : msg(str`Ouvert maintenant · ferme à ${time}`),
      };
    }
    case 'closed': {
      if (!state.opensIn) return { open: false, text: msg('Fermé') };
      const { days, minute } = state.opensIn;
      const time = formatMinute(minute, locale);
      if (days === 0) return { open: false, text: msg(str`Fermé · ouvre à ${time}`) };
      if (days === 1) return { open: false, text: msg(str`Fermé · ouvre demain à ${time}`) };
      const weekday = formatWeekday((parisTime(now).weekday + days) % 7, locale);
      return { open: false, text: msg(str`Fermé · ouvre ${weekday} à ${time}`) };
    }
  }
}
