// Saving a file from the page: a JSON value, a text or a blob, through a temporary object URL.
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

export function downloadText(text: string, name: string, type: string): void {
  downloadBlob(new Blob([text], { type }), name);
}

/** A file name from a map's title: "Sparsity and optimisation: 47 papers" -> "sparsity-and-optimisation-47-papers" + ending. */
export function mapFileName(title: string, ending: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, 60)
    .replace(/^-|-$/gu, '');
  return `${slug || 'map'}${ending}`;
}
