// The dev8 notes' answer keys are well formed (the shared checks of answer-key-checks.ts).
import { describeAnswerKeys } from '../../../test/fixtures/anonymiser/answer-key-checks';
import { dev8Corpus } from '../../../test/fixtures/anonymiser/corpus-dev8';

describeAnswerKeys('dev8', dev8Corpus, 100);
