// The dev5 notes' answer keys are well formed (the shared checks of answer-key-checks.ts).
import { describeAnswerKeys } from '../../../test/fixtures/anonymiser/answer-key-checks';
import { dev5Corpus } from '../../../test/fixtures/anonymiser/corpus-dev5';

describeAnswerKeys('dev5', dev5Corpus, 100);
