// The dev6 notes' answer keys are well formed (the shared checks of answer-key-checks.ts).
import { describeAnswerKeys } from '../../../test/fixtures/anonymiser/answer-key-checks';
import { dev6Corpus } from '../../../test/fixtures/anonymiser/corpus-dev6';

describeAnswerKeys('dev6', dev6Corpus, 100);
