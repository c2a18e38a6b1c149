import type { InputHTMLAttributes, ReactNode } from "react";

type Props = {
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
  children?: ReactNode;
} & InputHTMLAttributes<HTMLInputElement>;

/** A labelled input whose errors sit beside it and are announced with it. */
export function Field({ name, label, errors, hint, children, ...input }: Props) {
  // Two forms on one page may share a field name; they pass their own id.
  const id = input.id ?? `field-${name}`;
  const described =
    [hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(" ") || undefined;
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
          id={id}
          name={name}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={described}
          className="w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-stone-900 aria-[invalid]:border-oppose"
          {...input}
        />
      )}
      <FieldError id={`${id}-error`} errors={errors} />
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

export function fieldProps(name: string, errors?: Record<string, string[]>) {
  const id = `field-${name}`;
  const list = errors?.[name];
  return {
    id,
    name,
    "aria-invalid": list?.length ? true : undefined,
    "aria-describedby": list?.length ? `${id}-error` : undefined,
  } as const;
}
