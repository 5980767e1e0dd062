/* workers: hash files given on the command line with a small pool of threads. */
#include <assert.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define NWORKERS 4

struct pool {
    pthread_mutex_t lock;
    char **paths;
    int npaths;
    int next;
    uint32_t *sums;
};

static uint32_t fnv1a_file(const char *path, int *ok)
{
    uint32_t h = 2166136261u;
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        *ok = 0;
        return 0;
    }
    int c;
    while ((c = fgetc(f)) != EOF) {
        h ^= (uint32_t)c;
        h *= 16777619u;
    }
    *ok = !ferror(f);
    fclose(f);
    return h;
}

static int take(struct pool *p)
{
    pthread_mutex_lock(&p->lock);
    int i = p->next < p->npaths ? p->next++ : -1;
    pthread_mutex_unlock(&p->lock);
    return i;
}

static void *worker(void *arg)
{
    struct pool *p = arg;
    int i;
    while ((i = take(p)) >= 0) {
        int ok;
        uint32_t h = fnv1a_file(p->paths[i], &ok);
        p->sums[i] = ok ? h : 0;
    }
    return NULL;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE...\n", argv[0]);
        return 2;
    }
    struct pool p = { .paths = argv + 1, .npaths = argc - 1, .next = 0 };
    p.sums = calloc((size_t)p.npaths, sizeof *p.sums);
    if (p.sums == NULL) {
        perror("calloc");
        return 1;
    }
    pthread_mutex_init(&p.lock, NULL);

    pthread_t tids[NWORKERS];
    for (int t = 0; t < NWORKERS; t++) {
        assert(pthread_create(&tids[t], NULL, worker, &p) == 0);
    }
    for (int t = 0; t < NWORKERS; t++) {
        pthread_join(tids[t], NULL);
    }

    for (int i = 0; i < p.npaths; i++) {
        printf("%08x  %s\n", (unsigned)p.sums[i], p.paths[i]);
    }
    pthread_mutex_destroy(&p.lock);
    free(p.sums);
    return 0;
}
