/* Reads pairs of timestamps in milliseconds since the epoch ("device,server" per line) and
 * reports the largest clock drift seen and how many samples exceed a threshold. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define THRESHOLD_MS 2000L

struct stats {
    long worst;
    long over;
    long samples;
};

static int parse_pair(const char *line, long *device, long *server)
{
    char *end;
    errno = 0;
    *device = strtol(line, &end, 10);
    if (errno != 0 || end == line || *end != ',')
        return -1;
    const char *rest = end + 1;
    *server = strtol(rest, &end, 10);
    if (errno != 0 || end == rest)
        return -1;
    return 0;
}

static long drift(long device, long server)
{
    return abs(device - server);
}

static void add_sample(struct stats *st, long device, long server)
{
    long d = drift(device, server);
    if (d > st->worst)
        st->worst = d;
    if (d > THRESHOLD_MS)
        st->over++;
    st->samples++;
}

int main(int argc, char **argv)
{
    FILE *in = stdin;
    if (argc > 1) {
        in = fopen(argv[1], "r");
        if (!in) {
            perror(argv[1]);
            return 1;
        }
    }
    struct stats st = {0, 0, 0};
    char line[256];
    int bad = 0;
    while (fgets(line, sizeof line, in)) {
        long device, server;
        if (parse_pair(line, &device, &server) != 0) {
            bad++;
            continue;
        }
        add_sample(&st, device, server);
    }
    if (in != stdin)
        fclose(in);
    printf("samples %ld, worst drift %ld ms, over threshold %ld\n", st.samples, st.worst, st.over);
    if (bad)
        fprintf(stderr, "%d lines skipped\n", bad);
    return 0;
}
