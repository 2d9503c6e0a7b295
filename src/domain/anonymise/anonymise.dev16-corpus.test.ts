// The dev16 notes' answer keys are well formed (the shared checks of answer-key-checks.ts).
import { describeAnswerKeys } from '../../../test/fixtures/anonymiser/answer-key-checks';
import { dev16Corpus } from '../../../test/fixtures/anonymiser/corpus-dev16';

describeAnswerKeys('dev16', dev16Corpus, 100);
