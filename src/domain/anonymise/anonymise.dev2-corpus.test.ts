// The dev2 notes' answer keys are well formed (the shared checks of answer-key-checks.ts).
import { describeAnswerKeys } from '../../../test/fixtures/anonymiser/answer-key-checks';
import { dev2Corpus } from '../../../test/fixtures/anonymiser/corpus-dev2';

describeAnswerKeys('dev2', dev2Corpus, 120);
