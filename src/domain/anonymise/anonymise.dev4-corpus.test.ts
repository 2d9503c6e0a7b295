// The dev4 notes' answer keys are well formed (the shared checks of answer-key-checks.ts).
import { describeAnswerKeys } from '../../../test/fixtures/anonymiser/answer-key-checks';
import { dev4Corpus } from '../../../test/fixtures/anonymiser/corpus-dev4';

describeAnswerKeys('dev4', dev4Corpus, 100);
