"use client";

import { useSyncExternalStore } from "react";

export type MenuViewer = { name: string; mustChangePassword: boolean } | null;

const KEY = "agora:viewer";
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

const read = () => {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null; // storage refused (private mode): the header waits for /api/me
  }
};

/**
 * Who was signed in at the last answer from /api/me, kept in this browser: the header shows it
 * as soon as the page hydrates instead of a blank until the next answer (the flash), then
 * corrects it if the answer differs. The server renders the reserved blank (undefined).
 */
export function useRememberedViewer(): MenuViewer | undefined {
  const raw = useSyncExternalStore(subscribe, read, () => undefined);
  if (raw === undefined || raw === null) return undefined;
  try {
    return JSON.parse(raw) as MenuViewer;
  } catch {
    return undefined;
  }
}

export function rememberViewer(viewer: MenuViewer) {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(viewer));
  } catch {
    return;
  }
  for (const listener of listeners) listener();
}
