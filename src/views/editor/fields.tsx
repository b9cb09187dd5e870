/**
 * The editor's form fields: a labelled input or text area bound to a place
 * in the draft, with the parser's problems for that place beside it, and a
 * text in each of the story's languages. Every field carries its JSON path
 * (`data-path`), which the problem list and undo use to find it.
 */
import { useState, type ReactNode } from 'react';
import type { DatasetIssue } from '@/domain/dataset/model';
import { setIn } from '@/domain/draft/draft-commands';
import type { DraftText } from '@/domain/draft/draft-model';
import { jsonPathOf } from '@/domain/draft/draft-paths';
import type { PatchPath } from '@/domain/draft/draft-patches';
import { fieldId, useEditor, useFieldProblems } from '@/views/editor/editor-context';

const displayNames = new Map<string, Intl.DisplayNames>();

/** The name of a language (`id` → "Indonesian") in the interface language; the tag itself when the browser does not know it. */
export function languageName(tag: string, uiLanguage: string): string {
  let names = displayNames.get(uiLanguage);
  if (!names) {
    names = new Intl.DisplayNames([uiLanguage], { type: 'language' });
    displayNames.set(uiLanguage, names);
  }
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The parser's errors and warnings for one field, as a list the field points to. */
export function FieldProblems({
  id,
  errors,
  warnings,
}: {
  readonly id: string;
  readonly errors: readonly DatasetIssue[];
  readonly warnings: readonly DatasetIssue[];
}) {
  const { t } = useEditor();
  if (errors.length + warnings.length === 0) return null;
  return (
    <ul className="ed-field-problems" id={id}>
      {errors.map((issue, i) => (
        <li key={`e${i}`} className="is-error">
          <span className="ed-problem-kind">{t('problemError')}</span> {issue.message}
        </li>
      ))}
      {warnings.map((issue, i) => (
        <li key={`w${i}`} className="is-warning">
          <span className="ed-problem-kind">{t('problemWarning')}</span> {issue.message}
        </li>
      ))}
    </ul>
  );
}

/** The ids a field's `aria-describedby` names, and whether it is invalid, for its hint and problems. */
export function useDescribedBy(path: string, group: string | undefined, hint: boolean) {
  const problems = useFieldProblems(path, group);
  const id = fieldId(path);
  const has = problems.errors.length + problems.warnings.length > 0;
  const describedBy = [hint ? `${id}-hint` : '', has ? `${id}-problems` : ''].filter(Boolean).join(' ') || undefined;
  return { id, problems, describedBy, invalid: problems.errors.length > 0 };
}

/** Props shared by the text fields. */
interface TextFieldProps {
  /** JSON path of the field in the published dataset. */
  readonly path: string;
  /** A path whose problems show here too (a text in several languages, a list). */
  readonly group?: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: ReactNode;
  readonly multiline?: boolean;
  readonly lang?: string;
  readonly readOnly?: boolean;
  readonly type?: 'text' | 'url' | 'date';
  readonly placeholder?: string;
  readonly autoComplete?: string;
  readonly spellCheck?: boolean;
  readonly className?: string;
}

/** A labelled text input (or text area) with its hint and problems. */
export function TextField(props: TextFieldProps) {
  const { path, group, label, value, onChange, hint, multiline, lang, readOnly, type = 'text' } = props;
  const { id, problems, describedBy, invalid } = useDescribedBy(path, group, hint !== undefined);
  const common = {
    id,
    value,
    'data-path': path,
    'data-group': group,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    lang,
    dir: lang ? 'auto' : undefined,
    readOnly,
    placeholder: props.placeholder,
    spellCheck: props.spellCheck,
  };
  return (
    <div className={`ed-field ${props.className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          autoComplete={props.autoComplete ?? 'off'}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {hint !== undefined && (
        <p className="ed-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldProblems id={`${id}-problems`} {...problems} />
    </div>
  );
}

/** A text field bound to a string at `draftPath` in the draft; typing in it is one undo step per pause. */
export function DraftTextField({
  draftPath,
  ...rest
}: Omit<TextFieldProps, 'path' | 'onChange'> & { readonly draftPath: PatchPath }) {
  const { apply } = useEditor();
  const path = jsonPathOf(draftPath);
  return <TextField {...rest} path={path} onChange={(v) => apply((d) => setIn(d, draftPath, v), path)} />;
}

/** A text in each of the story's languages: one field a language, labelled "Title (English)", "Title (Indonesian)"… */
export function LocalizedFields({
  draftPath,
  label,
  value,
  multiline,
  hint,
}: {
  readonly draftPath: PatchPath;
  readonly label: string;
  readonly value: DraftText;
  readonly multiline?: boolean;
  readonly hint?: ReactNode;
}) {
  const { draft, language } = useEditor();
  const group = jsonPathOf(draftPath);
  const locales = draft.story.locales.length > 0 ? draft.story.locales : [language];
  return (
    <div className="ed-localized" role="group" aria-label={label}>
      {locales.map((locale, i) => (
        <DraftTextField
          key={locale}
          draftPath={[...draftPath, locale]}
          group={i === 0 ? group : undefined}
          label={`${label} (${languageName(locale, language)})`}
          value={Object.hasOwn(value, locale) ? (value[locale] ?? '') : ''}
          multiline={multiline}
          lang={locale}
          hint={i === 0 ? hint : undefined}
        />
      ))}
    </div>
  );
}

/**
 * The text a field shows for a stored value that is typed in another form
 * (a list typed with commas, a date typed as a phrase): what was typed,
 * until the stored value changes to one the typed text does not give (an
 * undo, another field), which then shows as stored.
 */
export function useEntryText<T>(
  value: T,
  format: (value: T) => string,
  gives: (text: string, value: T) => boolean,
): [string, (text: string) => void] {
  const [text, setText] = useState(() => format(value));
  if (!gives(text, value)) {
    const next = format(value);
    if (next !== text) setText(next);
  }
  return [text, setText];
}
