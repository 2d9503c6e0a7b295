// The dev13 notes' answer keys are well formed (the shared checks of answer-key-checks.ts).
import { describeAnswerKeys } from '../../../test/fixtures/anonymiser/answer-key-checks';
import { dev13Corpus } from '../../../test/fixtures/anonymiser/corpus-dev13';

describeAnswerKeys('dev13', dev13Corpus, 100);
