/* C tests of libiso9001: success, every reachable error status, NULL
 * arguments, invalid UTF-8, out-parameters untouched on failure, and the
 * free functions. Run under valgrind by scripts/test-c.sh. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "iso9001.h"

static int failures = 0;

#define CHECK(cond)                                                          \
    do {                                                                     \
        if (!(cond)) {                                                       \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, \
                    #cond);                                                  \
            failures++;                                                      \
        }                                                                    \
    } while (0)

#define S(lit) (const uint8_t *)(lit), strlen(lit)

/* Takes ownership of a library string: checks it contains `needle`. */
static void expect_contains(char *s, const char *needle, int line) {
    if (s == NULL || strstr(s, needle) == NULL) {
        fprintf(stderr, "line %d: expected \"%s\" in %s\n", line, needle, s ? s : "(null)");
        failures++;
    }
    iso9001_string_free(s);
}
#define EXPECT_CONTAINS(s, needle) expect_contains((s), (needle), __LINE__)

/* Checks the status, that out stays untouched, and the last error. */
static void expect_error(iso9001_status got, iso9001_status want, char *out, char *sentinel,
                         const char *code, const char *message_part, int line) {
    if (got != want) {
        fprintf(stderr, "line %d: status %s, expected %s\n", line, iso9001_status_name(got),
                iso9001_status_name(want));
        failures++;
    }
    if (out != sentinel) {
        fprintf(stderr, "line %d: out-parameter written on failure\n", line);
        failures++;
    }
    expect_contains(iso9001_last_error_code(), code, line);
    expect_contains(iso9001_last_error_message(), message_part, line);
}
#define EXPECT_ERROR(call, want, code, msg)                              \
    do {                                                                 \
        char sentinel_buf[1];                                            \
        char *out = sentinel_buf;                                        \
        iso9001_status st_ = (call);                                     \
        expect_error(st_, (want), out, sentinel_buf, (code), (msg), __LINE__); \
    } while (0)

int main(void) {
    char *json = NULL;

    /* Nothing has failed yet on this thread. */
    CHECK(iso9001_last_error_message() == NULL);
    CHECK(iso9001_last_error_code() == NULL);
    CHECK(iso9001_last_error_json() == NULL);

    /* Version. */
    char expected_version[32];
    snprintf(expected_version, sizeof expected_version, "%d.%d.%d", ISO9001_VERSION_MAJOR,
             ISO9001_VERSION_MINOR, ISO9001_VERSION_PATCH);
    CHECK(strcmp(iso9001_version(), expected_version) == 0);
    CHECK(strcmp(iso9001_version(), ISO9001_VERSION_STRING) == 0);

    /* Success paths. */
    CHECK(iso9001_editions(ISO9001_LANG_EN, &json) == ISO9001_OK);
    EXPECT_CONTAINS(json, "\"id\":\"2015\"");

    json = NULL;
    CHECK(iso9001_clause(NULL, 0, S("7.1.6"), ISO9001_LANG_VI, &json) == ISO9001_OK);
    EXPECT_CONTAINS(json, "\"title\":\"Tri thức của tổ chức\"");
    json = NULL;
    CHECK(iso9001_clause(S("ISO 9001:2008"), S(" 8.5.3. "), ISO9001_LANG_EN, &json) == ISO9001_OK);
    EXPECT_CONTAINS(json, "\"title\":\"Preventive action\"");

    json = NULL;
    CHECK(iso9001_search(S("hoach dinh"), NULL, 0, ISO9001_LANG_VI, &json) == ISO9001_OK);
    EXPECT_CONTAINS(json, "[{\"edition\":\"2015\",\"number\":\"6\",\"title\":\"Hoạch định\"");
    json = NULL;
    CHECK(iso9001_search(S("tri thuc"), S("{\"edition\":\"2015\",\"limit\":1}"), ISO9001_LANG_EN,
                         &json) == ISO9001_OK);
    EXPECT_CONTAINS(json, "\"number\":\"7.1.6\"");

    json = NULL;
    CHECK(iso9001_map(S("8.5.3"), S("2008"), S("2015"), ISO9001_LANG_VI, &json) == ISO9001_OK);
    EXPECT_CONTAINS(json, "\"targets\":[{\"number\":\"6.1\"");
    json = NULL;
    CHECK(iso9001_map(S("8.5.3"), S("2008"), S("2015"), ISO9001_LANG_VI, &json) == ISO9001_OK);
    EXPECT_CONTAINS(json, "{\"number\":\"10.3\",\"title\":\"Cải tiến liên tục\"");

    json = NULL;
    CHECK(iso9001_tree(NULL, 0, ISO9001_LANG_EN, &json) == ISO9001_OK);
    EXPECT_CONTAINS(json, "\"number\":\"10.3\"");

    json = NULL;
    CHECK(iso9001_transition(S("{\"covered\":[\"4.2.3\",\"8.2.2\"]}"), ISO9001_LANG_EN, &json) ==
          ISO9001_OK);
    EXPECT_CONTAINS(json, "\"newClauses\":[{\"number\":\"7.1.6\"");

    /* Every reachable error status. ISO9001_ERR_NO_CORRELATION cannot be
     * reached with the shipped data (every edition is linked) and
     * ISO9001_ERR_PANIC needs a bug: both are covered by the Rust tests. */
    EXPECT_ERROR(iso9001_clause(NULL, 0, S("11.1"), ISO9001_LANG_VI, &out),
                 ISO9001_ERR_UNKNOWN_CLAUSE, "unknown_clause",
                 "Điều khoản 11.1 không có trong TCVN ISO 9001:2015");
    EXPECT_ERROR(iso9001_clause(NULL, 0, S("7.x"), ISO9001_LANG_EN, &out),
                 ISO9001_ERR_INVALID_CLAUSE_NUMBER, "invalid_clause_number", "`7.x`");
    EXPECT_ERROR(iso9001_clause(S("1994"), S("4"), ISO9001_LANG_EN, &out),
                 ISO9001_ERR_UNKNOWN_EDITION, "unknown_edition", "unknown edition `1994`");
    EXPECT_ERROR(iso9001_clause(NULL, 0, S("4"), 2, &out), ISO9001_ERR_UNKNOWN_LANGUAGE,
                 "unknown_language", "2");
    EXPECT_ERROR(iso9001_search(S("x"), S("{\"limit\":\"ten\"}"), ISO9001_LANG_EN, &out),
                 ISO9001_ERR_INVALID_INPUT, "invalid_input", "/limit");
    EXPECT_ERROR(iso9001_search(S("x"), S("{not json"), ISO9001_LANG_VI, &out),
                 ISO9001_ERR_INVALID_INPUT, "invalid_input", "JSON sai cú pháp");
    EXPECT_ERROR(iso9001_search(S("x"), S("{\"edition\":\"1987\"}"), ISO9001_LANG_EN, &out),
                 ISO9001_ERR_UNKNOWN_EDITION, "unknown_edition", "1987");
    EXPECT_ERROR(iso9001_map(S("4.1"), S("2015"), S("2030"), ISO9001_LANG_EN, &out),
                 ISO9001_ERR_UNKNOWN_EDITION, "unknown_edition", "2030");
    EXPECT_ERROR(iso9001_transition(S("{\"from\":\"2008\"}"), ISO9001_LANG_EN, &out),
                 ISO9001_ERR_INVALID_INPUT, "invalid_input", "/covered");
    EXPECT_ERROR(iso9001_tree(S("2099"), ISO9001_LANG_EN, &out), ISO9001_ERR_UNKNOWN_EDITION,
                 "unknown_edition", "2099");

    /* An empty (non-NULL) string is an invalid clause number, not NULL. */
    EXPECT_ERROR(iso9001_clause(NULL, 0, (const uint8_t *)"", 0, ISO9001_LANG_EN, &out),
                 ISO9001_ERR_INVALID_CLAUSE_NUMBER, "invalid_clause_number", "clause number");

    /* Invalid UTF-8, in each kind of argument. */
    const uint8_t bad[] = {'7', '.', 0xC3, 0x28};
    EXPECT_ERROR(iso9001_clause(NULL, 0, bad, sizeof bad, ISO9001_LANG_EN, &out),
                 ISO9001_ERR_INVALID_UTF8, "invalid_input", "not valid UTF-8 (at byte 2)");
    EXPECT_ERROR(iso9001_search(bad, sizeof bad, NULL, 0, ISO9001_LANG_EN, &out),
                 ISO9001_ERR_INVALID_UTF8, "invalid_input", "`query`");
    EXPECT_ERROR(iso9001_search(S("x"), bad, sizeof bad, ISO9001_LANG_EN, &out),
                 ISO9001_ERR_INVALID_UTF8, "invalid_input", "`options`");
    EXPECT_ERROR(iso9001_map(S("4"), bad, sizeof bad, S("2015"), ISO9001_LANG_VI, &out),
                 ISO9001_ERR_INVALID_UTF8, "invalid_input", "không phải UTF-8 hợp lệ");
    EXPECT_ERROR(iso9001_transition(bad, sizeof bad, ISO9001_LANG_EN, &out),
                 ISO9001_ERR_INVALID_UTF8, "invalid_input", "`request`");

    /* NULL arguments: each required pointer, and the out-parameter. */
    EXPECT_ERROR(iso9001_clause(NULL, 0, NULL, 3, ISO9001_LANG_EN, &out),
                 ISO9001_ERR_NULL_ARGUMENT, "null_argument", "`number`");
    EXPECT_ERROR(iso9001_search(NULL, 0, NULL, 0, ISO9001_LANG_EN, &out),
                 ISO9001_ERR_NULL_ARGUMENT, "null_argument", "`query`");
    EXPECT_ERROR(iso9001_map(NULL, 0, S("2008"), S("2015"), ISO9001_LANG_EN, &out),
                 ISO9001_ERR_NULL_ARGUMENT, "null_argument", "`number`");
    EXPECT_ERROR(iso9001_map(S("4"), NULL, 0, S("2015"), ISO9001_LANG_EN, &out),
                 ISO9001_ERR_NULL_ARGUMENT, "null_argument", "`from`");
    EXPECT_ERROR(iso9001_map(S("4"), S("2008"), NULL, 0, ISO9001_LANG_EN, &out),
                 ISO9001_ERR_NULL_ARGUMENT, "null_argument", "`to`");
    EXPECT_ERROR(iso9001_transition(NULL, 0, ISO9001_LANG_EN, &out), ISO9001_ERR_NULL_ARGUMENT,
                 "null_argument", "`request`");
    CHECK(iso9001_clause(NULL, 0, S("4"), ISO9001_LANG_EN, NULL) == ISO9001_ERR_NULL_ARGUMENT);
    CHECK(iso9001_editions(ISO9001_LANG_EN, NULL) == ISO9001_ERR_NULL_ARGUMENT);
    CHECK(iso9001_tree(NULL, 0, ISO9001_LANG_EN, NULL) == ISO9001_ERR_NULL_ARGUMENT);
    EXPECT_CONTAINS(iso9001_last_error_message(), "`out_json`");

    /* The error as JSON, as the wasm module throws it. */
    CHECK(iso9001_clause(NULL, 0, S("99"), ISO9001_LANG_EN, &json) == ISO9001_ERR_UNKNOWN_CLAUSE);
    EXPECT_CONTAINS(iso9001_last_error_json(),
                    "{\"code\":\"unknown_clause\",\"message\":\"clause 99 does not exist in "
                    "ISO 9001:2015\",\"field\":null}");

    /* Document control: a checker from the agency's policy, then checks. */
    iso9001_checker *checker = NULL;
    const char *policy = "{\"asOf\":\"2026-11-22\",\"codePatterns\":[\"QT.{UNIT}.{NN}\"]}";
    CHECK(iso9001_checker_new(S(policy), ISO9001_LANG_VI, &checker) == ISO9001_OK);
    CHECK(checker != NULL);
    const char *doc =
        "{\"code\":\"QT-1\",\"title\":\"Quy trình\",\"kind\":\"internal\",\"issue\":1,"
        "\"status\":\"draft\",\"legalBasis\":[{\"number\":\"61/2018/NDCP\"}]}";
    json = NULL;
    CHECK(iso9001_check_document(checker, S(doc), S("2026-11-22"), ISO9001_LANG_VI, &json) == ISO9001_OK);
    EXPECT_CONTAINS(json, "\"passed\":false");
    json = NULL;
    CHECK(iso9001_check_document(checker, S(doc), S("2026-11-22"), ISO9001_LANG_EN, &json) == ISO9001_OK);
    EXPECT_CONTAINS(json, "{\"rule\":\"DOC-002\",\"severity\":\"error\",\"message\":\"Code “QT-1” does not follow");
    json = NULL;
    CHECK(iso9001_check_register(checker, S("{\"documents\":[]}"), S("2026-11-22"), ISO9001_LANG_EN, &json) == ISO9001_OK);
    EXPECT_CONTAINS(json, "\"passed\":true");
    EXPECT_ERROR(iso9001_check_document(checker, S("{\"kind\":\"tthc\",\"issue\":\"x\"}"), S("2026-11-22"), ISO9001_LANG_EN, &out),
                 ISO9001_ERR_INVALID_INPUT, "invalid_input", "/issue");
    EXPECT_ERROR(iso9001_check_document(NULL, S(doc), S("2026-11-22"), ISO9001_LANG_EN, &out),
                 ISO9001_ERR_NULL_ARGUMENT, "null_argument", "`checker`");
    EXPECT_ERROR(iso9001_check_register(checker, NULL, 0, S("2026-11-22"), ISO9001_LANG_EN, &out),
                 ISO9001_ERR_NULL_ARGUMENT, "null_argument", "`register`");
    EXPECT_ERROR(iso9001_check_document(checker, bad, sizeof bad, S("2026-11-22"), ISO9001_LANG_EN, &out),
                 ISO9001_ERR_INVALID_UTF8, "invalid_input", "`document`");
    /* One checker, kept for as long as the host runs: the same register at
     * two dates gives the answer of each date (a review due on 01/12/2026). */
    {
        const char *reg =
            "{\"documents\":[{\"code\":\"QT.VP.01\",\"title\":\"Kiểm soát tài liệu\","
            "\"kind\":\"system\",\"issue\":1,\"status\":\"effective\","
            "\"effectiveOn\":\"2025-12-01\",\"distribution\":[{\"unit\":\"Văn phòng\"}]}]}";
        json = NULL;
        CHECK(iso9001_check_register(checker, S(reg), S("2026-11-30"), ISO9001_LANG_EN, &json) == ISO9001_OK);
        EXPECT_CONTAINS(json, "\"overdueReviews\":0");
        json = NULL;
        CHECK(iso9001_check_register(checker, S(reg), S("2026-12-02"), ISO9001_LANG_EN, &json) == ISO9001_OK);
        EXPECT_CONTAINS(json, "\"overdueReviews\":1");
        EXPECT_ERROR(iso9001_check_register(checker, S(reg), S("02/12/2026"), ISO9001_LANG_EN, &out),
                     ISO9001_ERR_INVALID_INPUT, "invalid_input", "asOf");
    }
    iso9001_checker_free(checker);
    iso9001_checker_free(NULL);
    /* Misuse is caught, not a crash: a freed handle is refused before it is
     * read (valgrind stays clean), and freeing twice is ignored. */
    {
        iso9001_checker *gone = NULL;
        CHECK(iso9001_checker_new(NULL, 0, ISO9001_LANG_EN, &gone) == ISO9001_OK);
        iso9001_checker_free(gone);
        EXPECT_ERROR(iso9001_check_document(gone, S(doc), S("2026-11-22"), ISO9001_LANG_EN, &out),
                     ISO9001_ERR_INVALID_HANDLE, "invalid_handle", "checker");
        iso9001_checker_free(gone);
        CHECK(strcmp(iso9001_status_name(5), "ISO9001_ERR_INVALID_HANDLE") == 0);
    }
    {
        char sentinel_buf[1];
        iso9001_checker *kept = (iso9001_checker *)sentinel_buf;
        CHECK(iso9001_checker_new(S("{\"asOf\":\"2026-11-22\",\"reviewIntervalMonths\":0}"),
                                  ISO9001_LANG_EN, &kept) == ISO9001_ERR_INVALID_INPUT);
        CHECK(kept == (iso9001_checker *)sentinel_buf);
        EXPECT_CONTAINS(iso9001_last_error_message(), "/reviewIntervalMonths");
        CHECK(iso9001_checker_new(S("{}"), ISO9001_LANG_EN, NULL) == ISO9001_ERR_NULL_ARGUMENT);
        EXPECT_CONTAINS(iso9001_last_error_message(), "`out_checker`");
    }

    json = NULL;
    CHECK(iso9001_document_number(S("19/2014/QĐ-TTg"), ISO9001_LANG_VI, &json) == ISO9001_OK);
    EXPECT_CONTAINS(json, "\"valid\":true");
    json = NULL;
    CHECK(iso9001_document_number(S("30/2020/NDCP"), ISO9001_LANG_EN, &json) == ISO9001_OK);
    EXPECT_CONTAINS(json, "\"reason\":\"“NDCP” is not a document type abbreviation\"");
    json = NULL;
    CHECK(iso9001_rules(ISO9001_LANG_VI, &json) == ISO9001_OK);
    EXPECT_CONTAINS(json, "\"id\":\"REG-008\"");

    /* The working calendar. */
    iso9001_calendar *cal = NULL;
    CHECK(iso9001_calendar_new(NULL, 0, ISO9001_LANG_VI, &cal) == ISO9001_OK);
    json = NULL;
    CHECK(iso9001_calendar_query(cal, S("{\"kind\":\"due\",\"received\":\"2026-02-12T16:10\",\"limit\":{\"value\":5,\"unit\":\"workingDays\"}}"),
                                 ISO9001_LANG_VI, &json) == ISO9001_OK);
    EXPECT_CONTAINS(json, "\"dueDate\":\"2026-02-27\"");
    json = NULL;
    CHECK(iso9001_calendar_query(cal, S("{\"kind\":\"day\",\"date\":\"2026-02-17\"}"), ISO9001_LANG_EN, &json) == ISO9001_OK);
    EXPECT_CONTAINS(json, "\"reason\":\"Lunar New Year (Tết)\"");
    json = NULL;
    CHECK(iso9001_track_dossiers(cal, S("{\"asOf\":\"2026-03-20T09:00\",\"dossiers\":[{\"id\":\"1\",\"limit\":{\"value\":1,\"unit\":\"workingDays\"},\"events\":[{\"kind\":\"received\",\"at\":\"2026-03-02T09:00\"},{\"kind\":\"returned\",\"at\":\"2026-03-02T10:00\"}]}]}"),
                                 ISO9001_LANG_EN, &json) == ISO9001_OK);
    EXPECT_CONTAINS(json, "\"status\":\"early\"");
    EXPECT_ERROR(iso9001_calendar_query(cal, S("{\"kind\":\"day\",\"date\":\"2026-02-30\"}"), ISO9001_LANG_EN, &out),
                 ISO9001_ERR_INVALID_INPUT, "invalid_input", "/date");
    EXPECT_ERROR(iso9001_calendar_query(cal, S("{\"kind\":\"addWorkingDays\",\"from\":\"2026-01-01\",\"days\":-3}"), ISO9001_LANG_EN, &out),
                 ISO9001_ERR_INVALID_INPUT, "invalid_input", "/days");
    EXPECT_ERROR(iso9001_calendar_query(NULL, S("{}"), ISO9001_LANG_EN, &out),
                 ISO9001_ERR_NULL_ARGUMENT, "null_argument", "`calendar`");
    /* Many questions in one call: answers in order, a bad one refused in place. */
    json = NULL;
    CHECK(iso9001_calendar_query_batch(cal, S("[{\"kind\":\"addWorkingDays\",\"from\":\"2026-02-12\",\"days\":2},{\"kind\":\"day\",\"date\":\"2026-02-30\"}]"),
                                       ISO9001_LANG_EN, &json) == ISO9001_OK);
    EXPECT_CONTAINS(json, "[{\"kind\":\"addWorkingDays\",\"date\":\"2026-02-23\"");
    json = NULL;
    CHECK(iso9001_calendar_query_batch(cal, S("[{\"kind\":\"day\",\"date\":\"2026-02-30\"}]"), ISO9001_LANG_EN, &json) == ISO9001_OK);
    EXPECT_CONTAINS(json, "\"kind\":\"error\",\"error\":{\"code\":\"invalid_input\"");
    json = NULL;
    CHECK(iso9001_calendar_query_batch(cal, S("[{\"kind\":\"day\",\"date\":\"2026-02-30\"}]"), ISO9001_LANG_EN, &json) == ISO9001_OK);
    EXPECT_CONTAINS(json, "\"field\":\"/0/date\"");
    EXPECT_ERROR(iso9001_calendar_query_batch(cal, S("{\"kind\":\"day\"}"), ISO9001_LANG_EN, &out),
                 ISO9001_ERR_INVALID_INPUT, "invalid_input", "array");
    EXPECT_ERROR(iso9001_track_dossiers(cal, S("{\"dossiers\":[]}"), ISO9001_LANG_EN, &out),
                 ISO9001_ERR_INVALID_INPUT, "invalid_input", "/asOf");
    iso9001_calendar_free(cal);
    iso9001_calendar_free(NULL);
    {
        char sentinel_buf[1];
        iso9001_calendar *kept = (iso9001_calendar *)sentinel_buf;
        CHECK(iso9001_calendar_new(S("{\"weekend\":[\"funday\"]}"), ISO9001_LANG_EN, &kept) == ISO9001_ERR_INVALID_INPUT);
        CHECK(kept == (iso9001_calendar *)sentinel_buf);
        EXPECT_CONTAINS(iso9001_last_error_message(), "/weekend/0");
    }

    /* Audit and the inspector's view. */
    json = NULL;
    CHECK(iso9001_audit(S("{\"results\":{\"items\":[{\"id\":\"a\",\"unit\":\"VP\",\"clause\":\"7.2\",\"result\":\"compliant\"},"
                          "{\"id\":\"b\",\"unit\":\"VP\",\"clause\":\"7.3\",\"result\":\"nonCompliant\"}]},\"options\":{\"model\":\"xccdfFlat\"}}"),
                        ISO9001_LANG_EN, &json) == ISO9001_OK);
    EXPECT_CONTAINS(json, "\"score\":50.0");
    EXPECT_ERROR(iso9001_audit(S("{\"options\":{\"model\":\"best\"}}"), ISO9001_LANG_EN, &out),
                 ISO9001_ERR_INVALID_INPUT, "invalid_input", "/options/model");
    json = NULL;
    CHECK(iso9001_qms(S("{\"summary\":{\"asOf\":\"2026-11-22\",\"edition\":\"2008\"}}"), ISO9001_LANG_VI, &json) == ISO9001_OK);
    EXPECT_CONTAINS(json, "\"rule\":\"QMS-008\"");
    EXPECT_ERROR(iso9001_qms(NULL, 0, ISO9001_LANG_EN, &out), ISO9001_ERR_NULL_ARGUMENT, "null_argument", "`request`");
    json = NULL;
    CHECK(iso9001_audit_rules(ISO9001_LANG_EN, &json) == ISO9001_OK);
    EXPECT_CONTAINS(json, "\"id\":\"QMS-012\"");

    /* Status names, and the free function's NULL case. */
    CHECK(strcmp(iso9001_status_name(ISO9001_OK), "ISO9001_OK") == 0);
    CHECK(strcmp(iso9001_status_name(ISO9001_ERR_PANIC), "ISO9001_ERR_PANIC") == 0);
    CHECK(strcmp(iso9001_status_name(ISO9001_ERR_NO_CORRELATION), "ISO9001_ERR_NO_CORRELATION") == 0);
    CHECK(strcmp(iso9001_status_name(12345), "ISO9001_UNKNOWN_STATUS") == 0);
    iso9001_string_free(NULL);

    if (failures) {
        fprintf(stderr, "%d check(s) failed\n", failures);
        return 1;
    }
    printf("test_iso9001: all checks passed\n");
    return 0;
}
