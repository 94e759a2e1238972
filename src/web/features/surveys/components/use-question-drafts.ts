import { useRef, useState } from 'react';
import type { Survey } from '../../../../shared/contract/surveys.ts';
import { surveysMessages } from '../../../../shared/i18n/surveys.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { newQuestionId, type QuestionDraft, toQuestionDraft } from './survey-question-drafts.ts';

/**
 * The survey's questions while they are edited, and a status line that says what each change did
 * (read out to screen readers, since moved and removed questions change the page silently).
 */
export function useQuestionDrafts(survey: Survey) {
  const t = useMessages(surveysMessages);
  const [drafts, setDrafts] = useState<QuestionDraft[]>(() => survey.questions.map(toQuestionDraft));
  const [status, setStatus] = useState('');
  const list = useRef<HTMLOListElement>(null);

  const change = (i: number, patch: Partial<QuestionDraft>) =>
    setDrafts((ds) => ds.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const move = (i: number, by: -1 | 1) => {
    setDrafts((ds) => {
      const next = [...ds];
      const [item] = next.splice(i, 1);
      next.splice(i + by, 0, item!);
      return next;
    });
    setStatus(t('questionMoved', { from: i + 1, to: i + 1 + by }));
  };
  const remove = (i: number) => {
    setDrafts((ds) => ds.filter((_, j) => j !== i));
    setStatus(t('questionRemoved', { number: i + 1 }));
  };
  const add = () => {
    setDrafts((ds) => [
      ...ds,
      { id: newQuestionId(ds), type: 'scale', text: '', required: false, options: '' },
    ]);
    setStatus(t('questionAdded'));
    // Focus the new question's text once it is rendered.
    requestAnimationFrame(() =>
      list.current?.querySelector<HTMLElement>('li:last-child [data-field$=".text"]')?.focus(),
    );
  };

  return { drafts, setDrafts, status, setStatus, list, change, move, remove, add };
}
