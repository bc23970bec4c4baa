// Helper process for the concurrency test: writes N questions to the records in DATA_DIR.
import { RecordsStore } from '../../src/records/records-store.ts';

const [dir, label, count] = process.argv.slice(2);
const store = RecordsStore.open(dir!);
for (let i = 0; i < Number(count); i++) {
  store.recordQuestion({ question: `${label} question ${i}`, outcome: 'abstain', confidence: 0.1, platform: label! });
}
store.close();
