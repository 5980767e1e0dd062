/* primes_mt: count the primes below a limit, splitting the range across worker threads. */
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#define MAX_WORKERS 16

static long limit;
static int workers;
static long counts[MAX_WORKERS];

static bool is_prime(long n)
{
    if (n < 2)
        return false;
    if (n % 2 == 0)
        return n == 2;
    for (long d = 3; d * d <= n; d += 2) {
        if (n % d == 0)
            return false;
    }
    return true;
}

/* Worker `w` counts the primes in its slice [w * limit / workers, (w + 1) * limit / workers). */
static void *count_slice(void *arg)
{
    int w = *(int *)arg;
    long from = (long)w * limit / workers;
    long to = (long)(w + 1) * limit / workers;
    long found = 0;
    for (long n = from; n < to; n++) {
        if (is_prime(n))
            found++;
    }
    counts[w] = found;
    return NULL;
}

static int parse_args(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s LIMIT WORKERS\n", argv[0]);
        return -1;
    }
    char *end;
    limit = strtol(argv[1], &end, 10);
    if (*end != '\0' || limit < 0) {
        fprintf(stderr, "bad limit: %s\n", argv[1]);
        return -1;
    }
    workers = (int)strtol(argv[2], &end, 10);
    if (*end != '\0' || workers < 1 || workers > MAX_WORKERS) {
        fprintf(stderr, "workers must be 1..%d\n", MAX_WORKERS);
        return -1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (parse_args(argc, argv) != 0)
        return EXIT_FAILURE;

    pthread_t threads[MAX_WORKERS];
    for (int i = 0; i < workers; i++) {
        if (pthread_create(&threads[i], NULL, count_slice, &i) != 0) {
            perror("pthread_create");
            return EXIT_FAILURE;
        }
    }

    long total = 0;
    for (int i = 0; i < workers; i++) {
        pthread_join(threads[i], NULL);
        total += counts[i];
    }
    printf("%ld primes below %ld\n", total, limit);
    return EXIT_SUCCESS;
}
