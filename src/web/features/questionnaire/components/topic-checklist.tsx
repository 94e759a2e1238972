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
  return (
    <fieldset className={error ? 'form-section field--invalid' : 'form-section'}>
      <legend>{legend}</legend>
      <div className="checklist">
        {topics.map((t, i) => (
          <label key={t} className="field--checkbox">
            <input
              type="checkbox"
              data-field={i === 0 ? 'topics' : undefined}
              checked={chosen.includes(t)}
              onChange={(e) => onToggle(t, e.target.checked)}
            />{' '}
            {t}
          </label>
        ))}
      </div>
      {error ? (
        <p className="field__error" role="alert">
          Topics: {error}
        </p>
      ) : null}
    </fieldset>
  );
}
