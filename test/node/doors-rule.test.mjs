// The shared rule of src/directory/doors.js, which the widget's directory and data:report both
// apply: a commune's door of each kind, in order of doubt, and what counts as help of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doorContact, doubtOf, hasLocalHelp, isLocalTo } from '../../src/directory/doors.js';

const here = (id, firstDoor, extra = {}) => ({
  id,
  firstDoor,
  confidence: 'medium',
  scope: { type: 'communes', insee: ['59350', '59009'] },
  ...extra,
});

test('the door of a kind: the commune’s own, the least doubtful, then the first listed', () => {
  const contacts = [
    here('wide', 'police', { scope: { type: 'metropole' } }),
    here('elsewhere', 'police', { scope: { type: 'communes', insee: ['59512'] } }),
    here('may-not-answer', 'police', { mayNotAnswer: true, confidence: 'low' }),
    here('low', 'police', { confidence: 'low' }),
    here('first', 'police'),
    here('second', 'police', { confidence: 'high' }),
  ];
  assert.equal(doorContact('police', contacts, '59350')?.id, 'first');
  assert.equal(doorContact('police', contacts.slice(0, 4), '59350')?.id, 'low');
  assert.equal(doorContact('police', contacts.slice(0, 3), '59350')?.id, 'may-not-answer');
  // A metropolis-wide contact is never a commune's door.
  assert.equal(doorContact('police', contacts.slice(0, 2), '59350'), undefined);
  assert.equal(doorContact('justice', contacts, '59350'), undefined);
  assert.deepEqual(contacts.map(doubtOf), [0, 0, 2, 1, 0, 0]);
  assert.equal(isLocalTo(contacts[1], '59512'), true);
  assert.equal(isLocalTo(contacts[0], '59512'), false);
});

test('help of its own: anything local but the town hall’s door', () => {
  assert.equal(hasLocalHelp([here('mairie', 'mairie')], '59350'), false);
  assert.equal(hasLocalHelp([here('ccas', 'mairie'), here('cidff', undefined)], '59350'), true);
  assert.equal(hasLocalHelp([here('police', 'police')], '59009'), true);
  assert.equal(hasLocalHelp([here('police', 'police')], '59512'), false);
  assert.equal(
    hasLocalHelp(
      [here('area', 'victimes', { scope: { type: 'departement', code: '59' } })],
      '59350',
    ),
    false,
  );
});
