import type { TFunction } from 'i18next';
import { ApiError } from './client';

export type TranslatedError = {
  message: string;
  fields: { field: string; label: string; message: string }[];
};

type Lookup = (key: string) => string | null;

function lookup(t: TFunction): Lookup {
  // Codes come from the server at run time, so the keys are checked here instead of by the compiler.
  const translate = t as unknown as (key: string, options: { defaultValue: string }) => string;
  return (key) => {
    const text = translate(key, { defaultValue: '' });
    return text === '' ? null : text;
  };
}

/** One field error's field name and reason in the reader's language; the server's text for unknown codes. */
export function describeFieldError(fieldError: { field: string; code: string; message: string }, t: TFunction) {
  const find = lookup(t);
  return {
    label: find(`errors.fieldNames.${fieldError.field}`) ?? fieldError.field,
    message: find(`errors.fields.${fieldError.code}`) ?? fieldError.message,
  };
}

/**
 * Turns a failed call into text for the reader: the problem's top-level `code` and each of
 * `errors[].code`, translated, falling back to the server's English only for codes the app
 * does not know yet.
 */
export function translateError(error: unknown, t: TFunction): TranslatedError {
  const find = lookup(t);
  if (!(error instanceof ApiError)) {
    return { message: t('errors.unexpected', { status: '?' }), fields: [] };
  }
  if (error.status === 0) return { message: t('errors.network'), fields: [] };

  const fields = error.fieldErrors.map((fieldError) => ({ field: fieldError.field, ...describeFieldError(fieldError, t) }));

  const code = error.code;
  let message = (code && find(`errors.codes.${code}`)) ?? error.problem?.title ?? t('errors.unexpected', { status: error.status });
  if (code === 'too-many-attempts' && error.retryAfterSeconds) {
    message = `${message} ${t('auth.retryAfter', { minutes: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) })}`;
  }
  return { message, fields };
}
