/* loadstats: sums the bytes served per client from several access logs at once, one thread
 * per log file. Each line is "client,path,status,bytes". */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CLIENTS 1024
#define LINE_MAX_LEN 512

struct tally {
    char client[64];
    long bytes;
};

static struct tally totals[MAX_CLIENTS];
static int n_totals;
static pthread_mutex_t totals_lock = PTHREAD_MUTEX_INITIALIZER;

static void add_bytes(const char *client, long bytes) {
    pthread_mutex_lock(&totals_lock);
    for (int i = 0; i < n_totals; i++) {
        if (strcmp(totals[i].client, client) == 0) {
            totals[i].bytes += bytes;
            pthread_mutex_unlock(&totals_lock);
            return;
        }
    }
    if (n_totals < MAX_CLIENTS) {
        snprintf(totals[n_totals].client, sizeof totals[n_totals].client, "%s", client);
        totals[n_totals].bytes = bytes;
        n_totals++;
    }
    pthread_mutex_unlock(&totals_lock);
}

/* Splits one log line into its four fields; returns 0 when the line is malformed. */
static int parse_line(char *line, char **fields) {
    int n = 0;
    for (char *f = strtok(line, ",\n"); f != NULL && n < 4; f = strtok(NULL, ",\n")) {
        fields[n++] = f;
    }
    return n == 4;
}

static void *read_log(void *arg) {
    const char *path = arg;
    FILE *fp = fopen(path, "r");
    if (fp == NULL) {
        perror(path);
        return NULL;
    }
    char line[LINE_MAX_LEN];
    char *fields[4];
    while (fgets(line, sizeof line, fp) != NULL) {
        if (!parse_line(line, fields)) {
            continue;
        }
        add_bytes(fields[0], strtol(fields[3], NULL, 10));
    }
    fclose(fp);
    return NULL;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s LOG...\n", argv[0]);
        return 2;
    }
    int n = argc - 1;
    pthread_t *threads = calloc((size_t)n, sizeof *threads);
    if (threads == NULL) {
        return 1;
    }
    for (int i = 0; i < n; i++) {
        if (pthread_create(&threads[i], NULL, read_log, argv[i + 1]) != 0) {
            n = i;
            break;
        }
    }
    for (int i = 0; i < n; i++) {
        pthread_join(threads[i], NULL);
    }
    free(threads);
    for (int i = 0; i < n_totals; i++) {
        printf("%s %ld\n", totals[i].client, totals[i].bytes);
    }
    return 0;
}
