// Why a backup file could not be read, each with a plain-English message saying what to do next.

/** Why {@link readBackup} refused a file; `message` is written to be shown to the user as is. */
export type BackupError =
  | { kind: 'empty'; message: string }
  | { kind: 'not-a-backup'; message: string }
  | { kind: 'too-large'; message: string; sizeBytes: number; maxBytes: number }
  | { kind: 'newer-version'; message: string; fileVersion: number; supportedVersion: number }
  | { kind: 'corrupt-header'; message: string }
  | { kind: 'truncated'; message: string }
  | { kind: 'damaged'; message: string }
  | { kind: 'wrong-passphrase-or-tampered'; message: string };

/** The `kind` of a {@link BackupError}. */
export type BackupErrorKind = BackupError['kind'];

const ANOTHER_COPY = 'If you have another copy of the backup, try that one.';

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / (1024 * 1024))} MB`;
}

/** A backup error with no details beyond its kind. */
export function backupError(
  kind: Exclude<BackupErrorKind, 'too-large' | 'newer-version'>,
): BackupError {
  switch (kind) {
    case 'empty':
      return {
        kind,
        message:
          'This file is empty. It may not have finished saving or copying. Choose the backup file again, or make a new backup on the device that has the records.',
      };
    case 'not-a-backup':
      return {
        kind,
        message:
          'This file is not an Escalate backup. Choose the file that Escalate saved when you made the backup.',
      };
    case 'corrupt-header':
      return {
        kind,
        message: `The start of this backup file is damaged, so Escalate cannot read it. ${ANOTHER_COPY}`,
      };
    case 'truncated':
      return {
        kind,
        message: `This backup file ends early. It may not have finished copying, downloading or saving. Copy it again from where it was saved. ${ANOTHER_COPY}`,
      };
    case 'damaged':
      return {
        kind,
        message: `This backup file has been changed or damaged since it was made, so it cannot be restored. ${ANOTHER_COPY}`,
      };
    case 'wrong-passphrase-or-tampered':
      return {
        kind,
        message: `The backup did not open. Either the passphrase is not the one set when this backup was made (it can differ from your unlock passphrase), or the file has been changed since. Escalate cannot tell which. Check the passphrase and try again. ${ANOTHER_COPY}`,
      };
  }
}

/** The file is bigger than the limit, so it was not opened at all. */
export function tooLargeError(sizeBytes: number, maxBytes: number): BackupError {
  return {
    kind: 'too-large',
    sizeBytes,
    maxBytes,
    message: `This file is larger than any Escalate backup should be (${megabytes(sizeBytes)}; the limit is ${megabytes(maxBytes)}), so it has not been opened. Check that you chose the right file.`,
  };
}

/** The file says it was made by a newer version of Escalate than this one. */
export function newerVersionError(fileVersion: number, supportedVersion: number): BackupError {
  return {
    kind: 'newer-version',
    fileVersion,
    supportedVersion,
    message: `This backup was made by a newer version of Escalate (backup format ${fileVersion}; this version reads up to format ${supportedVersion}). Update Escalate on this device first, then restore the backup again.`,
  };
}
