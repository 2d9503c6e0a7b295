// The dev10 notes' answer keys are well formed (the shared checks of answer-key-checks.ts).
import { describeAnswerKeys } from '../../../test/fixtures/anonymiser/answer-key-checks';
import { dev10Corpus } from '../../../test/fixtures/anonymiser/corpus-dev10';

describeAnswerKeys('dev10', dev10Corpus, 100);
