import { useState, type ChangeEvent } from 'react';
import { useFieldError } from './ErrorAlert';

export type LocalErrors<Values> = Partial<Record<keyof Values, string>>;
type TextKeys<Values> = { [K in keyof Values]: Values[K] extends string ? K : never }[keyof Values];

/**
 * A form's values and the message beside each field: what the browser found before sending wins
 * over the last answer's field errors (`errors[].field` named like the form's field).
 */
export function useFormFields<Values extends object>(initial: () => Values, serverError: unknown) {
  const [values, setValues] = useState<Values>(initial);
  const [localErrors, setLocalErrors] = useState<LocalErrors<Values>>({});
  const fieldError = useFieldError(serverError);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((previous) => ({ ...previous, [key]: value }));
  const error = (key: keyof Values) => localErrors[key] ?? fieldError(String(key));
  return {
    values,
    set,
    error,
    /** The value, message and change handler of a text field, to spread onto a Textfield. */
    bind: (key: TextKeys<Values>) => ({
      value: values[key] as string,
      error: error(key),
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(key, event.target.value as Values[typeof key]),
    }),
    /** Shows the browser's findings; true when there are none and the form may be sent. */
    accept: (errors: LocalErrors<Values>) => {
      setLocalErrors(errors);
      return Object.keys(errors).length === 0;
    },
  };
}
