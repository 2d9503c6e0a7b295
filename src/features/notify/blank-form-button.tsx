// A blank printable notification form for a policy pack, for people who fill it in by hand. It
// holds no personal data, so it works while Escalate is locked.
import { useRef, useState } from 'react';
import { downloadFile } from '../../ui/download';
import type * as BlankFormFile from './blank-form-file';
import { PdfProblem } from './pdf-file';

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
  const loaded = useRef<typeof BlankFormFile>(undefined);

  async function make() {
    setState({ kind: 'working' });
    try {
      loaded.current ??= await import('./blank-form-file');
      const file = await loaded.current.makeBlankForm(packId);
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
    // Loaded by make(), which made the file: opening stays in the click, as pop-up rules require.
    if (!loaded.current?.openForPrinting(file)) {
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
