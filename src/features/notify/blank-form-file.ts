// Making the blank form: loaded when the user asks for it, so a guide page does not wait for the
// notification model and the PDF code to arrive before it can show.
import { findPack } from '../../data/packs-repository';
import type { IsoDateTime } from '../../domain/calendar/iso-date';
import { londonDateOf } from '../../domain/calendar/london-time';
import { blankFormFileName } from '../../domain/notification/notification-file-name';
import { buildBlankFormModel } from '../../domain/notification/notification-model';
import { makePdfFile, PdfProblem } from './pdf-file';

export { openForPrinting } from './send-actions';

export async function makeBlankForm(packId: string): Promise<File> {
  const pack = await findPack(packId);
  if (!pack) throw new PdfProblem('This policy is not on this device, so its form cannot be made.');
  const model = buildBlankFormModel(pack);
  const today = londonDateOf(new Date().toISOString() as IsoDateTime);
  return makePdfFile(model, blankFormFileName(pack.partnership.shortName, today));
}
