// iso9001 from Java 17 through the C library, with JNA (Debian libjna-java).
// A portal team copies this file: it loads libiso9001.so (the system
// property jna.library.path or ISO9001_LIB's folder), passes text as UTF-8
// bytes + length, turns every non-OK status into an Iso9001Exception with
// the library's stable code, and frees every string and handle the library
// hands out (handles are AutoCloseable).
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.util.Map;

public final class Iso9001 {
    public static final int VI = 0;
    public static final int EN = 1;

    /** The C functions used here (see bindings/c/iso9001.h). */
    interface C extends Library {
        String iso9001_version();
        void iso9001_string_free(Pointer s);
        Pointer iso9001_last_error_json();
        int iso9001_clause(byte[] edition, long editionLen, byte[] number, long numberLen, int lang, PointerByReference out);
        int iso9001_checker_new(byte[] policy, long policyLen, int lang, PointerByReference out);
        void iso9001_checker_free(Pointer checker);
        int iso9001_check_document(Pointer checker, byte[] doc, long docLen, byte[] asOf, long asOfLen, int lang, PointerByReference out);
        int iso9001_calendar_new(byte[] config, long configLen, int lang, PointerByReference out);
        void iso9001_calendar_free(Pointer calendar);
        int iso9001_calendar_query(Pointer calendar, byte[] query, long queryLen, int lang, PointerByReference out);
    }

    static final C LIB = Native.load(System.getenv().getOrDefault("ISO9001_LIB", "iso9001"), C.class);

    /** An error from the library: code is stable, the message localised. */
    public static final class Iso9001Exception extends RuntimeException {
        public final String code;
        public final String field;

        Iso9001Exception(String code, String message, String field) {
            super(message);
            this.code = code;
            this.field = field;
        }
    }

    private Iso9001() {}

    static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    static long len(byte[] b) {
        return b == null ? 0 : b.length;
    }

    /** Copies a string the library returned, then frees it (exactly once). */
    static String take(Pointer p) {
        if (p == null) return null;
        try {
            return p.getString(0, StandardCharsets.UTF_8.name());
        } finally {
            LIB.iso9001_string_free(p);
        }
    }

    static void check(int status) {
        if (status != 0) {
            String json = take(LIB.iso9001_last_error_json());
            Map<String, Object> info = MiniJson.object(json == null ? "{}" : json);
            throw new Iso9001Exception((String) info.getOrDefault("code", "unknown"),
                    (String) info.getOrDefault("message", ""), (String) info.get("field"));
        }
    }

    /** The answer of a call that fills a `char **out_json`. */
    static String answer(int status, PointerByReference out) {
        check(status);
        return take(out.getValue());
    }

    public static String version() {
        return LIB.iso9001_version();
    }

    /** One clause as JSON (the national standard in force when edition is null). */
    public static String clause(String number, String edition, int lang) {
        byte[] e = utf8(edition), n = utf8(number);
        PointerByReference out = new PointerByReference();
        return answer(LIB.iso9001_clause(e, len(e), n, len(n), lang, out), out);
    }

    /** An agency's policy compiled once; use it in try-with-resources. */
    public static final class Checker implements AutoCloseable {
        private Pointer handle;

        public Checker(String policyJson, int lang) {
            byte[] p = utf8(policyJson);
            PointerByReference out = new PointerByReference();
            check(LIB.iso9001_checker_new(p, len(p), lang, out));
            handle = out.getValue();
        }

        /** The report of one procedure document (JSON) as of a date. */
        public String checkDocument(String documentJson, String asOf, int lang) {
            byte[] d = utf8(documentJson), a = utf8(asOf);
            PointerByReference out = new PointerByReference();
            return answer(LIB.iso9001_check_document(handle, d, len(d), a, len(a), lang, out), out);
        }

        @Override
        public void close() {
            if (handle != null) {
                LIB.iso9001_checker_free(handle);
                handle = null;
            }
        }
    }

    /** A working calendar (holidays, office hours, the 15:00 cut-off). */
    public static final class Calendar implements AutoCloseable {
        private Pointer handle;

        public Calendar(String configJson, int lang) {
            byte[] c = utf8(configJson);
            PointerByReference out = new PointerByReference();
            check(LIB.iso9001_calendar_new(c, len(c), lang, out));
            handle = out.getValue();
        }

        /** Answers a calendar query (JSON `{"kind": "due", ...}`). */
        public String query(String queryJson, int lang) {
            byte[] q = utf8(queryJson);
            PointerByReference out = new PointerByReference();
            return answer(LIB.iso9001_calendar_query(handle, q, len(q), lang, out), out);
        }

        @Override
        public void close() {
            if (handle != null) {
                LIB.iso9001_calendar_free(handle);
                handle = null;
            }
        }
    }
}
