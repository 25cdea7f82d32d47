// The reader's theme: their stored choice, else the system's; applied as <html data-theme>.
import type { Theme } from './state/colors.ts';

const STORAGE_KEY = 'papermap:theme';

function storedTheme(): Theme | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'light' || v === 'dark' ? v : null;
  } catch {
    return null; // storage can be disabled; the system preference still applies
  }
}

export function systemTheme(): Theme {
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function initialTheme(): Theme {
  return storedTheme() ?? systemTheme();
}

export function hasStoredTheme(): boolean {
  return storedTheme() !== null;
}

export function applyTheme(theme: Theme) {
  document.documentElement.dataset.theme = theme;
}

export function storeTheme(theme: Theme) {
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // not persisted; the choice still holds for this visit
  }
}
