import { useMemo } from 'react';
import type { HiddenReason } from '../../../../shared/contract/reports.ts';
import { reportWords } from '../../../../shared/report-words.ts';
import { useLanguage } from '../../../lib/i18n.tsx';

/** The mark a hidden figure carries in tables, explained in the report's legend. */
export const hiddenMarks: Record<HiddenReason, string> = {
  small_group: '*',
  complementary: '†',
};

/** Names of stages, measures, genders, attention reasons and hidden figures in the reader's language. */
export function useReportWords() {
  const { language } = useLanguage();
  return useMemo(() => reportWords(language), [language]);
}
