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
 * The part (a module of its own, see `init({ parts })` in web.js) that
 * serves each raw call; the module with every capability serves them all.
 */
export const PART_OF = {
  editionsJson: 'catalogue',
  clauseJson: 'catalogue',
  searchJson: 'catalogue',
  mapJson: 'catalogue',
  treeJson: 'catalogue',
  transitionJson: 'catalogue',
  rulesJson: 'documents',
  documentNumberJson: 'documents',
  auditJson: 'audit',
  auditRulesJson: 'audit',
  qmsJson: 'qms',
  importDocxJson: 'docx',
  importDocxAllJson: 'docx',
};

/**
 * Builds the API over raw modules. `getRaw(part)` returns the initialised
 * wasm-bindgen module that serves `part` (`catalogue`, `documents`,
 * `calendar`, `audit`, `qms`, `html`, `docx`) or throws when it is not
 * loaded; `loaded()` lists the distinct modules loaded so far.
 */
export function makeApi(getRaw, loaded = () => [getRaw('catalogue')]) {
  // A module that could not restart after a trap, with the reason.
  const poisoned = new Map();

  /** `r`, unless a panic has poisoned it for good. */
  function usable(r) {
    if (poisoned.has(r)) throw new Iso9001Error('poisoned', poisoned.get(r));
    return r;
  }

  /** The raw module of `part`, unless poisoned. */
  function raw(part) {
    return usable(getRaw(part));
  }

  /** Turns what a raw call threw into an Iso9001Error. */
  function toError(e, r) {
    if (e instanceof Iso9001Error) return e;
    if (e && typeof e.code === 'string') return new Iso9001Error(e.code, e.message, e.field ?? null);
    if (e instanceof WebAssembly.RuntimeError) {
      // A panic aborted inside the module. The call that hit it fails; the
      // module is re-instantiated from its compiled code so that later
      // calls work (handles made before are stale).
      let detail = '';
      try {
        detail = r?.lastPanic() ?? '';
      } catch {
        // The instance may be unusable; the trap itself is the message.
      }
      const suffix = detail ? `: ${detail}` : '';
      try {
        r.__wbg_reset_state();
      } catch {
        const why =
          'iso9001: internal error, the module must be reloaded ' +
          '(lỗi nội bộ, cần tải lại mô-đun)' + suffix;
        poisoned.set(r, why);
        return new Iso9001Error('panic', why);
      }
      return new Iso9001Error(
        'panic',
        'iso9001: internal error in this call; the module was restarted ' +
          '(lỗi nội bộ trong lần gọi này; mô-đun đã được khởi động lại)' + suffix,
      );
    }
    if (e instanceof Error && /stale object/i.test(e.message)) {
      return new Iso9001Error(
        'stale_handle',
        'iso9001: this checker or calendar was made before the module restarted after an ' +
          'internal error; create it again (bộ kiểm tra hoặc lịch này được tạo trước khi ' +
          'mô-đun khởi động lại sau lỗi nội bộ; hãy tạo lại)',
      );
    }
    return e;
  }

  /** Lets `using handle = ...` free it where the runtime has Symbol.dispose. */
  function disposable(handle) {
    if (typeof Symbol.dispose === 'symbol') handle[Symbol.dispose] = handle.free;
    return handle;
  }

  /** Frees a handle; a stale one has nothing left to free. */
  function free(inner) {
    try {
      inner.free();
    } catch {
      // Stale (made before a restart) or already freed: nothing to do.
    }
  }

  /** Runs `fn` on module `r`; a failure becomes an Iso9001Error of `r`. */
  function on(r, fn) {
    usable(r);
    try {
      return fn(r);
    } catch (e) {
      throw toError(e, r);
    }
  }

  /** `on` for a call that returns JSON text; returns plain objects. */
  const json = (r, fn) => JSON.parse(on(r, fn));
  /** Runs a raw call of `part` that returns JSON text; returns plain objects. */
  const call = (part, fn) => json(getRaw(part), fn);
  /** Runs a raw call of `part` that returns JSON text; returns the text. */
  const rawText = (part, fn) => on(getRaw(part), fn);

  /** The modules loaded and usable; `not_initialized` when there is none. */
  function modules() {
    const all = loaded().filter((r) => !poisoned.has(r));
    if (all.length === 0) raw('catalogue'); // throws the reason
    return all;
  }

  const lang = (options) => options?.lang ?? null;
  const bytesOf = (b) => (b instanceof Uint8Array ? b : new Uint8Array(b));
  const text = (v) => (typeof v === 'string' ? v : JSON.stringify(v));

  return {
    Iso9001Error,
    version: () => {
      const r = modules()[0];
      return on(r, () => r.version());
    },
    /** Bytes of wasm memory the loaded modules hold (it grows, never shrinks). */
    memoryBytes: () => modules().reduce((sum, r) => sum + on(r, () => r.memoryBytes()), 0),
    editions: (options) => call('catalogue', (r) => r.editionsJson(lang(options))),
    clause: (number, options) =>
      call('catalogue', (r) => r.clauseJson(number, options?.edition ?? null, lang(options))),
    search: (query, options) => {
      const { lang: l, ...rest } = options ?? {};
      const opts = Object.keys(rest).length ? JSON.stringify(rest) : null;
      return call('catalogue', (r) => r.searchJson(query, opts, l ?? null));
    },
    map: (number, from, to, options) => call('catalogue', (r) => r.mapJson(number, from, to, lang(options))),
    tree: (options) => call('catalogue', (r) => r.treeJson(options?.edition ?? null, lang(options))),
    transition: (request, options) => call('catalogue', (r) => r.transitionJson(text(request), lang(options))),
    rules: (options) => call('documents', (r) => r.rulesJson(lang(options))),
    documentNumber: (number, options) => call('documents', (r) => r.documentNumberJson(number, lang(options))),
    audit: (request, options) => call('audit', (r) => r.auditJson(text(request), lang(options))),
    qms: (request, options) => call('qms', (r) => r.qmsJson(text(request), lang(options))),
    auditRules: (options) => call('audit', (r) => r.auditRulesJson(lang(options))),
    createChecker: (policy, options) => {
      const r = raw('documents');
      const policyText = policy === undefined || policy === null ? null : text(policy);
      let inner;
      try {
        inner = new r.RawChecker(policyText, lang(options));
      } catch (e) {
        throw toError(e, r);
      }
      // The checker holds no date: every check says which day it is for.
      const asOf = (o) => o?.asOf ?? null;
      // A Word file's report as JSON text. With the `docx` part loaded
      // apart from `documents`, the file is read there and the document
      // checked here: the same bytes as one call (a test in core/tests
      // shows it on the Word corpus).
      const docxText = (bytes, o) => {
        const d = getRaw('docx');
        if (d === r) return on(r, () => inner.checkDocxJson(bytesOf(bytes), asOf(o), lang(o)));
        const steps = on(r, () => inner.maxSteps());
        const doc = on(d, () => d.importDocxForCheckJson(bytesOf(bytes), steps, asOf(o), lang(o)));
        return on(r, () => inner.checkImportedJson(doc, asOf(o), lang(o)));
      };
      return disposable({
        checkDocument: (doc, o) => json(r, () => inner.checkDocumentJson(text(doc), asOf(o), lang(o))),
        checkRegister: (reg, o) => json(r, () => inner.checkRegisterJson(text(reg), asOf(o), lang(o))),
        /** Checks a procedure read from a Word file's bytes (Uint8Array, ArrayBuffer). */
        checkDocx: (bytes, o) => JSON.parse(docxText(bytes, o)),
        /** The Word file's report as JSON text. */
        checkDocxJson: (bytes, o) => docxText(bytes, o),
        /** The report as JSON text, byte-identical to the C library and the CLI. */
        checkDocumentJson: (doc, o) => on(r, () => inner.checkDocumentJson(text(doc), asOf(o), lang(o))),
        checkRegisterJson: (reg, o) => on(r, () => inner.checkRegisterJson(text(reg), asOf(o), lang(o))),
        /** Frees the checker's memory in the module (do it when done). */
        free: () => free(inner),
      });
    },
    createCalendar: (config, options) => {
      const r = raw('calendar');
      let inner;
      try {
        inner = new r.RawCalendar(config === undefined || config === null ? null : text(config), lang(options));
      } catch (e) {
        throw toError(e, r);
      }
      // The calendar lives in the module it was made in (`r`), whatever is
      // loaded later; so does a checker.
      return disposable({
        query: (q, o) => json(r, () => inner.queryJson(text(q), lang(o))),
        /**
         * Many questions in one call (an array, or its JSON text): the
         * answers in order, a refused question as `{kind: 'error', error}`.
         */
        queryBatch: (qs, o) => json(r, () => inner.queryBatchJson(text(qs), lang(o))),
        trackDossiers: (batch, o) => json(r, () => inner.trackDossiersJson(text(batch), lang(o))),
        /** Answers as JSON text, byte-identical to the C library and the CLI. */
        queryJson: (q, o) => on(r, () => inner.queryJson(text(q), lang(o))),
        queryBatchJson: (qs, o) => on(r, () => inner.queryBatchJson(text(qs), lang(o))),
        trackDossiersJson: (batch, o) => on(r, () => inner.trackDossiersJson(text(batch), lang(o))),
        /** Frees the calendar's memory in the module (do it when done). */
        free: () => free(inner),
      });
    },
    /**
     * Reads a procedure from a Word file (.docx) given as bytes
     * (Uint8Array, ArrayBuffer): `{ document, extraction }`; check
     * `document` with a checker. Nothing leaves the page.
     */
    importDocx: (bytes, options) =>
      call('docx', (r) => r.importDocxJson(bytesOf(bytes), lang(options))),
    /**
     * Every procedure of a Word file: `[{ document, extraction }, …]`, one
     * per procedure of an annex of internal procedures (which importDocx
     * refuses as several).
     */
    importDocxAll: (bytes, options) =>
      call('docx', (r) => r.importDocxAllJson(bytesOf(bytes), lang(options))),
    /**
     * A report for people: the answer of a check (`documents`), an audit,
     * an agency check (`qms`) or a dossier batch (`dossiers`), as one
     * self-contained HTML page (text), the same as the CLI's --format html.
     */
    renderHtml: (kind, answer, options) => rawText('html', (r) => r.renderHtml(kind, text(answer), lang(options))),
    /** Raw JSON text of any call, for byte-exact comparisons and storage. */
    rawJson: (name, ...args) => {
      const part = PART_OF[`${name}Json`];
      if (part === undefined) {
        const names = Object.keys(PART_OF).map((k) => k.slice(0, -4)).join(', ');
        throw new Iso9001Error(
          'invalid_input',
          `unknown call \`${name}\`; rawJson knows ${names} (không có lệnh \`${name}\`; rawJson nhận: ${names})`,
          'name',
        );
      }
      return rawText(part, (r) => r[`${name}Json`](...args));
    },
  };
}
