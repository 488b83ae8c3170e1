// `npm run data:report [folder]`: prints what the data team must act on (scripts/lib/report.mjs).
// It reads checked data only: with problems, it prints them instead, as data:check does.
import { dataFolderFromArguments, readCheckedDataOrExit, todayInParis } from './lib/read-data.mjs';
import { dataReport } from './lib/report.mjs';

const today = todayInParis();
const data = readCheckedDataOrExit(dataFolderFromArguments(), today, 'fix them before the report');
console.log(dataReport(data, { today }));
