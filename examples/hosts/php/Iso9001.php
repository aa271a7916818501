<?php
// iso9001 from PHP through the C library (PHP 8.2 FFI). A portal team
// copies this file: it loads libiso9001.so (ISO9001_LIB, else the system's
// library search), passes text as UTF-8 pointer + length, turns every
// non-OK status into an Iso9001Exception with the library's stable code,
// and frees every string and handle the library hands out.
declare(strict_types=1);

namespace Iso9001;

final class Iso9001Exception extends \RuntimeException
{
    public function __construct(public readonly string $errorCode, string $message, public readonly ?string $field = null)
    {
        parent::__construct($message);
    }
}

final class Library
{
    public const VI = 0;
    public const EN = 1;

    private static ?\FFI $ffi = null;

    public static function ffi(): \FFI
    {
        return self::$ffi ??= \FFI::cdef(<<<'C'
            typedef struct iso9001_checker iso9001_checker;
            typedef struct iso9001_calendar iso9001_calendar;
            const char *iso9001_version(void);
            void iso9001_string_free(char *s);
            char *iso9001_last_error_json(void);
            uint32_t iso9001_clause(const uint8_t *edition, size_t edition_len, const uint8_t *number, size_t number_len, uint32_t lang, char **out_json);
            uint32_t iso9001_checker_new(const uint8_t *policy, size_t policy_len, uint32_t lang, iso9001_checker **out_checker);
            void iso9001_checker_free(iso9001_checker *checker);
            uint32_t iso9001_check_document(const iso9001_checker *checker, const uint8_t *document, size_t document_len, const uint8_t *as_of, size_t as_of_len, uint32_t lang, char **out_json);
            uint32_t iso9001_calendar_new(const uint8_t *config, size_t config_len, uint32_t lang, iso9001_calendar **out_calendar);
            void iso9001_calendar_free(iso9001_calendar *calendar);
            uint32_t iso9001_calendar_query(const iso9001_calendar *calendar, const uint8_t *query, size_t query_len, uint32_t lang, char **out_json);
            C, getenv('ISO9001_LIB') ?: 'libiso9001.so');
    }

    /** A PHP string as (pointer, length); PHP strings are byte strings. */
    public static function bytes(?string $text): array
    {
        if ($text === null) {
            return [null, 0];
        }
        $n = strlen($text);
        $buf = self::ffi()->new("uint8_t[" . max($n, 1) . "]", false);
        \FFI::memcpy($buf, $text, $n);
        return [$buf, $n];
    }

    /** Frees what bytes() allocated. */
    public static function release(?\FFI\CData $buf): void
    {
        if ($buf !== null) {
            \FFI::free($buf);
        }
    }

    /** Copies a string the library returned, then frees it (exactly once). */
    public static function take(?\FFI\CData $ptr): ?string
    {
        if ($ptr === null || \FFI::isNull($ptr)) {
            return null;
        }
        $text = \FFI::string($ptr);
        self::ffi()->iso9001_string_free($ptr);
        return $text;
    }

    public static function check(int $status): void
    {
        if ($status !== 0) {
            $info = json_decode(self::take(self::ffi()->iso9001_last_error_json()) ?? '{}', true);
            throw new Iso9001Exception($info['code'] ?? 'unknown', $info['message'] ?? '', $info['field'] ?? null);
        }
    }

    /** Calls `fn(char **out)` and returns the decoded JSON answer. */
    public static function json(callable $fn): array
    {
        $out = self::ffi()->new('char *');
        self::check($fn(\FFI::addr($out)));
        return json_decode(self::take($out), true, 512, JSON_THROW_ON_ERROR);
    }

    public static function clause(string $number, ?string $edition = null, int $lang = self::VI): array
    {
        [$ed, $edLen] = self::bytes($edition);
        [$num, $numLen] = self::bytes($number);
        try {
            return self::json(fn ($out) => self::ffi()->iso9001_clause($ed, $edLen, $num, $numLen, $lang, $out));
        } finally {
            self::release($ed);
            self::release($num);
        }
    }
}

/** An agency's policy compiled once; call close() (or let it go out of scope). */
final class Checker
{
    private ?\FFI\CData $handle;

    public function __construct(?string $policyJson = null, int $lang = Library::VI)
    {
        $ffi = Library::ffi();
        [$p, $n] = Library::bytes($policyJson);
        $out = $ffi->new('iso9001_checker *');
        try {
            Library::check($ffi->iso9001_checker_new($p, $n, $lang, \FFI::addr($out)));
        } finally {
            Library::release($p);
        }
        $this->handle = $out;
    }

    public function checkDocument(string $documentJson, string $asOf, int $lang = Library::VI): array
    {
        [$d, $dn] = Library::bytes($documentJson);
        [$a, $an] = Library::bytes($asOf);
        try {
            return Library::json(fn ($out) => Library::ffi()->iso9001_check_document($this->handle, $d, $dn, $a, $an, $lang, $out));
        } finally {
            Library::release($d);
            Library::release($a);
        }
    }

    public function close(): void
    {
        if ($this->handle !== null) {
            Library::ffi()->iso9001_checker_free($this->handle);
            $this->handle = null;
        }
    }

    public function __destruct()
    {
        $this->close();
    }
}

/** A working calendar (holidays, office hours, the 15:00 cut-off). */
final class Calendar
{
    private ?\FFI\CData $handle;

    public function __construct(?string $configJson = null, int $lang = Library::VI)
    {
        $ffi = Library::ffi();
        [$c, $n] = Library::bytes($configJson);
        $out = $ffi->new('iso9001_calendar *');
        try {
            Library::check($ffi->iso9001_calendar_new($c, $n, $lang, \FFI::addr($out)));
        } finally {
            Library::release($c);
        }
        $this->handle = $out;
    }

    public function query(array $query, int $lang = Library::VI): array
    {
        [$q, $qn] = Library::bytes(json_encode($query, JSON_UNESCAPED_UNICODE));
        try {
            return Library::json(fn ($out) => Library::ffi()->iso9001_calendar_query($this->handle, $q, $qn, $lang, $out));
        } finally {
            Library::release($q);
        }
    }

    public function close(): void
    {
        if ($this->handle !== null) {
            Library::ffi()->iso9001_calendar_free($this->handle);
            $this->handle = null;
        }
    }

    public function __destruct()
    {
        $this->close();
    }
}
