import { useId } from 'react';

type ChartViewSwitchProps<V extends string> = {
  legend: string;
  choices: readonly { value: V; label: string }[];
  value: V;
  onChange: (value: V) => void;
  testId?: string;
};

/** Radio buttons above a chart that choose how it shows the same data (one group per chart). */
export function ChartViewSwitch<V extends string>({
  legend,
  choices,
  value,
  onChange,
  testId,
}: ChartViewSwitchProps<V>) {
  const name = useId();
  return (
    <fieldset className="chart-view-switch" data-testid={testId}>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value}>
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />{' '}
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
