/* Calls the library from 16 threads at once and checks every answer
 * against the one computed before the threads start.
 * Usage: threads [rounds per thread, default 200] */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "iso9001.h"

#define THREADS 16
#define S(lit) (const uint8_t *)(lit), strlen(lit)

static char *expected_clause;
static char *expected_search;
static char *expected_map;
static int rounds = 200;
static iso9001_checker *checker; /* one checker shared by every thread */
static char *expected_report;
static iso9001_calendar *calendar; /* one calendar shared by every thread */
static char *expected_due;

static char *due_vi(void) {
    const char *q = "{\"kind\":\"due\",\"received\":\"2026-02-12T16:10\",\"limit\":{\"value\":5,\"unit\":\"workingDays\"}}";
    char *json = NULL;
    return iso9001_calendar_query(calendar, S(q), ISO9001_LANG_VI, &json) == ISO9001_OK ? json : NULL;
}

static char *report_vi(void) {
    const char *doc = "{\"code\":\"QT.VP.01\",\"title\":\"Kiểm soát tài liệu\",\"kind\":\"system\","
                      "\"issue\":2,\"status\":\"effective\",\"effectiveOn\":\"2024-01-01\"}";
    char *json = NULL;
    return iso9001_check_document(checker, S(doc), S("2026-11-22"), ISO9001_LANG_VI, &json) == ISO9001_OK ? json : NULL;
}

static char *clause_vi(void) {
    char *json = NULL;
    return iso9001_clause(NULL, 0, S("7.1.6"), ISO9001_LANG_VI, &json) == ISO9001_OK ? json : NULL;
}
static char *search_vi(void) {
    char *json = NULL;
    return iso9001_search(S("hoach dinh"), NULL, 0, ISO9001_LANG_VI, &json) == ISO9001_OK ? json
                                                                                         : NULL;
}
static char *map_en(void) {
    char *json = NULL;
    return iso9001_map(S("8.5.3"), S("2000"), S("2015"), ISO9001_LANG_EN, &json) == ISO9001_OK
               ? json
               : NULL;
}

static int same(char *got, const char *want) {
    int ok = got != NULL && strcmp(got, want) == 0;
    iso9001_string_free(got);
    return ok;
}

static void *worker(void *arg) {
    long id = (long)arg;
    long bad = 0;
    char number[48];
    for (int i = 0; i < rounds; i++) {
        bad += !same(clause_vi(), expected_clause);
        bad += !same(search_vi(), expected_search);
        bad += !same(map_en(), expected_map);
        bad += !same(report_vi(), expected_report);
        bad += !same(due_vi(), expected_due);
        /* A failure of this thread's own, with its own last error. */
        snprintf(number, sizeof number, "%ld.%d", 20 + id, i);
        char *out = NULL;
        if (iso9001_clause(NULL, 0, S(number), ISO9001_LANG_EN, &out) != ISO9001_ERR_UNKNOWN_CLAUSE) {
            bad++;
        }
        char *msg = iso9001_last_error_message();
        char want[128];
        snprintf(want, sizeof want, "clause %s does not exist in ISO 9001:2015", number);
        bad += !same(msg, want);
    }
    return (void *)bad;
}

int main(int argc, char **argv) {
    if (argc > 1) rounds = atoi(argv[1]);
    if (iso9001_checker_new(S("{\"asOf\":\"2026-11-22\"}"), ISO9001_LANG_VI, &checker) != ISO9001_OK) {
        fprintf(stderr, "checker_new failed\n");
        return 1;
    }
    expected_report = report_vi();
    if (iso9001_calendar_new(NULL, 0, ISO9001_LANG_VI, &calendar) != ISO9001_OK) {
        fprintf(stderr, "calendar_new failed\n");
        return 1;
    }
    expected_due = due_vi();
    expected_clause = clause_vi();
    expected_search = search_vi();
    expected_map = map_en();
    if (!expected_clause || !expected_search || !expected_map || !expected_report || !expected_due) {
        fprintf(stderr, "single-threaded calls failed\n");
        return 1;
    }
    pthread_t threads[THREADS];
    for (long t = 0; t < THREADS; t++) {
        if (pthread_create(&threads[t], NULL, worker, (void *)t) != 0) {
            fprintf(stderr, "pthread_create failed\n");
            return 1;
        }
    }
    long bad = 0;
    for (int t = 0; t < THREADS; t++) {
        void *r = NULL;
        pthread_join(threads[t], &r);
        bad += (long)r;
    }
    iso9001_string_free(expected_clause);
    iso9001_string_free(expected_search);
    iso9001_string_free(expected_map);
    iso9001_string_free(expected_report);
    iso9001_checker_free(checker);
    iso9001_string_free(expected_due);
    iso9001_calendar_free(calendar);
    if (bad) {
        fprintf(stderr, "%ld wrong answers across %d threads\n", bad, THREADS);
        return 1;
    }
    printf("threads: %d threads x %d rounds, every answer identical\n", THREADS, rounds);
    return 0;
}
