import type { Channel, Contact } from '../data/types.js';

/** A piece of a text: plain words, or a number a resident can call or text. */
export type TextPiece = { text: string; channel?: Channel };

/** Any space a text may put inside a number: plain, no-break, narrow no-break. */
const SPACE = '[ \\u00a0\\u202f]';

/**
 * Cuts a data text ("Appelez le 115, ou le 17 en danger.") into plain pieces and the numbers of
 * the given contacts, written as the widget displays them ("115", "116 006", "SMS au 114" reads
 * "114"). A number inside a longer one ("15" in "115") is not taken: it must stand alone.
 */
export function numberPieces(text: string, contacts: readonly Contact[]): TextPiece[] {
  const channels = contacts
    .flatMap((contact) => contact.channels)
    .filter((channel) => channel.type === 'tel' || channel.type === 'sms');
  // A number written the same way for a call and an SMS keeps the first; spaces may be any kind.
  const byDigits = new Map<string, Channel>();
  for (const channel of channels) {
    const digits = channel.display.replace(/\D/g, '');
    if (!byDigits.has(digits)) byDigits.set(digits, channel);
  }
  if (byDigits.size === 0) return [{ text }];
  const spaced = [...byDigits.values()]
    .map((channel) => channel.display.trim().split(/\s+/).join(SPACE))
    .sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<!\\d${SPACE}?)(?:${spaced.join('|')})(?!${SPACE}?\\d)`, 'g');
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > at) pieces.push({ text: text.slice(at, start) });
    pieces.push({ text: match[0], channel: byDigits.get(match[0].replace(/\D/g, ''))! });
    at = start + match[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}
