import fc from 'fast-check';
import { EventEmitter as NodeEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { EventEmitter } from '../../../src/app/event-emitter.ts';

type Op =
  | { op: 'on' | 'once' | 'prepend' | 'off'; type: string; fn: number }
  | { op: 'emit'; type: string; arg: number }
  | { op: 'removeAll'; type: string | undefined };

interface Emitter {
  on(type: string, fn: (...args: unknown[]) => void): unknown;
  once(type: string, fn: (...args: unknown[]) => void): unknown;
  prependListener(type: string, fn: (...args: unknown[]) => void): unknown;
  removeListener(type: string, fn: (...args: unknown[]) => void): unknown;
  removeAllListeners(type?: string): unknown;
  emit(type: string, ...args: unknown[]): boolean;
  listenerCount(type: string): number;
  listeners(type: string): unknown[];
}

/** Runs the ops; listener i logs its calls and, for i = 0, removes listener 1 while it runs. */
function run(emitter: Emitter, ops: Op[]): unknown[] {
  const log: unknown[] = [];
  const fns = [0, 1, 2].map((i) => (...args: unknown[]) => {
    log.push([i, ...args]);
    if (i === 0) emitter.removeListener('a', fns[1]);
  });
  for (const o of ops) {
    if (o.op === 'on') emitter.on(o.type, fns[o.fn]);
    else if (o.op === 'once') emitter.once(o.type, fns[o.fn]);
    else if (o.op === 'prepend') emitter.prependListener(o.type, fns[o.fn]);
    else if (o.op === 'off') emitter.removeListener(o.type, fns[o.fn]);
    else if (o.op === 'emit') log.push(emitter.emit(o.type, o.arg));
    // Node's takes an explicit `undefined` for an event's name: sigma calls it without one.
    else if (o.type === undefined) emitter.removeAllListeners();
    else emitter.removeAllListeners(o.type);
    for (const t of ['a', 'b'])
      log.push(
        emitter.listenerCount(t),
        emitter.listeners(t).map((f) => fns.indexOf(f as (typeof fns)[number])),
      );
  }
  return log;
}

describe('EventEmitter (for graphology and sigma)', () => {
  it('behaves as Node’s for what they call (property)', () => {
    const type = fc.constantFrom('a', 'b');
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({
        op: fc.constantFrom('on' as const, 'once' as const, 'prepend' as const, 'off' as const),
        type,
        fn: fc.integer({ min: 0, max: 2 }),
      }),
      fc.record({ op: fc.constant('emit' as const), type, arg: fc.integer() }),
      fc.record({
        op: fc.constant('removeAll' as const),
        type: fc.option(type, { nil: undefined }),
      }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        expect(run(new EventEmitter(), ops)).toEqual(run(new NodeEmitter(), ops));
      }),
    );
  });

  it('calls listeners with the emitter as `this`, and throws an unhandled error', () => {
    const e = new EventEmitter();
    const selves: unknown[] = [];
    e.on('x', function (this: unknown) {
      selves.push(this);
    });
    e.emit('x');
    expect(selves).toHaveLength(1);
    expect(selves[0]).toBe(e);
    const boom = new Error('boom');
    expect(() => e.emit('error', boom)).toThrow(boom);
    e.on('error', () => {});
    expect(e.emit('error', boom)).toBe(true);
  });

  it('can be extended by a class, as graphology’s Graph and sigma’s emitters are', () => {
    class Graph extends EventEmitter {
      add() {
        this.emit('added', 1);
      }
    }
    const g = new Graph();
    const seen: number[] = [];
    g.on('added', (n: number) => seen.push(n));
    g.add();
    expect(seen).toEqual([1]);
  });
});
