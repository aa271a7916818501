/* Prints the library's JSON for the requests of tests/parity.sh, one per
 * line (errors as the last-error JSON), to compare byte for byte with the
 * CLI and the wasm module. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "iso9001.h"

#define S(lit) (const uint8_t *)(lit), strlen(lit)

/* `out` is read only after the call has run (argument order is unspecified). */
static void emit(iso9001_status st, char **out) {
    char *json = st == ISO9001_OK ? *out : iso9001_last_error_json();
    *out = NULL;
    printf("%s\n", json ? json : "(null)");
    iso9001_string_free(json);
}

/* Reads a whole file into a NUL-terminated buffer; its length in `len`. */
static char *slurp_n(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    if (buf) buf[n] = 0;
    fclose(f);
    *len = (size_t)n;
    return buf;
}

/* Reads a whole text file (the examples) into a NUL-terminated buffer. */
static char *slurp(const char *path) {
    size_t len = 0;
    return slurp_n(path, &len);
}

int main(int argc, char **argv) {
    char *j = NULL;
    emit(iso9001_clause(NULL, 0, S("7.1.6"), ISO9001_LANG_VI, &j), &j);
    emit(iso9001_clause(S("2008"), S("8.5.3"), ISO9001_LANG_EN, &j), &j);
    emit(iso9001_search(S("hoach dinh"), NULL, 0, ISO9001_LANG_VI, &j), &j);
    emit(iso9001_search(S("tri thuc"), S("{\"edition\":\"2015\",\"limit\":3}"), ISO9001_LANG_EN, &j), &j);
    emit(iso9001_map(S("8.5.3"), S("2008"), S("2015"), ISO9001_LANG_VI, &j), &j);
    emit(iso9001_map(S("7.1.5.1"), S("2015"), S("2000"), ISO9001_LANG_EN, &j), &j);
    emit(iso9001_tree(S("2008"), ISO9001_LANG_EN, &j), &j);
    emit(iso9001_editions(ISO9001_LANG_VI, &j), &j);
    emit(iso9001_transition(S("{\"from\":\"2008\",\"to\":\"2015\",\"covered\":[\"4.2.3\",\"8.2.2\"]}"), ISO9001_LANG_VI, &j), &j);
    emit(iso9001_clause(S("2026"), S("6.1.3"), ISO9001_LANG_VI, &j), &j);
    emit(iso9001_transition(S("{\"from\":\"2015\",\"to\":\"2026\",\"covered\":[\"6.1.2\",\"10.3\"]}"), ISO9001_LANG_EN, &j), &j);
    emit(iso9001_clause(NULL, 0, S("11.1"), ISO9001_LANG_VI, &j), &j);
    emit(iso9001_clause(S("1994"), S("4"), ISO9001_LANG_EN, &j), &j);
    char *policy = slurp("examples/policy.json");
    char *birth = slurp("examples/documents/qt-dang-ky-khai-sinh.json");
    char *reg = slurp("examples/register/register.json");
    if (!policy || !birth || !reg) return 1;
    iso9001_checker *checker = NULL;
    if (iso9001_checker_new((const uint8_t *)policy, strlen(policy), ISO9001_LANG_VI, &checker) != ISO9001_OK) return 1;
    const char *as_of = "2026-11-22";
    emit(iso9001_check_document(checker, (const uint8_t *)birth, strlen(birth), (const uint8_t *)as_of, strlen(as_of), ISO9001_LANG_VI, &j), &j);
    emit(iso9001_check_register(checker, (const uint8_t *)reg, strlen(reg), (const uint8_t *)as_of, strlen(as_of), ISO9001_LANG_EN, &j), &j);
    emit(iso9001_document_number(S("2323/Qđ-UBND"), ISO9001_LANG_VI, &j), &j);
    iso9001_checker_free(checker);
    char *batch = slurp("examples/calendar/dossiers.json");
    if (!batch) return 1;
    iso9001_calendar *cal = NULL;
    if (iso9001_calendar_new(NULL, 0, ISO9001_LANG_VI, &cal) != ISO9001_OK) return 1;
    emit(iso9001_calendar_query(cal, S("{\"kind\":\"due\",\"received\":\"2026-02-12T16:10\",\"limit\":{\"value\":5,\"unit\":\"workingDays\"}}"), ISO9001_LANG_VI, &j), &j);
    emit(iso9001_calendar_query(cal, S("{\"kind\":\"year\",\"year\":2026}"), ISO9001_LANG_EN, &j), &j);
    emit(iso9001_calendar_query(cal, S("{\"kind\":\"toLunar\",\"date\":\"2026-02-17\"}"), ISO9001_LANG_VI, &j), &j);
    emit(iso9001_track_dossiers(cal, (const uint8_t *)batch, strlen(batch), ISO9001_LANG_VI, &j), &j);
    char *queries = slurp("examples/calendar/queries.json");
    if (!queries) return 1;
    emit(iso9001_calendar_query_batch(cal, (const uint8_t *)queries, strlen(queries), ISO9001_LANG_EN, &j), &j);
    free(queries);
    iso9001_calendar_free(cal);
    free(batch);
    char *audit = slurp("examples/audit/audit-2026.json");
    char *qms = slurp("examples/audit/qms-2026.json");
    if (!audit || !qms) return 1;
    emit(iso9001_audit((const uint8_t *)audit, strlen(audit), ISO9001_LANG_VI, &j), &j);
    emit(iso9001_qms((const uint8_t *)qms, strlen(qms), ISO9001_LANG_EN, &j), &j);
    /* A procedure read from a Word file (bytes, not text). */
    FILE *docx = fopen("tests/corpus/docx/01-xa-tan-phu-dang-ky-khai-sinh.docx", "rb");
    if (!docx) return 1;
    static uint8_t docx_bytes[1 << 20];
    size_t docx_len = fread(docx_bytes, 1, sizeof docx_bytes, docx);
    fclose(docx);
    emit(iso9001_import_docx(docx_bytes, docx_len, ISO9001_LANG_VI, &j), &j);
    docx = fopen("tests/corpus/docx/09-xa-tan-phu-dang-ky-thanh-lap-ho-kinh-doanh.docx", "rb");
    if (!docx) return 1;
    docx_len = fread(docx_bytes, 1, sizeof docx_bytes, docx);
    fclose(docx);
    iso9001_checker *agency = NULL;
    if (iso9001_checker_new((const uint8_t *)policy, strlen(policy), ISO9001_LANG_VI, &agency) != ISO9001_OK) return 1;
    emit(iso9001_check_docx(agency, docx_bytes, docx_len, S("2026-11-22"), ISO9001_LANG_VI, &j), &j);
    iso9001_checker_free(agency);
    /* The same answers as HTML pages for people. */
    char *answer = NULL;
    if (iso9001_audit((const uint8_t *)audit, strlen(audit), ISO9001_LANG_VI, &answer) != ISO9001_OK) return 1;
    emit(iso9001_html(S("audit"), (const uint8_t *)answer, strlen(answer), ISO9001_LANG_VI, &j), &j);
    iso9001_string_free(answer);
    answer = NULL;
    char *dossiers = slurp("examples/calendar/dossiers.json");
    iso9001_calendar *cal2 = NULL;
    if (!dossiers || iso9001_calendar_new(NULL, 0, ISO9001_LANG_EN, &cal2) != ISO9001_OK) return 1;
    if (iso9001_track_dossiers(cal2, (const uint8_t *)dossiers, strlen(dossiers), ISO9001_LANG_EN, &answer) != ISO9001_OK) return 1;
    emit(iso9001_html(S("dossiers"), (const uint8_t *)answer, strlen(answer), ISO9001_LANG_EN, &j), &j);
    iso9001_string_free(answer);
    iso9001_calendar_free(cal2);
    free(dossiers);
    free(audit);
    free(qms);
    /* The corpus: one "kind path" per line, listed by tests/parity.sh. */
    FILE *list = argc > 1 ? fopen(argv[1], "r") : NULL;
    if (!list) return 1;
    char kind[16], path[512];
    while (fscanf(list, "%15s %511s", kind, path) == 2) {
        size_t n = 0;
        char *req = slurp_n(path, &n);
        if (!req) return 1;
        const uint8_t *r = (const uint8_t *)req;
        if (strcmp(kind, "import") == 0) {
            emit(iso9001_import_docx(r, n, ISO9001_LANG_VI, &j), &j);
        } else if (strcmp(kind, "importAll") == 0) {
            emit(iso9001_import_docx_all(r, n, ISO9001_LANG_VI, &j), &j);
        } else if (strcmp(kind, "audit") == 0) {
            emit(iso9001_audit(r, n, ISO9001_LANG_VI, &j), &j);
        } else if (strcmp(kind, "qms") == 0) {
            emit(iso9001_qms(r, n, ISO9001_LANG_VI, &j), &j);
        } else {
            iso9001_calendar *c = NULL;
            if (iso9001_calendar_new(NULL, 0, ISO9001_LANG_VI, &c) != ISO9001_OK) return 1;
            emit(iso9001_track_dossiers(c, r, n, ISO9001_LANG_VI, &j), &j);
            iso9001_calendar_free(c);
        }
        free(req);
    }
    fclose(list);
    free(policy);
    free(birth);
    free(reg);
    return 0;
}
