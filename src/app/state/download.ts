// Saving a file from the page: a JSON value or a blob, through a temporary object URL.
export function downloadBlob(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

export function downloadJson(value: unknown, name: string): void {
  downloadBlob(new Blob([JSON.stringify(value)], { type: 'application/json' }), name);
}
