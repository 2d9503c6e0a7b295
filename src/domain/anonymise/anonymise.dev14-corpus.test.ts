// The dev14 notes' answer keys are well formed (the shared checks of answer-key-checks.ts).
import { describeAnswerKeys } from '../../../test/fixtures/anonymiser/answer-key-checks';
import { dev14Corpus } from '../../../test/fixtures/anonymiser/corpus-dev14';

describeAnswerKeys('dev14', dev14Corpus, 100);
