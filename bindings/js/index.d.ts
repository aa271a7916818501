// Public TypeScript API of the iso9001 package. The data shapes come from
// ./types (generated from the Rust types through JSON Schema).
import type {
  AuditReport,
  AuditRequest,
  BatchAnswer,
  QmsReport,
  QmsRequest,
  CalendarAnswer,
  CalendarConfig,
  CalendarQuery,
  ClauseView,
  DossierBatch,
  DossierReport,
  EditionView,
  Lang,
  Mapping,
  NumberCheck,
  Policy,
  ProcedureDocument,
  Imported,
  Register,
  Report,
  RuleView,
  SearchHit,
  SearchOptions,
  Transition,
  TransitionRequest,
  TreeEntry,
} from './types';

export * from './types';

/** Language of titles and messages; Vietnamese when omitted. */
export interface LangOption {
  lang?: Lang;
}

/** An error from the library: `code` is stable, `message` is localised. */
export declare class Iso9001Error extends Error {
  readonly name: 'Iso9001Error';
  /** Stable code, e.g. `unknown_clause`, `invalid_input`; `panic` for an
   * internal error (that call fails, the module restarts and later calls
   * work); `stale_handle` for a checker or calendar made before such a
   * restart. */
  readonly code: string;
  /** The field or argument at fault, when the error names one. */
  readonly field: string | null;
  constructor(code: string, message: string, field?: string | null);
}

/** What `init` accepts: a URL or path, a Response, bytes or a compiled module. */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/**
 * A capability that is a module of its own, for pages that use only some:
 * `catalogue` (clause, search, map, tree, transition, editions),
 * `documents` (checker, rules, documentNumber), `calendar`, `audit`
 * (audit, auditRules), `qms`, `html` (renderHtml), `docx` (importDocx, importDocxAll and,
 * with `documents`, checkDocx).
 */
export type Part = 'catalogue' | 'documents' | 'calendar' | 'audit' | 'qms' | 'html' | 'docx';

/** Only some capabilities: their names, or each with where its module is. */
export interface InitParts {
  parts: Part[] | Partial<Record<Part, InitInput>>;
}

/**
 * Loads the library (browser): with no argument or the whole module's
 * source, every capability; with `{ parts }`, only those (call again to
 * add more). A no-op in Node, where import loads the whole module.
 */
export declare function init(input?: InitInput | InitParts): Promise<void>;
/** The library version. */
export declare function version(): string;
/** Bytes of wasm memory the loaded modules hold now (wasm memory never shrinks). */
export declare function memoryBytes(): number;
/** The editions in the catalogue, newest first. */
export declare function editions(options?: LangOption): EditionView[];
/** One clause; `edition` defaults to the current one. */
export declare function clause(number: string, options?: LangOption & { edition?: string }): ClauseView;
/** Case- and diacritic-insensitive search, best first. */
export declare function search(query: string, options?: LangOption & SearchOptions): SearchHit[];
/** Maps a clause between editions. */
export declare function map(number: string, from: string, to: string, options?: LangOption): Mapping;
/** The clause tree in walk order. */
export declare function tree(options?: LangOption & { edition?: string }): TreeEntry[];
/** Which clauses of `to` the covered clauses of `from` reach. */
export declare function transition(request: TransitionRequest, options?: LangOption): Transition;
/** The document-control rules. */
export declare function rules(options?: LangOption): RuleView[];
/** Checks a Vietnamese document number such as `19/2014/QĐ-TTg`. */
export declare function documentNumber(number: string, options?: LangOption): NumberCheck;

/** Audit: programme rules, checklist score (XCCDF 1.2, conformity, maturity), corrective actions. */
export declare function audit(request: AuditRequest | string, options?: LangOption): AuditReport;
/** Agency compliance, the inspector's view: findings, score and grade. */
export declare function qms(request: QmsRequest | string, options?: LangOption): QmsReport;
/** The audit, corrective-action and compliance rules. */
export declare function auditRules(options?: LangOption): RuleView[];

/** Options of a check: the date it is made for (required), and the language. */
export interface CheckOptions extends LangOption {
  /** The date the check is made for, `YYYY-MM-DD` (Vietnam's "today"). */
  asOf: string;
}

/** An agency's policy compiled once, to check many documents. It holds no
 * date, so one checker stays right for as long as the page lives. */
export interface Checker {
  /** Checks one procedure document (an object or JSON text). */
  checkDocument(document: ProcedureDocument | string, options: CheckOptions): Report;
  /** Checks a register: every issue of every document. */
  checkRegister(register: Register | string, options: CheckOptions): Report;
  /** Checks a procedure read from the bytes of a Word file (.docx). */
  checkDocx(bytes: Uint8Array | ArrayBuffer, options: CheckOptions): Report;
  /** The Word file's report as JSON text. */
  checkDocxJson(bytes: Uint8Array | ArrayBuffer, options: CheckOptions): string;
  /** The document's report as JSON text (byte-identical to C and the CLI). */
  checkDocumentJson(document: ProcedureDocument | string, options: CheckOptions): string;
  /** The register's report as JSON text. */
  checkRegisterJson(register: Register | string, options: CheckOptions): string;
  /** Releases the checker's memory in the module. Free every checker you
   * create (or declare it with `using` where the runtime has
   * `Symbol.dispose`); after the module restarted from an internal error,
   * its methods throw `stale_handle` and `free()` does nothing. */
  free(): void;
}
/** Compiles a policy (every field has a default; absent: the default
 * policy); errors name the policy field. */
export declare function createChecker(policy?: Policy | string, options?: LangOption): Checker;

/** A working calendar (holidays, office hours, afternoon cut-off). */
export interface Calendar {
  /** Answers a question tagged by `kind` (`due`, `addWorkingDays`, `day`, `year` …). */
  query(query: CalendarQuery | string, options?: LangOption): CalendarAnswer;
  /** Many questions in one call (thousands of due dates for a page of
   * dossiers): the answers in the same order; a question that cannot be
   * answered gets `{ kind: 'error', error }` in its place (`error.field`
   * under its index, e.g. `/3/days`). At most 100,000 questions. */
  queryBatch(queries: CalendarQuery[] | string, options?: LangOption): BatchAnswer[];
  /** Due times, lateness, status and on-time rates of a batch of dossiers. */
  trackDossiers(batch: DossierBatch | string, options?: LangOption): DossierReport;
  /** The answer as JSON text (byte-identical to C and the CLI). */
  queryJson(query: CalendarQuery | string, options?: LangOption): string;
  /** The batch's answers as JSON text. */
  queryBatchJson(queries: CalendarQuery[] | string, options?: LangOption): string;
  /** The dossier report as JSON text. */
  trackDossiersJson(batch: DossierBatch | string, options?: LangOption): string;
  /** Releases the calendar's memory in the module. Free every calendar
   * you create (or declare it with `using`); calendars made without a
   * configuration share their tables, so one you forget costs little. */
  free(): void;
}
/** Builds a working calendar; every configuration field has a default. */
export declare function createCalendar(config?: CalendarConfig | string | null, options?: LangOption): Calendar;

/** Reads a procedure from the bytes of a Word file (.docx), in the page;
 * check `document` with a checker. A damaged file, an old .doc, a zip
 * bomb or a file of several procedures (an annex: see `importDocxAll`)
 * throws an `Iso9001Error`. */
export declare function importDocx(bytes: Uint8Array | ArrayBuffer, options?: LangOption): Imported;

/** Every procedure of a Word file (.docx): one for a procedure's file, one
 * per procedure of an annex of internal procedures (quy trình nội bộ giải
 * quyết TTHC, published with the decision approving them). */
export declare function importDocxAll(bytes: Uint8Array | ArrayBuffer, options?: LangOption): Imported[];

/** Which answer `renderHtml` renders. */
export type ReportKind = 'documents' | 'audit' | 'qms' | 'dossiers';
/** A report for people: the answer of a check, an audit, an agency check or
 * a dossier batch (object or JSON text) as one self-contained HTML page
 * (inline CSS and SVG charts, prints on A4); the same as `--format html`. */
export declare function renderHtml(kind: ReportKind, answer: object | string, options?: LangOption): string;

/** Raw JSON text of a call, byte-identical to the C library and the CLI. */
export declare function rawJson(
  name: 'editions' | 'clause' | 'search' | 'map' | 'tree' | 'transition' | 'rules' | 'documentNumber' | 'audit' | 'qms' | 'auditRules',
  ...args: Array<string | null>
): string;
/** Raw JSON text of a Word file's import (`Imported`): the bytes, then the language or null. */
export declare function rawJson(name: 'importDocx' | 'importDocxAll', bytes: Uint8Array, lang?: string | null): string;
