/** Whether an entry's facts are not yet confirmed: it carries « À vérifier » (RESIDENT-FIRST C5). */
export function needsChecking(entry: { confidence: string }): boolean {
  return entry.confidence !== 'high';
}
