// The dev11 notes' answer keys are well formed (the shared checks of answer-key-checks.ts).
import { describeAnswerKeys } from '../../../test/fixtures/anonymiser/answer-key-checks';
import { dev11Corpus } from '../../../test/fixtures/anonymiser/corpus-dev11';

describeAnswerKeys('dev11', dev11Corpus, 100);
