// The dev3 notes' answer keys are well formed (the shared checks of answer-key-checks.ts).
import { describeAnswerKeys } from '../../../test/fixtures/anonymiser/answer-key-checks';
import { dev3Corpus } from '../../../test/fixtures/anonymiser/corpus-dev3';

describeAnswerKeys('dev3', dev3Corpus, 120);
