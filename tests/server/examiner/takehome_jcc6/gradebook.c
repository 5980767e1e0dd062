/* gradebook: read "student score" lines and print each student's mean score. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_STUDENTS 128
#define NAME_LEN 32

struct student {
    char name[NAME_LEN];
    long total;
    int count;
};

static struct student roster[MAX_STUDENTS];
static int roster_len;

static struct student *find_or_add(const char *name)
{
    for (int i = 0; i < roster_len; i++) {
        if (strcmp(roster[i].name, name) == 0)
            return &roster[i];
    }
    if (roster_len == MAX_STUDENTS)
        return NULL;
    struct student *s = &roster[roster_len++];
    snprintf(s->name, sizeof s->name, "%s", name);
    s->total = 0;
    s->count = 0;
    return s;
}

static int parse_score(const char *text, long *out)
{
    char *end;
    errno = 0;
    long v = strtol(text, &end, 10);
    if (errno != 0 || end == text || v < 0 || v > 100)
        return -1;
    *out = v;
    return 0;
}

static int load(FILE *in)
{
    char line[128];
    char name[NAME_LEN];
    char score[16];
    int lineno = 0;

    while (!feof(in)) {
        fgets(line, sizeof line, in);
        lineno++;
        if (line[0] == '#' || line[0] == '\n')
            continue;
        if (sscanf(line, "%31s %15s", name, score) != 2) {
            fprintf(stderr, "line %d: expected a name and a score\n", lineno);
            continue;
        }
        long v;
        if (parse_score(score, &v) != 0) {
            fprintf(stderr, "line %d: bad score '%s'\n", lineno, score);
            continue;
        }
        struct student *s = find_or_add(name);
        if (s == NULL) {
            fprintf(stderr, "too many students\n");
            return -1;
        }
        s->total += v;
        s->count++;
    }
    return 0;
}

static void report(FILE *out)
{
    for (int i = 0; i < roster_len; i++) {
        const struct student *s = &roster[i];
        double mean = (double)s->total / s->count;
        fprintf(out, "%-20s %3d scores  mean %6.2f\n", s->name, s->count, mean);
    }
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s FILE\n", argv[0]);
        return 2;
    }
    FILE *in = fopen(argv[1], "r");
    if (in == NULL) {
        perror(argv[1]);
        return 1;
    }
    int rc = load(in);
    fclose(in);
    if (rc != 0)
        return 1;
    report(stdout);
    return 0;
}
