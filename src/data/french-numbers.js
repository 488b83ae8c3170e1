// French phone numbers in service: one rule for the widget (partner data, checked in the browser)
// and for the data scripts (data/, checked at build time, scripts/data/phone.mjs). Plain
// JavaScript with JSDoc types, so node imports it as it is and the bundle carries it without
// libphonenumber-js; test/node/french-numbers.test.mjs holds it to libphonenumber-js's answer
// and formatting over every five-digit prefix.

/**
 * The shapes of the nine digits after the leading 0 of a number in service, by kind, as
 * libphonenumber-js 1.13.16 knows them for France (metadata "max", numbering plan of the ARCEP).
 * @type {readonly { kind: string, shape: RegExp }[]}
 */
export const FRENCH_NUMBER_SHAPES = [
  {
    kind: 'fixed line',
    shape: /^(?:(?:26[013-9]|59[1-35-9])\d{6}|(?:[13]\d|2[0-57-9]|4[1-9]|5[0-8])\d{7})$/,
  },
  { kind: 'mobile', shape: /^(?:6(?:[0-24-8]\d|3[0-8]|9[589])|7[3-9]\d)\d{6}$/ },
  { kind: 'free call', shape: /^80[0-5]\d{6}$/ },
  { kind: 'shared cost', shape: /^80[6-9]\d{6}$/ },
  {
    kind: 'premium rate',
    shape:
      /^(?:836(?:0[0-36-9]|[1-9]\d)\d{4}|8(?:1[2-9]|2[2-47-9]|3[0-57-9]|[569]\d|8[0-35-9])\d{6})$/,
  },
  { kind: 'universal access', shape: /^8(?:1[01]|2[0156]|4[024]|84)\d{6}$/ },
  { kind: 'internet telephony', shape: /^9\d{8}$/ },
];

/**
 * Whether ten digits written the French way ("0320572794") form a number in service.
 * @param {string} number
 */
export function isFrenchNumber(number) {
  if (!/^0\d{9}$/.test(number)) return false;
  const national = number.slice(1);
  return FRENCH_NUMBER_SHAPES.some(({ shape }) => shape.test(national));
}

/**
 * How a French number is written for residents: "03 20 57 27 94", and "0 800 05 95 95" for the
 * numbers of the 08 range, as libphonenumber-js formats them.
 * @param {string} number ten digits that pass isFrenchNumber
 */
export function frenchDisplay(number) {
  if (number.startsWith('08')) {
    return `0 ${number.slice(1, 4)} ${number.slice(4).replace(/(\d{2})(?=\d)/g, '$1 ')}`;
  }
  return number.replace(/(\d{2})(?=\d)/g, '$1 ');
}

/**
 * What a link to a French number dials: its international form, "+33320572794".
 * @param {string} number ten digits that pass isFrenchNumber
 */
export const frenchDial = (number) => `+33${number.slice(1)}`;
