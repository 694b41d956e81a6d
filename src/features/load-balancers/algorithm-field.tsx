import { useFormContext, useWatch } from 'react-hook-form';
import { SelectField } from '../../components/form';
import { ALGORITHMS } from '../../lib/validation/load-balancer';
import { algorithmHints, algorithmLabels } from './load-balancer-format';

/** How traffic is shared, with a line on what the choice means. */
export function AlgorithmField() {
  const { control } = useFormContext<{ algorithm: string }>();
  const algorithm = useWatch({ control, name: 'algorithm' });
  return (
    <SelectField
      name="algorithm"
      label="Algorithm"
      description={algorithmHints[algorithm as keyof typeof algorithmHints]}
      options={ALGORITHMS.map((value) => ({
        value,
        label: algorithmLabels[value],
      }))}
    />
  );
}
