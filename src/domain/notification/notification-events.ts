// What happened to a prepared notification, in the words the sent ledger and the case file both
// use: "Sent by secure e-mail (NHSmail) to the partnership's mailbox on 24 November 2026".
import { longDate } from '../record-vocabulary';
import type { NotificationEvent, SendChannel } from './notification-content';

const CHANNEL_WORDS: Readonly<Record<SendChannel, string>> = {
  'secure-email': 'secure e-mail (NHSmail)',
  'encrypted-email': 'encrypted e-mail',
  'secure-portal': 'a secure portal',
  'in-person': 'hand, in person',
  post: 'post',
  other: 'another route',
};

/** Plain-English words for a send channel, e.g. "secure e-mail (NHSmail)". */
export function channelWords(channel: SendChannel): string {
  return CHANNEL_WORDS[channel];
}

/** An event as a person reads it: "Prepared", "Sent by post to the business manager on 3 May 2026". */
export function describeNotificationEvent(event: NotificationEvent): string {
  switch (event.type) {
    case 'generated':
      return 'Prepared';
    case 'shared':
      return 'Shared from this device';
    case 'downloaded':
      return 'Downloaded';
    case 'printed':
      return 'Opened to print';
    case 'emailed':
      return 'Email started';
    case 'receipt-confirmed':
      return 'Receipt confirmed';
    case 'sent': {
      const how = event.channel ? ` by ${channelWords(event.channel)}` : '';
      const to = event.recipient ? ` to ${event.recipient}` : '';
      const on = event.sentOn ? ` on ${longDate(event.sentOn)}` : '';
      return `Sent${how}${to}${on}`;
    }
  }
}
