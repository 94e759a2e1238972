import { questionnaireMessages } from '../../../../shared/i18n/questionnaire.ts';
import { useMessages } from '../../../lib/i18n.tsx';

type Props = {
  /** The cycle's topics plus any chosen earlier that it no longer lists. */
  topics: readonly string[];
  chosen: readonly string[];
  onToggle: (topic: string, on: boolean) => void;
  legend: string;
  error?: string;
};

/** The topics to choose from, one checkbox each; the first carries the field's focus target. */
export function TopicChecklist({ topics, chosen, onToggle, legend, error }: Props) {
  const t = useMessages(questionnaireMessages);
  return (
    <fieldset className={error ? 'form-section field--invalid' : 'form-section'}>
      <legend>{legend}</legend>
      <div className="checklist">
        {topics.map((topic, i) => (
          <label key={topic} className="field--checkbox">
            <input
              type="checkbox"
              data-field={i === 0 ? 'topics' : undefined}
              checked={chosen.includes(topic)}
              onChange={(e) => onToggle(topic, e.target.checked)}
            />{' '}
            {topic}
          </label>
        ))}
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {t('topicsError', { error })}
        </p>
      ) : null}
    </fieldset>
  );
}
