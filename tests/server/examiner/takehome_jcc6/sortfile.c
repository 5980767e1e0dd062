/* sortfile: sort the lines of a file in place, through a temporary copy. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LINES 100000
#define LINE_MAX_LEN 1024

static int by_text(const void *a, const void *b)
{
    const char *const *x = a;
    const char *const *y = b;
    return strcmp(*x, *y);
}

static void free_lines(char **lines, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(lines[i]);
    free(lines);
}

static char **read_lines(FILE *in, size_t *count)
{
    char **lines = calloc(MAX_LINES, sizeof *lines);
    char buf[LINE_MAX_LEN];
    size_t n = 0;
    if (lines == NULL)
        return NULL;
    while (n < MAX_LINES && fgets(buf, sizeof buf, in) != NULL) {
        lines[n] = strdup(buf);
        if (lines[n] == NULL) {
            free_lines(lines, n);
            return NULL;
        }
        n++;
    }
    *count = n;
    return lines;
}

static int write_sorted(const char *target, char **lines, size_t n)
{
    char tmp[L_tmpnam];
    if (tmpnam(tmp) == NULL)
        return -1;
    FILE *out = fopen(tmp, "w");
    if (out == NULL)
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (fputs(lines[i], out) == EOF) {
            fclose(out);
            remove(tmp);
            return -1;
        }
    }
    if (fclose(out) != 0) {
        remove(tmp);
        return -1;
    }
    if (rename(tmp, target) != 0) {
        remove(tmp);
        return -1;
    }
    return 0;
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
    size_t n = 0;
    char **lines = read_lines(in, &n);
    fclose(in);
    if (lines == NULL) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }
    qsort(lines, n, sizeof *lines, by_text);
    int rc = write_sorted(argv[1], lines, n);
    if (rc != 0)
        fprintf(stderr, "%s: cannot write: %s\n", argv[1], strerror(errno));
    free_lines(lines, n);
    return rc == 0 ? 0 : 1;
}
