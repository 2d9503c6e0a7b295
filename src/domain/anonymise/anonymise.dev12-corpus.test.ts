// The dev12 notes' answer keys are well formed (the shared checks of answer-key-checks.ts).
import { describeAnswerKeys } from '../../../test/fixtures/anonymiser/answer-key-checks';
import { dev12Corpus } from '../../../test/fixtures/anonymiser/corpus-dev12';

describeAnswerKeys('dev12', dev12Corpus, 100);
