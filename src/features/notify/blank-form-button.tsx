// A blank printable notification form for a policy pack, for people who fill it in by hand. It
// holds no personal data, so it works while Escalate is locked.
import { useState } from 'react';
import { findPack } from '../../data/packs-repository';
import type { IsoDateTime } from '../../domain/calendar/iso-date';
import { londonDateOf } from '../../domain/calendar/london-time';
import { blankFormFileName } from '../../domain/notification/notification-file-name';
import { buildBlankFormModel } from '../../domain/notification/notification-model';
import { downloadFile } from '../../ui/download';
import { makePdfFile, PdfProblem } from './pdf-file';
import { openForPrinting } from './send-actions';

async function makeBlankForm(packId: string): Promise<File> {
  const pack = await findPack(packId);
  if (!pack) throw new PdfProblem('This policy is not on this device, so its form cannot be made.');
  const model = buildBlankFormModel(pack);
  const today = londonDateOf(new Date().toISOString() as IsoDateTime);
  return makePdfFile(model, blankFormFileName(pack.partnership.shortName, today));
}

type State =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'ready'; file: File; message: string }
  | { kind: 'error'; message: string };

export function BlankFormButton({
  packId,
  label = 'Download a blank form',
}: {
  packId: string;
  label?: string;
}) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function make() {
    setState({ kind: 'working' });
    try {
      const file = await makeBlankForm(packId);
      downloadFile(file, file.name, file.type);
      setState({ kind: 'ready', file, message: `Downloaded ${file.name}.` });
    } catch (error) {
      const message =
        error instanceof PdfProblem
          ? error.message
          : 'The blank form could not be made. Try again.';
      setState({ kind: 'error', message });
    }
  }

  function openToPrint(file: File) {
    if (!openForPrinting(file)) {
      setState({
        kind: 'ready',
        file,
        message: 'It did not open: open the downloaded file to print it.',
      });
    }
  }

  return (
    <div className="notify-blank">
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          disabled={state.kind === 'working'}
          onClick={() => void make()}
        >
          {state.kind === 'working' ? 'Preparing the PDF…' : label}
        </button>
        {state.kind === 'ready' && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => openToPrint(state.file)}
          >
            Open it to print
          </button>
        )}
      </div>
      <p className={state.kind === 'error' ? 'field__error' : 'notify-status'} role="status">
        {state.kind === 'ready' || state.kind === 'error' ? state.message : ''}
      </p>
    </div>
  );
}
