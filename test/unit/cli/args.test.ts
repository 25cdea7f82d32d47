import { describe, expect, it } from 'vitest';
import { parseCommand, UsageError } from '../../../src/cli/args.ts';

describe('parseCommand', () => {
  it('reads a build with every option', () => {
    const command = parseCommand([
      'build',
      'a.bib',
      'b.csv',
      '-o',
      'out/graph.json',
      '--clusters',
      '6',
      '--neighbours',
      '5',
      '--seed',
      '7',
      '--format',
      'bib',
      '--title',
      'My reading list',
      '--report',
      'report.json',
      '--quiet',
      '--split',
    ]);
    expect(command).toEqual({
      name: 'build',
      inputs: ['a.bib', 'b.csv'],
      output: 'out/graph.json',
      report: 'report.json',
      format: 'bibtex',
      quiet: true,
      options: { clusters: 6, neighbours: 5, seed: 7, title: 'My reading list' },
      split: 'always',
    });
  });

  it('splits a large map unless told: --split always, --no-split never', () => {
    const split = (...flags: string[]) => {
      const c = parseCommand(['build', 'a.bib', '-o', 'g.json', ...flags]);
      return c.name === 'build' ? c.split : null;
    };
    expect(split()).toBe('auto');
    expect(split('--split')).toBe('always');
    expect(split('--no-split')).toBe('never');
    expect(() => split('--split', '--no-split')).toThrow(/contradict/u);
    expect(() => parseCommand(['export', 'g.json', '--single-file', 'm.html', '--split'])).toThrow(
      /--split belongs to build/u,
    );
  });

  it('defaults clusters to auto and leaves other options to the core', () => {
    const command = parseCommand(['build', 'a.txt', '-o', 'g.json']);
    expect(command).toMatchObject({
      options: { clusters: 'auto', neighbours: undefined, seed: undefined, title: null },
    });
  });

  it('shows help with no command, -h or --help', () => {
    expect(parseCommand([])).toEqual({ name: 'help' });
    expect(parseCommand(['-h'])).toEqual({ name: 'help' });
    expect(parseCommand(['build', '--help'])).toEqual({ name: 'help' });
  });

  it.each([
    [['frobnicate'], 'unknown command "frobnicate" (try: papermap build or papermap export)'],
    [['build', '-o', 'g.json'], 'build needs at least one input file'],
    [['build', 'a.txt'], 'build needs an output file: -o <graph.json>'],
    [
      ['build', 'a.txt', '-o', 'g.json', '--clusters', 'many'],
      '--clusters expects a whole number, got "many"',
    ],
    [['build', 'a.txt', '-o', 'g.json', '--neighbours', '-3'], '--neighbours'],
    [['build', 'a.txt', '-o', 'g.json', '--format', 'docx'], 'unknown format "docx"'],
    [['build', 'a.txt', '-o', 'g.json', '--colour', 'red'], "Unknown option '--colour'"],
  ])('rejects %j with one clear line', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(UsageError);
    expect(() => parseCommand(argv)).toThrow(message);
  });
});

describe('parseCommand: export', () => {
  it('reads an export of a graph file', () => {
    expect(parseCommand(['export', 'graph.json', '--single-file', 'map.html'])).toEqual({
      name: 'export',
      inputs: ['graph.json'],
      singleFile: 'map.html',
      format: null,
      quiet: false,
      options: { clusters: 'auto', neighbours: undefined, seed: undefined, title: null },
    });
  });

  it('takes the build options for paper files', () => {
    const command = parseCommand([
      'export',
      'a.bib',
      '--single-file',
      'm.html',
      '--title',
      'T',
      '-q',
    ]);
    expect(command).toMatchObject({ name: 'export', quiet: true, options: { title: 'T' } });
  });

  it('says what is missing or misplaced, in one line', () => {
    const message = (argv: string[]) => {
      try {
        parseCommand(argv);
      } catch (e) {
        expect(e).toBeInstanceOf(UsageError);
        return (e as Error).message;
      }
      throw new Error('no error');
    };
    expect(message(['export', 'g.json'])).toBe(
      'export needs an output file: --single-file <map.html>',
    );
    expect(message(['export', '--single-file', 'm.html'])).toBe(
      'export needs at least one input file',
    );
    expect(message(['export', 'g.json', '--single-file', 'm.html', '-o', 'x.json'])).toMatch(
      /^export writes only --single-file/u,
    );
    expect(message(['build', 'a.txt', '-o', 'g.json', '--single-file', 'm.html'])).toMatch(
      /^--single-file belongs to export/u,
    );
  });
});
