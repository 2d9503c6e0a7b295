// The dev9 notes' answer keys are well formed (the shared checks of answer-key-checks.ts).
import { describeAnswerKeys } from '../../../test/fixtures/anonymiser/answer-key-checks';
import { dev9Corpus } from '../../../test/fixtures/anonymiser/corpus-dev9';

describeAnswerKeys('dev9', dev9Corpus, 100);
