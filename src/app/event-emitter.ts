// Node's EventEmitter as graphology and sigma use it, for the viewer's bundle: vite.config.ts
// resolves their `import { EventEmitter } from 'events'` here instead of to the `events`
// package, the browser port of all of Node's (about 2 KiB gzipped, with EventTarget support,
// leak warnings and a promise-returning `once`), which the first load does not need.
// Same semantics for what they call: listeners run in the order added, on a copy of the list
// (one added or removed during an emit does not change that emit); `removeListener` drops the
// last one added of that function, or a `once` wrapper of it; an unhandled 'error' throws.
// Not kept: the 'newListener' and 'removeListener' events, and the max-listeners warning.

// The signature of Node's listeners, which take whatever the event carries.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Listener = (...args: any[]) => void;
type Key = string | symbol;
/** What `once` adds: a wrapper that knows the listener it stands for. */
type Entry = Listener & { listener?: Listener };

export class EventEmitter {
  readonly #events = new Map<Key, Entry[]>();

  on(type: Key, listener: Listener): this {
    this.#events.set(type, [...(this.#events.get(type) ?? []), listener]);
    return this;
  }

  addListener(type: Key, listener: Listener): this {
    return this.on(type, listener);
  }

  prependListener(type: Key, listener: Listener): this {
    this.#events.set(type, [listener, ...(this.#events.get(type) ?? [])]);
    return this;
  }

  once(type: Key, listener: Listener): this {
    const wrapper: Entry = (...args: unknown[]) => {
      this.removeListener(type, wrapper);
      listener.apply(this, args);
    };
    wrapper.listener = listener;
    return this.on(type, wrapper);
  }

  removeListener(type: Key, listener: Listener): this {
    const list = this.#events.get(type);
    if (!list) return this;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        const rest = list.filter((_, j) => j !== i);
        if (rest.length > 0) this.#events.set(type, rest);
        else this.#events.delete(type);
        break;
      }
    }
    return this;
  }

  off(type: Key, listener: Listener): this {
    return this.removeListener(type, listener);
  }

  removeAllListeners(type?: Key): this {
    if (type === undefined) this.#events.clear();
    else this.#events.delete(type);
    return this;
  }

  emit(type: Key, ...args: unknown[]): boolean {
    const list = this.#events.get(type);
    if (!list) {
      if (type === 'error') throw args[0] instanceof Error ? args[0] : new Error('Unhandled error');
      return false;
    }
    // Lists are replaced, never changed in place, so this one stays as it was for the emit.
    for (const listener of list) listener.apply(this, args);
    return true;
  }

  listeners(type: Key): Listener[] {
    return (this.#events.get(type) ?? []).map((l) => l.listener ?? l);
  }

  listenerCount(type: Key): number {
    return this.#events.get(type)?.length ?? 0;
  }

  eventNames(): Key[] {
    return [...this.#events.keys()];
  }

  /** Kept for callers; there is no leak warning to tune. */
  setMaxListeners(n: number): this {
    void n;
    return this;
  }

  getMaxListeners(): number {
    return Infinity;
  }
}

export default EventEmitter;
