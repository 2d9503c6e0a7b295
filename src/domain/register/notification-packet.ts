// Writes and reads the XMP metadata packet that carries a notification's data inside its PDF
// (docs/notification-data-format.md). Reading needs no PDF library: the packet is an uncompressed
// stream in plain ASCII, found by its namespace, so the import route stays small.
import { err, ok, type Result } from '../result';
import {
  NOTIFICATION_DATA_FORMAT,
  parseNotificationData,
  READABLE_NOTIFICATION_DATA_VERSIONS,
  type NotificationData,
} from './notification-data';
import { sha256Hex } from './sha256';

/** The XMP namespace of the packet's properties. */
export const NOTIFICATION_DATA_NAMESPACE = 'urn:x-escalate:notification-data:';

/** The largest file the register reads: notifications are well under 1 MB. */
export const MAX_NOTIFICATION_FILE_BYTES = 20 * 1024 * 1024;

const NAMESPACE_DECLARATION = `xmlns:escalate="${NOTIFICATION_DATA_NAMESPACE}"`;

/** Why a file was not imported. */
export type PacketRefusal =
  'not-escalate' | 'altered' | 'unknown-version' | 'damaged' | 'too-large';

/** A packet read from a notification PDF, checked against its hash and schema. */
export interface ReadPacket {
  readonly data: NotificationData;
  /** The SHA-256 of the data as it was made (hexadecimal). */
  readonly sha256: string;
}

function base64OfBytes(bytes: Uint8Array): string {
  let binary = '';
  for (let offset = 0; offset < bytes.length; offset += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  }
  return btoa(binary);
}

function bytesOfBase64(base64: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0) return null;
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** The JSON text of the data, exactly as hashed and embedded. */
export function notificationDataJson(data: NotificationData): string {
  return JSON.stringify(data);
}

/**
 * The complete XMP packet for `data`: plain ASCII (the JSON is base64-encoded), with the format,
 * version and SHA-256 of the JSON's UTF-8 bytes as separate properties.
 */
export function notificationPacket(data: NotificationData): string {
  const json = new TextEncoder().encode(notificationDataJson(data));
  return [
    '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    `<rdf:Description rdf:about="" ${NAMESPACE_DECLARATION}>`,
    `<escalate:format>${data.format}</escalate:format>`,
    `<escalate:version>${data.version}</escalate:version>`,
    `<escalate:sha256>${sha256Hex(json)}</escalate:sha256>`,
    `<escalate:data>${base64OfBytes(json)}</escalate:data>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="r"?>',
  ].join('\n');
}

function property(packet: string, name: string): string | null {
  const match = new RegExp(`<escalate:${name}>([^<]*)</escalate:${name}>`).exec(packet);
  return match?.[1]?.trim() ?? null;
}

function occurrences(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) count += 1;
  return count;
}

function packetOf(pdf: string): Result<string, PacketRefusal> {
  const count = occurrences(pdf, NAMESPACE_DECLARATION);
  if (count === 0) return err('not-escalate');
  // A PDF editor that saves changes appends them after the original end of file; Escalate writes
  // one packet and one end of file, so a second of either means the file was changed afterwards.
  if (count > 1 || occurrences(pdf, '%%EOF') > 1) return err('altered');
  const start = pdf.indexOf(NAMESPACE_DECLARATION);
  const end = pdf.indexOf('</rdf:Description>', start);
  if (end < 0) return err('damaged');
  return ok(pdf.slice(start, end));
}

function parseData(json: Uint8Array): NotificationData | null {
  try {
    return parseNotificationData(
      JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)),
    );
  } catch {
    return null;
  }
}

/**
 * Reads and checks the notification data inside a PDF's bytes. Refuses a file that is too large,
 * is not a PDF or carries no Escalate packet (`not-escalate`), is truncated or unreadable
 * (`damaged`), has a version this app does not know, or whose data no longer matches its hash or
 * was changed after it was made (`altered`).
 */
export function readNotificationPacket(bytes: Uint8Array): Result<ReadPacket, PacketRefusal> {
  if (bytes.length > MAX_NOTIFICATION_FILE_BYTES) return err('too-large');
  const pdf = new TextDecoder('latin1').decode(bytes);
  if (!pdf.startsWith('%PDF-')) return err('not-escalate');
  const found = packetOf(pdf);
  if (!found.ok) return found;
  if (!/%%EOF\s*$/.test(pdf.slice(-64))) return err('damaged');
  const packet = found.value;
  if (property(packet, 'format') !== NOTIFICATION_DATA_FORMAT) return err('not-escalate');
  const version = property(packet, 'version') ?? '';
  if (!/^\d{1,6}$/.test(version)) return err('damaged');
  if (!READABLE_NOTIFICATION_DATA_VERSIONS.includes(Number(version))) return err('unknown-version');
  const hash = property(packet, 'sha256') ?? '';
  const json = bytesOfBase64(property(packet, 'data') ?? '');
  if (!/^[0-9a-f]{64}$/.test(hash) || !json) return err('damaged');
  if (sha256Hex(json) !== hash) return err('altered');
  const data = parseData(json);
  return data ? ok({ data, sha256: hash }) : err('damaged');
}

/** A plain-English reason for each refusal, saying what to do next. */
export const packetRefusalMessages: Readonly<Record<PacketRefusal, string>> = {
  'not-escalate':
    'Not an Escalate notification: this file has no notification data. Ask the sender for the PDF Escalate made. If there is none, put the notification in a row of a spreadsheet, with at least its case reference and the date you received it, save the spreadsheet as CSV and import that file here.',
  altered:
    'Altered since it was made: the notification’s data does not match its check. Ask the sender to send the original PDF again.',
  'unknown-version':
    'Unknown format version: this notification was made by a newer version of Escalate. Update this app (reload it while online), then import the file again.',
  damaged: 'Damaged: the file is incomplete or cannot be read. Ask the sender to send it again.',
  'too-large':
    'Too large: a notification is well under 20 MB, so this file is not one. Check you chose the right file.',
};
