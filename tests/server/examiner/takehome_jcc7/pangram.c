#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LETTERS 26
#define MAX_LINE 1024

struct tally {
    int seen[LETTERS];
    int distinct;
    int letters;
};

/* Counts which letters of the alphabet a line uses. */
static void tally_line(struct tally *t, const char *line)
{
    memset(t, sizeof *t, 0);
    for (const char *p = line; *p != '\0'; p++) {
        unsigned char ch = (unsigned char)*p;
        if (!isalpha(ch))
            continue;
        int k = tolower(ch) - 'a';
        if (k < 0 || k >= LETTERS)
            continue;
        if (t->seen[k] == 0)
            t->distinct++;
        t->seen[k]++;
        t->letters++;
    }
}

static void missing(const struct tally *t, char *out, size_t size)
{
    size_t n = 0;
    for (int k = 0; k < LETTERS && n + 1 < size; k++) {
        if (t->seen[k] == 0)
            out[n++] = (char)('a' + k);
    }
    out[n] = '\0';
}

static int report(FILE *in, FILE *out)
{
    char line[MAX_LINE];
    char gaps[LETTERS + 1];
    struct tally t;
    int pangrams = 0, lineno = 0;

    while (fgets(line, sizeof line, in) != NULL) {
        lineno++;
        line[strcspn(line, "\n")] = '\0';
        tally_line(&t, line);
        if (t.distinct == LETTERS) {
            pangrams++;
            fprintf(out, "%d: pangram (%d letters)\n", lineno, t.letters);
        } else {
            missing(&t, gaps, sizeof gaps);
            fprintf(out, "%d: missing %s\n", lineno, gaps);
        }
    }
    return pangrams;
}

int main(int argc, char **argv)
{
    FILE *in = stdin;
    if (argc > 1) {
        in = fopen(argv[1], "r");
        if (in == NULL) {
            perror(argv[1]);
            return 1;
        }
    }
    int found = report(in, stdout);
    if (in != stdin)
        fclose(in);
    printf("%d pangram%s\n", found, found == 1 ? "" : "s");
    return found > 0 ? 0 : 3;
}
