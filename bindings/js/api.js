// The public API of the package, over the raw wasm-bindgen exports.
// The raw exports return JSON text (byte-identical to the C library and
// the CLI); this layer parses it into plain objects and turns every
// failure into an Iso9001Error with a stable `code`.

/** An error from the library: `code` is stable, `message` is localised. */
export class Iso9001Error extends Error {
  constructor(code, message, field = null) {
    super(message);
    this.name = 'Iso9001Error';
    this.code = code;
    this.field = field;
  }
}

/**
 * Builds the API over a raw module. `getRaw()` returns the initialised
 * wasm-bindgen module or throws when it is not initialised yet.
 */
export function makeApi(getRaw) {
  let poisoned = null;

  function call(fn) {
    if (poisoned) {
      throw new Iso9001Error('poisoned', poisoned);
    }
    const raw = getRaw();
    try {
      return JSON.parse(fn(raw));
    } catch (e) {
      if (e instanceof Iso9001Error) throw e;
      if (e && typeof e.code === 'string') {
        throw new Iso9001Error(e.code, e.message, e.field ?? null);
      }
      if (e instanceof WebAssembly.RuntimeError) {
        // A panic aborted inside the module: never compute on it again.
        let detail = '';
        try {
          detail = raw.lastPanic() ?? '';
        } catch {
          // The instance may be unusable; the trap itself is the message.
        }
        poisoned =
          'iso9001: internal error, the module must be reloaded ' +
          '(lỗi nội bộ, cần tải lại mô-đun)' + (detail ? `: ${detail}` : '');
        throw new Iso9001Error('panic', poisoned);
      }
      throw e;
    }
  }

  const lang = (options) => options?.lang ?? null;
  const json = (value) => (value === undefined || value === null ? null : JSON.stringify(value));

  return {
    Iso9001Error,
    version: () => getRaw().version(),
    editions: (options) => call((r) => r.editionsJson(lang(options))),
    clause: (number, options) =>
      call((r) => r.clauseJson(number, options?.edition ?? null, lang(options))),
    search: (query, options) => {
      const { lang: l, ...rest } = options ?? {};
      const opts = Object.keys(rest).length ? json(rest) : null;
      return call((r) => r.searchJson(query, opts, l ?? null));
    },
    map: (number, from, to, options) => call((r) => r.mapJson(number, from, to, lang(options))),
    tree: (options) => call((r) => r.treeJson(options?.edition ?? null, lang(options))),
    transition: (request, options) => call((r) => r.transitionJson(json(request), lang(options))),
    /** Raw JSON text of any call, for byte-exact comparisons and storage. */
    rawJson: (name, ...args) => {
      if (poisoned) throw new Iso9001Error('poisoned', poisoned);
      return getRaw()[`${name}Json`](...args);
    },
  };
}
