/**
 * A problem with a whole input file (not one record): unparseable JSON or XML, a file that is not
 * of the format it was read as, an unknown format. The message is one line that starts with the
 * file's name, so a CLI can print `papermap: <message>` and a UI can show it as it is.
 */
export class InputError extends Error {
  /** The input file's name as the user gave it. */
  readonly file: string;
  /** What is wrong, without the file's name. */
  readonly problem: string;

  /** `problem` may already start with "<file>: "; the name is not repeated then. */
  constructor(file: string, problem: string) {
    const prefix = `${file}: `;
    // One line, whatever the problem quotes (a CSV header cell, a parser message).
    const oneLine = problem.replace(/\s*[\r\n]+\s*/g, ' ');
    const bare = oneLine.startsWith(prefix) ? oneLine.slice(prefix.length) : oneLine;
    super(prefix + bare);
    this.name = 'InputError';
    this.file = file;
    this.problem = bare;
  }
}
