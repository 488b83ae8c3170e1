import type { Channel, Contact } from '../../data/types.js';

/** The way to reach a contact that a resident tries first: a call, else an SMS, else the rest. */
export function mainChannel(contact: Pick<Contact, 'channels'>): Channel | undefined {
  return (
    contact.channels.find((channel) => channel.type === 'tel' || channel.type === 'sms') ??
    contact.channels[0]
  );
}
