import type { FieldMetadata } from "@conform-to/react";
import type { InputHTMLAttributes, ReactNode } from "react";

/** A field of a Conform form (components/forms/use-action-form.ts). */
export type Control = FieldMetadata<unknown>;

type Props = {
  name?: string;
  label: string;
  errors?: string[];
  hint?: string;
  /** The field of a Conform form: its id, errors and the value typed before a refusal. */
  control?: Control;
  children?: ReactNode;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name">;

/** A labelled input whose errors sit beside it and are announced with it. */
export function Field({ name, label, errors, hint, control, children, ...input }: Props) {
  // Two forms on one page may share a field name; they pass their own id.
  const id = control?.id ?? input.id ?? `field-${name}`;
  const shown = control?.errors ?? errors;
  const described =
    [shown?.length && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-900">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      )}
      {children ?? (
        <input
          key={control?.key}
          name={control?.name ?? name}
          aria-invalid={shown?.length ? true : undefined}
          aria-describedby={described}
          className="w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-stone-900 aria-[invalid]:border-oppose"
          {...input}
          id={id}
          defaultValue={typedValue(control) ?? input.defaultValue}
        />
      )}
      <FieldError id={`${id}-error`} errors={shown} />
    </div>
  );
}

export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm text-oppose">
      {errors.join(" ")}
    </p>
  );
}

/** What a textarea or select of a Conform form needs; `key` is passed on its own. */
export function controlProps(control: Control, fallback?: string, hint?: boolean) {
  const invalid = !!control.errors?.length;
  return {
    id: control.id,
    name: control.name,
    defaultValue: typedValue(control) ?? fallback,
    "aria-invalid": invalid || undefined,
    "aria-describedby":
      [invalid && control.errorId, hint && `${control.id}-hint`].filter(Boolean).join(" ") ||
      undefined,
  } as const;
}

/** The value typed before the form was refused (Conform's initial value), when it is text. */
function typedValue(control?: Control): string | undefined {
  const value = control?.initialValue;
  return typeof value === "string" ? value : undefined;
}
