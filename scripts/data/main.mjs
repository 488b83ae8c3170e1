// `npm run data:check [folder]`: checks data/ (or another folder laid out the same way) against
// its JSON Schemas and the domain rules (scripts/lib/check.mjs), prints every problem on one
// line, and exits 1 if there is any.
import { dataFolderFromArguments, readCheckedDataOrExit, todayInParis } from './lib/read-data.mjs';

readCheckedDataOrExit(dataFolderFromArguments(), todayInParis(), 'fix them and run it again');
console.log('data:check: no problem.');
