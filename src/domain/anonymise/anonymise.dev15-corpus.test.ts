// The dev15 notes' answer keys are well formed (the shared checks of answer-key-checks.ts).
import { describeAnswerKeys } from '../../../test/fixtures/anonymiser/answer-key-checks';
import { dev15Corpus } from '../../../test/fixtures/anonymiser/corpus-dev15';

describeAnswerKeys('dev15', dev15Corpus, 100);
