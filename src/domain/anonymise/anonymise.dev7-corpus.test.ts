// The dev7 notes' answer keys are well formed (the shared checks of answer-key-checks.ts).
import { describeAnswerKeys } from '../../../test/fixtures/anonymiser/answer-key-checks';
import { dev7Corpus } from '../../../test/fixtures/anonymiser/corpus-dev7';

describeAnswerKeys('dev7', dev7Corpus, 100);
