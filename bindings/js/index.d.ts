// Public TypeScript API of the iso9001 package. The data shapes come from
// ./types (generated from the Rust types through JSON Schema).
import type {
  ClauseView,
  EditionView,
  Lang,
  Mapping,
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
  /** Stable code, e.g. `unknown_clause`, `invalid_input`, `panic`. */
  readonly code: string;
  /** The field or argument at fault, when the error names one. */
  readonly field: string | null;
  constructor(code: string, message: string, field?: string | null);
}

/** What `init` accepts: a URL or path, a Response, bytes or a compiled module. */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/** Loads the module (browser); a no-op in Node, where import loads it. */
export declare function init(input?: InitInput): Promise<void>;
/** The library version. */
export declare function version(): string;
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
/** Raw JSON text of a call, byte-identical to the C library and the CLI. */
export declare function rawJson(
  name: 'editions' | 'clause' | 'search' | 'map' | 'tree' | 'transition',
  ...args: Array<string | null>
): string;
